"""Keyboard first: a calf cramp, right side, 03:10, severity 7, with key presses only."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import local_date, now_utc, to_local, to_utc
from crampdiary.ui.entry_dialogs import CrampDialog, DoseDialog

pytest_plugins = ("ui_support",)

from ui_support import submit  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no WM


def shown(qtbot, dlg):
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dlg


def press(qtbot, key, text: str | None = None) -> None:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    if text is not None:
        qtbot.keyClicks(w, text)
    else:
        qtbot.keyClick(w, key)


def test_keyboard_only_cramp_calf_right_0310_severity_7(qtbot, ctl):
    dlg = shown(qtbot, CrampDialog(ctl))
    # Focus opens on the first field that matters: the body area grid.
    assert QApplication.focusWidget() is dlg.muscle.by_value["neck"]
    # Arrow keys move inside the grid: Neck -> down x3 -> Calf (the lower-leg row).
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dlg.muscle.by_value["calf"]
    press(qtbot, Qt.Key.Key_Space)
    assert dlg.muscle.value() == "calf"
    press(qtbot, Qt.Key.Key_Tab)  # the grid is one Tab stop: on to the side
    assert QApplication.focusWidget() is dlg.side.by_value["left"]
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is dlg.side.by_value["right"]
    press(qtbot, Qt.Key.Key_Return)
    assert dlg.side.value() == "right"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.severity.slider
    press(qtbot, None, "7")
    assert dlg.severity.value() == 7
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dlg.when.time_edit
    press(qtbot, None, "0310")
    assert dlg.when.time_edit.time().toString("HH:mm") == "03:10"
    press(qtbot, Qt.Key.Key_Return)  # Enter in a form field saves (the default button)
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dlg.result() == QDialog.DialogCode.Accepted
    (rec,) = uc.list_entries(ctl.diary, "cramp")
    loc = to_local(rec.at)
    assert (rec.muscle, rec.side, rec.severity) == ("calf", "right", 7)
    assert (loc.hour, loc.minute, loc.second, loc.microsecond) == (3, 10, 0, 0)
    assert loc.date() == local_date(now_utc())


def test_tab_and_arrows_wrap_inside_the_groups(qtbot, ctl):
    dlg = shown(qtbot, CrampDialog(ctl))
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is dlg.muscle.by_value["shoulder"]
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)  # nothing left of Neck: focus stays in the grid
    assert QApplication.focusWidget() is dlg.muscle.by_value["neck"]
    dlg.muscle.by_value["back"].click()
    # The chosen button is the group's Tab stop.
    assert dlg.muscle.by_value["back"].focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert dlg.muscle.by_value["neck"].focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_time_box_never_moves_on_its_own(qtbot, ctl):
    dlg = shown(qtbot, CrampDialog(ctl))
    dlg.when.time_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.when.time_edit)
    press(qtbot, None, "0310")
    assert dlg.when.time_edit.time().toString("HH:mm") == "03:10"
    # Typing the hour again, with the colon, gives the same minute.
    dlg.when.time_edit.setCurrentSection(dlg.when.time_edit.Section.HourSection)
    press(qtbot, None, "03:10")
    assert dlg.when.time_edit.time().toString("HH:mm") == "03:10"
    v = to_local(dlg.when.value())
    assert (v.hour, v.minute, v.second) == (3, 10, 0)


def test_completer_takes_enter_without_leaking_the_next_digit(qtbot, ctl):
    dlg = shown(qtbot, DoseDialog(ctl))
    assert QApplication.focusWidget() is dlg.drug
    qtbot.keyClicks(dlg.drug, "Zanaf")
    popup = dlg.drug.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    press(qtbot, None, "4")
    assert dlg.drug.text() == "Zanaflex"
    assert dlg.amount.value() == 4
    assert dlg.isVisible(), "Enter in the completer must not save"


def test_whole_minutes_from_presets(qtbot, ctl):
    dlg = shown(qtbot, CrampDialog(ctl))
    for key in (15, 30, 60, "night", "morning"):
        dlg.when.buttons[key].click()
        v = dlg.when.value()
        assert (v.second, v.microsecond) == (0, 0)
        assert v <= now_utc()


def test_last_night_and_this_morning_are_local_times():
    from crampdiary.ui.widgets import WhenPicker

    now = to_utc(datetime(2026, 3, 29, 9, 30))  # Berlin: clocks went forward at 02:00
    night, morning = WhenPicker.preset("night", now), WhenPicker.preset("morning", now)
    assert (to_local(night).hour, to_local(night).day) == (3, 29)
    assert (to_local(morning).hour, to_local(morning).day) == (7, 29)
    early = to_utc(datetime(2026, 3, 29, 2, 30)) if False else to_utc(datetime(2026, 3, 29, 1, 30))
    n2 = to_local(WhenPicker.preset("night", early))
    assert (n2.day, n2.hour) == (28, 3)
    m2 = to_local(WhenPicker.preset("morning", early))
    assert (m2.day, m2.hour) == (28, 7)
    assert WhenPicker.preset("morning", early) < early
    assert early - WhenPicker.preset("night", early) < timedelta(days=1)


@pytest.mark.parametrize("kind,field", [("dose", "drug"), ("water", "amount"),
                                        ("stretch", "minutes"), ("vitals", "systolic"),
                                        ("symptom", "name")])
def test_focus_opens_on_the_field_that_matters(qtbot, ctl, kind, field):
    from crampdiary.ui.entry_dialogs import DIALOGS

    dlg = shown(qtbot, DIALOGS[kind](ctl, None, None))
    assert QApplication.focusWidget() is getattr(dlg, field)


def test_a_known_medicine_opens_on_the_amount(qtbot, ctl):
    dlg = shown(qtbot, DoseDialog(ctl, drug="tizanidine"))
    assert QApplication.focusWidget() is dlg.amount


def test_a_typed_time_is_a_whole_minute_not_the_seconds_of_opening(qtbot, ctl):
    from PySide6.QtCore import QDate, QTime

    dlg = shown(qtbot, DoseDialog(ctl))
    dlg.drug.setText("tizanidine")
    dlg.amount.setValue(4)
    want = to_local(now_utc() - timedelta(hours=2))
    dlg.when.date_edit.setDate(QDate(want.year, want.month, want.day))
    dlg.when.time_edit.setTime(QTime(want.hour, want.minute))
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "dose")
    loc = to_local(rec.at)
    assert (loc.hour, loc.minute, loc.second, loc.microsecond) == (want.hour, want.minute, 0, 0)
