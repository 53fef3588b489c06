"""Issues 2 and 7: the layers.  ``crampdiary.core`` (every submodule) and the commands
that need no window or chart never import PySide6 or matplotlib (checked in a fresh
interpreter, where nothing else has imported them first)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import crampdiary.core

FORBIDDEN = ("PySide6", "matplotlib", "shiboken6")


def _run(code: str, data_dir: Path) -> dict:
    env = dict(os.environ, CRAMPDIARY_DATA_DIR=str(data_dir), TZ="Europe/Berlin")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout.strip().splitlines()[-1])


def _core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(crampdiary.core.__path__,
                                                        "crampdiary.core."))


def test_every_core_module_is_free_of_qt_and_matplotlib(data_dir: Path):
    modules = _core_modules()
    assert {"crampdiary.core.db", "crampdiary.core.diary", "crampdiary.core.migrations",
            "crampdiary.core.backups"} <= set(modules)
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        f"print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in {FORBIDDEN!r})))\n"
    )
    assert _run(code, data_dir) == []


COMMANDS = [
    ["log", "dose", "--drug", "tizanidine", "--amount", "4", "--at", "2026-03-01T08:00"],
    ["log", "cramp", "--muscle", "calf", "--severity", "6", "--at", "2026-03-01T03:00"],
    ["log", "water", "--ml", "250", "--at", "2026-03-01T09:00"],
    ["list"], ["list", "--json"],
    ["edit", "1", "--amount", "2"],
    ["warnings", "--at", "2026-03-02T00:00", "--json"],
    ["next-dose", "tizanidine", "--at", "2026-03-01T10:00"],
    ["delete", "3"],
    ["backup"],
    ["export", "--format", "json", "--out", "{tmp}/e.json"],
    ["export", "--format", "csv", "--out", "{tmp}/csv"],
    ["import", "{tmp}/e.json"],
    ["log", "water", "--ml", "-1"],  # a refusal
]


def test_command_line_without_qt_or_matplotlib(data_dir: Path, tmp_path: Path):
    argvs = [[a.replace("{tmp}", str(tmp_path)) for a in argv] for argv in COMMANDS]
    code = (
        "import contextlib, io, json, sys\n"
        "from crampdiary.__main__ import main\n"
        "rcs = []\n"
        f"for argv in {argvs!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "        rcs.append(main(argv))\n"
        f"bad = sorted(k for k in sys.modules if k.split('.')[0] in {FORBIDDEN!r})\n"
        "print(json.dumps({'rcs': rcs, 'bad': bad}))\n"
    )
    out = _run(code, data_dir)
    assert out["rcs"] == [0] * (len(COMMANDS) - 1) + [2]
    assert out["bad"] == []


def test_one_log_in_a_fresh_process(data_dir: Path):
    """`crampdiary log ...` itself, as a user runs it."""
    code = (
        "import json, sys, runpy\n"
        "sys.argv = ['crampdiary', 'log', 'water', '--ml', '300']\n"
        "try:\n"
        "    runpy.run_module('crampdiary', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    rc = e.code\n"
        f"bad = sorted(k for k in sys.modules if k.split('.')[0] in {FORBIDDEN!r})\n"
        "print(json.dumps({'rc': rc, 'bad': bad}))\n"
    )
    out = _run(code, data_dir)
    assert out == {"rc": 0, "bad": []}
