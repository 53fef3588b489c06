"""Issue 18: the window's controller owns every write.  The long ones (import, backup)
run on its one write worker, one at a time, and come back by callback and ``changed``;
a restore goes through it too; no other window module writes past it."""

from __future__ import annotations

import ast
import json
import os
import stat
import threading
from datetime import timedelta
from pathlib import Path

from crampdiary import paths
from crampdiary.core import diary as uc
from crampdiary.core.timeutil import iso, now_utc

pytest_plugins = ("ui_support",)

UI = Path(__file__).resolve().parents[1] / "src" / "crampdiary" / "ui"
# Calls that write the diary (or replace its file); only the controller may make them.
WRITES = {"import_path", "make_backup", "restore", "log_entry", "edit_entry", "delete_entry",
          "restore_entry", "replace_entry", "save_medicine", "delete_medicine", "bulk_insert"}
# Before any controller exists, the start-up dialog may restore the last good backup
# of a diary that cannot be opened (ui/app.py); that is the one exception.
BEFORE_THE_CONTROLLER = {("app.py", "restore")}


def _export(tmp_path: Path, n: int) -> Path:
    at = now_utc() - timedelta(hours=3)
    rows = [{"kind": "water", "at": iso(at + timedelta(minutes=i)), "ml": 100 + i}
            for i in range(n)]
    out = tmp_path / "in.json"
    out.write_text(json.dumps(rows), encoding="utf-8")
    return out


def test_no_window_module_but_the_controller_writes():
    found = []
    for p in sorted(UI.glob("*.py")):
        if p.name == "controller.py":
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                via_controller = isinstance(f, ast.Attribute) and any(
                    part in ("ctl", "controller") for part in ast.unparse(f.value).split("."))
                if (name in WRITES and not via_controller
                        and (p.name, name) not in BEFORE_THE_CONTROLLER):
                    found.append(f"{p.name}:{node.lineno} {name}")
    assert found == []


def test_import_runs_on_the_worker_and_comes_back_by_signal(qtbot, ctl, tmp_path):
    src = _export(tmp_path, 3)
    ctl.log("water", {"at": now_utc() - timedelta(hours=5), "ml": 50})
    assert ctl.undo_stack.count() == 1
    changed: list[int] = []
    ctl.changed.connect(lambda: changed.append(1))
    results = []
    task = ctl.import_file(src, on_done=results.append)
    # nothing is handed back before the UI thread runs its events again
    assert results == [] and changed == [] and ctl.busy_writing
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert results[0].added == 3 and changed == [1] and not ctl.busy_writing
    assert uc.count_entries(ctl.diary) == 4
    assert ctl.undo_stack.count() == 0  # the stack no longer matches the file


def test_a_refused_import_reaches_on_error_and_writes_nothing(qtbot, ctl, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"kind": "water", "at": "2026-03-01T08:00", "ml": -5}]', encoding="utf-8")
    errors: list[BaseException] = []
    task = ctl.import_file(bad, on_done=lambda r: None, on_error=errors.append)
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert len(errors) == 1 and "ml" in str(errors[0])
    assert uc.count_entries(ctl.diary) == 0 and not ctl.busy_writing


def test_long_writes_run_one_at_a_time_in_order(qtbot, ctl):
    release = threading.Event()
    order: list[str] = []
    inside = []

    def first(diary):
        inside.append(1)
        order.append("first starts")
        assert release.wait(10)
        order.append("first ends")
        inside.pop()
        return "a"

    def second(diary):
        order.append(f"second starts ({len(inside)} inside)")
        return "b"

    got: list[str] = []
    t1 = ctl.run_write(first, got.append)
    t2 = ctl.run_write(second, got.append)
    qtbot.waitUntil(lambda: order[:1] == ["first starts"], timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: t1.finished and t2.finished, timeout=10_000)
    assert order == ["first starts", "first ends", "second starts (0 inside)"]
    assert got == ["a", "b"]


def test_backup_runs_on_the_worker(qtbot, ctl):
    ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 200})
    made: list[Path] = []
    task = ctl.backup(made.append)
    assert made == []
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert made[0].parent == paths.backup_dir() and made[0].exists()
    assert stat.S_IMODE(os.stat(made[0]).st_mode) == 0o600


def test_restore_goes_through_the_controller_and_reopens_the_diary(qtbot, ctl):
    from crampdiary.core.backups import make_backup

    ctl.log("water", {"at": now_utc() - timedelta(hours=2), "ml": 300})
    backup = make_backup(ctl.diary.path, paths.backup_dir(), "manual")
    ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 400})
    old = ctl.diary
    changed: list[int] = []
    ctl.changed.connect(lambda: changed.append(1))
    kept = ctl.restore(backup)
    assert ctl.diary is not old and changed == [1]
    assert [w.ml for w in uc.list_entries(ctl.diary, "water")] == [300]
    assert kept is not None and kept.exists()
    assert ctl.undo_stack.count() == 0
