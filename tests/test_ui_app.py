"""The application shell: excepthook and crash log, environment errors, single instance,
the window's views and shortcuts, settings, first run, the worker helper."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import timedelta

import pytest

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from crampdiary import paths
from crampdiary.core import use_cases as uc
from crampdiary.core.errors import DatabaseCorrupt, EnvironmentProblem
from crampdiary.core.timeutil import now_utc
from crampdiary.settings import Settings, load_settings, save_settings

pytest_plugins = ("ui_support",)

from ui_support import done, settle  # noqa: E402


# ---------------------------------------------------------------------------- settings
def test_settings_round_trip_private_file():
    s = Settings(units="floz", water_goal_ml=2500, remind_water=True, water_interval_min=90,
                 doctor_questions="Is 8 mg at night too much?")
    path = save_settings(s)
    assert path == paths.settings_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_settings() == s


def test_damaged_settings_give_defaults_and_keep_what_is_valid():
    paths.settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    paths.settings_path().write_text(json.dumps({"units": "gallons", "water_goal_ml": 1500,
                                                 "unknown": 1}), encoding="utf-8")
    s = load_settings()
    assert s.units == "ml" and s.water_goal_ml == 1500


def test_units():
    s = Settings(units="floz")
    assert s.volume_text(2000) == "68 fl oz"
    assert s.to_ml(8) == pytest.approx(236.588)
    assert Settings().volume_text(1250) == "1,250 ml"
    assert [label for _, label in Settings().quick_water()] == ["+250 ml", "+500 ml"]


def test_settings_dialog_saves(qtbot, ctl):
    from crampdiary.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctl)
    qtbot.addWidget(dlg)
    assert dlg.folder.text() == str(paths.data_dir())
    dlg.units.setCurrentIndex(dlg.units.findData("floz"))
    assert dlg.water_goal.suffix() == " fl oz" and dlg.water_goal.value() == 68
    dlg.water_goal.setValue(64)
    dlg.remind_doses.setChecked(True)
    dlg.water_interval.setValue(60)
    with qtbot.waitSignal(ctl.settings_changed):
        dlg.accept()
    s = load_settings()
    assert s.units == "floz" and s.water_goal_ml == pytest.approx(1892.7, abs=0.1)
    assert s.remind_doses and s.water_interval_min == 60 and s.disclaimer_accepted


def test_settings_back_up_now(qtbot, ctl, msgs):
    from crampdiary.ui.settings_dialog import SettingsDialog

    done(ctl.log("water", {"at": now_utc(), "ml": 200}))
    dlg = SettingsDialog(ctl)
    qtbot.addWidget(dlg)
    task = dlg.backup_now()
    assert dlg.last_backup is None  # made on the controller's write worker, not here
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert dlg.last_backup is not None and dlg.last_backup.exists()
    assert stat.S_IMODE(os.stat(dlg.last_backup).st_mode) == 0o600
    assert msgs.calls[-1][0] == "information"


# ---------------------------------------------------------------------------- first run
def test_first_run_requires_the_disclaimer_then_adds_medicines(qtbot, diary, msgs):
    from crampdiary.ui.controller import DiaryController
    from crampdiary.ui.first_run import FirstRunDialog

    ctl = DiaryController(diary, Settings())
    dlg = FirstRunDialog(ctl)
    qtbot.addWidget(dlg)
    assert not dlg.next_button.isEnabled()
    dlg.accept_disclaimer()
    assert dlg.pages.currentIndex() == 0 and not load_settings().disclaimer_accepted
    dlg.agree.setChecked(True)
    assert dlg.next_button.isEnabled()
    dlg.next_button.click()
    assert dlg.pages.currentIndex() == 1 and load_settings().disclaimer_accepted
    names = dlg.name.completer().model().stringList()
    assert "Zanaflex" in names
    dlg.name.setText("Zanaflex")
    dlg.amount.setValue(4)
    assert dlg.add_medicine()
    done(dlg.pending)  # saved on the controller's worker
    dlg.name.setText("my herbal tea")
    assert dlg.add_medicine()
    done(dlg.pending)
    assert "not in the catalog" in dlg.added.item(1).text()
    meds = {m.name: m for m in ctl.medicines()}
    assert meds["tizanidine"].usual_amount == 4 and "my herbal tea" in meds
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted


# ---------------------------------------------------------------------------- errors
def test_excepthook_logs_without_diary_content(qtbot, monkeypatch):
    from crampdiary.ui import errors

    shown = []
    monkeypatch.setattr(errors, "show_crash_dialog", lambda t, p: shown.append((t, p)))
    try:
        raise ValueError("my secret note about my calf")
    except ValueError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    ((exc_type, path),) = shown
    assert exc_type is ValueError and path.parent == paths.log_dir()
    text = path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "test_excepthook_logs_without_diary_content" in text
    assert "secret" not in text.split("raise ValueError")[0] + text.split("\n")[-2]
    assert "my secret note" not in text.replace('raise ValueError("my secret note about my calf")', "")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_environment_problem_gets_a_plain_message(qtbot, msgs, monkeypatch):
    from crampdiary.ui import errors

    monkeypatch.setattr(errors, "show_crash_dialog", lambda t, p: pytest.fail("not a bug"))
    exc = EnvironmentProblem("The disk is full, so the entry was not saved.", "Free some space.")
    errors.excepthook(type(exc), exc, None)
    assert msgs.calls == [("warning", "Cramp Diary", exc.message, "Free some space.")]
    assert not list(paths.log_dir().glob("crash-*.log"))


def test_excepthook_is_installed_first(monkeypatch):
    from crampdiary.ui import app, errors

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(app, "maybe_running", lambda: True)
    monkeypatch.setattr(app, "notify_running_instance", lambda key: True)  # stop after the check
    application, window = app.launch([])
    assert window is None and sys.excepthook is errors.excepthook


def test_corrupt_diary_offers_the_latest_good_backup(qtbot, msgs, monkeypatch):
    from crampdiary.core.backups import make_backup
    from crampdiary.core.db import open_diary
    from crampdiary.ui import app, messages
    from crampdiary.ui.main_window import MainWindow

    d = open_diary()
    uc.log_entry(d, "water", {"at": now_utc() - timedelta(hours=1), "ml": 321})
    backup = make_backup(d.path, paths.backup_dir(), "manual")
    d.close()
    paths.db_path().write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        p = paths.db_path().with_name(paths.db_path().name + suffix)
        if p.exists():
            p.unlink()
    asked = []

    def choose(parent, title, text, details, options):
        asked.append((text, details, options))
        return 0

    monkeypatch.setattr(messages, "choose", choose)
    win = MainWindow()
    qtbot.addWidget(win)
    with pytest.raises(DatabaseCorrupt) as info:
        open_diary()
    opened = []
    monkeypatch.setattr(app, "_open", lambda w: opened.append(w))
    assert app._open_failed(win, info.value) == "restored"
    ((text, details, options),) = asked
    assert backup.name in details and options[0] == "Restore that backup"
    assert opened == [win]
    d = open_diary()
    assert [w.ml for w in uc.list_entries(d, "water")] == [321]
    d.close()


# ---------------------------------------------------------------------------- single instance
def test_second_launch_raises_the_first_window(qtbot):
    from crampdiary.ui.app import InstanceServer, instance_key, notify_running_instance

    class Win:
        raised = 0

        def bring_forward(self):
            self.raised += 1

    from crampdiary.ui.app import maybe_running

    key = instance_key()
    assert notify_running_instance(key, 100) is False
    assert not maybe_running()
    win = Win()
    server = InstanceServer(key, win)
    try:
        assert (paths.data_dir() / "window.lock").read_text() == str(os.getpid())
        assert notify_running_instance(key) is True
        qtbot.waitUntil(lambda: win.raised == 1, timeout=3000)
    finally:
        server.close()
    assert not (paths.data_dir() / "window.lock").exists()


def test_lock_of_a_live_process_means_maybe_running():
    from crampdiary.ui.app import maybe_running

    lock = paths.data_dir() / "window.lock"
    lock.write_text(str(os.getppid()))
    assert maybe_running()
    lock.write_text("999999999")  # no such process: a stale lock after a crash
    assert not maybe_running()


def test_instance_key_depends_on_the_data_folder(tmp_path):
    from crampdiary.ui.app import instance_key

    a = instance_key()
    paths.set_data_dir(tmp_path / "other")
    assert instance_key() != a


# ---------------------------------------------------------------------------- the window
@pytest.fixture
def window(qtbot, ctl):
    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready):
        win.attach(ctl)
    return win


def test_views_and_shortcuts(window):
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert names == ["Today", "History", "Medicines", "Insights"]
    acts = window.actions_by_name
    for i in range(3):
        assert acts[f"view{i}"].shortcut() == QKeySequence(f"Ctrl+{i + 1}")
        acts[f"view{i}"].trigger()
        assert window.tabs.currentIndex() == i
    expected = {"cramp": "C", "dose": "D", "water_small": "W", "water_large": "Shift+W",
                "stretch": "S", "vitals": "V", "symptom": "Y"}
    for name, keys in expected.items():
        assert acts[name].shortcut() == QKeySequence(keys), name
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "a shortcut is used twice"


def test_quick_water_shortcut_updates_today(window, ctl):
    window.actions_by_name["water_small"].trigger()
    settle(ctl)  # written on the controller's worker
    assert window.today.total_water.value.text() == "250 ml"
    assert window.statusBar().currentMessage().startswith("Add drink")


def test_my_medicines_get_one_key_doses(window, ctl):
    done(ctl.save_medicine({"name": "tizanidine", "usual_amount": 2}))
    (act,) = window.med_actions
    assert act.shortcut() == QKeySequence("Alt+1")
    act.trigger()
    settle(ctl)  # written on the controller's worker
    (dose,) = uc.list_entries(ctl.diary, "dose")
    assert dose.amount == 2


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform
def test_flags_from_a_save_open_at_once(qtbot, window, ctl):
    with qtbot.waitSignal(ctl.flags_raised):
        done(ctl.log("dose", {"at": now_utc(), "drug": "tizanidine", "amount": 20}))
    (dlg,) = window.flag_dialogs
    assert dlg.isVisible()
    assert "tizanidine.single-dose" in {f.rule for f in dlg.flags}
    dlg.close()
    assert window.flag_dialogs == []


def test_geometry_is_remembered(qtbot, window):
    from crampdiary.ui.main_window import MainWindow

    window.show()
    qtbot.waitExposed(window)
    window.resize(760, 560)
    qtbot.waitUntil(lambda: window.width() == 760)
    window.tabs.setCurrentIndex(2)
    window.save_geometry()
    assert (paths.data_dir() / "window.ini").exists()
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)


def test_insights_tab_loads_lazily(qtbot, window, ctl):
    import sys

    assert window.insights is None
    window.tabs.setCurrentIndex(3)
    from crampdiary.ui import insights

    assert isinstance(window.insights, insights.InsightsView)
    qtbot.waitUntil(lambda: window.insights.idle, timeout=30_000)
    # behind another tab, a write marks the findings stale instead of recomputing them
    window.tabs.setCurrentIndex(0)
    done(ctl.log("water", {"at": now_utc(), "ml": 250}))
    assert window._insights_stale and window.insights.idle
    window.tabs.setCurrentIndex(3)
    assert not window._insights_stale
    qtbot.waitUntil(lambda: window.insights.idle, timeout=30_000)
    assert "matplotlib" in sys.modules


def test_backup_action_runs_in_a_worker(qtbot, window, msgs):
    relay = window.backup_now()
    qtbot.waitUntil(lambda: relay.finished, timeout=10_000)
    kind, title, text, details = msgs.calls[-1]
    assert kind == "information" and details.endswith(".sqlite3")
    assert os.path.exists(details)


def test_closing_hides_to_tray_only_when_asked(qtbot, window, ctl):
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.closed):
        window.close()
    assert not window.isVisible()


# ---------------------------------------------------------------------------- worker helper
def test_run_task_hands_back_result_and_error(qtbot):
    from PySide6.QtCore import QThread

    from crampdiary.ui.tasks import run_task

    got = []
    main = QThread.currentThread()
    r1 = run_task(lambda: QThread.currentThread() is not main,
                  lambda res: got.append(("done", res, QThread.currentThread() is main)))
    r2 = run_task(lambda: 1 / 0, None,
                  lambda exc: got.append(("failed", type(exc).__name__,
                                          QThread.currentThread() is main)))
    qtbot.waitUntil(lambda: r1.finished and r2.finished, timeout=5000)
    assert sorted(got) == [("done", True, True), ("failed", "ZeroDivisionError", True)]


# ---------------------------------------------------------------------------- import late
def test_window_shell_does_not_load_storage_or_charts():
    code = ("import sys; import crampdiary.ui.app, crampdiary.ui.main_window; "
            "bad = [m for m in ('sqlalchemy', 'sqlmodel', 'matplotlib', 'pydantic') "
            "if m in sys.modules]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_export_then_import_through_the_window(qtbot, window, ctl, msgs, tmp_path):
    done(ctl.log("water", {"at": now_utc() - timedelta(hours=2), "ml": 300}))
    done(ctl.log("cramp", {"at": now_utc() - timedelta(hours=1), "muscle": "calf", "severity": 4,
                      "note": 'quotes " and, commas'}))
    out = tmp_path / "export.json"
    task = window.export_to("json", out)
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert out.exists() and msgs.calls[-1][1] == "Export finished"
    assert msgs.calls[-1][2].startswith("2 entries")
    task = window.import_from(out)
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    assert msgs.calls[-1][2] == "0 entries added, 2 already present and skipped."
    assert uc.count_entries(ctl.diary) == 2


def test_import_of_a_bad_file_changes_nothing_and_says_why(qtbot, window, ctl, msgs, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"kind": "water", "at": "2026-03-01T08:00", "ml": -5}]', encoding="utf-8")
    task = window.import_from(bad)
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    kind, title, text, details = msgs.calls[-1]
    assert kind == "warning" and title == "Import failed" and "ml" in details
    assert uc.count_entries(ctl.diary) == 0


def test_restore_from_a_backup(qtbot, window, ctl, msgs):
    from crampdiary.core.backups import make_backup

    done(ctl.log("water", {"at": now_utc() - timedelta(hours=2), "ml": 300}))
    backup = make_backup(ctl.diary.path, paths.backup_dir(), "manual")
    done(ctl.log("water", {"at": now_utc() - timedelta(hours=1), "ml": 400}))
    from ui_support import drain

    drain()
    done(window.restore_from(backup))
    assert [w.ml for w in uc.list_entries(ctl.diary, "water")] == [300]
    assert window.today.total_water.value.text() in ("300 ml", "0 ml")  # 0 just after midnight
    assert msgs.calls[-1][1] == "Restored"
    assert not ctl.undo_stack.canUndo()
