"""The Today use case: today's numbers and the next-dose cards, without Qt.

The window's Today view shows them (``ui/today.py`` lays them out); anything else
that wants the same answers (the command line, a test) asks here.  Two parts, as
the view needs them:

* ``today_numbers(diary, now)``: today's totals and the red flags of the last 7
  days, from small indexed reads (fast enough for the UI thread);
* ``judge(diary, medicines, now)``: the flags of the last 7 days and the next-dose
  cards, which read months of history (run on a worker);
* ``next_dose_for(diary, drug, now)``: one drug's card, named as a person types it
  (the command line's ``next-dose``: ``NextDose.to_json`` and ``NextDose.describe``).

Times are aware datetimes (UTC), never ISO text to parse again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from .catalog import Drug, load_catalog
from .records import Cramp, Dose, History, Stretch, Water, num
from .timeutil import local_date, local_midnight_utc, now_utc

# A drug gets a next-dose card only when its catalog record limits the timing or the
# amount of a day's doses.
TIMING_LIMITS = ("min_interval_h", "max_doses_24h", "max_daily_mg")
RECENT = timedelta(hours=48)  # a drug dosed this recently gets a card, listed or not
NEXT_DOSE_SPAN = timedelta(days=30)  # the doses ``next_dose_for`` reads (CONTRACT 3.1)


@dataclass
class NextDose:
    """One next-dose card: the last dose, the earliest next one, the day's count and mg."""

    name: str
    last_dose_at: datetime | None
    last_amount: str
    earliest_next_at: datetime | None
    doses_24h: int
    max_doses: float | None
    mg_24h: float
    mg_left: float | None
    max_mg: float | None
    drug: str = ""  # the catalog key

    def to_json(self) -> dict[str, Any]:
        """The command line's ``next-dose --json`` (CONTRACT section 1 and 3.1)."""
        from .timeutil import iso

        return {"drug": self.drug,
                "last_dose_at": iso(self.last_dose_at) if self.last_dose_at else None,
                "earliest_next_at": iso(self.earliest_next_at),
                "doses_last_24h": self.doses_24h, "mg_last_24h": num(self.mg_24h),
                "mg_left_24h": num(self.mg_left)}

    def describe(self, now: datetime) -> str:
        """The command line's ``next-dose`` as text (in the program's language)."""
        from .rules.next_dose import describe_next_dose_times

        return describe_next_dose_times(
            self.drug, self.last_dose_at, self.earliest_next_at, self.doses_24h,
            num(self.mg_24h) or 0, num(self.mg_left), now)


@dataclass
class TodayData:
    """Everything the Today view shows.  ``red_flags``: (time, red flag keys) per cramp."""

    now: datetime
    cramps: int = 0
    worst: int | None = None
    water_ml: float = 0.0
    stretch_min: float = 0.0
    doses: dict[str, tuple[int, float, str]] = field(default_factory=dict)  # name -> (n, total, unit)
    next_doses: list[NextDose] = field(default_factory=list)
    flags: list[Any] = field(default_factory=list)
    red_flags: list[tuple[datetime, list[str]]] = field(default_factory=list)
    entries_today: int = 0


def today_numbers(diary: Any, now: datetime) -> TodayData:
    """Today's totals and the red flags of the last 7 days: small, indexed reads only."""
    from . import use_cases as uc
    from .vocab import RED_FLAGS

    start = local_midnight_utc(local_date(now))
    out = TodayData(now=now)
    today = uc.list_entries(diary, None, start, now)
    for r in today:
        if isinstance(r, Cramp):
            out.cramps += 1
            out.worst = r.severity if out.worst is None else max(out.worst, r.severity)
        elif isinstance(r, Water):
            out.water_ml += r.ml
        elif isinstance(r, Stretch):
            out.stretch_min += r.minutes
        elif isinstance(r, Dose):
            n, total, unit = out.doses.get(r.drug, (0, 0.0, r.unit))
            out.doses[r.drug] = (n + 1, total + r.amount, unit)
    out.entries_today = len(today)
    # Red flags straight from the entries (never missed, even without the rule engine).
    for c in uc.list_entries(diary, "cramp", now - timedelta(days=7), now):
        if isinstance(c, Cramp) and c.red_flags:
            out.red_flags.append((c.at, [k for k in c.red_flags if k in RED_FLAGS]))
    return out


def is_stopped(med: Any, today: date) -> bool:
    """Has the medicine (a record with ``stopped_on``) been stopped by ``today``?  A stop
    date still ahead leaves it current."""
    stopped = getattr(med, "stopped_on", None)
    return stopped is not None and bool(stopped <= today)


def next_dose_drugs(history: History, medicines: Sequence[Any], now: datetime) -> list[Drug]:
    """The drugs that get a next-dose card: the current medicines, then any drug dosed in
    the last 48 hours, each once, when its catalog record has timing limits.  A medicine
    I stopped gets no countdown, even with a dose in the last two days."""
    catalog = load_catalog()
    today = local_date(now)
    current = [m for m in medicines if not is_stopped(m, today)]
    current_keys = {d.key for d in (catalog.resolve(m.name) for m in current) if d is not None}
    stopped_keys = {d.key for d in (catalog.resolve(m.name) for m in medicines
                                    if is_stopped(m, today)) if d is not None} - current_keys
    out: list[Drug] = []
    seen: set[str] = set()
    recent = [d.drug for d in history.doses if d.at >= now - RECENT]
    for name in [*(m.name for m in current), *recent]:
        drug = catalog.resolve(name)
        if drug is None or drug.key in seen or drug.key in stopped_keys:
            continue
        if not any(drug.limit(k) is not None for k in TIMING_LIMITS):
            continue
        seen.add(drug.key)
        out.append(drug)
    return out


def next_dose_card(history: History, drug: Drug, now: datetime,
                   strengths: Mapping[str, float] | None = None) -> NextDose:
    """One drug's card: the rule engine's ``next_dose`` answer (one computation of the
    last dose, the earliest next one and the day's doses and mg)."""
    from .rules import next_dose_times

    info = next_dose_times(history, drug.name, now, strengths=strengths)
    last: Dose | None = info["last_dose"]
    mg_left = info["mg_left_24h"]
    return NextDose(
        name=drug.name, last_dose_at=last.at if last else None,
        last_amount=f"{num(last.amount)} {last.unit}" if last else "",
        earliest_next_at=info["earliest_next_at"],
        doses_24h=int(info["doses_last_24h"] or 0), max_doses=drug.limit("max_doses_24h"),
        mg_24h=float(info["mg_last_24h"] or 0), mg_left=None if mg_left is None else float(mg_left),
        max_mg=drug.limit("max_daily_mg"), drug=drug.key)


def next_dose_for(diary: Any, drug_name: str, now: datetime) -> NextDose:
    """The card of the drug a person names (generic, brand or alias), from the doses of
    the ``NEXT_DOSE_SPAN`` up to ``now`` and the medicine list's strengths.  A name the
    catalog does not know raises ``InputError`` (field ``drug``): no limits to check."""
    from . import use_cases as uc
    from .rules.next_dose import resolve_drug

    drug = resolve_drug(drug_name)
    history = uc.load_history(diary, now - NEXT_DOSE_SPAN, now, kinds=("dose",))
    return next_dose_card(history, drug, now, uc.medicine_strengths(diary))


def judge(diary: Any, medicines: Sequence[Any], now: datetime) -> tuple[list[Any], list[NextDose]]:
    """The flags of the last 7 days and the next-dose cards (months of history; a worker)."""
    from . import rules
    from . import use_cases as uc

    history: History = uc.rules_history(diary, now)
    inputs = uc.rule_inputs(diary)
    flags = list(rules.evaluate(history, now, since=now - timedelta(days=7), **inputs))
    cards = [next_dose_card(history, drug, now, inputs.get("strengths"))
             for drug in next_dose_drugs(history, medicines, now)]
    return flags, cards


def gather(diary: Any, medicines: Sequence[Any], now: datetime | None = None) -> TodayData:
    """Everything the Today view shows (both parts, in this thread)."""
    now = now or now_utc()
    out = today_numbers(diary, now)
    out.flags, out.next_doses = judge(diary, medicines, now)
    return out


__all__ = ["NextDose", "TodayData", "TIMING_LIMITS", "NEXT_DOSE_SPAN", "gather", "is_stopped",
           "judge", "next_dose_card", "next_dose_drugs", "next_dose_for", "today_numbers"]
