"""Issues 2 and 7: upgrades.  Every past schema version opens with every entry intact;
a diary from a newer program is refused and left byte for byte as it was."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from crampdiary.core import migrations
from crampdiary.core.backups import list_backups
from crampdiary.core.db import open_diary
from crampdiary.core.errors import DatabaseTooNew

DATA = Path(__file__).parent / "data"
# One saved diary per past schema version (all versions before the current one).
SAVED = {1: DATA / "schema_v1.sqlite3", 2: DATA / "schema_v2.sqlite3",
         3: DATA / "schema_v3.sqlite3", 4: DATA / "schema_v4.sqlite3"}


def _load(name: str):
    import sys

    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


V1 = _load("make_v1")
MAKERS = {1: V1, 2: _load("make_v2"), 3: _load("make_v3"), 4: _load("make_v4")}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _install(data_dir: Path, saved: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "diary.sqlite3"
    shutil.copyfile(saved, db)
    return db


def test_every_past_version_has_a_saved_diary():
    assert set(SAVED) == set(range(1, migrations.SCHEMA_VERSION))
    assert set(migrations.STEPS) == set(range(1, migrations.SCHEMA_VERSION))
    for version, path in SAVED.items():
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert con.execute("PRAGMA user_version").fetchone()[0] == version
        con.close()


@pytest.mark.parametrize("version", sorted(SAVED))
def test_saved_diary_matches_its_script(tmp_path: Path, version: int):
    """Each saved file is what its make_vN.py builds (the script is the record of it)."""
    rebuilt = MAKERS[version].build(tmp_path / f"v{version}.sqlite3")
    a = sqlite3.connect(rebuilt)
    b = sqlite3.connect(f"file:{SAVED[version]}?mode=ro", uri=True)
    assert list(a.iterdump()) == list(b.iterdump())
    a.close()
    b.close()


def _iso_local(utc_text: str) -> str:
    from crampdiary.core.timeutil import iso

    return iso(datetime.fromisoformat(utc_text).replace(tzinfo=timezone.utc))


def _expected_public(entry_id: int, kind: str, at: str, v: dict) -> dict:
    """What ``list --json`` must print for one saved v1 entry."""
    t = _iso_local(at)
    if kind == "cramp":
        return {"id": entry_id, "kind": kind, "started_at": t, "duration_s": v["duration_s"],
                "muscle": v["muscle"], "side": v["side"], "severity": v["severity"],
                "woke": bool(v["woke"]), "relief": v["relief"] or None,
                "relief_score": v["relief_score"], "red_flags": v["red_flags"] or None,
                "trigger": v["trigger"], "note": v["note"]}
    if kind == "dose":
        return {"id": entry_id, "kind": kind, "taken_at": t, "drug": v["drug"],
                "amount": v["amount"], "unit": v["unit"], "form": v["form"],
                "with_food": None if v["with_food"] is None else bool(v["with_food"]),
                "note": v["note"]}
    if kind == "water":
        return {"id": entry_id, "kind": kind, "at": t, "ml": v["ml"], "drink": v["drink"]}
    if kind == "stretch":
        return {"id": entry_id, "kind": kind, "at": t, "minutes": v["minutes"],
                "stretch_kind": v["kind"]}
    if kind == "vitals":
        return {"id": entry_id, "kind": kind, "at": t, "systolic": v["systolic"],
                "diastolic": v["diastolic"], "pulse": v["pulse"]}
    return {"id": entry_id, "kind": kind, "at": t, "name": v["name"], "severity": v["severity"],
            "note": v["note"]}


@pytest.mark.parametrize("version", sorted(SAVED))
def test_old_diary_upgrades_with_every_entry_intact(data_dir: Path, cli, version: int):
    db = _install(data_dir, SAVED[version])
    before = _digest(db)
    res = cli("list", "--json")
    assert res.rc == 0, res.err
    got = res.json()
    want = [_expected_public(*e) for e in V1.ENTRIES]
    assert len(got) == len(want) == 12
    for g, w in zip(got, want, strict=True):
        # JSON numbers: 4.0 and 4 are the same value
        assert g == w, (g, w)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    meds = con.execute("SELECT id, name, drug_key, usual_amount, started_on, stopped_on, note, "
                       "schedule FROM medicine ORDER BY id").fetchall()
    con.close()
    schedules = getattr(MAKERS[version], "SCHEDULES", {})
    assert meds == [(m["id"], m["name"], m["drug_key"], m["usual_amount"], m["started_on"],
                     m["stopped_on"], m["note"], schedules.get(m["id"], ""))
                    for m in V1.MEDICINES]
    # a backup was made before migrating, holding the untouched version-1 diary
    pre = [p for kind, _, p in list_backups(data_dir / "backups") if kind == "pre-migration"]
    assert len(pre) == 1
    assert oct(pre[0].stat().st_mode & 0o777) == "0o600"
    con = sqlite3.connect(pre[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == version
    assert con.execute("SELECT COUNT(*) FROM entry").fetchone()[0] == 12
    con.close()
    saved = sqlite3.connect(f"file:{SAVED[version]}?mode=ro", uri=True)
    con = sqlite3.connect(pre[0])
    assert list(con.iterdump()) == list(saved.iterdump())
    con.close()
    saved.close()
    assert before != _digest(db)
    # and the upgraded diary takes new entries and edits of old ones
    assert cli("log", "water", "--ml", "200").rc == 0
    assert cli("edit", "6", "--severity", "4").rc == 0, "editing an upgraded entry"
    assert cli("list", "--json").json()[5]["severity"] == 4


def _schema(db: Path) -> dict:
    con = sqlite3.connect(db)
    out = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        cols = [(r[1], r[2].upper(), r[3], r[5]) for r in con.execute(f"PRAGMA table_info('{name}')")]
        fks = sorted(tuple(r[2:5]) + (r[6],) for r in con.execute(f"PRAGMA foreign_key_list('{name}')"))
        out[name] = (sorted(cols), fks)
    out["indexes"] = sorted(
        (r[0], r[1]) for r in con.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"))
    con.close()
    return out


@pytest.mark.parametrize("version", sorted(SAVED))
def test_upgraded_schema_equals_fresh_schema(tmp_path: Path, version: int):
    """A migrated diary and a new one have the same tables, columns, keys and indexes."""
    fresh = tmp_path / "fresh" / "diary.sqlite3"
    fresh.parent.mkdir()
    open_diary(fresh).close()
    old = _install(tmp_path / "old", SAVED[version])
    open_diary(old).close()
    assert _schema(old) == _schema(fresh)


def test_two_programs_upgrading_at_once(data_dir: Path):
    """The second opener finds the step done instead of running it twice."""
    db = _install(data_dir, SAVED[1])
    con = sqlite3.connect(db, isolation_level=None)
    migrations.run_steps(con, 1)
    migrations.run_steps(con, 1)  # as a second program that read version 1 earlier
    assert con.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    con.close()


def test_failed_step_leaves_the_old_version(data_dir: Path, monkeypatch: pytest.MonkeyPatch, cli):
    db = _install(data_dir, SAVED[1])

    def broken(con):
        con.execute("ALTER TABLE medicine ADD COLUMN schedule VARCHAR NOT NULL DEFAULT ''")
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as m:  # (not monkeypatch.undo(): that drops the data folder)
        m.setitem(migrations.STEPS, 1, broken)
        res = cli("list")
    assert res.rc == 1
    assert "disk is full" in res.err and "Traceback" not in res.err
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    cols = [r[1] for r in con.execute("PRAGMA table_info(medicine)")]
    assert "schedule" not in cols
    con.close()
    assert cli("list").rc == 0


def test_no_backup_no_upgrade(data_dir: Path, monkeypatch: pytest.MonkeyPatch, cli):
    """If the pre-migration backup cannot be made, the diary is not touched."""
    from crampdiary.core import db as dbmod

    db = _install(data_dir, SAVED[1])
    before = _digest(db)

    def no_space(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dbmod, "make_backup", no_space)
    res = cli("list")
    assert res.rc == 1
    assert "could not be backed up" in res.err and "No space left" in res.err
    assert "Traceback" not in res.err
    assert _digest(db) == before


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_newer_diary_is_refused_untouched(data_dir: Path, cli, journal: str):
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "diary.sqlite3"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA journal_mode={journal}")
    con.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, future_column TEXT)")
    con.execute("INSERT INTO entry VALUES (1, 'from the future')")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    before = _digest(db)
    listing = sorted(p.name for p in data_dir.iterdir())
    for argv in (["list"], ["log", "water", "--ml", "200"], ["backup"], ["warnings"]):
        res = cli(*argv)
        assert res.rc == 1, (argv, res)
        assert "newer version" in res.err and "99" in res.err, res.err
        assert "Traceback" not in res.err
        assert _digest(db) == before
        assert sorted(p.name for p in data_dir.iterdir()) == listing
    with pytest.raises(DatabaseTooNew):
        open_diary(db)
    assert _digest(db) == before


def _autoincrement(db: Path) -> bool:
    con = sqlite3.connect(db)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'entry'").fetchone()[0]
    con.close()
    return "AUTOINCREMENT" in sql.upper()


@pytest.mark.parametrize("version", [None, *sorted(SAVED)])
def test_entry_ids_are_never_reused(data_dir: Path, cli, version):
    """Deleting the newest entry and logging another never hands out its id again (fresh
    diaries and upgraded ones), so an undo or an id in an export keeps its meaning."""
    if version is not None:
        _install(data_dir, SAVED[version])
    first = int(cli("log", "water", "--ml", "100").out.split()[0])
    assert cli("delete", str(first)).rc == 0
    second = int(cli("log", "water", "--ml", "100").out.split()[0])
    assert second > first
    assert _autoincrement(data_dir / "diary.sqlite3")
    # bulk writes (import, demo) follow the same counter
    from crampdiary.core.inputs import validate_input
    from crampdiary.core.timeutil import now_utc
    from crampdiary.core.use_cases import bulk_insert, delete_entry

    with open_diary() as d:
        delete_entry(d, second)
        [third] = bulk_insert(d, [validate_input("water", {"at": now_utc(), "ml": 50})])
    assert third > second
    # the kind tables kept every old row through the rebuild of the entry table
    if version is not None:
        assert len(cli("list", "--json").json()) == 13


@pytest.mark.parametrize("version", sorted(SAVED))
def test_upgraded_diary_gets_one_uuid_that_stays(tmp_path: Path, version: int):
    """Schema 4: a diary UUID is made once, on upgrade or creation, and never changes."""
    import uuid

    from crampdiary.core.use_cases import diary_uuid

    old = _install(tmp_path / "old", SAVED[version])
    d = open_diary(old)
    first = diary_uuid(d)
    d.close()
    assert uuid.UUID(first).version == 4
    d = open_diary(old)
    assert diary_uuid(d) == first
    d.close()
    fresh = tmp_path / "fresh" / "diary.sqlite3"
    fresh.parent.mkdir()
    d = open_diary(fresh)
    other = diary_uuid(d)
    d.close()
    assert uuid.UUID(other).version == 4 and other != first
    con = sqlite3.connect(old)
    assert con.execute("SELECT strength_mg FROM medicine").fetchall() == [(None,)] * len(V1.MEDICINES)
    con.close()


@pytest.mark.parametrize("version", sorted(SAVED))
def test_upgrade_gives_every_entry_and_medicine_to_me(tmp_path: Path, version: int):
    """Schema 4: one person ``me``, the default, owns everything that was there."""
    old = _install(tmp_path / "old", SAVED[version])
    open_diary(old).close()
    con = sqlite3.connect(old)
    assert con.execute("SELECT id, name, is_default FROM person").fetchall() == [(1, "me", 1)]
    assert con.execute("SELECT DISTINCT person_id FROM entry").fetchall() == [(1,)]
    assert con.execute("SELECT COUNT(*) FROM entry").fetchone()[0] == len(V1.ENTRIES)
    assert con.execute("SELECT DISTINCT person_id FROM medicine").fetchall() == [(1,)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
