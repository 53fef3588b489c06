"""medTimer's CSV event export (``CSVEventExport`` in github.com/Futsch1/medTimer).

Separator ``;``, header ``Reminded;Name;Dosage;Taken;Tags;Interval;Notes;Reminded (ISO
8601);Taken (ISO 8601)`` (in the app's language; the two ISO columns are recognised by
their ``(ISO 8601)`` suffix and position).  A row whose taken time is empty was skipped
or not yet acted on and is left out; a taken one becomes a dose at the taken time, the
amount read from the dosage text ("10 mg", "1 tablet", "2").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..common import refuse
from ..engine import RawRow
from ..native import Source
from . import parse_amount, with_source

LABEL = "medTimer"


def looks_like(header: list[str]) -> bool:
    return len(header) >= 9 and sum("(ISO 8601)" in h for h in header) >= 2


class MedTimerSource(Source):
    name = "medtimer"
    label = LABEL

    def rows(self) -> Iterator[RawRow]:
        table = self._open_table(looks_like, "not a medTimer event export (it needs nine "
                                 "';'-separated columns ending in two '(ISO 8601)' times)",
                                 delimiter=";")
        h = table.header
        iso = [c for c in h if "(ISO 8601)" in c]
        by_name = {c.lower(): c for c in h}
        c_name = by_name.get("name", h[1])
        c_dose = by_name.get("dosage", h[2])
        c_notes = by_name.get("notes", h[6])
        c_taken = iso[-1]  # "Taken (ISO 8601)" in the app's language: the second ISO column
        for n, line, cells in table.rows:
            where = f"{table.label} row {n} (line {line})"
            taken = (cells.get(c_taken) or "").strip()
            if not taken:
                continue
            name = (cells.get(c_name) or "").strip()
            if not name:
                raise refuse(where, c_name, "names no medicine")
            dosage = (cells.get(c_dose) or "").strip()
            amount = parse_amount(dosage) if dosage else (1.0, "dose", None)
            if amount is None:
                amount = (1.0, "dose", None)
            notes = (cells.get(c_notes) or "").strip()
            if dosage and not any(ch.isdigit() for ch in dosage):
                notes = f"{notes}; dosage {dosage}" if notes else f"dosage {dosage}"
            data = {"at": taken, "drug": name, "amount": amount[0], "unit": amount[1],
                    "note": with_source(notes or None, LABEL)}
            if amount[2]:
                data["form"] = amount[2]
            yield RawRow("dose", data, None, where,
                         {"at": c_taken, "drug": c_name, "amount": c_dose, "unit": c_dose,
                          "note": c_notes})
