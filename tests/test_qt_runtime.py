"""The Qt binding in use does not leak references to None (PySide6 6.12.0 on Python 3.11
does, one per call, and the window then dies after about 85 minutes; pyproject pins
below it there)."""

from __future__ import annotations

import sys


def test_qt_calls_do_not_leak_none(qapp):
    from PySide6.QtWidgets import QApplication, QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(2000):
        QApplication.processEvents()
        label.setText(str(i))
    label.deleteLater()
    assert sys.getrefcount(None) >= before - 50
