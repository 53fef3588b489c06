"""As a screen reader sees it: every control the keyboard can reach has a name and a role
in Qt's accessibility tree (what the AT-SPI bridge hands on); flags are read with their
severity; charts have a text alternative (tests/test_ui_insights.py checks the sentence)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from crampdiary.ui.entry_dialogs import DIALOGS

pytest_plugins = ("ui_support",)

from ui_support import done  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no WM


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets without an accessible name (own, from their text or a buddy label)."""
    bad = []
    for w in [root, *root.findChildren(QWidget)]:
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isEnabled():
            continue
        if w.focusProxy() is not None:
            continue  # the proxy is the control
        if w.window() is not root:
            continue  # a popup of its own (a completer's or a combo box's list)
        if isinstance(w, QAbstractScrollArea) and w.viewport() is not None and \
                type(w).__name__ == "QScrollArea":
            continue  # a plain scroll container, not a control
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None and iface.isValid()
        name = iface.text(QAccessible.Text.Name).strip()
        role = iface.role()
        if not name or role == QAccessible.Role.NoRole:
            bad.append(f"{type(w).__name__} {w.objectName() or ''} ({w.toolTip()[:40]})")
    return bad


@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_every_control_of_the_entry_dialogs_has_a_name(qtbot, ctl, kind):
    dlg = DIALOGS[kind](ctl, None, None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert unnamed(dlg) == []


def test_every_control_of_the_main_window_has_a_name(qtbot, ctl):
    from crampdiary.ui.main_window import MainWindow

    done(ctl.save_medicine({"name": "tizanidine", "usual_amount": 2}))
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready):
        win.attach(ctl)
    win.show()
    for i in range(3):
        win.tabs.setCurrentIndex(i)
    assert unnamed(win) == []


@pytest.mark.parametrize("name", ["settings", "medicine"])
def test_other_dialogs_name_their_controls(qtbot, ctl, name):
    from crampdiary.ui.medicines import MedicineDialog
    from crampdiary.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctl) if name == "settings" else MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.show()
    assert unnamed(dlg) == []


def test_flags_are_read_with_their_severity(qtbot, ctl):
    from datetime import timedelta

    from crampdiary.core.timeutil import now_utc
    from crampdiary.ui.today import TodayView
    from ui_support import drain

    now = now_utc()
    done(ctl.log("dose", {"at": now - timedelta(hours=3), "drug": "tizanidine", "amount": 4}))
    done(ctl.log("dose", {"at": now - timedelta(hours=1), "drug": "tizanidine", "amount": 20}))
    view = TodayView(ctl)
    qtbot.addWidget(view)
    drain()
    qtbot.waitUntil(lambda: bool(view.flag_rows))
    words = {"danger": "Danger", "warning": "Warning", "info": "Note"}
    for row in view.flag_rows:
        iface = QAccessible.queryAccessibleInterface(row)
        name = iface.text(QAccessible.Text.Name)
        assert name.startswith(words[row.flag.severity] + ": "), name
        assert row.flag.title in name


def test_the_walk_finds_an_unnamed_control(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    lay = QVBoxLayout(root)
    bare, labelled = QLineEdit(root), QLineEdit(root)
    lab = QLabel("Amount", root)
    lab.setBuddy(labelled)
    lay.addWidget(bare)
    lay.addWidget(lab)
    lay.addWidget(labelled)
    assert unnamed(root) == ["QLineEdit  ()"]
