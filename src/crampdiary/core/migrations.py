"""The schema version and the hand-written steps that bring an old diary up to date.

``PRAGMA user_version`` holds the version.  A fresh diary is created with the
current tables and stamped.  An older one is backed up first, then each step
runs in its own transaction.  A newer one is refused and not touched.

Version history:
  1  first release: entry + one table per kind + medicine
  2  medicine.schedule (reminder times) and an index on entry(kind, at)
  3  entry ids are never reused (AUTOINCREMENT): an id deleted and then undone, or
     named in an export or a note, never comes to mean another entry
  4  medicine.strength_mg (mg per tablet, capsule or ml, so doses logged in tablets
     count for the mg limits); a ``meta`` key/value table holding the diary's own
     UUID (made once, kept: FHIR identifiers are tied to it); people: a ``person``
     table with one person ``me`` (id 1, the default), and ``person_id`` on every
     entry and medicine, all existing ones given to ``me``
  5  the index on entry(kind, at) dropped: every entry query names the person, and
     (person_id, kind, at) serves them all (no query plan used it since version 4);
     one index less to keep up on every write (a 1 M-row import: about a second)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 5

# The schema exactly as version 1 created it; kept so tests can build a v1 diary.
SCHEMA_V1 = """
CREATE TABLE entry (
    id INTEGER NOT NULL PRIMARY KEY,
    kind VARCHAR NOT NULL,
    at DATETIME NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE INDEX ix_entry_kind ON entry (kind);
CREATE INDEX ix_entry_at ON entry (at);
CREATE TABLE cramp (
    id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    duration_s INTEGER, muscle VARCHAR NOT NULL, side VARCHAR, severity INTEGER NOT NULL,
    woke BOOLEAN NOT NULL, relief VARCHAR NOT NULL, relief_score INTEGER,
    red_flags VARCHAR NOT NULL, "trigger" VARCHAR, note VARCHAR
);
CREATE TABLE dose (
    id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    drug VARCHAR NOT NULL, drug_key VARCHAR, amount FLOAT NOT NULL, unit VARCHAR NOT NULL,
    form VARCHAR, with_food BOOLEAN, note VARCHAR
);
CREATE INDEX ix_dose_drug_key ON dose (drug_key);
CREATE TABLE water (
    id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    ml FLOAT NOT NULL, drink VARCHAR NOT NULL
);
CREATE TABLE stretch (
    id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    minutes FLOAT NOT NULL, kind VARCHAR
);
CREATE TABLE vitals (
    id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    systolic INTEGER, diastolic INTEGER, pulse INTEGER
);
CREATE TABLE symptom (
    id INTEGER NOT NULL PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    name VARCHAR NOT NULL, severity INTEGER NOT NULL, note VARCHAR
);
CREATE TABLE medicine (
    id INTEGER NOT NULL PRIMARY KEY,
    name VARCHAR NOT NULL, drug_key VARCHAR, form VARCHAR, usual_amount FLOAT,
    unit VARCHAR NOT NULL, with_food BOOLEAN, started_on DATE, stopped_on DATE, note VARCHAR
);
"""


# What the table models do not say but the current schema has; a fresh diary runs
# these right after creating the tables (a test compares a fresh diary with an
# upgraded one, so the two cannot drift apart).
# A random version-4 UUID, made by SQLite itself so that a fresh diary and an upgraded
# one get theirs in the same transaction that creates the table.
_NEW_UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))"
)
META_UUID = f"INSERT OR IGNORE INTO meta (key, value) VALUES ('diary_uuid', {_NEW_UUID_SQL})"
FIRST_PERSON = ("INSERT OR IGNORE INTO person (id, name, birth_year, conditions, is_default) "
                "VALUES (1, 'me', NULL, '', 1)")
PERSON_INDEX = "CREATE INDEX IF NOT EXISTS ix_entry_person_kind_at ON entry (person_id, kind, at)"

FRESH_EXTRA = (META_UUID, FIRST_PERSON, PERSON_INDEX)


def _v1_to_v2(con: sqlite3.Connection) -> None:
    con.execute("ALTER TABLE medicine ADD COLUMN schedule VARCHAR NOT NULL DEFAULT ''")
    con.execute("CREATE INDEX IF NOT EXISTS ix_entry_kind_at ON entry (kind, at)")


ENTRY_V3 = """
CREATE TABLE entry_v3 (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind VARCHAR NOT NULL,
    at DATETIME NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
)"""


def _v2_to_v3(con: sqlite3.Connection) -> None:
    """Rebuild ``entry`` with AUTOINCREMENT (SQLite's recipe for changing a table).

    Foreign keys must be off on this connection (they are: ``PRAGMA foreign_keys``
    is never switched on for migrations), or dropping the old table would delete
    every row of the kind tables through ON DELETE CASCADE.
    """
    if con.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("migration 2 -> 3 needs foreign keys off")
    con.execute(ENTRY_V3)
    con.execute("INSERT INTO entry_v3 (id, kind, at, created_at, updated_at) "
                "SELECT id, kind, at, created_at, updated_at FROM entry")
    con.execute("DROP TABLE entry")
    con.execute("ALTER TABLE entry_v3 RENAME TO entry")
    con.execute("CREATE INDEX ix_entry_kind ON entry (kind)")
    con.execute("CREATE INDEX ix_entry_at ON entry (at)")
    con.execute("CREATE INDEX ix_entry_kind_at ON entry (kind, at)")
    problems = con.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"migration 2 -> 3 left {len(problems)} rows without their entry")


PERSON_V4 = """
CREATE TABLE person (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR NOT NULL UNIQUE,
    birth_year INTEGER,
    conditions VARCHAR DEFAULT '' NOT NULL,
    is_default BOOLEAN DEFAULT '0' NOT NULL
)"""


def _v3_to_v4(con: sqlite3.Connection) -> None:
    con.execute("ALTER TABLE medicine ADD COLUMN strength_mg FLOAT")
    con.execute("CREATE TABLE meta (key VARCHAR NOT NULL PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute(META_UUID)
    con.execute(PERSON_V4)
    con.execute(FIRST_PERSON)
    # foreign keys are off during migrations, so the REFERENCES clause may carry a default
    con.execute("ALTER TABLE entry ADD COLUMN person_id INTEGER DEFAULT '1' NOT NULL "
                "REFERENCES person (id)")
    con.execute("ALTER TABLE medicine ADD COLUMN person_id INTEGER DEFAULT '1' NOT NULL "
                "REFERENCES person (id)")
    con.execute(PERSON_INDEX)


def _v4_to_v5(con: sqlite3.Connection) -> None:
    con.execute("DROP INDEX IF EXISTS ix_entry_kind_at")


# STEPS[n] brings a diary from version n to n + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


def run_steps(con: sqlite3.Connection, from_version: int, to_version: int | None = None) -> None:
    """Run every step from ``from_version`` up (to ``to_version``, default the
    current version), each in its own transaction.

    The version is read again inside each transaction: when two programs open an
    old diary at the same moment, the second waits for the lock and then finds the
    step already done instead of running it twice.  A step that fails is rolled
    back whole, leaving the diary at the last completed version.
    """
    for v in range(from_version, SCHEMA_VERSION if to_version is None else to_version):
        con.execute("BEGIN IMMEDIATE")
        try:
            current = con.execute("PRAGMA user_version").fetchone()[0]
            if current == v:
                STEPS[v](con)
                con.execute(f"PRAGMA user_version = {v + 1}")
            elif current < v:  # pragma: no cover - cannot happen: steps run in order
                raise RuntimeError(f"diary at schema {current}, expected {v}")
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise


def build_schema(con: sqlite3.Connection, version: int) -> None:
    """Create, on an empty database, exactly the schema of ``version``: version 1's
    tables, then every step up to ``version``.  Restore compares a backup with this
    and copies its rows into it, so the schema of every past version is known."""
    if not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"no schema {version}")
    con.executescript(SCHEMA_V1)
    con.execute("PRAGMA user_version = 1")
    run_steps(con, 1, version)
