"""Build ``schema_v3.sqlite3``: a diary exactly as schema version 3 stored it.

Run from the repository root:  ``.venv/bin/python tests/data/make_v3.py``

Version 3 is version 2 plus its one step (``entry`` rebuilt with AUTOINCREMENT), so
the file is the v2 diary of ``make_v2.py`` with that step applied.  Kept in the
repository; ``tests/test_migrations.py`` opens a copy with the current program.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_v2 import ENTRIES, MEDICINES, SCHEDULES  # noqa: E402
from make_v2 import build as build_v2  # noqa: E402


def build(dest: Path) -> Path:
    build_v2(dest)
    from crampdiary.core.migrations import _v2_to_v3

    con = sqlite3.connect(dest, isolation_level=None)
    con.execute("BEGIN")
    _v2_to_v3(con)
    con.execute("PRAGMA user_version = 3")
    con.execute("COMMIT")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return dest


__all__ = ["ENTRIES", "MEDICINES", "SCHEDULES", "build"]

if __name__ == "__main__":
    print(build(HERE / "schema_v3.sqlite3"))
