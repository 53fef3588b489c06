#!/usr/bin/env python3
"""The doctor's report and the exports on big diaries (not a test: run it by hand).

    .venv/bin/python benchmarks/bench_report.py [--repeat 5] [--years-report 1] [--years-data 10]

* report: ``write_report`` for the last year of a one-year demo diary (charts included).
* report ratio (issue 16): the last 90 days and the whole diary of the ten-year demo
  diary, built in memory (``build_report``); the whole diary must take at most 2x the
  90 days (wall and CPU medians) and stay under 40 pages.  ``--only-ratio`` skips the rest.
* export csv / json / fhir: everything in a ten-year demo diary.
* import csv / json: that export into an empty diary (one transaction each).

Targets (issue 6): report under 5 s; each export and import under 5 s.
Prints the median, min and max of ``--repeat`` runs after one warm-up run, with
the CPU time of the report (wall time suffers when the machine is busy).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))

import common  # noqa: E402


def _copy(folder: Path, dest: Path) -> Path:
    return common.work_copy(folder, dest)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--years-report", type=float, default=1)
    ap.add_argument("--years-data", type=float, default=10)
    ap.add_argument("--only-ratio", action="store_true",
                    help="only the 90-day / whole-diary report ratio (issue 16)")
    args = ap.parse_args()

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crampdiary.core import exchange
    from crampdiary.core.db import open_diary
    from crampdiary.core.timeutil import local_zone, now_utc
    from crampdiary.core.use_cases import count_entries
    from crampdiary.report import build_report, first_entry_day, write_report

    print(common.machine_line(common.machine()))
    rows: list[tuple[str, dict, float]] = []
    with tempfile.TemporaryDirectory(prefix="crampdiary-bench-") as tmp_s:
        tmp = Path(tmp_s)

        # ---- report ratio: 90 days and the whole ten-year diary
        src = common.demo_diary(args.years_data)
        work = _copy(src, tmp / "ratio-diary")
        d = open_diary(work / "diary.sqlite3", auto_backup=False)
        end = now_utc().astimezone(local_zone()).date()
        first = first_entry_day(d)
        pages: dict[str, int] = {}
        res_by: dict[str, dict] = {}
        for key, start in (("90 days", end - timedelta(days=89)), ("whole diary", first)):
            def build(key: str = key, start=start) -> None:
                pages[key] = build_report(d, start, end, "Benchmark Patient")[1]

            res_by[key] = common.timed(build, args.repeat)
            rows.append((f"report {key} ({pages[key]} pages), {args.years_data:g} y diary",
                         res_by[key], res_by[key]["cpu"]["median"]))
        d.close()
        a, b = res_by["whole diary"], res_by["90 days"]
        ratio_wall = a["median"] / b["median"]
        ratio_cpu = a["cpu"]["median"] / b["cpu"]["median"]
        ratio_line = (f"whole diary / 90 days: {ratio_wall:.2f}x wall, {ratio_cpu:.2f}x CPU "
                      f"(target <= 2x: {'ok' if max(ratio_wall, ratio_cpu) <= 2 else 'SLOW'}); "
                      f"{pages['whole diary']} pages (target < 40: "
                      f"{'ok' if pages['whole diary'] < 40 else 'TOO LONG'})")
        if args.only_ratio:
            print(ratio_line)
            for name, res, c in rows:
                print(f"{name:58} {res['median']:8.2f} {res['min']:8.2f} {res['max']:8.2f} {c:6.2f}")
            return 0

        # ---- report: the last year of a one-year diary
        src = common.demo_diary(args.years_report)
        work = _copy(src, tmp / "report-diary")
        d = open_diary(work / "diary.sqlite3", auto_backup=False)
        end = now_utc().astimezone(local_zone()).date()
        start = end - timedelta(days=int(365 * args.years_report) - 1)
        out = tmp / "report.pdf"
        cpu: list[float] = []

        def report() -> None:
            c = time.process_time()
            write_report(d, out, start=start, end=end, name="Benchmark Patient")
            cpu.append(time.process_time() - c)

        res = common.timed(report, args.repeat)
        n = count_entries(d)
        rows.append((f"report, {n} entries ({args.years_report:g} y)", res,
                     sorted(cpu[1:])[len(cpu[1:]) // 2]))
        d.close()

        # ---- exports and imports of a ten-year diary
        src = common.demo_diary(args.years_data)
        work = _copy(src, tmp / "data-diary")
        d = open_diary(work / "diary.sqlite3", auto_backup=False)
        n = count_entries(d)
        label = f"{n} entries ({args.years_data:g} y)"
        for fmt in ("csv", "json", "fhir"):
            target = tmp / f"export-{fmt}"

            def setup(target: Path = target) -> None:
                if target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()

            res = common.timed(lambda fmt=fmt, target=target: exchange.export(d, fmt, target),
                               args.repeat, setup=setup)
            rows.append((f"export {fmt}, {label}", res, float("nan")))
        for fmt in ("csv", "json"):
            target = tmp / f"export-{fmt}"
            exchange.export(d, fmt, target)
            holder: dict = {}
            counter = iter(range(1000))

            def fresh(holder: dict = holder, fmt: str = fmt, counter=counter) -> None:
                if "d" in holder:
                    holder["d"].close()
                folder = tmp / f"empty-{fmt}-{next(counter)}"
                holder["d"] = open_diary(folder / "diary.sqlite3", auto_backup=False)

            def run_import(holder: dict = holder, target: Path = target) -> None:
                res = exchange.import_path(holder["d"], target)
                assert res.added == n, (res.added, n)

            res = common.timed(run_import, args.repeat, setup=fresh)
            holder["d"].close()
            rows.append((f"import {fmt} into an empty diary, {label}", res, float("nan")))
        d.close()

    print(ratio_line)
    print(f"{'measurement':58} {'median':>8} {'min':>8} {'max':>8} {'cpu':>6}  target")
    for name, res, c in rows:
        cpu_s = f"{c:6.2f}" if c == c else "     -"
        mark = "ok" if res["median"] < 5 else "SLOW"
        print(f"{name:58} {res['median']:8.2f} {res['min']:8.2f} {res['max']:8.2f} {cpu_s}  "
              f"< 5 s {mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
