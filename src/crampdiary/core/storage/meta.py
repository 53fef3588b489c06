"""The SQL of the diary's own facts: the ``meta`` table (``key TEXT PRIMARY KEY, value``).

Schema 4 creates the table; ``ensure_value`` creates it with the same shape on an
older diary so a fact can be kept before the diary is migrated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def read_value(con: sqlite3.Connection, key: str) -> str | None:
    """The value kept under ``key``; ``None`` when there is none (or no ``meta`` table yet)."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except Exception:  # noqa: BLE001  no meta table yet (any driver's error)
        return None
    return str(row[0]) if row and row[0] else None


def ensure_value(con: sqlite3.Connection, key: str, make: Callable[[], str]) -> str:
    """The value under ``key``, made by ``make()`` and kept when there is none (a write)."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row and row[0]:
        return str(row[0])
    value = make()
    con.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
    return value
