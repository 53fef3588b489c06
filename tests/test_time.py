"""Issue 2: times are parsed, stored in UTC and printed back in local time."""

from __future__ import annotations

import time

import pytest

from crampdiary.core.errors import InputError
from crampdiary.core.timeutil import format_duration, parse_datetime, parse_duration


def _set_tz(monkeypatch, name):
    monkeypatch.setenv("TZ", name)
    time.tzset()


def test_offset_is_exact_and_printed_in_local_time(cli):
    cli("log", "water", "--ml", "100", "--at", "2026-03-01T08:00+05:30")
    cli("log", "water", "--ml", "100", "--at", "2026-03-01T08:00Z")
    a, b = cli("list", "--json").json()
    assert a["at"] == "2026-03-01T03:30:00+01:00"  # Berlin in winter
    assert b["at"] == "2026-03-01T09:00:00+01:00"


def test_no_offset_means_local_wall_clock(cli, monkeypatch):
    _set_tz(monkeypatch, "America/New_York")
    cli("log", "water", "--ml", "100", "--at", "2026-07-01T08:00")
    [a] = cli("list", "--json").json()
    assert a["at"] == "2026-07-01T08:00:00-04:00"
    from crampdiary.core.db import open_diary

    with open_diary() as d, d.sql_read() as con:
        stored = con.execute("SELECT at FROM entry").fetchone()[0]
    assert stored.startswith("2026-07-01 12:00:00")


def test_daylight_saving_change_keeps_real_elapsed_time(cli, monkeypatch):
    _set_tz(monkeypatch, "America/New_York")
    # Clocks spring forward at 02:00 on 2026-03-08: 01:30 -> 03:30 is one real hour.
    cli("log", "water", "--ml", "100", "--at", "2026-03-08T01:30")
    cli("log", "water", "--ml", "100", "--at", "2026-03-08T03:30")
    a, b = cli("list", "--json").json()
    assert a["at"].endswith("-05:00") and b["at"].endswith("-04:00")
    ta = parse_datetime(a["at"])
    tb = parse_datetime(b["at"])
    assert (tb - ta).total_seconds() == 3600


def test_entries_logged_out_of_order_are_listed_in_time_order(cli):
    for t in ("2026-03-03T10:00", "2026-03-01T10:00", "2026-03-02T10:00"):
        cli("log", "stretch", "--minutes", "5", "--at", t)
    ats = [i["at"][:10] for i in cli("list", "--json").json()]
    assert ats == ["2026-03-01", "2026-03-02", "2026-03-03"]


def test_future_limit_is_24_hours(cli):
    from datetime import datetime, timedelta, timezone

    ok = (datetime.now(timezone.utc) + timedelta(hours=23)).isoformat()
    bad = (datetime.now(timezone.utc) + timedelta(hours=25)).isoformat()
    assert cli("log", "water", "--ml", "100", "--at", ok).rc == 0
    res = cli("log", "water", "--ml", "100", "--at", bad)
    assert res.rc == 2 and "at" in res.err


@pytest.mark.parametrize("text, secs", [("45s", 45), ("3m", 180), ("1h30m", 5400), ("90", 90),
                                        ("24h", 86400), ("2h", 7200), ("1m30s", 90)])
def test_durations(text, secs):
    assert parse_duration(text) == secs


@pytest.mark.parametrize("text", ["", "0", "24h1s", "abc", "3x", "-4", "1.5"])
def test_bad_durations(text):
    with pytest.raises(InputError) as e:
        parse_duration(text)
    assert e.value.field == "duration"


def test_format_duration():
    assert format_duration(5400) == "1h30m"
    assert format_duration(45) == "45s"
