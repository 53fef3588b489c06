"""Issue 12: one description per entry kind, one module with all entry SQL, ids never reused."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import fields
from pathlib import Path

import crampdiary
from crampdiary.core.inputs import INPUT_MODELS, validate_input
from crampdiary.core.kinds import KINDS
from crampdiary.core.records import COLUMNS, CSV_FILES, RECORD_TYPES
from crampdiary.core.timeutil import now_utc
from crampdiary.core.use_cases import bulk_insert, delete_entry, get_entry, list_entries, log_entry

SRC = Path(crampdiary.__file__).parent


def test_kind_descriptions_match_records_tables_and_csv(diary):
    assert set(KINDS) == set(RECORD_TYPES) == set(INPUT_MODELS)
    with diary.sql_read() as con:
        for name, k in KINDS.items():
            rec_fields = [f.name for f in fields(k.record)][2:]  # after id, at
            assert [f.name for f in k.fields] == rec_fields, name
            cols = {r[1] for r in con.execute(f"PRAGMA table_info({k.table})")}
            assert cols == {"id", *k.columns}, name
            assert k.csv_columns == COLUMNS[name] and k.csv_file == CSV_FILES[name]
            assert k.input_model is INPUT_MODELS[name]


def test_stored_time_format_is_written_once():
    """The stored time format string appears in core/storage/entries.py only."""
    hits = []
    for py in SRC.rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        if "%Y-%m-%d %H:%M:%S.%f" in text:
            hits.append(py.relative_to(SRC).as_posix())
    assert hits == ["core/storage/entries.py"], hits


def test_no_entry_sql_in_moved_modules():
    """The modules whose SQL moved to storage hold none."""
    words = ("SELECT ", "INSERT INTO", "DELETE FROM", "UPDATE ", "FROM entry", "PRAGMA ")
    for rel in ("core/use_cases.py", "ui/history.py", "report/__init__.py", "ui/report_dialog.py",
                "core/analysis.py"):
        tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not any(w in node.value for w in words), (rel, node.value)


def test_round_trip_of_every_kind_through_the_one_module(diary):
    samples = {
        "cramp": {"muscle": "calf", "severity": 6, "side": "left", "duration_s": 90, "woke": True,
                  "relief": ["stretch", "water"], "relief_score": 4, "red_flags": ["weakness"],
                  "trigger": "walk", "note": "n"},
        "dose": {"drug": "Zanaflex", "amount": 4, "unit": "mg", "form": "tablet",
                 "with_food": False, "note": "d"},
        "water": {"ml": 250, "drink": "tea"},
        "stretch": {"minutes": 10, "stretch_kind": "calf wall"},
        "vitals": {"systolic": 120, "diastolic": 80, "pulse": 60},
        "symptom": {"name": "headache", "severity": 3, "note": "s"},
    }
    for kind, data in samples.items():
        rec = log_entry(diary, kind, {"at": now_utc(), **data}, with_flags=False).record
        again = get_entry(diary, rec.id)
        assert again == rec
        for k, v in data.items():
            got = getattr(again, k)
            if kind == "dose" and k == "drug":
                assert got == "tizanidine" and again.drug_key
            else:
                assert (list(got) if isinstance(got, tuple) else got) == v, (kind, k)


def test_bulk_insert_after_delete_never_reuses_an_id(diary):
    """Issue 12 finding: an import after a delete gave a new entry the deleted one's id."""
    a = log_entry(diary, "water", {"at": now_utc(), "ml": 1}, with_flags=False).id
    b = log_entry(diary, "water", {"at": now_utc(), "ml": 2}, with_flags=False).id
    delete_entry(diary, b)
    inputs = [validate_input("water", {"at": now_utc(), "ml": 3}),
              validate_input("water", {"at": now_utc(), "ml": 4})]
    # the file wants the deleted id b, and no id at all for the second entry
    got = bulk_insert(diary, inputs, [b, None])
    assert b not in got and a not in got
    assert all(i > b for i in got) and len(set(got)) == 2
    # a wanted id never handed out before is kept (an export imported into a diary)
    far = b + 100
    [kept] = bulk_insert(diary, [validate_input("water", {"at": now_utc(), "ml": 5})], [far])
    assert kept == far
    nxt = log_entry(diary, "water", {"at": now_utc(), "ml": 6}, with_flags=False).id
    assert nxt == far + 1
    assert sorted(r.ml for r in list_entries(diary, "water")) == [1, 3, 4, 5, 6]


def test_bulk_insert_signature_unchanged(diary):
    ids = bulk_insert(diary, [validate_input("water", {"at": now_utc(), "ml": 1})])
    assert len(ids) == 1
    con = sqlite3.connect(diary.path)
    seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name='entry'").fetchone()[0]
    con.close()
    assert seq == ids[0]
