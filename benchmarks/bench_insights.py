#!/usr/bin/env python3
"""Insights and charts on 1, 5 and 10 years of diary (not a test: run it by hand).

    .venv/bin/python benchmarks/bench_insights.py [--years 1 5 10] [--repeat 5]

Uses the cached demo diaries of ``common.demo_diary`` (made with ``crampdiary
demo``; the heavy case logs about 20 drinks a day), each copied to a work folder.
For each size it prints the median (min-max) of ``--repeat`` timed runs after
one warm-up run of:

* ``insights(diary)``: every finding over the whole diary (target: under 300 ms
  at 10 years), and its two parts, reading the data and computing the findings;
* ``charts.build_all(diary)``: every chart's Figure built (no drawing);
* the same, each figure also drawn to PNG at 100 dpi (target: under 2 s at 10 years).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))

import common  # noqa: E402


def measure(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm-up: imports, caches
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def fmt(samples: list[float], unit: str = "ms") -> str:
    k = 1000.0 if unit == "ms" else 1.0
    med = statistics.median(samples) * k
    return f"{med:8.1f} {unit} ({min(samples) * k:.1f}-{max(samples) * k:.1f})"


def run_one(diary: Any, data: Any, repeat: int) -> dict[str, str]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from crampdiary import charts
    from crampdiary.core import analysis

    def draw_all() -> None:
        for _key, _title, fig in charts.build_all(diary):
            FigureCanvasAgg(fig).print_png(io.BytesIO())

    return {
        "insights()": fmt(measure(lambda: analysis.insights(diary), repeat)),
        "  reading the data": fmt(measure(lambda: analysis.load_data(diary), repeat)),
        "  computing the findings": fmt(measure(lambda: analysis.findings_from_data(data),
                                                repeat)),
        "charts.build_all()": fmt(measure(lambda: charts.build_all(diary), repeat), "s"),
        "  built and drawn to PNG": fmt(measure(draw_all, repeat), "s"),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=float, nargs="+", default=[1, 5, 10])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from crampdiary.core import analysis
    from crampdiary.core.db import open_diary
    from crampdiary.core.use_cases import count_entries

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for years in args.years:
            folder = common.work_copy(common.demo_diary(years), Path(tmp) / f"{years}y")
            diary = open_diary(folder / "diary.sqlite3", auto_backup=False)
            try:
                n = count_entries(diary)
                data = analysis.load_data(diary)

                res = run_one(diary, data, args.repeat)
                findings = analysis.findings_from_data(data)
            finally:
                diary.close()
            rows.append((years, n, data.n_days, len(findings), res))

    for years, n, days, nf, res in rows:
        print(f"\n{years:g} years: {n} entries over {days} days, {nf} findings")
        for label, value in res.items():
            print(f"  {label:<28} {value}")
    print("\nTargets at 10 years: insights() under 300 ms; all charts under 2 s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
