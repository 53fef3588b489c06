"""Issue 3: the engine reads only what its window needs, without changing the answer;
and every flag it can raise is worded safely."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone

import pytest

from crampdiary.core import rules
from crampdiary.core.catalog import load_catalog
from crampdiary.core.records import Cramp, Dose, History, Vitals, Water

UTC = timezone.utc
START = datetime(2025, 9, 1, 6, 0, tzinfo=UTC)


def busy_history(seed: int, days: int = 260) -> History:
    """A messy diary: irregular tizanidine with gaps and tapers, other drugs, drinks,
    vitals and cramps, so that most rules fire somewhere."""
    rnd = random.Random(seed)
    cat = load_catalog()
    h = History()
    n = 0

    def nid() -> int:
        nonlocal n
        n += 1
        return n

    def dose(t: datetime, drug: str, amount: float, **kw) -> None:  # type: ignore[no-untyped-def]
        h.doses.append(Dose(nid(), t, drug, amount, cat.resolve(drug).key, **kw))

    level = 8.0
    for day in range(days):
        base = START + timedelta(days=day)
        if rnd.random() < 0.04:
            continue  # a day without tizanidine (sometimes two in a row)
        if rnd.random() < 0.05:
            level = rnd.choice([2, 4, 6, 8, 10, 12])
        for hour in (0, 6, 12):
            if rnd.random() < 0.9:
                t = base + timedelta(hours=hour, minutes=rnd.choice([-70, -30, 0, 0, 20, 60]))
                dose(t, "tizanidine", level + rnd.choice([0, 0, 0, 2, 6]),
                     form=rnd.choice(["tablet", "tablet", "capsule", None]),
                     with_food=rnd.choice([True, False, None]))
        if rnd.random() < 0.03:
            dose(base + timedelta(hours=3), rnd.choice(["ciprofloxacin", "clonidine",
                                                        "oxycodone", "Yasmin", "quinine"]), 100)
        if 100 <= day < 130:
            dose(base + timedelta(hours=2), "cyclobenzaprine", 10)
        if day % 2 == 0:
            dose(base + timedelta(hours=1), "atorvastatin", 20)
        if rnd.random() < 0.1:
            h.water.append(Water(nid(), base + timedelta(hours=14), 330, "alcohol"))
        h.water.append(Water(nid(), base + timedelta(hours=8), 250, "water"))
        if rnd.random() < 0.5:
            h.vitals.append(Vitals(nid(), base + timedelta(hours=rnd.randint(0, 23)),
                                   rnd.randint(80, 160), rnd.randint(50, 100),
                                   rnd.randint(50, 110)))
        if rnd.random() < 0.4:
            h.cramps.append(Cramp(nid(), base + timedelta(hours=rnd.randint(0, 23)), "calf",
                                  rnd.randint(1, 10), duration_s=rnd.randint(10, 1200),
                                  woke=rnd.random() < 0.4,
                                  red_flags=("dark-urine",) if rnd.random() < 0.02 else ()))
    for xs in (h.doses, h.water, h.vitals, h.cramps):
        xs.sort(key=lambda r: (r.at, r.id))
    return h


@pytest.fixture(scope="module")
def histories() -> list[History]:
    return [busy_history(seed) for seed in (1, 2, 3)]


def test_window_answer_does_not_depend_on_how_far_back_the_engine_reads(histories):
    checked = 0
    for h in histories:
        rnd = random.Random(len(h))
        for _ in range(6):
            at = START + timedelta(days=rnd.randint(90, 255), hours=rnd.randint(0, 23))
            since = at - timedelta(days=7)
            small = rules.evaluate(h, at, since=since)
            wide = [f for f in rules.evaluate(h, at, since=START - timedelta(days=1))
                    if f.at >= since]
            assert small == wide
            # and nothing from after --at leaks in
            cut = History(*([r for r in xs if r.at <= at] for xs in
                            (h.cramps, h.doses, h.water, h.stretches, h.vitals, h.symptoms)))
            assert rules.evaluate(cut, at, since=since) == small
            checked += len(small)
    assert checked > 50


def test_busy_history_raises_every_kind_of_flag(histories):
    seen = set()
    for h in histories:
        end = h.all()[-1].at
        seen.update(f.rule for f in rules.evaluate(h, end, since=START))
    expected = {
        "tizanidine.interval", "tizanidine.doses-24h", "tizanidine.daily-max",
        "tizanidine.single-dose", "tizanidine.step-up", "tizanidine.formulation-switch",
        "tizanidine.withdrawal", "cyclobenzaprine.course-length",
        "interaction.contraindicated", "interaction.alpha2-agonist", "interaction.cyp1a2",
        "interaction.sedative", "red-flag", "cramp.long", "pattern.frequent",
        "pattern.sleep", "cramp-associated", "quinine.not-for-cramps", "vitals.low-bp",
    }
    assert expected <= seen, expected - seen


FORBIDDEN = re.compile(
    r"\b(stop taking|start taking|take (another|more|less|an extra)|skip (the|your|a) dose|"
    r"increase (the|your) dose|decrease (the|your) dose|reduce (the|your) dose|"
    r"double (the|your) dose|you should (stop|start|take))\b", re.IGNORECASE)


def test_every_flag_is_complete_and_never_prescribes(histories):
    flags = []
    for h in histories:
        flags += rules.evaluate(h, h.all()[-1].at, since=START)
    assert flags
    for f in flags:
        assert f.severity in ("info", "warning", "danger")
        assert f.title and f.message and f.source and f.entries
        assert not FORBIDDEN.search(f.message), f.message
        assert not FORBIDDEN.search(f.title), f.title
        assert re.search(r"prescriber|doctor|medical (care|help)|pharmacist|emergency", f.message), f.rule
        if f.rule == "red-flag":
            assert "now" in f.message
        if f.rule.endswith(".withdrawal"):
            assert "log it" in f.message
            if f.severity != "info":  # after a taper: nothing more is needed
                assert "on your own" in f.message
        data = f.to_json()
        assert list(data) == ["rule", "severity", "title", "message", "at", "first_at",
                              "subject", "entries", "source"]


def test_taper_fast_in_a_long_history():
    cat = load_catalog()
    h = History()
    n = 0
    for day in range(80):
        total = 24 if day < 70 else 24 - 6 * (day - 69)
        for hour in (0, 6, 12):
            n += 1
            h.doses.append(Dose(n, START + timedelta(days=day, hours=hour), "tizanidine",
                                max(total, 3) / 3, cat.resolve("tizanidine").key))
    got = [f for f in rules.evaluate(h, START + timedelta(days=80), since=START)
           if f.rule == "tizanidine.taper-fast"]
    assert got  # 6 mg a day is faster than 4 mg a day
    assert all(f.severity == "warning" for f in got)


def test_since_after_at_gives_nothing(histories):
    h = histories[0]
    at = START + timedelta(days=100)
    assert rules.evaluate(h, at, since=at + timedelta(seconds=1)) == []
