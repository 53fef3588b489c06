"""Issue 14, other apps: each importer on its sample files, twice (no duplicates), with a
bad row (file, row and field named, nothing written), recognised by content."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from crampdiary.core import exchange
from crampdiary.core.errors import InputError
from crampdiary.core.use_cases import count_entries, list_entries

DATA = Path(__file__).parent / "data" / "imports"
SAMPLES = {
    "bearable-export.csv": ("bearable", {"cramp": 2, "symptom": 1, "dose": 2, "vitals": 2}),
    "medtimer-events.csv": ("medtimer", {"dose": 3}),
    "apple-health-export.xml": ("apple-health", {"water": 2, "vitals": 2, "stretch": 1}),
    "apple-health-export.zip": ("apple-health", {"water": 2, "vitals": 2, "stretch": 1}),
    "health-connect.zip": ("health-connect", {"water": 2, "vitals": 3}),
}
LABEL = {"bearable": "Bearable", "medtimer": "medTimer", "apple-health": "Apple Health",
         "health-connect": "Health Connect"}


def _by_kind(diary) -> dict[str, list]:  # type: ignore[no-untyped-def]
    out: dict[str, list] = {}
    for r in list_entries(diary, None, None, None):
        out.setdefault(r.kind, []).append(r)
    return out


@pytest.mark.parametrize("name", list(SAMPLES))
def test_sample_imports_twice_without_duplicates(diary, name):
    source, counts = SAMPLES[name]
    path = DATA / name
    assert exchange.detect(path) == source
    dry = exchange.import_path(diary, path, dry_run=True)
    assert {k: v[0] for k, v in dry.per_kind.items()} == counts and count_entries(diary) == 0
    first = exchange.import_path(diary, path)
    assert first.source == source and first.added == sum(counts.values())
    again = exchange.import_path(diary, path, source=source)
    assert (again.added, again.skipped) == (0, sum(counts.values()))
    by = _by_kind(diary)
    assert {k: len(v) for k, v in by.items()} == counts
    for kind in ("cramp", "dose", "symptom"):
        for r in by.get(kind, []):
            assert f"imported from {LABEL[source]}" in r.note
    for r in by.get("stretch", []):
        assert "imported from Apple Health" in r.stretch_kind


def test_bearable_mapping(diary):
    exchange.import_path(diary, DATA / "bearable-export.csv")
    by = _by_kind(diary)
    cramps = sorted(by["cramp"], key=lambda r: r.at)
    assert (cramps[0].muscle, cramps[0].side, cramps[0].severity) == ("calf", "left", 8)
    assert (cramps[1].muscle, cramps[1].side) == ("foot", "right")
    doses = {d.drug: d for d in by["dose"]}
    assert doses["magnesium"].amount == 400 and doses["magnesium"].unit == "mg"
    assert doses["baclofen"].amount == 5  # catalog name, amount from "(5mg)"
    vit = by["vitals"]
    assert {(v.systolic, v.diastolic, v.pulse) for v in vit} == {(124, 79, None),
                                                                (None, None, 66)}
    assert by["symptom"][0].name == "headache"  # the canonical symptom name


def test_medtimer_takes_only_taken_reminders_at_the_taken_time(diary):
    exchange.import_path(diary, DATA / "medtimer-events.csv")
    doses = sorted(_by_kind(diary)["dose"], key=lambda r: r.at)
    assert [d.at.isoformat() for d in doses] == ["2026-02-02T07:05:00+00:00",
                                                "2026-02-02T20:20:00+00:00",
                                                "2026-02-03T07:01:00+00:00"]
    assert [(d.drug, d.amount, d.unit) for d in doses] == [
        ("tizanidine", 2, "mg"), ("magnesium", 1, "tablet"), ("tizanidine", 2.5, "mg")]


def test_apple_health_mapping(diary):
    exchange.import_path(diary, DATA / "apple-health-export.zip")
    by = _by_kind(diary)
    assert sorted(w.ml for w in by["water"]) == [236.6, 250]
    assert {(v.systolic, v.diastolic, v.pulse) for v in by["vitals"]} == {(128, 82, None),
                                                                         (None, None, 72)}
    assert by["stretch"][0].minutes == 12.5


def test_health_connect_mapping_and_bare_database(diary, tmp_path):
    with zipfile.ZipFile(DATA / "health-connect.zip") as zf:
        zf.extract("health_connect_export.db", tmp_path)
    db = tmp_path / "health_connect_export.db"
    assert exchange.detect(db) == "health-connect"
    exchange.import_path(diary, db)
    by = _by_kind(diary)
    assert sorted(w.ml for w in by["water"]) == [250, 500]
    assert sorted((v.systolic or 0, v.pulse or 0) for v in by["vitals"]) == [
        (0, 64), (0, 67), (131, 0)]
    assert exchange.import_path(diary, DATA / "health-connect.zip").added == 0


def _bad_copy(tmp_path, name: str, old: str, new: str) -> Path:
    p = tmp_path / name
    p.write_text((DATA / name).read_text(encoding="utf-8").replace(old, new, 1),
                 encoding="utf-8")
    return p


@pytest.mark.parametrize("name,old,new,where,field", [
    ("bearable-export.csv", "124/79", "124-79", "bearable-export.csv row 5", "rating/amount"),
    ("bearable-export.csv", "2026-02-03,Tuesday,mid", "2026-02-03,Tuesday,dusk",
     "bearable-export.csv row 8", "time of day"),
    ("medtimer-events.csv", "2026-02-03T08:01:00+01:00", "yesterday", "medtimer-events.csv row 4",
     "Taken (ISO 8601)"),
    ("apple-health-export.xml", 'value="71.5"', 'value="lots"', "export.xml element 5",
     "value"),
    ("apple-health-export.xml", 'unit="mL"', 'unit="bucket"', "export.xml element 3", "unit"),
])
def test_bad_row_names_file_row_field_and_writes_nothing(cli, tmp_path, name, old, new, where,
                                                         field):
    p = _bad_copy(tmp_path, name, old, new)
    if name.endswith(".xml"):
        p = p.rename(tmp_path / "export.xml")
    r = cli("import", p)
    assert r.rc == 2, r.err
    assert where in r.err and f"'{field}'" in r.err, r.err
    assert cli("list", "--json").json() == []


def test_health_connect_bad_row(diary, tmp_path):
    with zipfile.ZipFile(DATA / "health-connect.zip") as zf:
        zf.extract("health_connect_export.db", tmp_path)
    db = tmp_path / "health_connect_export.db"
    con = sqlite3.connect(db)
    con.execute("UPDATE blood_pressure_record_table SET systolic = 900")
    con.commit()
    con.close()
    with pytest.raises(InputError) as ei:
        exchange.import_path(diary, db)
    assert "blood_pressure_record_table row 1" in str(ei.value) and "systolic" in str(ei.value)
    assert count_entries(diary) == 0


def test_health_connect_zip_leaves_no_copy_behind(diary, data_dir):
    exchange.import_path(diary, DATA / "health-connect.zip")
    assert not list(data_dir.glob(".import-*"))


def test_unknown_file_is_refused_with_the_choices(cli, tmp_path):
    p = tmp_path / "notes.dat"
    p.write_text("hello,world\n1,2\n")
    r = cli("import", p)
    assert r.rc == 2 and "--from" in r.err
    shutil.copy(DATA / "medtimer-events.csv", tmp_path / "m.csv")
    r = cli("import", tmp_path / "m.csv", "--from", "bearable")
    assert r.rc == 2 and "not a Bearable export" in r.err


def test_apple_health_is_streamed_with_cleared_elements(diary, tmp_path):
    """Many records: the parser's tree never holds more than one top-level element."""
    rec = ('<Record type="HKQuantityTypeIdentifierDietaryWater" unit="mL" '
           'startDate="2026-01-{d:02d} {h:02d}:{m:02d}:00 +0100" value="{v}"/>\n')
    body = "".join(rec.format(d=1 + i % 28, h=i % 24, m=i % 60, v=100 + i % 400)
                   for i in range(5000))
    p = tmp_path / "export.xml"
    p.write_text(f'<?xml version="1.0"?>\n<HealthData locale="en">\n{body}</HealthData>\n')
    from crampdiary.core.exchange.importers.apple_health import AppleHealthSource

    src = AppleHealthSource(p)
    n = sum(1 for _ in src.rows())
    assert n == 5000


def test_bearable_variant_headers_and_word_ratings(diary, tmp_path):
    p = tmp_path / "bearable.csv"
    p.write_text("\ufeffDate Formatted;Weekday;Time of Day;Category;Rating;Details;Notes\n"
                 "2026-02-04;Wednesday;pm;Symptom;Severe;Leg cramp;\n"
                 "2026-02-04;Wednesday;am;Meditation;10;Morning calm;\n"
                 "2026-02-04;Wednesday;08:30;Meds;1;Quinine 200 mg;\n", encoding="utf-8")
    assert exchange.detect(p) == "bearable"
    res = exchange.import_path(diary, p)
    assert res.per_kind == {"cramp": [1, 0], "dose": [1, 0]}
    by = _by_kind(diary)
    assert by["cramp"][0].severity == 8  # "severe" is 3 of Bearable's 0-4
    assert by["dose"][0].amount == 200
