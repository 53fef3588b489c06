"""The SQL of "my medicines" and of the diary's own facts (the ``meta`` table)."""

from __future__ import annotations

import sqlite3
from typing import Any

MEDICINE_COLUMNS = ("id", "name", "drug_key", "form", "usual_amount", "unit", "with_food",
                    "schedule", "started_on", "stopped_on", "note", "strength_mg")


def medicine_rows(con: sqlite3.Connection, include_stopped: bool = True) -> list[tuple[Any, ...]]:
    """Rows of ``MEDICINE_COLUMNS``, by name then id."""
    sql = f"SELECT {', '.join(MEDICINE_COLUMNS)} FROM medicine"
    if not include_stopped:
        sql += " WHERE stopped_on IS NULL"
    return con.execute(sql + " ORDER BY name, id").fetchall()


def meta_value(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])
