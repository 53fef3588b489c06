"""Issues 2, 7 and 18: the layers.  ``crampdiary.core`` (every submodule) and the commands
that need no window or chart never import PySide6 or matplotlib (checked in a fresh
interpreter, where nothing else has imported them first); and a walk of every module's
source: core without Qt, matplotlib or the window, charts without Qt, no SQL outside
``core/storage/`` but for a short list with reasons."""

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
    assert {"crampdiary.core.db", "crampdiary.core.use_cases", "crampdiary.core.migrations",
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


# --------------------------------------------------------------------------- static walk
# Issue 18: the same rules, read from the source of every module (so a module that is
# never imported by a test, or imports lazily inside a function, is checked too).
import ast  # noqa: E402
import re  # noqa: E402

import crampdiary  # noqa: E402

PKG = Path(crampdiary.__file__).parent
SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|ALTER|DROP|REPLACE|"
                       r"WITH|VACUUM|ATTACH|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b")
EXECUTE = {"execute", "executemany", "executescript"}

# SQL outside ``core/storage/``, each for a reason:
SQL_ALLOWED = {
    # the schema's history: every step is SQL by nature
    "core/migrations.py",
    # restore checks a backup file's schema before it may replace the diary
    "core/restore.py",
    # reads the other app's own SQLite export (a foreign file, not the diary)
    "core/exchange/importers/health_connect.py",
    # encryption: keys the connection and rewrites the whole file (sqlcipher_export)
    "core/crypto.py",
}
# SQL that is moving into storage (none now: core/people.py's statements live in
# core/storage/people.py).  Add a name here only for a move in progress; the test
# below fails once a listed module no longer has any SQL.
SQL_MOVING: set[str] = set()


def _modules() -> list[tuple[str, ast.Module]]:
    out = []
    for p in sorted(PKG.rglob("*.py")):
        out.append((p.relative_to(PKG).as_posix(), ast.parse(p.read_text(encoding="utf-8"))))
    return out


def _imports(tree: ast.Module, rel: str) -> set[str]:
    """Every module a file imports (absolute names), lazily inside functions too."""
    pkg = ["crampdiary", *rel.split("/")[:-1]]
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[:len(pkg) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            names.add(mod)
            names.update(f"{mod}.{a.name}" for a in node.names)
    return names


def _sql_sites(tree: ast.Module) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in EXECUTE):
            lines.append(node.lineno)
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and SQL_START.match(node.value)):
            lines.append(node.lineno)
    return sorted(set(lines))


def _bad(names: set[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == r or n.startswith(r + ".") for r in roots))


def test_the_walk_sees_every_package():
    rels = {rel for rel, _ in _modules()}
    assert {"core/storage/entries.py", "core/rules/engine.py", "charts/daily.py",
            "ui/main_window.py", "report/pdf.py", "cli.py"} <= rels


def test_the_import_walk_resolves_relative_imports():
    tree = ast.parse("from ..ui import widgets\nfrom . import db\nimport PySide6.QtCore\n"
                     "def f():\n    from ...charts import daily\n")
    names = _imports(tree, "core/storage/x.py")
    assert {"crampdiary.core.ui.widgets", "crampdiary.core.storage.db", "PySide6.QtCore",
            "crampdiary.charts.daily"} <= names


def test_core_never_imports_qt_matplotlib_or_the_window():
    found = {}
    for rel, tree in _modules():
        if rel.startswith("core/"):
            bad = _bad(_imports(tree, rel), ("PySide6", "shiboken6", "matplotlib",
                                             "crampdiary.ui", "crampdiary.charts"))
            if bad:
                found[rel] = bad
    assert found == {}


def test_charts_never_import_qt_or_the_window():
    found = {}
    for rel, tree in _modules():
        if rel.startswith("charts/"):
            bad = _bad(_imports(tree, rel), ("PySide6", "shiboken6", "crampdiary.ui"))
            if bad:
                found[rel] = bad
    assert found == {}


def test_no_sql_outside_storage():
    found = {rel: _sql_sites(tree) for rel, tree in _modules()
             if not rel.startswith("core/storage/") and rel not in SQL_ALLOWED | SQL_MOVING}
    assert {rel: lines for rel, lines in found.items() if lines} == {}


def test_every_sql_exception_still_needs_its_place():
    sites = {rel: _sql_sites(tree) for rel, tree in _modules()}
    assert {rel for rel in SQL_ALLOWED | SQL_MOVING if not sites.get(rel)} == set()


def test_the_sql_detector_finds_sql(tmp_path: Path):
    """The walk above would pass on an empty detector; it must see the usual shapes."""
    src = ('def f(con, t):\n'
           '    con.execute(q)\n'
           '    x = "SELECT id FROM entry"\n'
           '    y = f"  INSERT INTO {t} VALUES (?)"\n'
           '    z = "Select a file to import"\n')
    assert _sql_sites(ast.parse(src)) == [2, 3, 4]
