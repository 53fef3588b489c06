"""Small building blocks for the forms: a field with an error line, the time picker,
the body-area picker and the 0..10 scale."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, Signal
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.timeutil import UTC, now_utc, to_local, to_utc
from ..core.vocab import SIDES, word
from .style import CHOICE_STYLE, danger_text


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
        self.error_label.setStyleSheet(f"color: {danger_text(self)}; font-weight: bold;")
        self.error_label.setVisible(False)
        self.error_label.setAccessibleName(self.tr("Error"))
        lay.addWidget(self.error_label)

    def set_error(self, message: str | None) -> None:
        if message:
            self.setStyleSheet(f"QFrame#fieldbox {{ border: 2px solid {danger_text(self)}; "
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
    """Now by default; presets (15 / 30 / 60 min ago, last night, this morning); a date box
    and an HH:mm time box for backdating.

    Until the user changes the time, ``value()`` is the moment of saving, so a dialog
    left open for a minute still logs 'now'.  A time the user picks (a preset or the
    boxes) is a whole minute: no seconds from the moment the dialog opened slip in.
    The time box is separate from the date box, so typing 0310 gives 03:10 (the hour
    section takes two digits and then the minutes), and nothing moves it on its own.
    """

    changed = Signal()

    NIGHT_HOUR = 3  # 'last night' means 03:00
    MORNING_HOUR = 7  # 'this morning' means 07:00

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        self._setting = False
        self._exact: datetime | None = None  # an entry's own time, seconds and all, until changed
        self.setAccessibleName(self.tr("When"))
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setHorizontalSpacing(6)
        lay.setVerticalSpacing(4)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setToolTip(self.tr("The day it happened"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time (hours and minutes)"))
        self.time_edit.setToolTip(self.tr("When it happened. Type the hours and minutes, "
                                          "e.g. 0310 for 03:10."))
        self.time_edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
        self.edit = self.time_edit  # the box that matters most
        self._show(to_local(now_utc()))
        self.date_edit.dateChanged.connect(self._changed)
        self.time_edit.timeChanged.connect(self._changed)
        lay.addWidget(self.time_edit, 0, 0)
        lay.addWidget(self.date_edit, 0, 1)
        self.buttons: dict[int | str, QPushButton] = {}
        now_b = QPushButton(self.tr("Now"), self)
        now_b.setAccessibleName(self.tr("Set the time to now"))
        now_b.clicked.connect(self.set_now)
        self.buttons["now"] = now_b
        presets = QHBoxLayout()
        presets.setSpacing(4)
        presets.addWidget(now_b)
        for minutes in (15, 30, 60):
            b = QPushButton(self.tr("{n} min ago").format(n=minutes), self)
            b.setAccessibleName(self.tr("{n} minutes ago").format(n=minutes))
            b.setToolTip(self.tr("Set the time to {n} minutes ago").format(n=minutes))
            b.clicked.connect(lambda _=False, m=minutes: self.set_ago(m))
            presets.addWidget(b)
            self.buttons[minutes] = b
        for key, label, tip in (
                ("night", self.tr("Last night"), self.tr("Set the time to 03:00 last night")),
                ("morning", self.tr("This morning"), self.tr("Set the time to 07:00 this morning"))):
            b = QPushButton(label, self)
            b.setAccessibleName(tip)
            b.setToolTip(tip)
            b.clicked.connect(lambda _=False, k=key: self.pick(self.preset(k)))
            presets.addWidget(b)
            self.buttons[key] = b
        presets.addStretch(1)
        lay.addLayout(presets, 1, 0, 1, 3)
        lay.setColumnStretch(2, 1)
        for b in self.buttons.values():
            b.setAutoDefault(False)

    # ------------------------------------------------------------------ presets
    @classmethod
    def preset(cls, key: str, now: datetime | None = None) -> datetime:
        """'night': the last 03:00 local before now; 'morning': today's 07:00 (or the
        last one, before 07:00).  Whole minutes, in UTC."""
        now = now or now_utc()
        loc = to_local(now)
        hour = cls.NIGHT_HOUR if key == "night" else cls.MORNING_HOUR
        day = loc.date()
        for _ in range(2):
            cand = to_utc(datetime(day.year, day.month, day.day, hour, 0))
            if cand <= now:
                return cand
            day -= timedelta(days=1)
        return cand

    def _changed(self) -> None:
        if not self._setting:
            self._touched = True
            self._exact = None  # the user picked a time: a whole minute
            self.changed.emit()

    def _show(self, loc: datetime) -> None:
        self._setting = True
        try:
            self.date_edit.setDate(QDate(loc.year, loc.month, loc.day))
            self.time_edit.setTime(QTime(loc.hour, loc.minute))
        finally:
            self._setting = False

    def set_now(self) -> None:
        self._show(to_local(now_utc()))
        self._touched = False
        self._exact = None
        self.changed.emit()

    def set_ago(self, minutes: int) -> None:
        self.pick((now_utc() - timedelta(minutes=minutes)).replace(second=0, microsecond=0))

    def pick(self, dt: datetime) -> None:
        """A time the user chose (a preset): shown and stored as its whole minute."""
        self.set_value(dt.replace(second=0, microsecond=0))
        self._exact = None

    def set_value(self, dt: datetime) -> None:
        """Show ``dt``; ``value()`` gives it back exactly (an edited entry keeps its own
        seconds) until the user changes the time."""
        self._show(to_local(dt))
        self._touched = True
        self._exact = dt
        self.changed.emit()

    def touched(self) -> bool:
        return self._touched

    def value(self) -> datetime:
        if not self._touched:
            return now_utc()
        if self._exact is not None:
            return self._exact
        d, t = self.date_edit.date(), self.time_edit.time()
        return to_utc(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))


# Laid out like a body, top to bottom; short labels on the buttons, full words in tooltips.
BODY_ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Head and arms", [("neck", "Neck"), ("shoulder", "Shoulder"), ("arm", "Arm"),
                       ("hand", "Hand")]),
    ("Trunk", [("chest", "Chest"), ("abdomen", "Abdomen"), ("back", "Back"), ("hip", "Hip")]),
    ("Thigh", [("thigh-front", "Front of thigh"), ("thigh-back", "Back of thigh")]),
    ("Lower leg", [("calf", "Calf"), ("foot", "Foot"), ("toes", "Toes"), ("other", "Other")]),
]


class ChoiceButtons(QWidget):
    """A row or grid of checkable buttons, at most one chosen; clicking it again clears it.

    Keyboard, as Qt does for a group of radio buttons: the group is one Tab stop (the
    chosen button, else the first); the arrow keys move between the buttons; Space
    toggles the focused one and Enter chooses it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.group.buttonClicked.connect(self._clicked)
        self.by_value: dict[str, QPushButton] = {}
        self.positions: dict[QPushButton, tuple[int, int]] = {}

    def add(self, value: str, label: str, tooltip: str = "",
            pos: tuple[int, int] | None = None) -> QPushButton:
        b = QPushButton(label, self)
        b.setCheckable(True)
        b.setAutoDefault(False)
        b.setMinimumHeight(34)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        b.setAccessibleName(tooltip or label)
        b.setStyleSheet(CHOICE_STYLE)
        if tooltip:
            b.setToolTip(tooltip)
        self.group.addButton(b)
        self.by_value[value] = b
        self.positions[b] = pos if pos is not None else (0, len(self.positions))
        b.installEventFilter(self)
        self._update_tab_stop()
        return b

    def buttons(self) -> list[QPushButton]:
        return list(self.by_value.values())

    def _update_tab_stop(self, focused: QAbstractButton | None = None) -> None:
        buttons = self.buttons()
        if not buttons:
            return
        stop = focused or next((b for b in buttons if b.isChecked()), None) or buttons[0]
        for b in buttons:
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if b is stop
                             else Qt.FocusPolicy.ClickFocus)

    def focus_target(self) -> QPushButton:
        """The button Tab lands on (the chosen one, else the first)."""
        return next((b for b in self.buttons() if b.isChecked()), self.buttons()[0])

    def _neighbour(self, button: QPushButton, dr: int, dc: int) -> QPushButton | None:
        r, c = self.positions[button]
        best: tuple[float, QPushButton] | None = None
        for b, (br, bc) in self.positions.items():
            if b is button or not b.isEnabled():
                continue
            if dr and (br - r) * dr > 0:
                score = abs(br - r) * 100 + abs(bc - c)
            elif dc and (bc - c) * dc > 0 and br == r:
                score = abs(bc - c)
            else:
                continue
            if best is None or score < best[0]:
                best = (score, b)
        if best is None and dc:  # wrap to the next / previous row, like reading order
            order = sorted(self.positions, key=lambda b: self.positions[b])
            i = order.index(button) + dc
            if 0 <= i < len(order):
                return order[i]
        return best[1] if best else None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and obj in self.positions:
            self._update_tab_stop(obj)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.KeyPress and obj in self.positions:
            key = event.key()  # type: ignore[attr-defined]
            moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                     Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
            if key in moves:
                nb = self._neighbour(obj, *moves[key])  # type: ignore[arg-type]
                if nb is not None:
                    nb.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.set_value(next(v for v, b in self.by_value.items() if b is obj))
                return True
        return super().eventFilter(obj, event)

    def _clicked(self, button: QAbstractButton) -> None:
        for b in self.group.buttons():
            if b is not button:
                b.setChecked(False)
        self._update_tab_stop(button)
        self.changed.emit()

    def value(self) -> str | None:
        for v, b in self.by_value.items():
            if b.isChecked():
                return v
        return None

    def set_value(self, value: str | None) -> None:
        for v, b in self.by_value.items():
            b.setChecked(v == value)
        self._update_tab_stop(self.focusWidget() if self.focusWidget() in self.positions else None)  # type: ignore[arg-type]
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
                b = self.add(key, self.tr(short), word("muscle", key), (r, c))
                grid.addWidget(b, r, c + 1)
        grid.setColumnStretch(0, 0)


class SidePicker(ChoiceButtons):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Side of the body"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for key, label in SIDES.items():
            lay.addWidget(self.add(key, self.tr(label),
                                   self.tr("Side: {s}").format(s=word("side", key))))


class Scale(QWidget):
    """A 0..10 slider with the number shown large beside it; a digit key sets the value
    (0-9), End sets 10."""

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
        self.slider.installEventFilter(self)
        self.setFocusProxy(self.slider)
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

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.slider and event.type() == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            if len(text) == 1 and text.isdigit():
                self.slider.setValue(int(text))
                return True
        return super().eventFilter(obj, event)

    def _show(self, v: int) -> None:
        self.number.setText(f"{v}")
        self.slider.setAccessibleDescription(self.tr("{v} of 10").format(v=v))

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
