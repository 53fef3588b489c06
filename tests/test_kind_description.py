"""Issue 18: a field declared in the kind description reaches storage, the CSV and JSON
exports and both importers, ``list --json``, the FHIR export, the one-line text of the
history table and the command line (``core.describe``) and the report's full log
(``report.rows.log_table``) without further edits.

The test adds a test-only field, ``temp_c`` (how warm a drink was), to the ``water``
kind in a fresh interpreter, before anything else reads the descriptions, with how it is
shown (``kinds.Show``).  Besides the description it declares only what a field needs by
nature: the record attribute, the validator and the column (a real field gets those in
``records``, ``inputs``, ``models`` and a migration).  Everything below that is expected
to follow on its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r'''
import dataclasses, json, sys
from pathlib import Path

from crampdiary.core import kinds

water = kinds.KINDS["water"]
kinds.KINDS["water"] = dataclasses.replace(
    water, fields=(*water.fields, kinds.FieldSpec(
        "temp_c", public="temperature_c",
        show=kinds.Show("Warmth", "at {value} °C", unit="°C", fmt="num"))),
    csv_order=(*water.csv_order, "temperature_c"))

from crampdiary.core import inputs, records  # noqa: E402


@dataclasses.dataclass(frozen=True, slots=True)
class Water(records.Water):
    temp_c: float | None = None


records.RECORD_TYPES["water"] = Water


def temp(v):
    v = float(v)
    if not 0 <= v <= 100:
        raise ValueError("must be from 0 to 100")
    return v


class WaterIn(inputs.WaterIn):
    FIELDS = (*inputs.WaterIn.FIELDS, inputs._Spec("temp_c", temp))
    temp_c: float | None = None


inputs.INPUT_MODELS["water"] = WaterIn

from crampdiary.core import use_cases as uc  # noqa: E402
from crampdiary.core import exchange  # noqa: E402
from crampdiary.core.db import open_diary  # noqa: E402


def opened(folder):
    import os
    os.environ["CRAMPDIARY_DATA_DIR"] = str(folder)
    d = open_diary()
    with d.sql_write() as con:
        cols = [r[1] for r in con.execute("PRAGMA table_info(water)")]
        if "temp_c" not in cols:
            con.execute("ALTER TABLE water ADD COLUMN temp_c REAL")
    return d


out = {}
tmp = Path(sys.argv[1])
d = opened(tmp / "one")
rec = uc.log_entry(d, "water", {"at": "2026-03-01T08:00", "ml": 250, "drink": "tea",
                                "temp_c": 60}).record
out["record"] = rec.temp_c
out["public"] = records.to_public(rec)
out["csv_row"] = records.csv_row(rec)
exchange.export(d, "csv", tmp / "csv")
out["csv"] = (tmp / "csv" / "water.csv").read_text(encoding="utf-8").splitlines()
exchange.export(d, "json", tmp / "e.json")
out["json"] = [e for e in json.loads((tmp / "e.json").read_text())["entries"]
               if e["kind"] == "water"]
exchange.export(d, "fhir", tmp / "f.json")
out["fhir"] = [e["resource"] for e in json.loads((tmp / "f.json").read_text())["entry"]
               if e["resource"]["resourceType"] == "Observation"]
from crampdiary.core.describe import describe  # noqa: E402

out["describe"] = describe(rec)
from PySide6.QtWidgets import QApplication  # noqa: E402

from crampdiary.ui.history import HistoryModel  # noqa: E402

app = QApplication([])
model = HistoryModel(d)
out["history"] = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
from crampdiary.report import rows  # noqa: E402

out["log_head"], out["log_rows"] = rows.log_table("water", uc.list_entries(d, "water"))
out["log_extra"] = rows.log_table("water", uc.list_entries(d, "water"), skip=("ml", "drink"),
                                  when=False)
from datetime import date  # noqa: E402

from crampdiary.report import write_report  # noqa: E402

write_report(d, tmp / "r.pdf", date(2026, 3, 1), date(2026, 3, 1), full_log=True)
import subprocess  # noqa: E402

out["pdf_text"] = subprocess.run(["pdftotext", "-layout", str(tmp / "r.pdf"), "-"],
                                 capture_output=True, text=True, check=True).stdout
d.close()

d2 = opened(tmp / "two")
exchange.import_path(d2, tmp / "csv")
out["csv_back"] = [w.temp_c for w in uc.list_entries(d2, "water")]
d3 = opened(tmp / "three")
exchange.import_path(d3, tmp / "e.json")
out["json_back"] = [w.temp_c for w in uc.list_entries(d3, "water")]
print(json.dumps(out))
'''


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The test-only field registered in the kinds registry of a fresh interpreter (before
    storage builds its statements from it), one drink logged with it, and what each
    format and view made of that drink."""
    tmp = tmp_path_factory.mktemp("kind")
    env = dict(os.environ, TZ="Europe/Berlin", QT_QPA_PLATFORM="offscreen",
               CRAMPDIARY_LANG="en")
    res = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def test_the_field_is_stored_and_public(extended):
    assert extended["record"] == 60
    assert extended["public"]["temperature_c"] == 60 and "temp_c" not in extended["public"]


def test_the_field_reaches_csv_and_json_and_comes_back(extended):
    # CSV and JSON under the public name, after the other columns
    assert extended["csv"][0] == "id,at,ml,drink,temperature_c"
    assert extended["csv"][1].endswith(",tea,60")
    assert extended["json"][0]["temperature_c"] == 60
    # and back in through both importers
    assert extended["csv_back"] == [60] and extended["json_back"] == [60]


def test_the_field_reaches_fhir(extended):
    # it rides along on the drink's Observation, named by its label
    (obs,) = extended["fhir"]
    (extra,) = [c for c in obs["component"]
                if c["code"].get("coding", [{}])[0].get("code") == "temperature_c"]
    assert extra["code"]["text"] == "Warmth" and extra["valueQuantity"]["value"] == 60
    assert obs["valueQuantity"]["value"] == 250


def test_the_field_reaches_the_history_table(extended):
    # the one-line text (History, ``list``) and the history table model's Details column
    assert extended["describe"] == "250 ml tea, at 60 °C"
    assert extended["history"] == ["250 ml tea, at 60 °C"]


def test_the_field_reaches_the_report_log(extended):
    # the report's full log: a column with its label, the value with its unit
    assert extended["log_head"] == ["Date", "Time", "Amount", "Drink", "Warmth"]
    assert extended["log_rows"][0][2:] == ["250 ml", "Tea", "60 °C"]
    # what a table laid out by hand adds after the fields it knows
    assert extended["log_extra"] == [["Warmth"], [["60 °C"]]]
    # and the PDF itself (the full log shows every drink with the new column)
    text = extended["pdf_text"]
    assert "Drinks, every entry" in text and "Warmth" in text and "60 °C" in text


def test_a_field_without_words_is_still_shown_by_its_public_name():
    from crampdiary.core.describe import log_cell
    from crampdiary.core.kinds import FieldSpec

    f = FieldSpec("cup_size", public="cup_size")
    assert f.show is not None and f.show.label == "Cup size"
    assert log_cell(f, 3) == "3" and log_cell(f, None) == ""
    assert f.show.text.format(value=3) == "Cup size: 3"


def test_the_six_kinds_read_as_before_and_in_german(monkeypatch):
    from datetime import datetime, timezone

    from crampdiary.core import i18n
    from crampdiary.core.describe import describe
    from crampdiary.core.records import Cramp, Dose, Stretch, Symptom, Vitals, Water
    from crampdiary.report import rows

    at = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    cramp = Cramp(1, at, "calf", 7, "left", 190, True, ("stretch",), 6, (), None, None)
    flagged = Cramp(2, at, "foot", 3, None, None, False, (), 5, ("weakness",), "long walk",
                    "again")
    dose = Dose(3, at, "tizanidine", 4.0, "tizanidine", "mg", "tablet", True, "x")
    assert describe(cramp) == ("Calf (left), severity 7/10, 3 min 10 s, woke me, relief: "
                               "stretching (helped 6/10)")
    # a score without a relief is not shown on its own; the note after a dash
    assert describe(flagged) == ("Foot (sole or arch), severity 3/10, RED FLAG: New muscle "
                                 "weakness, trigger: long walk — again")
    assert describe(dose) == "tizanidine 4 mg (tablet, with food) — x"
    assert describe(Water(4, at, 250.0, "water")) == "250 ml water"
    assert describe(Stretch(5, at, 10.0, "wall")) == "10 min stretching (wall)"
    assert describe(Vitals(6, at, 120, 80, 60)) == "BP 120/80 mmHg, pulse 60/min"
    assert describe(Symptom(7, at, "dizzy", 2, None)) == "dizzy, severity 2/10"
    head, (row,) = rows.log_table("cramp", [cramp])
    assert head[2:5] == ["Area", "Sev.", "Side"] and row[2:5] == ["Calf", "7", "Left"]
    i18n.set_language("de")
    try:
        assert describe(cramp) == ("Wade (links), Stärke 7/10, 3 Min. 10 Sek., hat mich geweckt, "
                                   "Linderung: Dehnen (geholfen 6/10)")
        assert describe(dose) == "tizanidine 4 mg (Tablette, mit Essen) — x"
        assert rows.log_table("cramp", [cramp])[0][:3] == ["Datum", "Uhrzeit", "Bereich"]
    finally:
        i18n.set_language(None)
