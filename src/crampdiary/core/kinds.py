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
* ``flag``: a yes/no stored as 0/1 (``woke``, ``with_food``);
* ``show``: how the field is shown to people (``Show``): in the one-line text of
  the history, the command line's ``list`` and the report (``core.describe``),
  and as a column of the report's full log (``report.rows.log_table``).  Its
  words are English source sentences, translated when shown (context ``kinds``;
  ``words()`` lists them for the translation tool).  A field declared without
  ``show`` is still shown, as "its public name: its value".

Importing this module is cheap (no pydantic, no SQL): the input model and the
record type are looked up on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Show:
    """How one field is shown.

    * ``label``: the column heading in the report's full log ("Sev.");
    * ``text``: the field's words in the one-line summary, ``{value}`` for its value
      ("severity {value}/10"); for a yes/no field, the words shown when it is yes;
    * ``unit``: written after a number in the log table ("ml", "min");
    * ``fmt``: how the value becomes text: ``num`` (a number without a needless ".0"),
      ``duration`` (3 min 10 s), ``text`` (as stored), ``flag`` (yes/no), ``vocab:TABLE``
      (the word of ``core.vocab.word``; a list is joined with ", "), ``choice`` (the
      words of ``choices`` for each value);
    * ``join``: how the summary part is placed: ``part`` (after ", "), ``attach``
      (after the previous part and a space), ``glue`` (right after it), ``paren`` (in
      parentheses after the previous part; several in one pair, with ", "; shown only
      when the field before it was), ``note`` (after " — ");
    * ``order``: the place in the summary line (lower first; fields of equal order
      keep the declaration order);
    * ``summary`` / ``table``: shown in the one-line summary / as a log column;
    * ``lower``: the vocabulary word in lower case inside the sentence: ``always``
      (left, right), ``nouns`` (tea, stretching; but not in German, whose nouns keep
      their capital), ``""`` never;
    * ``alarm``: the part is a warning (the history colours it, the report too).
    """

    label: str = ""
    text: str = "{value}"
    unit: str = ""
    fmt: str = "text"
    join: str = "part"
    order: int = 50
    summary: bool = True
    table: bool = True
    lower: str = ""
    alarm: bool = False
    choices: tuple[tuple[object, str], ...] = ()


HIDDEN = Show(summary=False, table=False)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    column: str = ""
    public: str = ""
    joined: bool = False
    text: bool = False
    flag: bool = False
    required: bool = False  # NOT NULL without a default in the table
    show: Show | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.column:
            object.__setattr__(self, "column", self.name)
        if not self.public:
            object.__setattr__(self, "public", self.name)
        if self.show is None:
            label = self.public.replace("_", " ").capitalize()
            object.__setattr__(self, "show", Show(
                label=label, text=label + ": {value}", order=90,
                fmt="flag" if self.flag else "text"))


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
    def shown(self) -> tuple[FieldSpec, ...]:
        """The fields of the one-line summary, in the order they are read."""
        fs = [f for f in self.fields if f.show is not None and f.show.summary]
        return tuple(sorted(fs, key=lambda f: f.show.order if f.show is not None else 0))

    @property
    def log_columns(self) -> tuple[FieldSpec, ...]:
        """The fields of the report's full log, one column each, in declaration order."""
        return tuple(f for f in self.fields if f.show is not None and f.show.table)

    @property
    def text_columns(self) -> frozenset[str]:
        return frozenset(f.public for f in self.fields if f.text)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if name in (f.name, f.column, f.public):
                return f
        raise KeyError(name)


S = Show
_NOTE = S("Note", join="note", order=99)
_FOOD = ((True, "with food"), (False, "without food"))

KINDS: dict[str, Kind] = {
    "cramp": Kind(
        "cramp", "cramp", "c",
        (F("muscle", required=True, show=S("Area", fmt="vocab:muscle", order=0)),
         F("severity", required=True, show=S("Sev.", "severity {value}/10", fmt="num", order=2)),
         F("side", show=S("Side", fmt="vocab:side", join="paren", order=1, lower="always")),
         F("duration_s", show=S("Duration", fmt="duration", order=3)),
         F("woke", flag=True, required=True, show=S("Woke", "woke me", fmt="flag", order=4)),
         F("relief", joined=True,
           show=S("Relief", "relief: {value}", fmt="vocab:relief", order=5, lower="nouns")),
         F("relief_score", show=S("Helped", "helped {value}/10", fmt="num", join="paren",
                                  order=6)),
         F("red_flags", joined=True, show=S("Red flags", "RED FLAG: {value}",
                                            fmt="vocab:red-flag", order=7, alarm=True)),
         F("trigger", text=True, show=S("Trigger", "trigger: {value}", order=8)),
         F("note", text=True, show=_NOTE)),
        "cramps.csv",
        ("duration_s", "muscle", "side", "severity", "woke", "relief", "relief_score",
         "red_flags", "trigger", "note"),
        time_column="started_at", label="Cramp"),
    "dose": Kind(
        "dose", "dose", "d",
        (F("drug", required=True, text=True, show=S("Medicine", order=0)),
         F("amount", required=True, show=S("Amount", fmt="num", join="attach", order=1)),
         F("drug_key", show=HIDDEN),
         F("unit", show=S("Unit", join="attach", order=2)),
         F("form", show=S("Form", fmt="vocab:form", join="paren", order=3, lower="nouns")),
         F("with_food", flag=True, show=S("Food", fmt="choice", join="paren", order=4,
                                          choices=_FOOD)),
         F("note", text=True, show=_NOTE)),
        "doses.csv",
        ("drug", "amount", "unit", "form", "with_food", "note"),
        time_column="taken_at", label="Dose"),
    "water": Kind(
        "water", "water", "w",
        (F("ml", required=True, show=S("Amount", "{value} ml", unit="ml", fmt="num", order=0)),
         F("drink", text=True, show=S("Drink", fmt="vocab:drink", join="attach", order=1,
                                      lower="nouns"))),
        "water.csv", ("ml", "drink"), label="Drink"),
    "stretch": Kind(
        "stretch", "stretch", "s",
        (F("minutes", required=True, show=S("Minutes", "{value} min stretching", unit="min",
                                            fmt="num", order=0)),
         F("stretch_kind", column="kind", public="kind", text=True,
           show=S("What", join="paren", order=1))),
        "stretches.csv", ("minutes", "kind"), label="Stretching"),
    "vitals": Kind(
        "vitals", "vitals", "v",
        (F("systolic", show=S("Systolic (mmHg)", "BP {value}", fmt="num", order=0)),
         F("diastolic", show=S("Diastolic (mmHg)", "/{value} mmHg", fmt="num", join="glue",
                               order=1)),
         F("pulse", show=S("Pulse (/min)", "pulse {value}/min", fmt="num", order=2))),
        "vitals.csv", ("systolic", "diastolic", "pulse"), label="Vitals"),
    "symptom": Kind(
        "symptom", "symptom", "y",
        (F("name", required=True, text=True, show=S("Symptom", fmt="vocab:symptom", order=0)),
         F("severity", required=True, show=S("Sev.", "severity {value}/10", fmt="num",
                                             order=1)),
         F("note", text=True, show=_NOTE)),
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


def words() -> Iterator[str]:
    """Every English word of the fields' ``Show`` (labels, summary texts, choices), for
    the translation tool (context ``kinds``)."""
    seen: set[str] = {"yes"}
    yield "yes"  # a yes/no field's value in the report's log
    for k in KINDS.values():
        for f in k.fields:
            sh = f.show
            if sh is None:
                continue
            for text in (sh.label, sh.text, *(w for _v, w in sh.choices)):
                if text and text.strip() and text.strip() != "{value}" and text not in seen:
                    seen.add(text)
                    yield text


__all__ = ["FieldSpec", "Kind", "KINDS", "KIND_NAMES", "Show", "kind", "public_to_field",
           "words"]

