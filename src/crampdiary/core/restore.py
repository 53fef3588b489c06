"""Replace the diary with a backup, safely.

1. The file is checked before anything is touched: SQLite header, integrity check,
   the diary's tables present, schema version not newer than this program knows.
2. The diary being replaced is kept as a ``pre-restore`` backup (0600) in the
   backups folder.
3. The backup's pages are copied into the live diary with SQLite's online backup
   API, inside one write transaction: a program reading the diary at the same time
   sees either the old or the new diary, and a crash half-way leaves the old one
   (SQLite rolls the unfinished transaction back).  If the live file is itself
   damaged beyond opening, a checked copy is renamed over it instead (also atomic).
4. The restored diary is then opened once, which upgrades an older schema (with its
   own pre-migration backup).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

from . import crypto
from .backups import backup_name, copy_database, is_good_database, ro_uri
from .errors import DatabaseTooNew, EnvironmentProblem, InputError
from .migrations import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
DIARY_TABLES = {"entry", "cramp", "dose", "water", "stretch", "vitals", "symptom"}


def check_backup(file: Path) -> int:
    """Return the schema version of a usable diary backup; raise InputError otherwise."""
    file = Path(file)
    if not file.is_file():
        raise InputError("file", f"{file} does not exist or is not a file")
    try:
        with open(file, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError("file", f"{file} cannot be read: {exc.strerror}") from None
    if head != SQLITE_HEADER and crypto.key_for(file) is None:
        raise InputError("file", f"{file} is not a Cramp Diary backup (not an SQLite "
                                 "database); the diary was not changed")
    try:
        con = crypto.connect(ro_uri(file), uri=True, timeout=30)
        try:
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise InputError("file", f"{file} is damaged ({exc}); the diary was not changed") from None
    if check != "ok":
        raise InputError("file", f"{file} failed SQLite's integrity check ({check}); "
                                 "the diary was not changed")
    missing = DIARY_TABLES - tables
    if missing or version < 1:
        raise InputError("file", f"{file} is an SQLite database but not a Cramp Diary "
                                 "backup; the diary was not changed")
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"{file} was written by a newer version of Cramp Diary (schema {version}; this "
            f"version knows {SCHEMA_VERSION}). The diary was not changed.",
            "Install the newer version to restore it.")
    return version


def _keep_current(db_path: Path, folder: Path) -> Path:
    """Keep the diary that is about to be replaced; return where."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    dest = folder / backup_name("pre-restore")
    n = 1
    while dest.exists():
        dest = folder / backup_name("pre-restore").replace(".sqlite3", f"-{n}.sqlite3")
        n += 1
    try:
        if not is_good_database(db_path):  # damaged: keep its exact bytes for rescue
            raise sqlite3.DatabaseError("the diary is damaged")
        return copy_database(db_path, dest)
    except sqlite3.Error:
        # The current file cannot be read as a database: keep its bytes as they are.
        tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
        shutil.copyfile(db_path, tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        return dest


def _copy_into_live(file: Path, db_path: Path) -> None:
    """Copy ``file`` over the live diary in one transaction with the backup API."""
    src = crypto.connect(ro_uri(file), uri=True, timeout=30)
    try:
        dst = crypto.connect(str(db_path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            dst.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            deadline = time.monotonic() + BUSY_TIMEOUT_S

            def give_up_when_busy(status: int, remaining: int, total: int) -> None:
                # Python retries a busy step for ever; stop after the busy timeout.
                if status in (5, 6) and time.monotonic() > deadline:  # SQLITE_BUSY, SQLITE_LOCKED
                    raise sqlite3.OperationalError("database is locked")

            # pages=-1: all pages in one step, so in one write transaction
            src.backup(dst, pages=-1, progress=give_up_when_busy, sleep=0.05)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    finally:
        src.close()


def _rename_over(file: Path, db_path: Path) -> None:
    tmp = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}")
    copy_database(file, tmp)
    for side in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        try:
            side.unlink()
        except FileNotFoundError:
            pass
    os.replace(tmp, db_path)


def restore(db_path: Path, file: Path) -> Path | None:
    """Replace the diary at ``db_path`` with the backup ``file``.

    Returns where the replaced diary was kept (None if there was no diary).
    """
    db_path = Path(db_path)
    file = Path(file).expanduser()
    crypto.prepare_open(db_path)  # an encrypted diary: the passphrase first
    file, converted = crypto.restore_source(db_path, file)
    try:
        return _restore(db_path, file)
    finally:
        if converted:
            converted.unlink(missing_ok=True)


def _restore(db_path: Path, file: Path) -> Path | None:
    from .. import paths
    from .db import open_diary

    check_backup(file)
    if db_path.exists() and file.resolve() == db_path.resolve():
        raise InputError("file", "is the diary itself; choose a backup file")
    paths.secure_dir(db_path.parent)
    kept: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        kept = _keep_current(db_path, db_path.parent / "backups")
        try:
            _copy_into_live(file, db_path)
        except sqlite3.DatabaseError as exc:
            low = str(exc).lower()
            if "not a database" in low or "malformed" in low or "corrupt" in low:
                _rename_over(file, db_path)  # the live file is damaged: nobody can be using it
            elif "locked" in low or "busy" in low:
                raise EnvironmentProblem(
                    "The diary is busy in another program, so it was not replaced (a copy of it "
                    f"was kept as {kept}).", "Close the other program and try again.") from exc
            else:
                raise
    else:
        _rename_over(file, db_path)
    for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if p.exists():
            os.chmod(p, 0o600)
    # Open once: upgrades an older schema (with its own backup) and checks the result.
    open_diary(db_path, auto_backup=False).close()
    return kept


__all__ = ["restore", "check_backup"]
