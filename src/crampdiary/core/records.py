"""Plain, immutable records of diary entries, as the rules, analysis and exports see them.

They are read with plain SQL (fast at ten years of entries) and carry aware UTC
times.  ``to_public`` gives the field names and value formats of CONTRACT.md
section 4 (the CSV columns), shared by ``list --json``, CSV and JSON exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from .kinds import KINDS
from .timeutil import iso


@dataclass(frozen=True, slots=True)
class Cramp:
    id: int
    at: datetime
    muscle: str
    severity: int
    side: str | None = None
    duration_s: int | None = None
    woke: bool = False
    relief: tuple[str, ...] = ()
    relief_score: int | None = None
    red_flags: tuple[str, ...] = ()
    trigger: str | None = None
    note: str | None = None
    kind = "cramp"


@dataclass(frozen=True, slots=True)
class Dose:
    id: int
    at: datetime
    drug: str
    amount: float
    drug_key: str | None = None
    unit: str = "mg"
    form: str | None = None
    with_food: bool | None = None
    note: str | None = None
    kind = "dose"


@dataclass(frozen=True, slots=True)
class Water:
    id: int
    at: datetime
    ml: float
    drink: str = "water"
    kind = "water"


@dataclass(frozen=True, slots=True)
class Stretch:
    id: int
    at: datetime
    minutes: float
    stretch_kind: str | None = None
    kind = "stretch"


@dataclass(frozen=True, slots=True)
class Vitals:
    id: int
    at: datetime
    systolic: int | None = None
    diastolic: int | None = None
    pulse: int | None = None
    kind = "vitals"


@dataclass(frozen=True, slots=True)
class Symptom:
    id: int
    at: datetime
    name: str
    severity: int
    note: str | None = None
    kind = "symptom"


Record = Cramp | Dose | Water | Stretch | Vitals | Symptom
RECORD_TYPES: dict[str, type] = {
    "cramp": Cramp, "dose": Dose, "water": Water,
    "stretch": Stretch, "vitals": Vitals, "symptom": Symptom,
}


@dataclass(slots=True)
class History:
    """Everything the rules and analysis need, each list sorted by (time, id)."""

    cramps: list[Cramp] = field(default_factory=list)
    doses: list[Dose] = field(default_factory=list)
    water: list[Water] = field(default_factory=list)
    stretches: list[Stretch] = field(default_factory=list)
    vitals: list[Vitals] = field(default_factory=list)
    symptoms: list[Symptom] = field(default_factory=list)

    def all(self) -> list[Record]:
        out: list[Record] = [*self.cramps, *self.doses, *self.water, *self.stretches,
                             *self.vitals, *self.symptoms]
        out.sort(key=lambda r: (r.at, r.id))
        return out

    def until(self, at: datetime) -> History:
        """Only the entries at or before ``at``."""
        def cut(xs: list[Any]) -> list[Any]:
            return [x for x in xs if x.at <= at]
        return History(cut(self.cramps), cut(self.doses), cut(self.water),
                       cut(self.stretches), cut(self.vitals), cut(self.symptoms))

    def __len__(self) -> int:
        return (len(self.cramps) + len(self.doses) + len(self.water) + len(self.stretches)
                + len(self.vitals) + len(self.symptoms))


# Public column names and order per kind (CONTRACT.md section 4), from core.kinds.
COLUMNS: dict[str, tuple[str, ...]] = {n: k.csv_columns for n, k in KINDS.items()}
CSV_FILES = {n: k.csv_file for n, k in KINDS.items()}
TIME_COLUMN = {n: k.time_column for n, k in KINDS.items() if k.time_column != "at"}


def num(x: float | int | None) -> float | int | None:
    """4.0 -> 4, 2.5 -> 2.5 (so exports read naturally)."""
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def public_values(rec: Record) -> dict[str, Any]:
    """The record's values under its public column names (Python types, lists joined)."""
    kind = rec.kind
    desc = KINDS[kind]
    out: dict[str, Any] = {"id": rec.id, desc.time_column: iso(rec.at)}
    for f in fields(rec):
        if f.name in ("id", "at", "drug_key"):
            continue
        v = getattr(rec, f.name)
        try:
            name = desc.field(f.name).public  # the kind description's public name
        except KeyError:
            name = f.name
        if isinstance(v, tuple):
            v = ";".join(v) if v else None
        elif isinstance(v, float):
            v = num(v)
        out[name] = v
    return {c: out.get(c) for c in desc.csv_columns}


def to_public(rec: Record) -> dict[str, Any]:
    """For ``list --json`` and the JSON export: ``kind`` plus the CSV columns.

    The stretch column ``kind`` (what sort of stretching) would clash with the
    entry kind, so in JSON it is called ``stretch_kind``.
    """
    vals = public_values(rec)
    if rec.kind == "stretch":
        vals["stretch_kind"] = vals.pop("kind")
    return {"id": vals.pop("id"), "kind": rec.kind, **vals}


def csv_row(rec: Record) -> list[str]:
    vals = public_values(rec)
    row = []
    for c in KINDS[rec.kind].csv_columns:
        v = vals[c]
        if v is None:
            row.append("")
        elif isinstance(v, bool):
            row.append("true" if v else "false")
        else:
            row.append(str(v))
    return row
