"""Consistent copies of the diary with SQLite's online backup API.

Automatic backups rotate: at most one a day when the diary is opened (the last
14 daily and 12 monthly are kept), plus one before every migration and restore.
Every backup file is 0600.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from . import crypto
from .timeutil import now_utc

_NAME = re.compile(r"^diary-(daily|monthly|pre-migration|pre-restore|manual)-(\d{8}T\d{6})Z?\.sqlite3$")
KEEP_DAILY = 14
KEEP_MONTHLY = 12
STALE_TMP_S = 3600  # a temporary file this old is left over from a killed program


def ro_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path`` (safe for '?', '#', '%' and spaces in names)."""
    from urllib.parse import quote

    return "file:" + quote(str(Path(path).absolute()), safe="/:\\") + "?mode=ro"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(src: Path, dest: Path) -> Path:
    """Copy ``src`` to ``dest`` with the backup API (safe while others write)."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        source = crypto.connect(ro_uri(src), uri=True, timeout=30)
        try:
            target = crypto.connect(tmp, key=crypto.key_for(src))  # encrypted like its source
            try:
                target.execute("PRAGMA synchronous=FULL")
                source.backup(target)  # one step: a consistent snapshot, even mid-write
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return dest


def backup_name(kind: str, when: datetime | None = None) -> str:
    when = when or now_utc()
    return f"diary-{kind}-{when.strftime('%Y%m%dT%H%M%S')}Z.sqlite3"


def make_backup(db: Path, folder: Path, kind: str = "manual", when: datetime | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return copy_database(db, folder / backup_name(kind, when))


def list_backups(folder: Path) -> list[tuple[str, datetime, Path]]:
    """(kind, time, path) of every backup in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                when = datetime.strptime(m.group(2), "%Y%m%dT%H%M%S")
                try:
                    mtime = p.stat().st_mtime_ns
                except OSError:
                    continue
                found.append((when, mtime, m.group(1), p))
    # names carry whole seconds; within one second the file written last is newest
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [(kind, when, p) for when, _, kind, p in found]


def daily_backup(db: Path, folder: Path, when: datetime | None = None) -> Path | None:
    """Make today's daily backup unless one exists; rotate old ones."""
    when = when or now_utc()
    day = when.strftime("%Y%m%d")
    existing = list_backups(folder)
    if any(k == "daily" and w.strftime("%Y%m%d") == day for k, w, _ in existing):
        return None
    made = make_backup(db, folder, "daily", when)
    month = when.strftime("%Y%m")
    if not any(k == "monthly" and w.strftime("%Y%m") == month for k, w, _ in existing):
        make_backup(db, folder, "monthly", when)
    rotate(folder)
    return made


def rotate(folder: Path) -> None:
    """Keep the newest KEEP_DAILY daily and KEEP_MONTHLY monthly backups.

    Backups made before a migration or restore, and manual ones, are never removed
    automatically.  Temporary files left by a program killed during a backup are.
    """
    now = time.time()
    for p in folder.glob(".diary-*.tmp-*"):
        try:
            if now - p.stat().st_mtime > STALE_TMP_S:
                p.unlink()
        except OSError:
            pass
    kept = {"daily": 0, "monthly": 0}
    limits = {"daily": KEEP_DAILY, "monthly": KEEP_MONTHLY}
    for kind, _, path in list_backups(folder):
        if kind in kept:
            kept[kind] += 1
            if kept[kind] > limits[kind]:
                try:
                    path.unlink()
                except OSError:
                    pass


def latest_good_backup(folder: Path) -> Path | None:
    for _, _, path in list_backups(folder):
        if is_good_database(path):
            return path
    return None


def is_good_database(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00" and crypto.key_for(path) is None:
                return False
        con = crypto.connect(ro_uri(path), uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            has_entry = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='entry'"
            ).fetchone()
            return ok and has_entry is not None
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
