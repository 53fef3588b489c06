"""Consistent copies of the diary with SQLite's online backup API.

Automatic backups rotate: at most one a day when the diary is opened (the last
14 daily and 12 monthly are kept), plus one before every migration and restore.
Every backup file is 0600.
"""

from __future__ import annotations

import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from .. import crypto
from ..timeutil import now_utc
from .connection import connect, ro_uri  # noqa: F401  (ro_uri re-exported)

_NAME = re.compile(r"^diary-(daily|monthly|pre-migration|pre-restore|manual)-(\d{8}T\d{6})Z?\.sqlite3$")
KEEP_DAILY = 14
KEEP_MONTHLY = 12
STALE_TMP_S = 3600  # a temporary file this old is left over from a killed program


def copy_database(src: Path, dest: Path) -> Path:
    """Copy ``src`` to ``dest`` with the backup API (safe while others write).

    Written through ``paths.atomic_target``: a temporary file beside ``dest``,
    fsynced and renamed; a program killed half-way leaves no copy under ``dest``,
    and its temporary file is removed on the next start.
    """
    from ... import paths

    dest = Path(dest)
    with paths.atomic_target(dest) as tmp:
        source = connect(src, readonly=True)
        try:
            target = connect(tmp, key=crypto.key_for(src))  # encrypted like its source
            try:
                target.execute("PRAGMA synchronous=FULL")
                source.backup(target)  # one step: a consistent snapshot, even mid-write
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
    return dest


def backup_name(kind: str, when: datetime | None = None) -> str:
    when = when or now_utc()
    return f"diary-{kind}-{when.strftime('%Y%m%dT%H%M%S')}Z.sqlite3"


def make_backup(db: Path, folder: Path, kind: str = "manual", when: datetime | None = None) -> Path:
    from ... import paths

    paths.secure_dir(folder)
    return copy_database(db, folder / backup_name(kind, when))


def list_backups(folder: Path) -> list[tuple[str, datetime, Path]]:
    """(kind, time, path) of every backup in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                t = m.group(2)  # YYYYmmddTHHMMSS, read without strptime (on every open)
                when = datetime(int(t[0:4]), int(t[4:6]), int(t[6:8]), int(t[9:11]),
                                int(t[11:13]), int(t[13:15]))
                try:
                    mtime = p.stat().st_mtime_ns
                except OSError:
                    continue
                found.append((when, mtime, m.group(1), p))
    # names carry whole seconds; within one second the file written last is newest
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [(kind, when, p) for when, _, kind, p in found]


def daily_backup(db: Path, folder: Path, when: datetime | None = None) -> Path | None:
    """Make today's daily backup unless one exists, and this month's monthly one
    unless one exists (each checked on its own, so a monthly copy is still made when
    the program was killed between the two); rotate old ones."""
    when = when or now_utc()
    day = when.strftime("%Y%m%d")
    month = when.strftime("%Y%m")
    existing = list_backups(folder)
    made: Path | None = None
    fresh: list[Path] = []
    if not any(k == "daily" and w.strftime("%Y%m%d") == day for k, w, _ in existing):
        made = make_backup(db, folder, "daily", when)
        fresh.append(made)
    if not any(k == "monthly" and w.strftime("%Y%m") == month for k, w, _ in existing):
        fresh.append(make_backup(db, folder, "monthly", when))
    if fresh:
        rotate(folder, keep=fresh)
    return made


def rotate(folder: Path, keep: list[Path] | tuple[Path, ...] = ()) -> None:
    """Keep the newest KEEP_DAILY daily and KEEP_MONTHLY monthly backups.

    The backups in ``keep`` (the ones just made) count as the newest whatever the
    names and clock say: a clock set to the past never deletes a new backup.
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
    just_made = {Path(p).resolve() for p in keep}
    listed = list_backups(folder)
    ordered = ([b for b in listed if b[2].resolve() in just_made]
               + [b for b in listed if b[2].resolve() not in just_made])
    kept = {"daily": 0, "monthly": 0}
    limits = {"daily": KEEP_DAILY, "monthly": KEEP_MONTHLY}
    for kind, _, path in ordered:
        if kind in kept:
            kept[kind] += 1
            if kept[kind] > limits[kind] and path.resolve() not in just_made:
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
        con = connect(path, readonly=True)
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
