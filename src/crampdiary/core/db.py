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

from .backups import daily_backup, latest_good_backup, make_backup
from .errors import DatabaseCorrupt, DatabaseTooNew, EnvironmentProblem
from .migrations import SCHEMA_VERSION, run_steps

BUSY_TIMEOUT_MS = 30_000
SQLITE_HEADER = b"SQLite format 3\x00"


def _raw_connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return con


def _chmod_private(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if p.exists():
                os.chmod(p, 0o600)
        except OSError:
            pass


def check_file(path: Path) -> int:
    """Return the schema version of an existing diary, or raise if it is not one."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise EnvironmentProblem(f"The diary {path} cannot be read: {exc.strerror}.") from exc
    if head == b"" and path.stat().st_size == 0:
        return 0
    if head != SQLITE_HEADER:
        raise DatabaseCorrupt(
            f"The file {path} is not a Cramp Diary database (it may be damaged).",
            "Restore the latest backup with 'crampdiary restore FILE'.",
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                return int(version)
            result = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(
            f"The diary {path} is damaged ({exc}).",
            "Restore the latest backup with 'crampdiary restore FILE'.",
        ) from exc
    if result != "ok":
        raise DatabaseCorrupt(
            f"The diary {path} failed its integrity check ({result}).",
            "Restore the latest backup with 'crampdiary restore FILE'.",
        )
    return int(version)


def _pragmas(con: Any) -> None:
    cur = con.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Diary:
    """An open diary file."""

    def __init__(self, path: Path, engine: Engine | None = None):
        self.path = path
        self._engine = engine
        self._write_engine: Engine | None = None
        self._con: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    # ---- the fast path: plain sqlite3
    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            con = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                  isolation_level=None, check_same_thread=False)
            _pragmas(con)
            self._con = con
        return self._con

    @contextmanager
    def sql_read(self) -> Iterator[sqlite3.Connection]:
        """The shared sqlite3 connection, for reads (autocommit)."""
        with self._lock:
            try:
                yield self._connection()
            except sqlite3.OperationalError as exc:
                raise _environment_error(exc, self.path) from exc

    @contextmanager
    def sql_write(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the sqlite3 connection: BEGIN IMMEDIATE .. COMMIT."""
        with self._lock:
            con = self._connection()
            try:
                con.execute("BEGIN IMMEDIATE")
                try:
                    yield con
                    con.execute("COMMIT")
                except BaseException:
                    if con.in_transaction:
                        con.execute("ROLLBACK")
                    raise
            except sqlite3.OperationalError as exc:
                raise _environment_error(exc, self.path) from exc
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
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed at the end, rolled back on any error."""
        from sqlalchemy.exc import OperationalError
        from sqlmodel import Session

        if self._write_engine is None:
            self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        try:
            with self._lock, Session(self._write_engine, expire_on_commit=False) as s:
                try:
                    yield s
                    s.commit()
                except BaseException:
                    s.rollback()
                    raise
        except OperationalError as exc:
            raise _environment_error(exc, self.path) from exc
        finally:
            _chmod_private(self.path)

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for fast read-only aggregate queries."""
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return con

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
                self._write_engine = None

    def __enter__(self) -> Diary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _environment_error(exc: Exception, path: Path) -> EnvironmentProblem:
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig else str(exc)
    low = text.lower()
    if "full" in low:
        return EnvironmentProblem(
            "The disk is full, so the entry was not saved.", "Free some space and try again."
        )
    if "readonly" in low or "read-only" in low:
        return EnvironmentProblem(
            f"The diary {path} is read-only, so nothing was saved.",
            "Check the folder's permissions.",
        )
    if "locked" in low or "busy" in low:
        return EnvironmentProblem(
            "The diary is busy in another program and nothing was saved.", "Try again in a moment."
        )
    if "malformed" in low or "not a database" in low:
        return DatabaseCorrupt(f"The diary {path} is damaged.", "Restore a backup.")
    return EnvironmentProblem(f"The diary could not be written: {text}.")


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import event
    from sqlmodel import create_engine

    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
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
    """A fresh diary: every table of core.models, stamped with the schema version."""
    from sqlalchemy.exc import OperationalError
    from sqlmodel import SQLModel

    from . import models  # noqa: F401  (registers the tables)

    engine = _make_engine(path)
    try:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_entry_kind_at ON entry (kind, at)")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except OperationalError as exc:
        raise _environment_error(exc, path) from exc
    finally:
        engine.dispose()


def open_diary(path: Path | None = None, *, auto_backup: bool = True) -> Diary:
    """Open (creating or upgrading as needed) the diary at ``path``."""
    from .. import paths

    path = Path(path) if path else paths.db_path()
    paths.secure_dir(path.parent)
    backups = path.parent / "backups"
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        version = check_file(path)
        if version > SCHEMA_VERSION:
            raise DatabaseTooNew(
                f"The diary {path} was written by a newer version of Cramp Diary "
                f"(schema {version}; this version knows {SCHEMA_VERSION}). It was not changed.",
                "Install the newer version to open it.",
            )
        if version < SCHEMA_VERSION:
            if version == 0:
                raise DatabaseCorrupt(
                    f"The file {path} is an SQLite database but not a Cramp Diary.",
                    "Choose another data folder or restore a backup.",
                )
            make_backup(path, backups, "pre-migration")
            con = _raw_connect(path)
            try:
                run_steps(con, version)
            finally:
                con.close()
    else:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
    if not existed:
        _create_schema(path)
    _chmod_private(path)
    diary = Diary(path)
    if existed and auto_backup:
        try:
            daily_backup(path, backups)
        except (OSError, sqlite3.Error):
            pass  # a failed automatic backup must not stop the user from logging
    return diary


__all__ = ["Diary", "open_diary", "check_file", "latest_good_backup", "SCHEMA_VERSION"]
