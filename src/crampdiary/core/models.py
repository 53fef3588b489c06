"""Storage tables (SQLModel) and, re-exported from ``inputs``, the input models.

SQLModel table models do not validate on construction, so every write goes
through one of the ``*In`` models of ``core.inputs`` first; rows are built only
from validated values.

Every entry has one row in ``entry`` (its id, kind and time, so ids are unique
across kinds and the command line can say ``edit 42``) and one row in the table
of its kind with the same id.

The command line's hot path (log, list, warnings) writes and reads with the
standard library's sqlite3 driver against this same schema, so that it does
not pay SQLAlchemy's import time; see docs/ARCHITECTURE.md.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field as SQLField
from sqlmodel import SQLModel

from .inputs import *  # noqa: F403
from .inputs import INPUT_MODELS, EntryIn, validate_input  # noqa: F401


# --------------------------------------------------------------------------- tables
class Person(SQLModel, table=True):
    """Whose diary an entry or medicine belongs to (schema 4; a new diary has ``me``)."""

    __tablename__ = "person"
    __table_args__ = {"sqlite_autoincrement": True}
    id: int | None = SQLField(default=None, primary_key=True)
    name: str = SQLField(unique=True)
    birth_year: int | None = None
    conditions: str = SQLField(default="", sa_column_kwargs={"server_default": ""})  # ';'-joined
    is_default: bool = SQLField(default=False, sa_column_kwargs={"server_default": "0"})


class Entry(SQLModel, table=True):
    __tablename__ = "entry"
    __table_args__ = {"sqlite_autoincrement": True}  # ids are never reused
    id: int | None = SQLField(default=None, primary_key=True)
    person_id: int = SQLField(default=1, foreign_key="person.id",
                              sa_column_kwargs={"server_default": "1"})
    kind: str = SQLField(index=True)
    at: datetime = SQLField(index=True)  # UTC
    created_at: datetime
    updated_at: datetime


class CrampRow(SQLModel, table=True):
    __tablename__ = "cramp"
    id: int = SQLField(primary_key=True, foreign_key="entry.id", ondelete="CASCADE")
    duration_s: int | None = None
    muscle: str
    side: str | None = None
    severity: int
    woke: bool = False
    relief: str = ""  # ';'-joined
    relief_score: int | None = None
    red_flags: str = ""  # ';'-joined
    trigger: str | None = None
    note: str | None = None


class DoseRow(SQLModel, table=True):
    __tablename__ = "dose"
    id: int = SQLField(primary_key=True, foreign_key="entry.id", ondelete="CASCADE")
    drug: str  # catalog generic name when known, else as typed
    drug_key: str | None = SQLField(default=None, index=True)
    amount: float
    unit: str = "mg"
    form: str | None = None
    with_food: bool | None = None
    note: str | None = None


class WaterRow(SQLModel, table=True):
    __tablename__ = "water"
    id: int = SQLField(primary_key=True, foreign_key="entry.id", ondelete="CASCADE")
    ml: float
    drink: str = "water"


class StretchRow(SQLModel, table=True):
    __tablename__ = "stretch"
    id: int = SQLField(primary_key=True, foreign_key="entry.id", ondelete="CASCADE")
    minutes: float
    kind: str | None = None


class VitalsRow(SQLModel, table=True):
    __tablename__ = "vitals"
    id: int = SQLField(primary_key=True, foreign_key="entry.id", ondelete="CASCADE")
    systolic: int | None = None
    diastolic: int | None = None
    pulse: int | None = None


class SymptomRow(SQLModel, table=True):
    __tablename__ = "symptom"
    id: int = SQLField(primary_key=True, foreign_key="entry.id", ondelete="CASCADE")
    name: str
    severity: int
    note: str | None = None


class Medicine(SQLModel, table=True):
    """The user's own list of medicines ("my medicines")."""

    __tablename__ = "medicine"
    id: int | None = SQLField(default=None, primary_key=True)
    person_id: int = SQLField(default=1, foreign_key="person.id",
                              sa_column_kwargs={"server_default": "1"})
    name: str
    drug_key: str | None = None
    form: str | None = None
    usual_amount: float | None = None
    unit: str = "mg"
    with_food: bool | None = None
    strength_mg: float | None = None  # mg per tablet, capsule or ml (schema 4)
    schedule: str = ""  # ';'-joined local times "08:00;14:00;20:00" for reminders
    started_on: date | None = None
    stopped_on: date | None = None
    note: str | None = None


class Meta(SQLModel, table=True):
    """Facts about the diary file itself: ``diary_uuid`` (made once, never changed)."""

    __tablename__ = "meta"
    key: str = SQLField(primary_key=True)
    value: str


KIND_TABLES: dict[str, type[SQLModel]] = {
    "cramp": CrampRow,
    "dose": DoseRow,
    "water": WaterRow,
    "stretch": StretchRow,
    "vitals": VitalsRow,
    "symptom": SymptomRow,
}


