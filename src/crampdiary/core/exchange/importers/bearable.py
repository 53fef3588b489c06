"""Bearable's CSV export: one row per logged item.

Columns (names matched without case): ``date`` (or ``date formatted``), ``weekday``,
``time of day``, ``category``, ``rating/amount``, ``detail``, ``notes``.  Mapping:
symptoms naming a cramp or spasm -> cramps; other symptoms -> symptoms; medications ->
doses; blood pressure and heart rate -> vitals; every other category is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..common import refuse
from ..engine import RawRow
from ..native import Source
from . import guess_site, parse_amount, with_source

LABEL = "Bearable"
_TIME_OF_DAY = {"am": "08:00", "morning": "08:00", "mid": "13:00", "midday": "13:00",
                "afternoon": "13:00", "pm": "19:00", "evening": "19:00", "night": "23:00",
                "all day": "12:00", "": "12:00"}
_CRAMP = re.compile(r"cramp|spasm|charley", re.IGNORECASE)
_BP = re.compile(r"^\s*(\d{2,3})\s*/\s*(\d{2,3})\s*$")
_DATE_COLS = ("date", "date formatted", "datetime", "timestamp")
_VALUE_COLS = ("rating/amount", "rating", "amount", "value")
_DETAIL_COLS = ("detail", "details", "item", "name")
_WORDS = {"none": 0, "no": 0, "mild": 1, "low": 1, "moderate": 2, "medium": 2, "severe": 3,
          "high": 3, "unbearable": 4, "extreme": 4, "very severe": 4}


def _col(header: list[str], *names: str) -> str | None:
    low = {h.lower(): h for h in header}
    return next((low[n] for n in names if n in low), None)


def looks_like(header: list[str]) -> bool:
    low = {h.lower() for h in header}
    return ("category" in low and bool(low & set(_VALUE_COLS)) and bool(low & set(_DETAIL_COLS))
            and bool(low & set(_DATE_COLS)))


def _severity(raw: str, where: str, col: str) -> int:
    word = raw.strip().lower()
    if word in _WORDS:
        return round(_WORDS[word] * 2.5)
    try:
        v = float(raw.replace(",", "."))
    except ValueError:
        raise refuse(where, col, f"{raw[:30]!r} is not a rating (0 to 4, or none, mild, "
                                 "moderate, severe, unbearable)") from None
    if not 0 <= v <= 10:
        raise refuse(where, col, f"{raw[:30]!r} is outside the rating scale")
    return round(v * 2.5) if v <= 4 else round(v)  # Bearable rates symptoms 0..4


class BearableSource(Source):
    name = "bearable"
    label = LABEL

    def rows(self) -> Iterator[RawRow]:
        table = self._open_table(looks_like, "not a Bearable export (it needs the columns "
                                 "date, category, rating/amount and detail)")
        h = table.header
        c_date = _col(h, *_DATE_COLS)
        c_time = _col(h, "time of day", "time")
        c_cat, c_val = _col(h, "category"), _col(h, *_VALUE_COLS)
        c_det, c_note = _col(h, *_DETAIL_COLS), _col(h, "notes", "note")
        for n, line, cells in table.rows:
            where = f"{table.label} row {n} (line {line})"
            cat = (cells.get(c_cat or "", "") or "").strip().lower()
            val = (cells.get(c_val or "", "") or "").strip()
            detail = (cells.get(c_det or "", "") or "").strip()
            note = (cells.get(c_note or "", "") or "").strip() or None
            at = self._at(cells, c_date, c_time, where)
            colmap = {"at": c_date or "date"}
            if cat.startswith("symptom"):
                if not detail:
                    raise refuse(where, c_det or "detail", "names no symptom")
                sev = _severity(val or "0", where, c_val or "rating/amount")
                if _CRAMP.search(detail):
                    muscle, side = guess_site(detail, note)
                    data: dict[str, Any] = {"at": at, "muscle": muscle, "severity": sev,
                                            "note": with_source(
                                                f"{detail}; {note}" if note else detail, LABEL)}
                    if side:
                        data["side"] = side
                    yield RawRow("cramp", data, None, where,
                                 {**colmap, "severity": c_val or "", "note": c_note or "notes"})
                else:
                    yield RawRow("symptom", {"at": at, "name": detail, "severity": sev,
                                             "note": with_source(note, LABEL)}, None, where,
                                 {**colmap, "name": c_det or "", "severity": c_val or ""})
            elif cat.startswith(("medication", "meds", "supplement")):
                if not detail:
                    raise refuse(where, c_det or "detail", "names no medication")
                amount = parse_amount(val) if val and not val.replace(".", "").isdigit() \
                    else None
                parsed = parse_amount(detail)
                name = re.sub(r"\s*\(?\d+(?:[.,]\d+)?\s*[a-zA-Zµ]*\)?\s*$", "", detail) or detail
                if amount is None and parsed is not None:
                    amount = parsed
                if amount is None:
                    amount = (float(val), "dose", None) if val.replace(".", "").isdigit() \
                        else (1.0, "dose", None)
                data = {"at": at, "drug": name.strip(), "amount": amount[0], "unit": amount[1],
                        "note": with_source(note, LABEL)}
                if amount[2]:
                    data["form"] = amount[2]
                yield RawRow("dose", data, None, where,
                             {**colmap, "drug": c_det or "", "amount": c_val or ""})
            elif "blood pressure" in detail.lower() or cat.startswith("blood pressure"):
                m = _BP.match(val)
                if not m:
                    raise refuse(where, c_val or "rating/amount",
                                 f"{val[:30]!r} is not a blood pressure such as 120/80")
                yield RawRow("vitals", {"at": at, "systolic": m.group(1),
                                        "diastolic": m.group(2)}, None, where,
                             {**colmap, "systolic": c_val or "", "diastolic": c_val or ""})
            elif ("heart rate" in detail.lower() or "pulse" in detail.lower()
                  or cat.startswith(("heart rate", "pulse"))):
                yield RawRow("vitals", {"at": at, "pulse": val.replace(",", ".")}, None, where,
                             {**colmap, "pulse": c_val or ""})

    @staticmethod
    def _at(cells: dict[str, str], c_date: str | None, c_time: str | None, where: str) -> str:
        d = (cells.get(c_date or "", "") or "").strip()
        if not d:
            raise refuse(where, c_date or "date", "is required")
        if "T" in d or ":" in d:
            return d
        t = (cells.get(c_time or "", "") or "").strip().lower()
        if re.match(r"^\d{1,2}:\d{2}", t):
            return f"{d}T{t.zfill(5)}"
        if t not in _TIME_OF_DAY:
            raise refuse(where, c_time or "time of day", f"{t[:20]!r} is not a time of day "
                                                         "(am, mid, pm, all day or HH:MM)")
        return f"{d}T{_TIME_OF_DAY[t]}"
