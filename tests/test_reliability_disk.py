"""Issue 7: full disks and read-only folders.  A failed write says why, exits 1 without
a traceback, and leaves the diary exactly as it was (nothing half-written).

The tests run as root in CI, where chmod does not stop a write, so the failures are
made by SQLite itself: ``PRAGMA max_page_count`` (SQLite then reports "database or
disk is full", exactly as on a full disk), ``PRAGMA query_only`` (SQLite reports
"attempt to write a readonly database"), and a real operating-system limit on file
size (``RLIMIT_FSIZE``) for a command-line process.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crampdiary.core import db as dbmod


def _dump(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(con.iterdump())
    finally:
        con.close()


def _limit(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Every diary connection the program opens from now on gets ``pragma``.

    Pass ``monkeypatch.context()``'s patcher to lift the limit again at the end of the
    ``with`` block (``monkeypatch.undo()`` would also undo the test's data folder)."""
    original = dbmod._pragmas

    def limited(con):  # type: ignore[no-untyped-def]
        original(con)
        if pragma == "full":
            pages = con.execute("PRAGMA page_count").fetchone()[0]
            con.execute(f"PRAGMA max_page_count = {pages}")
        else:
            con.execute(pragma)

    monkeypatch.setattr(dbmod, "_pragmas", limited)


LONG = "a long note that needs room " * 70  # under the 2000-character limit


def _seed(cli) -> Path:
    assert cli("log", "water", "--ml", "250", "--at", "2026-03-01T08:00").rc == 0
    assert cli("log", "symptom", "--name", "ache", "--severity", "3", "--note", "kept",
               "--at", "2026-03-01T09:00").rc == 0
    return Path(os.environ["CRAMPDIARY_DATA_DIR"]) / "diary.sqlite3"


def test_full_disk_on_log_reports_and_keeps_the_diary(cli, monkeypatch):
    db = _seed(cli)
    failures = 0
    with monkeypatch.context() as m:
        _limit(m, "full")
        for i in range(30):
            before = _dump(db)
            res = cli("log", "symptom", "--name", f"ache {i}", "--severity", "3", "--note", LONG)
            assert "Traceback" not in res.err
            if res.rc == 0:  # there was still room in a page: really saved
                assert any(f"ache {i}" in line for line in _dump(db))
                continue
            failures += 1
            assert res.rc == 1, res
            assert "disk is full" in res.err and "nothing was saved" in res.err, res.err
            assert res.out == ""
            assert _dump(db) == before, "a failed write changed the diary"
            break
    assert failures == 1, "the simulated full disk never filled"
    assert cli("log", "water", "--ml", "100").rc == 0  # space again: works
    assert db.parent == Path(os.environ["CRAMPDIARY_DATA_DIR"])


def test_full_disk_on_edit_and_delete(cli, monkeypatch):
    db = _seed(cli)
    _limit(monkeypatch, "full")
    # fill the last free room so that any write needing a new page fails
    for _ in range(30):
        if cli("log", "symptom", "--name", "filler", "--severity", "1", "--note", LONG).rc:
            break
    before = _dump(db)
    res = cli("edit", "1", "--ml", "500")  # fits in its page: may succeed
    if res.rc == 0:
        before = _dump(db)
    res = cli("edit", "2", "--note", LONG.upper())
    assert res.rc == 1 and "disk is full" in res.err and "Traceback" not in res.err
    assert _dump(db) == before
    # a delete frees room, so it may succeed; then exactly that entry is gone
    ids = [e["id"] for e in cli("list", "--json").json()]
    assert 2 in ids
    res = cli("delete", "2")
    assert "Traceback" not in res.err
    if res.rc == 0:
        assert [e["id"] for e in cli("list", "--json").json()] == [i for i in ids if i != 2]
    else:
        assert res.rc == 1 and "disk is full" in res.err, res.err
        assert _dump(db) == before


def test_read_only_diary_reports_and_keeps_the_diary(cli, monkeypatch):
    db = _seed(cli)
    before = _dump(db)
    _limit(monkeypatch, "PRAGMA query_only = 1")
    for argv in (["log", "water", "--ml", "300"], ["edit", "1", "--ml", "400"], ["delete", "2"]):
        res = cli(*argv)
        assert res.rc == 1, (argv, res)
        assert "read-only" in res.err and "nothing was saved" in res.err, res.err
        assert "Traceback" not in res.err
    assert _dump(db) == before
    assert cli("list").rc == 0  # reading still works


def test_data_folder_that_cannot_be_made(tmp_path: Path, cli):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    res = cli("--data-dir", str(blocker / "diary"), "log", "water", "--ml", "250")
    assert res.rc == 1
    assert "Traceback" not in res.err and "unexpected" not in res.err, res.err
    assert str(blocker) in res.err
    assert blocker.read_text() == "not a folder"


WRITER = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from crampdiary.__main__ import main
sys.exit(main(sys.argv[2:]))
"""


def test_operating_system_refuses_the_write(cli, data_dir: Path):
    """A real write error from the kernel (file size limit) in a command-line process."""
    db = _seed(cli)
    # Another program (the window) has the diary open: the -wal and -shm files exist,
    # so the command can open and read the diary, but its WAL cannot grow.
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    holder.execute("SELECT COUNT(*) FROM entry").fetchone()
    before = _dump(db)
    env = dict(os.environ, CRAMPDIARY_DATA_DIR=str(data_dir))
    # no file may grow beyond the diary's current size: the WAL cannot take a page
    limit = 4096
    res = subprocess.run(
        [sys.executable, "-c", WRITER, str(limit), "log", "symptom", "--name", "x",
         "--severity", "2", "--note", LONG], capture_output=True, text=True, env=env, timeout=60)
    assert res.returncode == 1, res
    assert "Traceback" not in res.stderr and "unexpected" not in res.stderr, res.stderr
    assert "nothing was saved" in res.stderr or "could not be written" in res.stderr, res.stderr
    assert _dump(db) == before
    holder.close()
    assert cli("log", "water", "--ml", "100").rc == 0


def test_rlimit_helpers_exist():
    # the OS-level test above relies on these (Linux and macOS have them)
    assert hasattr(resource, "RLIMIT_FSIZE") and hasattr(signal, "SIGXFSZ")
