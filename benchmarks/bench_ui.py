#!/usr/bin/env python3
"""The desktop window on a 10-year diary: start-up against a bare PySide6 window, and
the time from a quick-log click to the updated Today view.

    .venv/bin/python benchmarks/bench_ui.py [--years 10] [--repeat 5] [--json]

It reuses the probe of ``benchmarks/run.py`` (``probe_window.py``): both windows
are started the same way, in fresh processes, alternately, in the same run, and
"shown" is the first paint of the main window counted from just before the
process was started (interpreter start-up and every import included).  "ready"
is the first paint of the Today view, after the diary has been opened in the
background.  The window runs on the platform Qt picks (set QT_QPA_PLATFORM,
e.g. ``offscreen`` or ``xcb`` under Xvfb).  Targets (issue 4): shown / floor at
most 1.5; quick log under 50 ms.  Nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import run as runner  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ns = ap.parse_args(argv)

    work = common.OUT
    label = common.years_label(ns.years)
    cached = common.demo_diary(ns.years, root=work / "diaries")
    folder = common.work_copy(cached, work / "work" / f"ui-{label}" / "data")
    entries = common.count_entries(cached)
    res = runner.measure_window(folder, ns.repeat, warmup=1)
    res.update(runner.measure_quicklog(folder, max(ns.repeat, 5), warmup=1))
    res["entries"] = entries
    if ns.json:
        print(json.dumps(res, indent=2))
        return 0
    med = {k: v["median"] for k, v in res.items() if isinstance(v, dict) and "median" in v}
    print(f"diary: {label}, {entries} entries; {common.machine_line(common.machine())}")
    print(f"bare PySide6 window shown   {med['window_floor'] * 1000:7.0f} ms")
    print(f"Cramp Diary window shown    {med['window'] * 1000:7.0f} ms")
    print(f"  ratio (target <= 1.5)     {med['window_ratio']:7.2f}")
    if "window_ready" in med:
        print(f"Today view ready            {med['window_ready'] * 1000:7.0f} ms")
    print(f"quick log -> updated Today  {med['quick_log_ui']:7.1f} ms (target < 50)")
    print(f"peak memory, window ready   {med['window_rss_show']:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
