"""Which reminders are due at a moment: pure logic, no Qt, no clock, no database.

* A dose reminder for each scheduled time of each current medicine, once,
  during the hour after that time, unless a dose of that medicine was logged
  from 90 minutes before the time onwards.
* A water reminder when the last drink (or the last water reminder) is at least
  the chosen interval ago, only between 08:00 and 22:00 local time
  (*product choice*: nobody wants a water reminder at 3 a.m.).
* Nothing the user did not turn on, and never the same reminder twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from ..core.timeutil import local_zone, to_local, to_utc

DOSE_GRACE = timedelta(minutes=60)
DOSE_TAKEN_BEFORE = timedelta(minutes=90)
WAKING = (time(8, 0), time(22, 0))


@dataclass(frozen=True)
class Reminder:
    key: str
    kind: str  # "dose" | "water"
    title: str
    message: str
    due_at: datetime


def _slot(day: date, hhmm: str) -> datetime | None:
    try:
        h, m = (int(x) for x in hhmm.strip().split(":"))
        return to_utc(datetime(day.year, day.month, day.day, h, m, tzinfo=local_zone()))
    except (ValueError, TypeError):
        return None


@dataclass
class ReminderPlanner:
    sent: set[str] = field(default_factory=set)
    last_water_reminder: datetime | None = None

    def due(self, now: datetime, settings: Any, medicines: Sequence[Any],
            doses: Iterable[Any], last_water_at: datetime | None) -> list[Reminder]:
        out: list[Reminder] = []
        if settings.remind_doses:
            out.extend(self._doses(now, medicines, list(doses)))
        if settings.remind_water:
            w = self._water(now, settings, last_water_at)
            if w is not None:
                out.append(w)
        return out

    def _doses(self, now: datetime, medicines: Sequence[Any], doses: list[Any]) -> list[Reminder]:
        out = []
        today = to_local(now).date()
        for med in medicines:
            if med.stopped_on is not None and med.stopped_on <= today:
                continue
            if med.started_on is not None and med.started_on > today:
                continue
            times = [t for t in (med.schedule or "").split(";") if t.strip()]
            for day in (today - timedelta(days=1), today):
                for hhmm in times:
                    slot = _slot(day, hhmm)
                    if slot is None or not slot <= now < slot + DOSE_GRACE:
                        continue
                    key = f"dose:{med.name.casefold()}:{day.isoformat()}:{hhmm.strip()}"
                    if key in self.sent:
                        continue
                    taken = any(d.drug.casefold() == med.name.casefold()
                                and slot - DOSE_TAKEN_BEFORE <= d.at <= now for d in doses)
                    self.sent.add(key)  # judged once: taken or reminded, never again
                    if taken:
                        continue
                    amount = ""
                    if med.usual_amount:
                        amount = f" ({med.usual_amount:g} {med.unit or 'mg'})"
                    out.append(Reminder(
                        key, "dose", f"{med.name}: scheduled for {hhmm.strip()}",
                        f"Your {med.name}{amount} is scheduled for {hhmm.strip()}. "
                        "Log it in Cramp Diary when you take it.", slot))
        return out

    def _water(self, now: datetime, settings: Any, last_water_at: datetime | None) -> Reminder | None:
        local = to_local(now)
        if not WAKING[0] <= local.time() < WAKING[1]:
            return None
        day_start = _slot(local.date(), WAKING[0].strftime("%H:%M"))
        refs = [r for r in (last_water_at, self.last_water_reminder, day_start) if r is not None]
        ref: datetime = max(refs)
        interval = timedelta(minutes=settings.water_interval_min)
        if now - ref < interval:
            return None
        self.last_water_reminder = now
        mins = int((now - (last_water_at or ref)).total_seconds() // 60)
        since = (f"Your last drink was logged {mins // 60} h {mins % 60:02d} min ago."
                 if last_water_at is not None and last_water_at >= day_start - timedelta(hours=12)  # type: ignore[operator]
                 else "No drink logged yet today.")
        return Reminder(f"water:{now.isoformat()}", "water", "Time for a drink of water",
                        since, now)
