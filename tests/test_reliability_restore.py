"""Issue 12: restore is a transaction of trust.

Crafted backups (a trigger that deletes entries, one that divides doses, a view, wrong
columns, a stale user_version, bad values) are refused with what is wrong named, and
nothing changes: not the diary, not the backups folder.  Restoring over a damaged
diary keeps its -wal (the entries only the WAL held).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from crampdiary import paths
from crampdiary.core.backups import list_backups
from crampdiary.core.migrations import SCHEMA_VERSION


def _ids(cli) -> list[int]:
    return [i["id"] for i in cli("list", "--json").json()]


def _backup(cli, tmp_path: Path, name: str = "b.sqlite3") -> Path:
    assert cli("log", "water", "--ml", "250", "--at", "2026-03-01T08:00").rc == 0
    assert cli("log", "dose", "--drug", "tizanidine", "--amount", "4",
               "--at", "2026-03-01T09:00").rc == 0
    out = tmp_path / name
    assert cli("backup", "--out", out).rc == 0
    return out


def _tamper(file: Path, *sql: str) -> None:
    con = sqlite3.connect(file)
    for s in sql:
        con.execute(s)
    con.commit()
    con.close()


def _folder_state() -> dict[str, bytes]:
    d = paths.data_dir()
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*"))
            if p.is_file() and p.name != "settings.json"}


def _refused(cli, file: Path, *expect: str) -> str:
    # the live diary has its own, different entries
    assert cli("log", "cramp", "--muscle", "calf", "--severity", "3",
               "--at", "2026-03-02T03:00").rc == 0
    before_ids = _ids(cli)
    before = _folder_state()
    res = cli("restore", file)
    assert res.rc == 2, (res.rc, res.err)
    assert "refused: file:" in res.err and "the diary was not changed" in res.err
    for e in expect:
        assert e in res.err, res.err
    assert _folder_state() == before, "a refusal changed a file in the data folder"
    assert not [p for k, _, p in list_backups(paths.backup_dir()) if k == "pre-restore"]
    assert _ids(cli) == before_ids
    return res.err


def test_trigger_that_deletes_entries_is_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "CREATE TRIGGER wipe AFTER INSERT ON entry BEGIN "
               "DELETE FROM entry WHERE id < NEW.id; END")
    _refused(cli, b, "trigger 'wipe'")
    # and the diary keeps working: the next log deletes nothing
    n = len(_ids(cli))
    assert cli("log", "water", "--ml", "100").rc == 0
    assert len(_ids(cli)) == n + 1


def test_trigger_that_divides_doses_is_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "CREATE TRIGGER tenth AFTER INSERT ON dose BEGIN "
               "UPDATE dose SET amount = amount / 10 WHERE id = NEW.id; END")
    _refused(cli, b, "trigger 'tenth'")
    assert cli("log", "dose", "--drug", "tizanidine", "--amount", "24").rc == 0
    assert cli("list", "--kind", "dose", "--json").json()[-1]["amount"] == 24


def test_view_is_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "CREATE VIEW everything AS SELECT * FROM entry")
    _refused(cli, b, "view 'everything'")


def test_extra_index_is_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "CREATE INDEX ix_mine ON water (drink)")
    _refused(cli, b, "index 'ix_mine'")


def test_wrong_columns_are_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "ALTER TABLE water DROP COLUMN drink", "ALTER TABLE dose ADD COLUMN extra TEXT")
    err = _refused(cli, b, "table 'dose'", "table 'water'")
    assert "extra" in err


def test_stale_user_version_is_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    _refused(cli, b, f"schema {SCHEMA_VERSION - 1}")


def test_zero_user_version_is_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "PRAGMA user_version = 0")
    _refused(cli, b, "user_version 0")


@pytest.mark.parametrize(("sql", "expect"), [
    ("UPDATE dose SET amount = 'lots'", "amount"),
    ("UPDATE dose SET amount = -4", "amount"),
    ("UPDATE water SET ml = 0", "ml"),
    ("UPDATE entry SET at = 'yesterday' WHERE kind = 'water'", "water"),
    ("UPDATE entry SET kind = 'spell' WHERE kind = 'water'", "unknown kind"),
    ("DELETE FROM water", "has no details"),
    ("INSERT INTO medicine (name, unit, schedule) VALUES ('tizanidine', 'mg', '25:99')",
     "medicine 1"),
])
def test_bad_values_are_refused(cli, tmp_path, sql, expect):
    b = _backup(cli, tmp_path)
    _tamper(b, sql)
    _refused(cli, b, expect)


def test_details_without_entry_are_refused(cli, tmp_path):
    b = _backup(cli, tmp_path)
    _tamper(b, "INSERT INTO water (id, ml, drink) VALUES (999, 100, 'water')")
    _refused(cli, b, "999")


def test_hidden_constraint_does_not_come_along(cli, tmp_path):
    """What the structure check cannot see (a CHECK, a COLLATE) is left behind: the rows
    are copied into the known schema, so the restored diary takes normal entries."""
    b = _backup(cli, tmp_path)
    _tamper(b, "ALTER TABLE water RENAME TO water_old",
            "CREATE TABLE water (id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) "
            "ON DELETE CASCADE, ml FLOAT NOT NULL CHECK (ml <> 100), "
            "drink VARCHAR NOT NULL COLLATE NOCASE)",
            "INSERT INTO water SELECT * FROM water_old", "DROP TABLE water_old")
    res = cli("restore", b)
    assert res.rc == 0, res.err
    assert cli("log", "water", "--ml", "100").rc == 0
    con = sqlite3.connect(paths.db_path())
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'water'").fetchone()[0]
    con.close()
    assert "CHECK" not in sql and "NOCASE" not in sql


def test_good_backup_is_restored_with_one_pre_restore_copy(cli, tmp_path):
    b = _backup(cli, tmp_path)
    assert cli("log", "water", "--ml", "999").rc == 0
    res = cli("restore", b)
    assert res.rc == 0, res.err
    assert [i["kind"] for i in cli("list", "--json").json()] == ["water", "dose"]
    kept = [p for k, _, p in list_backups(paths.backup_dir()) if k == "pre-restore"]
    assert len(kept) == 1 and str(kept[0]) in res.out
    # no temporary file left in the data folder
    assert not [p for p in paths.data_dir().iterdir() if p.name.startswith(".")]
    # ids stay unique after a restore: the AUTOINCREMENT counter came along
    con = sqlite3.connect(b)
    top = con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entry'").fetchone()[0]
    con.close()
    new = int(cli("log", "water", "--ml", "1").out.split()[0])
    assert new > top


def test_restore_over_damaged_diary_keeps_its_wal(cli, tmp_path, data_dir):
    """Entries that only the -wal holds survive in the pre-restore copy."""
    good = _backup(cli, tmp_path)
    # a diary elsewhere with entries that live only in its WAL
    other = tmp_path / "other"
    shutil.copytree(data_dir, other)
    con = sqlite3.connect(other / "diary.sqlite3", isolation_level=None)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("BEGIN")
    for n in range(5):
        cur = con.execute("INSERT INTO entry (kind, at, created_at, updated_at) VALUES "
                          "('water', '2026-03-03 08:00:00.000000', '2026-03-03 08:00:00.000000',"
                          " '2026-03-03 08:00:00.000000')")
        con.execute("INSERT INTO water (id, ml, drink) VALUES (?, ?, 'water')",
                    (cur.lastrowid, 1000 + n))
    con.execute("COMMIT")
    wal_bytes = Path(f"{other}/diary.sqlite3-wal").read_bytes()
    assert len(wal_bytes) > 0
    # the state after a crash: main file and -wal, copied while the writer is open
    live = paths.db_path()
    shutil.copyfile(other / "diary.sqlite3", live)
    shutil.copyfile(other / "diary.sqlite3-wal", f"{live}-wal")
    con.close()
    header = live.read_bytes()[:16]
    damaged = bytearray(live.read_bytes())
    damaged[:16] = b"garbage garbage!"
    live.write_bytes(bytes(damaged))
    res = cli("restore", good)
    assert res.rc == 0, res.err
    kept = [p for k, _, p in list_backups(paths.backup_dir()) if k == "pre-restore"]
    assert len(kept) == 1
    assert kept[0].read_bytes() == bytes(damaged)
    assert Path(f"{kept[0]}-wal").read_bytes() == wal_bytes
    # the kept pair, once its header is mended, has the WAL's entries
    rescue = tmp_path / "rescue.sqlite3"
    shutil.copyfile(kept[0], rescue)
    shutil.copyfile(f"{kept[0]}-wal", f"{rescue}-wal")
    data = bytearray(rescue.read_bytes())
    data[:16] = header
    rescue.write_bytes(bytes(data))
    con = sqlite3.connect(rescue)
    assert sorted(r[0] for r in con.execute("SELECT ml FROM water WHERE ml >= 1000")) == [
        1000, 1001, 1002, 1003, 1004]
    con.close()
    # and the live diary is the backup, with no stale WAL applied to it
    assert [i["kind"] for i in cli("list", "--json").json()] == ["water", "dose"]
    con = sqlite3.connect(live)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_every_open_path_has_trusted_schema_off(diary):
    with diary.sql_read() as con:
        assert con.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    raw = diary.raw()
    assert raw.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    raw.close()
    with diary.read() as s:
        v = s.connection().exec_driver_sql("PRAGMA trusted_schema").scalar()
    assert v == 0


def test_live_diary_with_a_trigger_is_refused(cli):
    assert cli("log", "water", "--ml", "100").rc == 0
    con = sqlite3.connect(paths.db_path())
    con.execute("CREATE TRIGGER t AFTER INSERT ON entry BEGIN DELETE FROM entry; END")
    con.commit()
    con.close()
    res = cli("log", "water", "--ml", "200")
    assert res.rc == 1 and "trigger 't'" in res.err
    con = sqlite3.connect(paths.db_path())
    assert con.execute("SELECT COUNT(*) FROM entry").fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_version_has_a_known_exact_schema(tmp_path, version):
    """A diary built at each version passes the exact comparison with itself, and a
    freshly created diary matches the current version."""
    from crampdiary.core.db import open_diary
    from crampdiary.core.migrations import build_schema
    from crampdiary.core.restore import schema_differences, schema_of

    con = sqlite3.connect(":memory:", isolation_level=None)
    build_schema(con, version)
    assert schema_differences(schema_of(con), version) == []
    con.close()
    if version == SCHEMA_VERSION:
        open_diary(tmp_path / "fresh.sqlite3").close()
        con = sqlite3.connect(tmp_path / "fresh.sqlite3")
        assert schema_differences(schema_of(con), version) == []
        con.close()
