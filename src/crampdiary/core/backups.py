"""Consistent copies of the diary with SQLite's online backup API.

Automatic backups rotate: at most one a day when the diary is opened (the last
14 daily and 12 monthly are kept), plus one before every migration and restore.
Every backup file is 0600.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from .timeutil import now_utc

_NAME = re.compile(r"^diary-(daily|monthly|pre-migration|pre-restore|manual)-(\d{8}T\d{6})Z?\.sqlite3$")
KEEP_DAILY = 14
KEEP_MONTHLY = 12


def copy_database(src: Path, dest: Path) -> Path:
    """Copy ``src`` to ``dest`` with the backup API (safe while others write)."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
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
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                when = datetime.strptime(m.group(2), "%Y%m%dT%H%M%S")
                out.append((m.group(1), when, p))
    out.sort(key=lambda t: t[1], reverse=True)
    return out


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
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
