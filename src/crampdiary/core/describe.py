"""Short plain-language descriptions of entries, for lists, the window and the report."""

from __future__ import annotations

from .records import Cramp, Dose, Record, Stretch, Symptom, Vitals, Water, num
from .timeutil import format_duration
from .vocab import DRINKS, KIND_LABELS, MUSCLES, RED_FLAGS, RELIEFS, SIDES

__all__ = ["KIND_LABELS", "describe"]


def describe(rec: Record) -> str:
    if isinstance(rec, Cramp):
        parts = [MUSCLES.get(rec.muscle, rec.muscle)]
        if rec.side:
            parts[0] += f" ({SIDES.get(rec.side, rec.side).lower()})"
        parts.append(f"severity {rec.severity}/10")
        if rec.duration_s:
            parts.append(format_duration(rec.duration_s))
        if rec.woke:
            parts.append("woke me")
        if rec.relief:
            r = ", ".join(RELIEFS.get(x, x).lower() for x in rec.relief)
            if rec.relief_score is not None:
                r += f" (helped {rec.relief_score}/10)"
            parts.append("relief: " + r)
        if rec.red_flags:
            parts.append("RED FLAG: " + ", ".join(RED_FLAGS[x][0] for x in rec.red_flags))
        if rec.trigger:
            parts.append(f"trigger: {rec.trigger}")
        text = ", ".join(parts)
    elif isinstance(rec, Dose):
        text = f"{rec.drug} {num(rec.amount)} {rec.unit}"
        extra = [x for x in (rec.form, {True: "with food", False: "without food"}.get(rec.with_food)
                             if rec.with_food is not None else None) if x]
        if extra:
            text += " (" + ", ".join(extra) + ")"
    elif isinstance(rec, Water):
        text = f"{num(rec.ml)} ml {DRINKS.get(rec.drink, rec.drink).lower()}"
    elif isinstance(rec, Stretch):
        text = f"{num(rec.minutes)} min stretching" + (f" ({rec.stretch_kind})" if rec.stretch_kind else "")
    elif isinstance(rec, Vitals):
        bits = []
        if rec.systolic is not None:
            bits.append(f"BP {rec.systolic}/{rec.diastolic} mmHg")
        if rec.pulse is not None:
            bits.append(f"pulse {rec.pulse}/min")
        text = ", ".join(bits)
    elif isinstance(rec, Symptom):
        text = f"{rec.name}, severity {rec.severity}/10"
    else:  # pragma: no cover
        text = repr(rec)
    note = getattr(rec, "note", None)
    if note:
        text += f" — {note}"
    return text
