"""Issue 16: the full integrity check runs when it can matter, not on every command.

``open_diary`` always reads the header, the schema version and the schema; SQLite's
``quick_check`` (every page) runs the first time each UTC day, whenever the file is not
the one the last check passed (anything but this program's own writes changes its
identity: size, mtime, ctime, inode), after an unclean shutdown (a ``-wal`` that holds
pages), after a failed check, and always for ``backup`` (docs/RELIABILITY.md).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from crampdiary.core.errors import DatabaseCorrupt
from crampdiary.core.storage import db as dbmod


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The ``full`` argument of every ``check_file`` call that ``open_diary`` makes."""
    seen: list[bool] = []
    real = dbmod.check_file

    def spy(path: Path, *, full: bool = True) -> int:
        seen.append(full)
        return real(path, full=full)

    monkeypatch.setattr(dbmod, "check_file", spy)
    return seen


def _damage_page(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'water'").fetchone()[0]
    con.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xee" * 64)


def test_the_full_check_runs_when_the_file_is_not_the_one_last_checked(data_dir, cli, checks):
    assert cli("log", "water", "--ml", "100").rc == 0  # a new diary: made, not checked
    assert checks == []
    db = data_dir / "diary.sqlite3"
    state = dbmod.check_state_path(db)
    assert oct(state.stat().st_mode & 0o777) == "0o600"
    for argv in (["log", "water", "--ml", "200"], ["warnings"], ["list"],
                 ["edit", "1", "--ml", "300"], ["next-dose", "tizanidine"]):
        assert cli(*argv).rc == 0, argv
    assert checks == [False] * 5  # our own writes keep the file "checked"

    # another program writes into the diary: the next open checks every page
    con = sqlite3.connect(db)
    con.execute("UPDATE water SET ml = 250 WHERE id = 1")
    con.commit()
    con.close()
    assert cli("list").rc == 0
    assert checks[-1] is True
    assert cli("list").rc == 0
    assert checks[-1] is False

    # only a touch (mtime and ctime change, not a byte of content)
    os.utime(db)
    assert cli("list").rc == 0
    assert checks[-1] is True

    # the state file holds numbers only, nothing of the diary
    text = state.read_text("ascii").split()
    assert text[0] == "crampdiary-checked-1" and all(w.isdigit() for w in text[2:])


def test_once_a_day_and_always_for_backup(data_dir, cli, checks, monkeypatch):
    assert cli("log", "water", "--ml", "100").rc == 0
    assert cli("list").rc == 0
    assert checks == [False]
    monkeypatch.setattr(dbmod, "_check_day", lambda: "2999-01-01")  # the next day
    assert cli("list").rc == 0
    assert cli("list").rc == 0
    assert checks == [False, True, False]
    assert cli("backup").rc == 0
    assert checks[-1] is True


def test_a_wal_that_holds_pages_means_a_full_check(data_dir, cli, checks):
    """After an unclean shutdown (or while another program writes) the -wal holds pages."""
    assert cli("log", "water", "--ml", "100").rc == 0
    db = data_dir / "diary.sqlite3"
    other = sqlite3.connect(db)  # another program, still at work: its WAL is not folded back
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("UPDATE water SET ml = 150 WHERE id = 1")
    other.commit()
    try:
        assert Path(f"{db}-wal").stat().st_size > 0
        assert cli("list").rc == 0
        assert checks == [True]
        assert cli("log", "water", "--ml", "200").rc == 0  # nothing recorded while the -wal is full
        assert checks == [True, True]
    finally:
        other.close()


def test_damage_is_found_and_the_memory_of_the_check_forgotten(data_dir, cli, checks):
    assert cli("log", "water", "--ml", "100").rc == 0
    db = data_dir / "diary.sqlite3"
    _damage_page(db)
    res = cli("list")
    assert res.rc == 1 and "damaged" in res.err
    assert checks == [True]
    assert not dbmod.check_state_path(db).exists()


def test_damage_that_keeps_the_files_identity_is_found_by_the_days_first_check(
        data_dir, cli, checks, monkeypatch):
    """The documented limit: a change that leaves size, mtime and ctime alone (a disk that
    rots under the file system) passes until the first check of the next day."""
    assert cli("log", "water", "--ml", "100").rc == 0
    db = data_dir / "diary.sqlite3"
    _damage_page(db)
    dbmod.record_check(db)  # as if the damage had not changed the file's identity
    assert dbmod.still_checked(db)
    monkeypatch.setattr(dbmod, "_check_day", lambda: "2999-01-01")
    assert not dbmod.still_checked(db)
    with pytest.raises(DatabaseCorrupt):
        dbmod.open_diary(db, auto_backup=False)
    assert checks == [True]


def test_a_torn_or_foreign_state_file_means_a_full_check(data_dir, cli, checks):
    assert cli("log", "water", "--ml", "100").rc == 0
    db = data_dir / "diary.sqlite3"
    state = dbmod.check_state_path(db)
    good = state.read_bytes()
    for bad in (good[:40], b"", b"\xff" * 200, good.replace(b"crampdiary-checked-1", b"x")):
        state.write_bytes(bad)
        assert not dbmod.still_checked(db)
        assert cli("list").rc == 0
        assert checks[-1] is True
    assert cli("list").rc == 0
    assert checks[-1] is False


def test_damage_met_while_working_is_not_remembered_as_checked(data_dir, cli, checks):
    """SQLite reports a damaged page half-way through a command (one the header, version
    and schema did not show): the memory of the last check goes, and the diary closing
    after its writes does not bring it back."""
    assert cli("log", "water", "--ml", "100").rc == 0
    db = data_dir / "diary.sqlite3"
    d = dbmod.open_diary(db, auto_backup=False)
    assert checks == [False]
    with d.sql_write() as con:
        con.execute("UPDATE water SET ml = 120 WHERE id = 1")
    err = sqlite3.DatabaseError("database disk image is malformed")
    err.sqlite_errorcode = sqlite3.SQLITE_CORRUPT  # type: ignore[attr-defined]
    problem = d._problem(err, "read")
    assert isinstance(problem, DatabaseCorrupt)
    assert not dbmod.check_state_path(db).exists()
    d.close()
    assert not dbmod.check_state_path(db).exists()
    assert cli("list").rc == 0
    assert checks[-1] is True
