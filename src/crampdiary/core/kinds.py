"""One description per entry kind: table, columns, public names, record, CSV, input model.

Storage (``core.storage.entries``), the exports, the importers, the history and
the report read these descriptions instead of keeping their own lists.  A field
is described once, in the order of its record type (``core.records``):

* ``name``: the record's attribute (``stretch_kind``);
* ``column``: the column in the kind's table (``kind``);
* ``public``: the CSV column and ``list --json`` key (``kind``; JSON renames the
  stretch kind to ``stretch_kind`` so it cannot clash with the entry kind);
* ``joined``: a tuple stored as one ``;``-joined text (``relief``);
* ``text``: free text a person typed (CSV cells are guarded against formulas);
* ``flag``: a yes/no stored as 0/1 (``woke``, ``with_food``).

Importing this module is cheap (no pydantic, no SQL): the input model and the
record type are looked up on first use.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    column: str = ""
    public: str = ""
    joined: bool = False
    text: bool = False
    flag: bool = False
    required: bool = False  # NOT NULL without a default in the table

    def __post_init__(self) -> None:
        if not self.column:
            object.__setattr__(self, "column", self.name)
        if not self.public:
            object.__setattr__(self, "public", self.name)


F = FieldSpec


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    table: str
    alias: str  # the table's alias in joined queries
    fields: tuple[FieldSpec, ...]  # in the record type's order, after id and at
    csv_file: str
    csv_order: tuple[str, ...]  # public names after id and the time column
    time_column: str = "at"  # the public name of the entry time
    label: str = ""

    @property
    def record(self) -> type:
        from .records import RECORD_TYPES

        return RECORD_TYPES[self.name]

    @property
    def input_model(self) -> type:
        from .inputs import INPUT_MODELS

        return INPUT_MODELS[self.name]

    @property
    def columns(self) -> tuple[str, ...]:
        """The kind table's columns after ``id``, in record order."""
        return tuple(f.column for f in self.fields)

    @property
    def csv_columns(self) -> tuple[str, ...]:
        """The public columns in CONTRACT.md section 4 order (CSV header)."""
        return ("id", self.time_column, *self.csv_order)

    @property
    def text_columns(self) -> frozenset[str]:
        return frozenset(f.public for f in self.fields if f.text)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if name in (f.name, f.column, f.public):
                return f
        raise KeyError(name)


KINDS: dict[str, Kind] = {
    "cramp": Kind(
        "cramp", "cramp", "c",
        (F("muscle", required=True), F("severity", required=True), F("side"),
         F("duration_s"), F("woke", flag=True, required=True), F("relief", joined=True),
         F("relief_score"), F("red_flags", joined=True), F("trigger", text=True),
         F("note", text=True)),
        "cramps.csv",
        ("duration_s", "muscle", "side", "severity", "woke", "relief", "relief_score",
         "red_flags", "trigger", "note"),
        time_column="started_at", label="Cramp"),
    "dose": Kind(
        "dose", "dose", "d",
        (F("drug", required=True, text=True), F("amount", required=True), F("drug_key"),
         F("unit"), F("form"), F("with_food", flag=True), F("note", text=True)),
        "doses.csv",
        ("drug", "amount", "unit", "form", "with_food", "note"),
        time_column="taken_at", label="Dose"),
    "water": Kind(
        "water", "water", "w", (F("ml", required=True), F("drink", text=True)),
        "water.csv", ("ml", "drink"), label="Drink"),
    "stretch": Kind(
        "stretch", "stretch", "s",
        (F("minutes", required=True), F("stretch_kind", column="kind", public="kind", text=True)),
        "stretches.csv", ("minutes", "kind"), label="Stretching"),
    "vitals": Kind(
        "vitals", "vitals", "v", (F("systolic"), F("diastolic"), F("pulse")),
        "vitals.csv", ("systolic", "diastolic", "pulse"), label="Vitals"),
    "symptom": Kind(
        "symptom", "symptom", "y",
        (F("name", required=True, text=True), F("severity", required=True), F("note", text=True)),
        "symptoms.csv", ("name", "severity", "note"), label="Symptom"),
}

KIND_NAMES: tuple[str, ...] = tuple(KINDS)


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown entry kind {name!r}") from None


def public_to_field(kind_name: str) -> dict[str, str]:
    """Public column name -> record attribute, for one kind."""
    return {f.public: f.name for f in KINDS[kind_name].fields}


__all__ = ["FieldSpec", "Kind", "KINDS", "KIND_NAMES", "kind", "public_to_field"]

