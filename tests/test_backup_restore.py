"""Issue 6: backup (SQLite backup API) and restore (checked, keeps the replaced diary)."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading

from crampdiary import paths
from crampdiary.core.backups import list_backups
from crampdiary.core.migrations import SCHEMA_VERSION


def _ids(cli) -> list[int]:
    return [i["id"] for i in cli("list", "--json").json()]


def _mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_backup_default_and_out(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    res = cli("backup")
    assert res.rc == 0
    made = res.out.strip()
    assert os.path.dirname(made) == str(paths.backup_dir())
    assert _mode(made) == 0o600 and _mode(paths.backup_dir()) == 0o700
    res = cli("backup", "--out", tmp_path / "mine.sqlite3")
    assert res.rc == 0 and _mode(tmp_path / "mine.sqlite3") == 0o600
    con = sqlite3.connect(tmp_path / "mine.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM water").fetchone()[0] == 1
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    # --out a folder: a named file inside it
    res = cli("backup", "--out", tmp_path)
    assert res.rc == 0 and res.out.strip().startswith(str(tmp_path) + os.sep)
    assert _mode(res.out.strip()) == 0o600


def test_backup_while_another_connection_writes(cli, tmp_path, diary):
    from crampdiary.core.timeutil import now_utc
    from crampdiary.core.use_cases import log_entry

    for i in range(50):
        log_entry(diary, "water", {"at": now_utc(), "ml": 100 + i}, with_flags=False)
    con = sqlite3.connect(diary.path, isolation_level=None)
    con.execute("BEGIN")
    con.execute("UPDATE water SET ml = ml + 1")  # an open write transaction elsewhere
    res = cli("backup", "--out", tmp_path / "b.sqlite3")
    con.execute("COMMIT")
    con.close()
    assert res.rc == 0
    copy = sqlite3.connect(tmp_path / "b.sqlite3")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM water").fetchone()[0] == 50
    copy.close()


def test_restore_round_trip_keeps_replaced_diary(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    backup = tmp_path / "b.sqlite3"
    assert cli("backup", "--out", backup).rc == 0
    assert cli("log", "water", "--ml", "200").rc == 0
    assert cli("log", "water", "--ml", "300").rc == 0
    assert len(_ids(cli)) == 3
    res = cli("restore", backup)
    assert res.rc == 0, res.err
    assert len(_ids(cli)) == 1
    kept = [p for k, _, p in list_backups(paths.backup_dir()) if k == "pre-restore"]
    assert len(kept) == 1 and str(kept[0]) in res.out
    assert _mode(kept[0]) == 0o600 and _mode(paths.db_path()) == 0o600
    con = sqlite3.connect(kept[0])
    assert con.execute("SELECT COUNT(*) FROM water").fetchone()[0] == 3
    con.close()
    # restoring the kept copy brings the three entries back
    assert cli("restore", kept[0]).rc == 0
    assert len(_ids(cli)) == 3


def _unchanged_after_refusal(cli, file, expect: str) -> None:
    assert cli("log", "water", "--ml", "100").rc == 0
    before = _ids(cli)
    raw = paths.db_path().read_bytes()
    res = cli("restore", file)
    assert res.rc in (1, 2), res.out
    assert expect in res.err, res.err
    assert _ids(cli) == before
    assert paths.db_path().read_bytes() == raw or _ids(cli) == before
    assert not [p for k, _, p in list_backups(paths.backup_dir()) if k == "pre-restore"]


def test_restore_refuses_text_file(cli, tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("not a database")
    _unchanged_after_refusal(cli, f, "not a Cramp Diary backup")


def test_restore_refuses_other_sqlite_database(cli, tmp_path):
    f = tmp_path / "other.sqlite3"
    con = sqlite3.connect(f)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    _unchanged_after_refusal(cli, f, "not a Cramp Diary backup")


def test_restore_refuses_damaged_backup(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    good = tmp_path / "good.sqlite3"
    assert cli("backup", "--out", good).rc == 0
    data = bytearray(good.read_bytes())
    for i in range(4096 * 2 + 100, len(data) - 200, 997):
        data[i] = (data[i] + 77) % 256
    for page in range(2, len(data) // 4096):  # and every page header from page 3 on
        for off in range(0, 8):
            data[page * 4096 + off] = (data[page * 4096 + off] + 77) % 256
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    before = _ids(cli)
    res = cli("restore", bad)
    assert res.rc in (1, 2)
    assert _ids(cli) == before


def test_restore_refuses_newer_schema(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    newer = tmp_path / "newer.sqlite3"
    assert cli("backup", "--out", newer).rc == 0
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    _unchanged_after_refusal(cli, newer, "newer version")


def test_restore_refuses_missing_file_and_the_diary_itself(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    assert cli("restore", tmp_path / "nothing.sqlite3").rc == 2
    assert cli("restore", paths.db_path()).rc == 2
    assert len(_ids(cli)) == 1


def test_restore_into_missing_diary(cli, tmp_path, data_dir, monkeypatch):
    assert cli("log", "water", "--ml", "100").rc == 0
    b = tmp_path / "b.sqlite3"
    assert cli("backup", "--out", b).rc == 0
    monkeypatch.setenv("CRAMPDIARY_DATA_DIR", str(tmp_path / "fresh"))
    res = cli("restore", b)
    assert res.rc == 0 and "kept" not in res.out
    assert len(_ids(cli)) == 1
    assert _mode(paths.db_path()) == 0o600


def test_restore_while_a_reader_is_open(cli, tmp_path):
    """A reader holding the diary open sees a whole diary before and after."""
    for ml in (100, 200, 300):
        assert cli("log", "water", "--ml", ml).rc == 0
    b = tmp_path / "b.sqlite3"
    assert cli("backup", "--out", b).rc == 0
    assert cli("log", "water", "--ml", "400").rc == 0
    reader = sqlite3.connect(paths.db_path(), check_same_thread=False)
    seen: list[int] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            n = reader.execute("SELECT COUNT(*) FROM water").fetchone()[0]
            seen.append(n)

    t = threading.Thread(target=read)
    t.start()
    try:
        res = cli("restore", b)
    finally:
        stop.set()
        t.join()
    assert res.rc == 0, res.err
    assert reader.execute("SELECT COUNT(*) FROM water").fetchone()[0] == 3
    reader.close()
    assert set(seen) <= {3, 4}


def test_restore_older_schema_is_upgraded(cli, tmp_path):
    from crampdiary.core.migrations import SCHEMA_V1

    old = tmp_path / "v1.sqlite3"
    con = sqlite3.connect(old)
    con.executescript(SCHEMA_V1)
    con.execute("PRAGMA user_version = 1")
    con.execute("INSERT INTO entry VALUES (1, 'water', '2026-03-01 08:00:00.000000', "
                "'2026-03-01 08:00:00.000000', '2026-03-01 08:00:00.000000')")
    con.execute("INSERT INTO water VALUES (1, 250.0, 'water')")
    con.commit()
    con.close()
    assert cli("log", "water", "--ml", "100").rc == 0
    res = cli("restore", old)
    assert res.rc == 0, res.err
    items = cli("list", "--json").json()
    assert [i["ml"] for i in items] == [250]
    con = sqlite3.connect(paths.db_path())
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_restore_over_a_damaged_diary_keeps_its_bytes(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    good = tmp_path / "good.sqlite3"
    assert cli("backup", "--out", good).rc == 0
    db = paths.db_path()
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)
    db.write_bytes(b"this diary was overwritten by something else" * 100)
    res = cli("restore", good)
    assert res.rc == 0, res.err
    assert [i["ml"] for i in cli("list", "--json").json()] == [100]
    kept = [p for k, _, p in list_backups(paths.backup_dir()) if k == "pre-restore"]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this diary was overwritten")
    assert _mode(kept[0]) == 0o600


def test_restore_refuses_while_another_program_writes(cli, tmp_path, monkeypatch):
    from crampdiary.core import restore as restore_mod

    assert cli("log", "water", "--ml", "100").rc == 0
    good = tmp_path / "good.sqlite3"
    assert cli("backup", "--out", good).rc == 0
    assert cli("log", "water", "--ml", "200").rc == 0
    from crampdiary.core.storage import connection

    monkeypatch.setattr(restore_mod, "BUSY_TIMEOUT_S", 0.2)
    # every connection's own busy wait too (30 s otherwise: the test took that long)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    writer = sqlite3.connect(paths.db_path(), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        res = cli("restore", good)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert res.rc == 1 and "busy" in res.err
    assert len(_ids(cli)) == 2  # unchanged
