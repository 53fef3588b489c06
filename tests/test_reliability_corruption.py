"""Issue 7: corruption.  A quick integrity check on every open; a damaged or foreign
file is refused with a message that names the latest good backup and the command that
restores it; the damaged file itself is never overwritten and is kept on restore."""

from __future__ import annotations

import hashlib
import random
import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from crampdiary.core import db as dbmod
from crampdiary.core.backups import is_good_database, list_backups
from crampdiary.core.errors import DatabaseCorrupt


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(cli, n: int = 40) -> None:
    for i in range(n):
        res = cli("log", "symptom", "--name", f"ache {i}", "--severity", str(i % 11),
                  "--at", f"2026-03-{1 + i % 28:02d}T08:{i % 60:02d}", "--note", f"{i} " + "n" * 1500)
        assert res.rc == 0, res.err


def _checkpointed(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for side in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        if side.exists():
            side.unlink()


def _damage_truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _damage_random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(3).randbytes(db.stat().st_size))


def _damage_page(db: Path) -> None:
    """Scribble over the b-tree page header of the symptom table's root page."""
    con = sqlite3.connect(db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'symptom'").fetchone()[0]
    con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xee" * 64)


DAMAGES = {"truncated": _damage_truncate, "random-bytes": _damage_random_bytes,
           "corrupted-page": _damage_page}


@pytest.mark.parametrize("how", sorted(DAMAGES))
def test_damaged_diary_is_refused_with_the_latest_good_backup(data_dir: Path, cli, how: str):
    _fill(cli)
    db = data_dir / "diary.sqlite3"
    good = {e["id"] for e in cli("list", "--json").json()}
    assert len(good) == 40
    assert cli("backup").rc == 0  # the latest good backup holds all 40 (today's daily only 1)
    _checkpointed(db)
    DAMAGES[how](db)
    damaged = _digest(db)

    for argv in (["list"], ["log", "water", "--ml", "250"], ["warnings"]):
        res = cli(*argv)
        assert res.rc == 1, (argv, res)
        assert "Traceback" not in res.err
        assert "damaged" in res.err or "not a Cramp Diary" in res.err, res.err
        assert _digest(db) == damaged, "the damaged file was changed"
    # the message names the latest good backup and the command that restores it
    latest = [p for k, _, p in list_backups(data_dir / "backups") if is_good_database(p)][0]
    assert str(latest) in res.err
    m = re.search(r"run: (crampdiary .*? restore \S+)", res.err)
    assert m, res.err
    argv = shlex.split(m.group(1))[1:]
    res = cli(*argv)
    assert res.rc == 0, res.err
    assert {e["id"] for e in cli("list", "--json").json()} == good
    assert cli("log", "water", "--ml", "250").rc == 0
    # the damaged diary was kept, byte for byte, beside the backups
    kept = [p for p in (data_dir / "backups").iterdir() if _digest(p) == damaged]
    assert len(kept) == 1, "the damaged file was not kept"
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"


def test_damage_without_any_backup_says_so(data_dir: Path, cli):
    _fill(cli, 5)
    db = data_dir / "diary.sqlite3"
    import shutil

    shutil.rmtree(data_dir / "backups")
    _checkpointed(db)
    _damage_page(db)
    damaged = _digest(db)
    res = cli("list")
    assert res.rc == 1
    assert "No good backup" in res.err and "do not delete" in res.err
    assert _digest(db) == damaged


def test_tiny_truncated_file(data_dir: Path, cli):
    _fill(cli, 3)
    db = data_dir / "diary.sqlite3"
    _checkpointed(db)
    db.write_bytes(db.read_bytes()[:10])
    res = cli("list")
    assert res.rc == 1 and "not a Cramp Diary database" in res.err
    assert db.stat().st_size == 10


def test_emptied_diary_with_backups_is_not_silently_replaced(data_dir: Path, cli):
    """A diary cut to 0 bytes is refused when backups show it had entries."""
    _fill(cli, 3)
    assert cli("list").rc == 0  # the daily backup
    db = data_dir / "diary.sqlite3"
    _checkpointed(db)
    db.write_bytes(b"")
    res = cli("log", "water", "--ml", "200")
    assert res.rc == 1
    assert "empty" in res.err and "restore" in res.err
    assert db.stat().st_size == 0


def test_other_sqlite_database_is_refused_untouched(data_dir: Path, cli):
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "diary.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    con.commit()
    con.close()
    before = _digest(db)
    res = cli("log", "water", "--ml", "200")
    assert res.rc == 1 and "not a Cramp Diary" in res.err
    assert _digest(db) == before


def test_interrupted_first_start_is_finished(data_dir: Path, cli):
    """An empty SQLite file (a first start killed after SQLite wrote its header)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "diary.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    assert db.stat().st_size > 0
    res = cli("log", "water", "--ml", "200")
    assert res.rc == 0, res.err
    assert len(cli("list", "--json").json()) == 1


def test_check_file_reports_damage_as_corrupt(data_dir: Path, cli):
    _fill(cli, 5)
    db = data_dir / "diary.sqlite3"
    _checkpointed(db)
    _damage_page(db)
    with pytest.raises(DatabaseCorrupt):
        dbmod.check_file(db)
