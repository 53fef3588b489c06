"""The log of a long period: one row per week and kind, with counts and totals.

For a period of more than ``WEEKLY_AFTER_DAYS`` days the report's log shows, per
kind, one row for each week (Monday to Sunday, local days, cut to the period)
that has entries of that kind; ``--full-log`` adds every single entry after it.

* Cramps: episodes, mean severity, longest episode, nights woken.
* Medicines: per medicine the number of doses and the mg taken (amounts in other
  units are totalled in that unit).
* Drinks: drinks and total ml.  Stretching: sessions and minutes.
* Blood pressure and pulse: readings and their means.  Symptoms: how many, and
  which (the most frequent first).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..core.i18n import tr
from ..core.records import History, num
from ..core.timeutil import display_duration, local_zone
from ..core.vocab import amount_mg
from .rows import C, dec, ff, fmt_date, symptom_word, unit_word

WEEKLY_AFTER_DAYS = 92  # CONTRACT.md section 5: "for a range over 92 days"


@dataclass
class WeeklyTable:
    kind: str
    title: str
    head: list[str]
    rows: list[list[str]]
    right: tuple[int, ...]  # right-aligned (numeric) columns
    widths: tuple[float, ...]  # relative widths of the columns (sum 1)


def weekly_log(h: History, start: date, end: date) -> bool:
    """True when the period is long enough for the weekly log."""
    return (end - start).days + 1 > WEEKLY_AFTER_DAYS


def _week(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _group(items: Iterable[Any], start: date) -> dict[date, list[Any]]:
    """Items by the Monday of their local week (the zone looked up once, not per item)."""
    zone = local_zone()
    out: dict[date, list[Any]] = defaultdict(list)
    weeks: dict[date, date] = {}
    for x in items:
        day = x.at.astimezone(zone).date()
        week = weeks.get(day)
        if week is None:
            week = weeks[day] = max(_week(day), start)
        out[week].append(x)
    return out


def _label(week: date) -> str:
    return fmt_date(week)


def weekly_tables(h: History, start: date, end: date) -> list[WeeklyTable]:
    """Every kind's weekly table (kinds without entries are left out)."""
    out: list[WeeklyTable] = []
    zone = local_zone()

    def table(kind: str, title: str, head: list[str], items: list[Any],
              cells: Callable[[list[Any]], list[str]], right: tuple[int, ...],
              widths: tuple[float, ...]) -> None:
        if not items:
            return
        groups = _group(items, start)
        rows = [[_label(w), *cells(groups[w])] for w in sorted(groups)]
        out.append(WeeklyTable(kind, title, head, rows, right, widths))

    def cramps(cs: list[Any]) -> list[str]:
        durs = [c.duration_s for c in cs if c.duration_s]
        nights = len({(c.at.astimezone(zone) - timedelta(hours=12)).date() for c in cs if c.woke})
        return [str(len(cs)), ff(statistics.fmean(c.severity for c in cs)),
                display_duration(max(durs)) if durs else "–", str(nights)]

    week = tr(C, "Week from")
    table("cramp", tr(C, "Cramps, week by week"),
          [week, tr(C, "Episodes"), tr(C, "Mean sev."), tr(C, "Longest"), tr(C, "Nights woken")],
          h.cramps, cramps,
          (1, 2, 3, 4), (0.25, 0.19, 0.17, 0.18, 0.21))

    def doses(ds: list[Any]) -> list[str]:
        per: dict[str, list[Any]] = defaultdict(list)
        for d in ds:
            per[d.drug].append(d)
        parts = []
        for drug in sorted(per, key=lambda k: (-len(per[k]), k.casefold())):
            totals: dict[str, float] = defaultdict(float)
            for d in per[drug]:
                mg = amount_mg(d.amount, d.unit)
                if mg is not None:
                    totals["mg"] += mg
                else:
                    totals[d.unit] += d.amount
            amount = dec(", ".join(f"{num(round(v, 3))} {unit_word(u)}"
                                   for u, v in totals.items()))
            parts.append(f"{drug} {len(per[drug])} ({amount})")
        return [str(len(ds)), "; ".join(parts)]

    table("dose", tr(C, "Medicines taken, week by week"),
          [week, tr(C, "Doses"), tr(C, "Per medicine: doses (amount)")],
          h.doses, doses, (1,), (0.25, 0.15, 0.6))

    def water(ws: list[Any]) -> list[str]:
        return [str(len(ws)), ff(sum(w.ml for w in ws), 0)]

    table("water", tr(C, "Drinks, week by week"), [week, tr(C, "Drinks"), tr(C, "Total ml")],
          h.water, water,
          (1, 2), (0.4, 0.25, 0.35))

    def stretch(xs: list[Any]) -> list[str]:
        return [str(len(xs)), ff(sum(x.minutes for x in xs), 0)]

    table("stretch", tr(C, "Stretching, week by week"),
          [week, tr(C, "Sessions"), tr(C, "Minutes")], h.stretches,
          stretch, (1, 2), (0.4, 0.3, 0.3))

    def vitals(vs: list[Any]) -> list[str]:
        bps = [v for v in vs if v.systolic is not None]
        pulses = [v.pulse for v in vs if v.pulse is not None]
        bp = (f"{ff(statistics.fmean(v.systolic for v in bps), 0)}/"
              f"{ff(statistics.fmean(v.diastolic for v in bps), 0)}") if bps else "–"
        return [str(len(vs)), bp, ff(statistics.fmean(pulses), 0) if pulses else "–"]

    table("vitals", tr(C, "Blood pressure and pulse, week by week"),
          [week, tr(C, "Readings"), tr(C, "Mean BP"), tr(C, "Mean pulse")], h.vitals, vitals,
          (1, 2, 3),
          (0.3, 0.22, 0.26, 0.22))

    def symptoms(ys: list[Any]) -> list[str]:
        names: Counter[str] = Counter(symptom_word(y.name.strip()) for y in ys)
        return [str(len(ys)), "; ".join(f"{n} {c}×" if c > 1 else n for n, c in names.most_common())]

    table("symptom", tr(C, "Symptoms and side effects, week by week"),
          [week, tr(C, "Count"), tr(C, "Which")],
          h.symptoms, symptoms, (1,), (0.25, 0.15, 0.6))
    return out


__all__ = ["WEEKLY_AFTER_DAYS", "WeeklyTable", "weekly_tables", "weekly_log"]
