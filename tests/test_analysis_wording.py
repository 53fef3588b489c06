"""Insights wording: singular and plural through ``i18n.ntr``; no numbers below the minimum."""

from __future__ import annotations

import re

from crampdiary.core import analysis as an
from crampdiary.core import i18n
from insights_synth import make_history

KEYS = ("id", "question", "answer", "n", "effect", "effect_kind", "ci", "p", "q",
        "enough_data", "significant")


def _answers(fs: list[an.Finding]) -> str:
    return "\n".join(f.answer for f in fs)


def test_short_diary_reads_with_real_plurals() -> None:
    fs = an.insights_from_history(make_history(5, 3, rate=0.4, drug="tizanidine"))
    text = _answers(fs)
    assert "at least 14 days with stretching" in text
    assert "at least 14 days without" in text
    assert "at least 10 episodes" in text
    # the broken forms of issue 14 never come back
    for bad in ("14 day with", "day withouts", "dayss", "10 episode on", "episodes on those dayss"):
        assert bad not in text, bad
    assert not re.search(r"\b(?:[02-9]|\d\d+) (day|episode|hour|pair) ", text), text


def test_singular_for_one() -> None:
    one = an._more_needed([("{n} day with stretching", "{n} days with stretching", 14, 1),
                           ("{n} episode", "{n} episodes", 10, 9)])
    assert "So far: 1 day with stretching, 9 episodes" in one
    assert "(13 days with stretching and 1 episode more)" in one
    zero = an._more_needed([("{n} episode", "{n} episodes", 10, 0)])
    assert "So far: 0 episodes" in zero


def test_plural_forms_come_from_ntr(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, str, float]] = []
    real = i18n.ntr

    def spy(ctx: str, one: str, many: str, n: float) -> str:
        calls.append((one, many, n))
        return real(ctx, one, many, n)

    monkeypatch.setattr(i18n, "ntr", spy)
    an.insights_from_history(make_history(5, 3, rate=0.4))
    assert ("{n} day with stretching", "{n} days with stretching", 14) in calls


def test_below_minimum_every_number_is_null() -> None:
    fs = an.insights_from_history(make_history(8, 4, rate=0.5, drug="tizanidine"))
    low = [f for f in fs if not f.enough_data]
    assert {f.id for f in low} >= {"stretch-days", "water-same-day", "night"}
    for f in low:
        j = f.to_json()
        assert list(j) == list(KEYS)
        assert j["effect"] is None and j["ci"] is None and j["p"] is None and j["q"] is None, j
        assert j["significant"] is False
        assert "Not enough data yet" in j["answer"]


def test_enough_data_keeps_its_numbers() -> None:
    fs = an.insights_from_history(make_history(120, 5, rate=0.8))
    sd = next(f for f in fs if f.id == "stretch-days")
    assert sd.enough_data and sd.effect is not None and sd.ci is not None and sd.p is not None
    assert sd.q is not None
