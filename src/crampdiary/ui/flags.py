"""How flags look: a coloured row per flag, a dialog with the full message and source,
and the red-flag banner that cannot be missed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.timeutil import to_local
from .screen import fit_to_screen
from .style import DANGER, severity_color, tint

SEVERITY_WORDS = {"danger": "Danger", "warning": "Warning", "info": "Note"}


def source_text(source: str) -> str:
    if not source:
        return ""
    try:
        from ..core.catalog import load_catalog

        return load_catalog().source_text(source)
    except (OSError, ValueError, KeyError):
        return source


def when_text(dt: Any) -> str:
    try:
        from .localefmt import strftime

        return strftime(to_local(dt), "%a %d %b %Y, %H:%M")
    except (AttributeError, TypeError, ValueError):
        return ""


SEVERITY_ORDER = {"danger": 0, "warning": 1, "info": 2}


def group_flags(flags: Sequence[Any]) -> list[list[Any]]:
    """Flags of the same rule together, newest first; the most severe groups first."""
    groups: dict[str, list[Any]] = {}
    for f in flags:
        groups.setdefault(f.rule, []).append(f)
    out = [sorted(g, key=lambda f: f.at, reverse=True) for g in groups.values()]
    out.sort(key=lambda g: (SEVERITY_ORDER.get(g[0].severity, 3), -g[0].at.timestamp()))
    return out


def short_when(dt: Any) -> str:
    try:
        from .localefmt import strftime

        return strftime(to_local(dt), "%a %d %b, %H:%M")
    except (AttributeError, TypeError, ValueError):
        return ""


class FlagRow(QFrame):
    """One flag (or a group of alike flags), coloured by severity; click, Enter or Space
    opens the full message and source.  ``activated`` carries the list of flags."""

    activated = Signal(object)

    def __init__(self, flag: Any, parent: QWidget | None = None, count: int = 1,
                 group: list[Any] | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        self.group = group or [flag]
        color = severity_color(flag.severity, self)
        self.setObjectName("flagrow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            f"QFrame#flagrow {{ border-left: 6px solid {color}; border-radius: 4px;"
            f" background: {tint(color, self)}; }}"
            f"QFrame#flagrow:focus {{ border: 2px solid {color}; border-left: 6px solid {color}; }}")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        sev = QLabel(self.tr(SEVERITY_WORDS.get(flag.severity, flag.severity)), self)
        sev.setAccessibleName(self.tr("Severity: {s}").format(
            s=self.tr(SEVERITY_WORDS.get(flag.severity, flag.severity))))
        sev.setStyleSheet(f"color: {color}; font-weight: bold;")
        sev.setMinimumWidth(70)
        sev.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(1)
        title = QLabel(flag.title, self)
        title.setWordWrap(True)
        when_txt = short_when(flag.at)
        if count > 1:
            when_txt = self.tr("{n} times in 7 days · latest {when}").format(n=count, when=when_txt)
        elif getattr(flag, "first_at", None) is not None and flag.first_at < flag.at:
            # an ongoing flag: one row per episode, with when it began
            when_txt = self.tr("since {first} · latest {when}").format(
                first=short_when(flag.first_at), when=when_txt)
        when = QLabel(when_txt, self)
        when.setStyleSheet("color: palette(placeholder-text);")
        text.addWidget(title)
        text.addWidget(when)
        lay.addWidget(sev)
        lay.addLayout(text, 1)
        self.setAccessibleName(f"{self.tr(SEVERITY_WORDS.get(flag.severity, flag.severity))}: "
                               f"{flag.title}")
        self.setAccessibleDescription(getattr(flag, "message", "") or "")
        self.setToolTip(self.tr("Click to read the full message and its source"))

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.group)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.group)
            return
        super().keyPressEvent(event)


class FlagsDialog(QDialog):
    """The full text of one or more flags, each with its source."""

    def __init__(self, flags: Sequence[Any], title: str = "", parent: QWidget | None = None,
                 undo: Any = None) -> None:
        super().__init__(parent)
        self.flags = list(flags)
        self._undo = undo
        self.setWindowTitle(title or self.tr("What the diary noticed"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(area)
        lay = QVBoxLayout(inner)
        for f in self.flags:
            color = severity_color(f.severity, self)
            box = QFrame(inner)
            box.setObjectName("flagbox")
            box.setStyleSheet(f"QFrame#flagbox {{ border-left: 6px solid {color};"
                              f" background: {tint(color, self)}; border-radius: 4px; }}")
            bl = QVBoxLayout(box)
            head = QLabel(f"<b>{_esc(self.tr(SEVERITY_WORDS.get(f.severity, f.severity)))}:</b> "
                          f"{_esc(f.title)}", box)
            head.setWordWrap(True)
            head.setStyleSheet(f"color: {color}; font-size: 115%;")
            msg = QLabel(_esc(f.message), box)
            msg.setWordWrap(True)
            msg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            meta = QLabel(self.tr("When: {when}   ·   Source: {src}   ·   Rule: {rule}").format(
                when=when_text(f.at), src=_esc(source_text(f.source)) or "—", rule=f.rule), box)
            meta.setWordWrap(True)
            meta.setStyleSheet("color: palette(placeholder-text);")
            bl.addWidget(head)
            bl.addWidget(msg)
            bl.addWidget(meta)
            word = self.tr(SEVERITY_WORDS.get(f.severity, f.severity))
            box.setAccessibleName(f"{word}: {f.title}")
            box.setAccessibleDescription(f.message)
            msg.setAccessibleName(f"{word}: {f.title}")
            msg.setAccessibleDescription(f.message)
            lay.addWidget(box)
        lay.addStretch(1)
        area.setWidget(inner)
        outer.addWidget(area)
        note = QLabel(self.tr("Cramp Diary informs; it does not prescribe. Talk to your prescriber "
                              "before changing how you take a medicine."), self)
        note.setWordWrap(True)
        outer.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.undo_button: QPushButton | None = None
        if undo is not None:
            self.undo_button = buttons.addButton(self.tr("Undo this entry"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
            self.undo_button.setAccessibleName(self.tr("Undo the entry that raised this flag"))
            self.undo_button.setToolTip(self.tr("Take the entry back, as Ctrl+Z would"))
            self.undo_button.clicked.connect(self.undo_entry)
        outer.addWidget(buttons)
        fit_to_screen(self, QSize(600, min(700, 180 + 150 * len(self.flags))))


    def undo_entry(self) -> bool:
        """Undo the saved entry (only if nothing was done since) and close."""
        done = bool(self._undo()) if self._undo is not None else False
        if self.undo_button is not None:
            self.undo_button.setEnabled(False)
        if done:
            self.accept()
        else:
            self.undo_button.setText(self.tr("Already changed since"))  # type: ignore[union-attr]
        return done


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RedFlagBanner(QFrame):
    """Danger-coloured, full width, impossible to overlook: seek care now."""

    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redflag")
        self.setStyleSheet(f"QFrame#redflag {{ background: {DANGER}; border-radius: 6px; }}"
                           "QFrame#redflag QLabel { color: white; }")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        text = QVBoxLayout()
        self.title = QLabel(self.tr("Red-flag symptoms logged: seek medical care now"), self)
        f = self.title.font()
        if f.pointSizeF() > 0:
            f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.body)
        lay.addLayout(text, 1)
        self.details = QPushButton(self.tr("What this means"), self)
        self.details.setAccessibleName(self.tr("Read what the red-flag symptoms mean"))
        self.details.clicked.connect(self.details_requested)
        lay.addWidget(self.details, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Red-flag warning"))
        self.setVisible(False)

    def show_for(self, labels: Sequence[str], when: str) -> None:
        self.body.setText(self.tr(
            "On {when} you logged: {what}. These can be signs of a serious problem (for example "
            "nerve compression or muscle breakdown). Contact a doctor, urgent care or emergency "
            "services now; do not wait for the next appointment.").format(
                when=when, what=", ".join(labels)))
        self.setVisible(True)
