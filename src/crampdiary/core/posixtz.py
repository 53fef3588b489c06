"""POSIX ``TZ`` strings (``EST5EDT,M3.2.0,M11.1.0``, ``CET-1CEST,M3.5.0,M10.5.0/3``,
``UTC0``, ``<+0330>-3:30``) read as the C library reads them, as a ``tzinfo``.

The grammar (POSIX.1-2017 section 8.3, with the RFC 8536 extension of transition
hours from -167 to 167): ``std offset [dst [offset] [,start[/time],end[/time]]]``.
Offsets are hours west of Greenwich (so ``CET-1`` is UTC+1); the DST offset
defaults to one hour ahead of standard time; a rule is ``Jn`` (day 1..365, 29
February never counted), ``n`` (day 0..365, counted) or ``Mm.w.d`` (month m,
week w of 1..5 where 5 is the last, weekday d with 0 = Sunday); the time
defaults to 02:00.  Without a rule the US rules apply (``M3.2.0,M11.1.0``), as
glibc does when no ``posixrules`` file is installed.

Local times in a gap or an overlap follow PEP 495 like ``zoneinfo``: ``fold=0``
takes the offset before the change, ``fold=1`` the one after.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

_NAME = r"(?:<[A-Za-z0-9+\-]{3,}>|[A-Za-z]{3,})"
_OFFSET = r"[+-]?\d{1,3}(?::\d{1,2}(?::\d{1,2})?)?"
_RULE = r"(?:J\d{1,3}|\d{1,3}|M\d{1,2}\.\d\.\d)(?:/" + _OFFSET + r")?"
_TZ = re.compile(
    rf"^(?P<std>{_NAME})(?P<stdoff>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dstoff>{_OFFSET})?(?:,(?P<start>{_RULE}),(?P<end>{_RULE}))?)?$")


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":")]
    h, m, s = (parts + [0, 0])[:3]
    if m > 59 or s > 59:
        raise ValueError("minutes and seconds go up to 59")
    return sign * (h * 3600 + m * 60 + s)


def _rule(text: str) -> tuple[str, tuple[int, ...], int]:
    day, _, at = text.partition("/")
    secs = _seconds(at) if at else 7200
    if abs(secs) > 167 * 3600:
        raise ValueError("a transition time goes from -167 to 167 hours")
    if day.startswith("J"):
        n = int(day[1:])
        if not 1 <= n <= 365:
            raise ValueError("Jn takes 1..365")
        return "J", (n,), secs
    if day.startswith("M"):
        m, w, d = (int(x) for x in day[1:].split("."))
        if not (1 <= m <= 12 and 1 <= w <= 5 and 0 <= d <= 6):
            raise ValueError("Mm.w.d takes month 1..12, week 1..5, day 0..6")
        return "M", (m, w, d), secs
    n = int(day)
    if not 0 <= n <= 365:
        raise ValueError("n takes 0..365")
    return "N", (n,), secs


def _day(year: int, rule: tuple[str, tuple[int, ...], int]) -> datetime:
    """Midnight (naive) of the day a rule names in ``year``."""
    kind, args, _ = rule
    if kind == "J":
        d = datetime(year, 1, 1) + timedelta(days=args[0] - 1)
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        if leap and args[0] >= 60:
            d += timedelta(days=1)  # 29 February is never counted
        return d
    if kind == "N":
        return datetime(year, 1, 1) + timedelta(days=args[0])
    m, w, wd = args
    first = datetime(year, m, 1)
    # Python: Monday = 0; POSIX: Sunday = 0
    offset = (wd - (first.weekday() + 1) % 7) % 7
    d = first + timedelta(days=offset + 7 * (w - 1))
    while d.month != m:  # week 5 means the last such weekday
        d -= timedelta(days=7)
    return d


class PosixTimeZone(tzinfo):
    """A ``tzinfo`` with one standard offset, and optionally a DST offset and rules."""

    def __init__(self, spec: str, std: str, std_off: int, dst: str | None = None,
                 dst_off: int | None = None, start: tuple[str, tuple[int, ...], int] | None = None,
                 end: tuple[str, tuple[int, ...], int] | None = None) -> None:
        self.spec = spec
        self.std, self.dst_name = std, dst
        self.std_off = timedelta(seconds=std_off)
        self.dst_off = timedelta(seconds=dst_off) if dst_off is not None else None
        self.start, self.end = start, end

    def __repr__(self) -> str:
        return f"PosixTimeZone({self.spec!r})"

    def __str__(self) -> str:
        return self.spec

    # ---- transitions as naive local wall times of the year
    def _bounds(self, year: int) -> tuple[datetime, datetime, timedelta]:
        assert self.start and self.end and self.dst_off is not None
        start = _day(year, self.start) + timedelta(seconds=self.start[2])  # in standard time
        end = _day(year, self.end) + timedelta(seconds=self.end[2])  # in DST
        return start, end, self.dst_off - self.std_off

    def _in_dst(self, wall: datetime, fold: int) -> bool:
        if self.dst_off is None or self.start is None:
            return False
        start, end, delta = self._bounds(wall.year)
        w = wall.replace(tzinfo=None, fold=0)
        gap_end = start + delta  # wall times [start, start + delta) do not exist
        overlap_start = end - delta  # wall times [end - delta, end) happen twice
        if start < end:  # northern: DST inside the year
            if w < start or w >= end:
                return False
            if w < gap_end:
                return fold == 1  # fold 0: the offset before the change (standard)
            if w >= overlap_start:
                return fold == 0  # fold 0: the first time (DST)
            return True
        # southern: DST from start to the end of the year and from its start to end
        if overlap_start <= w < end:
            return fold == 0
        if start <= w < gap_end:
            return fold == 1
        return w >= start or w < end

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return self.std_off
        return self.dst_off if self._in_dst(dt, dt.fold) else self.std_off  # type: ignore[return-value]

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None or self.dst_off is None:
            return timedelta(0)
        return (self.dst_off - self.std_off) if self._in_dst(dt, dt.fold) else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        if dt is not None and self.dst_name and self._in_dst(dt, dt.fold):
            return self.dst_name
        return self.std

    def fromutc(self, dt: datetime) -> datetime:
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        naive = dt.replace(tzinfo=None)
        if self.dst_off is None or self.start is None:
            return (naive + self.std_off).replace(tzinfo=self)
        start, end, delta = self._bounds((naive + self.std_off).year)
        start_utc = start - self.std_off
        end_utc = end - self.dst_off
        if start_utc < end_utc:
            in_dst = start_utc <= naive < end_utc
        else:
            in_dst = naive >= start_utc or naive < end_utc
        if in_dst:
            return (naive + self.dst_off).replace(tzinfo=self, fold=0)
        local = naive + self.std_off
        # the second pass through an overlap is fold=1
        fold = 1 if end - delta <= local < end and end_utc <= naive < end_utc + delta else 0
        return local.replace(tzinfo=self, fold=fold)


@lru_cache(maxsize=16)
def parse_posix_tz(spec: str) -> tzinfo | None:
    """A tzinfo for the POSIX TZ string ``spec``, or None if it is not one."""
    m = _TZ.match(spec.strip())
    if not m:
        return None
    try:
        std = m["std"].strip("<>")
        std_off = -_seconds(m["stdoff"])
        if abs(std_off) > 25 * 3600:
            return None
        if not m["dst"]:
            return timezone(timedelta(seconds=std_off), std) if std_off or std != "UTC" else (
                timezone.utc)
        dst = m["dst"].strip("<>")
        dst_off = -_seconds(m["dstoff"]) if m["dstoff"] else std_off + 3600
        start = _rule(m["start"] or "M3.2.0")
        end = _rule(m["end"] or "M11.1.0")
    except ValueError:
        return None
    return PosixTimeZone(spec, std, std_off, dst, dst_off, start, end)
