"""Issue 18: a field declared in the kind description reaches storage, the CSV and JSON
exports and both importers and ``list --json`` without further edits; the FHIR export and
the one-line text of the history and the report (``core.describe``) keep working (their
words are written per kind: a field shows there only when it is given words).

The test adds a test-only field, ``temp_c`` (how warm a drink was), to the ``water``
kind in a fresh interpreter, before anything else reads the descriptions.  Besides the
description it declares only what a field needs by nature: the record attribute, the
validator and the column (a real field gets those in ``records``, ``inputs``, ``models``
and a migration).  Everything below that is expected to follow on its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r'''
import dataclasses, json, sys
from pathlib import Path

from crampdiary.core import kinds

water = kinds.KINDS["water"]
kinds.KINDS["water"] = dataclasses.replace(
    water, fields=(*water.fields, kinds.FieldSpec("temp_c", public="temperature_c")),
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

from crampdiary.core import diary as uc  # noqa: E402
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
out["fhir_ok"] = bool(json.loads((tmp / "f.json").read_text())["entry"])
from crampdiary.core.describe import describe  # noqa: E402

out["describe"] = describe(rec)
d.close()

d2 = opened(tmp / "two")
exchange.import_path(d2, tmp / "csv")
out["csv_back"] = [w.temp_c for w in uc.list_entries(d2, "water")]
d3 = opened(tmp / "three")
exchange.import_path(d3, tmp / "e.json")
out["json_back"] = [w.temp_c for w in uc.list_entries(d3, "water")]
print(json.dumps(out))
'''


def test_a_field_declared_in_the_kind_description_reaches_every_format(tmp_path: Path):
    env = dict(os.environ, TZ="Europe/Berlin")
    res = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["record"] == 60
    # CSV and JSON under the public name, after the other columns
    assert out["csv"][0] == "id,at,ml,drink,temperature_c"
    assert out["csv"][1].endswith(",tea,60")
    assert out["public"]["temperature_c"] == 60 and "temp_c" not in out["public"]
    assert out["json"][0]["temperature_c"] == 60
    # and back in through both importers
    assert out["csv_back"] == [60] and out["json_back"] == [60]
    assert out["fhir_ok"]
    assert "250" in out["describe"]
