"""Fitting windows and dialogs to the screen they are on.

Everything asks ``available_geometry()`` (the screen minus panels and docks), so a
test can pretend to be a 1366×768 laptop, at 100 % or 125 %, by replacing it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# What a window may take of the available screen, at most (the rest is the frame).
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The usable part of the screen the widget is on (or the primary screen)."""
    screen = None
    if widget is not None:
        handle = widget.window().windowHandle()
        screen = handle.screen() if handle is not None else None
        if screen is None:
            screen = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # pragma: no cover - no screen at all
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def usable_size(avail: QRect) -> QSize:
    """The largest client area that fits ``avail`` with the window frame around it."""
    return QSize(max(200, avail.width() - FRAME_ALLOWANCE.width()),
                 max(200, avail.height() - FRAME_ALLOWANCE.height()))


def fit_size(preferred: QSize, avail: QRect) -> QSize:
    """``preferred``, shrunk where needed to fit the available screen."""
    room = usable_size(avail)
    return QSize(min(preferred.width(), room.width()), min(preferred.height(), room.height()))


def geometry_fits(rect: QRect, avail: QRect) -> bool:
    """A saved window rectangle lies entirely on the available screen."""
    return (rect.isValid() and avail.contains(rect.topLeft()) and rect.width() <= avail.width()
            and rect.height() <= avail.height() and avail.contains(rect.bottomRight()))


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> QSize:
    """Resize a dialog or window to ``preferred`` (else its size hint), within the screen;
    and centre it on the screen if it has no parent to sit on."""
    avail = available_geometry(widget)
    want = preferred if preferred is not None else widget.sizeHint()
    size = fit_size(want, avail)
    room = usable_size(avail)
    widget.setMaximumSize(max(room.width(), widget.minimumWidth()),
                          max(room.height(), widget.minimumHeight()))
    widget.resize(size)
    return size


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """``content`` inside a frameless scroll area: below its size it scrolls, never clips."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
