"""Build ``schema_v2.sqlite3``: a diary exactly as schema version 2 stored it.

Run from the repository root:  ``.venv/bin/python tests/data/make_v2.py``

Version 2 is version 1 plus its one step (``medicine.schedule`` and the (kind, at)
index), so the file is the v1 diary of ``make_v1.py`` with that step applied and
two schedules filled in.  Kept in the repository; ``tests/test_migrations.py``
opens a copy with the current program.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_v1 import ENTRIES, MEDICINES  # noqa: E402
from make_v1 import build as build_v1  # noqa: E402

SCHEDULES = {1: "08:00;14:00;20:00", 2: ""}


def build(dest: Path) -> Path:
    build_v1(dest)
    from crampdiary.core.migrations import _v1_to_v2

    con = sqlite3.connect(dest, isolation_level=None)
    con.execute("BEGIN")
    _v1_to_v2(con)
    for mid, sched in SCHEDULES.items():
        con.execute("UPDATE medicine SET schedule = ? WHERE id = ?", (sched, mid))
    con.execute("PRAGMA user_version = 2")
    con.execute("COMMIT")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return dest


__all__ = ["ENTRIES", "MEDICINES", "SCHEDULES", "build"]

if __name__ == "__main__":
    print(build(HERE / "schema_v2.sqlite3"))
