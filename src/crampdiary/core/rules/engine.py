"""The flag engine: a diary history and a moment in, flags out.

Pure: no clock reads (time is a parameter), no database (the history is a
parameter), no drug names (every limit, class and marker comes from the catalog).
Rule ids and their meaning are fixed by CONTRACT.md section 3.

How it works (docs/RULES.md says more):

1. ``Context`` reads the history once: doses grouped by drug, converted to mg,
   local calendar days, the catalog's parameters.
2. Each rule family (``timing``, ``stopping``, ``interactions``, ``cramps``,
   ``vitals``, ``symptoms``, ``names``) *detects*: it returns ``Hit`` objects,
   events and occurrences of ongoing rules, with no words.
3. ``episodes`` groups the occurrences of ongoing rules into episodes.
4. A selection picks what the caller asked for (a range for ``warnings``, the
   flags one entry raised), and ``words`` puts each into plain words.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..catalog import Catalog, Drug, load_catalog
from ..records import Cramp, Dose, History, Symptom, Vitals, Water
from ..timeutil import local_zone
from ..vocab import amount_mg, canonical_symptom
from . import episodes
from .model import Flag, Hit

EPS = 1e-6
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
# Occurrences this far before the start of a range are computed too, so that an
# episode that began before the range still shows its true first occurrence.
EPISODE_CONTEXT = timedelta(days=31)
EPISODE_EXTENSION = timedelta(days=400)


@dataclass(frozen=True)
class Profile:
    """What the rules may know about the person (CONTRACT section 7)."""

    birth_year: int | None = None
    conditions: frozenset[str] = frozenset()


def _at(r: Any) -> datetime:
    return r.at  # type: ignore[no-any-return]


def cut(xs: Sequence[Any], start: datetime | None, end: datetime | None) -> list[Any]:
    """The entries with ``start <= at <= end`` of a list sorted by time."""
    lo = 0 if start is None else bisect_left(xs, start, key=_at)
    hi = len(xs) if end is None else bisect_right(xs, end, key=_at)
    return list(xs[lo:hi])


# units counted through the medicine's strength (mg per tablet, capsule or ml)
_COUNT_UNITS = {"tablet": "tablet", "tablets": "tablet", "tab": "tablet", "tabs": "tablet",
                "capsule": "capsule", "capsules": "capsule", "cap": "capsule",
                "caps": "capsule", "ml": "ml"}


def dose_mg(d: Dose, strengths: Mapping[str, float], key: str | None) -> float | None:
    """The dose in mg: mg/g/mcg directly, tablet/capsule/ml through the medicine's strength."""
    mg = amount_mg(d.amount, d.unit)
    if mg is not None:
        return mg
    unit = _COUNT_UNITS.get((d.unit or "").strip().lower())
    if unit is not None and key is not None:
        strength = strengths.get(key)
        if strength is not None and strength > 0:
            return d.amount * float(strength)
    return None


class DrugDoses:
    """The doses of one drug, with times, mg and local days."""

    def __init__(self, drug: Drug, doses: list[Dose], tz: Any, strengths: Mapping[str, float]):
        self.drug = drug
        self.key = drug.key
        self.doses = doses
        self.ts = [d.at for d in doses]
        self.mg = [dose_mg(d, strengths, drug.key) for d in doses]
        self.days = [d.at.astimezone(tz).date() for d in doses]
        self.day_set = set(self.days)
        self.day_total: dict[date, float] = {}
        self.day_doses: dict[date, list[int]] = {}
        for i, day in enumerate(self.days):
            self.day_total[day] = self.day_total.get(day, 0.0) + (self.mg[i] or 0.0)
            self.day_doses.setdefault(day, []).append(i)

    def start(self, lo: datetime | None) -> int:
        """Index of the first dose at or after ``lo``."""
        return 0 if lo is None else bisect_left(self.ts, lo)


class Context:
    """Everything the detectors read, computed once."""

    def __init__(self, history: History, at: datetime, lo: datetime | None, *,
                 catalog: Catalog | None = None, strengths: Mapping[str, float] | None = None,
                 profile: Profile | None = None, shared: dict[str, Any] | None = None):
        self.cat = catalog or load_catalog()
        self.P: dict[str, Any] = self.cat.rules
        self.tz = local_zone()
        self.at = at
        self.lo = lo  # occurrences before this are not needed
        self.strengths = dict(strengths or {})
        self.profile = profile or Profile()
        start = None if lo is None else lo - self.lookback()
        self.all_doses = history.doses  # also later than ``at``: only ever walked backwards
        doses = cut(history.doses, start, at)
        self.cramps: list[Cramp] = cut(history.cramps, start, at)
        self.vitals: list[Vitals] = cut(history.vitals, start, at)
        self.water: list[Water] = cut(history.water, start, at)
        self.symptoms: list[Symptom] = cut(history.symptoms, start, at)
        groups: dict[str, list[Dose]] = {}
        self.unknown: list[Dose] = []
        for d in doses:
            key = self.drug_key(d)
            if key is None:
                self.unknown.append(d)
            else:
                groups.setdefault(key, []).append(d)
        self.drugs = {k: DrugDoses(self.cat.drugs[k], v, self.tz, self.strengths)
                      for k, v in groups.items()}
        self.today = at.astimezone(self.tz).date()
        self._full_ts: dict[str, list[datetime]] | None = None
        self._shared = shared if shared is not None else {}  # kept across a rerun
        self._src_cache: dict[str, str] = {}

    # ---- reading the catalog
    def p(self, section: str, name: str, default: Any) -> Any:
        return self.P.get(section, {}).get(name, default)

    def src(self, source_id: str | None) -> str:
        if not source_id:
            return ""
        got = self._src_cache.get(source_id)
        if got is None:
            got = self._src_cache[source_id] = self.cat.source_text(source_id)
        return got

    def tol_early(self) -> timedelta:
        return timedelta(minutes=self.p("tolerances", "early_tolerance_min", 30))

    def tol_drift(self) -> timedelta:
        return timedelta(minutes=self.p("tolerances", "drift_tolerance_min", 90))

    def count_window(self) -> timedelta:
        return timedelta(hours=self.p("count_window", "hours", 24)) - self.tol_drift()

    def gap_days(self, name: str, default: float = 7) -> timedelta:
        return timedelta(days=self.p("episode_gaps", f"{name}_days", default))

    def lookback(self) -> timedelta:
        days = [self.p("regular_use", "window_days", 7) + self.p("rebound", "max_days", 7),
                self.p("formulation", "window_days", 14),
                self.p("step_up", "window_days", 7) * 2,
                self.p("liver_tests", "delay_days", 30) + 1,
                self.p("pattern_frequent", "window_days", 7)]
        for d in self.cat.drugs.values():
            hd = d.limit("high_dose_days")
            if hd:
                days.append(int(hd) + 2)
        return timedelta(days=max(days) + 2, hours=48)

    def drug_key(self, d: Dose) -> str | None:
        if d.drug_key and d.drug_key in self.cat.drugs:
            return d.drug_key
        drug = self.cat.resolve(d.drug)
        return drug.key if drug else None

    def judged(self, t: datetime) -> bool:
        """Is an occurrence at ``t`` needed (at or before ``at`` and not before ``lo``)?"""
        return t <= self.at and (self.lo is None or t >= self.lo)

    def symptom_name(self, s: Symptom) -> str:
        return canonical_symptom(s.name) or s.name

    # ---- regular and high-dose use (local calendar days)
    def regular_on(self, dd: DrugDoses, day: date) -> bool:
        window = int(self.p("regular_use", "window_days", 7))
        need = int(self.p("regular_use", "min_days", 5))
        got = sum(1 for k in range(window) if day - timedelta(days=k) in dd.day_set)
        return got >= need

    def high_dose_on(self, dd: DrugDoses, day: date) -> tuple[bool, float]:
        days = dd.drug.limit("high_dose_days")
        mean_mg = dd.drug.limit("high_dose_mean_mg")
        if not days or mean_mg is None:
            return False, 0.0
        n = int(days)
        total = math.fsum(dd.day_total.get(day - timedelta(days=k), 0.0) for k in range(n))
        mean = total / n
        return mean >= mean_mg - EPS, mean

    def full_ts(self, key: str) -> list[datetime]:
        """Every dose time of a drug in the whole given history (for walking back)."""
        if self._full_ts is None:
            if "full_ts" not in self._shared:
                self._shared["full_ts"] = _full_ts(self.cat, self.all_doses)
            self._full_ts = self._shared["full_ts"]
        return self._full_ts.get(key, [])


def _full_ts(cat: Catalog, doses: list[Dose]) -> dict[str, list[datetime]]:
    """Dose times per drug over the whole given history."""
    out: dict[str, list[datetime]] = {}
    drugs = cat.drugs
    for d in doses:
        k = d.drug_key if d.drug_key in drugs else None
        if k is None:
            r = cat.resolve(d.drug)
            k = r.key if r else None
        if k is not None:
            out.setdefault(k, []).append(d.at)
    return out


Detector = Callable[[Context], Iterable[Hit]]

# The rule families, in the order they run: for each, the kinds of entries whose ids its
# hits can carry (in ``entries`` or as ``trigger``) and the kinds of entries it reads.
# What saving one entry prints only ever names that entry (CONTRACT 3.0), so a family
# that never names an entry of its kind cannot change it, and neither can the entries
# no remaining family reads (tests/test_rules_narrowed.py compares with the full run).
FAMILIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "timing": (frozenset({"dose"}), frozenset({"dose"})),
    "stopping": (frozenset({"dose"}), frozenset({"dose"})),
    "interactions": (frozenset({"dose", "water"}), frozenset({"dose", "water"})),
    "cramps": (frozenset({"cramp"}), frozenset({"cramp"})),
    "vitals": (frozenset({"dose", "vitals"}), frozenset({"dose", "vitals"})),
    "symptoms": (frozenset({"dose", "symptom"}), frozenset({"dose", "symptom"})),
    "names": (frozenset({"dose"}), frozenset({"dose"})),
}


def detectors(families: Iterable[str] | None = None) -> list[Detector]:
    """The detectors of ``families`` (None: every family), in the order of ``FAMILIES``."""
    import importlib

    wanted = FAMILIES if families is None else set(families)
    return [importlib.import_module(f"{__package__}.{name}").detect
            for name in FAMILIES if name in wanted]


def families_for(rec: Any, catalog: Catalog | None = None) -> list[str]:
    """The families whose flags can name the entry ``rec`` when it is saved.

    A drink names a flag only when the catalog's interaction table lists it (alcohol);
    a dose of a drug the catalog does not know only ``drug.unrecognised`` (``names``).
    """
    kind = rec.kind
    if kind == "water":
        return ["interactions"] if rec.drink in flagged_drinks(catalog) else []
    if kind == "dose":
        cat = catalog or load_catalog()
        known = bool(rec.drug_key and rec.drug_key in cat.drugs) or cat.resolve(rec.drug) is not None
        if not known:
            return ["names"]
    return [name for name, (named, _reads) in FAMILIES.items() if kind in named]


def kinds_read(families: Iterable[str]) -> set[str]:
    """The kinds of entries these families read."""
    return {k for name in families for k in FAMILIES[name][1]}


def flagged_drinks(catalog: Catalog | None = None) -> set[str]:
    """The drinks a rule reads (the catalog's interaction table: alcohol); no rule reads
    a water entry of any other drink."""
    cat = catalog or load_catalog()
    return {d for row in cat.rules.get("interactions", []) for d in row.get("drinks", ())}


def reads(families: Iterable[str] | None = None,
          catalog: Catalog | None = None) -> dict[str, set[str]]:
    """What these families (None: every family) read of a diary, as the keywords of
    ``core.use_cases.load_history``: ``kinds`` and ``drinks``.  Leaving the rest out changes
    no flag (tests/test_rules_narrowed.py)."""
    return {"kinds": kinds_read(FAMILIES if families is None else families),
            "drinks": flagged_drinks(catalog)}


@dataclass
class Result:
    ctx: Context
    hits: list[Hit] = field(default_factory=list)
    eps: list[list[Hit]] = field(default_factory=list)


def _run_once(history: History, at: datetime, lo: datetime | None,
              families: Iterable[str] | None = None, **inputs: Any) -> Result:
    ctx = Context(history, at, lo, **inputs)
    hits: list[Hit] = []
    for det in detectors(families):
        hits.extend(h for h in det(ctx) if h.at <= at)
    res = Result(ctx, hits, episodes.group([h for h in hits if h.gap is not None]))
    episodes.extend_back(res.eps, ctx)
    return res


def _history_start(history: History) -> datetime | None:
    firsts = [xs[0].at for xs in (history.cramps, history.doses, history.water,
                                  history.stretches, history.vitals, history.symptoms) if xs]
    return min(firsts) if firsts else None


def run(history: History, at: datetime, lo: datetime | None, **inputs: Any) -> Result:
    """Detect every hit from ``lo`` (None: all) to ``at`` and group the episodes.

    An episode that reaches back to ``lo`` may have begun earlier: then the span is
    widened once, by ``EPISODE_EXTENSION``, so that its ``first_at`` is true (episodes
    older than that show the earliest occurrence found; docs/RULES.md).
    """
    return _run_widened(history, at, lo, None, **inputs)


def run_for_entries(history: History, at: datetime, lo: datetime,
                    entry_ids: set[int], families: Iterable[str] | None = None,
                    **inputs: Any) -> Result:
    """Like ``run``, for what saving these entries shows (``for_entry``): the span is
    widened only when an episode that one of them seems to begin reaches back to ``lo``
    (whether an earlier episode began before ``lo`` changes nothing that is printed).
    ``families``: only these rule families (``families_for``; None: all)."""
    return _run_widened(history, at, lo, entry_ids, families, **inputs)


def _run_widened(history: History, at: datetime, lo: datetime | None,
                 entry_ids: set[int] | None, families: Iterable[str] | None = None,
                 **inputs: Any) -> Result:
    inputs = {**inputs, "shared": {}}
    res = _run_once(history, at, lo, families, **inputs)
    if lo is None:
        return res
    start = _history_start(history)
    if start is None or start >= lo:
        return res
    for ep in res.eps:
        h = ep[0]
        if "walk_key" in h.data or h.gap is None:
            continue
        if entry_ids is not None and h.trigger not in entry_ids:
            continue
        if h.at - lo <= min(h.gap, EPISODE_EXTENSION):
            return _run_once(history, at, lo - EPISODE_EXTENSION, families, **inputs)
    return res


def _flag(ctx: Context, hit: Hit, first_at: datetime) -> Flag:
    from . import words

    title, message = words.render(hit, ctx, first_at)
    return Flag(hit.rule, hit.severity, title, message, hit.at, hit.entries, hit.source,
                hit.subject, first_at)


def order(flags: list[Flag]) -> list[Flag]:
    out = sorted(flags, key=lambda f: (f.rule, f.subject, f.entries))
    out.sort(key=lambda f: f.at, reverse=True)
    return out


def in_range(res: Result, since: datetime, at: datetime) -> list[Flag]:
    """Events in ``[since, at]`` and each episode with an occurrence there, once."""
    flags = [_flag(res.ctx, h, h.at) for h in res.hits
             if h.gap is None and since <= h.at <= at]
    for ep in res.eps:
        inside = [h for h in ep if since <= h.at <= at]
        if inside:
            flags.append(_flag(res.ctx, inside[-1], episodes.first_at(ep)))
    return order(flags)


def for_entry(res: Result, entry_id: int) -> list[Flag]:
    """Events naming the entry, and ongoing flags whose episode the entry begins."""
    flags = [_flag(res.ctx, h, h.at) for h in res.hits
             if h.gap is None and entry_id in h.entries]
    for ep in res.eps:
        for k, h in enumerate(ep):
            if h.trigger == entry_id and k == 0 and not episodes.extended(ep):
                flags.append(_flag(res.ctx, h, h.at))
    return order(flags)
