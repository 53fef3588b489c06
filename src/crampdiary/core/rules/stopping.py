"""Stopping and tapering (CONTRACT 3.2): DRUG.withdrawal, DRUG.taper-fast, DRUG.liver-tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from .engine import DAY, EPS, Context, DrugDoses
from .model import SEVERITIES, Hit


def detect(ctx: Context) -> Iterator[Hit]:
    for dd in ctx.drugs.values():
        yield from _withdrawal(ctx, dd)
        yield from _taper_fast(ctx, dd)
        yield from _liver_tests(ctx, dd)


def tapered(ctx: Context, dd: DrugDoses, i: int) -> bool:
    """Did the stop after dose ``i`` follow a taper (3.2)?"""
    end = dd.drug.limit("taper_end_mg")
    if end is None:
        return False
    n = int(ctx.p("withdrawal", "taper_days", 3))
    days = sorted(x for x in dd.day_set if x <= dd.days[i])[-n:]
    if len(days) < n:
        return False
    totals = [dd.day_total[x] for x in days]
    non_increasing = all(totals[k + 1] <= totals[k] + EPS for k in range(n - 1))
    return non_increasing and totals[-1] <= end + EPS


def _withdrawal(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug, ds, ts = dd.drug, dd.doses, dd.ts
    if not drug.marker("withdrawal"):
        return
    gap = timedelta(hours=ctx.p("withdrawal", "gap_h", 36))
    src = ctx.src(drug.marker("withdrawal_source") or drug.source)
    n = len(ds)
    first = 0 if ctx.lo is None else dd.start(ctx.lo - gap)
    for i in range(first, n):
        due = ts[i] + gap
        if not ctx.judged(due):
            continue
        if i + 1 < n and ts[i + 1] <= due:
            continue
        if i + 1 >= n and not ctx.at > due:
            continue  # exactly 36 h without a dose so far is not yet "more than" 36 h
        day = dd.days[i]
        if not ctx.regular_on(dd, day):
            continue
        severity = drug.marker("withdrawal_severity", "warning")
        high, mean = ctx.high_dose_on(dd, day)
        if high:
            severity = drug.marker("withdrawal_severity_high_dose", severity)
        taper = tapered(ctx, dd, i)
        if taper:
            severity = "info"
        if severity not in SEVERITIES:
            severity = "warning"
        signs = (drug.marker("withdrawal_signs") or {})
        yield Hit(f"{drug.key}.withdrawal", severity, drug.key, due, (ds[i].id,), "withdrawal",
                  {"drug": drug, "dose": ds[i], "gap": gap, "high": high, "mean": mean,
                   "high_days": drug.limit("high_dose_days"), "taper": taper,
                   "signs": list(signs.get("signs", ())) if isinstance(signs, dict) else []},
                  src)


def _taper_fast(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug = dd.drug
    step = drug.limit("taper_step_mg")
    if step is None or not dd.doses:
        return
    lo_day = None if ctx.lo is None else ctx.lo.astimezone(ctx.tz).date() - DAY
    for day in sorted(dd.day_doses):
        if lo_day is not None and day < lo_day:
            continue
        if day >= ctx.today:
            break  # today's unfinished day is never judged
        total = dd.day_total.get(day, 0.0)
        prev_day = day - DAY
        prev = dd.day_total.get(prev_day, 0.0)
        if not (total > EPS and total < prev - step - EPS):
            continue
        idx = dd.day_doses[day]
        last = dd.doses[idx[-1]]
        if not ctx.judged(last.at):
            continue
        high, mean = ctx.high_dose_on(dd, prev_day)
        if not high:
            continue
        ids = tuple([dd.doses[k].id for k in dd.day_doses.get(prev_day, [])]
                    + [dd.doses[k].id for k in idx])
        yield Hit(f"{drug.key}.taper-fast", "warning", drug.key, last.at, ids, "taper-fast",
                  {"drug": drug, "day": day, "prev_day": prev_day, "total": total, "prev": prev,
                   "mean": mean, "step": step},
                  ctx.src(drug.limit_source("taper_step_mg")))


def _liver_tests(ctx: Context, dd: DrugDoses) -> Iterator[Hit]:
    drug, ds, ts = dd.drug, dd.doses, dd.ts
    note = drug.marker("monitoring")
    if not isinstance(note, dict) or not note.get("tests") or not ds:
        return
    delay = timedelta(days=ctx.p("liver_tests", "delay_days", 30))
    gap = timedelta(days=ctx.p("course", "gap_days", 7))
    from bisect import bisect_left, bisect_right

    full = ctx.full_ts(drug.key)
    first = 0 if ctx.lo is None else dd.start(ctx.lo - delay)
    starts = [k for k in range(first, len(ds)) if k == 0 or ts[k] - ts[k - 1] >= gap]
    for k in starts:
        # the course's true first dose may lie before the computed span
        start_t = ts[k]
        if k == 0:
            j = bisect_left(full, start_t) - 1
            while j >= 0 and start_t - full[j] < gap:
                start_t = full[j]
                j -= 1
        moment = start_t + delay
        if not ctx.judged(moment):
            continue
        last = bisect_right(ts, moment) - 1
        if last < k or moment - ts[last] >= gap:
            continue  # the course ended before the moment
        if not ctx.regular_on(dd, dd.days[last]):
            continue
        ids = (ds[k].id, ds[last].id) if start_t == ts[k] and last != k else (ds[last].id,)
        yield Hit(f"{drug.key}.liver-tests", "info", drug.key, moment, ids, "liver-tests",
                  {"drug": drug, "start": start_t, "delay": delay,
                   "text": note.get("text", "")},
                  ctx.src(note.get("source")))
