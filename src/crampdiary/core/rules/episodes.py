"""Occurrences of an ongoing rule grouped into episodes (CONTRACT 3.0).

Occurrences of the same rule and subject (and group: one course) no further
apart than the rule's episode gap belong to one episode.  "No further apart"
includes the gap itself: two occurrences exactly 7 days apart are one episode.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from .model import Hit

if TYPE_CHECKING:
    from .engine import Context


def group(hits: list[Hit]) -> list[list[Hit]]:
    by_key: dict[tuple[object, ...], list[Hit]] = {}
    for h in hits:
        by_key.setdefault((h.rule, h.subject, h.group), []).append(h)
    out: list[list[Hit]] = []
    for items in by_key.values():
        items.sort(key=lambda h: (h.at, h.trigger or 0))
        current: list[Hit] = []
        for h in items:
            if current and h.gap is not None and h.at - current[-1].at > h.gap:
                out.append(current)
                current = []
            current.append(h)
        if current:
            out.append(current)
    return out


def first_at(ep: list[Hit]) -> datetime:
    return ep[0].data.get("_first_at", ep[0].at)  # type: ignore[no-any-return]


def extended(ep: list[Hit]) -> bool:
    return "_first_at" in ep[0].data


def extend_back(eps: list[list[Hit]], ctx: Context) -> None:
    """For rules whose every dose of a drug is an occurrence (``walk_key``), find the
    episode's true first occurrence in the whole history, even before the computed span."""
    for ep in eps:
        h = ep[0]
        key = h.data.get("walk_key")
        if key is None or h.gap is None:
            continue
        ts = ctx.full_ts(key)
        t = h.at
        # walk back over the doses of that drug while they are within the gap
        from bisect import bisect_left

        i = bisect_left(ts, t) - 1
        first = t
        while i >= 0 and first - ts[i] <= h.gap:
            first = ts[i]
            i -= 1
        if first < t:
            h.data["_first_at"] = first
