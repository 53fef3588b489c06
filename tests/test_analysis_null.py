"""Diaries with no effect at all: findings must not come out significant too often.

200 small generated diaries (75 days, a regularly taken drug, stretching, water,
relief methods, episodes at any hour) where nothing goes with anything.  Each
finding's raw p < 0.05 may happen in about 5% of the diaries, and "significant"
(BH q < 0.05 across the run) in any finding of a diary at most about 5% of the
time; the bound allows binomial slack (the 99.9th percentile of Binomial(200, 0.05)).
"""

from __future__ import annotations

from collections import Counter

import pytest
from scipy.stats import binom

from crampdiary.core import analysis as an
from insights_synth import make_history

SEEDS = 200
BOUND = int(binom.ppf(0.999, SEEDS, 0.05))  # 21


@pytest.mark.slow  # about 5 s: 200 diaries
def test_no_effect_diaries_are_rarely_significant() -> None:
    any_significant = 0
    raw_hits: Counter[str] = Counter()
    tested: Counter[str] = Counter()
    for seed in range(SEEDS):
        h = make_history(75, 1000 + seed, rate=0.7, drug="tizanidine")
        fs = an.insights_from_history(h)
        any_significant += any(f.significant for f in fs)
        for f in fs:
            key = "relief" if f.id.startswith("relief:") else f.id
            if f.enough_data and f.p is not None:
                tested[key] += 1
                raw_hits[key] += f.p < 0.05
    # every kind of finding was actually exercised
    for key in ("stretch-days", "water-same-day", "water-previous-day", "wear-off:tizanidine",
                "relief", "night"):
        assert tested[key] >= SEEDS * 0.9, (key, tested[key])
    assert any_significant <= BOUND, (any_significant, raw_hits)
    for key, hits in raw_hits.items():
        n = tested[key]
        assert hits <= binom.ppf(0.999, n, 0.05), (key, hits, n)
