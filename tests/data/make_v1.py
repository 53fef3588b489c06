"""Build ``schema_v1.sqlite3``: a diary exactly as schema version 1 stored it.

Run from the repository root:  ``.venv/bin/python tests/data/make_v1.py``

The file is kept in the repository; ``tests/test_migrations.py`` copies it and opens
the copy with the current program, which must upgrade it with every entry intact.
Only the standard library is used here (and ``SCHEMA_V1`` from the migrations
module, the schema as version 1 created it), so the file does not depend on
today's models.  ``ENTRIES`` and ``MEDICINES`` are what the test expects to find.

Times are stored the way version 1 stored them: naive UTC text
``YYYY-MM-DD HH:MM:SS.ffffff``; booleans as 0/1; lists joined with ';'.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT = 'He said "stop"; DROP TABLE entry; -- 日本語 Ελληνικά עברית 🦵\nnew line, comma'
CREATED = "2026-01-05 09:00:00.000000"

# (id, kind, at in UTC, values of the kind's table in column order)
ENTRIES = [
    (1, "cramp", "2026-03-01 02:10:00.000000",
     dict(duration_s=90, muscle="calf", side="left", severity=7, woke=1,
          relief="stretch;massage", relief_score=6, red_flags="", trigger="long walk",
          note=TEXT)),
    (2, "dose", "2026-03-01 07:00:00.000000",
     dict(drug="tizanidine", drug_key="tizanidine", amount=4.0, unit="mg", form="tablet",
          with_food=1, note=None)),
    (3, "water", "2026-03-01 08:00:00.000000", dict(ml=250.0, drink="electrolyte")),
    (4, "stretch", "2026-03-01 09:00:00.000000", dict(minutes=10.0, kind="calf wall stretch")),
    (5, "vitals", "2026-03-01 10:00:00.000000", dict(systolic=132, diastolic=84, pulse=71)),
    (6, "symptom", "2026-03-01 11:00:00.000000", dict(name="dry mouth", severity=3, note=None)),
    # the night the clocks went forward in Berlin (2026-03-29 02:00 -> 03:00)
    (7, "cramp", "2026-03-29 00:30:00.000000",
     dict(duration_s=None, muscle="foot", side=None, severity=4, woke=0, relief="",
          relief_score=None, red_flags="weakness;dark-urine", trigger=None, note=None)),
    (8, "dose", "2026-03-29 01:30:00.000000",
     dict(drug="Magnesium citrate", drug_key=None, amount=250.0, unit="mg", form=None,
          with_food=None, note=TEXT)),
    (9, "water", "2026-03-29 05:00:00.000000", dict(ml=330.0, drink="coffee")),
    (10, "stretch", "2026-03-29 06:00:00.000000", dict(minutes=2.5, kind=None)),
    (11, "vitals", "2026-03-29 07:00:00.000000", dict(systolic=None, diastolic=None, pulse=64)),
    (12, "symptom", "2026-03-29 08:00:00.000000", dict(name="Schwindel 眩暈", severity=0, note="'")),
]

MEDICINES = [
    dict(id=1, name="tizanidine", drug_key="tizanidine", form="tablet", usual_amount=4.0,
         unit="mg", with_food=1, started_on="2026-02-01", stopped_on=None, note=None),
    dict(id=2, name="Magnesium citrate", drug_key=None, form=None, usual_amount=None,
         unit="mg", with_food=None, started_on=None, stopped_on="2026-04-01", note=TEXT),
]


def build(dest: Path) -> Path:
    sys.path.insert(0, str(HERE.parent.parent / "src"))
    from crampdiary.core.migrations import SCHEMA_V1

    if dest.exists():
        dest.unlink()
    con = sqlite3.connect(dest, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("BEGIN")
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            con.execute(statement)
    for entry_id, kind, at, values in ENTRIES:
        con.execute("INSERT INTO entry (id, kind, at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (entry_id, kind, at, CREATED, CREATED))
        cols = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        con.execute(f"INSERT INTO {kind} (id, {cols}) VALUES (?, {marks})",
                    (entry_id, *values.values()))
    for med in MEDICINES:
        cols = ", ".join(med)
        marks = ", ".join("?" for _ in med)
        con.execute(f"INSERT INTO medicine ({cols}) VALUES ({marks})", tuple(med.values()))
    con.execute("PRAGMA user_version = 1")
    con.execute("COMMIT")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")  # opening the saved file leaves no -wal/-shm
    con.close()
    return dest


if __name__ == "__main__":
    print(build(HERE / "schema_v1.sqlite3"))
