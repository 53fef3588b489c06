"""Issue 6: CSV and JSON export/import round trips, refusals, formats on disk."""

from __future__ import annotations

import csv
import json
import os
import stat
from pathlib import Path

import pytest

from crampdiary.core.records import COLUMNS, CSV_FILES

AWKWARD = [
    'He said "ouch", then\nslept; badly',
    "Comma, comma, \"quote\" and a\r\nWindows line break",
    "Кривая судорога — ночью 夜中に足がつった 🦵😖",
    "=HYPERLINK(\"http://x\")",
    "-5 degrees outside",
    "'already quoted",
    "  leading and trailing spaces  ",
    "Robert'); DROP TABLE entry;--",
    "مرحبا بالعالم",
]


def _fill(cli) -> None:
    """A small diary with every kind and awkward text everywhere text is allowed."""
    assert cli("log", "cramp", "--at", "2026-03-01T03:10", "--muscle", "calf", "--side", "left",
               "--severity", "7", "--duration", "1h30m", "--woke", "--relief", "stretch,massage",
               "--relief-score", "6", "--trigger", AWKWARD[3], "--note", AWKWARD[0]).rc == 0
    assert cli("log", "cramp", "--at", "2026-03-02T23:59:59", "--muscle", "foot",
               "--severity", "0", "--note", AWKWARD[2]).rc == 0
    assert cli("log", "cramp", "--at", "2026-03-29T02:30+01:00", "--muscle", "thigh-back",
               "--severity", "10", "--red-flag", "weakness", "dark-urine",
               "--trigger", AWKWARD[6], "--note", AWKWARD[1]).rc == 0
    assert cli("log", "dose", "--drug", "Zanaflex", "--amount", "4", "--at", "2026-03-01T08:00",
               "--form", "tablet", "--with-food", "yes", "--note", AWKWARD[7]).rc == 0
    assert cli("log", "dose", "--drug", "Unknown-Drug ✓", "--amount", "2.5", "--unit", "ml",
               "--at", "2026-03-01T08:30", "--with-food", "no", "--note", AWKWARD[4]).rc == 0
    assert cli("log", "water", "--ml", "250", "--drink", "electrolyte",
               "--at", "2026-03-01T09:00").rc == 0
    assert cli("log", "water", "--ml", "250", "--drink", "electrolyte",
               "--at", "2026-03-01T09:00").rc == 0  # an honest duplicate stays two entries
    assert cli("log", "stretch", "--minutes", "7.5", "--kind", AWKWARD[5],
               "--at", "2026-03-01T10:00").rc == 0
    assert cli("log", "vitals", "--systolic", "130", "--diastolic", "85", "--pulse", "72",
               "--at", "2026-03-01T11:00").rc == 0
    assert cli("log", "vitals", "--pulse", "61", "--at", "2026-03-01T11:30").rc == 0
    assert cli("log", "symptom", "--name", AWKWARD[8], "--severity", "3",
               "--at", "2026-03-01T12:00", "--note", AWKWARD[2]).rc == 0


def _dict_rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _listing(cli) -> list[dict]:
    res = cli("list", "--json")
    assert res.rc == 0
    return res.json()


def _use(data_dir: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = data_dir.parent / name
    monkeypatch.setenv("CRAMPDIARY_DATA_DIR", str(d))
    return d


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_into_empty_diary_is_identical(cli, tmp_path, data_dir, monkeypatch, fmt):
    _fill(cli)
    before = _listing(cli)
    out = tmp_path / f"export.{fmt}"
    res = cli("export", "--format", fmt, "--out", out)
    assert res.rc == 0, res.err
    assert "11" in res.out
    _use(data_dir, "other", monkeypatch)
    res = cli("import", out)
    assert res.rc == 0, res.err
    assert "imported 11" in res.out
    # same ids, times, values and text; CR LF inside a cell comes back as LF (CONTRACT 4)
    assert _listing(cli) == json.loads(json.dumps(before).replace("\\r\\n", "\\n"))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_import_into_non_empty_diary_skips_present(cli, tmp_path, data_dir, monkeypatch, fmt):
    _fill(cli)
    out = tmp_path / f"export.{fmt}"
    assert cli("export", "--format", fmt, "--out", out).rc == 0
    # the same diary: everything is already there
    res = cli("import", out)
    assert res.rc == 0 and "imported 0" in res.out and "skipped 11" in res.out
    assert len(_listing(cli)) == 11
    # a second diary that shares part of the data and has its own entries
    _use(data_dir, "other", monkeypatch)
    assert cli("log", "water", "--ml", "250", "--drink", "electrolyte",
               "--at", "2026-03-01T09:00").rc == 0
    assert cli("log", "cramp", "--at", "2026-03-01T03:10", "--muscle", "calf", "--side", "left",
               "--severity", "7", "--duration", "5400", "--woke", "--relief", "stretch,massage",
               "--relief-score", "6", "--trigger", AWKWARD[3], "--note", AWKWARD[0]).rc == 0
    assert cli("log", "water", "--ml", "100", "--at", "2026-02-01T09:00").rc == 0
    res = cli("import", out)
    assert res.rc == 0, res.err
    assert "imported 9" in res.out and "skipped 2" in res.out
    items = _listing(cli)
    assert len(items) == 12
    # no duplicates beyond the two genuine identical drinks of the source diary
    keys = [json.dumps({k: v for k, v in i.items() if k != "id"}, sort_keys=True) for i in items]
    dup = [k for k in set(keys) if keys.count(k) > 1]
    assert len(dup) == 1 and '"ml": 250' in dup[0] and keys.count(dup[0]) == 2
    assert len({i["id"] for i in items}) == 12
    # importing again changes nothing
    res = cli("import", out)
    assert "imported 0" in res.out and len(_listing(cli)) == 12


def test_csv_files_are_spreadsheet_clean(cli, tmp_path):
    _fill(cli)
    out = tmp_path / "csvout"
    assert cli("export", "--format", "csv", "--out", out).rc == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o700
    assert sorted(p.name for p in out.iterdir()) == sorted(CSV_FILES.values())
    for kind, name in CSV_FILES.items():
        p = out / name
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
        raw = p.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM: header names stay clean
        with open(p, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
            fh.seek(0)
            header = next(csv.reader(fh))
        assert tuple(header) == COLUMNS[kind]
        for row in rows:
            for col, v in row.items():
                if col in ("started_at", "taken_at", "at"):
                    assert v[10] == "T" and v[-6] in "+-" and v[-3] == ":"
                if col in ("woke", "with_food") and v:
                    assert v in ("true", "false")
    cramps = _dict_rows(out / "cramps.csv")
    assert cramps[0]["note"] == AWKWARD[0]
    assert cramps[0]["relief"] == "stretch;massage"
    assert cramps[0]["trigger"] == "'" + AWKWARD[3]  # formula guarded for spreadsheets
    assert cramps[0]["started_at"] == "2026-03-01T03:10:00+01:00"
    assert cramps[1]["side"] == "" and cramps[1]["duration_s"] == ""
    assert cramps[2]["red_flags"] == "weakness;dark-urine"
    assert cramps[2]["started_at"] == "2026-03-29T03:30:00+02:00"  # after the DST change
    assert cramps[2]["note"] == AWKWARD[1]
    doses = _dict_rows(out / "doses.csv")
    assert doses[0]["drug"] == "tizanidine" and doses[0]["with_food"] == "true"
    assert doses[1]["with_food"] == "false" and doses[1]["amount"] == "2.5"
    assert doses[1]["note"] == "'" + AWKWARD[4]


def test_json_export_shape(cli, tmp_path, diary):
    from crampdiary.core.use_cases import save_medicine

    save_medicine(diary, {"name": "zanaflex", "usual_amount": 4, "schedule": ["08:00", "20:00"]})
    _fill(cli)
    out = tmp_path / "all.json"
    assert cli("export", "--format", "json", "--out", out).rc == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "crampdiary" and doc["version"] == 1
    assert doc["entries"] == _listing(cli)
    assert doc["medicines"][0]["name"] == "tizanidine"
    assert doc["medicines"][0]["schedule"] == "08:00;20:00"


def test_json_import_brings_medicines(cli, tmp_path, diary, data_dir, monkeypatch):
    from crampdiary.core.db import open_diary
    from crampdiary.core.use_cases import list_medicines, save_medicine

    save_medicine(diary, {"name": "zanaflex", "usual_amount": 4, "schedule": ["08:00", "20:00"]})
    out = tmp_path / "m.json"
    assert cli("export", "--format", "json", "--out", out).rc == 0
    _use(data_dir, "other", monkeypatch)
    assert cli("import", out).rc == 0
    assert cli("import", out).rc == 0
    with open_diary() as d2:
        meds = list_medicines(d2)
    assert [(m.name, m.schedule, m.usual_amount) for m in meds] == [("tizanidine", "08:00;20:00", 4.0)]


def test_date_range_filter_uses_local_days(cli, tmp_path):
    # 00:30 local on 2 March is 23:30 UTC on 1 March: it belongs to 2 March.
    assert cli("log", "water", "--ml", "100", "--at", "2026-03-01T23:59").rc == 0
    assert cli("log", "water", "--ml", "200", "--at", "2026-03-02T00:30").rc == 0
    assert cli("log", "water", "--ml", "300", "--at", "2026-03-03T00:00").rc == 0
    out = tmp_path / "d.json"
    res = cli("export", "--format", "json", "--out", out, "--from", "2026-03-02", "--to", "2026-03-02")
    assert res.rc == 0 and "exported 1 " in res.out
    doc = json.loads(out.read_text())
    assert [e["ml"] for e in doc["entries"]] == [200]
    assert doc["from"] == "2026-03-02"


def test_import_hand_written_csv(cli, tmp_path):
    """No id column, times without offset (local), some files missing, a BOM, CRLF."""
    folder = tmp_path / "hand"
    folder.mkdir()
    (folder / "cramps.csv").write_bytes(
        "\ufeffstarted_at,muscle,severity,note,woke\r\n"
        "2026-03-01T03:10,Calf,5,\"a, b\",yes\r\n"
        "2026-07-01 03:10:00,foot,6,,\r\n".encode("utf-8"))
    (folder / "water.csv").write_text("id,at,ml,drink\n,2026-03-01T09:00Z,330,\n", encoding="utf-8")
    res = cli("import", folder)
    assert res.rc == 0, res.err
    assert "imported 3" in res.out
    items = _listing(cli)
    assert [i["kind"] for i in items] == ["cramp", "water", "cramp"]
    assert items[0]["started_at"] == "2026-03-01T03:10:00+01:00" and items[0]["woke"] is True
    assert items[0]["muscle"] == "calf" and items[0]["note"] == "a, b"
    assert items[1]["at"] == "2026-03-01T10:00:00+01:00" and items[1]["drink"] == "water"
    assert items[2]["started_at"] == "2026-07-01T03:10:00+02:00" and items[2]["woke"] is False


def test_import_keeps_free_ids_and_renumbers_taken_ones(cli, tmp_path):
    """A file's id is kept only when no entry has it and it was never handed out: the id
    of a deleted entry is not given to another one (an old link to it must not point at
    an imported stranger)."""
    for ml, day in ((100, "01"), (110, "02"), (120, "03")):  # ids 1, 2, 3
        assert cli("log", "water", "--ml", str(ml), "--at", f"2026-03-{day}T08:00").rc == 0
    assert cli("delete", "3").rc == 0  # id 3 is free now, but was handed out
    folder = tmp_path / "ids"
    folder.mkdir()
    (folder / "water.csv").write_text(
        "id,at,ml,drink\n"
        "1,2026-03-05T09:00+01:00,330,water\n"  # taken by an entry
        "3,2026-03-06T09:00+01:00,340,water\n"  # free, but the deleted entry's id
        "50,2026-03-07T09:00+01:00,200,tea\n"  # free and never handed out: kept
        ",2026-03-08T09:00+01:00,150,coffee\n", encoding="utf-8")  # no id: the next one
    assert cli("import", folder).rc == 0
    got = {i["ml"]: i["id"] for i in _listing(cli)}
    assert (got[100], got[110], got[200]) == (1, 2, 50)
    assert 120 not in got
    # the others get new ids: above every id handed out before the import, none twice
    new = {got[330], got[340], got[150]}
    assert len(new) == 3 and min(new) > 3 and 50 not in new


def _bad_csv(tmp_path: Path, name: str, body: str) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir(exist_ok=True)
    (folder / "water.csv").write_text("id,at,ml,drink\n1,2026-03-01T09:00,330,water\n",
                                      encoding="utf-8")
    (folder / name).write_text(body, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name, body, expect", [
    ("cramps.csv", "id,started_at,muscle,severity\n1,2026-03-01T03:00,calf,5\n"
                   "2,2026-03-02T03:00,calf,11\n", ["cramps.csv", "row 2", "severity"]),
    ("cramps.csv", "started_at,muscle,severity\n2026-03-01T03:00,elbow,5\n",
     ["cramps.csv", "row 1", "muscle"]),
    ("doses.csv", "taken_at,drug,amount\n2026-03-01T08:00,tizanidine,-4\n",
     ["doses.csv", "row 1", "amount"]),
    ("doses.csv", "taken_at,drug,amount\n2026-03-01T08:00,tizanidine,4\nyesterday,x,1\n",
     ["doses.csv", "row 2", "taken_at"]),
    ("vitals.csv", "at,systolic,diastolic,pulse\n2026-03-01T08:00,120,130,\n",
     ["vitals.csv", "row 1", "diastolic"]),
    ("symptoms.csv", "at,name,severity,colour\n2026-03-01T08:00,x,1,red\n",
     ["symptoms.csv", "colour"]),
    ("stretches.csv", "at,minutes,kind\n2026-03-01T08:00,0,wall\n",
     ["stretches.csv", "row 1", "minutes"]),
    ("water.csv", "id,at,ml,drink\nabc,2026-03-01T09:00,330,water\n", ["water.csv", "row 1", "id"]),
    ("cramps.csv", "started_at,muscle,severity\n2099-03-01T03:00,calf,5\n",
     ["cramps.csv", "row 1", "started_at"]),
    ("cramps.csv", "muscle,severity\ncalf,5\n", ["cramps.csv", "started_at"]),
    ("cramps.csv", "started_at,muscle,severity\n2026-03-01T03:00,calf\n", ["cramps.csv", "row 1"]),
])
def test_bad_csv_row_refuses_everything(cli, tmp_path, name, body, expect):
    assert cli("log", "water", "--ml", "100", "--at", "2026-03-01T08:00").rc == 0
    before = _listing(cli)
    res = cli("import", _bad_csv(tmp_path, name, body))
    assert res.rc == 2, (res.out, res.err)
    for word in expect:
        assert word in res.err, res.err
    assert _listing(cli) == before


@pytest.mark.parametrize("content, expect", [
    (b"\x00\x01\x02binary\xff" * 100, "binary"),
    (b"\xff\xfe not utf8", "UTF-8"),
    (b"{\"entries\": 5}", "not a Cramp Diary export"),
    (b"[1, 2]", "entry 1"),
    (b"{not json", "not valid JSON"),
    (b"{\"format\": \"crampdiary\", \"version\": 99, \"entries\": []}", "newer version"),
    (b"{\"resourceType\": \"Bundle\", \"type\": \"collection\"}", "FHIR"),
    (b"[{\"kind\": \"cramp\", \"started_at\": \"2026-03-01T03:00\", \"muscle\": \"calf\", "
     b"\"severity\": 4}, {\"kind\": \"dose\", \"taken_at\": \"2026-03-01T03:00\", \"drug\": "
     b"\"x\", \"amount\": \"lots\"}]", "entry 2"),
    (b"[{\"kind\": \"tea party\", \"at\": \"2026-03-01T03:00\"}]", "kind"),
])
def test_refused_json_files(cli, tmp_path, content, expect):
    assert cli("log", "water", "--ml", "100", "--at", "2026-03-01T08:00").rc == 0
    before = _listing(cli)
    p = tmp_path / "x.json"
    p.write_bytes(content)
    res = cli("import", p)
    assert res.rc == 2, (res.out, res.err)
    assert expect in res.err and "x.json" in res.err
    assert _listing(cli) == before


def test_refused_huge_file(cli, tmp_path, monkeypatch):
    from crampdiary.core import exchange

    monkeypatch.setattr(exchange.reader, "MAX_IMPORT_BYTES", 1000)
    p = tmp_path / "big.json"
    p.write_text("[" + ",".join(["{}"] * 1000) + "]")
    res = cli("import", p)
    assert res.rc == 2 and "too large" in res.err


def test_import_of_missing_or_empty_folder(cli, tmp_path):
    assert cli("import", tmp_path / "nope").rc == 2
    (tmp_path / "empty").mkdir()
    res = cli("import", tmp_path / "empty")
    assert res.rc == 2 and "cramps.csv" in res.err
    # an export of an empty diary imports as nothing
    assert cli("export", "--format", "csv", "--out", tmp_path / "e").rc == 0
    res = cli("import", tmp_path / "e")
    assert res.rc == 0 and "imported 0" in res.out


def test_single_csv_file_and_list_json_array(cli, tmp_path, data_dir, monkeypatch):
    _fill(cli)
    out = tmp_path / "c"
    assert cli("export", "--format", "csv", "--out", out).rc == 0
    arr = tmp_path / "list.json"
    arr.write_text(cli("list", "--json").out, encoding="utf-8")
    before = _listing(cli)
    _use(data_dir, "other", monkeypatch)
    assert "imported 3" in cli("import", out / "cramps.csv").out
    assert "imported 8" in cli("import", arr).out
    assert _listing(cli) == json.loads(json.dumps(before).replace("\\r\\n", "\\n"))


def test_export_refuses_bad_targets(cli, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x")
    assert cli("export", "--format", "csv", "--out", f).rc == 2
    assert cli("export", "--format", "json", "--out", tmp_path).rc == 2
    assert cli("export", "--format", "xml", "--out", tmp_path / "x").rc == 2


def test_import_is_one_transaction(diary, tmp_path, monkeypatch):
    """A failure while writing leaves nothing behind."""
    from crampdiary.core import exchange
    from crampdiary.core.use_cases import count_entries

    folder = tmp_path / "ok"
    folder.mkdir()
    (folder / "water.csv").write_text("at,ml\n2026-03-01T09:00,330\n2026-03-02T09:00,200\n")
    (folder / "cramps.csv").write_text("started_at,muscle,severity\n2026-03-01T03:00,calf,4\n")
    calls = []

    def boom(con, meds, dry_run):  # called inside the transaction only for medicines
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(exchange.engine, "_add_medicines", boom)
    doc = {"format": "crampdiary", "version": 1, "medicines": [{"name": "x"}],
           "entries": [{"kind": "water", "at": "2026-03-01T09:00", "ml": 5}]}
    p = tmp_path / "m.json"
    p.write_text(json.dumps(doc))
    with pytest.raises(RuntimeError):
        exchange.import_path(diary, p)
    assert count_entries(diary) == 0 and not calls
    assert exchange.import_path(diary, folder).added == 3


def test_csv_export_into_an_existing_folder_keeps_its_mode(cli, tmp_path):
    folder = tmp_path / "Desktop"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / "unrelated.txt").write_text("mine")
    assert cli("export", "--format", "csv", "--out", folder).rc == 0
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o755
    assert (folder / "unrelated.txt").read_text() == "mine"
    assert (folder / "cramps.csv").is_file()
