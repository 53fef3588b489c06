"""The numbers of the report's first page, computed from the diary (no PDF here).

Definitions (they are printed in the report too):

* Period: local days ``start``..``end`` inclusive.  Without ``end`` it ends today;
  without ``start`` it is the 90 days up to ``end`` (CONTRACT.md section 5).
* Episodes per week: cramps in the period / (days / 7).  The change compares the
  first half of the period with the second half (by days).
* What changed since the previous period: the same numbers (episodes per week,
  mean severity, nights woken) for the period of equal length just before.
* Nights woken: distinct nights with at least one cramp marked "woke me"; a night
  runs from noon to noon, so a cramp at 02:00 belongs to the night before.
* Missed and late doses (only for medicines with times in "My medicines"): each
  scheduled time is *on time* when a dose of that medicine was logged from one hour
  before to one hour after it, *late* when one was logged from one to four hours
  after it, and *missed* otherwise.  Each dose counts for one scheduled time only.
  Times before the medicine's start date, after its stop date, or still to come
  are not judged.  For medicines without times nothing can be missed; instead the
  report counts doses taken sooner after the previous one than the minimum
  interval printed on the label (from the drug catalog), when the catalog has one.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from ..core.catalog import load_catalog
from ..core.records import Cramp, Dose, History, num
from ..core.timeutil import UTC, day_range_utc, local_zone, now_utc, to_local
from ..core.vocab import amount_mg, word
from .rows import FlagCount, side_word, unit_word

__all__ = ["FlagCount", "MedSummary", "Previous", "Summary", "summarize", "resolve_period"]

DEFAULT_DAYS = 90
ON_TIME_H = 1.0
LATE_H = 4.0


@dataclass
class MedSummary:
    name: str
    doses: int
    days_taken: int
    total: str  # "96 mg" or "12 tablet, 3 mg"
    usual: str  # most common single amount
    schedule: str = ""  # "08:00, 20:00" or ""
    slots: int = 0
    on_time: int = 0
    late: int = 0
    missed: int = 0
    min_interval_h: float | None = None
    too_soon: int = 0
    in_my_list: bool = False


@dataclass
class Previous:
    """The period of equal length just before the report's period."""

    start: date
    end: date
    entries: int
    cramps: int
    per_week: float
    severity_mean: float | None
    nights_woken: int


@dataclass
class Summary:
    start: date
    end: date
    days: int
    cramps: int = 0
    per_week: float = 0.0
    first_half: tuple[date, date, float] | None = None
    second_half: tuple[date, date, float] | None = None
    severity_median: float | None = None
    severity_mean: float | None = None
    previous: Previous | None = None
    severity_min: int | None = None
    severity_max: int | None = None
    nights: int = 0  # nights in the period
    nights_woken: int = 0
    woke_episodes: int = 0
    longest: Cramp | None = None
    duration_median_s: float | None = None
    body_areas: list[tuple[str, int, str]] = field(default_factory=list)
    relief: list[tuple[str, int, float | None, int]] = field(default_factory=list)
    medicines: list[MedSummary] = field(default_factory=list)
    flags: list[FlagCount] = field(default_factory=list)
    flags_error: str | None = None
    symptoms: list[tuple[str, int, float, int]] = field(default_factory=list)
    bp_n: int = 0
    bp: dict[str, float] = field(default_factory=dict)
    pulse: dict[str, float] = field(default_factory=dict)
    pulse_n: int = 0
    red_flag_cramps: list[Cramp] = field(default_factory=list)
    water_days: int = 0
    water_mean_ml: float | None = None
    stretch_sessions: int = 0
    stretch_minutes: float = 0.0
    entries: int = 0

    @property
    def change_text(self) -> str:
        from ..core.i18n import tr
        from .rows import dec

        if not self.first_half or not self.second_half:
            return ""
        a, b = self.first_half[2], self.second_half[2]
        if a == 0 and b == 0:
            return tr("report", "none in either half of the period")
        if a == 0:
            return tr("report", "none in the first half, {b} per week in the second half").format(
                b=dec(f"{b:.1f}"))
        ratio = (b - a) / a
        if abs(ratio) < 0.15:
            word = tr("report", "about the same")
        elif ratio > 0:
            word = tr("report", "up {pct}%").format(pct=f"{ratio * 100:.0f}")
        else:
            word = tr("report", "down {pct}%").format(pct=f"{-ratio * 100:.0f}")
        return tr("report", "{a} per week in the first half, {b} in the second ({change})").format(
            a=dec(f"{a:.1f}"), b=dec(f"{b:.1f}"), change=word)


def resolve_period(first_entry: datetime | None, start: date | None,
                   end: date | None) -> tuple[date, date]:
    """The period: without ``end`` up to today; without ``start`` the 90 days up to ``end``.

    ``first_entry`` is no longer used (the default used to start at the first entry);
    it stays in the signature for callers that still pass it."""
    today = to_local(now_utc()).date()
    if end is None:
        end = today
    if start is None:
        start = end - timedelta(days=DEFAULT_DAYS - 1)
    return start, end


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same number of days that ends the day before ``start``."""
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def summarize_previous(cramps: list[Cramp], entries: int, start: date, end: date) -> Previous:
    days = (end - start).days + 1
    sev = [c.severity for c in cramps]
    return Previous(start=start, end=end, entries=entries, cramps=len(cramps),
                    per_week=len(cramps) / (days / 7),
                    severity_mean=statistics.fmean(sev) if sev else None,
                    nights_woken=len({_night(c.at) for c in cramps if c.woke}))


def _night(dt: datetime) -> date:
    return (to_local(dt) - timedelta(hours=12)).date()


def _fmt_amounts(amounts: dict[str, float]) -> str:
    return ", ".join(f"{num(round(v, 3))} {unit_word(u)}" for u, v in amounts.items())


def _med_key(name: str, key: str | None) -> str:
    return key or name.strip().casefold()


def summarize(history: History, start: date, end: date, medicines: list[Any] = (),  # type: ignore[assignment]
              flags: list[Any] | None = None, now: datetime | None = None) -> Summary:
    """Everything on page one.  ``history`` holds exactly the period's entries."""
    now = now or now_utc()
    days = (end - start).days + 1
    s = Summary(start=start, end=end, days=days, entries=len(history))
    cr = history.cramps
    s.cramps = len(cr)
    s.per_week = len(cr) / (days / 7) if days else 0.0
    if days >= 2:
        half = days // 2
        mid = start + timedelta(days=half)
        lo_mid, _ = day_range_utc(mid, None)
        a = sum(1 for c in cr if c.at < lo_mid)  # type: ignore[operator, misc]
        b = len(cr) - a
        s.first_half = (start, mid - timedelta(days=1), a / (half / 7))
        s.second_half = (mid, end, b / ((days - half) / 7))
    if cr:
        sev = [c.severity for c in cr]
        s.severity_median = statistics.median(sev)
        s.severity_mean = statistics.fmean(sev)
        s.severity_min, s.severity_max = min(sev), max(sev)
        woke = [c for c in cr if c.woke]
        s.woke_episodes = len(woke)
        s.nights_woken = len({_night(c.at) for c in woke})
        with_dur = [c for c in cr if c.duration_s]
        if with_dur:
            s.longest = max(with_dur, key=lambda c: (c.duration_s, c.severity))
            s.duration_median_s = statistics.median(c.duration_s for c in with_dur)  # type: ignore[misc, type-var]
        areas: Counter[str] = Counter(c.muscle for c in cr)
        sides: dict[str, Counter[str]] = defaultdict(Counter)
        for c in cr:
            if c.side:
                sides[c.muscle][c.side] += 1
        for m, n in areas.most_common():
            side_txt = ", ".join(f"{side_word(k)} {v}"
                                 for k, v in sides[m].most_common())
            s.body_areas.append((word("muscle", m), n, side_txt))
        used: Counter[str] = Counter()
        scores: dict[str, list[int]] = defaultdict(list)
        for c in cr:
            for r in c.relief:
                used[r] += 1
                if c.relief_score is not None:
                    scores[r].append(c.relief_score)
        rel = []
        for r, n in used.items():
            sc = scores.get(r) or []
            rel.append((word("relief", r), n, statistics.median(sc) if sc else None, len(sc)))
        rel.sort(key=lambda t: (-(t[2] if t[2] is not None else -1), -t[1]))
        s.relief = rel
        s.red_flag_cramps = [c for c in cr if c.red_flags]
    lo, hi = day_range_utc(start, end)
    assert lo is not None and hi is not None
    s.nights = days
    s.medicines = _medicines(history.doses, list(medicines), start, end, now)
    if flags is not None:
        from .rows import flag_rows

        s.flags = flag_rows(flags)
    sym: dict[str, list[int]] = defaultdict(list)
    names: dict[str, str] = {}
    for y in history.symptoms:
        k = y.name.strip().casefold()
        names.setdefault(k, y.name.strip())
        sym[k].append(y.severity)
    s.symptoms = sorted(((names[k], len(v), statistics.median(v), max(v)) for k, v in sym.items()),
                        key=lambda t: (-t[1], t[0]))
    bps = [v for v in history.vitals if v.systolic is not None]
    s.bp_n = len(bps)
    if bps:
        sy = [v.systolic for v in bps]
        di = [v.diastolic for v in bps]
        s.bp = {"sys_min": min(sy), "sys_max": max(sy), "sys_mean": statistics.fmean(sy),  # type: ignore[type-var, arg-type, dict-item]
                "dia_min": min(di), "dia_max": max(di), "dia_mean": statistics.fmean(di)}  # type: ignore[type-var, arg-type, dict-item]
    pulses = [v.pulse for v in history.vitals if v.pulse is not None]
    s.pulse_n = len(pulses)
    if pulses:
        s.pulse = {"min": min(pulses), "max": max(pulses), "mean": statistics.fmean(pulses)}
    per_day: dict[date, float] = defaultdict(float)
    zone = local_zone()
    for w in history.water:
        per_day[w.at.astimezone(zone).date()] += w.ml
    if per_day:
        s.water_days = len(per_day)
        s.water_mean_ml = statistics.fmean(per_day.values())
    s.stretch_sessions = len(history.stretches)
    s.stretch_minutes = float(sum(x.minutes for x in history.stretches))
    return s


def _medicines(doses: list[Dose], meds: list[Any], start: date, end: date,
               now: datetime) -> list[MedSummary]:
    cat = load_catalog()
    groups: dict[str, list[Dose]] = defaultdict(list)
    names: dict[str, str] = {}
    for d in doses:
        k = _med_key(d.drug, d.drug_key)
        groups[k].append(d)
        names.setdefault(k, d.drug)
    mine: dict[str, Any] = {}
    for m in meds:
        if m.stopped_on is not None and m.stopped_on < start:
            continue
        if m.started_on is not None and m.started_on > end:
            continue
        k = _med_key(m.name, m.drug_key)
        mine[k] = m
        names.setdefault(k, m.name)
    out = []
    zone = local_zone()
    for k in sorted(set(groups) | set(mine), key=lambda x: names[x].casefold()):
        ds = groups.get(k, [])
        totals: dict[str, float] = defaultdict(float)
        amounts: Counter[str] = Counter()
        for d in ds:
            mg = amount_mg(d.amount, d.unit)
            if mg is not None:
                totals["mg"] += mg
            else:
                totals[d.unit] += d.amount
            amounts[f"{num(d.amount)} {unit_word(d.unit)}"] += 1
        ms = MedSummary(
            name=names[k], doses=len(ds),
            days_taken=len({d.at.astimezone(zone).date() for d in ds}),
            total=_fmt_amounts(totals) if ds else "",
            usual=amounts.most_common(1)[0][0] if amounts else "",
            in_my_list=k in mine,
        )
        m = mine.get(k)
        sched = [x for x in (m.schedule or "").split(";") if x] if m is not None else []
        if sched:
            ms.schedule = ", ".join(sched)
            _adherence(ms, ds, sched, m, start, end, now)
        else:
            drug = cat.get(ds[0].drug_key) if ds and ds[0].drug_key else cat.resolve(names[k])
            gap = drug.limit("min_interval_h") if drug else None
            if gap:
                ms.min_interval_h = gap
                ms.too_soon = sum(1 for a, b in zip(ds, ds[1:])  # noqa: B905
                                  if (b.at - a.at).total_seconds() < gap * 3600 - 60)
        out.append(ms)
    return out


def _adherence(ms: MedSummary, doses: list[Dose], sched: list[str], med: Any, start: date,
               end: date, now: datetime) -> None:
    zone = local_zone()
    first = max(start, med.started_on) if med.started_on else start
    last = min(end, med.stopped_on) if med.stopped_on else end
    slots: list[datetime] = []
    d = first
    while d <= last:
        for hhmm in sched:
            h, mi = (int(x) for x in hhmm.split(":"))
            t = datetime.combine(d, time(h, mi), tzinfo=zone).astimezone(UTC)
            if t + timedelta(hours=LATE_H) <= now:
                slots.append(t)
        d += timedelta(days=1)
    slots.sort()
    times = [x.at for x in doses]  # sorted by time
    used = [False] * len(times)

    def take(lo: datetime, hi: datetime) -> bool:
        i = bisect_left(times, lo)
        while i < len(times) and times[i] <= hi:
            if not used[i]:
                used[i] = True
                return True
            i += 1
        return False

    for slot in slots:
        if take(slot - timedelta(hours=ON_TIME_H), slot + timedelta(hours=ON_TIME_H)):
            ms.on_time += 1
        elif take(slot + timedelta(hours=ON_TIME_H), slot + timedelta(hours=LATE_H)):
            ms.late += 1
        else:
            ms.missed += 1
    ms.slots = len(slots)
