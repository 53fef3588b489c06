"""Shared helpers for the benchmarks: statistics, machine description, demo diaries.

Everything here is standard library only, so any benchmark script can import it
without pulling in the program (the program's own modules are imported late,
inside the measurements, so that a piece that does not exist yet is reported
as ``n/a`` instead of stopping the run).
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
DIARIES = OUT / "diaries"
SEED = 1
NA = "n/a: not available"
LAST_CHILD_CPU = 0.0  # CPU seconds of the last child run_child reaped


class NotAvailable(Exception):
    """A piece of the program that this measurement needs does not exist (yet)."""


# --------------------------------------------------------------------------- statistics
def summarize(samples: list[float]) -> dict[str, Any]:
    """Median with its spread: min, max and the inter-quartile range."""
    xs = sorted(samples)
    n = len(xs)
    if n == 0:
        raise ValueError("no samples")
    if n >= 4:
        q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    else:
        q1, q3 = xs[0], xs[-1]
    return {"median": statistics.median(xs), "min": xs[0], "max": xs[-1],
            "q1": q1, "q3": q3, "n": n, "samples": list(samples)}


def timed(fn: Callable[[], Any], repeat: int, warmup: int = 1,
          setup: Callable[[], Any] | None = None) -> dict[str, Any]:
    """Run ``fn`` ``warmup`` + ``repeat`` times; the summary of the timed runs (seconds).

    ``setup`` (untimed) runs before each call, e.g. to remove an earlier output.
    """
    samples: list[float] = []
    cpu: list[float] = []
    for i in range(warmup + repeat):
        if setup is not None:
            setup()
        c0 = time.process_time()
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        dc = time.process_time() - c0
        if i >= warmup:
            samples.append(dt)
            cpu.append(dc)
    out = summarize(samples)
    # CPU seconds of this process (all its threads): less sensitive than the wall
    # clock to other work on the machine.
    out["cpu"] = summarize(cpu)
    return out


def late_import(module: str, attr: str | None = None) -> Any:
    """``module`` (or ``module.attr``), raising NotAvailable if it does not exist yet."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise NotAvailable(f"{module} does not exist yet") from exc
        raise
    if attr is None:
        return mod
    try:
        return getattr(mod, attr)
    except AttributeError:
        raise NotAvailable(f"{module}.{attr} does not exist yet") from None


# --------------------------------------------------------------------------- machine
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _versions_of_children() -> dict[str, str]:
    """Qt and PySide6 versions, asked of a child so the runner itself stays Qt-free."""
    code = ("import json, PySide6, PySide6.QtCore as C;"
            "print(json.dumps({'pyside6': PySide6.__version__, 'qt': C.qVersion()}))")
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=60, check=True).stdout
        return json.loads(out)
    except (subprocess.SubprocessError, ValueError, OSError):
        return {"pyside6": "n/a", "qt": "n/a"}


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    info: dict[str, Any] = {
        "cpu": _cpu_model(),
        "cores": cores,
        "ram_gb": _ram_gb(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }
    info["load_avg_at_start"] = load_avg()
    info.update(_versions_of_children())
    try:
        from importlib.metadata import version

        info["crampdiary"] = version("crampdiary")
    except Exception:  # noqa: BLE001  (not installed: still a valid run)
        info["crampdiary"] = "n/a"
    return info


def load_avg() -> list[float] | None:
    """The 1, 5 and 15 minute load averages: other work on the machine slows every number."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def machine_line(m: dict[str, Any]) -> str:
    ram = f", {m['ram_gb']} GB RAM" if m.get("ram_gb") else ""
    return (f"{m['cpu']}, {m['cores']} cores{ram}; {m['os']}; Python {m['python']}, "
            f"Qt {m.get('qt', 'n/a')} (PySide6 {m.get('pyside6', 'n/a')})")


# --------------------------------------------------------------------------- commands
def crampdiary_cmd() -> list[str]:
    """The installed ``crampdiary`` command next to this Python, else ``python -m crampdiary``."""
    exe = Path(sys.executable).parent / "crampdiary"
    if exe.is_file() and os.access(exe, os.X_OK):
        return [str(exe)]
    found = shutil.which("crampdiary")
    return [found] if found else [sys.executable, "-m", "crampdiary"]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("CRAMPDIARY_DATA_DIR", None)  # every command gets --data-dir
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def run_child(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 300,
              ) -> tuple[float, int, str, str, int]:
    """Run ``cmd``: (wall seconds, exit status, stdout, stderr, that child's ru_maxrss in kB).

    The child is reaped with ``os.wait4``; its CPU seconds (user + system) are kept
    in ``LAST_CHILD_CPU``.  Note that on Linux ru_maxrss also counts the memory the
    child inherited from this process at the fork before its exec.
    """
    global LAST_CHILD_CPU
    import tempfile
    import threading

    with tempfile.TemporaryFile("w+") as fo, tempfile.TemporaryFile("w+") as fe:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fo, stderr=fe, text=True,
                                env=env if env is not None else child_env())
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - t0
        LAST_CHILD_CPU = usage.ru_utime + usage.ru_stime
        proc.returncode = os.waitstatus_to_exitcode(status)
        if wall >= timeout:
            raise RuntimeError(f"{' '.join(cmd[:4])}... took longer than {timeout} s")
        fo.seek(0)
        fe.seek(0)
        return wall, proc.returncode, fo.read(), fe.read(), int(usage.ru_maxrss)


# --------------------------------------------------------------------------- diaries
def days_for(years: float) -> int:
    return max(1, round(years * 365.25))


def years_label(years: float) -> str:
    return f"{years:g}y"


def demo_diary(years: float, seed: int = SEED, root: Path = DIARIES) -> Path:
    """A cached demo diary of ``years`` years (its data folder).

    Generated with ``crampdiary --data-dir DIR demo --days N --seed 1``; a diary made
    on an earlier day is made again, because the demo ends "now" and the measurements
    look at the last days.
    """
    days = days_for(years)
    folder = root / f"{days}d-seed{seed}"
    stamp = folder / "made-on.txt"
    today = date.today().isoformat()
    if (folder / "diary.sqlite3").is_file() and stamp.is_file() and stamp.read_text() == today:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    wall, rc, out, err, _ = run_child(
        [*crampdiary_cmd(), "--data-dir", str(folder), "demo", "--days", str(days),
         "--seed", str(seed)], timeout=900)
    if rc != 0:
        raise RuntimeError(f"demo --days {days} failed ({rc}): {err.strip() or out.strip()}")
    stamp.write_text(today)
    return folder


def work_copy(diary_folder: Path, dest: Path) -> Path:
    """A fresh copy of a cached diary to measure on (the cache is never written)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True, mode=0o700)
    shutil.copy2(diary_folder / "diary.sqlite3", dest / "diary.sqlite3")
    os.chmod(dest / "diary.sqlite3", 0o600)
    # First-run disclaimer already accepted, so the window opens straight away.
    (dest / "settings.json").write_text(json.dumps({"disclaimer_accepted": True}))
    os.chmod(dest / "settings.json", 0o600)
    return dest


def count_entries(folder: Path) -> int:
    import sqlite3

    con = sqlite3.connect(f"file:{folder / 'diary.sqlite3'}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT COUNT(*) FROM entry").fetchone()[0])
    finally:
        con.close()
