"""Insights (CONTRACT.md section 6): findings, day counting, JSON shape, gates, words."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta

import numpy as np
import pytest

from crampdiary.core import analysis as an
from crampdiary.core.records import Cramp, Dose, History, Stretch, Water
from crampdiary.core.timeutil import UTC, local_midnight_utc
from insights_synth import make_history, write_history

KEYS = {"id", "question", "answer", "n", "effect", "effect_kind", "ci", "p", "q",
        "enough_data", "significant"}
CAUSAL = re.compile(r"\b(caus\w*|because|reduc\w*|prevent\w*|leads? to|result\w* in|due to|"
                    r"helps?|improv\w*|worse\w*|protect\w*|trigger\w*)\b", re.I)


def by_id(findings):  # type: ignore[no-untyped-def]
    return {f.id: f for f in findings}


def at_local(d: date, hour: float) -> datetime:
    return datetime.fromtimestamp(local_midnight_utc(d).timestamp() + hour * 3600, UTC)


# --------------------------------------------------------------------------- statistics
def test_benjamini_hochberg_matches_hand_computation() -> None:
    ps = [0.01, 0.04, 0.03, 0.005, 0.20]
    # sorted: 0.005 (r1), 0.01 (r2), 0.03 (r3), 0.04 (r4), 0.20 (r5); m = 5
    # raw p*m/r: 0.025, 0.025, 0.05, 0.05, 0.20 -> running minimum from the top: same
    expected = [0.025, 0.05, 0.05, 0.025, 0.20]
    assert an.benjamini_hochberg(ps) == pytest.approx(expected)
    # monotonicity step: 0.04 at rank 2 of 3 would be 0.06 but rank 3 gives 0.045
    assert an.benjamini_hochberg([0.01, 0.04, 0.045]) == pytest.approx([0.03, 0.045, 0.045])
    assert an.benjamini_hochberg([0.9, 0.8]) == pytest.approx([0.9, 0.9])
    assert an.benjamini_hochberg([]) == []


def test_rate_ratio_exact_values() -> None:
    rr, ci, p = an.rate_ratio(10, 20.0, 20, 20.0)
    assert rr == pytest.approx(0.5)
    # Clopper-Pearson for 10/30 is (0.1729, 0.5281); as odds: (0.209, 1.119)
    assert ci == pytest.approx((0.2090, 1.1192), abs=1e-3)
    assert p == pytest.approx(0.0987, abs=1e-3)  # binomtest(10, 30, 0.5)
    rr, ci, p = an.rate_ratio(7, 10.0, 7, 10.0)
    assert rr == pytest.approx(1.0) and p == pytest.approx(1.0)
    assert an.rate_ratio(0, 10, 0, 10) == (None, None, None)


def test_spearman_and_share_and_median_difference() -> None:
    x = np.arange(30, dtype=float)
    rho, ci, p = an.spearman(x, x[::-1].copy())
    assert rho == pytest.approx(-1.0) and p is not None and p < 1e-6
    assert an.spearman(np.ones(20), x[:20]) == (None, None, None)
    diff, ci, p = an.share_test(30, 40, 0.375)
    assert diff == pytest.approx(0.375) and ci is not None and ci[0] > 0 and p < 1e-4
    a = np.array([1.0, 2, 3, 4, 5])
    b = a + 10
    d, ci, p = an.median_difference(a, b)
    assert d == -10 and ci is not None and ci[1] < 0 and p < 0.05
    # the fixed seed makes the interval reproducible
    assert an.median_difference(a, b)[1] == ci


def test_bootstrap_median_draws_match_resampling() -> None:
    rng = np.random.default_rng(5)
    x = np.sort(rng.lognormal(1, 0.7, 24))
    exact = an._boot_medians(x, 20000, np.random.default_rng(1))
    brute = np.median(rng.choice(x, size=(20000, len(x)), replace=True), axis=1)
    assert np.percentile(exact, [2.5, 50, 97.5]) == pytest.approx(
        np.percentile(brute, [2.5, 50, 97.5]), rel=0.08)


# --------------------------------------------------------------------------- shape
def test_empty_diary_lists_core_findings_without_data(diary) -> None:  # type: ignore[no-untyped-def]
    fs = an.insights(diary)
    assert [f.id for f in fs] == ["stretch-days", "water-same-day", "water-previous-day", "night"]
    for f in fs:
        j = f.to_json()
        assert set(j) == KEYS
        assert j["enough_data"] is False and j["significant"] is False
        assert j["p"] is None and j["q"] is None
    json.dumps([f.to_json() for f in fs], allow_nan=False)


def test_json_shape_and_types_with_data() -> None:
    h = make_history(150, 3, stretch_rr=0.5, drug="tizanidine", wear_rr=3.0)
    fs = an.insights_from_history(h)
    for f in fs:
        j = f.to_json()
        assert list(j) == ["id", "question", "answer", "n", "effect", "effect_kind", "ci", "p",
                           "q", "enough_data", "significant"]
        assert j["effect_kind"] in ("rate-ratio", "spearman", "difference")
        assert isinstance(j["n"], int)
        assert j["ci"] is None or (len(j["ci"]) == 2 and j["ci"][0] <= j["ci"][1])
        if j["enough_data"]:
            assert 0 <= j["p"] <= 1 and 0 <= j["q"] <= 1 and j["q"] >= j["p"] - 1e-12
        assert j["significant"] == (j["enough_data"] and j["q"] is not None and j["q"] < 0.05)
        if j["effect_kind"] == "spearman" and j["effect"] is not None:
            assert -1 <= j["effect"] <= 1
    json.dumps([f.to_json() for f in fs], allow_nan=False)
    ids = [f.id for f in fs]
    assert ids[:4] == ["stretch-days", "water-same-day", "water-previous-day",
                       "wear-off:tizanidine"]
    assert ids[-1] == "night"
    assert {i for i in ids if i.startswith("relief:")} == {
        "relief:stretch", "relief:massage", "relief:walk", "relief:heat", "relief:water"}


def test_words_are_never_causal_and_carry_numbers() -> None:
    for hist in (make_history(150, 3, stretch_rr=0.5, drug="tizanidine", wear_rr=3.0),
                 make_history(10, 1), History()):
        fs = an.insights_from_history(hist)
        for f in fs:
            assert not CAUSAL.search(f.answer), f.answer
            assert not CAUSAL.search(f.question), f.question
            assert re.search(r"\d", f.answer) or f.answer.startswith("No entries")
        text = an.render_text(fs)
        for f in fs:
            assert f.id in text


def test_below_minimum_says_how_much_more_is_needed() -> None:
    h = make_history(10, 1, drug="tizanidine")
    fs = by_id(an.insights_from_history(h))
    f = fs["stretch-days"]
    assert f.n == 10 and not f.enough_data and f.p is None and not f.significant
    assert "Not enough data yet" in f.answer and "at least 14" in f.answer and "more" in f.answer
    assert not fs["water-same-day"].enough_data
    assert not fs["night"].enough_data or fs["night"].n >= 10
    assert all(not f.significant for f in fs.values() if not f.enough_data)


# --------------------------------------------------------------------------- day counting
def test_day_counting_rules() -> None:
    d0 = date(2025, 6, 2)
    h = History()
    # day 0: a stretch and water; day 1: nothing (inside the span); day 2: an episode,
    # water; day 3: an episode only.  Days outside the range are ignored.
    h.stretches.append(Stretch(1, at_local(d0, 9), 10.0))
    h.water.append(Water(2, at_local(d0, 10), 500.0))
    h.water.append(Water(3, at_local(d0, 23.9), 250.0))
    h.cramps.append(Cramp(4, at_local(d0 + timedelta(2), 0.1), "calf", 5))
    h.water.append(Water(5, at_local(d0 + timedelta(2), 12), 1000.0))
    h.cramps.append(Cramp(6, at_local(d0 + timedelta(3), 23.5), "calf", 5))
    h.cramps.append(Cramp(7, at_local(d0 + timedelta(20), 12), "calf", 5))
    data = an.data_from_history(h, None, d0 + timedelta(5))
    assert data.first_day == d0 and data.n_days == 4  # first to last day in range
    assert data.episodes.tolist() == [0, 0, 1, 1]
    assert data.stretched.tolist() == [True, False, False, False]
    assert np.isnan(data.water_ml[1]) and np.isnan(data.water_ml[3])
    assert data.water_ml[0] == 750 and data.water_ml[2] == 1000
    fs = by_id(an.findings_from_data(data))
    assert fs["stretch-days"].n == 4
    assert fs["water-same-day"].n == 2  # days 1 and 3 unknown, left out
    assert fs["water-previous-day"].n == 2  # (day 0 -> day 1) and (day 2 -> day 3)


def test_water_previous_day_pairs() -> None:
    d0 = date(2025, 6, 2)
    h = History()
    for i in range(4):
        h.water.append(Water(i + 1, at_local(d0 + timedelta(i), 12), 1000.0 + i))
    h.cramps.append(Cramp(10, at_local(d0 + timedelta(5), 12), "calf", 5))
    data = an.data_from_history(h)
    assert data.n_days == 6
    x, y = an._water_pairs(data, 1)
    assert x.tolist() == [1000, 1001, 1002, 1003] and y.tolist() == [0, 0, 0, 0]
    x, y = an._water_pairs(data, 0)
    assert len(x) == 4


def test_range_limits_the_days() -> None:
    h = make_history(60, 2)
    first = h.all()[0].at
    start = date(2025, 1, 16)
    data = an.data_from_history(h, start, date(2025, 1, 25))
    assert data.first_day >= start and data.n_days <= 10
    assert all(f.n <= 10 for f in an.findings_from_data(data) if f.id.startswith("water"))
    assert first < local_midnight_utc(start)


def test_dst_day_has_23_hours_and_wall_clock_hours() -> None:
    # Europe/Berlin springs forward on 2025-03-30 (02:00 -> 03:00).
    d = date(2025, 3, 30)
    h = History(cramps=[Cramp(1, datetime(2025, 3, 29, 12, tzinfo=UTC), "calf", 3),
                        Cramp(2, datetime(2025, 3, 30, 5, 0, tzinfo=UTC), "calf", 3),
                        Cramp(3, datetime(2025, 3, 31, 12, tzinfo=UTC), "calf", 3)])
    data = an.data_from_history(h)
    assert np.diff(data.day_edges).tolist() == [86400, 23 * 3600, 86400]
    assert data.c_day.tolist() == [0, 1, 2]
    assert data.c_clock_h.tolist() == pytest.approx([13.0, 7.0, 14.0])
    assert an.episode_table(data).day[1] == np.datetime64(d)


# --------------------------------------------------------------------------- planted effects
def test_stretching_halves_the_rate_is_detected() -> None:
    h = make_history(365, 11, rate=0.8, stretch_rr=0.5)
    f = by_id(an.insights_from_history(h))["stretch-days"]
    assert f.enough_data and f.significant
    assert f.effect is not None and 0.3 < f.effect < 0.75
    assert f.ci is not None and f.ci[1] < 1
    assert "fewer" in f.answer


def test_wear_off_clustering_is_detected() -> None:
    h = make_history(120, 12, rate=0.8, drug="tizanidine", wear_rr=4.0)
    f = by_id(an.insights_from_history(h))["wear-off:tizanidine"]
    assert f.enough_data and f.significant
    assert f.effect is not None and f.effect > 2 and f.ci is not None and f.ci[0] > 1
    assert f.detail["hours_covered"] > 0 and f.detail["hours_uncovered"] > 0
    profile = an.wear_off_profile(an.data_from_history(h), "tizanidine")
    r = profile.rate_per_day
    assert np.nanmean(r[6:11]) > 2 * np.nanmean(r[:6])


def test_relief_and_night_effects_are_detected() -> None:
    h = make_history(240, 13, rate=1.0, relief_effect=2.5, night_share=0.75)
    fs = by_id(an.insights_from_history(h))
    rel = fs["relief:stretch"]
    assert rel.enough_data and rel.significant and rel.effect is not None and rel.effect < -1
    assert rel.ci is not None and rel.ci[1] < 0 and "shorter" in rel.answer
    night = fs["night"]
    assert night.significant and night.effect == pytest.approx(0.75 - 0.375, abs=0.1)


def test_drug_start_compares_equal_spans() -> None:
    d0 = date(2025, 1, 6)
    h = make_history(100, 14, rate=0.5)
    start = d0 + timedelta(40)
    nid = 100_000
    extra = []
    for i in range(60):
        extra.append(Dose(nid + i, at_local(start + timedelta(i), 21), "Atorvastatin", 20.0,
                          drug_key="atorvastatin"))
    # more episodes after the start
    for i in range(60):
        for k in range(2):
            extra.append(Cramp(nid + 1000 + 2 * i + k, at_local(start + timedelta(i), 3 + k),
                               "calf", 4))
    h.doses = sorted(h.doses + [x for x in extra if isinstance(x, Dose)],
                     key=lambda r: (r.at, r.id))
    h.cramps = sorted(h.cramps + [x for x in extra if isinstance(x, Cramp)],
                      key=lambda r: (r.at, r.id))
    fs = by_id(an.insights_from_history(h))
    f = fs["drug-start:atorvastatin"]
    assert f.detail["days_each"] == 40 and f.n == 80
    assert f.enough_data and f.significant and f.effect is not None and f.effect > 2
    assert "2025-02-15" in f.answer
    # a range that starts on the drug's first day: no drug-start finding
    fs2 = by_id(an.insights_from_history(h, start, None))
    assert "drug-start:atorvastatin" not in fs2


def test_wear_off_needs_regular_use() -> None:
    h = make_history(60, 15)
    h.doses = [Dose(900_000 + i, at_local(date(2025, 1, 6) + timedelta(7 * i), 8), "tizanidine",
                    4.0, drug_key="tizanidine") for i in range(8)]
    fs = by_id(an.insights_from_history(h))
    assert "wear-off:tizanidine" not in fs


# --------------------------------------------------------------------------- real diary
def test_sql_path_matches_history_path(diary) -> None:  # type: ignore[no-untyped-def]
    h = make_history(45, 21, stretch_rr=0.5, drug="tizanidine", wear_rr=3.0)
    write_history(diary, h)
    from crampdiary.core.use_cases import load_history

    stored = load_history(diary)
    a = [f.to_json() for f in an.insights(diary)]
    b = [f.to_json() for f in an.insights_from_history(stored)]
    assert a == b
    ranged = [f.to_json() for f in an.insights(diary, date(2025, 1, 10), date(2025, 1, 31))]
    assert all(f["n"] <= 22 for f in ranged if f["id"] == "stretch-days")


def test_cli_insights_json_and_text(cli, diary) -> None:  # type: ignore[no-untyped-def]
    write_history(diary, make_history(30, 22, drug="tizanidine"))
    r = cli("insights", "--json")
    assert r.rc == 0, r.err
    arr = r.json()
    assert arr and all(set(x) == KEYS for x in arr)
    r = cli("insights", "--from", "2025-01-10", "--to", "2025-01-20")
    assert r.rc == 0 and "stretch-days" in r.out and "not proof" in r.out


def test_core_analysis_does_not_import_qt_or_matplotlib() -> None:
    code = ("import sys; import crampdiary.core.analysis as a; "
            "assert 'matplotlib' not in sys.modules and 'PySide6' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_all_episodes_in_one_group_gives_valid_json() -> None:
    # Every episode on a day without stretching: the ratio is 0 (finite) ...
    d0 = date(2025, 6, 2)
    h = History()
    for i in range(30):
        h.stretches.append(Stretch(1000 + i, at_local(d0 + timedelta(2 * i), 9), 10.0))
        h.cramps.append(Cramp(2000 + i, at_local(d0 + timedelta(2 * i + 1), 3), "calf", 5))
    f = by_id(an.insights_from_history(h))["stretch-days"]
    assert f.enough_data and f.effect == 0 and f.significant
    j = f.to_json()
    assert j["ci"][0] == 0 and j["ci"][1] > 0
    # ... and the other way round it is unbounded: no effect number, no interval, still a p
    h2 = History(stretches=[Stretch(1000 + i, at_local(d0 + timedelta(2 * i + 1), 9), 10.0)
                            for i in range(30)], cramps=h.cramps)
    f2 = by_id(an.insights_from_history(h2))["stretch-days"]
    j2 = f2.to_json()
    assert j2["effect"] is None and j2["ci"] is None and j2["p"] is not None and j2["p"] > 0
    assert "times as many" in f2.answer
    json.dumps([j, j2], allow_nan=False)
