"""The flag engine: a diary history and a moment in, safety flags out.

Pure: no clock reads (time is a parameter), no database (the history is a
parameter), and no drug names: every limit, class and marker comes from the
catalog data file (``resources/catalog.json``, see ``core.catalog``).  The rule
ids and their meaning are fixed by CONTRACT.md section 3.

Conventions (written down in ``docs/RULES.md``):

* All intervals are real elapsed time on aware UTC datetimes, so 6 hours across
  a daylight-saving change is 6 hours that really passed.  Calendar days (regular
  use, the high-dose mean, the taper) are local days of the machine's zone.
* "Less than", "more than", "exceeds" are strict.  A 24 h window ending at a
  dose at ``t`` holds the doses after ``t - 24 h`` up to ``t`` (and, among doses
  at the very same time, those entered before it).  "Within" is inclusive.
* ``evaluate(history, at, since)`` returns the flags whose time lies in
  ``[since, at]`` (both ends included; ``since`` defaults to ``at - 7 days``),
  judged only from entries at or before ``at``, newest first, ties by rule id.
* A pair of drugs raises one interaction flag: the first row of the catalog's
  interaction table whose classes the other drug has (rows run from the most
  to the least specific).
* Rules that would otherwise repeat on every dose give one flag per window:
  ``cramp-associated`` (per drug), interactions (per rule and other drug) and
  ``DRUG.course-length`` (per course) are raised at their latest occurrence in
  the window.  ``flags_for_entry`` judges them per entry instead.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from .catalog import Catalog, Drug, load_catalog
from .errors import InputError
from .records import Cramp, Dose, History, Vitals, Water, num
from .timeutil import iso, local_zone, to_local
from .vocab import RED_FLAGS, amount_mg

SEVERITIES = ("info", "warning", "danger")
_EPS = 1e-6
_DAY = timedelta(days=1)
_HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Flag:
    rule: str
    severity: str  # info | warning | danger
    title: str
    message: str
    at: datetime
    entries: tuple[int, ...]
    source: str

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "title": self.title,
                "message": self.message, "at": iso(self.at), "entries": list(self.entries),
                "source": self.source}


# --------------------------------------------------------------------------- words
def _when(dt: datetime) -> str:
    """'Sun 29 Mar 06:30' in local time."""
    loc = to_local(dt)
    return f"{loc:%a} {loc.day} {loc:%b %H:%M}"


def _day(d: date) -> str:
    return f"{d:%a} {d.day} {d:%b}"


def _gap(td: timedelta) -> str:
    """A duration in plain words: '5 h 59 min', '36 h', '2 days 4 h'."""
    mins = int(round(td.total_seconds() / 60))
    days, rem = divmod(mins, 24 * 60)
    h, m = divmod(rem, 60)
    parts = []
    if days >= 2 or (days == 1 and (h or m)):
        parts.append(f"{days} day" + ("s" if days != 1 else ""))
    else:
        h += days * 24
    if h:
        parts.append(f"{h} h")
    if m and days < 2:
        parts.append(f"{m} min")
    return " ".join(parts) or "0 min"


def _n(x: float | None) -> str:
    if x is None:
        return "?"
    v = num(round(float(x), 3))
    return str(v)


def _mg(x: float | None) -> str:
    return f"{_n(x)} mg"


def _dose(d: Dose) -> str:
    return f"{_n(d.amount)} {d.unit or 'mg'}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


_TALK = "Please talk to your prescriber or pharmacist about it."
_NO_CHANGE = "Do not change how you take it on your own; talk to your prescriber."


# --------------------------------------------------------------------------- helpers
def _at(r: Any) -> datetime:
    return r.at  # type: ignore[no-any-return]


def _cut(xs: Sequence[Any], start: datetime | None, end: datetime | None) -> list[Any]:
    """The entries with ``start <= at <= end`` of a list sorted by time."""
    lo = 0 if start is None else bisect_left(xs, start, key=_at)
    hi = len(xs) if end is None else bisect_right(xs, end, key=_at)
    return list(xs[lo:hi])


def _drug_key(cat: Catalog, d: Dose) -> str | None:
    if d.drug_key and d.drug_key in cat.drugs:
        return d.drug_key
    drug = cat.resolve(d.drug)
    return drug.key if drug else None


class _DrugData:
    """The doses of one drug, with times, mg and local days, for the rules."""

    def __init__(self, drug: Drug, doses: list[Dose], tz: Any):
        self.drug = drug
        self.doses = doses
        self.ts = [d.at for d in doses]
        self.mg = [amount_mg(d.amount, d.unit) for d in doses]
        self.days = [d.at.astimezone(tz).date() for d in doses]
        self.day_set = set(self.days)
        self.day_total: dict[date, float] = {}
        self.day_doses: dict[date, list[int]] = {}
        for i, day in enumerate(self.days):
            self.day_total[day] = self.day_total.get(day, 0.0) + (self.mg[i] or 0.0)
            self.day_doses.setdefault(day, []).append(i)


# --------------------------------------------------------------------------- engine
class _Engine:
    def __init__(self, history: History, at: datetime, lo: datetime | None,
                 target: int | None = None):
        self.cat = load_catalog()
        self.P: dict[str, Any] = self.cat.rules
        self.tz = local_zone()
        self.at = at
        self.lo = lo
        self.target = target
        self.flags: list[Flag] = []
        start = None if lo is None else lo - self._lookback()
        self.history = history
        self.dose_slice_start = 0 if start is None else bisect_left(history.doses, start, key=_at)
        doses = _cut(history.doses, start, at)
        self.cramps: list[Cramp] = _cut(history.cramps, start, at)
        self.vitals: list[Vitals] = _cut(history.vitals, start, at)
        self.water: list[Water] = _cut(history.water, start, at)
        groups: dict[str, list[Dose]] = {}
        for d in doses:
            key = _drug_key(self.cat, d)
            if key is not None:
                groups.setdefault(key, []).append(d)
        self.data = {k: _DrugData(self.cat.drugs[k], v, self.tz) for k, v in groups.items()}
        self.today = at.astimezone(self.tz).date()

    # ---- parameters
    def _p(self, section: str, name: str, default: Any) -> Any:
        return self.P.get(section, {}).get(name, default)

    def _src(self, source_id: str | None) -> str:
        return self.cat.source_text(source_id) if source_id else ""

    def _lookback(self) -> timedelta:
        days = [
            self._p("regular_use", "window_days", 7) + self._p("rebound", "max_days", 7),
            self._p("formulation", "window_days", 14),
            self._p("step_up", "window_days", 7),
            self._p("pattern_frequent", "window_days", 7),
            self._p("pattern_sleep", "window_days", 7),
            self._p("regular_use", "window_days", 7),
        ]
        for d in self.cat.drugs.values():
            hd = d.limit("high_dose_days")
            if hd:
                days.append(int(hd) + 1)
        hours = max(self._p("withdrawal", "gap_h", 36), self._p("together", "hours", 48), 24)
        return timedelta(days=max(days) + 2, hours=hours)

    # ---- output
    def judged(self, t: datetime) -> bool:
        return (self.lo is None or t >= self.lo) and t <= self.at

    def wants(self, at: datetime, ids: Iterable[int]) -> bool:
        """Would a flag at ``at`` naming ``ids`` be part of the answer? (saves wording it)"""
        return self.judged(at) and (self.target is None or self.target in ids)

    def add(self, rule: str, severity: str, title: str, message: str, at: datetime,
            entries: Iterable[int], source: str) -> None:
        ids = tuple(entries)
        if not self.wants(at, ids):
            return
        self.flags.append(Flag(rule, severity, _cap(title), message, at, ids, source))

    def run(self) -> list[Flag]:
        for dd in self.data.values():
            self._timing(dd)
            self._step_up(dd)
            self._formulation(dd)
            self._course(dd)
            self._withdrawal(dd)
            self._taper(dd)
            self._class_dose_rules(dd)
            self._vitals_rules(dd)
        self._interactions()
        self._cramps()
        out = sorted(self.flags, key=lambda f: (f.rule, f.entries))
        out.sort(key=lambda f: f.at, reverse=True)
        return out

    # ---- regular use and high-dose use, on local calendar days
    def regular_on(self, dd: _DrugData, day: date) -> bool:
        window = int(self._p("regular_use", "window_days", 7))
        need = int(self._p("regular_use", "min_days", 5))
        got = sum(1 for k in range(window) if day - timedelta(days=k) in dd.day_set)
        return got >= need

    def high_dose_on(self, dd: _DrugData, day: date) -> tuple[bool, float]:
        """(mean daily mg over the high-dose window ending with ``day`` >= threshold, mean)."""
        days = dd.drug.limit("high_dose_days")
        mean_mg = dd.drug.limit("high_dose_mean_mg")
        if not days or mean_mg is None:
            return False, 0.0
        n = int(days)
        total = math.fsum(dd.day_total.get(day - timedelta(days=k), 0.0) for k in range(n))
        mean = total / n
        return mean >= mean_mg - _EPS, mean

    # ---- DRUG.interval, DRUG.doses-24h, DRUG.daily-max, DRUG.single-dose
    def _timing(self, dd: _DrugData) -> None:
        drug, ds, ts, mg = dd.drug, dd.doses, dd.ts, dd.mg
        name = drug.name
        min_int = drug.limit("min_interval_h")
        max_n = drug.limit("max_doses_24h")
        max_mg = drug.limit("max_daily_mg")
        max_single = drug.limit("max_single_mg")
        if min_int is None and max_n is None and max_mg is None and max_single is None:
            return
        j = 0
        for i, d in enumerate(ds):
            t = ts[i]
            while ts[j] <= t - _DAY:
                j += 1
            if not self.judged(t):
                continue
            if (min_int is not None and i > 0 and t - ts[i - 1] < timedelta(hours=min_int)
                    and self.wants(t, (ds[i - 1].id, d.id))):
                prev = ds[i - 1]
                gap = t - ts[i - 1]
                self.add(
                    f"{drug.key}.interval", "warning",
                    f"{name}: doses only {_gap(gap)} apart",
                    f"You logged {name} {_dose(prev)} at {_when(prev.at)} and {_dose(d)} at "
                    f"{_when(d.at)}, {_gap(gap)} apart. The label says to leave at least "
                    f"{_n(min_int)} hours between doses. If a time is wrong, correct the entry. "
                    f"{_TALK}",
                    t, (prev.id, d.id), self._src(drug.limit_source("min_interval_h")))
            window = ds[j:i + 1]
            ids = tuple(x.id for x in window)
            if not self.wants(t, ids):
                continue
            count = len(window)
            if max_n is not None and count > max_n:
                self.add(
                    f"{drug.key}.doses-24h", "danger",
                    f"{name}: {count} doses within 24 hours",
                    f"The {name} dose at {_when(d.at)} is dose number {count} within 24 hours "
                    f"(since {_when(window[0].at)}). The label allows at most {_n(max_n)} doses "
                    f"in 24 hours. {_TALK} If you feel very drowsy, dizzy or faint, get "
                    f"medical help.",
                    t, ids, self._src(drug.limit_source("max_doses_24h")))
            if max_mg is not None:
                total = math.fsum(m for m in mg[j:i + 1] if m is not None)
                if total > max_mg + _EPS:
                    self.add(
                        f"{drug.key}.daily-max", "danger",
                        f"{name}: {_mg(total)} within 24 hours",
                        f"With the dose at {_when(d.at)} you logged {_mg(total)} of {name} within "
                        f"24 hours ({count} doses). The label's maximum is {_mg(max_mg)} in 24 "
                        f"hours. {_TALK} If you feel very drowsy, dizzy or faint, get medical help.",
                        t, ids, self._src(drug.limit_source("max_daily_mg")))
            if max_single is not None and mg[i] is not None and mg[i] > max_single + _EPS:
                self.add(
                    f"{drug.key}.single-dose", "danger",
                    f"{name}: a single dose of {_mg(mg[i])}",
                    f"You logged one dose of {_mg(mg[i])} of {name} at {_when(d.at)}. Single "
                    f"doses above {_mg(max_single)} go beyond what the label covers. If the "
                    f"amount is wrong, correct the entry. {_TALK}",
                    t, (d.id,), self._src(drug.limit_source("max_single_mg")))

    # ---- DRUG.step-up
    def _step_up(self, dd: _DrugData) -> None:
        drug, ds, ts, mg = dd.drug, dd.doses, dd.ts, dd.mg
        step = drug.limit("max_step_mg")
        if step is None:
            return
        span = timedelta(days=self._p("step_up", "window_days", 7))
        k = 0
        for i, d in enumerate(ds):
            t = ts[i]
            while ts[k] <= t - span:
                k += 1
            if not self.judged(t) or mg[i] is None or k >= i:
                continue
            best = -1
            for x in range(k, i):
                if mg[x] is not None and (best < 0 or mg[x] >= mg[best]):  # type: ignore[operator]
                    best = x
            if best < 0:
                continue
            top = mg[best]
            assert top is not None
            if mg[i] - top > step + _EPS and self.wants(t, (ds[best].id, d.id)):  # type: ignore[operator]
                self.add(
                    f"{drug.key}.step-up", "warning",
                    f"{drug.name}: dose raised by {_mg(mg[i] - top)}",  # type: ignore[operator]
                    f"The {drug.name} dose at {_when(d.at)} was {_mg(mg[i])}; the largest dose in "
                    f"the 7 days before was {_mg(top)} ({_when(ds[best].at)}). The label raises "
                    f"the dose in steps of at most {_mg(step)}. If this step was not agreed with "
                    f"your prescriber, talk to them about it.",
                    t, (ds[best].id, d.id), self._src(drug.limit_source("max_step_mg")))

    # ---- DRUG.formulation-switch
    def _formulation(self, dd: _DrugData) -> None:
        drug, ds = dd.drug, dd.doses
        if not drug.marker("formulation_sensitive"):
            return
        forms = set(self._p("formulation", "forms", ["tablet", "capsule"]))
        span = timedelta(days=self._p("formulation", "window_days", 14))
        src = self._src(drug.marker("formulation_source") or drug.source)
        last_form: Dose | None = None
        last_food: Dose | None = None
        for d in ds:
            if self.judged(d.at) and (self.target is None or self.target == d.id
                                      or self.target in (getattr(last_form, "id", None),
                                                         getattr(last_food, "id", None))):
                changes: list[str] = []
                ids: list[int] = []
                if (d.form in forms and last_form is not None and d.at - last_form.at <= span
                        and last_form.form != d.form):
                    changes.append(f"{last_form.form} on {_when(last_form.at)}, {d.form} now")
                    ids.append(last_form.id)
                if (d.with_food is not None and last_food is not None
                        and d.at - last_food.at <= span and last_food.with_food != d.with_food):
                    def food(v: bool | None) -> str:
                        return "with food" if v else "without food"
                    changes.append(f"{food(last_food.with_food)} on {_when(last_food.at)}, "
                                   f"{food(d.with_food)} now")
                    if last_food.id not in ids:
                        ids.append(last_food.id)
                if changes:
                    self.add(
                        f"{drug.key}.formulation-switch", "warning",
                        f"{drug.name}: taken differently from before",
                        f"The {drug.name} dose at {_when(d.at)} was taken differently: "
                        f"{'; '.join(changes)}. The label says tablets and capsules, and taking "
                        f"it with or without food, can change how much reaches the blood, so the "
                        f"effect may be stronger or weaker. {_TALK}",
                        d.at, sorted(ids) + [d.id], src)
            if d.form in forms:
                last_form = d
            if d.with_food is not None:
                last_food = d

    # ---- DRUG.course-length
    def _course_start(self, first: Dose, key: str, gap: timedelta) -> Dose:
        """Walk back from the slice start to the true first dose of the course."""
        start = first
        i = self.dose_slice_start - 1
        doses = self.history.doses
        while i >= 0:
            d = doses[i]
            if start.at - d.at >= gap:
                break
            if _drug_key(self.cat, d) == key:
                start = d
            i -= 1
        return start

    def _course(self, dd: _DrugData) -> None:
        drug, ds, ts = dd.drug, dd.doses, dd.ts
        max_days = drug.limit("max_course_days")
        if max_days is None or not ds:
            return
        gap = timedelta(days=self._p("course", "gap_days", 7))
        limit = timedelta(days=max_days)
        start = self._course_start(ds[0], drug.key, gap) if self.lo is not None else ds[0]
        latest: dict[int, int] = {}
        hits: list[tuple[Dose, int]] = []
        for i, d in enumerate(ds):
            if i > 0 and ts[i] - ts[i - 1] >= gap:
                start = d
            if ts[i] - start.at > limit and self.judged(ts[i]):
                latest[start.id] = i
                hits.append((start, i))
        if self.target is None:
            chosen = [(s, i) for s, i in hits if latest[s.id] == i]
        else:
            chosen = hits
        for s, i in chosen:
            d = ds[i]
            self.add(
                f"{drug.key}.course-length", "warning",
                f"{drug.name}: taken for more than {_n(max_days)} days",
                f"You have logged {drug.name} since {_when(s.at)}, {_gap(d.at - s.at)} by "
                f"{_when(d.at)}. The label means it for short courses of up to {_n(max_days)} "
                f"days. {_TALK}",
                d.at, (s.id, d.id), self._src(drug.limit_source("max_course_days")))

    # ---- DRUG.withdrawal
    def _withdrawal(self, dd: _DrugData) -> None:
        drug, ds, ts = dd.drug, dd.doses, dd.ts
        if not drug.marker("withdrawal"):
            return
        gap = timedelta(hours=self._p("withdrawal", "gap_h", 36))
        src = self._src(drug.marker("withdrawal_source") or drug.source)
        n = len(ds)
        for i, d in enumerate(ds):
            due = ts[i] + gap
            if not self.judged(due):
                continue
            if i + 1 < n and ts[i + 1] <= due:
                continue
            if i + 1 >= n and not self.at > due:
                continue  # exactly 36 h without a dose so far is not yet "more than" 36 h
            day = dd.days[i]
            if not self.regular_on(dd, day):
                continue
            severity = drug.marker("withdrawal_severity", "warning")
            high, mean = self.high_dose_on(dd, day)
            extra = ""
            if high:
                severity = drug.marker("withdrawal_severity_high_dose", severity)
                extra = (f" Over the {_n(drug.limit('high_dose_days'))} days up to then you took "
                         f"{_mg(round(mean, 1))} a day on average, which makes stopping suddenly "
                         f"riskier.")
            if severity not in SEVERITIES:
                severity = "warning"
            self.add(
                f"{drug.key}.withdrawal", severity,
                f"{drug.name}: no dose logged for more than {_n(gap / _HOUR)} hours",
                f"You took {drug.name} regularly, but the last dose in the diary was at "
                f"{_when(d.at)}: {_n(gap / _HOUR)} hours passed without another dose (by "
                f"{_when(due)}).{extra} "
                f"The label warns that stopping suddenly can cause withdrawal effects. Do not "
                f"stop it suddenly on your own: contact your prescriber about how to stop or "
                f"continue. If you did take a dose and only forgot to log it, log it now. If you "
                f"feel unwell (racing heart, pounding headache, confusion, fits), get medical "
                f"help now.",
                due, (d.id,), src)

    # ---- DRUG.taper-fast
    def _taper(self, dd: _DrugData) -> None:
        drug = dd.drug
        step = drug.limit("taper_step_mg")
        if step is None or not dd.doses:
            return
        for day in sorted(dd.day_doses):
            if day >= self.today:
                break  # today's unfinished day is never judged
            total = dd.day_total.get(day, 0.0)
            prev_day = day - _DAY
            prev = dd.day_total.get(prev_day, 0.0)
            if not (total > _EPS and total < prev - step - _EPS):
                continue
            idx = dd.day_doses[day]
            last = dd.doses[idx[-1]]
            if not self.judged(last.at):
                continue
            high, mean = self.high_dose_on(dd, prev_day)
            if not high:
                continue
            ids = [dd.doses[k].id for k in dd.day_doses.get(prev_day, [])] + \
                [dd.doses[k].id for k in idx]
            self.add(
                f"{drug.key}.taper-fast", "warning",
                f"{drug.name}: daily amount dropped by {_mg(prev - total)}",
                f"On {_day(day)} you logged {_mg(total)} of {drug.name} in total, "
                f"{_mg(prev - total)} less than the {_mg(prev)} of {_day(prev_day)}. After "
                f"weeks of high doses (about {_mg(round(mean, 1))} a day), the label lowers the "
                f"dose by at most {_mg(step)} a day, because a fast drop can cause withdrawal "
                f"effects such as high blood pressure and a racing heart. {_NO_CHANGE}",
                last.at, ids, self._src(drug.limit_source("taper_step_mg")))

    # ---- cramp-associated, DRUG.not-for-cramps
    def _class_dose_rules(self, dd: _DrugData) -> None:
        drug, ds = dd.drug, dd.doses
        if drug.has("not-for-cramps"):
            for d in ds:
                if self.judged(d.at):
                    self.add(
                        f"{drug.key}.not-for-cramps", "danger",
                        f"{drug.name} is not a treatment for cramps",
                        f"You logged {drug.name} {_dose(d)} at {_when(d.at)}. Health authorities "
                        f"warn that, used for leg cramps, it has caused serious and sometimes "
                        f"life-threatening side effects (bleeding and blood problems, heart "
                        f"rhythm problems, severe allergic reactions). Talk to your prescriber "
                        f"soon about it. If you have unusual bleeding or bruising, a racing or "
                        f"irregular heartbeat, a rash or trouble breathing, get medical help now.",
                        d.at, (d.id,), self._src(drug.class_source("not-for-cramps")))
        if drug.has("cramp-associated"):
            hits = [d for d in ds if self.judged(d.at)]
            if self.target is None:
                hits = hits[-1:]
            for d in hits:
                reason = drug.cramp_reason or "It is among the medicines that go with muscle cramps."
                self.add(
                    "cramp-associated", "info",
                    f"{drug.name} can go with cramps",
                    f"You logged {drug.name} (last dose {_when(d.at)}). {reason} This does not "
                    f"mean it causes your cramps. Mention it to your prescriber when you talk "
                    f"about your cramps.",
                    d.at, (d.id,), self._src(drug.class_source("cramp-associated")))

    # ---- vitals.rebound, vitals.low-bp
    def _vitals_rules(self, dd: _DrugData) -> None:
        drug, ds, ts = dd.drug, dd.doses, dd.ts
        rebound = drug.marker("rebound_watch")
        low = drug.marker("lowers_bp")
        if not (rebound or low) or not ds:
            return
        R = self.P.get("rebound", {})
        L = self.P.get("low_bp", {})
        for v in self.vitals:
            if not self.judged(v.at):
                continue
            i = bisect_right(ts, v.at) - 1
            if i < 0:
                continue
            d = ds[i]
            gap = v.at - d.at
            if rebound:
                high = []
                if v.systolic is not None and v.systolic >= R.get("systolic", 140):
                    high.append(f"systolic {v.systolic}")
                if v.diastolic is not None and v.diastolic >= R.get("diastolic", 90):
                    high.append(f"diastolic {v.diastolic}")
                if v.pulse is not None and v.pulse >= R.get("pulse", 100):
                    high.append(f"pulse {v.pulse}/min")
                if (high and timedelta(hours=R.get("min_h", 12)) <= gap
                        <= timedelta(days=R.get("max_days", 7)) and self.regular_on(dd, dd.days[i])):
                    self.add(
                        "vitals.rebound", "danger",
                        f"High reading {_gap(gap)} after the last {drug.name} dose",
                        f"Your reading at {_when(v.at)} was high ({', '.join(high)}), {_gap(gap)} "
                        f"after your last logged {drug.name} dose ({_when(d.at)}), which you had "
                        f"been taking regularly. The label warns that stopping suddenly can make "
                        f"blood pressure and heart rate rebound. Contact your prescriber today; "
                        f"do not restart or stop it on your own. If you have chest pain, a severe "
                        f"headache, confusion or trouble breathing, get emergency help now. If "
                        f"you did take doses that are not logged, log them.",
                        v.at, (d.id, v.id), self._src(R.get("source")))
            if low:
                lows = []
                if v.systolic is not None and v.systolic < L.get("systolic", 90):
                    lows.append(f"systolic {v.systolic}")
                if v.diastolic is not None and v.diastolic < L.get("diastolic", 60):
                    lows.append(f"diastolic {v.diastolic}")
                if lows and timedelta(0) <= gap <= timedelta(hours=L.get("within_h", 6)):
                    self.add(
                        "vitals.low-bp", "warning",
                        f"Low blood pressure {_gap(gap)} after {drug.name}",
                        f"Your blood pressure at {_when(v.at)} was low ({', '.join(lows)} mmHg), "
                        f"{_gap(gap)} after a {drug.name} dose ({_when(d.at)}). The label warns "
                        f"that it can lower blood pressure. Get up slowly and sit or lie down if "
                        f"you feel dizzy. {_TALK} If you faint or feel very unwell, get medical "
                        f"help now.",
                        v.at, (d.id, v.id), self._src(L.get("source")))

    # ---- interactions
    def _interactions(self) -> None:
        together = timedelta(hours=self._p("together", "hours", 48))
        rules = self.P.get("interactions", [])
        for sk, sdd in self.data.items():
            subject = sdd.drug
            if not subject.marker("interaction_subject"):
                continue
            for ok, odd in self.data.items():
                if ok == sk:
                    continue
                other = odd.drug
                # every row of the table that the other drug matches: clonidine is an
                # alpha2 agonist AND a blood-pressure medicine, and the label warns of both
                for rule in rules:
                    if set(rule.get("classes", ())) & set(other.classes):
                        self._pair(rule, subject, sdd.doses, other.name, odd.doses, together,
                                   other)
            for rule in rules:
                drinks = set(rule.get("drinks", ()))
                if not drinks:
                    continue
                items = [w for w in self.water if w.drink in drinks]
                if items:
                    self._pair(rule, subject, sdd.doses, "alcohol", items,
                               timedelta(hours=rule.get("drink_window_h", 12)), None)

    def _pair(self, rule: dict[str, Any], subject: Drug, a_list: list[Dose], other_name: str,
              b_list: Sequence[Dose | Water], window: timedelta, other: Drug | None) -> None:
        """One flag per (rule, other drug): at the latest moment where the two meet."""
        if not a_list or not b_list:
            return
        found: list[tuple[datetime, Dose, Dose | Water]] = []

        def partner(xs: Sequence[Any], lo_t: datetime, hi_t: datetime) -> Any:
            k = bisect_right(xs, hi_t, key=_at) - 1
            if k >= 0 and xs[k].at >= lo_t:
                return xs[k]
            return None

        if self.target is None:
            for x in a_list:
                if self.judged(x.at):
                    p = partner(b_list, x.at - window, x.at)
                    if p is not None:
                        found.append((x.at, x, p))
            for y in b_list:
                if self.judged(y.at):
                    p = partner(a_list, y.at - window, y.at)
                    if p is not None:
                        found.append((y.at, p, y))
            if found:
                best = max(found, key=lambda f: (f[0], f[1].id, f[2].id))
                found = [best]
        else:
            for x in a_list:
                if x.id == self.target:
                    p = partner(b_list, x.at - window, x.at + window)
                    if p is not None:
                        found.append((max(x.at, p.at), x, p))
            for y in b_list:
                if y.id == self.target:
                    p = partner(a_list, y.at - window, y.at + window)
                    if p is not None:
                        found.append((max(y.at, p.at), p, y))
        rid = f"interaction.{rule['id']}"
        severity = rule.get("severity", "warning")
        src = self._src(rule.get("source"))
        for t, s_dose, o_item in found:
            first, second = sorted((s_dose, o_item), key=lambda r: (r.at, r.id))
            gap = second.at - first.at
            seen = (f"You logged {subject.name} at {_when(s_dose.at)} and "
                    + (f"an alcoholic drink at {_when(o_item.at)}" if other is None
                       else f"{other_name} at {_when(o_item.at)}")
                    + f", {_gap(gap)} apart.")
            title, says, todo = _INTERACTION_WORDS.get(rule["id"], _INTERACTION_WORDS["default"])
            self.add(
                rid, severity,
                title.format(subject=subject.name, other=other_name),
                f"{seen} {_cap(says.format(subject=subject.name, other=other_name))} {todo}",
                t, (s_dose.id, o_item.id), src)

    # ---- cramps
    def _cramps(self) -> None:
        cramps = self.cramps
        if self.target is not None:
            tgt = [c for c in cramps if c.id == self.target]
            if not tgt:
                return
            anchor = tgt[0].at
        else:
            anchor = self.at
        rf_src = self._src(self._p("red_flag", "source", None))
        long_s = self._p("cramp_long", "seconds", 600)
        for c in cramps:
            if not self.judged(c.at):
                continue
            if c.red_flags:
                what = "; ".join(RED_FLAGS[f][0] if f in RED_FLAGS else f for f in c.red_flags)
                self.add(
                    "red-flag", "danger",
                    "Warning sign logged: seek care now",
                    f"With the cramp at {_when(c.at)} you noted: {what}. Together with cramps "
                    f"this can be a sign of a serious problem, such as pressure on the nerves at "
                    f"the base of the spine or muscle breakdown. Seek care now: call your "
                    f"emergency number or go to an emergency department. Do not wait for your "
                    f"next appointment, and do not wait to see if it passes.",
                    c.at, (c.id,), rf_src)
            if c.duration_s is not None and c.duration_s > long_s:
                self.add(
                    "cramp.long", "warning",
                    f"A long cramp: {_gap(timedelta(seconds=c.duration_s))}",
                    f"The cramp at {_when(c.at)} lasted {_gap(timedelta(seconds=c.duration_s))}. "
                    f"Most cramps pass within a few minutes; one that lasts longer than "
                    f"{_n(long_s / 60)} minutes is worth mentioning to your doctor. If the muscle "
                    f"stays hard, swollen or weak, or your urine turns dark, get medical help now.",
                    c.at, (c.id,), self._src(self._p("cramp_long", "source", None)))
        self._pattern(cramps, anchor, "pattern_frequent", "pattern.frequent", "warning",
                      lambda c: True)
        self._pattern(cramps, anchor, "pattern_sleep", "pattern.sleep", "info",
                      lambda c: bool(c.woke))

    def _pattern(self, cramps: list[Cramp], anchor: datetime, section: str, rule: str,
                 severity: str, keep: Any) -> None:
        count = int(self._p(section, "count", 3))
        span = timedelta(days=self._p(section, "window_days", 7))
        inside = [c for c in _cut(cramps, anchor - span, anchor) if keep(c)]
        if len(inside) < count:
            return
        t = inside[count - 1].at
        n = len(inside)
        src = self._src(self._p(section, "source", None))
        if rule == "pattern.frequent":
            title = f"{n} cramps in 7 days"
            msg = (f"You logged {n} cramps between {_when(inside[0].at)} and "
                   f"{_when(inside[-1].at)}. Frequent cramps are worth talking over with your "
                   f"doctor, who can look for causes such as medicines, salts in the blood or "
                   f"nerve problems. Bring this diary along.")
        else:
            title = f"Woken by cramps {_times(n)} in 7 days"
            msg = (f"Cramps woke you {_times(n)} between {_when(inside[0].at)} and "
                   f"{_when(inside[-1].at)}. Night-time cramps that break your sleep are worth "
                   f"mentioning to your doctor. Gentle calf stretches before bed help some people.")
        self.add(rule, severity, title, msg, t, tuple(c.id for c in inside), src)


_INTERACTION_WORDS = {
    "contraindicated": (
        "{subject} with {other}: a combination the label forbids",
        "The {subject} label says it must not be taken together with {other}: {other} blocks "
        "the liver enzyme that clears {subject}, so its level can rise many times over and "
        "cause very low blood pressure, a slow heartbeat and heavy drowsiness.",
        "Contact your prescriber or pharmacist today; do not change either medicine on your "
        "own. If you feel faint, very drowsy or confused, get medical help now."),
    "alpha2-agonist": (
        "{subject} with {other}: two medicines of the same kind",
        "The {subject} label advises against using it with other alpha-2 agonists such as "
        "{other}: together they can lower blood pressure and heart rate too much.",
        "Contact your prescriber today; do not change either medicine on your own. If you feel "
        "faint or very unwell, get medical help now."),
    "cyp1a2": (
        "{subject} with {other}: may raise the {subject} level",
        "{other} slows the liver enzyme that clears {subject}; the label says to avoid the "
        "combination, as {subject} can build up and cause low blood pressure and drowsiness.",
        "Talk to your prescriber or pharmacist about it; do not change either medicine on your "
        "own."),
    "antihypertensive": (
        "{subject} with {other}: blood pressure may drop",
        "{subject} lowers blood pressure, and so does {other}; the label warns that together "
        "they can make it drop too far (dizziness, fainting on standing up).",
        "Stand up slowly, and talk to your prescriber or pharmacist about it; do not change "
        "either medicine on your own."),
    "sedative": (
        "{subject} with {other}: extra drowsiness",
        "{subject} and {other} both make you drowsy and slow; the label warns the effects add "
        "up, which matters for driving, falls and breathing.",
        "Do not drive or operate machines if you feel drowsy. Talk to your prescriber or "
        "pharmacist about taking them together."),
    "default": (
        "{subject} with {other}",
        "The label warns about using these two together.",
        "Talk to your prescriber or pharmacist about it."),
}


# --------------------------------------------------------------------------- public API
def evaluate(history: History, at: datetime, since: datetime | None = None) -> list[Flag]:
    """Every flag whose time lies in ``[since, at]``, judged from entries up to ``at``.

    ``since`` defaults to ``at - 7 days``.  Newest first; equal times by rule id.
    """
    if since is None:
        since = at - timedelta(days=7)
    if since > at:
        return []
    return _Engine(history, at, since).run()


def flags_for_entry(history: History, entry_id: int) -> list[Flag]:
    """The flags that name this entry, judged over the whole given history.

    Used right after logging or editing: a backdated dose that makes a later
    dose too close shows that flag too.  The judging moment is the latest entry
    of the history; window-aggregated rules are judged per entry here.
    """
    items = [*history.cramps[-1:], *history.doses[-1:], *history.water[-1:],
             *history.stretches[-1:], *history.vitals[-1:], *history.symptoms[-1:]]
    if not items:
        return []
    at = max(r.at for r in items)
    return _Engine(history, at, None, target=entry_id).run()


def _resolve(name: str) -> Drug:
    drug = load_catalog().resolve(name)
    if drug is None:
        raise InputError("drug", f"{name!r} is not in the drug catalog, so there are no "
                                 f"dose limits to check")
    return drug


def next_dose(history: History, drug_name: str, at: datetime) -> dict[str, Any]:
    """When another dose would raise neither DRUG.interval nor DRUG.doses-24h.

    ``earliest_next_at`` may lie before ``at`` (then a dose now raises neither).
    """
    cat = load_catalog()
    drug = _resolve(drug_name)
    doses = [d for d in _cut(history.doses, None, at) if _drug_key(cat, d) == drug.key]
    window = [d for d in doses if d.at > at - _DAY]
    mgs = [amount_mg(d.amount, d.unit) for d in window]
    mg_24 = math.fsum(m for m in mgs if m is not None)
    max_mg = drug.limit("max_daily_mg")
    earliest: datetime | None = None
    if doses:
        earliest = doses[-1].at
        min_int = drug.limit("min_interval_h")
        if min_int is not None:
            earliest = max(earliest, doses[-1].at + timedelta(hours=min_int))
        max_n = drug.limit("max_doses_24h")
        if max_n is not None and len(doses) >= max_n >= 1:
            # the new dose may be at most number max_n in its window: the max_n-th most
            # recent dose must have left it (a dose exactly 24 h earlier is outside)
            earliest = max(earliest, doses[-int(max_n)].at + _DAY)
    return {
        "drug": drug.name,
        "last_dose_at": iso(doses[-1].at) if doses else None,
        "earliest_next_at": iso(earliest),
        "doses_last_24h": len(window),
        "mg_last_24h": num(round(mg_24, 6)),
        "mg_left_24h": None if max_mg is None else num(round(max(0.0, max_mg - mg_24), 6)),
    }


def describe_next_dose(info: dict[str, Any], at: datetime) -> str:
    """The text form of ``next_dose`` for the command line."""
    from .timeutil import parse_datetime

    name = info["drug"]
    lines = []
    if info["last_dose_at"] is None:
        lines.append(f"No {name} dose is on record.")
    else:
        last = parse_datetime(info["last_dose_at"])
        lines.append(f"Last {name} dose: {_when(last)} ({_gap(at - last)} ago).")
        lines.append(f"In the last 24 hours: {info['doses_last_24h']} dose"
                     f"{'s' if info['doses_last_24h'] != 1 else ''}, {_mg(info['mg_last_24h'])}"
                     + (f" ({_mg(info['mg_left_24h'])} left under the label's 24-hour maximum)."
                        if info["mg_left_24h"] is not None else "."))
        nxt = parse_datetime(info["earliest_next_at"])
        drug = load_catalog().resolve(name)
        if drug is not None and drug.limit("min_interval_h") is None \
                and drug.limit("max_doses_24h") is None:
            lines.append(f"The catalog has no limits on the timing of {name} doses.")
        elif nxt <= at:
            lines.append("A dose now would be within the label's timing limits "
                         "(spacing and number of doses in 24 hours).")
        else:
            lines.append(f"Earliest time for the next dose within the label's timing limits: "
                         f"{_when(nxt)} (in {_gap(nxt - at)}).")
    lines.append("Take your medicine as your prescriber told you; this only checks the "
                 "label's limits against your diary.")
    return "\n".join(lines)
