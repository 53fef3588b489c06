"""The safety flags of CONTRACT.md section 3, as a package.

``evaluate(history, at, since)`` gives what ``warnings`` lists; ``flags_for_entry``
what is printed when one entry is saved; ``flag_counts`` the events and episodes
of a period (the report); ``next_dose`` the ``next-dose`` answer.  Optional inputs,
by keyword: ``catalog`` (a ``Catalog``), ``strengths`` (drug key -> mg per tablet,
capsule or ml, from the medicine list) and ``profile`` (``Profile``: birth year
and conditions).  See ``engine.py`` for the shape and docs/RULES.md for the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from ..records import History
from . import engine
from .engine import EPISODE_CONTEXT, Profile
from .model import SEVERITIES, Flag
from .next_dose import describe_next_dose, next_dose, next_dose_times

__all__ = ["Flag", "Profile", "SEVERITIES", "evaluate", "flags_for_entry", "flags_for_entries",
           "flag_counts", "next_dose", "next_dose_times", "describe_next_dose"]


def evaluate(history: History, at: datetime, since: datetime | None = None,
             **inputs: Any) -> list[Flag]:
    """Events in ``[since, at]`` and each episode with an occurrence there, once.

    Judged from entries up to ``at``; ``since`` defaults to ``at - 7 days``.
    Newest first; equal times by rule id and subject.
    """
    if since is None:
        since = at - timedelta(days=7)
    if since > at:
        return []
    res = engine.run(history, at, since - EPISODE_CONTEXT, **inputs)
    return engine.in_range(res, since, at)


def flags_for_entry(history: History, entry_id: int, at: datetime | None = None, *,
                    narrow: bool = True, **inputs: Any) -> list[Flag]:
    """What saving this entry shows: every event flag naming it, and each ongoing
    flag whose episode it begins.  Judged at ``at`` (default: the latest entry).

    Only the rule families that can name an entry of its kind run (``narrow``; False
    runs every family, with the same result: tests/test_rules_narrowed.py)."""
    items = [r for xs in (history.cramps, history.doses, history.water, history.stretches,
                          history.vitals, history.symptoms) for r in xs]
    mine = [r for r in items if r.id == entry_id]
    if not mine:
        return []
    families = engine.families_for(mine[0], inputs.get("catalog")) if narrow else None
    if families is not None and not families:
        return []
    if at is None:
        at = max(r.at for r in items)
    res = engine.run_for_entries(history, at, mine[0].at - EPISODE_CONTEXT, {entry_id},
                                 families, **inputs)
    return engine.for_entry(res, entry_id)


def flags_for_entries(history: History, entry_ids: Iterable[int], at: datetime | None = None,
                      **inputs: Any) -> list[Flag]:
    """``flags_for_entry`` for many entries at once (an import's summary): each flag once."""
    wanted = set(entry_ids)
    items = [r for xs in (history.cramps, history.doses, history.water, history.stretches,
                          history.vitals, history.symptoms) for r in xs]
    mine = [r for r in items if r.id in wanted]
    if not mine:
        return []
    if at is None:
        at = max(r.at for r in items)
    res = engine.run_for_entries(history, at, min(r.at for r in mine) - EPISODE_CONTEXT,
                                 wanted, **inputs)
    seen: set[tuple[object, ...]] = set()
    out = []
    for eid in sorted(wanted):
        for f in engine.for_entry(res, eid):
            k = (f.rule, f.subject, f.at, f.entries)
            if k not in seen:
                seen.add(k)
                out.append(f)
    return engine.order(out)


def flag_counts(history: History, start: datetime, end: datetime,
                **inputs: Any) -> dict[str, dict[str, Any]]:
    """Per rule id, for ``[start, end]``: ``{"severity", "kind": "event"|"ongoing",
    "events", "episodes"}``: event flags counted once each, ongoing flags once per
    episode with an occurrence in the period (``events`` then counts occurrences)."""
    if start > end:
        return {}
    res = engine.run(history, end, start - EPISODE_CONTEXT, **inputs)
    out: dict[str, dict[str, Any]] = {}
    rank = {s: i for i, s in enumerate(SEVERITIES)}

    def slot(rule: str, sev: str, kind: str) -> dict[str, Any]:
        c = out.setdefault(rule, {"severity": sev, "kind": kind, "events": 0, "episodes": 0})
        if rank.get(sev, 0) > rank.get(c["severity"], 0):
            c["severity"] = sev
        return c

    for h in res.hits:
        if h.gap is None and start <= h.at <= end:
            slot(h.rule, h.severity, "event")["events"] += 1
    for ep in res.eps:
        inside = [h for h in ep if start <= h.at <= end]
        if inside:
            c = slot(inside[-1].rule, max((h.severity for h in inside), key=lambda s: rank[s]),
                     "ongoing")
            c["episodes"] += 1
            c["events"] += len(inside)
    return out
