"""The schema version and the hand-written steps that bring an old diary up to date.

``PRAGMA user_version`` holds the version.  A fresh diary is created with the
current tables and stamped.  An older one is backed up first, then each step
runs in its own transaction.  A newer one is refused and not touched.

Version history:
  1  first release: entry + one table per kind + medicine
  2  medicine.schedule (reminder times) and an index on entry(kind, at)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SCHEMA_VERSION = 2

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


def _v1_to_v2(con: sqlite3.Connection) -> None:
    con.execute("ALTER TABLE medicine ADD COLUMN schedule VARCHAR NOT NULL DEFAULT ''")
    con.execute("CREATE INDEX IF NOT EXISTS ix_entry_kind_at ON entry (kind, at)")


# STEPS[n] brings a diary from version n to n + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2,
}


def run_steps(con: sqlite3.Connection, from_version: int) -> None:
    """Run every step from ``from_version`` up, each in its own transaction."""
    for v in range(from_version, SCHEMA_VERSION):
        con.execute("BEGIN IMMEDIATE")
        try:
            STEPS[v](con)
            con.execute(f"PRAGMA user_version = {v + 1}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
