"""``crampdiary demo``: a realistic sample diary for an empty data folder.

The person in it takes tizanidine 4 mg three times a day (about 08:00, 14:00
and 21:00), misses some doses and takes others late; a statin is started half
way through.  Night calf cramps are more likely after a day with little water,
less likely on days with stretching, more likely in the hours after a dose has
worn off, and a little more frequent once the statin has started.  Water comes
in many small drinks (the heavy case is about 20 entries a day), blood pressure
is measured now and then, and drowsiness or a dry mouth is noted at times.
Effects are planted by local calendar day, the unit the insights count in:
a day's episodes go with that day's stretching and the previous day's water.

The patterns are planted on purpose so that screenshots, charts, insights and
benchmarks have something real to show.  Entries are validated through the
same input models as everything else, then written in one transaction.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta

from .db import Diary
from .errors import InputError
from .models import EntryIn, validate_input
from .timeutil import UTC, local_zone, now_utc
from .use_cases import bulk_insert, count_entries, save_medicine

DOSE_TIMES = (time(8, 0), time(14, 0), time(21, 0))
RELIEF_WEIGHTS = {"stretch": 6, "massage": 4, "walk": 3, "heat": 2, "water": 2, "electrolyte": 1}
DAY_MUSCLES = ["calf", "calf", "foot", "thigh-back", "hand", "toes", "neck", "back"]


def _at(day: date, t: time, minutes: float = 0.0) -> datetime:
    local = datetime.combine(day, t, tzinfo=local_zone()) + timedelta(minutes=minutes)
    # Round trip through UTC so a time in a spring-forward gap becomes a real instant.
    return local.astimezone(UTC).replace(microsecond=0)


def generate(diary: Diary, days: int = 180, seed: int = 1, end: datetime | None = None) -> int:
    """Fill an EMPTY diary with ``days`` days of entries up to ``end`` (now)."""
    if count_entries(diary) > 0:
        raise InputError("diary", "already has entries; demo only fills an empty diary "
                         "(use --data-dir to try it in a new folder)")
    rng = random.Random(seed)
    end = end or now_utc()
    last_day = end.astimezone(local_zone()).date()
    first_day = last_day - timedelta(days=days - 1)
    statin_day = first_day + timedelta(days=days // 2)
    raw: list[tuple[str, dict[str, object]]] = []
    dose_times: list[datetime] = []
    water_by_day: dict[date, float] = {}

    for n in range(days):
        day = first_day + timedelta(days=n)
        weekend = day.weekday() >= 5
        # --- tizanidine: mostly on time, sometimes late, sometimes missed
        for slot, t in enumerate(DOSE_TIMES):
            r = rng.random()
            if r < 0.07:
                continue  # missed
            jitter = rng.gauss(0, 20)
            if r < 0.17:
                jitter += rng.uniform(60, 180)  # late
            if weekend and slot == 0:
                jitter += rng.uniform(30, 90)  # sleeping in
            at = _at(day, t, jitter)
            food = rng.random() < 0.95  # mostly the same way, as the label asks
            raw.append(("dose", {"at": at, "drug": "tizanidine", "amount": 4, "unit": "mg",
                                 "form": "tablet", "with_food": food}))
            dose_times.append(at)
        # --- the statin, started half way
        if day >= statin_day and rng.random() > 0.05:
            raw.append(("dose", {"at": _at(day, time(21, 30), rng.gauss(0, 15)),
                                 "drug": "atorvastatin", "amount": 20, "unit": "mg",
                                 "form": "tablet"}))
        # --- drinks: many small ones; some days much less
        thirsty = rng.random() < 0.25
        target = rng.uniform(900, 1400) if thirsty else rng.uniform(1700, 2800)
        total = 0.0
        minute = 7 * 60 + rng.uniform(0, 45)
        while total < target and minute < 22 * 60 + 30:
            ml = rng.choice((100, 150, 150, 200, 200, 250, 300))
            drink = rng.choices(["water", "coffee", "tea", "electrolyte", "other", "alcohol"],
                                [70, 12, 8, 4, 4, 2])[0]
            if drink == "alcohol" and not weekend:
                drink = "water"
            raw.append(("water", {"at": _at(day, time(0, 0), minute), "ml": ml, "drink": drink}))
            total += ml
            minute += rng.uniform(20, 70)
        water_by_day[day] = total
        # --- stretching on some days (more often on weekends)
        stretched = rng.random() < (0.55 if weekend else 0.4)
        if stretched:
            for _ in range(rng.choice((1, 1, 2))):
                raw.append(("stretch", {"at": _at(day, time(rng.choice((7, 18, 21)), 0), rng.uniform(0, 50)),
                                        "minutes": rng.choice((5, 10, 10, 15, 20)),
                                        "stretch_kind": rng.choice(("calf wall stretch",
                                                                    "hamstring stretch", "yoga",
                                                                    "foot flexes"))}))
        # --- cramps
        prev_water = water_by_day.get(day - timedelta(days=1), 2000.0)
        rate = 0.32
        if prev_water < 1500:
            rate *= 2.0
        if stretched:
            rate *= 0.5
        if day >= statin_day:
            rate *= 1.3
        for _ in range(_poisson(rng, rate)):
            night = rng.random() < 0.7
            if night:
                onset = _at(day, time(0, 0), rng.uniform(60, 390))  # 01:00-06:30
            else:
                onset = _at(day, time(9, 0), rng.uniform(0, 12 * 60))
                # daytime episodes mostly when the last dose has worn off
                last = max((d for d in dose_times if d <= onset), default=None)
                covered = last is not None and onset - last <= timedelta(hours=6)
                if covered and rng.random() < 0.65:
                    continue
            if onset > end:
                continue
            relief = rng.sample(list(RELIEF_WEIGHTS), k=rng.choice((1, 1, 2)))
            dur = int(min(3600, max(10, rng.lognormvariate(math.log(100), 0.8))))
            if "stretch" in relief:
                dur = max(10, int(dur * 0.7))
            raw.append(("cramp", {
                "at": onset,
                "muscle": "calf" if night and rng.random() < 0.8 else rng.choice(DAY_MUSCLES),
                "side": rng.choice(("left", "right", "left", "right", "both")),
                "severity": min(10, max(1, round(rng.gauss(6 if night else 4.5, 1.6)))),
                "duration_s": dur,
                "woke": night and rng.random() < 0.9,
                "relief": relief,
                "relief_score": min(10, max(0, round(rng.gauss(6, 2)))),
                "trigger": rng.choice([None, None, None, "long walk", "cold bedroom",
                                       "pointed toes in bed", "gardening"]),
            }))
        # --- blood pressure now and then; side effects at times
        if rng.random() < 0.12:
            sys_ = round(rng.gauss(126, 9))
            raw.append(("vitals", {"at": _at(day, time(8, 30), rng.uniform(0, 30)),
                                   "systolic": sys_, "diastolic": min(sys_ - 25, round(rng.gauss(80, 6))),
                                   "pulse": round(rng.gauss(70, 7))}))
        if rng.random() < 0.08:
            raw.append(("symptom", {"at": _at(day, time(15, 0), rng.uniform(0, 120)),
                                    "name": "drowsiness", "severity": rng.randint(2, 6)}))
        if rng.random() < 0.04:
            raw.append(("symptom", {"at": _at(day, time(11, 0), rng.uniform(0, 240)),
                                    "name": "dry mouth", "severity": rng.randint(1, 4)}))

    inputs: list[EntryIn] = []
    for kind, data in raw:
        if data["at"] > end:  # type: ignore[operator]
            continue
        inputs.append(validate_input(kind, data))
    inputs.sort(key=lambda i: i.at)
    bulk_insert(diary, inputs)
    # The user's medicine list.
    save_medicine(diary, {"name": "Zanaflex", "form": "tablet", "usual_amount": 4,
                          "with_food": True, "schedule": ["08:00", "14:00", "21:00"],
                          "started_on": first_day})
    save_medicine(diary, {"name": "atorvastatin", "form": "tablet", "usual_amount": 20,
                          "schedule": ["21:30"], "started_on": statin_day})
    return len(inputs)


def _poisson(rng: random.Random, lam: float) -> int:
    k, p, limit = 0, 1.0, math.exp(-lam)
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
