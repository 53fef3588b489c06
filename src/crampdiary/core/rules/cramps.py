"""Cramps and their patterns (CONTRACT 3.4): red-flag, cramp.chest, cramp.long,
pattern.frequent, pattern.sleep."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from datetime import timedelta

from .engine import Context
from .model import Hit


def detect(ctx: Context) -> Iterator[Hit]:
    rf_src = ctx.src(ctx.p("red_flag", "source", None))
    chest_src = ctx.src(ctx.p("cramp_chest", "source", None))
    long_s = ctx.p("cramp_long", "seconds", 600)
    long_src = ctx.src(ctx.p("cramp_long", "source", None))
    for c in ctx.cramps:
        if not ctx.judged(c.at):
            continue
        if c.red_flags:
            yield Hit("red-flag", "danger", "", c.at, (c.id,), "red-flag", {"cramp": c},
                      rf_src, trigger=c.id)
        if c.muscle == "chest":
            yield Hit("cramp.chest", "warning", "", c.at, (c.id,), "cramp.chest", {"cramp": c},
                      chest_src, trigger=c.id)
        if c.duration_s is not None and c.duration_s > long_s:
            yield Hit("cramp.long", "warning", "", c.at, (c.id,), "cramp.long",
                      {"cramp": c, "limit_s": long_s}, long_src, trigger=c.id)
    yield from _pattern(ctx, "pattern_frequent", "pattern.frequent", "warning", False)
    yield from _pattern(ctx, "pattern_sleep", "pattern.sleep", "info", True)


def _pattern(ctx: Context, section: str, rule: str, severity: str, woke: bool) -> Iterator[Hit]:
    count = int(ctx.p(section, "count", 3 if not woke else 2))
    span = timedelta(days=ctx.p(section, "window_days", 7))
    gap = timedelta(days=ctx.p(section, "episode_gap_days", 7))
    src = ctx.src(ctx.p(section, "source", None))
    items = [c for c in ctx.cramps if c.woke] if woke else ctx.cramps
    ts = [c.at for c in items]
    for i, c in enumerate(items):
        if not ctx.judged(c.at):
            continue
        j = bisect_left(ts, c.at - span)  # within 7 days: the end is included
        n = i - j + 1
        if n >= count:
            inside = items[j:i + 1]
            yield Hit(rule, severity, "", c.at, tuple(x.id for x in inside), rule,
                      {"n": n, "first": inside[0], "last": c, "span": span},
                      src, gap=gap, trigger=c.id)
