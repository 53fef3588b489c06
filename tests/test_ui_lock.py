"""The app lock of an encrypted diary: the passphrase at start, the lock after the idle
minutes (a fake clock, no sleeping), a half-filled form kept behind the lock, the key
forgotten while locked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from crampdiary import paths
from crampdiary.core import crypto
from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import now_utc
from crampdiary.settings import Settings, save_settings

pytest_plugins = ("ui_support",)
PASS = "lock me up please"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def encrypted(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(crypto.ENV_TEST_FAST_KDF, "1")
    monkeypatch.setenv("CRAMPDIARY_SKIP_FIRST_RUN", "1")
    for name in (crypto.ENV_PASSPHRASE, crypto.ENV_RECOVERY):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(crypto, "prompt", lambda label: None)
    from crampdiary.core.db import open_diary

    d = open_diary()
    uc.log_entry(d, "water", {"at": now_utc() - timedelta(hours=1), "ml": 333})
    d.close()
    save_settings(Settings(disclaimer_accepted=True))
    recovery = crypto.encrypt_diary(paths.db_path(), PASS)
    crypto.lock()
    yield recovery
    crypto.lock()


@pytest.fixture
def locked_window(qtbot, encrypted, msgs):
    from crampdiary.ui import app
    from crampdiary.ui.lock import AppLock
    from crampdiary.ui.main_window import MainWindow

    clock = FakeClock()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.app_lock = AppLock(win, paths.db_path(), clock=clock, watch_screen_saver=False)
    app._open(win)
    yield win, clock
    from crampdiary.ui.tasks import wait_for_workers

    wait_for_workers(30)
    if win.ctl is not None:
        win.ctl.close_reader()
        win.ctl.diary.close()


def _unlock(qtbot, win, secret: str) -> None:
    cover = win.app_lock.prompt_cover
    assert cover is not None and cover.field is not None
    cover.field.setText(secret)
    QTest.mouseClick(cover.button, Qt.MouseButton.LeftButton)
    # the key derivation runs on a worker: wait for its answer
    qtbot.waitUntil(lambda: not win.app_lock.checking, timeout=30_000)


def test_asks_for_the_passphrase_at_start(qtbot, locked_window) -> None:
    win, _ = locked_window
    lock = win.app_lock
    assert lock.locked and win.ctl is None and not crypto.unlocked()
    cover = lock.prompt_cover
    assert cover is not None and cover.parentWidget() is win and cover.isVisible()
    _unlock(qtbot, win, "not it")
    assert lock.locked and win.ctl is None
    assert "not right" in cover.error.text()
    assert cover.field.text() == ""  # a typed passphrase does not stay in the widget
    with qtbot.waitSignal(win.ready, timeout=30_000):
        _unlock(qtbot, win, PASS)
    assert not lock.locked and not lock.covers
    assert [w.ml for w in uc.list_entries(win.ctl.diary, "water")] == [333]


def test_the_recovery_key_unlocks_too(qtbot, locked_window, encrypted) -> None:
    win, _ = locked_window
    with qtbot.waitSignal(win.ready, timeout=30_000):
        _unlock(qtbot, win, encrypted.lower())
    assert win.ctl is not None


def test_locks_after_the_idle_minutes_and_forgets_the_key(qtbot, locked_window) -> None:
    win, clock = locked_window
    with qtbot.waitSignal(win.ready, timeout=30_000):
        _unlock(qtbot, win, PASS)
    lock = win.app_lock
    assert win.ctl.settings.lock_idle_minutes == 10  # the default
    uc.list_entries(win.ctl.diary, "water")  # a live connection
    assert win.ctl.diary._con is not None
    clock.now += 9 * 60 + 59
    assert lock.check_idle() is False and not lock.locked
    QTest.keyClick(win.tabs, Qt.Key.Key_Right)  # activity: the idle time starts again
    clock.now += 9 * 60
    assert lock.check_idle() is False
    clock.now += 60
    assert lock.check_idle() is True
    assert lock.locked and not crypto.unlocked() and crypto._state.key is None
    assert win.ctl.diary._con is None and win.ctl.diary._engine is None
    assert win.windowTitle() == "Cramp Diary (locked)"
    assert not win.reminders.timer.isActive()
    # a shortcut behind the lock does nothing (C would open the cramp dialog)
    opened = []
    win.make_entry_dialog = lambda *a, **k: opened.append(a)  # type: ignore[method-assign]
    QTest.keyClick(win, Qt.Key.Key_C)
    assert opened == []
    _unlock(qtbot, win, PASS)
    assert not lock.locked and crypto.unlocked()
    assert win.windowTitle() == "Cramp Diary"
    assert [w.ml for w in uc.list_entries(win.ctl.diary, "water")] == [333]
    assert win.reminders.timer.isActive()


def test_idle_minutes_come_from_settings_and_zero_never_locks(qtbot, locked_window) -> None:
    win, clock = locked_window
    with qtbot.waitSignal(win.ready, timeout=30_000):
        _unlock(qtbot, win, PASS)
    lock = win.app_lock
    win.ctl.settings = Settings(disclaimer_accepted=True, lock_idle_minutes=2)
    clock.now += 119
    assert not lock.check_idle()
    clock.now += 1
    assert lock.check_idle()
    _unlock(qtbot, win, PASS)
    win.ctl.settings = Settings(disclaimer_accepted=True, lock_idle_minutes=0)
    clock.now += 24 * 3600
    assert not lock.check_idle() and not lock.locked


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform
def test_half_filled_form_is_kept_behind_the_lock(qtbot, locked_window) -> None:
    win, clock = locked_window
    with qtbot.waitSignal(win.ready, timeout=30_000):
        _unlock(qtbot, win, PASS)
    lock = win.app_lock
    seen: dict[str, object] = {}
    dlg = win.make_entry_dialog("cramp")

    def while_open() -> None:
        dlg.note.setPlainText("half a sentence about my calf")
        clock.now += 10 * 60
        assert lock.check_idle()
        seen["visible"] = dlg.isVisible()
        cover = lock.covers.get(id(dlg))
        seen["cover_on_dialog"] = cover is not None and cover.isVisible()
        seen["prompt_on_dialog"] = cover is not None and cover.field is not None
        seen["title"] = dlg.windowTitle()
        QTest.keyClicks(dlg.note, "xyz")  # typing behind the lock is swallowed
        seen["note_while_locked"] = dlg.note.toPlainText()
        _unlock(qtbot, win, PASS)
        seen["note_after"] = dlg.note.toPlainText()
        seen["title_after"] = dlg.windowTitle()
        dlg.reject()

    QTimer.singleShot(0, while_open)
    dlg.exec()
    assert seen["visible"] and seen["cover_on_dialog"] and seen["prompt_on_dialog"]
    assert seen["title"] == "Cramp Diary (locked)"
    assert seen["note_while_locked"] == "half a sentence about my calf"
    assert seen["note_after"] == "half a sentence about my calf"
    assert seen["title_after"] != "Cramp Diary (locked)"


def test_screen_locked_by_the_desktop_locks_the_app(qtbot, locked_window) -> None:
    win, _ = locked_window
    with qtbot.waitSignal(win.ready, timeout=30_000):
        _unlock(qtbot, win, PASS)
    lock = win.app_lock
    lock.screen_saver_changed(False)
    assert not lock.locked
    lock.screen_saver_changed(True)
    assert lock.locked and not crypto.unlocked()


def test_plain_diary_has_no_lock(qtbot, msgs, monkeypatch) -> None:
    from crampdiary.ui import app
    from crampdiary.ui.main_window import MainWindow

    monkeypatch.setenv("CRAMPDIARY_SKIP_FIRST_RUN", "1")
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=30_000):
        app._open(win)
    assert getattr(win, "app_lock", None) is None
    from crampdiary.ui.tasks import wait_for_workers

    wait_for_workers(30)
    win.ctl.close_reader()
    win.ctl.diary.close()


def test_settings_dialog_sets_the_lock_minutes(qtbot, encrypted, msgs) -> None:
    from crampdiary.core.db import open_diary
    from crampdiary.ui.controller import DiaryController
    from crampdiary.ui.settings_dialog import SettingsDialog

    crypto.unlock(paths.db_path(), passphrase=PASS)
    d = open_diary()
    try:
        ctl = DiaryController(d, Settings(disclaimer_accepted=True))
        dlg = SettingsDialog(ctl)
        qtbot.addWidget(dlg)
        assert dlg.lock_minutes.isEnabled() and dlg.lock_minutes.value() == 10
        dlg.lock_minutes.setValue(3)
        assert dlg.values().lock_idle_minutes == 3
        dlg.accept()
        from crampdiary.settings import load_settings

        assert load_settings().lock_idle_minutes == 3
    finally:
        d.close()


def test_screen_saver_watch_is_harmless_without_a_session_bus(qtbot, encrypted) -> None:
    """No session bus (as here): the lock still works, with no Qt warning."""
    from PySide6.QtWidgets import QWidget

    from crampdiary.ui.lock import AppLock

    w = QWidget()
    qtbot.addWidget(w)
    lock = AppLock(w, paths.db_path(), clock=FakeClock())
    assert lock.screen_saver_connected in (True, False)
    lock.lock()
    assert lock.locked and lock.prompt_cover is not None


def test_the_passphrase_is_checked_off_the_ui_thread(qtbot, locked_window, monkeypatch) -> None:
    """The key derivation is slow on purpose; the window keeps running meanwhile."""
    import threading

    win, _ = locked_window
    gate, inside = threading.Event(), threading.Event()
    real = crypto.unlock

    def slow_unlock(*args, **kwargs):
        inside.set()
        assert gate.wait(10), "the test never let the check go"
        return real(*args, **kwargs)

    monkeypatch.setattr(crypto, "unlock", slow_unlock)
    cover = win.app_lock.prompt_cover
    cover.field.setText(PASS)
    QTest.mouseClick(cover.button, Qt.MouseButton.LeftButton)
    assert inside.wait(10)
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=5_000)  # the UI thread runs its events
    assert win.app_lock.checking and win.app_lock.locked
    assert not cover.button.isEnabled() and "Checking" in cover.error.text()
    with qtbot.waitSignal(win.ready, timeout=30_000):
        gate.set()
    assert not win.app_lock.locked and win.ctl is not None
