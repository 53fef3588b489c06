"""Synthetic diaries with known (planted) effects, for the insights tests and benchmark.

``make_history`` builds a ``records.History`` directly (fast, for pure tests);
``write_history`` stores one in a real diary in a single transaction.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np

from crampdiary.core.records import Cramp, Dose, History, Stretch, Water
from crampdiary.core.timeutil import UTC, local_midnight_utc

RELIEFS = ("stretch", "massage", "walk", "heat", "water")
MUSCLES = ("calf", "calf", "calf", "foot", "thigh-back", "toes", "hand")
SIDES = ("left", "right", "both", None)


def make_history(
    days: int = 120,
    seed: int = 0,
    first: date = date(2025, 1, 6),
    *,
    rate: float = 0.6,  # episodes per day at baseline
    stretch_share: float = 0.5,  # share of days with stretching
    stretch_rr: float = 1.0,  # episode rate on stretching days / other days
    water_share: float = 1.0,  # share of days with water logged
    water_effect: float = 0.0,  # change in log-rate per litre below 2 l on the previous day
    drug: str | None = None,  # e.g. "tizanidine": doses at about 08, 14, 21 h
    wear_rr: float = 1.0,  # rate when the last dose is >= 6 h old / rate within 6 h
    relief_effect: float = 0.0,  # minutes shorter when "stretch" was used
    night_share: float | None = None,  # None: episodes at any hour (uniform)
    durations: bool = True,
) -> History:
    rng = np.random.default_rng(seed)
    edges = np.array([local_midnight_utc(first + timedelta(i)).timestamp()
                      for i in range(days + 1)])
    next_id = iter(range(1, 10_000_000))
    hist = History()

    def at(t: float) -> datetime:
        return datetime.fromtimestamp(round(float(t)), UTC)

    # doses
    dose_t: list[float] = []
    if drug:
        for d in range(days):
            for h in (8, 14, 21):
                if rng.random() < 0.05:
                    continue
                t = edges[d] + (h + rng.normal(0, 0.4)) * 3600
                dose_t.append(t)
                hist.doses.append(Dose(next(next_id), at(t), drug, 4.0, drug_key=drug))
    dose_arr = np.sort(np.array(dose_t))
    # water and stretching
    litres = np.full(days, np.nan)
    stretched = rng.random(days) < stretch_share
    for d in range(days):
        if rng.random() < water_share:
            litres[d] = rng.uniform(0.8, 3.0)
            for k in range(3):
                t = edges[d] + (8 + 4 * k + rng.uniform(0, 3)) * 3600
                hist.water.append(Water(next(next_id), at(t), round(litres[d] * 1000 / 3, 1)))
        if stretched[d]:
            t = edges[d] + rng.uniform(7, 21) * 3600
            hist.stretches.append(Stretch(next(next_id), at(t), float(rng.integers(5, 30))))
    # episodes: a Poisson process on 10-minute slots
    slot = 600.0
    cramps: list[float] = []
    for d in range(days):
        base = rate * (stretch_rr if stretched[d] else 1.0)
        if water_effect and d > 0 and not np.isnan(litres[d - 1]):
            base *= float(np.exp(water_effect * (2.0 - litres[d - 1])))
        n_slots = int(round((edges[d + 1] - edges[d]) / slot))
        starts = edges[d] + np.arange(n_slots) * slot
        lam = np.full(n_slots, base / n_slots)
        if night_share is not None:
            hours = (starts - edges[d]) / 3600
            night = (hours >= 22) | (hours < 7)
            w = np.where(night, night_share / night.sum(), (1 - night_share) / (~night).sum())
            lam = base * w
        if drug and wear_rr != 1.0:
            j = np.searchsorted(dose_arr, starts + slot / 2, side="right") - 1
            since = np.where(j >= 0, (starts + slot / 2 - dose_arr[np.maximum(j, 0)]) / 3600, 99)
            lam = lam * np.where(since >= 6, wear_rr, 1.0)
        counts = rng.poisson(lam)
        for i in np.nonzero(counts)[0]:
            for _ in range(counts[i]):
                cramps.append(starts[i] + rng.uniform(0, slot))
    for t in sorted(cramps):
        relief = tuple(sorted(set(rng.choice(RELIEFS, size=int(rng.integers(1, 3))).tolist())))
        dur = None
        if durations:
            minutes = rng.lognormal(np.log(4.0), 0.6)
            if "stretch" in relief:
                minutes = max(0.2, minutes - relief_effect)
            dur = int(round(minutes * 60))
        hist.cramps.append(Cramp(
            next(next_id), at(t), str(rng.choice(MUSCLES)), int(rng.integers(2, 9)),
            side=SIDES[int(rng.integers(0, 4))], duration_s=dur, woke=False, relief=relief))
    return hist


def write_history(diary, hist: History) -> int:  # type: ignore[no-untyped-def]
    """Store every entry of ``hist`` in ``diary`` in one transaction."""
    from crampdiary.core.models import validate_input
    from crampdiary.core.use_cases import bulk_insert, record_to_input

    recs = hist.all()
    inputs = []
    for r in recs:
        data = record_to_input(r)
        inputs.append(validate_input(r.kind, data))
    return len(bulk_insert(diary, inputs))
