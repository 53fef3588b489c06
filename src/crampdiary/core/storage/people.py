"""The SQL of people (CONTRACT section 7) and the person scope of a diary connection.

Every entry and medicine belongs to one person.  The diary's connections are
``ScopedConnection`` objects that know whose diary they read and write
(``con.person_id``); the entry and medicine SQL (``storage.entries``,
``storage.medicines``) takes the person from there through ``person_of``, so a
query cannot forget it.  A plain ``sqlite3.Connection`` has no person, and the
scoped SQL refuses it (``NoPerson``) rather than reading everyone's entries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any


class NoPerson(RuntimeError):
    """Entry or medicine SQL was run on a connection that names no person (a bug)."""


class ScopedConnection(sqlite3.Connection):
    """A diary connection that knows whose diary it serves.

    ``person_source`` is set by the ``Diary`` that opened it: a function giving the
    chosen person's id (the diary resolves the name once, on first use).
    """

    person_source: Callable[[], int] | None = None

    @property
    def person_id(self) -> int:
        source = self.person_source
        if source is None:
            raise NoPerson("this connection was opened without a person")
        return source()


def person_of(con: Any) -> int:
    """The id of the person ``con`` reads and writes for (``NoPerson`` when it has none)."""
    source = getattr(con, "person_source", None)
    if source is None:
        raise NoPerson("entry and medicine SQL needs a person-scoped diary connection")
    return int(source())


# --------------------------------------------------------------------------- people rows
PERSON_SELECT = ("SELECT p.id, p.name, p.birth_year, p.conditions, p.is_default, "
                 "(SELECT COUNT(*) FROM entry e WHERE e.person_id = p.id) FROM person p")


def person_rows(con: sqlite3.Connection, counts: bool = True) -> list[tuple[Any, ...]]:
    """(id, name, birth_year, conditions, is_default, entry count) of everyone, by id;
    without ``counts`` the count is 0 (no scan of the entries: the hot path of ``log``)."""
    if not counts:
        return con.execute("SELECT id, name, birth_year, conditions, is_default, 0 "
                           "FROM person ORDER BY id").fetchall()
    return con.execute(PERSON_SELECT + " ORDER BY p.id").fetchall()


def person_row(con: sqlite3.Connection, person_id: int) -> tuple[Any, ...] | None:
    row: tuple[Any, ...] | None = con.execute(PERSON_SELECT + " WHERE p.id = ?",
                                               (person_id,)).fetchone()
    return row


def names_and_ids(con: sqlite3.Connection) -> list[tuple[int, str]]:
    return [(int(r[0]), str(r[1])) for r in con.execute("SELECT id, name FROM person")]


def insert_person(con: sqlite3.Connection, name: str, birth_year: int | None,
                  conditions: str) -> int:
    cur = con.execute("INSERT INTO person (name, birth_year, conditions, is_default) "
                      "VALUES (?, ?, ?, 0)", (name, birth_year, conditions))
    return int(cur.lastrowid)  # type: ignore[arg-type]


def update_person(con: sqlite3.Connection, person_id: int, name: str, birth_year: int | None,
                  conditions: str) -> None:
    con.execute("UPDATE person SET name = ?, birth_year = ?, conditions = ? WHERE id = ?",
                (name, birth_year, conditions, person_id))


def set_default(con: sqlite3.Connection, person_id: int) -> None:
    con.execute("UPDATE person SET is_default = (id = ?)", (person_id,))


def delete_person(con: sqlite3.Connection, person_id: int) -> None:
    """Remove a person and their medicine list (the caller checked they have no entries)."""
    con.execute("DELETE FROM medicine WHERE person_id = ?", (person_id,))
    con.execute("DELETE FROM person WHERE id = ?", (person_id,))


def medicine_count(con: sqlite3.Connection, person_id: int) -> int:
    return int(con.execute("SELECT COUNT(*) FROM medicine WHERE person_id = ?",
                           (person_id,)).fetchone()[0])


def entry_owner(con: sqlite3.Connection, entry_id: int) -> int | None:
    """Whose entry ``entry_id`` is, whoever the connection serves (None: no such entry).
    Used only to refuse another person's entry with a clear message."""
    row = con.execute("SELECT person_id FROM entry WHERE id = ?", (entry_id,)).fetchone()
    return None if row is None else int(row[0])


__all__ = ["ScopedConnection", "NoPerson", "person_of", "person_rows", "person_row",
           "names_and_ids", "insert_person", "update_person", "set_default", "delete_person",
           "medicine_count", "entry_owner"]
