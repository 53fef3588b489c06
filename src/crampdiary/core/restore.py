"""Replace the diary with a backup: a transaction of trust.

Nothing of the live diary is touched until the backup has passed every check:

1. **Opened read-only and distrusted**: ``trusted_schema=OFF`` and defensive
   settings (``storage.connection``), SQLite header, ``integrity_check``,
   ``foreign_key_check``, a ``user_version`` this program knows.
2. **Exactly the schema of its version**: tables, columns (name, type, NOT NULL,
   default, key), foreign keys and indexes are compared with the schema that
   version really had (built from version 1 and the migration steps,
   ``migrations.build_schema``).  A trigger, a view or any object that version
   never had is refused, named.
3. **Rebuilt, not trusted**: the rows are copied into a new file made from the
   known schema of that version (so nothing hidden in the backup's own table
   definitions comes along), and that copy is migrated to the current version.
4. **Every row checked** through the same input models as typed input
   (``inputs.validate_input``, ``medicines.MedicineIn``); entries without their
   details, or details without their entry, are refused.
5. Only then the live diary is **kept** as one ``pre-restore`` backup (a good diary
   through SQLite's backup API, which includes what its ``-wal`` holds; a damaged
   one byte for byte together with its ``-wal``), and the checked copy is **swapped
   in**: page by page inside one write transaction when the live diary is sound
   (a reader sees the old or the new diary), by rename when it is damaged, the old
   ``-wal`` having first been moved into the pre-restore copy.

A refusal raises ``InputError`` (field ``file``) naming what is wrong, and leaves
the diary and the backups folder exactly as they were.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from functools import cache
from pathlib import Path
from typing import Any

from . import crypto
from .backups import backup_name, copy_database, is_good_database
from .errors import SQLITE_BUSY, DatabaseTooNew, EnvironmentProblem, InputError, environment_kind
from .migrations import SCHEMA_VERSION, build_schema, run_steps
from .storage.connection import connect

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
# Tables SQLite itself may add (ANALYZE); they hold no diary data and are not copied.
_IGNORED = {"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
MAX_PROBLEMS = 5


def _refuse(file: Path, why: str) -> InputError:
    return InputError("file", f"{file} {why}; the diary was not changed")


# --------------------------------------------------------------------------- schema
Schema = dict[tuple[str, str], Any]


def schema_of(con: sqlite3.Connection) -> Schema:
    """Every object of the main database and its structure, comparable with ``==``."""
    out: Schema = {}
    rows = con.execute("SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name")
    for typ, name, tbl in rows.fetchall():
        if name in _IGNORED:
            continue
        if typ == "table":
            # by name: a column added by a migration comes last, in a fresh diary
            # it may come earlier; the program always names its columns.  Defaults
            # are left out (a fresh diary has none where a migration needs one) and
            # never matter: the rows are copied into the known schema, never reused.
            cols = tuple(sorted((r[1], str(r[2]).upper(), r[3], r[5], r[6]) for r in
                                con.execute(f'PRAGMA table_xinfo("{_ident(name)}")')))
            fks = tuple(sorted(tuple(r[2:]) for r in
                               con.execute(f'PRAGMA foreign_key_list("{_ident(name)}")')))
            out[(typ, name)] = (cols, fks)
        elif typ == "index":
            # (seqno, column name, desc, collation, key): not the column's position
            info = tuple((r[0], r[2], r[3], r[4], r[5]) for r in
                         con.execute(f'PRAGMA index_xinfo("{_ident(name)}")'))
            unique = [r[2] for r in con.execute(f'PRAGMA index_list("{_ident(tbl)}")')
                      if r[1] == name]
            out[(typ, name)] = (tbl, info, tuple(unique))
        else:  # trigger, view: never part of a diary
            out[(typ, name)] = (tbl,)
    return out


def _ident(name: str) -> str:
    return str(name).replace('"', '""')


@cache
def expected_schema(version: int) -> Schema:
    """The exact schema of diary ``version``, built in memory."""
    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        build_schema(con, version)
        return schema_of(con)
    finally:
        con.close()


def schema_differences(found: Schema, version: int) -> list[str]:
    """What in ``found`` differs from schema ``version``, in words (empty: identical)."""
    want = expected_schema(version)
    problems: list[str] = []
    for key in sorted(found.keys() - want.keys()):
        typ, name = key
        if typ in ("trigger", "view"):
            problems.append(f"a {typ} {name!r} (Cramp Diary never makes {typ}s)")
        else:
            problems.append(f"a {typ} {name!r} that schema {version} does not have")
    for key in sorted(want.keys() - found.keys()):
        problems.append(f"no {key[0]} {key[1]!r}")
    for key in sorted(want.keys() & found.keys()):
        if want[key] != found[key]:
            typ, name = key
            if typ == "table":
                got = sorted(c[0] for c in found[key][0])
                exp = sorted(c[0] for c in want[key][0])
                if got != exp:
                    problems.append(f"table {name!r} has the columns {', '.join(got)} "
                                    f"instead of {', '.join(exp)}")
                else:
                    problems.append(f"table {name!r} has column types, constraints or "
                                    "keys that schema "
                                    f"{version} does not have")
            else:
                problems.append(f"{typ} {name!r} is not the one schema {version} has")
    return problems


# --------------------------------------------------------------------------- checks
def _open_candidate(file: Path) -> tuple[sqlite3.Connection, int]:
    file = Path(file)
    try:
        if not file.is_file():
            raise InputError("file", f"{file} does not exist or is not a regular file")
        with open(file, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError("file", f"{file} cannot be read: {exc.strerror}") from None
    if head != SQLITE_HEADER and crypto.key_for(file) is None:
        raise _refuse(file, "is not a Cramp Diary backup (not an SQLite database)")
    try:
        con = connect(file, readonly=True)
    except sqlite3.DatabaseError as exc:
        raise _refuse(file, f"cannot be opened ({exc})") from None
    try:
        version = int(con.execute("PRAGMA user_version").fetchone()[0])
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        con.close()
        raise _refuse(file, f"is damaged ({exc})") from None
    if check != "ok":
        con.close()
        raise _refuse(file, f"failed SQLite's integrity check ({check})")
    return con, version


def check_backup(file: Path) -> int:
    """Return the schema version of a backup whose schema is exactly that version's;
    raise ``InputError`` (field ``file``) or ``DatabaseTooNew`` otherwise."""
    con, version = _open_candidate(file)
    try:
        _check_schema(con, Path(file), version)
    finally:
        con.close()
    return version


def _check_schema(con: sqlite3.Connection, file: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"{file} was written by a newer version of Cramp Diary (schema {version}; this "
            f"version knows {SCHEMA_VERSION}). The diary was not changed.",
            "Install the newer version to restore it.")
    try:
        found = schema_of(con)
    except sqlite3.DatabaseError as exc:
        raise _refuse(file, f"is damaged ({exc})") from None
    if version < 1:
        if not any(k == ("table", "entry") for k in found):
            raise _refuse(file, "is an SQLite database but not a Cramp Diary backup")
        raise _refuse(file, f"has no valid schema version (user_version {version})")
    problems = schema_differences(found, version)
    if problems:
        more = len(problems) - MAX_PROBLEMS
        text = "; ".join(problems[:MAX_PROBLEMS]) + (f"; and {more} more" if more > 0 else "")
        raise _refuse(file, f"does not have the exact schema of a Cramp Diary diary of "
                            f"schema {version}: {text}")


def _copy_rows(src: sqlite3.Connection, dst: sqlite3.Connection, version: int) -> None:
    """Copy every row of every table of schema ``version`` from ``src`` into ``dst``."""
    tables = [name for (typ, name) in expected_schema(version) if typ == "table"]
    dst.execute("BEGIN IMMEDIATE")
    try:
        for table in sorted(tables, key=lambda t: (t == "sqlite_sequence", t)):
            cols = [c[0] for c in expected_schema(version)[("table", table)][0]]
            names = ", ".join(f'"{_ident(c)}"' for c in cols)
            marks = ", ".join("?" for _ in cols)
            dst.execute(f'DELETE FROM "{_ident(table)}"')  # rows a migration step made
            cur = src.execute(f'SELECT {names} FROM "{_ident(table)}"')
            while rows := cur.fetchmany(5000):
                dst.executemany(f'INSERT INTO "{_ident(table)}" ({names}) VALUES ({marks})', rows)
        dst.execute("COMMIT")
    except BaseException:
        if dst.in_transaction:
            dst.execute("ROLLBACK")
        raise


def _row_problems(con: sqlite3.Connection) -> list[str]:
    """Every row that typed input would not have let in (a migrated, current copy)."""
    from .inputs import validate_input
    from .records import RECORD_TYPES
    from .use_cases import _QUERIES, _make, record_to_input

    problems: list[str] = []
    kinds = tuple(RECORD_TYPES)
    marks = ",".join("?" for _ in kinds)
    for eid, kind in con.execute(f"SELECT id, kind FROM entry WHERE kind NOT IN ({marks}) "
                                 "LIMIT 5", kinds):
        problems.append(f"entry {eid} has an unknown kind {str(kind)[:40]!r}")
    for kind in kinds:
        for (eid,) in con.execute(f"SELECT e.id FROM entry e WHERE e.kind = ? AND NOT EXISTS "
                                  f'(SELECT 1 FROM "{kind}" k WHERE k.id = e.id) LIMIT 5', (kind,)):
            problems.append(f"entry {eid} ({kind}) has no details")
        for (eid,) in con.execute(f'SELECT k.id FROM "{kind}" k WHERE NOT EXISTS '
                                  "(SELECT 1 FROM entry e WHERE e.id = k.id AND e.kind = ?) "
                                  "LIMIT 5", (kind,)):
            problems.append(f"the {kind} details {eid} belong to no {kind} entry")
        if len(problems) >= MAX_PROBLEMS:
            return problems
        cur = con.execute(_QUERIES[kind] + " WHERE e.kind = ? ORDER BY e.id", (kind,))
        while rows := cur.fetchmany(2000):
            for row in rows:
                try:
                    rec = _make(kind, row)
                    validate_input(kind, record_to_input(rec))
                except InputError as exc:
                    problems.append(f"entry {row[0]} ({kind}): {exc.field}: {exc.message}")
                except (ValueError, TypeError, AttributeError, OverflowError) as exc:
                    problems.append(f"entry {row[0]} ({kind}) holds a value that is not "
                                    f"valid ({type(exc).__name__})")
                if len(problems) >= MAX_PROBLEMS:
                    return problems
    problems.extend(_medicine_problems(con))
    problems.extend(_person_problems(con))
    return problems


def _person_problems(con: sqlite3.Connection) -> list[str]:
    """People (schema 4): names, birth years and conditions as ``person add`` checks them;
    exactly one default person."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'person'"
                       ).fetchone():
        return []
    from .people import check_birth_year, check_conditions, check_name

    problems: list[str] = []
    for pid, name, year, conds in con.execute(
            "SELECT id, name, birth_year, conditions FROM person ORDER BY id"):
        try:
            check_name(name)
            check_birth_year(year)
            check_conditions(str(conds or "").split(";"))
        except InputError as exc:
            problems.append(f"person {pid}: {exc.field}: {exc.message}")
        except (TypeError, ValueError) as exc:
            problems.append(f"person {pid} holds a value that is not valid ({type(exc).__name__})")
    defaults = con.execute("SELECT COUNT(*) FROM person WHERE is_default").fetchone()[0]
    if defaults != 1:
        problems.append(f"{defaults} people are marked as the default one (one must be)")
    seen: set[str] = set()
    for (name,) in con.execute("SELECT name FROM person ORDER BY id"):
        key = str(name).strip().casefold()
        if key in seen:
            problems.append(f"two people are called {str(name)[:40]!r} (names must differ)")
        seen.add(key)
    # (an entry or medicine of no person is refused by the foreign-key check)
    return problems


def _medicine_problems(con: sqlite3.Connection) -> list[str]:
    from .medicines import MedicineIn

    cols = [c[1] for c in con.execute("PRAGMA table_info(medicine)")]
    fields = [c for c in cols if c in MedicineIn.model_fields]
    problems: list[str] = []
    sql = f"SELECT id, {', '.join(fields)} FROM medicine ORDER BY id"
    for row in con.execute(sql):
        data = dict(zip(fields, row[1:], strict=True))
        if "schedule" in data:
            data["schedule"] = [t for t in str(data["schedule"] or "").split(";") if t]
        for k in ("started_on", "stopped_on"):
            if isinstance(data.get(k), str):
                data[k] = data[k][:10]
        data = {k: v for k, v in data.items() if v is not None}
        try:
            MedicineIn.checked(data)
        except InputError as exc:
            problems.append(f"medicine {row[0]}: {exc.field}: {exc.message}")
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems


def prepare(file: Path, dest: Path, page_size: int | None = None) -> int:
    """Check ``file`` and write its rebuilt, migrated, checked copy to ``dest``
    (with ``page_size``: the live diary's, so SQLite can copy it into the live file
    whatever page size the backup had).

    Returns the backup's schema version.  On refusal ``dest`` is removed.
    """
    file = Path(file)
    src, version = _open_candidate(file)
    try:
        _check_schema(src, file, version)
        problems = [f"{r[0]} row {r[1]} has no {r[2]} {r[3]}" for r in
                    src.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)]
        if problems:
            raise _refuse(file, "has rows that point nowhere: " + "; ".join(problems))
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        try:
            dst = connect(dest, key=crypto.key_for_new(dest))  # encrypted like the diary
            try:
                dst.execute("PRAGMA synchronous=FULL")
                if page_size:
                    dst.execute(f"PRAGMA page_size = {int(page_size)}")
                build_schema(dst, version)
                _copy_rows(src, dst, version)
                run_steps(dst, version)
                problems = _row_problems(dst)
                if problems:
                    raise _refuse(file, "holds values Cramp Diary would not store: "
                                  + "; ".join(problems[:MAX_PROBLEMS]))
                if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise _refuse(file, "could not be rebuilt into a sound diary")
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            fd = os.open(dest, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            _unlink_db(dest)
            raise
    except sqlite3.DatabaseError as exc:
        if environment_kind(exc) in ("full", "io", "readonly", "cantopen"):
            from .db import _environment_error

            raise _environment_error(exc, dest, "restored") from exc
        raise
    finally:
        src.close()
    return version


def _unlink_db(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


# --------------------------------------------------------------------------- swapping
def _pre_restore_path(folder: Path) -> Path:
    from .. import paths

    paths.secure_dir(folder)
    dest = folder / backup_name("pre-restore")
    n = 1
    while dest.exists():
        dest = folder / backup_name("pre-restore").replace(".sqlite3", f"-{n}.sqlite3")
        n += 1
    return dest


def _copy_bytes(src: Path, dest: Path) -> None:
    from .. import paths

    with paths.atomic_target(dest) as tmp:
        shutil.copyfile(src, tmp)


def _keep_damaged(db_path: Path, dest: Path) -> None:
    """Keep a damaged diary's exact bytes AND its ``-wal`` (which may hold entries the
    main file does not) under ``dest``; then move the live ``-wal`` out of the way."""
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        _copy_bytes(wal, Path(f"{dest}-wal"))
    if db_path.exists():
        _copy_bytes(db_path, dest)
    else:  # only the -wal is left: an empty main file keeps it company under the name
        _copy_bytes(Path(os.devnull), dest)


def _copy_into_live(file: Path, db_path: Path) -> None:
    """Copy ``file`` over the live diary in one transaction with the backup API."""
    src = connect(file, readonly=True)
    try:
        dst = connect(db_path)
        try:
            deadline = time.monotonic() + BUSY_TIMEOUT_S

            def give_up_when_busy(status: int, remaining: int, total: int) -> None:
                # Python retries a busy step for ever; stop after the busy timeout.
                if status in (5, 6) and time.monotonic() > deadline:  # SQLITE_BUSY, SQLITE_LOCKED
                    exc = sqlite3.OperationalError("database is locked")
                    exc.sqlite_errorcode = SQLITE_BUSY
                    exc.sqlite_errorname = "SQLITE_BUSY"
                    raise exc

            # pages=-1: all pages in one step, so in one write transaction
            src.backup(dst, pages=-1, progress=give_up_when_busy, sleep=0.05)
            dst.execute("PRAGMA journal_mode=WAL")
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def _rename_over(ready: Path, db_path: Path) -> None:
    """Rename the checked copy over a damaged live diary whose ``-wal`` was kept."""
    for side in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            side.unlink()  # its content is in the pre-restore copy already
        except FileNotFoundError:
            pass
    os.replace(ready, db_path)
    from ..paths import _fsync_dir

    _fsync_dir(db_path.parent)


def restore(db_path: Path, file: Path) -> Path | None:
    """Replace the diary at ``db_path`` with the backup ``file``.

    Returns where the replaced diary was kept (None if there was no diary).
    """
    from .. import paths
    from .db import open_diary

    db_path = Path(db_path)
    file = Path(file).expanduser()
    crypto.prepare_open(db_path)  # an encrypted diary: the passphrase first
    if db_path.exists() and file.exists() and file.resolve() == db_path.resolve():
        raise InputError("file", "is the diary itself; choose a backup file")
    paths.secure_dir(db_path.parent)
    ready = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
    prepare(file, ready, _page_size(db_path))
    kept: Path | None = None
    try:
        if db_path.exists() and db_path.stat().st_size > 0:
            kept = _pre_restore_path(db_path.parent / "backups")
            if is_good_database(db_path):
                copy_database(db_path, kept)  # the backup API: what the -wal holds included
                try:
                    _copy_into_live(ready, db_path)
                except sqlite3.DatabaseError as exc:
                    if environment_kind(exc) == "busy":
                        raise EnvironmentProblem(
                            "The diary is busy in another program, so it was not replaced "
                            f"(a copy of it was kept as {kept}).",
                            "Close the other program and try again.") from exc
                    if environment_kind(exc) != "corrupt":
                        raise
                    _keep_damaged(db_path, Path(f"{kept}.damaged"))
                    _rename_over(ready, db_path)
            else:
                _keep_damaged(db_path, kept)
                _rename_over(ready, db_path)
        else:
            wal = Path(f"{db_path}-wal")
            if wal.exists() and wal.stat().st_size > 0:  # an empty diary whose WAL holds data
                kept = _pre_restore_path(db_path.parent / "backups")
                _keep_damaged(db_path, kept)
            _rename_over(ready, db_path)
    finally:
        _unlink_db(ready)
    for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if p.exists():
            os.chmod(p, 0o600)
    # Open once: checks the result (already at the current schema).
    try:
        open_diary(db_path, auto_backup=False).close()
    except EnvironmentProblem as exc:  # pragma: no cover - the copy was checked before
        if kept is None:
            raise
        raise EnvironmentProblem(f"{exc.message} The diary as it was before the restore is "
                                 f"kept as {kept}.", exc.hint) from exc
    return kept


def _page_size(db_path: Path) -> int | None:
    """The live diary's page size from its header (bytes 16-17; 1 means 65536), read
    without opening it in SQLite, so a refused restore leaves not even a ``-shm``."""
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or header[:16] != SQLITE_HEADER:
        return None
    size = int.from_bytes(header[16:18], "big")
    size = 65536 if size == 1 else size
    return size if size >= 512 and size & (size - 1) == 0 else None


__all__ = ["restore", "check_backup", "prepare", "expected_schema", "schema_differences"]
