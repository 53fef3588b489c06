"""Small building blocks for the forms: a field with an error line, the time picker,
the body-area picker and the 0..10 scale."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QDateEdit,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..core.timeutil import UTC, now_utc
from ..core.vocab import MUSCLES, SIDES
from .style import ERROR_BORDER


def to_qdatetime(dt: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(dt.timestamp() * 1000))


def from_qdatetime(q: QDateTime) -> datetime:
    return datetime.fromtimestamp(q.toMSecsSinceEpoch() / 1000, UTC)


class CompletionGuard:
    """Return picks a completion; it must not also press the dialog's default button.

    QCompleter handles Return first (emitting ``activated``), then the key goes on
    to the dialog.  While ``active`` (until the event loop turns once), dialogs
    ignore their accept, and focus moves on to ``next_widget``.
    """

    def __init__(self, line_edit: QWidget, next_widget: QWidget | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.active = False
        self.next_widget = next_widget
        self._timer = QTimer(line_edit)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._reset)
        comp = line_edit.completer()  # type: ignore[attr-defined]
        comp.activated.connect(self._activated)

    def _activated(self, _text: str) -> None:
        self.active = True
        self._timer.start()
        if self.next_widget is not None:
            self.next_widget.setFocus()
            if isinstance(self.next_widget, QAbstractSpinBox):
                self.next_widget.selectAll()  # typing replaces the placeholder value

    def _reset(self) -> None:
        self.active = False


class FieldBox(QFrame):
    """One form field: the control, and below it a line for the reason it was refused."""

    def __init__(self, control: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldbox")
        self.control = control
        lay = QVBoxLayout(self)
        lay.setContentsMargins(3, 3, 3, 3)
        lay.setSpacing(2)
        lay.addWidget(control)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_BORDER}; font-weight: bold;")
        self.error_label.setVisible(False)
        self.error_label.setAccessibleName(self.tr("Error"))
        lay.addWidget(self.error_label)

    def set_error(self, message: str | None) -> None:
        if message:
            self.setStyleSheet(f"QFrame#fieldbox {{ border: 2px solid {ERROR_BORDER}; "
                               "border-radius: 5px; }")
            self.error_label.setText(message)
            self.error_label.setVisible(True)
            self.setProperty("error", True)
        else:
            self.setStyleSheet("")
            self.error_label.clear()
            self.error_label.setVisible(False)
            self.setProperty("error", False)

    def has_error(self) -> bool:
        return bool(self.property("error"))


class WhenPicker(QWidget):
    """Now by default; '15 / 30 / 60 min ago' shortcuts; a date-time editor for backdating.

    Until the user changes the time, ``value()`` is the moment of saving, so a
    dialog left open for a minute still logs 'now'.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.edit.setAccessibleName(self.tr("Date and time"))
        self.edit.setToolTip(self.tr("When it happened. Change it to log something from earlier."))
        self.edit.setDateTime(to_qdatetime(now_utc()))
        self.edit.dateTimeChanged.connect(self._changed)
        lay.addWidget(self.edit, 1)
        self.buttons: dict[int, QPushButton] = {}
        now_b = QPushButton(self.tr("Now"), self)
        now_b.setAccessibleName(self.tr("Set the time to now"))
        now_b.clicked.connect(self.set_now)
        lay.addWidget(now_b)
        for minutes in (15, 30, 60):
            b = QPushButton(self.tr("{n} min ago").format(n=minutes), self)
            b.setAccessibleName(self.tr("{n} minutes ago").format(n=minutes))
            b.setToolTip(self.tr("Set the time to {n} minutes ago").format(n=minutes))
            b.clicked.connect(lambda _=False, m=minutes: self.set_ago(m))
            lay.addWidget(b)
            self.buttons[minutes] = b

    def _changed(self) -> None:
        self._touched = True

    def set_now(self) -> None:
        self.edit.blockSignals(True)
        self.edit.setDateTime(to_qdatetime(now_utc()))
        self.edit.blockSignals(False)
        self._touched = False

    def set_ago(self, minutes: int) -> None:
        self.set_value(now_utc() - timedelta(minutes=minutes))

    def set_value(self, dt: datetime) -> None:
        self.edit.setDateTime(to_qdatetime(dt))
        self._touched = True

    def value(self) -> datetime:
        if not self._touched:
            return now_utc()
        return from_qdatetime(self.edit.dateTime())


# Laid out like a body, top to bottom; short labels on the buttons, full words in tooltips.
BODY_ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Head and arms", [("neck", "Neck"), ("shoulder", "Shoulder"), ("arm", "Arm"),
                       ("hand", "Hand")]),
    ("Trunk", [("chest", "Chest"), ("abdomen", "Abdomen"), ("back", "Back"), ("hip", "Hip")]),
    ("Thigh", [("thigh-front", "Front of thigh"), ("thigh-back", "Back of thigh")]),
    ("Lower leg", [("calf", "Calf"), ("foot", "Foot"), ("toes", "Toes"), ("other", "Other")]),
]


class ChoiceButtons(QWidget):
    """A row or grid of checkable buttons, at most one chosen; clicking it again clears it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.group.buttonClicked.connect(self._clicked)
        self.by_value: dict[str, QPushButton] = {}

    def add(self, value: str, label: str, tooltip: str = "") -> QPushButton:
        b = QPushButton(label, self)
        b.setCheckable(True)
        b.setMinimumHeight(34)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        b.setAccessibleName(tooltip or label)
        if tooltip:
            b.setToolTip(tooltip)
        self.group.addButton(b)
        self.by_value[value] = b
        return b

    def _clicked(self, button: QAbstractButton) -> None:
        for b in self.group.buttons():
            if b is not button:
                b.setChecked(False)
        self.changed.emit()

    def value(self) -> str | None:
        for v, b in self.by_value.items():
            if b.isChecked():
                return v
        return None

    def set_value(self, value: str | None) -> None:
        for v, b in self.by_value.items():
            b.setChecked(v == value)
        self.changed.emit()


class BodyPicker(ChoiceButtons):
    """The muscle, as a clear grid of body areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Where was the cramp?"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        for r, (region, items) in enumerate(BODY_ROWS):
            lab = QLabel(self.tr(region), self)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(lab, r, 0)
            for c, (key, short) in enumerate(items):
                b = self.add(key, self.tr(short), MUSCLES[key])
                grid.addWidget(b, r, c + 1)
        grid.setColumnStretch(0, 0)


class SidePicker(ChoiceButtons):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Side of the body"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for key, label in SIDES.items():
            lay.addWidget(self.add(key, self.tr(label), self.tr("Side: {s}").format(s=label)))


class Scale(QWidget):
    """A 0..10 slider with the number shown large beside it."""

    def __init__(self, low_text: str, high_text: str, value: int = 5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        low = QLabel(low_text, self)
        high = QLabel(high_text, self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setValue(value)
        self.number = QLabel(self)
        self.number.setMinimumWidth(48)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.number.font()
        if f.pointSizeF() > 0:
            f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        self.number.setFont(f)
        self.slider.valueChanged.connect(self._show)
        self._show(value)
        lay.addWidget(low)
        lay.addWidget(self.slider, 1)
        lay.addWidget(high)
        lay.addWidget(self.number)

    def _show(self, v: int) -> None:
        self.number.setText(f"{v}")

    def value(self) -> int:
        return self.slider.value()

    def set_value(self, v: int) -> None:
        self.slider.setValue(int(v))


def date_range_edits(parent: QWidget, days_back: int) -> tuple[QDateEdit, QDateEdit]:
    """Two calendar date pickers (first and last day), disabled until a range is chosen,
    set to the ``days_back`` days up to today."""
    start, end = QDateEdit(parent), QDateEdit(parent)
    for w, name in ((start, parent.tr("First day")), (end, parent.tr("Last day"))):
        w.setCalendarPopup(True)
        w.setDisplayFormat("d MMM yyyy")
        w.setAccessibleName(name)
        w.setEnabled(False)
    today = QDate.currentDate()
    start.setDate(today.addDays(-days_back))
    end.setDate(today)
    return start, end
