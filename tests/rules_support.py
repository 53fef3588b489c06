"""Helpers for the rule tests: build a History by hand, in local (Europe/Berlin) time."""

from __future__ import annotations

from datetime import datetime, timedelta

from crampdiary.core import rules
from crampdiary.core.catalog import load_catalog
from crampdiary.core.records import Cramp, Dose, History, Symptom, Vitals, Water
from crampdiary.core.timeutil import parse_datetime


def T(text: str) -> datetime:
    """Local wall-clock time (the tests run with TZ=Europe/Berlin) -> aware UTC."""
    return parse_datetime(text)


class Diary:
    """A tiny in-memory diary: add entries in any order, get a sorted History."""

    def __init__(self) -> None:
        self.items: list = []
        self.next_id = 1

    def _id(self) -> int:
        i = self.next_id
        self.next_id += 1
        return i

    def dose(self, at: datetime | str, amount: float = 4, drug: str = "tizanidine",
             unit: str = "mg", form: str | None = None, with_food: bool | None = None) -> int:
        at = T(at) if isinstance(at, str) else at
        d = load_catalog().resolve(drug)
        rec = Dose(self._id(), at, d.name if d else drug, float(amount), d.key if d else None,
                   unit, form, with_food)
        self.items.append(rec)
        return rec.id

    def cramp(self, at: datetime | str, severity: int = 5, duration_s: int | None = None,
              woke: bool = False, red_flags: tuple[str, ...] = (), muscle: str = "calf") -> int:
        at = T(at) if isinstance(at, str) else at
        rec = Cramp(self._id(), at, muscle, severity, duration_s=duration_s, woke=woke,
                    red_flags=red_flags)
        self.items.append(rec)
        return rec.id

    def symptom(self, at: datetime | str, name: str, severity: int = 5) -> int:
        at = T(at) if isinstance(at, str) else at
        rec = Symptom(self._id(), at, name, severity)
        self.items.append(rec)
        return rec.id

    def remove(self, entry_id: int) -> None:
        self.items = [r for r in self.items if r.id != entry_id]

    def replace(self, entry_id: int, **changes) -> None:  # type: ignore[no-untyped-def]
        import dataclasses

        self.items = [dataclasses.replace(r, **changes) if r.id == entry_id else r
                      for r in self.items]

    def water(self, at: datetime | str, ml: float = 250, drink: str = "water") -> int:
        at = T(at) if isinstance(at, str) else at
        rec = Water(self._id(), at, float(ml), drink)
        self.items.append(rec)
        return rec.id

    def vitals(self, at: datetime | str, systolic: int | None = None,
               diastolic: int | None = None, pulse: int | None = None) -> int:
        at = T(at) if isinstance(at, str) else at
        rec = Vitals(self._id(), at, systolic, diastolic, pulse)
        self.items.append(rec)
        return rec.id

    def daily(self, first_day: str, days: int, times: tuple[str, ...] = ("08:00", "14:00", "20:00"),
              amount: float = 8, drug: str = "tizanidine") -> list[int]:
        """Doses every day at the given local times, from ``first_day`` for ``days`` days."""
        start = datetime.fromisoformat(first_day).date()
        ids = []
        for k in range(days):
            day = start + timedelta(days=k)
            for hm in times:
                ids.append(self.dose(f"{day.isoformat()}T{hm}", amount, drug))
        return ids

    def history(self) -> History:
        h = History()
        lists = {"cramp": h.cramps, "dose": h.doses, "water": h.water, "stretch": h.stretches,
                 "vitals": h.vitals, "symptom": h.symptoms}
        for r in self.items:
            lists[r.kind].append(r)
        for xs in lists.values():
            xs.sort(key=lambda r: (r.at, r.id))
        return h

    def flags(self, at: datetime | str, since: datetime | str | None = None,
              **inputs) -> list[rules.Flag]:  # type: ignore[no-untyped-def]
        at = T(at) if isinstance(at, str) else at
        since = T(since) if isinstance(since, str) else since
        return rules.evaluate(self.history(), at, since=since, **inputs)

    def entry_flags(self, entry_id: int, **inputs) -> list[rules.Flag]:  # type: ignore[no-untyped-def]
        return rules.flags_for_entry(self.history(), entry_id, **inputs)


def of(flags: list[rules.Flag], rule: str) -> list[rules.Flag]:
    return [f for f in flags if f.rule == rule]


def ids(flags: list[rules.Flag]) -> list[str]:
    return [f.rule for f in flags]
