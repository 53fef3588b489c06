"""Import benchmark (issues 12, 14, 16): time and peak memory of whole imports.

* a Cramp Diary CSV folder of N water rows for each N of ``--rows`` (default 100,000
  and 1,000,000; target for 1 M: under 20 s and under 300 MB peak RSS);
* an Apple Health ``export.xml`` of about M megabytes (default 100; target under 30 s
  and 300 MB), mostly heart-rate records as real exports are, with water, blood
  pressure correlations, flexibility workouts and records of other types.

Each import runs in a fresh child process (``resource.getrusage(RUSAGE_CHILDREN)``
gives its peak RSS) against a fresh diary in a private folder under benchmarks/out.
Not a timed test: run it by hand, ``python benchmarks/bench_import.py [--rows N[,N...]]
[--xml-mb M]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "import"


def make_csv(folder: Path, rows: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime(2016, 1, 1, tzinfo=timezone.utc)
    with open(folder / "water.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("id,at,ml,drink\r\n")
        for i in range(rows):
            t = start + timedelta(seconds=i * 317)
            fh.write(f",{t.isoformat()},{150 + i % 400},water\r\n")
    return folder


def make_xml(path: Path, megabytes: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    start = datetime(2022, 1, 1, tzinfo=timezone(timedelta(hours=1)))
    target = megabytes * 1024 * 1024

    def d(t: datetime) -> str:
        return t.strftime("%Y-%m-%d %H:%M:%S %z")

    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_GB">\n')
        fh.write(' <ExportDate value="2026-01-01 00:00:00 +0100"/>\n')
        i = 0
        while fh.tell() < target:
            t = start + timedelta(seconds=i * 53)
            s = d(t)
            k = i % 20
            if k == 0:
                fh.write(f' <Record type="HKQuantityTypeIdentifierDietaryWater" sourceName="W" '
                         f'unit="mL" creationDate="{s}" startDate="{s}" endDate="{s}" '
                         f'value="{200 + i % 300}"/>\n')
            elif k == 1:
                fh.write(f' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" '
                         f'sourceName="O" creationDate="{s}" startDate="{s}" endDate="{s}">\n'
                         f'  <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" '
                         f'unit="mmHg" startDate="{s}" endDate="{s}" value="{110 + i % 40}"/>\n'
                         f'  <Record type="HKQuantityTypeIdentifierBloodPressureDiastolic" '
                         f'unit="mmHg" startDate="{s}" endDate="{s}" value="{70 + i % 20}"/>\n'
                         f' </Correlation>\n')
            elif k == 2:
                fh.write(f' <Workout workoutActivityType="HKWorkoutActivityTypeFlexibility" '
                         f'duration="10" durationUnit="min" sourceName="A" creationDate="{s}" '
                         f'startDate="{s}" endDate="{s}"/>\n')
            elif k < 12:
                fh.write(f' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Apple '
                         f'Watch" unit="count/min" creationDate="{s}" startDate="{s}" '
                         f'endDate="{s}" value="{55 + i % 60}">\n  <MetadataEntry '
                         f'key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n </Record>\n')
            else:
                fh.write(f' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="i" '
                         f'unit="count" creationDate="{s}" startDate="{s}" endDate="{s}" '
                         f'value="{i % 900}"/>\n')
            i += 1
        fh.write("</HealthData>\n")
    return path


_CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from crampdiary import paths
paths.set_data_dir(sys.argv[1])
from crampdiary.core.db import open_diary
from crampdiary.core.exchange import import_path
with open_diary() as d:
    t1 = time.perf_counter()
    res = import_path(d, sys.argv[2], source=sys.argv[3])
    t2 = time.perf_counter()
hwm = None
try:  # the peak of this process's own memory since exec (ru_maxrss of a child would
    # include the parent's size at fork time: a big parent such as run.py inflates it)
    with open("/proc/self/status") as fh:
        hwm = next((int(l.split()[1]) for l in fh if l.startswith("VmHWM:")), None)
except OSError:
    pass
print(json.dumps({"added": res.added, "skipped": res.skipped, "import_s": t2 - t1,
                  "total_s": t2 - t0, "hwm_kb": hwm}))
"""


def run_import(data_dir: Path, path: Path, source: str) -> dict[str, float]:
    shutil.rmtree(data_dir, ignore_errors=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(data_dir), str(path), source],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with proc.stdout, proc.stderr:  # type: ignore[union-attr]
        stdout = proc.stdout.read()  # type: ignore[union-attr]
        err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"import failed: {err}")
    res = json.loads(stdout)
    res["wall_s"] = wall
    hwm = res.pop("hwm_kb", None)
    # this child only (Linux: kilobytes); VmHWM where the system has it
    res["peak_rss_mb"] = (hwm if hwm else usage.ru_maxrss) / 1024
    res["cpu_s"] = usage.ru_utime + usage.ru_stime  # the machine is shared: CPU time too
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", default="100000,1000000",
                    help="row counts of the CSV imports, comma-separated (0: none)")
    ap.add_argument("--xml-mb", type=int, default=100)
    ap.add_argument("--keep", action="store_true", help="keep the generated files")
    ns = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.chmod(OUT, 0o700)
    results = {}
    for rows in (int(x) for x in str(ns.rows).split(",") if int(x)):
        folder = make_csv(OUT / f"csv-{rows}", rows)
        r = run_import(OUT / "diary-csv", folder, "crampdiary")
        r["target"] = "under 20 s and 300 MB" if rows >= 1_000_000 else "-"
        results[f"csv {rows:,} rows"] = r
        if not ns.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if ns.xml_mb:
        xml = make_xml(OUT / f"apple-{ns.xml_mb}mb" / "export.xml", ns.xml_mb)
        r = run_import(OUT / "diary-xml", xml, "apple-health")
        r["target"] = "under 30 s and 300 MB"
        results[f"apple health {ns.xml_mb} MB"] = r
    for name, r in results.items():
        print(f"{name:28s} {r['added']:>9,} added  import {r['import_s']:6.1f} s  "
              f"whole command {r['wall_s']:6.1f} s ({r['cpu_s']:5.1f} s CPU)  "
              f"peak {r['peak_rss_mb']:6.0f} MB  "
              f"({r['target']})")
    if not ns.keep:
        for p in OUT.glob("csv-*"):
            shutil.rmtree(p, ignore_errors=True)
        for p in OUT.glob("apple-*"):
            shutil.rmtree(p, ignore_errors=True)
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
