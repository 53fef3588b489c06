"""People in the window (CONTRACT section 7).

* ``PersonSwitcher``: a list in the toolbar, one colour per person; choosing a person
  makes the controller read and write their diary (``DiaryController.set_person``),
  and its ``changed`` signal reloads every view.
* The chosen person's name is in the window title, in notifications and, unless
  another name is typed, on every page of the report.
* ``EveryoneTodayDialog``: for a carer, each person's next-dose cards and flags of
  the last day, side by side, read from separate connections (the window's own
  choice of person is not touched until "Show" is pressed).

``install(window, controller)`` wires it into the main window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

# Eight colours told apart by most people with colour-vision deficiency (Okabe-Ito,
# with black left out); a person keeps theirs (chosen by id) when others are removed.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
           "#7F7F7F")


def _tr(text: str) -> str:
    return QCoreApplication.translate("people", text)


def person_colour(person_id: int) -> str:
    """The colour of a person (a ``#RRGGBB`` name), stable for their id."""
    return PALETTE[(int(person_id) - 1) % len(PALETTE)]


def _swatch(colour: str, size: int = 14) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(QColor(colour))
    return QIcon(pm)


def list_people(diary: Any, counts: bool = True) -> list[Any]:
    from ..core import people

    with diary.sql_read() as con:
        return people.list_people(con, counts)


def with_person(diary: Any, text: str) -> str:
    """``text`` with the chosen person's name in front (for a notification), when the
    diary holds more than one person (with one, the name tells nothing)."""
    if len(list_people(diary, counts=False)) < 2:
        return text
    return _tr("{person}: {text}").format(person=diary.person.name, text=text)


# ---------------------------------------------------------------------------- switcher
class PersonSwitcher(QComboBox):
    """Whose diary the window shows."""

    def __init__(self, controller: Any, parent: QWidget | None = None,
                 window: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self._window = window
        self._base_title = window.windowTitle() if window is not None else ""
        self.setAccessibleName(_tr("Person"))
        self.setToolTip(_tr("Whose diary to show and write to"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload()
        self.activated.connect(self._chosen)
        controller.person_changed.connect(self._person_changed)
        controller.changed.connect(self.reload)  # people added or renamed elsewhere

    def _person_changed(self, _name: str) -> None:
        self.reload()

    def reload(self) -> None:
        if self.ctl.paused:  # a restore: the file is being replaced (``changed`` follows)
            return
        everyone = list_people(self.ctl.diary, counts=False)
        current = self.ctl.diary.person_id
        names = [(p.name, p.id) for p in everyone]
        if names != [(self.itemText(i), self.itemData(i)) for i in range(self.count())]:
            self.blockSignals(True)
            self.clear()
            for p in everyone:
                self.addItem(_swatch(person_colour(p.id)), p.name, p.id)
            self.blockSignals(False)
        i = self.findData(current)
        if i >= 0 and i != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(i)
            self.blockSignals(False)
        if self._window is not None and i >= 0:
            # With one person the title stays the program's name.
            self._window.setWindowTitle(self._base_title if self.count() < 2 else
                                        _tr("{app} – {person}").format(
                                            app=self._base_title, person=self.itemText(i)))

    def open_everyone_today(self) -> Any:
        dlg = EveryoneTodayDialog(self.ctl, self._window or self)
        dlg.open()
        return dlg

    def _chosen(self, index: int) -> None:
        name = self.itemText(index)
        if self.itemData(index) != self.ctl.diary.person_id:
            self.ctl.set_person(name)


# ---------------------------------------------------------------------------- everyone today
@dataclass
class PersonToday:
    """One person's day at a glance."""

    id: int
    name: str
    colour: str
    cards: list[str] = field(default_factory=list)  # one sentence per current medicine
    flags: list[Any] = field(default_factory=list)  # rules.Flag, newest first


def everyone_today(path: Path, at: datetime | None = None) -> list[PersonToday]:
    """Each person's next-dose sentences (their current medicines with a known drug)
    and the flags of the 24 hours up to ``at``.  No Qt: the dialog shows it."""
    from ..core import rules
    from ..core import use_cases as uc
    from ..core.catalog import load_catalog
    from ..core.db import Diary
    from ..core.timeutil import now_utc
    from ..core.today import next_dose_card

    at = at or now_utc()
    out: list[PersonToday] = []
    reader = Diary(Path(path))
    try:
        for p in list_people(reader):
            reader.use_person(p.name)
            hist = uc.load_history(reader, at - uc.RULES_LOOKBACK - timedelta(days=1), at)
            inputs = uc.rule_inputs(reader)
            item = PersonToday(p.id, p.name, person_colour(p.id))
            seen: set[str] = set()
            for m in uc.list_medicines(reader, include_stopped=False):
                if not m.drug_key or m.drug_key in seen:
                    continue
                seen.add(m.drug_key)
                drug = load_catalog().get(m.drug_key)
                if drug is not None:  # the card of core.today, as on Today and in next-dose
                    item.cards.append(next_dose_card(hist, drug, at, inputs["strengths"])
                                      .describe(at))
            item.flags = rules.evaluate(hist, at, since=at - timedelta(days=1), **inputs)
            out.append(item)
    finally:
        reader.close()
    return out


class EveryoneTodayDialog(QDialog):
    """Everyone's next doses and flags today; "Show" switches the window to a person.

    Reading every person's day takes a few tens of milliseconds on a large diary, so it
    runs on a reading worker (its own connection): the dialog opens at once saying it
    is reading, and ``loaded`` is emitted once the sections are there."""

    person_shown = Signal(str)
    loaded = Signal()

    def __init__(self, controller: Any, parent: QWidget | None = None,
                 at: datetime | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.setWindowTitle(_tr("Everyone today"))
        self.setMinimumSize(520, 420)
        lay = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        lay.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.people: list[PersonToday] = []
        self.sections: dict[str, QFrame] = {}
        self.reading = QLabel(_tr("Reading everyone's day…"), body)
        self.body.addWidget(self.reading)
        from .tasks import run_task

        path = Path(controller.diary.path)
        self.task = run_task(lambda: everyone_today(path, at), self._fill, self._failed)

    def _fill(self, found: list[PersonToday]) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return  # closed before the reading was done
        self.reading.setVisible(False)
        self.people = found
        for item in found:
            self.body.addWidget(self._section(item))
        self.body.addStretch(1)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        from shiboken6 import isValid

        from ..core.errors import CrampDiaryError

        if not isValid(self):
            return
        if isinstance(exc, CrampDiaryError):
            self.reading.setText(getattr(exc, "message", str(exc)))
            return
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _section(self, item: PersonToday) -> QFrame:
        box = QFrame(self)
        box.setObjectName(f"person-{item.id}")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setStyleSheet(f"QFrame#person-{item.id} {{ border-left: 6px solid {item.colour}; }}")
        v = QVBoxLayout(box)
        head = QHBoxLayout()
        title = QLabel(f"<b>{_escape(item.name)}</b>", box)
        head.addWidget(title)
        head.addStretch(1)
        show = QPushButton(_tr("Show"), box)
        show.setAccessibleName(_tr("Show the diary of {name}").format(name=item.name))
        show.clicked.connect(lambda _=False, n=item.name: self._show(n))
        head.addWidget(show)
        v.addLayout(head)
        for text in item.cards or [_tr("No current medicines on the list.")]:
            lab = QLabel(_escape(text), box)
            lab.setWordWrap(True)
            v.addWidget(lab)
        if item.flags:
            for f in item.flags:
                lab = QLabel(f"<b>{_escape(f.severity.upper())}</b>: {_escape(f.title)}", box)
                lab.setWordWrap(True)
                lab.setToolTip(f.message)
                v.addWidget(lab)
        else:
            v.addWidget(QLabel(_tr("No flags in the last 24 hours."), box))
        self.sections[item.name] = box
        return box

    def _show(self, name: str) -> None:
        self.ctl.set_person(name)
        self.person_shown.emit(name)
        self.accept()


def _escape(text: str) -> str:
    from html import escape

    return escape(str(text))


# ---------------------------------------------------------------------------- wiring
def install(window: Any, controller: Any) -> PersonSwitcher:
    """Put the switcher and "Everyone today" in a toolbar of ``window`` and keep its
    title on the chosen person."""
    bar = QToolBar(_tr("People"), window)
    bar.setObjectName("people-toolbar")
    bar.setMovable(False)
    switcher = PersonSwitcher(controller, bar, window)
    bar.addWidget(QLabel(_tr("Person:") + " ", bar))
    bar.addWidget(switcher)
    act = bar.addAction(_tr("Everyone today"))
    act.setToolTip(_tr("Next doses and flags of every person in this diary"))
    act.triggered.connect(switcher.open_everyone_today)
    window.addToolBar(bar)
    window.people_switcher = switcher
    window.people_toolbar = bar
    window.everyone_today_action = act
    return switcher


__all__ = ["PALETTE", "person_colour", "with_person", "PersonSwitcher", "PersonToday",
           "everyone_today", "EveryoneTodayDialog", "install"]
