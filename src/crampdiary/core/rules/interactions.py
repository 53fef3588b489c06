"""Interactions (CONTRACT 3.3): interaction.contraindicated, interaction.alpha2-agonist,
interaction.cyp1a2, interaction.antihypertensive, interaction.sedative.

Two drugs are used together when a dose of one lies within the window of a dose of
the other: 48 h, or the other drug's ``interaction_window_h`` when longer.  Each
later dose of such a pair is an occurrence; the episode gap is the same window.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

from .engine import Context
from .model import Hit


def _pairs(ctx: Context, a: Sequence[Any], b: Sequence[Any], window_a: timedelta,
           window_b: timedelta | None = None) -> Iterator[tuple[Any, Any, bool]]:
    """(later, earlier, later is from ``a``) for each item of either list that has a
    partner in the other before it (or at the same moment, entered earlier), within the
    window of the earlier one: ``window_a`` after a dose of ``a``, ``window_b`` after
    one of ``b`` (a patch keeps acting for days; a tablet taken before it does not)."""
    if window_b is None:
        window_b = window_a
    ta = [x.at for x in a]
    tb = [x.at for x in b]
    for later, tl, others, to, from_a, window in ((a, ta, b, tb, True, window_b),
                                                   (b, tb, a, ta, False, window_a)):
        start = 0 if ctx.lo is None else bisect_left(tl, ctx.lo)
        for i in range(start, len(later)):
            x = later[i]
            if x.at > ctx.at:
                break
            k = bisect_right(to, x.at) - 1
            while k >= 0 and to[k] == x.at and others[k].id > x.id:
                k -= 1  # same moment: the one entered later is the occurrence
            if k < 0 or to[k] < x.at - window:
                continue
            yield x, others[k], from_a


def detect(ctx: Context) -> Iterator[Hit]:
    base = timedelta(hours=ctx.p("together", "hours", 48))
    rows = ctx.P.get("interactions", [])
    for sk, sdd in ctx.drugs.items():
        subject = sdd.drug
        if not subject.marker("interaction_subject"):
            continue
        for ok, odd in ctx.drugs.items():
            if ok == sk:
                continue
            other = odd.drug
            longer = other.limit("interaction_window_h")
            window = max(base, timedelta(hours=longer)) if longer else base
            own = subject.limit("interaction_window_h")
            s_window = max(base, timedelta(hours=own)) if own else base
            # every row of the table that the other drug matches: clonidine is an
            # alpha2 agonist AND a blood-pressure medicine, and the label warns of both
            for row in rows:
                if not set(row.get("classes", ())) & set(other.classes):
                    continue
                rid = f"interaction.{row['id']}"
                for later, earlier, from_s in _pairs(ctx, sdd.doses, odd.doses, s_window,
                                                     window):
                    s_dose, o_dose = (later, earlier) if from_s else (earlier, later)
                    yield Hit(rid, row.get("severity", "warning"), f"{sk}+{ok}", later.at,
                              tuple(sorted((s_dose.id, o_dose.id))), "interaction",
                              {"row": row["id"], "subject": subject, "other": other,
                               "s": s_dose, "o": o_dose, "window": window},
                              ctx.src(row.get("source")), gap=max(window, s_window),
                              trigger=later.id)
        for row in rows:
            drinks = set(row.get("drinks", ()))
            if not drinks:
                continue
            items = [w for w in ctx.water if w.drink in drinks]
            if not items:
                continue
            window = timedelta(hours=row.get("drink_window_h", 12))
            gap = timedelta(hours=row.get("drink_episode_gap_h", row.get("drink_window_h", 12)))
            rid = f"interaction.{row['id']}"
            for later, earlier, from_s in _pairs(ctx, sdd.doses, items, window):
                s_dose, drink = (later, earlier) if from_s else (earlier, later)
                yield Hit(rid, row.get("severity", "warning"), f"{sk}+{drink.drink}", later.at,
                          tuple(sorted((s_dose.id, drink.id))), "interaction-drink",
                          {"row": row["id"], "subject": subject, "s": s_dose, "o": drink,
                           "window": window},
                          ctx.src(row.get("source")), gap=gap, trigger=later.id)
