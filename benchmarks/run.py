"""Cramp Diary benchmarks: how fast is it with 1, 5 and 10 years of entries?

    python benchmarks/run.py [--years 1 5 10] [--repeat 5] [--out benchmarks/out/results.json]
                             [--quick] [--work DIR] [--only KEY ...]

Prints a table (rows: measurements; columns: diary sizes; then the growth from
the smallest to the largest diary, the target and a pass mark) and writes the
same numbers as JSON, with the machine they were measured on.  See
benchmarks/README.md for what each number means.

Every measurement calls the program's public functions or commands, imported
late: a piece that does not exist yet is reported as "n/a: not available" and
the run goes on.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))

import common  # noqa: E402
from common import NA, NotAvailable, late_import, summarize, timed  # noqa: E402


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    unit: str  # ms | s | x | MB
    target: float | None = None  # the value must stay at or below this


MEASURES = [
    Measure("window_floor", "bare PySide6 window shown (floor)", "s"),
    Measure("window", "Cramp Diary window shown", "s"),
    Measure("window_ratio", "window shown / floor", "x", 1.5),
    Measure("window_ready", "window ready: Today view painted", "s"),
    Measure("quick_log_ui", "quick log click to new total on screen", "ms", 50),
    Measure("quick_log_all", "quick log click to flags and cards redone", "ms"),
    Measure("cli_floor", "python -c 'import sqlite3' (floor)", "s"),
    Measure("cli_log", "crampdiary log water (whole command)", "s", 0.5),
    Measure("cli_log_ratio", "log water / floor", "x", 6),
    Measure("cli_warnings", "crampdiary warnings (whole command)", "s", 0.5),
    Measure("cli_warnings_ratio", "warnings / floor", "x", 8),
    Measure("cli_next_dose", "crampdiary next-dose tizanidine (whole command)", "s"),
    Measure("cli_next_dose_ratio", "next-dose / floor", "x"),
    Measure("cli_edit", "crampdiary edit ID --ml 250 (whole command)", "s"),
    Measure("cli_edit_ratio", "edit / floor", "x"),
    Measure("cli_delete", "crampdiary delete ID (whole command)", "s"),
    Measure("cli_delete_ratio", "delete / floor", "x"),
    Measure("cli_list_json", "crampdiary list --json, whole diary (whole command)", "s"),
    Measure("cli_list_json_ratio", "list --json / floor", "x"),
    Measure("cli_list_json_rss", "peak memory, list --json", "MB"),
    Measure("insights_floor", "python -c 'import numpy, scipy.stats' (floor)", "s"),
    Measure("cli_insights", "crampdiary insights (whole command)", "s"),
    Measure("cli_insights_ratio", "crampdiary insights / numpy+scipy floor", "x", 2),
    Measure("log_flags", "log one entry + its flags", "ms", 100),
    Measure("warnings", "warnings: flags of the last 7 days", "ms", 100),
    Measure("insights", "insights: all findings", "ms", 300),
    Measure("charts", "all charts built and drawn to PNG", "s", 2),
    Measure("report", "one-year PDF report", "s", 5),
    Measure("report_90d", "report, last 90 days", "s"),
    Measure("report_90d_pages", "report, last 90 days: pages", "pages"),
    Measure("report_1y_pages", "report, last year: pages", "pages"),
    Measure("report_all", "report, whole diary", "s"),
    Measure("report_all_pages", "report, whole diary: pages", "pages", 39),
    Measure("report_all_ratio", "report, whole diary / last 90 days", "x", 2),
    Measure("export_csv", "export everything, CSV", "s", 5),
    Measure("export_json", "export everything, JSON", "s", 5),
    Measure("export_fhir", "export everything, FHIR", "s", 5),
    Measure("import_json", "import the JSON into an empty diary", "s", 5),
    Measure("import_100k", "import a 100 k-row CSV (fresh process)", "s"),
    Measure("import_100k_rss", "peak memory, 100 k-row CSV import", "MB"),
    Measure("import_1m", "import a 1 M-row CSV (fresh process)", "s", 20),
    Measure("import_1m_rss", "peak memory, 1 M-row CSV import", "MB", 300),
    Measure("window_rss_show", "peak memory, window ready", "MB", 300),
    Measure("window_rss_views", "peak memory, window, every view opened", "MB", 300),
]
KEYS = [m.key for m in MEASURES]
SCALE = {"ms": 1000.0, "s": 1.0}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def na(reason: str) -> dict[str, Any]:
    return {"na": f"{NA} ({reason})"}


def failed(exc: BaseException) -> dict[str, Any]:
    return {"error": f"{type(exc).__name__}: {exc}"}


def scaled(stats: dict[str, Any], factor: float) -> dict[str, Any]:
    out = dict(stats)
    for k in ("median", "min", "max", "q1", "q3"):
        out[k] = stats[k] * factor
    out["samples"] = [x * factor for x in stats["samples"]]
    if "cpu" in stats:
        out["cpu"] = scaled(stats["cpu"], factor)
    return out


# =========================================================================== child processes
def _bench_lines(out: str) -> dict[str, Any]:
    got: dict[str, Any] = {}
    for line in out.splitlines():
        if line.startswith("BENCH "):
            got.update(json.loads(line[6:]))
    return got


def _probe(args: list[str], timeout: float = 120) -> tuple[dict[str, Any], int, str]:
    """Run probe_window.py; (its BENCH values, its peak RSS in kB, stderr)."""
    cmd = [sys.executable, str(HERE / "probe_window.py"), *args]
    env = common.child_env(BENCH_T0=repr(time.time()))
    wall, rc, out, err, rss = common.run_child(cmd, env=env, timeout=timeout)
    got = _bench_lines(out)
    if "na" in got:
        raise NotAvailable(got["na"])
    if rc != 0 or "shown_s" not in got:
        raise RuntimeError(f"window probe {args[0]} exited {rc}: {err.strip()[-600:]}")
    # VmHWM of the probe's own image; ru_maxrss (the fallback) also counts this
    # runner's memory, which the child inherited at the fork before its exec.
    return got, got.get("peak_rss_kb") or rss, err


def measure_window(folder: Path, repeat: int, warmup: int) -> dict[str, Any]:
    """Floor and app alternately, so both see the same machine state."""
    floor, app, ready, rss = [], [], [], []
    ready_na = ""
    for i in range(warmup + repeat):
        f, _, _ = _probe(["floor"])
        a, kb, _ = _probe(["app", str(folder), "show"])
        if i >= warmup:
            floor.append(f["shown_s"])
            app.append(a["shown_s"])
            rss.append(kb / 1024)
            if "ready_s" in a:
                ready.append(a["ready_s"])
            else:
                ready_na = a.get("ready_na", "no Today view")
    ratios = [a / f for a, f in zip(app, floor, strict=True)]
    ratio = summarize(ratios)
    # The ratio of the medians is the headline; the spread is that of the paired runs.
    ratio["median"] = summarize(app)["median"] / summarize(floor)["median"]
    return {"window_floor": summarize(floor), "window": summarize(app), "window_ratio": ratio,
            "window_ready": summarize(ready) if ready and not ready_na else na(ready_na),
            "window_rss_show": summarize(rss)}


def measure_quicklog(folder: Path, repeat: int, warmup: int) -> dict[str, Any]:
    got, _, _ = _probe(["app", str(folder), "quicklog", str(repeat + warmup)], timeout=300)
    if "quicklog_na" in got:
        raise NotAvailable(got["quicklog_na"])
    out = {"quick_log_ui": summarize(got["quicklog_ms"][warmup:])}
    if got.get("quicklog_all_ms"):
        out["quick_log_all"] = summarize(got["quicklog_all_ms"][warmup:])
    return out


def measure_views_rss(folder: Path) -> dict[str, Any]:
    got, kb, _ = _probe(["app", str(folder), "settle"], timeout=600)
    stats = summarize([kb / 1024])
    stats["views_visited"] = got.get("visited")
    return {"window_rss_views": stats}


CLI_FLOORS = {"cli_floor": [sys.executable, "-c", "import sqlite3"],
              "insights_floor": [sys.executable, "-c", "import numpy, scipy.stats"]}


def measure_cli(folder: Path, repeat: int, warmup: int, wanted: set[str] | None = None,
                ) -> dict[str, Any]:
    """Whole commands, each run right after its floor (so both see the same machine).

    ``cmd / floor`` is the median of the ratios of each run to the floor run just before it.
    """
    cd = [*common.crampdiary_cmd(), "--data-dir", str(folder)]
    logged: list[str] = []  # ids of the water entries `log` made, for `edit` and `delete`

    def entry_id() -> str:
        if not logged:  # `log` not measured (or its entry already deleted): one, untimed
            _w, rc, so, se, _kb = common.run_child([*cd, "log", "water", "--ml", "150"])
            if rc != 0:
                raise RuntimeError(f"log for edit/delete exited {rc}: {se.strip()[-400:]}")
            logged.append(so.split()[0])
        return logged[-1]

    def deleted_id() -> str:
        got = entry_id()
        logged.pop()
        return got

    cmds: dict[str, tuple[Callable[[], list[str]], str]] = {  # key: (command, floor key)
        "cli_log": (lambda: [*cd, "log", "water", "--ml", "200"], "cli_floor"),
        "cli_edit": (lambda: [*cd, "edit", entry_id(), "--ml", "250"], "cli_floor"),
        "cli_delete": (lambda: [*cd, "delete", deleted_id()], "cli_floor"),
        "cli_warnings": (lambda: [*cd, "warnings"], "cli_floor"),
        "cli_next_dose": (lambda: [*cd, "next-dose", "tizanidine"], "cli_floor"),
        "cli_list_json": (lambda: [*cd, "list", "--json"], "cli_floor"),
        "cli_insights": (lambda: [*cd, "insights"], "insights_floor"),
    }
    if wanted is not None:
        cmds = {k: v for k, v in cmds.items()
                if wanted & {k, f"{k}_ratio", f"{k}_rss", v[1]}}
    floors = {f for _c, f in cmds.values()}
    samples: dict[str, list[float]] = {k: [] for k in [*cmds, *floors]}
    cpu: dict[str, list[float]] = {k: [] for k in samples}
    out: dict[str, Any] = {}
    paired: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}

    def one(key: str, cmd: list[str], keep: bool) -> float | None:
        if key in out:
            return None
        wall, rc, so, se, kb = common.run_child(cmd)
        if rc != 0:
            out[key] = {"error": f"exit {rc}: {(se or so).strip()[-400:]}"}
            return
        if key == "cli_log" and so.split():
            logged.append(so.split()[0])
        if keep:
            samples[key].append(wall)
            cpu[key].append(common.LAST_CHILD_CPU)
        return wall

    for i in range(warmup + repeat):
        for key, (make, floor) in cmds.items():
            f = one(floor, CLI_FLOORS[floor], i >= warmup)
            try:
                cmd = make() if key not in out else []
            except RuntimeError as exc:
                out[key] = {"error": str(exc)}
                continue
            c = one(key, cmd, i >= warmup)
            if i >= warmup and f and c:
                paired[key].append((c, f))
    for key, xs in samples.items():
        if key not in out and xs:
            out[key] = summarize(xs)
            out[key]["cpu"] = summarize(cpu[key])
    for key in cmds:
        if paired[key]:
            r = summarize([c / f for c, f in paired[key]])
            r["floor_samples"] = [f for _c, f in paired[key]]
            out[f"{key}_ratio"] = r
    if "cli_list_json" in cmds and (wanted is None or "cli_list_json_rss" in wanted):
        out["cli_list_json_rss"] = _peak_rss(["--data-dir", str(folder), "list", "--json"])
    return out


_HWM = """import atexit, sys
def _hwm():
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM'):
                sys.stderr.write('BENCH_HWM ' + line.split()[1] + chr(10))
    except OSError:
        pass
atexit.register(_hwm)
from crampdiary.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _peak_rss(args: list[str]) -> dict[str, Any]:
    """Peak memory of one command: its own ``VmHWM`` (``ru_maxrss`` of a child also counts
    the memory of this runner, inherited at the fork before the exec)."""
    wall, rc, so, se, kb = common.run_child([sys.executable, "-c", _HWM, *args])
    if rc != 0:
        return {"error": f"exit {rc}: {se.strip()[-400:]}"}
    hwm = [int(line.split()[1]) for line in se.splitlines() if line.startswith("BENCH_HWM ")]
    return summarize([(hwm[0] if hwm else kb) / 1024])


# =========================================================================== in-process
class InProcess:
    """The use cases called directly, on one open work copy of a diary."""

    def __init__(self, folder: Path, scratch: Path):
        self.folder = folder
        self.scratch = scratch
        paths = late_import("crampdiary.paths")
        paths.set_data_dir(folder)
        self.db = late_import("crampdiary.core.db")
        self.diary = self.db.open_diary(folder / "diary.sqlite3")

    def close(self) -> None:
        self.diary.close()

    # ---- the pieces
    def log_flags(self) -> Callable[[], Any]:
        uc = late_import("crampdiary.core.use_cases")
        now_utc = late_import("crampdiary.core.timeutil", "now_utc")
        late_import("crampdiary.core.rules", "flags_for_entry")

        def run() -> Any:
            return uc.log_entry(self.diary, "dose", {"at": now_utc(), "drug": "tizanidine",
                                                     "amount": 4, "unit": "mg"})
        return run

    def warnings(self) -> Callable[[], Any]:
        uc = late_import("crampdiary.core.use_cases")
        now_utc = late_import("crampdiary.core.timeutil", "now_utc")
        evaluate = late_import("crampdiary.core.rules", "evaluate")

        def run() -> Any:
            at = now_utc()
            since = at - timedelta(days=7)
            hist = uc.load_history(self.diary, since - uc.RULES_LOOKBACK, at)
            return evaluate(hist, at, since=since)
        return run

    def insights(self) -> Callable[[], Any]:
        fn = late_import("crampdiary.core.analysis", "insights")
        return lambda: fn(self.diary)

    def charts(self) -> Callable[[], Any]:
        build_all = late_import("crampdiary.charts", "build_all")
        agg = late_import("matplotlib.backends.backend_agg", "FigureCanvasAgg")

        def run() -> int:
            figs = build_all(self.diary)
            figs = list(figs.values()) if isinstance(figs, dict) else list(figs)
            for fig in figs:
                fig = getattr(fig, "figure", fig)  # a (name, Figure) object is fine too
                if isinstance(fig, tuple):
                    fig = fig[-1]
                buf = io.BytesIO()
                agg(fig).print_png(buf)
            return len(figs)
        return run

    def report(self) -> Callable[[], Any]:
        write_report = late_import("crampdiary.report", "write_report")
        out = self.scratch / "report.pdf"
        end = date.today()
        start = end - timedelta(days=364)
        return lambda: write_report(self.diary, out, start=start, end=end, name="Benchmark")

    def report_pages(self, days: int | None) -> tuple[Callable[[], Any], Callable[[], int]]:
        """A report of the last ``days`` days (None: the whole diary), in memory."""
        build_report = late_import("crampdiary.report", "build_report")
        first_entry_day = late_import("crampdiary.report", "first_entry_day")
        end = date.today()
        start = end - timedelta(days=days - 1) if days else (first_entry_day(self.diary) or end)
        got: dict[str, int] = {}

        def run() -> Any:
            _data, got["pages"] = build_report(self.diary, start, end, "Benchmark")
        return run, lambda: got["pages"]

    def export(self, fmt: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
        exchange = late_import("crampdiary.core.exchange")
        out = self.scratch / ("export-csv" if fmt == "csv" else f"export.{fmt}.json")

        def setup() -> None:
            if out.is_dir():
                shutil.rmtree(out)
            elif out.exists():
                out.unlink()
        return (lambda: exchange.export(self.diary, fmt, out)), setup

    def import_json(self) -> tuple[Callable[[], Any], Callable[[], Any]]:
        exchange = late_import("crampdiary.core.exchange")
        src = self.scratch / "import-source.json"
        if not src.exists():
            exchange.export(self.diary, "json", src)
        holder: dict[str, Any] = {}
        target = self.scratch / "import-target"

        def setup() -> None:
            if "d" in holder:
                holder.pop("d").close()
            if target.exists():
                shutil.rmtree(target)
            target.mkdir(parents=True)
            holder["d"] = self.db.open_diary(target / "diary.sqlite3")

        def run() -> Any:
            res = exchange.import_path(holder["d"], src)
            if not res.added:
                raise RuntimeError("the import added nothing")
            return res
        return run, setup


def measure_imports(work: Path, repeat: int) -> dict[str, Any]:
    """Imports, each in a fresh process, of a generated CSV folder of 100 k and 1 M water
    rows into an empty diary (benchmarks/bench_import.py: a fresh child process each, its
    own peak RSS).  They do not depend on the diary's size, so they are measured once, in
    the column of the largest diary; at most 3 runs each (the 1 M one takes seconds)."""
    import bench_import

    out: dict[str, Any] = {}
    runs = max(1, min(repeat, 3))
    for rows, key in ((100_000, "import_100k"), (1_000_000, "import_1m")):
        folder = bench_import.make_csv(work / f"import-csv-{rows}", rows)
        try:
            res = [bench_import.run_import(work / "import-diary", folder, "crampdiary")
                   for _ in range(runs)]
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(work / "import-diary", ignore_errors=True)
        out[key] = summarize([r["wall_s"] for r in res])
        out[key + "_rss"] = summarize([r["peak_rss_mb"] for r in res])
    return out


def measure_in_process(folder: Path, scratch: Path, repeat: int, warmup: int,
                       wanted: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    try:
        ip = InProcess(folder, scratch)
    except NotAvailable as exc:
        return {k: na(str(exc)) for k in wanted}
    try:
        plain = {"log_flags": ip.log_flags, "warnings": ip.warnings, "insights": ip.insights,
                 "charts": ip.charts, "report": ip.report}
        for key, make in plain.items():
            if key not in wanted:
                continue
            unit = next(m.unit for m in MEASURES if m.key == key)
            try:
                fn = make()
                out[key] = scaled(timed(fn, repeat, warmup), SCALE[unit])
            except NotAvailable as exc:
                out[key] = na(str(exc))
            except Exception as exc:  # noqa: BLE001  (one broken piece must not stop the run)
                out[key] = failed(exc)
                log(traceback.format_exc())
            log(f"    {key}: {_cell(out[key], unit)}")
        for key, days in (("report_90d", 90), ("report_1y", 365), ("report_all", None)):
            pkey = f"{key}_pages"
            if not wanted & {key, pkey, "report_all_ratio"}:
                continue
            try:
                fn, pages = ip.report_pages(days)
                if key != "report_1y":
                    out[key] = timed(fn, repeat, warmup)
                elif "median" in out.get("report", {}):
                    fn()  # the time is the "report" row's; only the page count is new
                else:
                    out["report"] = timed(fn, repeat, warmup)
                out[pkey] = summarize([float(pages())])
            except NotAvailable as exc:
                out[key] = out[pkey] = na(str(exc))
            except Exception as exc:  # noqa: BLE001
                out[key] = out[pkey] = failed(exc)
                log(traceback.format_exc())
            log(f"    {key}: {_cell(out[pkey], 'pages')}")
        if "median" in out.get("report_all", {}) and "median" in out.get("report_90d", {}):
            out["report_all_ratio"] = summarize(
                [a / b for a, b in zip(out["report_all"]["samples"], out["report_90d"]["samples"],
                                       strict=False)])
        jobs: dict[str, Callable[[], tuple[Callable[[], Any], Callable[[], Any]]]] = {
            "export_csv": lambda: ip.export("csv"), "export_json": lambda: ip.export("json"),
            "export_fhir": lambda: ip.export("fhir"), "import_json": ip.import_json}
        for key, make2 in jobs.items():
            if key not in wanted:
                continue
            try:
                fn, setup = make2()
                out[key] = timed(fn, repeat, warmup, setup=setup)
            except NotAvailable as exc:
                out[key] = na(str(exc))
            except Exception as exc:  # noqa: BLE001
                out[key] = failed(exc)
                log(traceback.format_exc())
            log(f"    {key}: {_cell(out[key], 's')}")
    finally:
        ip.close()
    return out


# =========================================================================== the run
def run(years: list[float], repeat: int, quick: bool, work: Path, wanted: set[str]) -> dict[str, Any]:
    warmup = 0 if quick else 1
    # The program's bytecode, as pip compiles it at install (this machine may run with
    # PYTHONDONTWRITEBYTECODE, and then every command would compile its sources again).
    import compileall

    compileall.compile_dir(str(HERE.parent / "src"), quiet=1)
    results: dict[str, dict[str, Any]] = {k: {} for k in KEYS}
    sizes: dict[str, Any] = {}
    for y in years:
        label = common.years_label(y)
        log(f"== {label}: preparing the demo diary ({common.days_for(y)} days)")
        cached = common.demo_diary(y, root=work / "diaries")
        folder = common.work_copy(cached, work / "work" / label / "data")
        scratch = work / "work" / label / "scratch"
        if scratch.exists():
            shutil.rmtree(scratch)
        scratch.mkdir(parents=True)
        sizes[label] = {"years": y, "days": common.days_for(y), "entries": common.count_entries(cached)}
        got: dict[str, Any] = {}

        def step(keys: list[str], fn: Callable[..., dict[str, Any]], *args: Any,
                 got: dict[str, Any] = got) -> None:
            if not wanted.intersection(keys):
                return
            try:
                got.update(fn(*args))
            except NotAvailable as exc:
                got.update({k: na(str(exc)) for k in keys})
            except Exception as exc:  # noqa: BLE001
                log(traceback.format_exc())
                got.update({k: failed(exc) for k in keys})
            for k in keys:
                if k in got:
                    unit = next(m.unit for m in MEASURES if m.key == k)
                    log(f"    {k}: {_cell(got[k], unit)}")

        log(f"== {label}: window start (floor and app, alternating)")
        # Start-up takes a fraction of a second and is the noisiest number: 3x the runs.
        step(["window_floor", "window", "window_ratio", "window_ready", "window_rss_show"],
             measure_window, folder, 3 * repeat, warmup)
        log(f"== {label}: quick log in the window")
        step(["quick_log_ui", "quick_log_all"], measure_quicklog, folder, max(repeat, 3), 1)
        log(f"== {label}: window memory with every view")
        step(["window_rss_views"], measure_views_rss, folder)
        log(f"== {label}: whole commands")
        cli_keys = [m.key for m in MEASURES if m.key.startswith("cli_") or m.key == "insights_floor"]
        step(cli_keys, measure_cli, folder, repeat, warmup, wanted)
        if y == years[-1]:
            log(f"== {label}: CSV imports into an empty diary (100 k and 1 M rows)")
            step(["import_100k", "import_100k_rss", "import_1m", "import_1m_rss"],
                 measure_imports, scratch, repeat)
        log(f"== {label}: in-process use cases")
        got.update(measure_in_process(folder, scratch, repeat, warmup, wanted))
        for k in KEYS:
            results[k][label] = got.get(k, na("not measured in this run")) if k in wanted \
                else na("not selected with --only")
    return {"sizes": sizes, "results": results, "warmup": warmup}


def _fmt(v: float, unit: str) -> str:
    if unit == "ms":
        return f"{v:.1f}" if v < 10 else f"{v:.0f}"
    if unit == "s":
        return f"{v:.3f}" if v < 1 else f"{v:.2f}"
    if unit == "x":
        return f"{v:.2f}"
    return f"{v:.0f}"  # MB, pages


def _cell(r: dict[str, Any], unit: str) -> str:
    if "median" not in r:
        return "n/a" if "na" in r else "error"
    sfx = {"x": "x", "MB": " MB", "ms": " ms", "s": " s", "pages": " p."}[unit]
    if r["n"] == 1:
        return f"{_fmt(r['median'], unit)}{sfx}"
    return f"{_fmt(r['median'], unit)}{sfx} [{_fmt(r['min'], unit)}-{_fmt(r['max'], unit)}]"


def verdicts(res: dict[str, Any], labels: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for m in MEASURES:
        by = res["results"][m.key]
        meds = [by[lb]["median"] for lb in labels if "median" in by.get(lb, {})]
        ok: bool | None = None
        if m.target is not None and meds:
            ok = all(v <= m.target for v in meds)
        growth = None
        first, last = labels[0], labels[-1]
        if len(labels) > 1 and "median" in by.get(first, {}) and "median" in by.get(last, {}) \
                and by[first]["median"] > 0:
            growth = by[last]["median"] / by[first]["median"]
        out[m.key] = {"pass": ok, "growth": growth}
    return out


def table(res: dict[str, Any], labels: list[str], machine: dict[str, Any], repeat: int) -> str:
    ver = verdicts(res, labels)
    sizes = res["sizes"]
    first, last = labels[0], labels[-1]
    grow_head = f"{last}/{first}" if len(labels) > 1 else ""
    head = ["measurement", *labels, grow_head, "target", ""]
    rows = [head]
    for m in MEASURES:
        by = res["results"][m.key]
        cells = [_cell(by[lb], m.unit) for lb in labels]
        g = ver[m.key]["growth"]
        ok = ver[m.key]["pass"]
        mark = "" if ok is None else ("ok" if ok else "MISS")
        tgt = "" if m.target is None else f"<= {m.target:g}" + \
            {"x": "x", "MB": " MB", "ms": " ms", "s": " s", "pages": " p."}[m.unit]
        rows.append([m.label, *cells, "" if g is None else f"{g:.2f}x", tgt, mark])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for n, r in enumerate(rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:-1], widths[1:-1],
                                                                        strict=True)] + [r[-1]]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths[:-1]) + "  ----")
    ent = ", ".join(f"{lb} = {sizes[lb]['entries']:,} entries" for lb in labels)
    if len(labels) > 1:
        size_growth = sizes[last]["entries"] / max(1, sizes[first]["entries"])
        grow_note = (f"; {grow_head} = growth of the median from the smallest to the largest "
                     f"diary (the diary grows {size_growth:.1f}x)")
    else:
        grow_note = ""
    warm = "after one warm-up run" if res["warmup"] else "no warm-up run (--quick)"
    foot = [
        f"Machine: {common.machine_line(machine)}",
        f"Diaries: {ent} (crampdiary demo --seed {common.SEED}).",
        f"Median of {repeat} runs ({3 * repeat} for the window start) {warm}, "
        f"[min-max]{grow_note}.",
        "Whole commands: wall time of the process, bytecode compiled beforehand (as pip does at "
        "install); each 'x' row is the median of (command / the floor run just before it).",
    ]
    la, lb = machine.get("load_avg_at_start"), machine.get("load_avg_at_end")
    if la and lb:
        foot.append(f"Load average (1 min) at start {la[0]:.2f}, at end {lb[0]:.2f}.")
    return "\n".join(lines + [""] + foot)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--years", type=float, nargs="+", default=[1, 5, 10])
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--out", type=Path, default=common.OUT / "results.json")
    p.add_argument("--work", type=Path, default=common.OUT,
                   help="folder for the cached diaries and work copies (default benchmarks/out)")
    p.add_argument("--quick", action="store_true", help="no warm-up runs (a smoke test)")
    p.add_argument("--only", nargs="+", choices=KEYS, metavar="KEY",
                   help=f"measure only these: {', '.join(KEYS)}")
    ns = p.parse_args(argv)
    if ns.repeat < 1:
        p.error("--repeat must be at least 1")
    years = sorted(set(ns.years))
    wanted = set(ns.only or KEYS)
    labels = [common.years_label(y) for y in years]

    started = time.time()
    machine = common.machine()
    res = run(years, ns.repeat, ns.quick, ns.work.resolve(), wanted)
    machine["load_avg_at_end"] = common.load_avg()
    text = table(res, labels, machine, ns.repeat)
    ver = verdicts(res, labels)
    doc = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "machine": machine,
        "config": {"years": years, "repeat": ns.repeat, "warmup": res["warmup"],
                   "quick": ns.quick, "seed": common.SEED, "only": sorted(wanted)},
        "sizes": res["sizes"],
        "measurements": {
            m.key: {"label": m.label, "unit": m.unit, "target": m.target,
                    "pass": ver[m.key]["pass"], "growth": ver[m.key]["growth"],
                    "results": res["results"][m.key]}
            for m in MEASURES},
        "table": text,
    }
    ns.out.parent.mkdir(parents=True, exist_ok=True)
    ns.out.write_text(json.dumps(doc, indent=2) + "\n")
    print(text)
    print(f"\n(JSON written to {ns.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
