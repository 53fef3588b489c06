"""Symptoms (CONTRACT 3.4): symptom.urgent, symptom.side-effect."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import timedelta

from .engine import Context
from .model import Hit


def detect(ctx: Context) -> Iterator[Hit]:
    urgent = set(ctx.p("symptom_urgent", "names", ()))
    u_src = ctx.src(ctx.p("symptom_urgent", "source", None))
    within = timedelta(hours=ctx.p("side_effect", "within_h", 24))
    gap = timedelta(days=ctx.p("side_effect", "episode_gap_days", 7))
    for s in ctx.symptoms:
        if not ctx.judged(s.at):
            continue
        name = ctx.symptom_name(s)
        if name in urgent:
            yield Hit("symptom.urgent", "danger", name, s.at, (s.id,), "symptom.urgent",
                      {"symptom": s, "name": name}, u_src, trigger=s.id)
        for dd in ctx.drugs.values():
            se = dd.drug.marker("side_effects")
            if not isinstance(se, dict) or name not in se.get("symptoms", ()):
                continue
            lo = bisect_left(dd.ts, s.at - within)
            hi = bisect_right(dd.ts, s.at) - 1
            if hi < lo:
                continue
            d = dd.doses[hi]
            yield Hit("symptom.side-effect", "info", f"{name}+{dd.key}", s.at, (d.id, s.id),
                      "symptom.side-effect",
                      {"symptom": s, "name": name, "drug": dd.drug, "dose": d,
                       "within": within},
                      ctx.src(se.get("source")), gap=gap, trigger=s.id)
