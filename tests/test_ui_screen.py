"""Any screen: the window and every dialog fit 1366×768 at 100 % and 125 %; a saved geometry
comes back only if it fits; below their natural size the forms scroll instead of clipping."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QByteArray, QPoint, QRect
from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from crampdiary.ui import screen
from crampdiary.ui.entry_dialogs import DIALOGS

pytest_plugins = ("ui_support",)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no WM

# A 1366×768 laptop with a 28 px panel, in logical pixels: at 100 % and at 125 % scaling.
LAPTOP = {"100%": QRect(0, 28, 1366, 740), "125%": QRect(0, 22, 1093, 592)}


@pytest.fixture(params=sorted(LAPTOP))
def avail(request, monkeypatch):
    rect = LAPTOP[request.param]
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(rect))
    return rect


def fits(widget, avail: QRect) -> bool:
    allowance = screen.FRAME_ALLOWANCE
    return (widget.width() + allowance.width() <= avail.width()
            and widget.height() + allowance.height() <= avail.height())


def test_fit_size_and_geometry_fits():
    a = QRect(0, 0, 1366, 768)
    s = screen.fit_size(screen.QSize(1280, 840), a)
    assert (s.width(), s.height()) == (1280, 768 - screen.FRAME_ALLOWANCE.height())
    assert screen.geometry_fits(QRect(10, 10, 1000, 700), a)
    assert not screen.geometry_fits(QRect(500, 10, 1000, 700), a)  # runs off the right edge
    assert not screen.geometry_fits(QRect(0, 0, 1400, 700), a)
    assert not screen.geometry_fits(QRect(-3000, 0, 800, 600), a)  # a screen that is gone


def test_main_window_fits_the_screen_with_its_status_bar(qtbot, ctl, avail):
    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready):
        win.attach(ctl)
    assert fits(win, avail), (win.size(), avail)
    assert win.minimumWidth() <= avail.width() and win.minimumHeight() <= avail.height()
    win.show()
    qtbot.waitExposed(win)
    bar = win.statusBar()
    bottom = bar.mapTo(win, QPoint(0, bar.height()))
    assert bar.isVisible() and bottom.y() <= win.height()


def test_a_saved_geometry_that_does_not_fit_is_not_restored(qtbot, monkeypatch):
    from crampdiary.ui.main_window import MainWindow, window_settings

    big = QRect(0, 0, 1920, 1080)
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(big))
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.save_geometry()
    assert isinstance(window_settings().value("main/geometry"), QByteArray | bytes)
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)  # it fits: restored
    tiny = QRect(0, 0, 700, 500)  # e.g. the saved window was on a larger monitor, now gone
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(tiny))
    third = MainWindow()
    qtbot.addWidget(third)
    assert (third.width(), third.height()) != (760, 560)
    assert third.width() <= 700 and third.height() <= 500


@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_every_entry_dialog_fits_and_save_stays_in_view(qtbot, ctl, avail, kind):
    dlg = DIALOGS[kind](ctl, None, None)
    qtbot.addWidget(dlg)
    assert fits(dlg, avail), (kind, dlg.size())
    dlg.show()
    qtbot.waitExposed(dlg)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    top_left = save.mapTo(dlg, QPoint(0, 0))
    assert QRect(QPoint(0, 0), dlg.size()).contains(QRect(top_left, save.size())), kind
    # The form scrolls inside the dialog; it is never laid out larger than the dialog.
    assert isinstance(dlg.scroll, QScrollArea)
    assert dlg.minimumSizeHint().height() < avail.height() - 40


def test_the_cramp_form_scrolls_at_125_percent(qtbot, ctl, monkeypatch):
    rect = LAPTOP["125%"]
    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(rect))
    dlg = DIALOGS["cramp"](ctl, None, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    bar = dlg.scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form is taller than the dialog: it must scroll"
    dlg.scroll.ensureWidgetVisible(dlg.relief_score)
    assert bar.value() > 0


@pytest.mark.parametrize("name", ["settings", "medicine", "flags", "first-run"])
def test_other_dialogs_fit(qtbot, ctl, avail, name):
    from types import SimpleNamespace

    from crampdiary.core.timeutil import now_utc
    from crampdiary.ui.first_run import FirstRunDialog
    from crampdiary.ui.flags import FlagsDialog
    from crampdiary.ui.medicines import MedicineDialog
    from crampdiary.ui.settings_dialog import SettingsDialog

    flags = [SimpleNamespace(rule="r", severity="warning", title="T", message="M " * 80,
                             at=now_utc(), entries=(), source="") for _ in range(6)]
    dlg = {"settings": lambda: SettingsDialog(ctl), "medicine": lambda: MedicineDialog(ctl),
           "flags": lambda: FlagsDialog(flags, "x"),
           "first-run": lambda: FirstRunDialog(ctl)}[name]()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert fits(dlg, avail), (name, dlg.size())


def test_today_stacks_its_columns_when_narrow(qtbot, ctl):
    from PySide6.QtWidgets import QBoxLayout

    from crampdiary.ui.today import TodayView

    view = TodayView(ctl)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitUntil(lambda: view.cols.direction() == QBoxLayout.Direction.TopToBottom)
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: view.cols.direction() == QBoxLayout.Direction.LeftToRight)
