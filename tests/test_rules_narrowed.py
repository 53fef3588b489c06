"""Issue 16: saving an entry runs only the rule families that can name it, on only the
kinds of entries they read, and prints exactly what the full engine prints for it
(CONTRACT 3.0 "What is printed when an entry is saved")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampdiary.core import rules
from crampdiary.core.catalog import load_catalog
from crampdiary.core.records import Cramp, Dose, History, Stretch, Symptom, Vitals, Water
from crampdiary.core.rules import engine
from crampdiary.core.rules.engine import Profile

UTC = timezone.utc
START = datetime(2026, 3, 10, 0, 0, tzinfo=UTC)
DRUGS = ["tizanidine"] * 5 + ["ciprofloxacin", "clonidine", "lisinopril", "cyclobenzaprine",
                              "hydrochlorothiazide", "quinine", "baclofen", "Mystery pill"]

# mostly within three days (entries close enough to interact), some spread over weeks
_minute = st.one_of(st.integers(0, 12).map(lambda k: k * 360),  # 6-hour grid: exact boundaries
                    st.integers(0, 72).map(lambda h: h * 60),
                    st.integers(0, 72 * 60),
                    st.integers(0, 40 * 24).map(lambda h: h * 60))
_dose = st.tuples(st.just("dose"), _minute, st.sampled_from(DRUGS),
                  st.sampled_from([2, 4, 8, 12, 16, 20]),
                  st.sampled_from(["mg", "mg", "tablet"]),
                  st.sampled_from([None, "tablet", "capsule"]))
_water = st.tuples(st.just("water"), _minute, st.sampled_from(["water", "alcohol", "coffee"]))
_cramp = st.tuples(st.just("cramp"), _minute, st.sampled_from(["calf", "chest", "foot"]),
                   st.sampled_from([None, 60, 900]), st.booleans(),
                   st.sampled_from([(), ("weakness",)]))
_vitals = st.tuples(st.just("vitals"), _minute, st.sampled_from([None, 85, 120, 190]),
                    st.sampled_from([None, 50, 80]), st.sampled_from([None, 45, 70]))
_symptom = st.tuples(st.just("symptom"), _minute,
                     st.sampled_from(["dry-mouth", "drowsiness", "fainting", "headache"]))
_stretch = st.tuples(st.just("stretch"), _minute)
entries_strategy = st.integers(0, 30).flatmap(lambda n: st.lists(
    st.one_of(_dose, _dose, _water, _cramp, _vitals, _symptom, _stretch), min_size=n, max_size=n))


def _history(raw: list[tuple]) -> History:  # type: ignore[type-arg]
    cat = load_catalog()
    lists: dict[str, list] = {k: [] for k in ("cramp", "dose", "water", "stretch", "vitals", "symptom")}  # type: ignore[type-arg]
    for i, e in enumerate(raw, start=1):
        kind, at = e[0], START + timedelta(minutes=e[1])
        if kind == "dose":
            d = cat.resolve(e[2])
            lists["dose"].append(Dose(i, at, d.name if d else e[2], float(e[3]), d.key if d else None,
                                      e[4], e[5]))
        elif kind == "water":
            lists["water"].append(Water(i, at, 250.0, e[2]))
        elif kind == "cramp":
            lists["cramp"].append(Cramp(i, at, e[2], 6, duration_s=e[3], woke=e[4], red_flags=e[5]))
        elif kind == "vitals":
            dia = e[3] if e[2] is not None and e[3] is not None and e[3] < e[2] else None
            pulse = e[4] if e[4] is not None or dia else 70  # a reading holds something
            lists["vitals"].append(Vitals(i, at, e[2] if dia else None, dia, pulse))
        elif kind == "symptom":
            lists["symptom"].append(Symptom(i, at, e[2], 5))
        else:
            lists["stretch"].append(Stretch(i, at, 10.0))
    for xs in lists.values():
        xs.sort(key=lambda r: (r.at, r.id))
    return History(cramps=lists["cramp"], doses=lists["dose"], water=lists["water"],
                   stretches=lists["stretch"], vitals=lists["vitals"], symptoms=lists["symptom"])


def _only(h: History, kinds: set[str]) -> History:
    """The history as ``entry_flags`` loads it: only the kinds the families read."""
    return History(cramps=h.cramps if "cramp" in kinds else [],
                   doses=h.doses if "dose" in kinds else [],
                   water=h.water if "water" in kinds else [],
                   stretches=h.stretches if "stretch" in kinds else [],
                   vitals=h.vitals if "vitals" in kinds else [],
                   symptoms=h.symptoms if "symptom" in kinds else [])


def _items(h: History) -> list:  # type: ignore[type-arg]
    return [r for xs in (h.cramps, h.doses, h.water, h.stretches, h.vitals, h.symptoms) for r in xs]


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(entries_strategy, st.sampled_from([None, {"tizanidine": 4.0}]),
       st.sampled_from([Profile(), Profile(1950, frozenset({"liver"}))]))
def test_the_narrowed_run_prints_exactly_what_the_full_run_prints(raw, strengths, profile):
    hist = _history(raw)
    items = _items(hist)
    if not items:
        return
    at = max(r.at for r in items)
    inputs = {"strengths": strengths, "profile": profile}
    for rec in items:
        full = rules.flags_for_entry(hist, rec.id, narrow=False, **inputs)
        families = engine.families_for(rec)
        narrowed_hist = _only(hist, engine.kinds_read(families) | {rec.kind})
        narrowed = rules.flags_for_entry(narrowed_hist, rec.id, at, **inputs)
        assert narrowed == full, (rec, families)
        if not families:
            assert full == []


def test_which_families_a_new_entry_can_touch():
    cat = load_catalog()
    tiz = cat.resolve("tizanidine")
    assert engine.families_for(Water(1, START, 200.0, "water")) == []
    assert engine.families_for(Water(1, START, 200.0, "alcohol")) == ["interactions"]
    assert engine.families_for(Stretch(1, START, 5.0)) == []
    assert engine.families_for(Dose(1, START, "Mystery", 1.0, None)) == ["names"]
    assert engine.families_for(Dose(1, START, tiz.name, 4.0, tiz.key)) == [
        "timing", "stopping", "interactions", "vitals", "symptoms", "names"]
    assert engine.families_for(Cramp(1, START, "calf", 5)) == ["cramps"]
    assert engine.families_for(Vitals(1, START, 120, 80)) == ["vitals"]
    assert engine.families_for(Symptom(1, START, "dry-mouth", 3)) == ["symptoms"]
    # the table covers every family the engine has, and every kind that a family reads
    assert set(engine.FAMILIES) == {"timing", "stopping", "interactions", "cramps", "vitals",
                                    "symptoms", "names"}
    assert len(engine.detectors()) == len(engine.FAMILIES)


def test_an_alcohol_entry_still_raises_its_interaction(data_dir, cli):
    assert cli("log", "dose", "--drug", "tizanidine", "--amount", "4",
               "--at", "2026-03-01T08:00").rc == 0
    water = cli("log", "water", "--ml", "250", "--at", "2026-03-01T09:00")
    assert water.rc == 0 and water.out.strip() == "2"
    drink = cli("log", "water", "--ml", "250", "--drink", "alcohol", "--at", "2026-03-01T10:00")
    assert drink.rc == 0
    assert "interaction.sedative" in drink.out
    unknown = cli("log", "dose", "--drug", "Mystery pill", "--amount", "1", "--at", "2026-03-01T11:00")
    assert unknown.rc == 0 and "drug.unrecognised" in unknown.out


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(entries_strategy)
def test_entry_flags_from_the_diary_equal_the_full_engine_on_everything_loaded(tmp_path_factory, raw):
    """The use case loads only some kinds; the full engine on every kind agrees."""
    from crampdiary.core import use_cases as uc
    from crampdiary.core.db import open_diary

    hist = _history(raw)
    items = sorted(_items(hist), key=lambda r: r.id)
    if not items:
        return
    folder = tmp_path_factory.mktemp("narrowed")
    with open_diary(folder / "diary.sqlite3", auto_backup=False) as d:
        ids = {}
        for r in items:
            data = uc.record_to_input(r)
            if r.kind == "dose":
                data.pop("drug_key", None)
            ids[r.id] = uc.log_entry(d, r.kind, data, with_flags=False).id
        for new_id in list(ids.values())[-5:]:
            rec = uc.get_entry(d, new_id)
            lo, hi = rec.at - uc.RULES_LOOKBACK, rec.at + timedelta(hours=48)
            full = rules.flags_for_entry(uc.load_history(d, lo, hi), new_id, narrow=False,
                                         **uc.rule_inputs(d))
            assert uc.entry_flags(d, new_id) == full, rec


def test_every_family_that_names_an_entry_is_kept():
    """One history where each family flags: the full run names the entries, the
    narrowed run names them the same (a family left out of ``families_for`` fails)."""
    cat = load_catalog()

    def dose(i: int, h: float, drug: str = "tizanidine", amount: float = 4) -> Dose:
        d = cat.resolve(drug)
        return Dose(i, START + timedelta(hours=h), d.name if d else drug, amount,
                    d.key if d else None)

    doses = [dose(i, 24 * i + 8) for i in range(1, 9)]  # regular use for 8 days, then a stop
    doses += [dose(20, 24 * 8 + 9, amount=20),  # single-dose, interval
              dose(21, 24 * 8 + 10, "lisinopril", 10), dose(22, 24 * 8 + 10.5, "Mystery")]
    doses.sort(key=lambda d: (d.at, d.id))
    hist = History(
        cramps=[Cramp(30, START + timedelta(hours=24 * 8 + 12), "chest", 7)],
        doses=doses,
        water=[Water(35, START + timedelta(hours=24 * 8 + 2), 250.0, "alcohol"),
               Water(31, START + timedelta(hours=24 * 8 + 11), 250.0, "alcohol")],
        vitals=[Vitals(32, START + timedelta(hours=24 * 8 + 11.5), 85, 55, 70)],
        symptoms=[Symptom(33, START + timedelta(hours=24 * 8 + 12.5), "fainting", 8)],
        stretches=[Stretch(34, START + timedelta(hours=24 * 12), 10.0)])  # judged 4 days on
    at = max(r.at for r in _items(hist))
    named: dict[int, set[str]] = {}
    for rec in _items(hist):
        full = rules.flags_for_entry(hist, rec.id, narrow=False)
        narrowed_hist = _only(hist, engine.kinds_read(engine.families_for(rec)) | {rec.kind})
        assert rules.flags_for_entry(narrowed_hist, rec.id, at) == full, rec
        named[rec.id] = {f.rule for f in full}
    everything = set().union(*named.values())
    assert {"tizanidine.withdrawal", "tizanidine.single-dose", "tizanidine.interval",
            "interaction.sedative", "interaction.antihypertensive", "vitals.low-bp",
            "cramp.chest", "symptom.urgent", "drug.unrecognised"} <= everything, everything
    assert "vitals.low-bp" in named[20]  # a dose named by a reading after it
    assert named[34] == set() and named[35] == set()  # a stretch; a drink with no dose before it
    assert "interaction.sedative" in named[8]  # a dose after a drink begins the episode


def _as_read(h: History) -> History:
    """The history as ``warnings`` and the window load it (``engine.reads()``)."""
    read = engine.reads()
    kept = _only(h, read["kinds"])
    return History(cramps=kept.cramps, doses=kept.doses, stretches=kept.stretches,
                   vitals=kept.vitals, symptoms=kept.symptoms,
                   water=[w for w in kept.water if w.drink in read["drinks"]])


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(entries_strategy, st.integers(-24, 30 * 24), st.integers(0, 30 * 24),
       st.sampled_from([None, {"tizanidine": 4.0}]))
def test_warnings_on_what_the_rules_read_equal_warnings_on_everything(raw, at_h, back_h, strengths):
    hist = _history(raw)
    at = START + timedelta(hours=at_h)
    since = at - timedelta(hours=back_h)
    full = rules.evaluate(hist, at, since=since, strengths=strengths)
    assert rules.evaluate(_as_read(hist), at, since=since, strengths=strengths) == full
    assert engine.reads()["kinds"] == {"cramp", "dose", "water", "vitals", "symptom"}
    assert engine.reads()["drinks"] == {"alcohol"}


def test_the_diary_reads_only_the_drinks_a_rule_names(data_dir, cli):
    from crampdiary.core import use_cases as uc
    from crampdiary.core.db import open_diary

    for drink in ("water", "alcohol", "tea", "alcohol"):
        assert cli("log", "water", "--ml", "100", "--drink", drink, "--at", "2026-03-01T10:00").rc == 0
    assert cli("log", "stretch", "--minutes", "5", "--at", "2026-03-01T10:00").rc == 0
    with open_diary() as d:
        every = uc.load_history(d)
        read = uc.load_history(d, **engine.reads())
        none = uc.load_history(d, drinks=())
    assert [w.drink for w in every.water] == ["water", "alcohol", "tea", "alcohol"]
    assert [w.id for w in read.water] == [2, 4] and read.stretches == [] and len(every.stretches) == 1
    assert none.water == [] and len(none.stretches) == 1
