"""The SQL of "my medicines" and of the diary's own facts (the ``meta`` table).

Medicines belong to one person: every statement here reads or writes the list of
the person the connection serves (``storage.people.person_of``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .people import person_of

MEDICINE_COLUMNS = ("id", "name", "drug_key", "form", "usual_amount", "unit", "with_food",
                    "schedule", "started_on", "stopped_on", "note", "strength_mg")


def medicine_rows(con: sqlite3.Connection, include_stopped: bool = True) -> list[tuple[Any, ...]]:
    """The person's rows of ``MEDICINE_COLUMNS``, by name then id."""
    sql = f"SELECT {', '.join(MEDICINE_COLUMNS)} FROM medicine WHERE person_id = ?"
    if not include_stopped:
        sql += " AND stopped_on IS NULL"
    return con.execute(sql + " ORDER BY name, id", (person_of(con),)).fetchall()


def has_strength(con: sqlite3.Connection) -> bool:
    """Whether the medicine table has ``strength_mg`` (schema 4)."""
    return any(r[1] == "strength_mg" for r in con.execute("PRAGMA table_info(medicine)"))


def medicine_dicts(con: sqlite3.Connection, columns: Sequence[str]) -> list[dict[str, Any]]:
    """The person's medicines as dicts of ``columns`` (``id`` first), by name then id."""
    cols = list(columns)
    sql = f"SELECT {', '.join(cols)} FROM medicine WHERE person_id = ? ORDER BY name, id"
    return [dict(zip(cols, r, strict=True)) for r in con.execute(sql, (person_of(con),))]


def medicine_names(con: sqlite3.Connection) -> list[str]:
    """The names on the person's list (current and stopped)."""
    return [str(r[0]) for r in con.execute("SELECT name FROM medicine WHERE person_id = ?",
                                           (person_of(con),))]


def insert_medicine(con: sqlite3.Connection, values: Mapping[str, Any]) -> int:
    """Add a medicine (column -> stored value) to the person's list; return its id."""
    cols = [c for c in values if c != "person_id"]
    cur = con.execute(f"INSERT INTO medicine ({', '.join(cols)}, person_id) VALUES "
                      f"({', '.join('?' for _ in cols)}, ?)",
                      [*(values[c] for c in cols), person_of(con)])
    return int(cur.lastrowid)  # type: ignore[arg-type]


def update_medicine(con: sqlite3.Connection, medicine_id: int,
                    values: Mapping[str, Any]) -> bool:
    """Change one of the person's medicines; False when the person has no such one."""
    cols = [c for c in values if c not in ("id", "person_id")]
    cur = con.execute(f"UPDATE medicine SET {', '.join(c + ' = ?' for c in cols)} "
                      "WHERE id = ? AND person_id = ?",
                      [*(values[c] for c in cols), medicine_id, person_of(con)])
    return cur.rowcount > 0


def meta_value(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def medicine_columns(con: sqlite3.Connection) -> set[str]:
    """The columns the diary's ``medicine`` table has (``strength_mg`` came with schema 4)."""
    return {str(r[1]) for r in con.execute("PRAGMA table_info(medicine)")}


def select_medicines(con: sqlite3.Connection, cols: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The person's rows of ``cols`` (names from ``MEDICINE_COLUMNS``), by name then id."""
    return iter(con.execute(f"SELECT {', '.join(cols)} FROM medicine WHERE person_id = ? "
                            "ORDER BY name, id", (person_of(con),)))
