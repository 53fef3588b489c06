"""Insights: what went with what in the diary, with honest statistics (CONTRACT.md section 6).

Every finding answers one question with an effect size, its 95% interval, its
sample size and a p value; the p values of one run are adjusted together
(Benjamini-Hochberg, the ``q`` value) because asking many questions of one diary
finds "something" by chance.  The words describe what went together, never what
caused what.

The pipeline is pure and fast: ``load_data`` reads a handful of columns with
plain SQL (or ``data_from_history`` takes a ``History``), turns them into numpy
arrays and local-day indices once, and every finding and chart works on that
``DiaryData``.  Ten years (about 70,000 entries) take well under 300 ms.

Day counting (CONTRACT.md section 6): the days run from the first to the last
local calendar day that holds any entry inside the requested range.  A day with
no water entry is left out of the water findings (unknown, not zero); a day
with no stretch entry is a day without stretching; a day with no episode has
zero episodes.

Minimum data per finding (*product choice*; below it the finding is listed with
``enough_data: false``, no p value, and an answer saying what is missing):

* ``stretch-days``: at least 14 days with stretching and 14 without, and at
  least 10 episodes in all.  n = days.
* ``water-same-day``: at least 14 days with water logged, at least 10 episodes
  on them, and both series must vary.  n = days.
* ``water-previous-day``: the same, counted over pairs of consecutive days
  whose first day has water logged.  n = pairs of days.
* ``wear-off:DRUG``: the drug is *taken regularly* in the range (doses on at
  least 5 of some 7 consecutive days, as in section 3.2), at least 48 hours of
  time both "covered" (0 to ``min_interval_h`` after a dose) and "uncovered"
  (``min_interval_h`` to 36 h after the last dose; after 36 h without a dose the
  drug counts as stopped and the time is not compared), and at least 10 episodes
  in that time.  n = episodes in the compared time.
* ``drug-start:DRUG``: the drug's first dose in the whole diary falls in the
  range after its first day; the spans before and after are equal, at most 60
  days and at least 14 days each, with at least 10 episodes in the two spans.
  n = days (both spans).
* ``relief:METHOD``: at least 10 episodes with a duration that used the method
  and 10 that did not.  n = episodes with a duration.
* ``night``: at least 10 episodes.  n = episodes.

Statistics: rate ratios use the exact conditional test for two Poisson rates
(given the total count, the count in one group is binomial with the share of
the time at risk; Clopper-Pearson interval mapped to the ratio).  Spearman rho
uses scipy's p value and a Fisher z interval (Bonett-Wright standard error).
Relief compares median durations; the interval is a percentile bootstrap with a
fixed seed (the bootstrap distribution of a median is drawn exactly from beta
order statistics, so it costs the same for 10 or 10,000 episodes) and p comes
from the Mann-Whitney U test.  The night share is tested against 9/24 with an
exact binomial test.  Statistics assume that days and episodes are independent;
real diaries cluster, so borderline q values deserve caution.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from ..timeutil import local_zone
from ..vocab import drug_word, inline_word

# --------------------------------------------------------------------------- constants
MIN_DAYS_EACH = 14
MIN_EPISODES = 10
MIN_WATER_DAYS = 14
MIN_HOURS_EACH = 48.0
MIN_RELIEF_EACH = 10
MIN_START_DAYS = 14
MAX_START_DAYS = 60
REGULAR_DAYS, REGULAR_WINDOW = 5, 7
AT_RISK_MAX_H = 36.0
NIGHT_START_H, NIGHT_END_H = 22, 7
NIGHT_EXPECTED = 9 / 24
ALPHA = 0.05
BOOTSTRAP_B = 2000
BOOTSTRAP_SEED = 20260301



# --------------------------------------------------------------------------- finding
@dataclass
class Finding:
    id: str
    question: str
    answer: str
    n: int
    effect: float | None
    effect_kind: str  # "rate-ratio" | "spearman" | "difference"
    ci: tuple[float, float] | None
    p: float | None
    q: float | None = None
    enough_data: bool = False
    chart: str | None = None  # key of the chart that shows it (see crampdiary.charts)
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def significant(self) -> bool:
        return bool(self.enough_data and self.q is not None and self.q < ALPHA)

    def to_json(self) -> dict[str, Any]:
        ci = None
        if self.ci is not None:
            lo, hi = _num(self.ci[0]), _num(self.ci[1])
            ci = None if lo is None or hi is None else [lo, hi]  # an open-ended interval
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "n": int(self.n),
            "effect": _num(self.effect),
            "effect_kind": self.effect_kind,
            "ci": ci,
            "p": _num(self.p),
            "q": _num(self.q),
            "enough_data": bool(self.enough_data),
            "significant": self.significant,
        }


def _num(x: float | None) -> float | None:
    if x is None:
        return None
    x = float(x)
    if not math.isfinite(x):
        return None
    return float(f"{x:.6g}")  # six significant digits: tiny p values stay above zero


# --------------------------------------------------------------------------- plain data
@dataclass
class DiaryData:
    """The diary in a range as plain numpy arrays (what findings and charts need).

    Times are seconds since the Unix epoch (UTC).  ``day_edges`` holds the UTC
    instants of the local midnights from the first day to the day after the last
    one, so ``len(day_edges) == n_days + 1``.
    """

    first_day: date | None = None
    n_days: int = 0
    day_edges: np.ndarray = field(default_factory=lambda: np.zeros(0))
    # episodes (cramps) in the range
    c_t: np.ndarray = field(default_factory=lambda: np.zeros(0))
    c_day: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    c_clock_h: np.ndarray = field(default_factory=lambda: np.zeros(0))  # local wall-clock hour
    c_severity: np.ndarray = field(default_factory=lambda: np.zeros(0))
    c_duration_s: np.ndarray = field(default_factory=lambda: np.zeros(0))  # NaN if unknown
    c_woke: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    c_relief: list[tuple[str, ...]] = field(default_factory=list)
    c_muscle: list[str] = field(default_factory=list)
    c_side: list[str | None] = field(default_factory=list)
    # doses in the WHOLE diary (wear-off needs the dose before the range; drug-start the first)
    d_t: np.ndarray = field(default_factory=lambda: np.zeros(0))
    d_key: list[str] = field(default_factory=list)  # catalog key, or slug of the typed name
    d_name: dict[str, str] = field(default_factory=dict)  # key -> name to show
    d_catalog: set[str] = field(default_factory=set)  # keys that are catalog drugs
    # daily series over the day span
    episodes: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    water_ml: np.ndarray = field(default_factory=lambda: np.zeros(0))  # NaN = nothing logged
    stretch_min: np.ndarray = field(default_factory=lambda: np.zeros(0))
    stretched: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    @property
    def empty(self) -> bool:
        return self.n_days == 0

    @property
    def last_day(self) -> date | None:
        return None if self.first_day is None else self.first_day + timedelta(self.n_days - 1)

    def days(self) -> np.ndarray:
        """The local dates of the day span as ``datetime64[D]``."""
        if self.first_day is None:
            return np.zeros(0, dtype="datetime64[D]")
        return np.datetime64(self.first_day, "D") + np.arange(self.n_days)

    def doses_in_range(self, key: str) -> np.ndarray:
        if self.empty or not len(self.d_t):
            return np.zeros(0)
        mask = np.fromiter((k == key for k in self.d_key), bool, len(self.d_key))
        t = self.d_t[mask]
        inside: np.ndarray = t[(t >= self.day_edges[0]) & (t < self.day_edges[-1])]
        return inside

    def doses_per_day(self, key: str) -> np.ndarray:
        t = self.doses_in_range(key)
        return np.bincount(self.day_index(t), minlength=self.n_days)[: self.n_days]

    def day_index(self, t: np.ndarray) -> np.ndarray:
        return np.searchsorted(self.day_edges, t, side="right") - 1

    def drug_keys_in_range(self) -> list[str]:
        if self.empty:
            return []
        lo, hi = self.day_edges[0], self.day_edges[-1]
        seen: dict[str, None] = {}
        for t, k in zip(self.d_t, self.d_key, strict=True):
            if lo <= t < hi:
                seen.setdefault(k, None)
        return list(seen)


def _slug(name: str) -> str:
    s = re.sub(r"[^0-9a-z]+", "-", name.strip().casefold()).strip("-")
    return s or "unnamed"


def _day_edges(first: date, n_days: int) -> np.ndarray:
    """UTC epoch seconds of local midnights first .. first + n_days (DST-correct)."""
    tz = local_zone()
    # Offsets change rarely: find them once a day only where needed by checking
    # the offset at a coarse grid and filling in the days between equal offsets.
    out = np.empty(n_days + 1)
    base = datetime(first.year, first.month, first.day)
    ordinal0 = first.toordinal()
    epoch_ord = date(1970, 1, 1).toordinal()

    def offset(i: int) -> float:
        d = base + timedelta(days=i)
        off = d.replace(tzinfo=tz).utcoffset()
        return off.total_seconds() if off is not None else 0.0

    naive = (ordinal0 - epoch_ord + np.arange(n_days + 1)) * 86400.0
    step = 16
    grid = list(range(0, n_days + 1, step))
    if grid[-1] != n_days:
        grid.append(n_days)
    offs = {i: offset(i) for i in grid}
    for a, b in zip(grid, grid[1:], strict=False):
        if offs[a] == offs[b]:
            out[a : b + 1] = naive[a : b + 1] - offs[a]
        else:
            for i in range(a, b + 1):
                out[i] = naive[i] - (offs[i] if i in offs else offset(i))
    return out


def _clock_hours(t: np.ndarray, day: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Local wall-clock hour (fractional) of each time."""
    if not len(t):
        return np.zeros(0)
    h = (t - edges[day]) / 3600.0
    lengths = np.diff(edges)
    odd = np.nonzero(lengths[day] != 86400.0)[0]  # days with a DST change
    if len(odd):
        tz = local_zone()
        for i in odd:
            loc = datetime.fromtimestamp(float(t[i]), tz)
            h[i] = loc.hour + loc.minute / 60 + (loc.second + loc.microsecond / 1e6) / 3600
    hours: np.ndarray = h
    return hours


def _build(first: date | None, last: date | None, cramps: Sequence[tuple[Any, ...]],
           doses: Sequence[tuple[float, str | None, str]], water: Sequence[tuple[float, float]],
           stretches: Sequence[tuple[float, float]]) -> DiaryData:
    """cramps: (t, severity, duration_s, woke, relief(tuple), muscle, side)."""
    from ..catalog import load_catalog

    data = DiaryData()
    catalog = load_catalog()
    keys: list[str] = []
    names: dict[str, str] = {}
    cat: set[str] = set()
    d_t = np.fromiter((d[0] for d in doses), float, len(doses))
    for _, key, name in doses:
        if key and catalog.get(key) is not None:
            k = key
            cat.add(k)
            names.setdefault(k, catalog.drugs[k].name)
        else:
            k = _slug(name or "")
            names.setdefault(k, name or k)
        keys.append(k)
    data.d_t, data.d_key, data.d_name, data.d_catalog = d_t, keys, names, cat
    if first is None or last is None:
        return data
    n = (last - first).days + 1
    edges = _day_edges(first, n)
    data.first_day, data.n_days, data.day_edges = first, n, edges
    lo, hi = edges[0], edges[-1]

    def inside(t: np.ndarray) -> np.ndarray:
        inner: np.ndarray = (t >= lo) & (t < hi)
        return inner

    c_t = np.fromiter((c[0] for c in cramps), float, len(cramps))
    keep = inside(c_t)
    idx: list[int] = np.nonzero(keep)[0].tolist()
    data.c_t = c_t[keep]
    data.c_day = data.day_index(data.c_t)
    data.c_clock_h = _clock_hours(data.c_t, data.c_day, edges)
    data.c_severity = np.fromiter((cramps[i][1] for i in idx), float, len(idx))
    data.c_duration_s = np.fromiter(
        (np.nan if cramps[i][2] is None else cramps[i][2] for i in idx), float, len(idx))
    data.c_woke = np.fromiter((bool(cramps[i][3]) for i in idx), bool, len(idx))
    data.c_relief = [cramps[i][4] for i in idx]
    data.c_muscle = [cramps[i][5] for i in idx]
    data.c_side = [cramps[i][6] for i in idx]
    data.episodes = np.bincount(data.c_day, minlength=n)[:n].astype(np.int64)

    w = np.array(water, dtype=float).reshape(-1, 2)
    w = w[inside(w[:, 0])]
    wd = data.day_index(w[:, 0])
    known = np.bincount(wd, minlength=n)[:n] > 0
    ml = np.bincount(wd, weights=w[:, 1], minlength=n)[:n]
    data.water_ml = np.where(known, ml, np.nan)

    s = np.array(stretches, dtype=float).reshape(-1, 2)
    s = s[inside(s[:, 0])]
    sd = data.day_index(s[:, 0])
    data.stretched = np.bincount(sd, minlength=n)[:n] > 0
    data.stretch_min = np.bincount(sd, weights=s[:, 1], minlength=n)[:n]
    return data


def _bounds(start: date | None, end: date | None) -> tuple[float | None, float | None]:
    from ..timeutil import day_range_utc

    lo, hi = day_range_utc(start, end)
    return (lo.timestamp() if lo else None, hi.timestamp() if hi else None)


def _span(times: list[float], start: date | None, end: date | None
          ) -> tuple[date | None, date | None]:
    lo, hi = _bounds(start, end)
    ts = [t for t in times if (lo is None or t >= lo) and (hi is None or t < hi)]
    if not ts:
        return None, None
    tz = local_zone()
    return (datetime.fromtimestamp(min(ts), tz).date(), datetime.fromtimestamp(max(ts), tz).date())


def load_data(diary: Any, start: date | None = None, end: date | None = None) -> DiaryData:
    """Read what the insights and charts need from the diary, local days ``start`` .. ``end``."""
    from ..storage.entries import analysis_rows
    from ..timeutil import day_range_utc

    lo_dt, hi_dt = day_range_utc(start, end)
    con = diary.raw()
    try:
        got = analysis_rows(con, lo_dt, hi_dt)
    finally:
        con.close()
    row, cr, doses = got["span"], got["cramps"], got["doses"]
    water, stretches = got["water"], got["stretches"]
    first = last = None
    if row and row[0] is not None:
        tz = local_zone()
        first = datetime.fromtimestamp(row[0], tz).date()
        last = datetime.fromtimestamp(row[1], tz).date()
    cramps = [(r[0], r[1], r[2], r[3], tuple(x for x in (r[4] or "").split(";") if x), r[5], r[6])
              for r in cr]
    return _build(first, last, cramps, doses, water, stretches)


def data_from_history(history: Any, start: date | None = None, end: date | None = None
                      ) -> DiaryData:
    """The same as ``load_data`` for a ``records.History`` (for pure tests and callers)."""
    all_t = [r.at.timestamp() for r in history.all()]
    first, last = _span(all_t, start, end)
    cramps = [(c.at.timestamp(), c.severity, c.duration_s, c.woke, tuple(c.relief), c.muscle,
               c.side) for c in history.cramps]
    doses = [(d.at.timestamp(), d.drug_key, d.drug) for d in history.doses]
    water = [(w.at.timestamp(), w.ml) for w in history.water]
    stretches = [(s.at.timestamp(), s.minutes) for s in history.stretches]
    return _build(first, last, cramps, doses, water, stretches)


# --------------------------------------------------------------------------- statistics
def rate_ratio(e1: int, t1: float, e0: int, t0: float
               ) -> tuple[float | None, tuple[float, float] | None, float | None]:
    """Ratio of two Poisson rates (e1/t1) / (e0/t0), exact 95% interval and two-sided p.

    Conditional on the total, e1 ~ Binomial(e1 + e0, t1 / (t1 + t0)) when the rates are
    equal; the Clopper-Pearson interval of that proportion maps onto the ratio.
    """
    from scipy.stats import binomtest

    n = e1 + e0
    if n == 0 or t1 <= 0 or t0 <= 0:
        return None, None, None
    share = t1 / (t1 + t0)
    res = binomtest(int(e1), int(n), share)
    ci = res.proportion_ci(confidence_level=0.95, method="exact")

    def to_ratio(pi: float) -> float:
        return math.inf if pi >= 1 else (pi / (1 - pi)) * (t0 / t1)

    rr = math.inf if e0 == 0 else (e1 / t1) / (e0 / t0)
    return rr, (to_ratio(ci.low), to_ratio(ci.high)), float(res.pvalue)


def spearman(x: np.ndarray, y: np.ndarray
             ) -> tuple[float | None, tuple[float, float] | None, float | None]:
    """Spearman rho with a Fisher z 95% interval (Bonett-Wright SE) and scipy's p."""
    from scipy.stats import spearmanr

    n = len(x)
    if n < 4 or np.all(x == x[0]) or np.all(y == y[0]):
        return None, None, None
    res = spearmanr(x, y)
    rho = float(res.statistic)
    if not math.isfinite(rho):
        return None, None, None
    r = min(max(rho, -0.999999), 0.999999)
    z = math.atanh(r)
    se = math.sqrt((1 + r * r / 2) / (n - 3))
    return rho, (math.tanh(z - 1.959964 * se), math.tanh(z + 1.959964 * se)), float(res.pvalue)


def _boot_medians(sorted_x: np.ndarray, b: int, rng: np.random.Generator) -> np.ndarray:
    """Exact draws from the bootstrap distribution of the median of ``sorted_x``.

    The k-th order statistic of a resample is ``x[floor(n * U)]`` with U the k-th
    order statistic of n uniforms, i.e. Beta(k, n - k + 1); the next one follows as
    ``U + (1 - U) * Beta(1, n - k)``.
    """
    n = len(sorted_x)
    m = (n + 1) // 2
    u1 = rng.beta(m, n - m + 1, b)
    lo = sorted_x[np.minimum((u1 * n).astype(np.int64), n - 1)]
    if n % 2:
        return lo
    u2 = u1 + (1 - u1) * rng.beta(1, n - m, b)
    hi = sorted_x[np.minimum((u2 * n).astype(np.int64), n - 1)]
    mid: np.ndarray = (lo + hi) / 2
    return mid


def median_difference(a: np.ndarray, b: np.ndarray, seed: int = BOOTSTRAP_SEED
                      ) -> tuple[float | None, tuple[float, float] | None, float | None]:
    """median(a) - median(b), a bootstrap 95% interval (fixed seed), Mann-Whitney p."""
    from scipy.stats import mannwhitneyu

    if len(a) == 0 or len(b) == 0:
        return None, None, None
    a, b = np.sort(a), np.sort(b)
    diff = float(np.median(a) - np.median(b))
    rng = np.random.default_rng(seed)
    boots = _boot_medians(a, BOOTSTRAP_B, rng) - _boot_medians(b, BOOTSTRAP_B, rng)
    lo, hi = np.percentile(boots, [2.5, 97.5])
    if np.all(a == a[0]) and np.all(b == a[0]):
        p = 1.0
    else:
        p = float(mannwhitneyu(a, b, alternative="two-sided").pvalue)
    return diff, (float(lo), float(hi)), p


def share_test(k: int, n: int, expected: float
               ) -> tuple[float | None, tuple[float, float] | None, float | None]:
    """Observed share minus expected, exact 95% interval, exact binomial p."""
    from scipy.stats import binomtest

    if n == 0:
        return None, None, None
    res = binomtest(int(k), int(n), expected)
    ci = res.proportion_ci(confidence_level=0.95, method="exact")
    return k / n - expected, (ci.low - expected, ci.high - expected), float(res.pvalue)


def benjamini_hochberg(ps: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p values (q), in the input order."""
    m = len(ps)
    if m == 0:
        return []
    p = np.asarray(ps, dtype=float)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty(m)
    q[order] = np.minimum(ranked, 1.0)
    return [float(x) for x in q]


# --------------------------------------------------------------------------- words
# Every sentence goes through core.i18n (context "insights"), literal at its call so the
# extractor finds it; numbers are written with the language's decimal sign.
_CTX = "insights"


def _tr(text: str) -> str:
    from ..i18n import tr

    return tr(_CTX, text)


def _f(x: float, nd: int = 1) -> str:
    from ..i18n import language

    s = f"{x:.{nd}f}"
    s = "0" if s.strip("-0.") == "" else s
    return s if language() == "en" else s.replace(".", ",")


def _g(x: float) -> str:
    """A statistic to three significant digits (the command line's stats line)."""
    from ..i18n import language

    s = f"{x:.3g}"
    return s if language() == "en" else s.replace(".", ",")


def _ratio_words(rr: float) -> str:
    if not math.isfinite(rr):
        return _tr("many times as many")
    if rr < 1:
        pct = round((1 - rr) * 100)
        return _tr("about the same") if pct == 0 else _tr("{pct}% fewer").format(pct=pct)
    if rr < 2:
        pct = round((rr - 1) * 100)
        return _tr("about the same") if pct == 0 else _tr("{pct}% more").format(pct=pct)
    return _tr("{x} times as many").format(x=_f(rr))


def _ratio_ci_words(ci: tuple[float, float] | None) -> str:
    if ci is None:
        return ""
    lo, hi = ci
    if not math.isfinite(hi):
        return _tr("95% interval from {lo} upwards, with no upper limit").format(
            lo=_ratio_words(lo))
    return _tr("95% interval from {lo} to {hi}").format(lo=_ratio_words(lo),
                                                        hi=_ratio_words(hi))


def _strength(rho: float) -> str:
    a = abs(rho)
    if a < 0.1:
        return _tr("hardly any")
    if a < 0.3:
        return _tr("a weak")
    if a < 0.5:
        return _tr("a moderate")
    return _tr("a strong")


def _count(n: int | float, one: str, many: str) -> str:
    """``one``/``many`` hold ``{n}``; the form is chosen by ``i18n.ntr`` (never an appended s)."""
    from ..i18n import ntr

    return ntr(_CTX, one, many, n)


def _episodes(n: int) -> str:
    from ..i18n import ntr

    return ntr(_CTX, "{n} episode", "{n} episodes", n)


# (singular with {n}, plural with {n}, needed, got); the pairs are marked with
# i18n.ntr_mark where they are written, so the extractor lists them
_Need = tuple[tuple[str, str], float, float] | tuple[str, str, float, float]


def _more_needed(parts: Sequence[_Need], **fill: str) -> str:
    """Say 'Not enough data yet: this needs at least A; at least B. So far: a, b (x more).'.

    ``fill`` fills other holes of the pieces (``{h}``, ``{method}``) after counting."""
    from ..i18n import tr

    rows: list[tuple[str, str, float, float]] = []
    for part in parts:
        if len(part) == 3:
            (one, many), need, got = part
        else:
            one, many, need, got = part
        rows.append((one, many, need, got))

    def c(one: str, many: str, n: float) -> str:
        out = _count(n, one, many)
        for k, v in fill.items():
            out = out.replace("{" + k + "}", v)
        return out

    needs = "; ".join(tr(_CTX, "at least {what}").replace("{what}", c(one, many, need))
                      for one, many, need, _ in rows)
    have = ", ".join(c(one, many, got) for one, many, _, got in rows)
    missing = [c(one, many, math.ceil(need - got)) for one, many, need, got in rows
               if got < need]
    more = (" " + tr(_CTX, "({missing} more)").replace(
        "{missing}", tr(_CTX, " and ").join(missing))) if missing else ""
    return (tr(_CTX, "Not enough data yet: this needs {needs}. So far: {have}{more}.")
            .replace("{needs}", needs).replace("{have}", have).replace("{more}", more))


def _no_entries() -> str:
    return _tr("No entries in this date range yet.")


# --------------------------------------------------------------------------- findings
def _stretch_days(data: DiaryData) -> Finding:
    from ..i18n import ntr_mark

    q = _tr("Are there fewer episodes on days with stretching?")
    f = Finding("stretch-days", q, "", data.n_days, None, "rate-ratio", None, None,
                chart="stretch-days")
    if data.empty:
        f.answer = _no_entries()
        return f
    w = data.stretched
    n1, n0 = int(w.sum()), int((~w).sum())
    e1, e0 = int(data.episodes[w].sum()), int(data.episodes[~w].sum())
    rr, ci, p = rate_ratio(e1, n1, e0, n0)
    f.detail = {"days_with": n1, "days_without": n0, "episodes_with": e1, "episodes_without": e0}
    f.effect = rr
    if n1 < MIN_DAYS_EACH or n0 < MIN_DAYS_EACH or e1 + e0 < MIN_EPISODES:
        f.answer = _more_needed([
            (ntr_mark(_CTX, "{n} day with stretching", "{n} days with stretching"),
             MIN_DAYS_EACH, n1),
            (ntr_mark(_CTX, "{n} day without", "{n} days without"), MIN_DAYS_EACH, n0),
            (ntr_mark(_CTX, "{n} episode", "{n} episodes"), MIN_EPISODES, e1 + e0)])
        return f
    f.enough_data, f.ci, f.p = True, ci, p
    f.effect = rr if rr is not None and math.isfinite(rr) else None
    f.answer = _tr(
        "On days you stretched you logged {a} episodes a day, against {b} on other days "
        "({ratio}; {ci}; {days} days: {n1} with stretching, {n0} without).").format(
        a=_f(e1 / n1, 2), b=_f(e0 / n0, 2), ratio=_ratio_words(rr or 0.0),
        ci=_ratio_ci_words(ci), days=n1 + n0, n1=n1, n0=n0)
    return f


def _water_pairs(data: DiaryData, lag: int) -> tuple[np.ndarray, np.ndarray]:
    w = data.water_ml
    e = data.episodes.astype(float)
    if lag:
        w, e = w[:-lag], e[lag:]
    ok = ~np.isnan(w)
    return w[ok], e[ok]


def _water(data: DiaryData, lag: int) -> Finding:
    from ..i18n import ntr_mark

    if lag == 0:
        fid, q = "water-same-day", _tr("Do days with more water have fewer episodes?")
        unit = ntr_mark(_CTX, "{n} day with water logged", "{n} days with water logged")
        ep_unit = ntr_mark(_CTX, "{n} episode on those days", "{n} episodes on those days")
    else:
        fid, q = "water-previous-day", _tr("Does the previous day's water go with the episodes?")
        unit = ntr_mark(_CTX, "{n} pair of days (water logged on the first)",
                        "{n} pairs of days (water logged on the first)")
        ep_unit = ntr_mark(_CTX, "{n} episode on the following days",
                           "{n} episodes on the following days")
    f = Finding(fid, q, "", 0, None, "spearman", None, None, chart="water-next-day")
    if data.empty:
        f.answer = _no_entries()
        return f
    x, y = _water_pairs(data, lag)
    n, ep = len(x), int(y.sum())
    f.n = n
    rho, ci, p = spearman(x, y)
    f.effect = rho
    f.detail = {"episodes": ep}
    if n < MIN_WATER_DAYS or ep < MIN_EPISODES:
        f.answer = _more_needed([(unit, MIN_WATER_DAYS, n), (ep_unit, MIN_EPISODES, ep)])
        return f
    if rho is None:
        f.answer = _tr("Not enough data yet: the water amounts (or the episode counts) are the "
                       "same on all {n} days, so nothing can be compared.").format(n=n)
        return f
    f.enough_data, f.ci, f.p = True, ci, p
    more = _tr("fewer") if rho < 0 else _tr("more")
    assert ci is not None
    stats = _tr("Spearman rho {rho}; 95% interval {lo} to {hi}").format(
        rho=_f(rho, 2), lo=_f(ci[0], 2), hi=_f(ci[1], 2))
    if abs(rho) < 0.1 and lag == 0:
        text = _tr("On the {n} days with water logged, hardly any link between the water you "
                   "logged and episodes the same day ({stats}).")
    elif abs(rho) < 0.1:
        text = _tr("Over {n} pairs of days, hardly any link between the water you logged and "
                   "episodes the next day ({stats}).")
    elif lag == 0:
        text = _tr("On the {n} days with water logged, {strength} link: more water went with "
                   "{more} episodes the same day ({stats}).")
    else:
        text = _tr("Over {n} pairs of days, {strength} link: more water on one day went with "
                   "{more} episodes the next day ({stats}).")
    f.answer = text.format(n=n, strength=_strength(rho), more=more, stats=stats)
    return f


def _is_regular(per_day: np.ndarray) -> bool:
    has = (per_day > 0).astype(int)
    if has.sum() < REGULAR_DAYS:
        return False
    if len(has) < REGULAR_WINDOW:
        return bool(has.sum() >= REGULAR_DAYS)
    return bool(np.convolve(has, np.ones(REGULAR_WINDOW, int), "valid").max() >= REGULAR_DAYS)


def _dose_times(data: DiaryData, key: str) -> np.ndarray:
    mask = np.fromiter((k == key for k in data.d_key), bool, len(data.d_key))
    return np.sort(data.d_t[mask])


def _exposure(td: np.ndarray, lo: float, hi: float, a_h: float, b_h: float) -> float:
    """Hours in [lo, hi) lying between a_h and b_h hours after the latest dose (<= 36 h)."""
    if not len(td):
        return 0.0
    nxt = np.append(td[1:], np.inf)
    end = np.minimum(nxt, td + AT_RISK_MAX_H * 3600)
    s = np.maximum(td + a_h * 3600, lo)
    e = np.minimum(np.minimum(end, td + b_h * 3600), hi)
    return float(np.clip(e - s, 0, None).sum() / 3600)


def _hours_since_dose(td: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Hours from the latest dose at or before each time (NaN without one)."""
    j = np.searchsorted(td, t, side="right") - 1
    out = np.full(len(t), np.nan)
    ok = j >= 0
    out[ok] = (t[ok] - td[j[ok]]) / 3600
    return out


@dataclass
class WearOffProfile:
    """Episodes and hours at risk by whole hours since the last dose of one drug."""

    drug: str
    name: str
    interval_h: float
    edges_h: np.ndarray
    episodes: np.ndarray
    hours: np.ndarray

    @property
    def rate_per_day(self) -> np.ndarray:
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.hours > 0, self.episodes / self.hours * 24, np.nan)


def wear_off_profile(data: DiaryData, key: str) -> WearOffProfile:
    from ..catalog import load_catalog

    drug = load_catalog().get(key)
    interval = (drug.limit("min_interval_h") if drug else None) or 6.0
    edges = np.arange(0, AT_RISK_MAX_H + 1, 1.0)
    td = _dose_times(data, key)
    eps = np.zeros(len(edges) - 1)
    hours = np.zeros(len(edges) - 1)
    if not data.empty and len(td):
        lo, hi = data.day_edges[0], data.day_edges[-1]
        h = _hours_since_dose(td, data.c_t)
        h = h[~np.isnan(h) & (h < AT_RISK_MAX_H)]
        eps = np.histogram(h, edges)[0].astype(float)
        hours = np.array([_exposure(td, lo, hi, a, b) for a, b in zip(edges[:-1], edges[1:], strict=True)])
    return WearOffProfile(key, data.d_name.get(key, key), float(interval), edges, eps, hours)


def wear_off_drugs(data: DiaryData) -> list[str]:
    """Catalog drugs with a minimum dose interval that are taken regularly in the range."""
    from ..catalog import load_catalog

    cat = load_catalog()
    out = []
    for key in data.drug_keys_in_range():
        drug = cat.get(key) if key in data.d_catalog else None
        if drug is None or drug.limit("min_interval_h") is None:
            continue
        if _is_regular(data.doses_per_day(key)):
            out.append(key)
    return out


def _wear_off(data: DiaryData, key: str) -> Finding:
    from ..catalog import load_catalog
    from ..i18n import ntr_mark

    drug = load_catalog().get(key)
    assert drug is not None
    L = float(drug.limit("min_interval_h") or 6.0)
    name = data.d_name.get(key, drug.name)
    h_txt = _f(L, 0)
    name = drug_word(name)
    q = _tr("For {name}, taken regularly: do episodes start more often when the last dose is "
            "more than {h} hours old?").format(name=name, h=h_txt)
    f = Finding(f"wear-off:{key}", q, "", 0, None, "rate-ratio", None, None,
                chart=f"wear-off:{key}")
    td = _dose_times(data, key)
    lo, hi = data.day_edges[0], data.day_edges[-1]
    t_cov = _exposure(td, lo, hi, 0.0, L)
    t_unc = _exposure(td, lo, hi, L, AT_RISK_MAX_H)
    h = _hours_since_dose(td, data.c_t)
    e_cov = int(np.sum(h < L))
    e_unc = int(np.sum((h >= L) & (h < AT_RISK_MAX_H)))
    f.n = e_cov + e_unc
    rr, ci, p = rate_ratio(e_unc, t_unc, e_cov, t_cov)
    f.effect = rr if rr is not None and math.isfinite(rr) else None
    f.detail = {"hours_covered": t_cov, "hours_uncovered": t_unc, "episodes_covered": e_cov,
                "episodes_uncovered": e_unc, "interval_h": L}
    if t_cov < MIN_HOURS_EACH or t_unc < MIN_HOURS_EACH or f.n < MIN_EPISODES:
        f.answer = _more_needed([
            (ntr_mark(_CTX, "{n} hour within {h} h of a dose",
                      "{n} hours within {h} h of a dose"), MIN_HOURS_EACH, round(t_cov)),
            (ntr_mark(_CTX, "{n} hour {h} to 36 h after a dose",
                      "{n} hours {h} to 36 h after a dose"), MIN_HOURS_EACH, round(t_unc)),
            (ntr_mark(_CTX, "{n} episode in that time", "{n} episodes in that time"),
             MIN_EPISODES, f.n)], h=h_txt)
        return f
    f.enough_data, f.ci, f.p = True, ci, p
    r_unc, r_cov = e_unc / t_unc * 24, e_cov / t_cov * 24
    f.answer = _tr(
        "When the last {name} dose was more than {h} h old (up to 36 h), episodes started at "
        "{r1} per 24 hours, against {r0} per 24 hours within {h} h of a dose ({ratio}; {ci}; "
        "{n} episodes over {hours} hours).").format(
        name=name, h=h_txt, r1=_f(r_unc, 2), r0=_f(r_cov, 2), ratio=_ratio_words(rr or 0.0),
        ci=_ratio_ci_words(ci), n=f.n, hours=round(t_unc + t_cov))
    return f


def drug_starts(data: DiaryData) -> list[tuple[str, float]]:
    """Drugs whose first dose in the whole diary lies in the range after its first day."""
    if data.empty or not len(data.d_t):
        return []
    first: dict[str, float] = {}
    for t, k in zip(data.d_t, data.d_key, strict=True):
        if k not in first or t < first[k]:
            first[k] = float(t)
    lo2, hi = data.day_edges[1] if data.n_days > 1 else data.day_edges[-1], data.day_edges[-1]
    return sorted(((k, t) for k, t in first.items() if lo2 <= t < hi), key=lambda kt: kt[1])


def _drug_start(data: DiaryData, key: str, t0: float) -> Finding:
    from ..i18n import ntr_mark

    name = drug_word(data.d_name.get(key, key))
    q = _tr("Since {name} was first logged: are episodes more frequent after its first dose "
            "than before?").format(name=name)
    f = Finding(f"drug-start:{key}", q, "", 0, None, "rate-ratio", None, None, chart="timeline")
    lo, hi = data.day_edges[0], data.day_edges[-1]
    span = int(min(MAX_START_DAYS, (t0 - lo) // 86400, (hi - t0) // 86400))
    span = max(span, 0)
    f.n = 2 * span
    e0 = int(np.sum((data.c_t >= t0 - span * 86400) & (data.c_t < t0)))
    e1 = int(np.sum((data.c_t >= t0) & (data.c_t < t0 + span * 86400)))
    first_day = datetime.fromtimestamp(t0, local_zone()).date().isoformat()
    f.detail = {"first_dose": first_day, "days_each": span, "before": e0, "after": e1}
    if span < MIN_START_DAYS or e0 + e1 < MIN_EPISODES:
        f.answer = _more_needed([
            (ntr_mark(_CTX, "{n} day before the first dose", "{n} days before the first dose"),
             MIN_START_DAYS, span),
            (ntr_mark(_CTX, "{n} day after it", "{n} days after it"), MIN_START_DAYS, span),
            (ntr_mark(_CTX, "{n} episode in those days", "{n} episodes in those days"),
             MIN_EPISODES, e0 + e1)])
        return f
    rr, ci, p = rate_ratio(e1, span, e0, span)
    f.enough_data, f.ci, f.p = True, ci, p
    f.effect = rr if rr is not None and math.isfinite(rr) else None
    f.answer = _tr(
        "In the {span} days from the first logged dose of {name} ({day}) you logged "
        "{episodes}, against {e0} in the {span} days before ({ratio}; {ci}).").format(
        span=span, name=name, day=first_day, episodes=_episodes(e1), e0=e0,
        ratio=_ratio_words(rr or 0.0), ci=_ratio_ci_words(ci))
    return f


def _relief(data: DiaryData, method: str) -> Finding:
    from ..i18n import ntr_mark

    label = inline_word("relief", method, english_label=True)
    q = _tr("Do episodes relieved this way ({method}) end sooner?").format(method=label)
    f = Finding(f"relief:{method}", q, "", 0, None, "difference", None, None,
                chart="relief-methods")
    dur = data.c_duration_s / 60.0
    used = np.fromiter((method in r for r in data.c_relief), bool, len(data.c_relief))
    known = ~np.isnan(dur)
    a, b = dur[known & used], dur[known & ~used]
    f.n = int(len(a) + len(b))
    diff, ci, p = median_difference(a, b, BOOTSTRAP_SEED + sum(map(ord, method)))
    f.effect = diff
    f.detail = {"with": len(a), "without": len(b)}
    if len(a) < MIN_RELIEF_EACH or len(b) < MIN_RELIEF_EACH:
        f.answer = _more_needed([
            (ntr_mark(_CTX, "{n} timed episode using {method}",
                      "{n} timed episodes using {method}"), MIN_RELIEF_EACH, len(a)),
            (ntr_mark(_CTX, "{n} timed episode without it", "{n} timed episodes without it"),
             MIN_RELIEF_EACH, len(b))], method=label)
        return f
    assert diff is not None and ci is not None
    f.enough_data, f.ci, f.p = True, ci, p

    def words(d: float) -> str:
        if abs(d) < 0.05:
            return _tr("the same length")
        if d < 0:
            return _tr("{x} minutes shorter").format(x=_f(abs(d)))
        return _tr("{x} minutes longer").format(x=_f(abs(d)))

    f.answer = _tr(
        "Episodes where you used {method} lasted a median of {a} minutes, against {b} minutes "
        "for the others ({diff}; 95% interval from {lo} to {hi}; {na} with, {nb} "
        "without).").format(
        method=label, a=_f(float(np.median(a))), b=_f(float(np.median(b))), diff=words(diff),
        lo=words(ci[0]), hi=words(ci[1]), na=len(a), nb=len(b))
    return f


def _night(data: DiaryData) -> Finding:
    from ..i18n import ntr_mark

    q = _tr("What share of episodes start at night (22:00 to 07:00) or wake you?")
    f = Finding("night", q, "", int(len(data.c_t)), None, "difference", None, None,
                chart="hour-weekday")
    if data.empty:
        f.answer = _no_entries()
        return f
    night = night_mask(data)
    k, n = int(night.sum()), len(night)
    diff, ci, p = share_test(k, n, NIGHT_EXPECTED)
    f.effect = diff
    f.detail = {"night": k, "episodes": n}
    if n < MIN_EPISODES:
        f.answer = _more_needed([(ntr_mark(_CTX, "{n} episode", "{n} episodes"),
                                  MIN_EPISODES, n)])
        return f
    assert ci is not None and diff is not None
    f.enough_data, f.ci, f.p = True, ci, p
    pts = round(diff * 100)
    if pts == 0:
        rel = _tr("the same as")
    elif pts > 0:
        rel = _tr("{pts} percentage points more than").format(pts=abs(pts))
    else:
        rel = _tr("{pts} percentage points less than").format(pts=abs(pts))
    f.answer = _tr(
        "{k} of {n} episodes ({pct}%) started between 22:00 and 07:00 or woke you: {rel} the "
        "{exp}% expected if they came at any hour (95% interval {lo} to {hi} points).").format(
        k=k, n=n, pct=round(k / n * 100), rel=rel, exp=round(NIGHT_EXPECTED * 100),
        lo=_f(ci[0] * 100, 0), hi=_f(ci[1] * 100, 0))
    return f


def night_mask(data: DiaryData) -> np.ndarray:
    h = data.c_clock_h
    mask: np.ndarray = (h >= NIGHT_START_H) | (h < NIGHT_END_H) | data.c_woke
    return mask


def relief_methods(data: DiaryData) -> list[str]:
    from ..vocab import RELIEFS

    used = {m for r in data.c_relief for m in r}
    return [m for m in RELIEFS if m in used] + sorted(used - set(RELIEFS))


def findings_from_data(data: DiaryData) -> list[Finding]:
    """All findings for prepared data, with q values and verdict sentences."""
    out = [_stretch_days(data), _water(data, 0), _water(data, 1)]
    if not data.empty:
        out += [_wear_off(data, k) for k in wear_off_drugs(data)]
        out += [_drug_start(data, k, t0) for k, t0 in drug_starts(data)]
        out += [_relief(data, m) for m in relief_methods(data)]
    out.append(_night(data))
    for f in out:  # below the minimum data there is no number to report (CONTRACT §6)
        if not f.enough_data:
            f.effect = f.ci = f.p = f.q = None
    tested = [f for f in out if f.enough_data and f.p is not None]
    for f, q in zip(tested, benjamini_hochberg([f.p for f in tested]),  # type: ignore[misc]
                    strict=True):
        f.q = q
        if f.significant and f.effect_kind == "difference" and f.ci is not None \
                and f.ci[0] <= 0 <= f.ci[1] and f.id.startswith("relief:"):
            # The rank test (p) and the interval of the median difference disagree.
            f.answer += " " + _tr(
                "The durations differ overall ({q}), but the 95% interval of the difference "
                "in medians still includes no difference; this shows what went together, not "
                "why.").format(q=_pq(q))
        elif f.significant:
            f.answer += " " + _tr("Unlikely to be chance alone ({q}); this shows what went "
                                  "together, not why.").format(q=_pq(q))
        else:
            f.answer += " " + _tr("This could well be chance ({q}).").format(q=_pq(q))
    return out


def _pq(x: float) -> str:
    from ..i18n import language

    s = "q < 0.001" if x < 0.001 else f"q = {x:.3f}" if x < 0.01 else f"q = {x:.2f}"
    return s if language() == "en" else s.replace(".", ",")


def insights(diary: Any, start: date | None = None, end: date | None = None) -> list[Finding]:
    """Every finding for local days ``start`` .. ``end`` (either open)."""
    return findings_from_data(load_data(diary, start, end))


def insights_from_history(history: Any, start: date | None = None, end: date | None = None
                          ) -> list[Finding]:
    return findings_from_data(data_from_history(history, start, end))


def render_text(findings: Sequence[Finding]) -> str:
    """Plain text for the command line."""
    lines: list[str] = []
    kinds = {"rate-ratio": _tr("rate-ratio"), "spearman": _tr("spearman"),
             "difference": _tr("difference")}
    for f in findings:
        if not f.enough_data:
            tag = _tr("needs more data")
        elif f.significant:
            tag = _tr("clear")
        else:
            tag = _tr("not clear")
        lines.append(f"[{tag}] {f.question}  ({f.id})")
        lines.append(f"    {f.answer}")
        stats = [f"n={f.n}"]
        if f.enough_data and f.effect is not None:
            stats.append(f"{kinds.get(f.effect_kind, f.effect_kind)} {_g(f.effect)}")
        if f.ci is not None:
            stats.append(_tr("95% CI {lo} to {hi}").format(lo=_g(f.ci[0]), hi=_g(f.ci[1])))
        if f.p is not None:
            stats.append(f"p={_g(f.p)}")
        if f.q is not None:
            stats.append(f"q={_g(f.q)}")
        lines.append("    " + ", ".join(stats))
        lines.append("")
    lines.append(_tr("These are patterns in your own diary: what went together, not proof of "
                     "what causes what. Talk to your doctor or prescriber before changing any "
                     "treatment."))
    return "\n".join(lines)


__all__ = [
    "Finding", "DiaryData", "WearOffProfile", "insights", "insights_from_history",
    "findings_from_data", "load_data", "data_from_history", "render_text",
    "benjamini_hochberg", "rate_ratio", "spearman", "median_difference", "share_test",
    "wear_off_profile", "wear_off_drugs", "drug_starts", "relief_methods", "night_mask",
    "daily_series", "episode_table", "poisson_rate_ci", "drug_start_days", "Episodes",
    "DailySeries",
]


@dataclass
class DailySeries:
    days: np.ndarray  # datetime64[D]
    episodes: np.ndarray
    water_ml: np.ndarray  # NaN where nothing logged
    stretch_min: np.ndarray
    stretched: np.ndarray
    doses: dict[str, np.ndarray]  # drug name -> doses per day


def daily_series(data: DiaryData) -> DailySeries:
    doses = {data.d_name.get(k, k): data.doses_per_day(k) for k in data.drug_keys_in_range()}
    return DailySeries(data.days(), data.episodes, data.water_ml, data.stretch_min,
                       data.stretched, doses)


@dataclass
class Episodes:
    """One row per episode in the range, for the charts."""

    day: np.ndarray  # datetime64[D], local day
    clock_h: np.ndarray  # local wall-clock hour, fractional
    weekday: np.ndarray  # 0 = Monday
    severity: np.ndarray
    duration_min: np.ndarray  # NaN where not logged
    woke: np.ndarray
    relief: list[tuple[str, ...]]
    muscle: list[str]
    side: list[str | None]

    def __len__(self) -> int:
        return len(self.day)


def episode_table(data: DiaryData) -> Episodes:
    if data.empty:
        day = np.zeros(0, dtype="datetime64[D]")
        weekday = np.zeros(0, dtype=np.int64)
    else:
        day = data.days()[data.c_day]
        weekday = (data.first_day.weekday() + data.c_day) % 7  # type: ignore[union-attr]
    return Episodes(day, data.c_clock_h, weekday, data.c_severity, data.c_duration_s / 60.0,
                    data.c_woke, list(data.c_relief), list(data.c_muscle), list(data.c_side))


def poisson_rate_ci(count: int, exposure: float) -> tuple[float, float]:
    """Exact (Garwood) 95% interval for count / exposure."""
    from scipy.stats import chi2

    if exposure <= 0:
        return (math.nan, math.nan)
    lo = 0.0 if count == 0 else chi2.ppf(0.025, 2 * count) / 2
    hi = chi2.ppf(0.975, 2 * count + 2) / 2
    return (float(lo) / exposure, float(hi) / exposure)


def drug_start_days(data: DiaryData) -> dict[str, date]:
    """Drug name -> local day of its first dose, for drugs started inside the range."""
    tz = local_zone()
    return {data.d_name.get(k, k): datetime.fromtimestamp(t, tz).date()
            for k, t in drug_starts(data)}
