"""Reminders that reach the user without a tray: a banner across the top of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .style import severity_color, tint


class ReminderBanner(QFrame):
    """'Time for …' in the window, until dismissed (or the next reminder replaces it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 10, 8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss.clicked.connect(self.hide)
        lay.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Reminder"))
        self.setVisible(False)

    def show_reminder(self, title: str, message: str) -> None:
        color = severity_color("info", self)
        self.setStyleSheet(f"QFrame#reminder {{ background: {tint(color, self, 0.18)};"
                           f" border-bottom: 2px solid {color}; }}")
        self.label.setText(f"<b>{_esc(title)}</b> — {_esc(message)}")
        self.setAccessibleDescription(f"{title}: {message}")
        self.setVisible(True)


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
