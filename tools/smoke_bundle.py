#!/usr/bin/env python3
"""Run the built one-folder program once, as a user would, and time it.

    .venv/bin/python tools/smoke_bundle.py [--dist dist] [--gui]

Not part of the normal test run (it needs ``tools/build_bundle.py`` first).  In a
fresh, throw-away data folder it runs ``--version``, ``log`` (a dose by brand name,
a cramp, a refused cramp), ``list --json``, ``warnings`` and ``desktop-install`` into a
throw-away XDG folder, a German refusal, and, with ``--gui``, opens the window on the
offscreen platform for ten seconds.  Prints one line per step with its time and the
folder's size; exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", default=str(ROOT / "dist"))
    ap.add_argument("--gui", action="store_true", help="also start the window (offscreen)")
    ns = ap.parse_args(argv)
    folder = Path(ns.dist) / "crampdiary"
    exe = folder / ("crampdiary.exe" if platform.system() == "Windows" else "crampdiary")
    if not exe.is_file():
        print(f"no built program at {exe}; run tools/build_bundle.py first", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="crampdiary-smoke-"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "CRAMPDIARY_", "VIRTUAL_ENV"))}
    env.update(CRAMPDIARY_DATA_DIR=str(tmp / "data"), XDG_DATA_HOME=str(tmp / "xdg"),
               CRAMPDIARY_LANG="en", QT_QPA_PLATFORM="offscreen", TZ="Europe/Berlin")
    failures = 0

    def step(name: str, args: list[str], want_rc: int = 0, check=None, **extra: str) -> str:
        nonlocal failures
        t0 = time.perf_counter()
        res = subprocess.run([str(exe), *args], env={**env, **extra}, capture_output=True,
                             text=True, timeout=300, cwd=tmp)
        dt = time.perf_counter() - t0
        ok = res.returncode == want_rc and (check is None or check(res.stdout, res.stderr))
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {dt:6.2f} s  {name}")
        if not ok:
            print(f"      rc={res.returncode}\n      out={res.stdout[-600:]!r}\n"
                  f"      err={res.stderr[-1200:]!r}")
        return res.stdout

    try:
        step("--version", ["--version"], check=lambda o, e: "crampdiary" in o + e)
        step("log dose (brand name)", ["log", "dose", "--drug", "Zanaflex", "--amount", "4",
                                       "--at", "2026-03-01T08:00"])
        step("log cramp", ["log", "cramp", "--muscle", "calf", "--severity", "6",
                           "--at", "2026-03-01T09:00", "--note", "Wadenkrampf – ü"])
        step("refused cramp (exit 2)", ["log", "cramp", "--muscle", "calf", "--severity", "11"],
             want_rc=2, check=lambda o, e: "refused: severity" in e)
        step("German refusal", ["log", "water", "--ml", "0"], want_rc=2,
             check=lambda o, e: "abgelehnt: ml" in e, CRAMPDIARY_LANG="de")
        out = step("list --json", ["list", "--json"],
                   check=lambda o, e: [x["kind"] for x in json.loads(o)] == ["dose", "cramp"])
        if out:
            print("      " + json.dumps(json.loads(out)[0])[:160])
        step("warnings --json", ["warnings", "--at", "2026-03-01T12:00", "--json"],
             check=lambda o, e: isinstance(json.loads(o), list))
        step("desktop-install", ["desktop-install"],
             check=lambda o, e: (tmp / "xdg" / "applications"
                                 / "io.github.crampdiary.CrampDiary.desktop").is_file())
        if ns.gui:  # the window keeps running: alive after 10 s and no traceback is a pass
            t0 = time.perf_counter()
            proc = subprocess.Popen([str(exe), "gui"], env={**env, "CRAMPDIARY_SKIP_FIRST_RUN": "1"},
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    cwd=tmp)
            try:
                proc.wait(timeout=10)
                alive = False
            except subprocess.TimeoutExpired:
                alive = True
                proc.terminate()
            _out, err = proc.communicate(timeout=30)
            ok = alive and "Traceback" not in err
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {time.perf_counter() - t0:6.2f} s  "
                  f"window starts and stays up (offscreen)")
            if not ok:
                print(f"      err={err[-1200:]!r}")
        files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
        size = sum(p.stat().st_size for p in files)
        print(f"bundle {folder}: {size / 2**20:.0f} MiB in {len(files)} files")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("smoke test " + ("passed" if not failures else f"FAILED ({failures})"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
