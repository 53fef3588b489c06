#!/usr/bin/env python3
"""The doctor's report and the exports on big diaries (not a test: run it by hand).

    .venv/bin/python benchmarks/bench_report.py [--repeat 5] [--years-report 1] [--years-data 10]

* report: ``write_report`` for the last year of a one-year demo diary (charts included).
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
    args = ap.parse_args()

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crampdiary.core import exchange
    from crampdiary.core.db import open_diary
    from crampdiary.core.diary import count_entries
    from crampdiary.core.timeutil import local_zone, now_utc
    from crampdiary.report import write_report

    print(common.machine_line(common.machine()))
    rows: list[tuple[str, dict, float]] = []
    with tempfile.TemporaryDirectory(prefix="crampdiary-bench-") as tmp_s:
        tmp = Path(tmp_s)

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

    print(f"{'measurement':58} {'median':>8} {'min':>8} {'max':>8} {'cpu':>6}  target")
    for name, res, c in rows:
        cpu_s = f"{c:6.2f}" if c == c else "     -"
        mark = "ok" if res["median"] < 5 else "SLOW"
        print(f"{name:58} {res['median']:8.2f} {res['min']:8.2f} {res['max']:8.2f} {cpu_s}  "
              f"< 5 s {mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
