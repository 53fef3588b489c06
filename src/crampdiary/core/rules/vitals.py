"""Readings (CONTRACT 3.4): vitals.rebound, vitals.low-bp, vitals.low-pulse."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import timedelta

from .engine import Context
from .model import Hit


def detect(ctx: Context) -> Iterator[Hit]:
    R = ctx.P.get("rebound", {})
    L = ctx.P.get("low_bp", {})
    Q = ctx.P.get("low_pulse", {})
    for dd in ctx.drugs.values():
        drug, ds, ts = dd.drug, dd.doses, dd.ts
        rebound = drug.marker("rebound_watch")
        low_bp = drug.marker("lowers_bp") or drug.marker("low_bp_watch")
        slow = drug.marker("slows_pulse")
        if not (rebound or low_bp or slow) or not ds:
            continue
        for v in ctx.vitals:
            if not ctx.judged(v.at):
                continue
            i = bisect_right(ts, v.at) - 1
            if i < 0:
                continue
            d = ds[i]
            gap = v.at - d.at
            if rebound:
                high = []
                if v.systolic is not None and v.systolic >= R.get("systolic", 140):
                    high.append(("systolic", v.systolic))
                if v.diastolic is not None and v.diastolic >= R.get("diastolic", 90):
                    high.append(("diastolic", v.diastolic))
                if v.pulse is not None and v.pulse >= R.get("pulse", 100):
                    high.append(("pulse", v.pulse))
                if (high and timedelta(hours=R.get("min_h", 36)) < gap
                        <= timedelta(days=R.get("max_days", 7))
                        and ctx.regular_on(dd, dd.days[i])):
                    yield Hit("vitals.rebound", "danger", drug.key, v.at, (d.id, v.id),
                              "vitals.rebound", {"drug": drug, "dose": d, "v": v, "high": high,
                                                 "gap": gap},
                              ctx.src(R.get("source")), trigger=v.id)
            if low_bp:
                within = timedelta(hours=L.get("within_h", 6))
                lows = []
                if v.systolic is not None and v.systolic < L.get("systolic", 90):
                    lows.append(("systolic", v.systolic))
                if v.diastolic is not None and v.diastolic < L.get("diastolic", 60):
                    lows.append(("diastolic", v.diastolic))
                if lows and timedelta(0) <= gap <= within:
                    yield Hit("vitals.low-bp", "warning", drug.key, v.at, (d.id, v.id),
                              "vitals.low-bp", {"drug": drug, "dose": d, "v": v, "lows": lows,
                                                "gap": gap},
                              ctx.src(drug.marker("lowers_bp_source") or L.get("source")),
                              trigger=v.id)
            if slow:
                within = timedelta(hours=Q.get("within_h", 6))
                if (v.pulse is not None and v.pulse < Q.get("pulse", 50)
                        and timedelta(0) <= gap <= within):
                    yield Hit("vitals.low-pulse", "warning", drug.key, v.at, (d.id, v.id),
                              "vitals.low-pulse", {"drug": drug, "dose": d, "v": v, "gap": gap,
                                                   "limit": Q.get("pulse", 50)},
                              ctx.src(drug.marker("slows_pulse_source") or Q.get("source")),
                              trigger=v.id)
