"""Durations for people are in the language (``timeutil.display_duration``); the machine
forms (``--duration`` input, CSV/JSON ``duration_s``, the entry dialog's field) stay."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crampdiary.core import i18n
from crampdiary.core.describe import describe
from crampdiary.core.records import Cramp
from crampdiary.core.timeutil import display_duration, format_duration, parse_duration


@pytest.fixture
def lang():
    def use(code: str | None) -> None:
        i18n.set_language(code)
    yield use
    i18n.set_language(None)


@pytest.mark.parametrize("secs, en, de, es", [
    (45, "45 s", "45 Sek.", "45 s"),
    (180, "3 min", "3 Min.", "3 min"),
    (528, "8 min 48 s", "8 Min. 48 Sek.", "8 min 48 s"),
    (3600, "1 h", "1 Std.", "1 h"),
    (5400, "1 h 30 min", "1 Std. 30 Min.", "1 h 30 min"),
    (3605, "1 h 0 min 5 s", "1 Std. 0 Min. 5 Sek.", "1 h 0 min 5 s"),
    (0, "0 s", "0 Sek.", "0 s"),
])
def test_display_duration_in_each_language(lang, secs, en, de, es):
    for code, want in (("en", en), ("de", de), ("es", es)):
        lang(code)
        assert display_duration(secs) == want


def test_display_duration_none_and_rounding(lang):
    lang("en")
    assert display_duration(None) == ""
    assert display_duration(89.6) == "1 min 30 s"


def test_machine_forms_unchanged():
    assert format_duration(528) == "8m48s" and format_duration(5400) == "1h30m"
    for text in ("45s", "3m", "1h30m", format_duration(528), format_duration(3605)):
        assert format_duration(parse_duration(text)) == text.lower()


def test_history_line_shows_the_language(lang):
    at = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    cramp = Cramp(1, at, "calf", 7, "left", 528, True, (), None, (), None, None)
    lang("es")
    assert "8 min 48 s" in describe(cramp)
    lang("de")
    line = describe(cramp)
    assert "8 Min. 48 Sek." in line and "8m48s" not in line


def test_the_countdown_keeps_its_two_digits_in_each_language(lang):
    from datetime import timedelta

    from crampdiary.ui.today import countdown_text

    t = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    lang("de")
    assert countdown_text(t + timedelta(hours=4, minutes=5, seconds=9), t) == "4 Std. 05 Min."
    assert countdown_text(t + timedelta(hours=2), t) == "2 Std. 00 Min."
    assert countdown_text(t + timedelta(minutes=3, seconds=7), t) == "3 Min. 07 Sek."
    assert countdown_text(t + timedelta(minutes=12, seconds=3), t) == "12 Min."
    lang("es")
    assert countdown_text(t + timedelta(seconds=40), t) == "0 min 40 s"
    lang("en")
    assert display_duration(3 * 60 + 7, pad=True) == "3 min 07 s"
