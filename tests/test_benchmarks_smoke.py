"""The benchmark runner works end to end on a tiny diary (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

EXPECTED = [
    "window_floor", "window", "window_ratio", "window_ready", "quick_log_ui", "quick_log_all",
    "cli_floor", "cli_log", "cli_log_ratio", "cli_warnings", "cli_warnings_ratio", "cli_next_dose",
    "cli_next_dose_ratio", "cli_edit", "cli_edit_ratio", "cli_delete", "cli_delete_ratio",
    "cli_list_json", "cli_list_json_ratio", "cli_list_json_rss",
    "insights_floor", "cli_insights", "cli_insights_ratio", "log_flags", "warnings", "insights",
    "charts", "report", "report_90d", "report_90d_pages", "report_1y_pages", "report_all",
    "report_all_pages", "report_all_ratio", "export_csv", "export_json", "export_fhir",
    "import_json", "import_100k", "import_100k_rss", "import_1m", "import_1m_rss",
    "window_rss_show", "window_rss_views",
]
# The cheap pieces the smoke test measures (the window probes, insights and exports take most
# of a full run's time and are measured by the real run only); these must give a number.
MEASURED = ["cli_floor", "cli_log", "cli_log_ratio", "cli_warnings", "cli_warnings_ratio",
            "cli_edit", "cli_edit_ratio", "cli_delete", "cli_delete_ratio", "cli_list_json", "cli_list_json_ratio", "cli_list_json_rss", "log_flags", "warnings",
            "report_90d", "report_90d_pages", "report_all", "report_all_pages", "report_all_ratio"]


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    try:
        import common
        import run

        yield run, common
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.slow
def test_runner_writes_every_key(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--years", "0.05", "--repeat", "1", "--quick",
         "--work", str(tmp_path / "work"), "--out", str(out), "--only", *MEASURED],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    doc = json.loads(out.read_text())

    assert {"when", "duration_s", "machine", "config", "sizes", "measurements", "table"} <= set(doc)
    m = doc["machine"]
    for key in ("cpu", "cores", "ram_gb", "os", "python", "qt", "pyside6"):
        assert key in m, key
    assert m["cores"] >= 1 and m["cpu"]
    assert doc["config"]["repeat"] == 1 and doc["config"]["quick"] is True
    assert doc["config"]["only"] == sorted(MEASURED)
    assert doc["sizes"]["0.05y"]["days"] == 18
    assert doc["sizes"]["0.05y"]["entries"] > 0

    assert list(doc["measurements"]) == EXPECTED
    for key in EXPECTED:
        meas = doc["measurements"][key]
        assert {"label", "unit", "target", "pass", "growth", "results"} <= set(meas), key
        res = meas["results"]["0.05y"]
        assert "error" not in res, f"{key}: {res['error']}"
        if key not in MEASURED:
            assert res["na"] == "n/a: not available (not selected with --only)", key
        else:
            assert {"median", "min", "max", "q1", "q3", "n", "samples"} <= set(res), key
            assert res["n"] == len(res["samples"]) >= 1
            assert res["min"] <= res["median"] <= res["max"]
    # Each whole command is compared with the floor of the same run.
    res = {k: v["results"]["0.05y"] for k, v in doc["measurements"].items()}
    for cmd in ("cli_log", "cli_warnings", "cli_list_json"):
        ratio = res[f"{cmd}_ratio"]
        assert ratio["median"] == pytest.approx(res[cmd]["samples"][0] / ratio["floor_samples"][0])
        assert ratio["floor_samples"][0] in res["cli_floor"]["samples"]
    assert res["report_all_ratio"]["median"] == pytest.approx(
        res["report_all"]["median"] / res["report_90d"]["median"])
    assert res["report_90d_pages"]["median"] >= 3 and res["report_all_pages"]["median"] >= 3

    # The printed table is the one in the JSON, one row per measurement.
    assert doc["table"] in proc.stdout
    for key in EXPECTED:
        assert doc["measurements"][key]["label"] in doc["table"]
    assert "Machine: " in doc["table"]
    # The cached diary and the work copy went where --work said.
    assert (tmp_path / "work" / "diaries" / "18d-seed1" / "diary.sqlite3").is_file()


def test_summary_and_marks(bench) -> None:  # type: ignore[no-untyped-def]
    run, common = bench
    s = common.summarize([3.0, 1.0, 2.0, 10.0, 4.0])
    assert (s["median"], s["min"], s["max"], s["n"]) == (3.0, 1.0, 10.0, 5)
    assert s["q1"] == 2.0 and s["q3"] == 4.0
    assert common.summarize([5.0])["q1"] == 5.0
    assert common.days_for(1) == 365 and common.days_for(10) == 3652

    def res(v: float) -> dict:
        return common.summarize([v])

    results = {k: {"1y": {"na": "n/a: not available (x)"}, "10y": {"na": "n/a: not available (x)"}}
               for k in run.KEYS}
    results["insights"] = {"1y": res(0.1), "10y": res(400.0)}  # target 300 ms: missed at 10y
    results["cli_log"] = {"1y": res(0.2), "10y": res(0.3)}  # target 0.5 s: met
    results["cli_floor"] = {"1y": res(0.02), "10y": res(0.02)}  # no target
    doc = {"sizes": {"1y": {"entries": 100}, "10y": {"entries": 1000}}, "results": results,
           "warmup": 1}
    ver = run.verdicts(doc, ["1y", "10y"])
    assert ver["insights"]["pass"] is False
    assert ver["insights"]["growth"] == pytest.approx(4000.0)
    assert ver["cli_log"]["pass"] is True
    assert ver["cli_floor"]["pass"] is None
    assert ver["report"]["pass"] is None and ver["report"]["growth"] is None
    machine = {"cpu": "Test CPU", "cores": 2, "ram_gb": 4.0, "os": "Linux", "python": "3.11",
               "qt": "6", "pyside6": "6"}
    text = run.table(doc, ["1y", "10y"], machine, 1)
    row = next(line for line in text.splitlines() if line.startswith("insights: all findings"))
    assert row.endswith("MISS") and "400 ms" in row
    row = next(line for line in text.splitlines() if line.startswith("crampdiary log water"))
    assert row.endswith("ok")
    row = next(line for line in text.splitlines() if line.startswith("one-year PDF report"))
    assert "n/a" in row and not row.endswith(("ok", "MISS"))
    assert "10y/1y" in text and "diary grows 10.0x" in text and "Test CPU, 2 cores" in text


def test_the_import_rows_measure_whole_imports(bench, tmp_path, monkeypatch):
    # the import rows of run.py run bench_import's whole command on a generated CSV folder
    # (here 300 and 3000 rows instead of 100 k and 1 M) and report time and peak memory
    import bench_import
    import run

    made: list[int] = []
    real = bench_import.make_csv

    def small(folder, rows):  # type: ignore[no-untyped-def]
        made.append(rows)
        return real(folder, rows // 1000 * 3)

    monkeypatch.setattr(bench_import, "make_csv", small)
    got = run.measure_imports(tmp_path, 1)
    assert made == [100_000, 1_000_000]
    for key in ("import_100k", "import_1m"):
        assert got[key]["median"] > 0 and got[key + "_rss"]["median"] > 10
    assert not list(tmp_path.iterdir())  # the CSV folders and the diary are cleaned up
