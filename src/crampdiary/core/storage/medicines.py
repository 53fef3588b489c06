"""The SQL of "my medicines" and of the diary's own facts (the ``meta`` table)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
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


def medicine_columns(con: sqlite3.Connection) -> set[str]:
    """The columns the diary's ``medicine`` table has (``strength_mg`` came with schema 4)."""
    return {str(r[1]) for r in con.execute("PRAGMA table_info(medicine)")}


def medicine_names(con: sqlite3.Connection) -> list[str]:
    """The name of every medicine on the list, stopped ones too."""
    return [str(r[0]) for r in con.execute("SELECT name FROM medicine")]


def select_medicines(con: sqlite3.Connection, cols: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Rows of ``cols`` (names from ``MEDICINE_COLUMNS``), by name then id."""
    return iter(con.execute(f"SELECT {', '.join(cols)} FROM medicine ORDER BY name, id"))


def insert_medicine(con: sqlite3.Connection, values: Mapping[str, Any]) -> None:
    """Add one medicine (``values``: column -> stored value)."""
    cols = list(values)
    con.execute(f"INSERT INTO medicine ({', '.join(cols)}) VALUES "
                f"({', '.join('?' * len(cols))})", list(values.values()))


def update_medicine(con: sqlite3.Connection, medicine_id: int, values: Mapping[str, Any]) -> None:
    """Replace the given columns of medicine ``medicine_id``."""
    cols = list(values)
    con.execute(f"UPDATE medicine SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                [*values.values(), medicine_id])
