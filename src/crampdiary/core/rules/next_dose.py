"""``next-dose DRUG`` (CONTRACT 3.1): when another dose would raise neither DRUG.interval
nor DRUG.doses-24h, and how much of the day's maximum is left."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from ..catalog import Drug, load_catalog
from ..errors import InputError
from ..i18n import ntr, tr
from ..records import History, num
from ..timeutil import iso
from .engine import DAY, Context, cut, dose_mg
from .words import C, gap, mg, when


def resolve_drug(name: str) -> Drug:
    """The catalog's drug for a typed name; ``InputError`` (field ``drug``) when the
    catalog does not know it (then there are no limits to check)."""
    return _resolve(name)


def _resolve(name: str) -> Drug:
    drug = load_catalog().resolve(name)
    if drug is None:
        raise InputError("drug", tr(C, "{name!r} is not in the drug catalog, so there are no "
                                       "dose limits to check").format(name=name))
    return drug


def next_dose(history: History, drug_name: str, at: datetime, *,
              strengths: Mapping[str, float] | None = None) -> dict[str, Any]:
    """``earliest_next_at`` may lie before ``at`` (then a dose now raises neither flag).

    The command line's JSON: times as ISO text (``next_dose_times`` keeps datetimes).
    """
    out = next_dose_times(history, drug_name, at, strengths=strengths)
    del out["last_dose"]
    out["last_dose_at"] = iso(out["last_dose_at"]) if out["last_dose_at"] else None
    out["earliest_next_at"] = iso(out["earliest_next_at"])
    return out


def next_dose_times(history: History, drug_name: str, at: datetime, *,
                    strengths: Mapping[str, float] | None = None) -> dict[str, Any]:
    """As ``next_dose``, with ``last_dose_at`` and ``earliest_next_at`` as aware datetimes,
    and ``last_dose``: that dose's record (None when no dose is on record)."""
    drug = _resolve(drug_name)
    ctx = Context(History(), at, at)
    doses = [d for d in cut(history.doses, None, at) if ctx.drug_key(d) == drug.key]
    s = dict(strengths or {})
    mgs = [dose_mg(d, s, drug.key) for d in doses]
    day = [m for d, m in zip(doses, mgs, strict=True) if d.at > at - DAY]
    window = ctx.count_window()
    in_window = [m for d, m in zip(doses, mgs, strict=True) if d.at > at - window]
    mg_24 = math.fsum(m for m in day if m is not None)
    mg_window = math.fsum(m for m in in_window if m is not None)
    max_mg = drug.limit("max_daily_mg")
    earliest: datetime | None = None
    if doses:
        earliest = doses[-1].at
        min_int = drug.limit("min_interval_h")
        if min_int is not None:
            earliest = max(earliest, doses[-1].at + timedelta(hours=min_int) - ctx.tol_early())
        max_n = drug.limit("max_doses_24h")
        if max_n is not None and len(doses) >= max_n >= 1:
            # the new dose may be at most number max_n in its count window: the
            # max_n-th most recent dose must have left it (a dose exactly a window
            # earlier is outside)
            earliest = max(earliest, doses[-int(max_n)].at + window)
    return {
        "drug": drug.key,
        "last_dose": doses[-1] if doses else None,
        "last_dose_at": doses[-1].at if doses else None,
        "earliest_next_at": earliest,
        "doses_last_24h": len(day),
        "mg_last_24h": num(round(mg_24, 6)),
        "mg_left_24h": None if max_mg is None else num(round(max(0.0, max_mg - mg_window), 6)),
    }


def describe_next_dose(info: dict[str, Any], at: datetime) -> str:
    """The text form of ``next_dose`` (its JSON answer, times as ISO text)."""
    from ..timeutil import parse_datetime

    last = parse_datetime(info["last_dose_at"]) if info["last_dose_at"] else None
    nxt = parse_datetime(info["earliest_next_at"]) if info["earliest_next_at"] else None
    return describe_next_dose_times(info["drug"], last, nxt, info["doses_last_24h"],
                                    info["mg_last_24h"], info["mg_left_24h"], at)


def describe_next_dose_times(drug_key: str, last: datetime | None, nxt: datetime | None,
                             doses_24h: int, mg_24h: float | int,
                             mg_left: float | int | None, at: datetime) -> str:
    """The text form of a next-dose answer, from aware datetimes (the command line's
    ``next-dose``, through ``core.today.NextDose.describe``)."""
    drug = load_catalog().resolve(drug_key)
    name = drug.name if drug else drug_key
    lines = []
    if last is None or nxt is None:
        lines.append(tr(C, "No {drug} dose is on record.").format(drug=name))
    else:
        lines.append(tr(C, "Last {drug} dose: {t} ({gap} ago).").format(
            drug=name, t=when(last), gap=gap(at - last)))
        line = tr(C, "In the last 24 hours: {doses}, {mg}.").format(
            doses=ntr(C, "{n} dose", "{n} doses", doses_24h), mg=mg(mg_24h))
        if mg_left is not None:
            line += " " + tr(C, "A dose now of up to {left} stays within the label's daily "
                                "maximum.").format(left=mg(mg_left))
        lines.append(line)
        if drug is not None and drug.limit("min_interval_h") is None \
                and drug.limit("max_doses_24h") is None:
            lines.append(tr(C, "The catalog has no limits on the timing of {drug} "
                               "doses.").format(drug=name))
        elif nxt <= at:
            lines.append(tr(C, "A dose now would be within the label's timing limits "
                               "(spacing and number of doses a day)."))
        else:
            lines.append(tr(C, "Earliest time for the next dose within the label's timing "
                               "limits: {t} (in {gap}).").format(t=when(nxt), gap=gap(nxt - at)))
    lines.append(tr(C, "Take your medicine as your prescriber told you; this only checks the "
                       "label's limits against your diary."))
    return "\n".join(lines)
