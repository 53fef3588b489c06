"""Opening the diary: checks, migrations, pragmas and transactions.

``open_diary()`` returns a ``Diary``.  Two ways in, same pragmas:

* ``diary.sql_read()`` / ``diary.sql_write()``: the standard library's sqlite3
  connection (the fast path the use cases and the command line take; no
  SQLAlchemy import);
* ``diary.read()`` / ``diary.write()``: a SQLModel ``Session`` for ORM work,
  with the engine created on first use.

Writes start with ``BEGIN IMMEDIATE`` so two writers (the window and the
command line) queue on SQLite's lock (``busy_timeout``) instead of failing
half-way; each ``write`` is one transaction, rolled back on any error.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

from .. import crypto
from ..errors import DatabaseCorrupt, DatabaseTooNew, EnvironmentProblem, environment_kind
from ..migrations import SCHEMA_VERSION, run_steps
from .backups import daily_backup, latest_good_backup, make_backup
from .connection import BUSY_TIMEOUT_MS, connect, harden, ro_uri

SQLITE_HEADER = b"SQLite format 3\x00"


def _raw_connect(path: Path) -> sqlite3.Connection:
    con: sqlite3.Connection = connect(path)
    con.execute("PRAGMA synchronous=FULL")
    return con


def _chmod_private(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            # only when needed: a chmod changes the file's ctime, which the check's
            # memory (``still_checked``) compares
            if os.stat(p).st_mode & 0o777 != 0o600:
                os.chmod(p, 0o600)
        except OSError:
            pass


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig) if orig else str(exc)


def check_file(path: Path, *, full: bool = True) -> int:
    """Return the schema version of an existing diary, or raise if it is not one.

    Every open reads the header, the schema version and the schema (a trigger or view
    is refused); ``full`` adds SQLite's quick integrity check (``PRAGMA quick_check``,
    about 25 ms at ten years), which ``open_diary`` runs unless ``still_checked`` says
    the file is the one the last check passed.  A damaged or foreign file raises
    ``DatabaseCorrupt`` and is left exactly as it is.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise EnvironmentProblem(f"The diary {path} cannot be read: {exc.strerror}.",
                                 "Check that the drive is connected and the file readable.") from exc
    head = header[:16]
    if head == b"" and path.stat().st_size == 0:
        return 0
    encrypted = crypto.key_for(path) is not None  # an unlocked encrypted diary
    if head != SQLITE_HEADER and not encrypted:
        raise DatabaseCorrupt(
            f"The file {path} is not a Cramp Diary database (it may be damaged).",
            recovery_hint(path),
        )
    # The header's user_version (offset 60): a diary from a newer program is refused
    # without even opening it, so not a byte of it (nor a -wal/-shm file) appears.
    if not encrypted and len(header) == 100 and int.from_bytes(header[60:64], "big", signed=True) > SCHEMA_VERSION:
        return int.from_bytes(header[60:64], "big", signed=True)
    try:
        con = connect(path, readonly=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                return int(version)
            result = con.execute("PRAGMA quick_check").fetchone()[0] if full else "ok"
            foreign = con.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
                "ORDER BY type, name").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        kind = environment_kind(exc)
        if kind is not None and kind != "corrupt":
            raise _environment_error(exc, path, "opened") from exc
        if kind is None and not isinstance(exc, sqlite3.OperationalError):
            kind = "corrupt"
        if kind is None:
            raise
        raise DatabaseCorrupt(f"The diary {path} is damaged ({exc}).", recovery_hint(path)) from exc
    if result != "ok":
        raise DatabaseCorrupt(
            f"The diary {path} failed its integrity check ({result}).", recovery_hint(path)
        )
    if foreign:
        # The program never makes a trigger or view: one there was put in by something
        # else and could change what is written (see core/restore.py).
        names = ", ".join(f"{t} {n!r}" for t, n in foreign)
        raise DatabaseCorrupt(
            f"The diary {path} holds objects Cramp Diary never makes ({names}); it was not "
            "used and not changed.", recovery_hint(path))
    return int(version)


# --------------------------------------------------------------------------- the check's memory
# The full integrity check reads every page (about 25 ms at ten years, on every command).
# After it passes, and after the program's own writes, a small 0600 state file beside the
# diary records the file's identity (device, inode, size, mtime and ctime in ns) and the
# UTC day of the check.  The next open runs the full check again unless the file is still
# that one, its -wal is absent or empty (a non-empty -wal: an unclean shutdown or another
# program at work) and the check was today; docs/RELIABILITY.md says what that covers.
_STATE_LEN = 200
_STATE_TAG = b"crampdiary-checked-1"  # then: UTC day, device, inode, size, mtime_ns, ctime_ns


def check_state_path(path: Path) -> Path:
    """The state file of the diary at ``path`` (``diary.sqlite3.checked``)."""
    return Path(path).with_name(Path(path).name + ".checked")


def _identity(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _wal_empty(path: Path) -> bool:
    try:
        return os.stat(f"{path}-wal").st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _check_day() -> str:
    import time

    return time.strftime("%Y-%m-%d", time.gmtime())


def still_checked(path: Path) -> bool:
    """True when the last full check passed today on exactly this file (same identity)
    and nothing waits in its -wal; then opening it needs no full check."""
    try:
        with open(check_state_path(path), "rb") as fh:
            words = fh.read(_STATE_LEN).split()
    except OSError:
        return False
    if len(words) != 7 or words[0] != _STATE_TAG or words[1].decode("ascii", "replace") != _check_day():
        return False
    ident = _identity(path)
    return (ident is not None and [w.decode("ascii", "replace") for w in words[2:]]
            == [str(v) for v in ident] and _wal_empty(path))


def record_check(path: Path, day: str | None = None) -> None:
    """Remember that the diary at ``path``, as it is now, passed its check on ``day``
    (default today).  Not a word of the diary goes into the state file, only the
    numbers of its identity; a failure to write it only means the next open checks in
    full."""
    ident = _identity(path)
    if ident is None or not _wal_empty(path):
        return
    # Overwritten in place, one short fixed-length record: no rename (on ext4 a rename
    # over a file flushes it, milliseconds on every command) and no fsync (a lost or torn
    # record only costs a full check: it no longer matches the file).
    words = [_STATE_TAG, (day or _check_day()).encode("ascii"), *(str(v).encode() for v in ident)]
    data = b" ".join(words).ljust(_STATE_LEN - 1) + b"\n"
    try:
        fd = os.open(check_state_path(path), os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            os.pwrite(fd, data, 0)
            os.ftruncate(fd, len(data))
        finally:
            os.close(fd)
    except OSError:
        pass


def forget_check(path: Path) -> None:
    """The next open of ``path`` runs the full check (a restore, a damaged file)."""
    try:
        os.unlink(check_state_path(path))
    except OSError:
        pass


def restore_command(db: Path, backup: Path) -> str:
    """The command that puts ``backup`` back in place of the diary ``db``."""
    import shlex

    import appdirs

    from ... import paths

    default = Path(appdirs.user_data_dir(paths.APP_NAME, False))
    parts = ["crampdiary"]
    if Path(db).parent.absolute() != default.absolute():
        parts += ["--data-dir", shlex.quote(str(Path(db).parent))]
    parts += ["restore", shlex.quote(str(backup))]
    return " ".join(parts)


def recovery_hint(db: Path) -> str:
    """What to do about a damaged diary: the latest good backup and how to restore it."""
    folder = Path(db).parent / "backups"
    try:
        best = latest_good_backup(folder)
    except OSError:
        best = None
    if best is None:
        return (f"No good backup was found in {folder}. Keep the damaged file (do not delete "
                "it); a copy of it can often be rescued with SQLite's '.recover' command.")
    return (f"The latest good backup is {best}. To go back to it, run: "
            f"{restore_command(db, best)}  (restoring keeps the damaged file in {folder}; "
            "nothing is deleted).")


def _pragmas(con: Any) -> None:
    harden(con)
    cur = con.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Diary:
    """An open diary file."""

    def __init__(self, path: Path, engine: Engine | None = None, person: str | None = None):
        self.path = path
        self._engine = engine
        self._write_engine: Engine | None = None
        self._con: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._closed = False
        self._person_name = person
        self._person_id: int | None = None
        self._checked_day: str | None = None  # set by open_diary: the file passed its check
        self._wrote = False

    # ---- whose diary: every entry and medicine read or write is for this person
    @property
    def person_id(self) -> int:
        """The chosen person's id: ``person`` given to ``open_diary``, else ``--person`` /
        ``CRAMPDIARY_PERSON``, else the default person.  Resolved once, on first use;
        an unknown name raises ``InputError`` (field ``person``) before anything is read
        or written."""
        if self._person_id is None:
            from .. import people

            with self.sql_read() as con:
                self._person_id = people.resolve(con, self._person_name).id
        return self._person_id

    @property
    def person(self) -> Any:
        """The chosen person (``core.people.Person``), read fresh (name and profile;
        ``entries`` is not counted here, ``core.people.list_people`` counts)."""
        from .. import people

        pid = self.person_id
        with self.sql_read() as con:
            found = people.get(con, pid, counts=False)
        if found is None:  # removed meanwhile (another program): back to the default
            self._person_id = None
            self._person_name = None
            return self.person
        return found

    def use_person(self, name: str | None) -> Any:
        """Switch to the person called ``name`` (None: the default); ``InputError`` (field
        ``person``) for an unknown name, leaving the choice as it was."""
        from .. import people

        with self.sql_read() as con:
            if name is None:
                found = next(p for p in people.list_people(con, counts=False) if p.default)
            else:
                found = people.find(con, name, counts=False)
        self._person_name = found.name
        self._person_id = found.id
        return found

    def _problem(self, exc: BaseException, action: str = "saved") -> EnvironmentProblem:
        """The plain message for an SQLite error of the machine; a damaged file is no
        longer "checked" (the next open runs the full check)."""
        problem = _environment_error(exc, self.path, action)
        if isinstance(problem, DatabaseCorrupt):
            self._checked_day = None
        return problem

    def _scope(self, con: sqlite3.Connection) -> sqlite3.Connection:
        con.person_source = lambda: self.person_id  # type: ignore[attr-defined]
        return con

    # ---- the fast path: plain sqlite3
    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            from .people import ScopedConnection

            con = connect(self.path, check_same_thread=False, factory=ScopedConnection)
            try:
                _pragmas(con)
            except BaseException:
                con.close()
                raise
            self._con = self._scope(con)
            self._closed = False
        return self._con

    @contextmanager
    def sql_read(self) -> Iterator[sqlite3.Connection]:
        """The shared sqlite3 connection, for reads (autocommit)."""
        with self._lock:
            try:
                yield self._connection()
            except sqlite3.DatabaseError as exc:
                if is_environment_error(exc):
                    raise self._problem(exc, "read") from exc
                raise

    @contextmanager
    def sql_write(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the sqlite3 connection: BEGIN IMMEDIATE .. COMMIT."""
        with self._lock:
            con = self._connection()
            self._wrote = True
            try:
                con.execute("BEGIN IMMEDIATE")
                try:
                    yield con
                    con.execute("COMMIT")
                except BaseException:
                    if con.in_transaction:
                        con.execute("ROLLBACK")
                    raise
            except sqlite3.DatabaseError as exc:
                if is_environment_error(exc):
                    raise self._problem(exc) from exc
                raise
            finally:
                _chmod_private(self.path)

    # ---- the ORM path: SQLModel sessions
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _make_engine(self.path)
        return self._engine

    @contextmanager
    def read(self) -> Iterator[Session]:
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        try:
            with Session(self.engine, expire_on_commit=False) as s:
                yield s
        except DBAPIError as exc:
            if is_environment_error(exc):
                raise self._problem(exc, "read") from exc
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed at the end, rolled back on any error."""
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        if self._write_engine is None:
            self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._wrote = True
        try:
            with self._lock, Session(self._write_engine, expire_on_commit=False) as s:
                try:
                    yield s
                    s.commit()
                except BaseException:
                    s.rollback()
                    raise
        except DBAPIError as exc:
            if is_environment_error(exc):
                raise self._problem(exc) from exc
            raise
        finally:
            _chmod_private(self.path)

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for fast read-only aggregate queries."""
        from .people import ScopedConnection

        return self._scope(connect(self.path, readonly=True, autocommit=False,
                                   factory=ScopedConnection))

    @property
    def closed(self) -> bool:
        """True once ``close()`` was called (a later use opens the file again)."""
        return self._closed

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._con is not None:
                self._con.close()
                self._con = None
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
                self._write_engine = None
            if self._wrote and self._checked_day is not None:
                # The file changed by our own writes only: the next open need not check
                # it in full (record_check does nothing while a -wal holds pages).
                self._wrote = False
                record_check(self.path, self._checked_day)

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _environment_error(exc: BaseException, path: Path, action: str = "saved") -> EnvironmentProblem:
    """Turn an SQLite error caused by the machine (not by a bug) into a plain message.

    Sorted by SQLite's result code (``sqlite_errorcode``), never by the words of the
    message.  ``action`` completes "nothing was ...": "saved" for writes, "opened" /
    "read" / "upgraded" elsewhere.
    """
    text = _reason(exc)
    kind = environment_kind(exc)
    if kind == "full":
        return EnvironmentProblem(
            f"The disk is full, so nothing was {action}; the diary is as it was before.",
            "Free some space and try again.",
        )
    if kind == "readonly":
        return EnvironmentProblem(
            f"The diary {path} or its folder is read-only, so nothing was {action}.",
            "Check the folder's permissions (or the drive's write protection).",
        )
    if kind == "busy":
        return EnvironmentProblem(
            f"The diary is busy in another program and nothing was {action}.",
            "Try again in a moment (or close the other program).",
        )
    if kind == "corrupt":
        forget_check(path)  # the next open checks every page
        return DatabaseCorrupt(f"The diary {path} is damaged ({text}).", recovery_hint(path))
    if kind == "nomem":
        return EnvironmentProblem(
            f"The computer ran out of memory, so nothing was {action}.",
            "Close other programs and try again.",
        )
    what = "written, so nothing was saved" if action == "saved" else action
    if kind == "cantopen":
        return EnvironmentProblem(
            f"The diary {path} could not be {what}: the file or its folder cannot be opened.",
            "Check that the drive is connected and the folder exists and can be written.",
        )
    return EnvironmentProblem(  # "io"
        f"The diary {path} could not be {what}: the drive reported an input/output error.",
        "Check that the drive is connected and healthy; then try again.",
    )


def is_environment_error(exc: BaseException) -> bool:
    """True for SQLite errors caused by the machine or the file (by SQLite's result
    code), False for every other error, which is a bug in the program."""
    return environment_kind(exc) is not None


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import event
    from sqlalchemy.engine import URL
    from sqlmodel import create_engine

    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    key = crypto.key_for(path)  # None for a plain diary: SQLAlchemy's own sqlite3 path
    extra = {"creator": lambda: crypto.connect(str(path), key=key, **connect_args)} if key else {}
    engine = create_engine(
        URL.create("sqlite", database=str(path)),  # a URL object: '?' or '#' in a path is fine
        connect_args=connect_args, **extra,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con, _record):  # type: ignore[no-untyped-def]
        dbapi_con.isolation_level = None  # we issue BEGIN ourselves
        _pragmas(dbapi_con)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _create_schema(path: Path) -> None:
    """A fresh diary: every table of core.models, stamped with the schema version.

    One transaction (BEGIN IMMEDIATE): a start killed half-way leaves an empty file
    that the next start initialises, never tables without a version.  When two
    programs create the same diary at once, the second finds it done.
    """
    from sqlalchemy.exc import DBAPIError
    from sqlmodel import SQLModel

    from .. import models  # noqa: F401  (registers the tables)
    from ..migrations import FRESH_EXTRA

    engine = _make_engine(path)
    try:
        with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
            if conn.exec_driver_sql("PRAGMA user_version").scalar():
                return  # another program created it while we waited for the lock
            SQLModel.metadata.create_all(conn)
            for statement in FRESH_EXTRA:
                conn.exec_driver_sql(statement)
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except DBAPIError as exc:
        if is_environment_error(exc):
            raise _environment_error(exc, path, "created") from exc
        raise
    finally:
        engine.dispose()


def _has_tables(path: Path) -> bool:
    con = connect(path, readonly=True)
    try:
        return bool(con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] > 0)
    finally:
        con.close()


def _upgrade(path: Path, version: int, backups: Path) -> None:
    """Back up, then run each migration step in its own transaction."""
    try:
        make_backup(path, backups, "pre-migration")
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise EnvironmentProblem(
            f"The diary {path} needs an upgrade to this version of Cramp Diary, but it could "
            f"not be backed up first ({reason}). Nothing was changed.",
            "Free some disk space or check the folder's permissions, then try again.",
        ) from exc
    con = _raw_connect(path)
    try:
        run_steps(con, version)
    except sqlite3.DatabaseError as exc:
        if is_environment_error(exc):
            raise _environment_error(exc, path, "upgraded") from exc
        raise
    finally:
        con.close()


def open_diary(path: Path | None = None, *, auto_backup: bool = True,
               person: str | None = None, full_check: bool = False) -> Diary:
    """Open (creating or upgrading as needed) the diary at ``path``.

    * A new diary is created 0600 in a 0700 folder, in one transaction.
    * An existing one gets a quick integrity check (the first open of each UTC day,
      after anything but this program changed the file, after an unclean shutdown,
      and always with ``full_check``; otherwise its header, version and schema only:
      see ``still_checked``); a damaged or foreign file is refused
      (``DatabaseCorrupt``, with the latest good backup in the hint) and left exactly
      as it is.
    * Newer than this program: refused (``DatabaseTooNew``), not touched.
    * Older: backed up, then upgraded step by step.
    * Then at most one automatic backup a day (``backups.daily_backup``).

    ``person``: whose diary to read and write (see ``Diary.person_id``).
    """
    from ... import paths

    path = Path(path) if path else paths.db_path()
    paths.secure_dir(path.parent)
    crypto.prepare_open(path)  # encrypted: the passphrase first (exit 2, nothing changed)
    paths.clean_stale_temp(path.parent)  # what a killed program of ours left behind
    backups = path.parent / "backups"
    size = path.stat().st_size if path.exists() else None
    if size == 0 and latest_good_backup(backups) is not None:
        # A diary that had backups does not become empty by itself.
        raise DatabaseCorrupt(f"The diary {path} is empty (0 bytes), but backups of it exist.",
                              recovery_hint(path))
    fresh = not size
    day = _check_day()
    full = True
    if not fresh:
        full = full_check or not still_checked(path)
        try:
            version = check_file(path, full=full)
        except DatabaseCorrupt:
            forget_check(path)
            raise
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                f"The diary {path} was written by a newer version of Cramp Diary "
                f"(schema {version}; this version knows {SCHEMA_VERSION}). It was not changed.",
                "Install the newer version to open it.",
            )
        if version <= 0:
            if version < 0 or _has_tables(path):
                raise DatabaseCorrupt(
                    f"The file {path} is an SQLite database but not a Cramp Diary. "
                    "It was not changed.",
                    "Choose another data folder with --data-dir, or restore a backup.",
                )
            fresh = True  # an empty SQLite file: a first start that was interrupted
        elif version < SCHEMA_VERSION:
            _upgrade(path, version, backups)
            full = True  # changed by this program: remember it as it is after the upgrade
    if size is None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
    if fresh:
        _create_schema(path)
    _chmod_private(path)
    diary = Diary(path, person=person)
    if not fresh and auto_backup:
        try:
            daily_backup(path, backups)
        except (OSError, sqlite3.Error):
            pass  # a failed automatic backup must not stop the user from logging
    # Checked (or just made, or upgraded, by this program): remember it as it is now.
    if fresh or full:
        record_check(path, day)
    diary._checked_day = day
    return diary


__all__ = ["Diary", "open_diary", "check_file", "check_state_path", "forget_check",
           "latest_good_backup", "record_check", "recovery_hint", "restore_command",
           "still_checked", "ro_uri", "SCHEMA_VERSION"]
