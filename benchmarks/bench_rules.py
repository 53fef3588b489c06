"""Benchmark of the flag engine (not a test: run it by hand).

    .venv/bin/python benchmarks/bench_rules.py [--repeat N]

Builds a generated history of 1, 5 and 10 years: tizanidine three times a day
(about 11,000 doses in 10 years, with a few early, larger or missed doses so
flags do fire), two other daily medicines (a blood-pressure pill and a statin),
cramps, drinks, stretching, vitals and symptoms (about 60,000 other entries in
10 years), and prints the median time of ``rules.evaluate(history, at)`` for
the 7 days up to the last entry (the ``warnings`` command), ``flags_for_entry``
on a 120-day history (what ``log`` does) and, to show that the cost grows
linearly with the span judged, ``evaluate`` over the whole history.
Target: under 100 ms for the 7-day window on 10 years.  The 7-day answer reads
the 31 days before the window for episodes, and 400 more days when an episode reaches
back that far (here: the daily blood-pressure pill with tizanidine, one episode for
ten years), so it does not grow with the diary; the whole-history column shows the
engine's cost per entry is constant (the "per 1000 entries" figure stays flat).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import datetime, timedelta, timezone

from crampdiary.core import rules
from crampdiary.core.catalog import load_catalog
from crampdiary.core.records import Cramp, Dose, History, Stretch, Symptom, Vitals, Water

UTC = timezone.utc


def make_history(years: int, seed: int = 7) -> History:
    rnd = random.Random(seed)
    start = datetime(2016, 1, 4, 7, 0, tzinfo=UTC)
    days = int(365.25 * years)
    next_id = 1
    h = History()

    def nid() -> int:
        nonlocal next_id
        next_id += 1
        return next_id

    for day in range(days):
        base = start + timedelta(days=day)
        if rnd.random() > 0.01:  # about 1 missed day in 100
            for hour in (0, 7, 14):
                t = base + timedelta(hours=hour, minutes=rnd.randint(-40, 40))
                amount = 8.0 if rnd.random() > 0.02 else 12.0
                h.doses.append(Dose(nid(), t, "tizanidine", amount, "tizanidine",
                                    form="tablet", with_food=rnd.random() > 0.1))
        h.doses.append(Dose(nid(), base + timedelta(hours=1), "lisinopril", 10.0, "lisinopril"))
        h.doses.append(Dose(nid(), base + timedelta(hours=14), "atorvastatin", 20.0, "atorvastatin"))
        for k in range(10):
            h.water.append(Water(nid(), base + timedelta(hours=1 + 1.5 * k, minutes=5), 250.0,
                                 "alcohol" if k == 9 and rnd.random() < 0.1 else "water"))
        h.vitals.append(Vitals(nid(), base + timedelta(hours=2), rnd.randint(105, 150),
                               rnd.randint(65, 95), rnd.randint(55, 105)))
        h.vitals.append(Vitals(nid(), base + timedelta(hours=13), rnd.randint(85, 140),
                               rnd.randint(55, 90), rnd.randint(55, 100)))
        h.stretches.append(Stretch(nid(), base + timedelta(hours=12), 10.0, "calf"))
        h.cramps.append(Cramp(nid(), base + timedelta(hours=rnd.randint(0, 23)), "calf",
                              rnd.randint(2, 9), duration_s=rnd.randint(20, 900),
                              woke=rnd.random() < 0.3))
        if day % 7 == 0:
            h.symptoms.append(Symptom(nid(), base + timedelta(hours=15), "dry mouth", 3))
    for xs in (h.doses, h.water, h.vitals, h.stretches, h.cramps, h.symptoms):
        xs.sort(key=lambda r: (r.at, r.id))
    return h


def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    load_catalog()
    for years in (1, 5, 10):
        h = make_history(years)
        at = h.all()[-1].at
        n_tiz = sum(1 for d in h.doses if d.drug_key == "tizanidine")
        for _ in range(3):  # warm up
            flags = rules.evaluate(h, at)
        ms = median_ms(lambda h=h, at=at: rules.evaluate(h, at), args.repeat)
        recent = History(*(
            [r for r in xs if r.at >= at - timedelta(days=120)]
            for xs in (h.cramps, h.doses, h.water, h.stretches, h.vitals, h.symptoms)))
        last = recent.doses[-1].id
        ms_entry = median_ms(lambda r=recent, i=last: rules.flags_for_entry(r, i), args.repeat)
        first = h.all()[0].at
        ms_all = median_ms(lambda h=h, at=at, f=first: rules.evaluate(h, at, since=f),
                           max(3, args.repeat // 5))
        print(f"{years:>2} years: {len(h):>6} entries ({n_tiz} tizanidine doses): "
              f"evaluate() for the last 7 days median {ms:6.1f} ms ({len(flags)} flags); "
              f"flags_for_entry() on 120 days {ms_entry:5.1f} ms; "
              f"evaluate() over the whole history {ms_all:7.1f} ms "
              f"({ms_all / len(h) * 1000:4.1f} ms per 1000 entries)")


if __name__ == "__main__":
    main()
