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


# --------------------------------------------------------------------------- issue 12
POSIX_CASES = [
    # TZ, local time, expected ISO with offset (as glibc's localtime reads the rule)
    ("EST5EDT,M3.2.0,M11.1.0", "2026-01-15T12:00", "2026-01-15T12:00:00-05:00"),
    ("EST5EDT,M3.2.0,M11.1.0", "2026-07-15T12:00", "2026-07-15T12:00:00-04:00"),
    ("EST5EDT,M3.2.0,M11.1.0", "2026-03-08T01:59", "2026-03-08T01:59:00-05:00"),
    ("EST5EDT,M3.2.0,M11.1.0", "2026-03-08T03:00", "2026-03-08T03:00:00-04:00"),
    ("EST5EDT,M3.2.0,M11.1.0", "2026-11-01T00:59", "2026-11-01T00:59:00-04:00"),
    ("EST5EDT,M3.2.0,M11.1.0", "2026-11-01T02:00", "2026-11-01T02:00:00-05:00"),
    ("CET-1CEST,M3.5.0,M10.5.0/3", "2026-03-29T01:59", "2026-03-29T01:59:00+01:00"),
    ("CET-1CEST,M3.5.0,M10.5.0/3", "2026-03-29T03:00", "2026-03-29T03:00:00+02:00"),
    ("CET-1CEST,M3.5.0,M10.5.0/3", "2026-10-25T01:59", "2026-10-25T01:59:00+02:00"),
    ("CET-1CEST,M3.5.0,M10.5.0/3", "2026-10-25T03:00", "2026-10-25T03:00:00+01:00"),
    ("UTC0", "2026-07-01T12:00", "2026-07-01T12:00:00+00:00"),
    ("<+0330>-3:30", "2026-07-01T12:00", "2026-07-01T12:00:00+03:30"),
    # southern hemisphere: DST over the new year
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-01-15T12:00", "2026-01-15T12:00:00+11:00"),
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-06-15T12:00", "2026-06-15T12:00:00+10:00"),
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-10-04T03:00", "2026-10-04T03:00:00+11:00"),
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-04-05T03:00", "2026-04-05T03:00:00+10:00"),
]


@pytest.mark.parametrize(("tz", "local", "expect"), POSIX_CASES)
def test_posix_tz_strings_are_honoured(cli, monkeypatch, tz, local, expect):
    _set_tz(monkeypatch, tz)
    assert cli("log", "water", "--ml", "100", "--at", local).rc == 0
    [a] = cli("list", "--json").json()
    assert a["at"] == expect


@pytest.mark.parametrize("tz", ["EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3",
                                "AEST-10AEDT,M10.1.0,M4.1.0/3", "UTC0"])
def test_posix_tz_agrees_with_the_c_library(monkeypatch, tz):
    """Every hour of two years, our reading of the rule equals glibc's localtime()."""
    from datetime import datetime, timezone

    from crampdiary.core.posixtz import parse_posix_tz

    _set_tz(monkeypatch, tz)
    zone = parse_posix_tz(tz)
    start = int(datetime(2026, 1, 1, tzinfo=timezone.utc).timestamp())
    for t in range(start, start + 2 * 366 * 86400, 3600):
        ours = datetime.fromtimestamp(t, timezone.utc).astimezone(zone)
        libc = time.localtime(t)
        assert ours.utcoffset().total_seconds() == libc.tm_gmtoff, (tz, ours)
        assert ours.timetuple()[:6] == libc[:6], (tz, ours)


def test_posix_tz_interval_across_the_change_is_real_time(cli, monkeypatch):
    _set_tz(monkeypatch, "CET-1CEST,M3.5.0,M10.5.0/3")
    cli("log", "water", "--ml", "100", "--at", "2026-03-29T01:30")
    cli("log", "water", "--ml", "100", "--at", "2026-03-29T03:30")
    a, b = cli("list", "--json").json()
    assert (parse_datetime(b["at"]) - parse_datetime(a["at"])).total_seconds() == 3600


def test_gap_is_noted_and_stored_as_documented(cli):
    res = cli("log", "water", "--ml", "100", "--at", "2026-03-29T02:30")  # Europe/Berlin
    assert res.rc == 0
    assert ("note: 02:30 does not exist on 2026-03-29 in Europe/Berlin; stored as 03:30 CEST"
            in res.err)
    assert res.out.split()[0].isdigit()  # stdout still starts with the id
    [a] = cli("list", "--json").json()
    assert a["at"] == "2026-03-29T03:30:00+02:00"


def test_overlap_is_noted_and_stored_as_the_first(cli):
    res = cli("log", "water", "--ml", "100", "--at", "2026-10-25T02:30")
    assert res.rc == 0
    assert "note: 02:30 happens twice on 2026-10-25 in Europe/Berlin" in res.err
    assert "+02:00" in res.err
    [a] = cli("list", "--json").json()
    assert a["at"] == "2026-10-25T02:30:00+02:00"


def test_ordinary_and_offset_times_get_no_note(cli):
    assert cli("log", "water", "--ml", "100", "--at", "2026-03-29T04:30").err == ""
    assert cli("log", "water", "--ml", "100", "--at", "2026-03-29T02:30+01:00").err == ""


def test_posix_tz_gap_note(cli, monkeypatch):
    _set_tz(monkeypatch, "EST5EDT,M3.2.0,M11.1.0")
    res = cli("log", "water", "--ml", "100", "--at", "2026-03-08T02:30")
    assert "does not exist on 2026-03-08" in res.err and "stored as 03:30 EDT" in res.err


@pytest.mark.parametrize("text", ["1700000000", "1700000000000", "1.7e9", "-5", "0",
                                  "1700000000.5", "+1700000000"])
def test_numeric_at_is_refused_never_guessed(cli, text):
    res = cli("log", "water", "--ml", "100", "--at", text)
    assert res.rc == 2
    assert "refused: at:" in res.err and "number" in res.err
    assert cli("list", "--json").json() == []


def test_basic_iso_date_still_works(cli):
    assert cli("log", "water", "--ml", "100", "--at", "20260301").rc == 0
    assert cli("list", "--json").json()[0]["at"].startswith("2026-03-01T00:00:00")


def test_empty_tz_is_utc(cli, monkeypatch):
    _set_tz(monkeypatch, "")
    cli("log", "water", "--ml", "100", "--at", "2026-07-01T12:00")
    assert cli("list", "--json").json()[0]["at"] == "2026-07-01T12:00:00+00:00"
