"""The engine's dose-timing flags equal those of a slow, obviously correct reference
(CONTRACT v2 3.0/3.1: tolerances, the 22 h 30 min count window, titration-fast)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampdiary.core import rules
from crampdiary.core.catalog import load_catalog
from crampdiary.core.records import Dose, History

UTC = timezone.utc
START = datetime(2026, 3, 20, 0, 0, tzinfo=UTC)  # the window holds the 2026 spring-forward
TIMING = ("interval", "doses-24h", "daily-max", "single-dose", "step-up", "titration-fast")
EARLY = timedelta(minutes=30)  # early_tolerance_min
COUNT = timedelta(hours=24) - timedelta(minutes=90)  # 24 h - drift_tolerance_min


def reference(doses: list[Dose], key: str) -> set[tuple[str, datetime, tuple[int, ...]]]:
    """Straight from CONTRACT.md 3.0/3.1, quadratic and literal."""
    drug = load_catalog().get(key)
    assert drug is not None
    ds = sorted((d for d in doses if d.drug_key == key), key=lambda d: (d.at, d.id))
    inf = float("inf")
    min_h = drug.limit("min_interval_h") or 0
    max_n = drug.limit("max_doses_24h") or inf
    max_mg = drug.limit("max_daily_mg") or inf
    max_one = drug.limit("max_single_mg") or inf
    step = drug.limit("max_step_mg") or inf
    min_inc = drug.limit("min_hours_between_increases")
    out = set()
    increases = []
    for i, d in enumerate(ds):
        before = ds[:i]  # the doses entered before this one (in time, then id order)
        # the count window: taken after t - 22 h 30 min and up to t
        window = [x for x in before if x.at > d.at - COUNT] + [d]
        ids = tuple(x.id for x in window)
        if before and d.at - before[-1].at < timedelta(hours=min_h) - EARLY:
            out.add((f"{key}.interval", d.at, (before[-1].id, d.id)))
        if len(window) > max_n:
            out.add((f"{key}.doses-24h", d.at, ids))
        if sum(x.amount for x in window) > max_mg + 1e-6:
            out.add((f"{key}.daily-max", d.at, ids))
        if d.amount > max_one + 1e-6:
            out.add((f"{key}.single-dose", d.at, (d.id,)))
        week = [x for x in before if x.at > d.at - timedelta(days=7)]
        if week:
            top = max(x.amount for x in week)
            if d.amount - top > step + 1e-6:
                biggest = [x for x in week if x.amount == top][-1]
                out.add((f"{key}.step-up", d.at, (biggest.id, d.id)))
            if all(d.amount > x.amount for x in week):  # an increase
                if min_inc is not None and increases and \
                        d.at - increases[-1].at < timedelta(hours=min_inc):
                    out.add((f"{key}.titration-fast", d.at, (increases[-1].id, d.id)))
                increases.append(d)
    return out


_dose = st.tuples(
    # minutes after START: mostly on a coarse grid so that exact boundaries (6 h apart,
    # 24 h apart, 7 days apart, the same moment) come up often
    st.one_of(st.integers(min_value=0, max_value=24).map(lambda k: k * 120),
              st.integers(min_value=0, max_value=12).map(lambda d: d * 1440 + 480),
              st.integers(min_value=0, max_value=72).map(lambda h: h * 60),
              st.integers(min_value=0, max_value=12 * 24).map(lambda h: h * 60),
              st.integers(min_value=0, max_value=12 * 24 * 60)),
    st.sampled_from([2, 4, 6, 8, 12, 12.5, 16, 18]),
    st.sampled_from(["tizanidine"] * 6 + ["cyclobenzaprine", "lisinopril", "unknown"]),
)
# list lengths spread evenly from 0 to 40 (plain st.lists favours short lists)
doses_strategy = st.integers(min_value=0, max_value=40).flatmap(
    lambda n: st.lists(_dose, min_size=n, max_size=n))


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(doses_strategy, st.randoms(use_true_random=False))
def test_engine_matches_reference(raw, rnd):
    cat = load_catalog()
    recs = []
    order = list(range(len(raw)))
    rnd.shuffle(order)  # ids are not in time order (backdated entries)
    for new_id, (minutes, amount, drug) in zip(order, raw, strict=True):
        d = cat.resolve(drug)
        recs.append(Dose(new_id + 1, START + timedelta(minutes=minutes), drug, float(amount),
                         d.key if d else None))
    recs.sort(key=lambda r: (r.at, r.id))
    hist = History(doses=recs)
    at = START + timedelta(days=13)
    got = {(f.rule, f.at, f.entries)
           for f in rules.evaluate(hist, at, since=START - timedelta(days=1))
           if f.rule.split(".", 1)[-1] in TIMING and not f.rule.startswith("interaction")}
    want = (reference(recs, "tizanidine") | reference(recs, "cyclobenzaprine")
            | reference(recs, "lisinopril"))
    assert got == want


@settings(max_examples=60, deadline=None, database=None)
@given(doses_strategy, st.integers(min_value=0, max_value=13 * 24))
def test_evaluate_at_any_moment_equals_reference_on_the_past(raw, hours):
    """Judging at ``at`` equals judging the history cut at ``at`` (nothing leaks from later)."""
    cat = load_catalog()
    recs = sorted((Dose(i + 1, START + timedelta(minutes=m), drug, float(a),
                        cat.resolve(drug).key if cat.resolve(drug) else None)
                   for i, (m, a, drug) in enumerate(raw)), key=lambda r: (r.at, r.id))
    at = START + timedelta(hours=hours)
    full = rules.evaluate(History(doses=recs), at, since=START)
    cut = rules.evaluate(History(doses=[r for r in recs if r.at <= at]), at, since=START)
    assert full == cut


# --------------------------------------------------------------------------- episodes (3.0)
EPISODE_DRUGS = {"atorvastatin": ("cramp-associated", "atorvastatin"),
                 "Wonderpill": ("drug.unrecognised", "Wonderpill"),
                 "tablets": ("tizanidine.unit-unchecked", "tizanidine")}
GAP = timedelta(days=7)


def episodes_reference(recs: list[Dose], at: datetime) -> dict[tuple[str, str], list[list[Dose]]]:
    """Every dose of these drugs is an occurrence; occurrences no further apart than
    7 days are one episode (literal, quadratic)."""
    out: dict[tuple[str, str], list[list[Dose]]] = {}
    for d in sorted((r for r in recs if r.at <= at), key=lambda r: (r.at, r.id)):
        key = EPISODE_DRUGS["tablets" if d.unit == "tablet" else d.drug]
        eps = out.setdefault(key, [])
        if eps and d.at - eps[-1][-1].at <= GAP:
            eps[-1].append(d)
        else:
            eps.append([d])
    return out


_ep_dose = st.tuples(st.one_of(st.integers(min_value=0, max_value=40).map(lambda d: d * 1440),
                               st.integers(min_value=0, max_value=40 * 1440)),
                     st.sampled_from(list(EPISODE_DRUGS)))


@settings(max_examples=120, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ep_dose, max_size=25), st.integers(min_value=0, max_value=40 * 24),
       st.integers(min_value=0, max_value=20 * 24))
def test_episodes_listed_once_and_begun_once_like_the_reference(raw, at_h, back_h):
    recs = []
    for i, (minutes, what) in enumerate(raw):
        t = START + timedelta(minutes=minutes)
        if what == "tablets":
            recs.append(Dose(i + 1, t, "tizanidine", 1.0, "tizanidine", unit="tablet"))
        else:
            d = load_catalog().resolve(what)
            recs.append(Dose(i + 1, t, what, 20.0, d.key if d else None))
    recs.sort(key=lambda r: (r.at, r.id))
    hist = History(doses=recs)
    at = START + timedelta(hours=at_h)
    since = at - timedelta(hours=back_h)
    ref = episodes_reference(recs, at)
    want = set()
    for (rule, subject), eps in ref.items():
        for ep in eps:
            inside = [d for d in ep if since <= d.at <= at]
            if inside:
                want.add((rule, subject, inside[-1].at, ep[0].at))
    got = {(f.rule, f.subject, f.at, f.first_at) for f in rules.evaluate(hist, at, since=since)
           if f.rule in {r for r, _ in EPISODE_DRUGS.values()}}
    assert got == want
    # what saving an entry prints: only the entry that begins its episode
    last_at = max((r.at for r in recs), default=at)
    full = episodes_reference(recs, last_at)
    starters = {ep[0].id for eps in full.values() for ep in eps}
    for r in recs:
        printed = [f for f in rules.flags_for_entry(hist, r.id)
                   if f.rule in {x for x, _ in EPISODE_DRUGS.values()}]
        assert bool(printed) is (r.id in starters), r
