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
from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import iso, now_utc

pytest_plugins = ("ui_support",)

from ui_support import done, hold_writes, ui_thread_runs  # noqa: E402

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
    done(ctl.log("water", {"at": now_utc() - timedelta(hours=5), "ml": 50}))
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
    done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 200}))
    made: list[Path] = []
    task = ctl.backup(made.append)
    assert made == []
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert made[0].parent == paths.backup_dir() and made[0].exists()
    assert stat.S_IMODE(os.stat(made[0]).st_mode) == 0o600


def test_restore_goes_through_the_controller_and_reopens_the_diary(qtbot, ctl):
    from crampdiary.core.backups import make_backup

    done(ctl.log("water", {"at": now_utc() - timedelta(hours=2), "ml": 300}))
    backup = make_backup(ctl.diary.path, paths.backup_dir(), "manual")
    done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 400}))
    old = ctl.diary
    changed: list[int] = []
    ctl.changed.connect(lambda: changed.append(1))
    kept = done(ctl.restore(backup))
    assert ctl.diary is not old and changed == [1]
    assert [w.ml for w in uc.list_entries(ctl.diary, "water")] == [300]
    assert kept is not None and kept.exists()
    assert ctl.undo_stack.count() == 0


def test_the_entry_dialog_saves_on_the_worker_and_the_window_never_waits(qtbot, ctl):
    from PySide6.QtWidgets import QDialog

    from crampdiary.ui.entry_dialogs import WaterDialog

    gate, inside = hold_writes(ctl)
    dlg = WaterDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.amount.setValue(300)
    dlg.accept()
    assert inside.wait(10)  # the worker holds the write
    ui_thread_runs(qtbot)
    # The dialog shows that it is saving and takes no second Save or Cancel meanwhile.
    assert dlg.saving and not dlg.buttons.isEnabled() and not dlg.content.isEnabled()
    assert not dlg.saving_label.isHidden()
    dlg.reject()
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert uc.count_entries(ctl.diary) == 0 and ctl.undo_stack.count() == 0  # reads do not wait
    gate.set()
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    (water,) = uc.list_entries(ctl.diary, "water")
    assert water.ml == 300 and dlg.result_value.id == water.id
    assert ctl.undo_stack.undoText() == "Add drink"
    # Undo is a write on the same worker too: held, the entry stays until it runs.
    gate.clear()
    inside.clear()
    ctl.undo_stack.undo()
    assert inside.wait(10)
    ui_thread_runs(qtbot)
    assert uc.count_entries(ctl.diary) == 1
    gate.set()
    qtbot.waitUntil(lambda: uc.count_entries(ctl.diary) == 0 and not ctl.busy_writing,
                    timeout=10_000)
    ctl.undo_stack.redo()
    qtbot.waitUntil(lambda: not ctl.busy_writing, timeout=10_000)
    assert [w.ml for w in uc.list_entries(ctl.diary, "water")] == [300]


def test_a_refusal_comes_back_to_the_field_and_the_dialog_stays_open(qtbot, ctl):
    from PySide6.QtWidgets import QDialog

    from crampdiary.ui.entry_dialogs import StretchDialog

    gate, inside = hold_writes(ctl)
    dlg = StretchDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.minutes.setValue(0)
    dlg.accept()
    assert inside.wait(10)
    ui_thread_runs(qtbot)
    assert dlg.error_text("minutes") is None  # not judged yet: the worker holds it
    gate.set()
    qtbot.waitUntil(lambda: not dlg.saving, timeout=10_000)
    assert "more than zero" in (dlg.error_text("minutes") or "")
    assert dlg.buttons.isEnabled() and dlg.saving_label.isHidden()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert uc.count_entries(ctl.diary) == 0 and ctl.undo_stack.count() == 0


def test_edit_and_delete_run_on_the_worker(qtbot, ctl):
    from ui_support import done

    rec = done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 100})).record
    gate, inside = hold_writes(ctl)
    task = ctl.edit(rec.id, {"ml": 150})
    assert inside.wait(10)
    ui_thread_runs(qtbot)
    assert uc.get_entry(ctl.diary, rec.id).ml == 100 and not task.finished
    gate.set()
    assert done(task).record.ml == 150
    assert uc.get_entry(ctl.diary, rec.id).ml == 150
    gate.clear()
    inside.clear()
    task = ctl.delete(rec.id)
    assert inside.wait(10)
    ui_thread_runs(qtbot)
    assert uc.count_entries(ctl.diary) == 1
    gate.set()
    assert done(task).id == rec.id and uc.count_entries(ctl.diary) == 0
    ctl.undo_stack.undo()  # the delete
    qtbot.waitUntil(lambda: not ctl.busy_writing, timeout=10_000)
    ctl.undo_stack.undo()  # the edit
    qtbot.waitUntil(lambda: not ctl.busy_writing, timeout=10_000)
    assert uc.get_entry(ctl.diary, rec.id).ml == 100


def test_the_one_key_cramp_is_written_on_the_worker(qtbot, ctl):
    from crampdiary.ui.today import TodayView

    view = TodayView(ctl)
    qtbot.addWidget(view)
    gate, inside = hold_writes(ctl)
    task = view.quick_cramp()
    assert inside.wait(10)
    ui_thread_runs(qtbot)
    assert view.quick_notice.isHidden() and uc.count_entries(ctl.diary) == 0
    gate.set()
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert not view.quick_notice.isHidden()
    (cramp,) = uc.list_entries(ctl.diary, "cramp")
    assert view.quick_record.id == cramp.id and "Cramp logged at" in view.quick_text.text()
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def test_an_undo_of_an_entry_deleted_elsewhere_clears_the_history(qtbot, ctl):
    from ui_support import done

    rec = done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 100})).record
    uc.delete_entry(ctl.diary, rec.id)  # as another program would (same file)
    notices: list[str] = []
    ctl.notice.connect(notices.append)
    ctl.undo_stack.undo()
    qtbot.waitUntil(lambda: not ctl.busy_writing, timeout=10_000)
    assert ctl.undo_stack.count() == 0 and notices and "could not be undone" in notices[0]


def test_medicines_are_saved_and_removed_on_the_worker(qtbot, ctl):
    from ui_support import done

    gate, inside = hold_writes(ctl)
    changed: list[int] = []
    ctl.medicines_changed.connect(lambda: changed.append(1))
    task = ctl.save_medicine({"name": "Zanaflex", "usual_amount": 4})
    assert inside.wait(10)
    ui_thread_runs(qtbot)
    assert ctl.medicines() == [] and changed == []
    gate.set()
    med = done(task)
    assert [m.name for m in ctl.medicines()] == [med.name] and changed == [1]
    done(ctl.delete_medicine(med.id))
    assert ctl.medicines() == [] and changed == [1, 1]


def test_the_window_reads_while_the_worker_holds_a_write_transaction(qtbot, ctl):
    """A long write (an import holds its transaction) never makes the window's own reads
    wait: the write worker has its own connection to the file."""
    from ui_support import done

    done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 100}))
    gate, inside = threading.Event(), threading.Event()

    def long_write(diary):
        with diary.sql_write() as con:
            con.execute("UPDATE entry SET updated_at = updated_at")
            inside.set()
            assert gate.wait(10), "the test never let the write go"
        return "written"

    task = ctl.run_write(long_write)
    assert inside.wait(10)  # the worker is inside BEGIN IMMEDIATE .. COMMIT
    assert uc.count_entries(ctl.diary) == 1  # at once: the window's own connection
    assert ctl.check_file() is False  # the watcher does not mistake it for a stranger
    ui_thread_runs(qtbot)
    gate.set()
    assert done(task) == "written"
    assert ctl.check_file() is False and ctl.undo_stack.count() == 1


def test_delete_pressed_twice_while_the_first_is_on_its_way_deletes_once(qtbot, ctl):
    from crampdiary.ui.history import HistoryView
    from ui_support import done

    rec = done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 100})).record
    view = HistoryView(ctl)
    qtbot.addWidget(view)
    assert view.select_id(rec.id)
    gate, inside = hold_writes(ctl)
    first = view.delete_selected()
    assert inside.wait(10)
    assert view.delete_selected() is None  # the same entry: not asked twice
    gate.set()
    assert done(first).id == rec.id
    assert uc.count_entries(ctl.diary) == 0 and ctl.undo_stack.count() == 2  # add, delete
    assert rec.id not in {r.id for r in view.model.rows}


def test_saving_an_entry_deleted_meanwhile_says_so(qtbot, ctl, msgs):
    from crampdiary.ui.entry_dialogs import WaterDialog
    from ui_support import done, submit

    rec = done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 100})).record
    dlg = WaterDialog(ctl, rec)
    qtbot.addWidget(dlg)
    uc.delete_entry(ctl.diary, rec.id)  # another program, say
    dlg.amount.setValue(150)
    submit(dlg)
    assert msgs.calls[-1][:2] == ("warning", "Not saved")
    assert "no longer" in msgs.calls[-1][2] and dlg.buttons.isEnabled()
