"""Build ``schema_v4.sqlite3``: a diary exactly as schema version 4 stored it.

Run from the repository root:  ``.venv/bin/python tests/data/make_v4.py``

Version 4 is version 3 plus its one step (medicine strengths, the diary's UUID,
people), so the file is the v3 diary of ``make_v3.py`` with that step applied; it
still has the index on entry(kind, at) that version 5 drops.  Kept in the
repository; ``tests/test_migrations.py`` opens a copy with the current program.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_v3 import ENTRIES, MEDICINES, SCHEDULES  # noqa: E402
from make_v3 import build as build_v3  # noqa: E402


def build(dest: Path) -> Path:
    build_v3(dest)
    from crampdiary.core.migrations import _v3_to_v4

    con = sqlite3.connect(dest, isolation_level=None)
    con.execute("BEGIN")
    _v3_to_v4(con)
    # the step makes a random UUID; the saved file has this one (rebuilt equal)
    con.execute("UPDATE meta SET value = '4d1a6c2e-8b0f-4c3a-9e57-2f61d0b8a904' "
                "WHERE key = 'diary_uuid'")
    con.execute("PRAGMA user_version = 4")
    con.execute("COMMIT")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return dest


__all__ = ["ENTRIES", "MEDICINES", "SCHEDULES", "build"]

if __name__ == "__main__":
    print(build(HERE / "schema_v4.sqlite3"))
