"""Dose timing and limits (CONTRACT 3.1): DRUG.interval, DRUG.doses-24h, DRUG.daily-max,
DRUG.single-dose, DRUG.step-up, DRUG.titration-fast, DRUG.unit-unchecked,
DRUG.formulation-switch, DRUG.course-length."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import timedelta

from ..records import Dose
from .engine import EPS, HOUR, Context, DrugDoses
from .model import Hit

MG_LIMITS = ("max_daily_mg", "max_single_mg", "max_step_mg", "high_dose_mean_mg",
             "taper_step_mg", "taper_end_mg")


def detect(ctx: Context) -> Iterator[Hit]:
    for dd in ctx.drugs.values():
        yield from _limits(ctx, dd)
        yield from _steps(ctx, dd)
        yield from _unit_unchecked(ctx, dd)
        yield from _formulation(ctx, dd)
        yield from _course(ctx, dd)


def _limits(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug, ds, ts, mg = dd.drug, dd.doses, dd.ts, dd.mg
    min_int = drug.limit("min_interval_h")
    max_n = drug.limit("max_doses_24h")
    max_mg = drug.limit("max_daily_mg")
    max_single = drug.limit("max_single_mg")
    if min_int is None and max_n is None and max_mg is None and max_single is None:
        return
    early = ctx.tol_early()
    window = ctx.count_window()
    day = timedelta(hours=ctx.p("count_window", "hours", 24))
    j = 0
    for i in range(dd.start(ctx.lo), len(ds)):
        d, t = ds[i], ts[i]
        if not ctx.judged(t):
            continue
        while ts[j] <= t - window:
            j += 1
        if min_int is not None and i > 0 and t - ts[i - 1] < timedelta(hours=min_int) - early:
            prev = ds[i - 1]
            yield Hit(f"{drug.key}.interval", "warning", drug.key, t, (prev.id, d.id),
                      "interval", {"drug": drug, "prev": prev, "dose": d, "min_h": min_int,
                                   "early": early},
                      ctx.src(drug.limit_source("min_interval_h")), trigger=d.id)
        win = ds[j:i + 1]
        ids = tuple(x.id for x in win)
        count = len(win)
        if max_n is not None and count > max_n:
            yield Hit(f"{drug.key}.doses-24h", "danger", drug.key, t, ids, "doses-24h",
                      {"drug": drug, "dose": d, "count": count, "first": win[0],
                       "max_n": max_n, "window": window, "day": day},
                      ctx.src(drug.limit_source("max_doses_24h")), trigger=d.id)
        if max_mg is not None and mg[i] is not None:
            total = math.fsum(m for m in mg[j:i + 1] if m is not None)
            if total > max_mg + EPS:
                yield Hit(f"{drug.key}.daily-max", "danger", drug.key, t, ids, "daily-max",
                          {"drug": drug, "dose": d, "total": total, "count": count,
                           "max_mg": max_mg, "window": window, "day": day},
                          ctx.src(drug.limit_source("max_daily_mg")), trigger=d.id)
        if max_single is not None and mg[i] is not None and mg[i] > max_single + EPS:  # type: ignore[operator]
            yield Hit(f"{drug.key}.single-dose", "danger", drug.key, t, (d.id,), "single-dose",
                      {"drug": drug, "dose": d, "mg": mg[i], "max_mg": max_single},
                      ctx.src(drug.limit_source("max_single_mg")), trigger=d.id)


def _steps(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    """DRUG.step-up and DRUG.titration-fast: both compare a dose with the 7 days before it."""
    drug, ds, ts, mg = dd.drug, dd.doses, dd.ts, dd.mg
    step = drug.limit("max_step_mg")
    min_h = drug.limit("min_hours_between_increases")
    if step is None and min_h is None:
        return
    span = timedelta(days=ctx.p("step_up", "window_days", 7))
    tspan = timedelta(days=ctx.p("titration", "window_days", 7))
    # increases are tracked from well before the judged span, so that the previous
    # increase is known at the first judged dose
    first = 0 if ctx.lo is None else dd.start(ctx.lo - tspan - timedelta(hours=min_h or 0) - span)
    last_increase = None
    k_step = k_tit = first
    for i in range(first, len(ds)):
        t = ts[i]
        m = mg[i]
        if m is None:
            continue
        while k_step < i and ts[k_step] <= t - span:
            k_step += 1
        while k_tit < i and ts[k_tit] <= t - tspan:
            k_tit += 1
        d = ds[i]
        if step is not None and k_step < i and ctx.judged(t):
            best = -1
            for x in range(k_step, i):  # the latest of the largest doses of the 7 days before
                if mg[x] is not None and (best < 0 or mg[x] >= mg[best]):  # type: ignore[operator]
                    best = x
            if best >= 0:
                top = mg[best]
                if m - top > step + EPS:  # type: ignore[operator]
                    yield Hit(f"{drug.key}.step-up", "warning", drug.key, t, (ds[best].id, d.id),
                              "step-up", {"drug": drug, "dose": d, "mg": m, "top": top,
                                          "top_dose": ds[best], "step": step, "span": span},
                              ctx.src(drug.limit_source("max_step_mg")), trigger=d.id)
        if min_h is not None and k_tit < i:
            prior = [v for x in range(k_tit, i) if (v := mg[x]) is not None]
            if prior and m > max(prior) + EPS:
                if (last_increase is not None and t - ts[last_increase] < timedelta(hours=min_h)
                        and ctx.judged(t)):
                    p = ds[last_increase]
                    yield Hit(f"{drug.key}.titration-fast", "warning", drug.key, t,
                              (p.id, d.id), "titration-fast",
                              {"drug": drug, "dose": d, "prev": p, "mg": m,
                               "prev_mg": mg[last_increase], "min_h": min_h},
                              ctx.src(drug.limit_source("min_hours_between_increases")),
                              trigger=d.id)
                last_increase = i


def _unit_unchecked(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug = dd.drug
    if not any(drug.limit(n) is not None for n in MG_LIMITS):
        return
    gap = ctx.gap_days("unit-unchecked")
    for i in range(dd.start(ctx.lo), len(dd.doses)):
        d = dd.doses[i]
        if dd.mg[i] is None and ctx.judged(d.at):
            yield Hit(f"{drug.key}.unit-unchecked", "warning", drug.key, d.at, (d.id,),
                      "unit-unchecked", {"drug": drug, "dose": d},
                      ctx.src(ctx.p("episode_gaps", "source", None)), gap=gap, trigger=d.id)


def _formulation(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug = dd.drug
    if not drug.marker("formulation_sensitive"):
        return
    forms = set(ctx.p("formulation", "forms", ["tablet", "capsule"]))
    span = timedelta(days=ctx.p("formulation", "window_days", 14))
    gap = timedelta(days=ctx.p("formulation", "episode_gap_days", 14))
    src = ctx.src(drug.marker("formulation_source") or drug.source)
    last_form = None
    last_food = None
    for d in dd.doses:
        if ctx.judged(d.at):
            changes: list[tuple[str, Dose, Dose]] = []
            ids: list[int] = []
            if (d.form in forms and last_form is not None and d.at - last_form.at <= span
                    and last_form.form != d.form):
                changes.append(("form", last_form, d))
                ids.append(last_form.id)
            if (d.with_food is not None and last_food is not None
                    and d.at - last_food.at <= span and last_food.with_food != d.with_food):
                changes.append(("food", last_food, d))
                if last_food.id not in ids:
                    ids.append(last_food.id)
            if changes:
                yield Hit(f"{drug.key}.formulation-switch", "warning", drug.key, d.at,
                          (*sorted(ids), d.id), "formulation-switch",
                          {"drug": drug, "dose": d, "changes": changes, "span": span},
                          src, gap=gap, trigger=d.id)
        if d.form in forms:
            last_form = d
        if d.with_food is not None:
            last_food = d


def _course(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug, ds, ts = dd.drug, dd.doses, dd.ts
    max_days = drug.limit("max_course_days")
    if max_days is None or not ds:
        return
    gap = timedelta(days=ctx.p("course", "gap_days", 7))
    limit = timedelta(days=max_days)
    # the course's true start may lie before the computed span: walk back
    full = ctx.full_ts(drug.key)
    from bisect import bisect_left

    start_t = ts[0]
    i = bisect_left(full, start_t) - 1
    while i >= 0 and start_t - full[i] < gap:
        start_t = full[i]
        i -= 1
    start_id = ds[0].id if start_t == ts[0] else None
    for i, d in enumerate(ds):
        if i > 0 and ts[i] - ts[i - 1] >= gap:
            start_t, start_id = ts[i], d.id
        if ts[i] - start_t > limit and ctx.judged(ts[i]):
            ents = (start_id, d.id) if start_id is not None and start_id != d.id else (d.id,)
            yield Hit(f"{drug.key}.course-length", "warning", drug.key, ts[i], ents,
                      "course-length", {"drug": drug, "dose": d, "start": start_t,
                                        "max_days": max_days},
                      ctx.src(drug.limit_source("max_course_days")),
                      gap=timedelta.max - timedelta(days=1), trigger=d.id, group=start_t)


__all__ = ["detect", "HOUR"]
