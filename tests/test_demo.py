"""Issue 2: the demo diary is realistic, reproducible and only fills an empty diary."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from crampdiary.core import use_cases as uc
from crampdiary.core.demo import generate
from crampdiary.core.timeutil import UTC, local_date

END = datetime(2026, 6, 30, 20, 0, tzinfo=UTC)


def test_demo_refuses_a_non_empty_diary(cli):
    assert cli("log", "water", "--ml", "200").rc == 0
    res = cli("demo", "--days", "10")
    assert res.rc == 2 and "diary" in res.err
    assert len(cli("list", "--json").json()) == 1


def test_demo_cli_fills_and_entries_are_valid(cli):
    res = cli("demo", "--days", "20", "--seed", "4")
    assert res.rc == 0
    items = cli("list", "--json").json()
    kinds = {i["kind"] for i in items}
    assert {"cramp", "dose", "water"} <= kinds
    assert len(items) > 20 * 8


def test_demo_is_reproducible(diary, tmp_path):
    from crampdiary.core.db import open_diary

    n1 = generate(diary, days=30, seed=7, end=END)
    other = open_diary(tmp_path / "other.sqlite3")
    try:
        n2 = generate(other, days=30, seed=7, end=END)
        a = [(r.kind, r.at) for r in uc.list_entries(diary)]
        b = [(r.kind, r.at) for r in uc.list_entries(other)]
    finally:
        other.close()
    assert n1 == n2 and a == b


def test_demo_patterns_are_planted(diary):
    """Low-water days are followed by more cramps; stretching days have fewer."""
    generate(diary, days=730, seed=11, end=END)
    hist = uc.load_history(diary)
    water: dict = defaultdict(float)
    for w in hist.water:
        water[local_date(w.at)] += w.ml
    stretch_days = {local_date(s.at) for s in hist.stretches}
    cramps: dict = defaultdict(int)
    for c in hist.cramps:
        cramps[local_date(c.at)] += 1
    days = sorted(water)
    low = [cramps[d + timedelta(days=1)] for d in days if water[d] < 1500]
    high = [cramps[d + timedelta(days=1)] for d in days if water[d] >= 1500]
    assert sum(low) / len(low) > 1.3 * sum(high) / len(high)
    with_s = [cramps[d] for d in days if d in stretch_days]
    without = [cramps[d] for d in days if d not in stretch_days]
    assert sum(with_s) / len(with_s) < 0.85 * sum(without) / len(without)
    # tizanidine three times a day with some missed doses, a statin started half way
    tiz = [d for d in hist.doses if d.drug_key == "tizanidine"]
    assert 0.85 * 3 * 730 < len(tiz) < 3 * 730
    statin = [d for d in hist.doses if d.drug == "atorvastatin"]
    assert statin and statin[0].at > hist.doses[0].at + timedelta(days=300)
    assert hist.vitals and hist.symptoms
    assert all(r.at <= END for r in hist.all())
