"""Time handling: parse ISO 8601 input, store UTC, show local time.

Intervals are always computed on aware UTC datetimes, so 6 hours across a
daylight-saving change is 6 hours that really passed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc


@lru_cache(maxsize=8)
def _zone_for(tz_env: str | None) -> tzinfo:
    """The zone ``TZ`` names, as the C library reads it: a zoneinfo key (or, after
    ':', a key or file) first, else a POSIX rule string (``CET-1CEST,M3.5.0,M10.5.0/3``);
    set but empty means UTC.  Unset or unreadable: the machine's /etc/localtime."""
    if tz_env is not None:
        if tz_env == "" or tz_env == ":":
            return UTC
        name = tz_env[1:] if tz_env.startswith(":") else tz_env
        try:
            if name.startswith("/"):
                with open(name, "rb") as fh:
                    return ZoneInfo.from_file(fh, key=name)
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
        if not tz_env.startswith(":"):
            from .posixtz import parse_posix_tz

            posix = parse_posix_tz(tz_env)
            if posix is not None:
                return posix
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            return ZoneInfo("/".join(parts[parts.index("zoneinfo") + 1 :]))
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    tz = datetime.now().astimezone().tzinfo
    return tz if tz is not None else UTC


def zone_name(tz: tzinfo | None = None) -> str:
    """A name for the zone to show people: the zoneinfo key or the TZ string."""
    tz = tz or local_zone()
    return str(getattr(tz, "key", None) or tz)


def local_zone() -> tzinfo:
    """The machine's time zone (``TZ`` first), as a real zone with DST rules."""
    return _zone_for(os.environ.get("TZ"))


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_utc(dt: datetime) -> datetime:
    """Aware UTC; a naive datetime is taken as local wall-clock time."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=local_zone())
    return dt.astimezone(UTC)


def to_local(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(local_zone())


def local_date(dt: datetime) -> date:
    return to_local(dt).date()


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 with the local offset, to the second (or finer if present)."""
    if dt is None:
        return None
    loc = to_local(dt)
    spec = "seconds" if loc.microsecond == 0 else "microseconds"
    return loc.isoformat(timespec=spec)


_ISO_Z = re.compile(r"[zZ]$")


_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def parse_datetime(text: str, field: str = "at") -> datetime:
    """Parse ISO 8601.  With an offset it is exact; without, local time.

    A bare number (``1700000000``) is refused, never guessed as seconds or
    milliseconds since 1970; only the eight digits of an ISO basic date
    (``20260301``) are a date.
    """
    return parse_datetime_noted(text, field)[0]


def parse_datetime_noted(text: str, field: str = "at") -> tuple[datetime, str | None]:
    """``parse_datetime`` plus a note when a local time without offset falls in a
    daylight-saving gap (does not exist) or overlap (happens twice)."""
    from .errors import InputError

    if not isinstance(text, str) or not text.strip():
        raise InputError(field, "a date and time is required, e.g. 2026-03-01T08:00")
    stripped = text.strip()
    if _NUMBER.match(stripped) and not (len(stripped) == 8 and stripped.isdigit()):
        raise InputError(field, f"{text!r} is a number, not a date and time; give ISO 8601 "
                                "(e.g. 2026-03-01T08:00), not seconds since 1970")
    s = _ISO_Z.sub("+00:00", stripped)
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        try:
            d = date.fromisoformat(s)
        except ValueError:
            raise InputError(
                field, f"{text!r} is not an ISO 8601 date and time (e.g. 2026-03-01T08:00+01:00)"
            ) from None
        dt = datetime(d.year, d.month, d.day)
    if dt.year < 1900:
        raise InputError(field, f"{text!r} is too far in the past")
    if dt.year > 9000:
        raise InputError(field, f"{text!r} is too far in the future")
    note = local_time_note(dt) if dt.tzinfo is None else None
    return to_utc(dt), note


def local_time_note(wall: datetime, tz: tzinfo | None = None) -> str | None:
    """Say how a local wall-clock time in a daylight-saving gap or overlap is stored
    (as docs/DECISIONS.md says: a time in a gap with the offset before the change, a
    time that happens twice as its first occurrence); None for an ordinary time."""
    tz = tz or local_zone()
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    hm = wall.strftime("%H:%M") if not wall.second else wall.strftime("%H:%M:%S")
    day = wall.date().isoformat()
    stored = first.astimezone(UTC).astimezone(tz)
    shown = stored.strftime("%H:%M") if not stored.second else stored.strftime("%H:%M:%S")
    is_gap = stored.replace(tzinfo=None, fold=0) != wall.replace(tzinfo=None, fold=0)
    from .i18n import tr

    if is_gap:
        return tr("timeutil", "{hm} does not exist on {day} in {zone}; stored as {shown} "
                              "{name}").format(hm=hm, day=day, zone=zone_name(tz), shown=shown,
                                               name=stored.tzname())
    return tr("timeutil", "{hm} happens twice on {day} in {zone}; stored as the first, "
                          "{hm} {name} ({offset})").format(
        hm=hm, day=day, zone=zone_name(tz), name=first.tzname(), offset=first.strftime("%z")[:3]
        + ":" + first.strftime("%z")[3:])


def parse_date(text: str, field: str) -> date:
    from .errors import InputError

    try:
        s = text.strip()
        if "T" in s or " " in s:
            return local_date(parse_datetime(s, field))
        d = date.fromisoformat(s)
    except (ValueError, AttributeError):
        raise InputError(field, f"{text!r} is not a date (use YYYY-MM-DD)") from None
    if not 1900 <= d.year <= 9000:
        raise InputError(field, f"{text!r} is outside the years 1900 to 9000")
    return d


def local_midnight_utc(d: date) -> datetime:
    """The UTC instant at which local day ``d`` starts."""
    return datetime(d.year, d.month, d.day, tzinfo=local_zone()).astimezone(UTC)


def day_range_utc(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """Half-open UTC bounds covering local days ``start`` .. ``end`` inclusive."""
    lo = local_midnight_utc(start) if start else None
    hi = local_midnight_utc(end + timedelta(days=1)) if end else None
    return lo, hi


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?$")


def parse_duration(text: str, field: str = "duration") -> int:
    """``45s``, ``3m``, ``1h30m`` or plain seconds -> seconds."""
    from .errors import InputError

    s = str(text).strip().lower().replace(" ", "")
    if not s:
        raise InputError(field, "empty duration")
    if s.isdigit():
        secs = int(s)
    else:
        m = _DURATION.match(s)
        if not m or not any(m.groups()):
            raise InputError(field, f"{text!r} is not a duration (e.g. 45s, 3m, 1h30m or seconds)")
        h, mi, se = (int(g) if g else 0 for g in m.groups())
        secs = h * 3600 + mi * 60 + se
    if secs <= 0:
        raise InputError(field, "must be longer than zero")
    if secs > 24 * 3600:
        raise InputError(field, "must be at most 24 hours")
    return secs


def format_duration(seconds: int | None) -> str:
    """The machine form ``1h30m``, ``3m10s``, ``45s`` that ``parse_duration`` reads back
    (the entry dialog's field, the command line's input); for people use
    ``display_duration``."""
    if seconds is None:
        return ""
    h, rem = divmod(int(seconds), 3600)
    m, s = divmod(rem, 60)
    out = ""
    if h:
        out += f"{h}h"
    if m:
        out += f"{m}m"
    if s or not out:
        out += f"{s}s"
    return out


def display_duration(seconds: int | float | None,
                     tr: Callable[[str, str], str] | None = None, *, pad: bool = False) -> str:
    """A duration for people, in the program's language: ``1 h 30 min``, ``8 min 48 s``,
    ``45 s`` (German ``1 Std. 30 Min.``, ``8 Min. 48 Sek.``; the abbreviations are in
    docs/GLOSSARY.md).  ``tr`` is a ``(context, text)`` translator (``core.i18n.tr``
    by default; ``core.describe`` passes its own); ``""`` for ``None``.  ``pad``: a
    countdown's form, the unit below the first always shown with two digits
    (``2 h 05 min``, ``3 min 07 s``, ``0 min 29 s``; no seconds after hours)."""
    if seconds is None:
        return ""
    if tr is None:
        from . import i18n

        tr = i18n.tr
    h, rem = divmod(int(round(seconds)), 3600)
    m, s = divmod(rem, 60)
    if pad:
        text = tr("time", "{h} h {m} min") if h else tr("time", "{m} min {s} s")
        return (text.replace("{h}", str(h)).replace("{m}", f"{m:02d}" if h else str(m))
                .replace("{s}", f"{s:02d}"))
    if h:
        if s:
            text = tr("time", "{h} h {m} min {s} s")
        elif m:
            text = tr("time", "{h} h {m} min")
        else:
            text = tr("time", "{h} h")
    elif m:
        text = tr("time", "{m} min {s} s") if s else tr("time", "{m} min")
    else:
        text = tr("time", "{s} s")
    return text.replace("{h}", str(h)).replace("{m}", str(m)).replace("{s}", str(s))
