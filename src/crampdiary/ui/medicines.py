"""My medicines: the list, and the dialog to add, edit or mark one stopped.

Marking a medicine whose catalog record says it has withdrawal risk as stopped
shows the taper warning and the advice to talk to the prescriber first.  The
program never tells anyone to stop or change a medicine.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import catalog_text as core_catalog_text
from ..core.catalog import load_catalog
from ..core.errors import EnvironmentProblem, InputError
from ..core.records import num
from ..core.vocab import FORMS, word
from . import messages
from .controller import DiaryController
from .localefmt import strftime
from .screen import fit_to_screen
from .style import danger_text
from .widgets import CompletionGuard, FieldBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("Medicines", text)


def withdrawal_risk(name: str) -> bool:
    drug = load_catalog().resolve(name)
    return bool(drug is not None and drug.flags.get("withdrawal"))


def taper_text(name: str) -> tuple[str, str]:
    """(headline, details) of the taper warning for a withdrawal-risk medicine."""
    drug = load_catalog().resolve(name)
    shown = drug.name if drug else name
    head = _tr("Talk to your prescriber before stopping {d}").format(d=shown)
    details = _tr(
        "After regular use, stopping {d} suddenly can cause withdrawal effects, such as a rise "
        "in blood pressure, a fast heartbeat or stiffness coming back stronger. Its label says "
        "the dose should be lowered gradually (tapered) under medical guidance.\n\n"
        "Please do not stop on your own: contact the prescriber first. If you have already "
        "stopped and feel unwell (pounding heart, very high blood pressure, severe stiffness, "
        "confusion), seek medical care now.").format(d=shown)
    return head, details


class MedicineDialog(QDialog):
    """Add or edit one of my medicines."""

    def __init__(self, controller: DiaryController, medicine: Any = None,
                 parent: QWidget | None = None, stopping: bool = False) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.medicine = medicine
        self.saved: Any = None
        self.fields: dict[str, FieldBox] = {}
        self.setWindowTitle(self.tr("Add a medicine") if medicine is None else
                            self.tr("Edit {name}").format(name=medicine.name))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Generic or brand name"))
        self.name.setAccessibleName(self.tr("Medicine name"))
        comp = QCompleter(load_catalog().names(), self.name)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(comp)
        self.name.textChanged.connect(self._name_changed)
        form.addRow(self.tr("Name"), self._field("name", self.name))
        self.recognised = QLabel(self)
        self.recognised.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", self.recognised)

        row = QWidget(self)
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.amount = QDoubleSpinBox(row)
        self.amount.setRange(0, 1_000_000)
        self.amount.setDecimals(2)
        self.amount.setSpecialValueText(self.tr("not set"))
        self.amount.setAccessibleName(self.tr("Usual amount"))
        self.unit = QComboBox(row)
        self.unit.setEditable(True)
        self.unit.addItems(["mg", "mcg", "g", "ml", "tablet", "puff", "drop"])
        self.unit.setAccessibleName(self.tr("Unit"))
        rl.addWidget(self._field("usual_amount", self.amount), 2)
        rl.addWidget(self._field("unit", self.unit), 1)
        form.addRow(self.tr("Usual dose"), row)
        self.completion_guard = CompletionGuard(self.name, self.amount)

        self.form_combo = QComboBox(self)
        self.form_combo.addItem(self.tr("Not recorded"), None)
        for k, v in FORMS.items():
            self.form_combo.addItem(self.tr(v), k)
        self.form_combo.setAccessibleName(self.tr("Form"))
        form.addRow(self.tr("Form"), self._field("form", self.form_combo))
        self.food = QComboBox(self)
        self.food.addItem(self.tr("Not recorded"), None)
        self.food.addItem(self.tr("With food"), True)
        self.food.addItem(self.tr("Without food"), False)
        self.food.setAccessibleName(self.tr("Usually taken with food"))
        form.addRow(self.tr("Food"), self._field("with_food", self.food))
        self.schedule = QLineEdit(self)
        self.schedule.setPlaceholderText(self.tr("Times of day for reminders, e.g. 08:00; 14:00; 20:00"))
        self.schedule.setAccessibleName(self.tr("Schedule: times of day"))
        form.addRow(self.tr("Schedule"), self._field("schedule", self.schedule))

        self.has_start = QCheckBox(self.tr("Started on"), self)
        self.started = QDateEdit(self)
        self.has_stop = QCheckBox(self.tr("Stopped on"), self)
        self.stopped = QDateEdit(self)
        for cb, de, name in ((self.has_start, self.started, self.tr("Start date")),
                             (self.has_stop, self.stopped, self.tr("Stop date"))):
            de.setCalendarPopup(True)
            de.setDisplayFormat("d MMM yyyy")
            de.setDate(QDate.currentDate())
            de.setEnabled(False)
            de.setAccessibleName(name)
            cb.toggled.connect(de.setEnabled)
        self.has_stop.toggled.connect(self._stop_toggled)
        form.addRow(self.has_start, self._field("started_on", self.started))
        form.addRow(self.has_stop, self._field("stopped_on", self.stopped))
        self.taper = QLabel(self)
        self.taper.setWordWrap(True)
        self.taper.setStyleSheet(f"border: 2px solid {danger_text(self)}; border-radius: 5px; padding: 8px;")
        self.taper.setVisible(False)
        form.addRow(self.taper)
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(60)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note"), self._field("note", self.note))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.buttons = buttons
        self.pending: Any = None  # the controller's task of the save under way
        if medicine is not None:
            self._load(medicine)
        if stopping:
            self.has_stop.setChecked(True)
        fit_to_screen(self, QSize(560, 520))

    def _field(self, key: str, w: QWidget) -> FieldBox:
        box = FieldBox(w, self)
        self.fields[key] = box
        return box

    def _name_changed(self, text: str) -> None:
        drug = load_catalog().resolve(text)
        if drug is None:
            self.recognised.setText(self.tr("Not in the catalog: it is kept as typed, with no "
                                            "drug rules.") if text.strip() else "")
        elif drug.name.casefold() != text.strip().casefold():
            self.recognised.setText(self.tr("Recognised as {g}").format(g=drug.name))
        else:
            self.recognised.setText(self.tr("In the catalog"))
        self._stop_toggled(self.has_stop.isChecked())

    def _stop_toggled(self, on: bool) -> None:
        if on and withdrawal_risk(self.name.text()):
            head, details = taper_text(self.name.text())
            self.taper.setText(f"<b style='color:{danger_text(self)}'>{head}</b><br>"
                               + details.replace("\n\n", "<br><br>"))
            self.taper.setVisible(True)
        else:
            self.taper.setVisible(False)

    def _load(self, m: Any) -> None:
        self.name.setText(m.name)
        self.amount.setValue(m.usual_amount or 0)
        self.unit.setEditText(m.unit or "mg")
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(m.form)))
        self.food.setCurrentIndex(max(0, self.food.findData(m.with_food)))
        self.schedule.setText("; ".join(x for x in (m.schedule or "").split(";") if x))
        if m.started_on:
            self.has_start.setChecked(True)
            self.started.setDate(QDate(m.started_on.year, m.started_on.month, m.started_on.day))
        if m.stopped_on:
            self.has_stop.setChecked(True)
            self.stopped.setDate(QDate(m.stopped_on.year, m.stopped_on.month, m.stopped_on.day))
        self.note.setPlainText(m.note or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "usual_amount": self.amount.value() or None,
            "unit": self.unit.currentText() or "mg",
            "form": self.form_combo.currentData(),
            "with_food": self.food.currentData(),
            "schedule": self.schedule.text(),
            "started_on": self.started.date().toPython() if self.has_start.isChecked() else None,
            "stopped_on": self.stopped.date().toPython() if self.has_stop.isChecked() else None,
            "note": self.note.toPlainText() or None,
        }

    def same_drug(self, name: str) -> Any:
        """Another of my medicines that is the same drug (tizanidine and Zanaflex), if any."""
        cat = load_catalog()
        drug = cat.resolve(name)
        key = drug.key if drug is not None else name.strip().casefold()
        for m in self.ctl.medicines(include_stopped=True):
            if self.medicine is not None and m.id == self.medicine.id:
                continue
            other = cat.resolve(m.name)
            if (other.key if other is not None else m.name.strip().casefold()) == key:
                return m
        return None

    def save(self) -> bool:
        for box in self.fields.values():
            box.set_error(None)
        data = self.values()
        newly_stopped = data["stopped_on"] is not None and (
            self.medicine is None or self.medicine.stopped_on is None)
        twin = self.same_drug(data.get("name") or "")
        if twin is not None:
            box = self.fields["name"]
            box.set_error(self.tr("{n} is already in your medicines as {t} (the same drug). "
                                  "Edit that one instead.").format(n=data["name"], t=twin.name))
            box.control.setFocus()
            return False
        # Written on the controller's worker; the answer comes back to _saved or _refused.
        self._newly_stopped = newly_stopped
        self.buttons.setEnabled(False)
        self.pending = self.ctl.save_medicine(data, self.medicine.id if self.medicine else None,
                                              self._saved, self._refused)
        return True

    @property
    def saving(self) -> bool:
        return self.pending is not None and not self.pending.finished

    def _saved(self, med: Any) -> None:
        self.saved = med
        self.buttons.setEnabled(True)
        if self._newly_stopped and withdrawal_risk(med.name):
            head, details = taper_text(med.name)
            messages.warning(self, self.tr("Stopping {d}").format(d=med.name), head, details)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, InputError):
            box = self.fields.get(exc.field.replace("-", "_"))
            if box is None:
                box = self.fields["name"]
            box.set_error(exc.message[:1].upper() + exc.message[1:])
            box.control.setFocus()
        elif isinstance(exc, EnvironmentProblem):
            messages.warning(self, self.tr("Not saved"), exc.message, exc.hint)
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    def accept(self) -> None:
        if self.completion_guard.active or self.saving:
            return  # Return chose a completion (it did not mean 'save'), or a save is under way
        self.save()  # closes the dialog when the controller says it was saved

    def reject(self) -> None:
        if not self.saving:
            super().reject()


LIMIT_WORDS = {
    "min_interval_h": "at least {v} hours between doses",
    "max_doses_24h": "at most {v} doses in 24 hours",
    "max_daily_mg": "at most {v} mg in 24 hours",
    "max_single_mg": "single doses above {v} mg were not studied",
    "max_step_mg": "raise the dose by at most {v} mg at a time",
    "max_course_days": "meant for courses of at most {v} days",
}


def catalog_text(name: str) -> str:
    """What the catalog (and so the rules) know about a medicine, in plain words (HTML)."""
    cat = load_catalog()
    drug = cat.resolve(name)
    if drug is None:
        return _tr("<b>{n}</b> is not in the catalog, so no drug rules apply to it. Its doses "
                   "are still kept in the diary and the report.").format(n=_esc(name))
    parts = [f"<b>{_esc(drug.name)}</b>"
             + (f" ({', '.join(_esc(b) for b in drug.brands)})" if drug.brands else "")]
    limits = [(_tr(LIMIT_WORDS[k]).format(v=num(lim.value)), lim.source)
              for k, lim in drug.limits.items() if k in LIMIT_WORDS]
    if limits:
        srcs = sorted({cat.source_text(s) for _, s in limits})
        parts.append(_tr("The label says: ") + "; ".join(t for t, _ in limits) + ".")
        parts.append("<span style='color: palette(placeholder-text)'>"
                     + _tr("Source: ") + _esc("; ".join(srcs)) + "</span>")
    if drug.flags.get("withdrawal"):
        parts.append(_tr("Stopping suddenly after regular use can cause withdrawal effects; "
                         "talk to your prescriber before stopping."))
    if drug.cramp_reason:
        parts.append(_tr("Can go with cramps: ") + _esc(core_catalog_text(drug.cramp_reason)))
    if drug.has("not-for-cramps"):
        parts.append(f"<b style='color:{danger_text(None)}'>"
                     + _tr("Not to be used for leg cramps (safety warning).") + "</b>")
    return "<br>".join(parts)


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MedicinesView(QWidget):
    COLUMNS = ("Medicine", "Usual dose", "Form", "Food", "Schedule", "Started", "Stopped")

    def __init__(self, controller: DiaryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.meds: list[Any] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        intro = QLabel(self.tr("Your medicines. Their usual dose becomes a one-click button on "
                               "Today; schedule times drive the optional reminders."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([  # the words of COLUMNS, literal for lupdate
            self.tr("Medicine"), self.tr("Usual dose"), self.tr("Form"), self.tr("Food"),
            self.tr("Schedule"), self.tr("Started"), self.tr("Stopped")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("My medicines"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(90)
        self.table.setStyleSheet("QTableView::item { padding: 4px 8px; }")
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._show_details)
        lay.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setObjectName("meddetails")
        self.details.setStyleSheet("QLabel#meddetails { border: 1px solid palette(mid);"
                                   " border-radius: 8px; padding: 12px; background: palette(base); }")
        self.details.setAccessibleName(self.tr("What the catalog says about the selected medicine"))
        self.details.setMinimumHeight(110)
        lay.addWidget(self.details, 0)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add a medicine"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected medicine"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.stop_button = QPushButton(self.tr("Mark as stopped…"), self)
        self.stop_button.setAccessibleName(self.tr("Mark the selected medicine as stopped"))
        self.stop_button.setToolTip(self.tr("Record that you no longer take it (talk to your "
                                            "prescriber before stopping a medicine)"))
        self.stop_button.clicked.connect(self.stop_selected)
        self.delete_button = QPushButton(self.tr("Remove from list"), self)
        self.delete_button.setAccessibleName(self.tr("Remove the selected medicine from my list"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.add_button, self.edit_button, self.stop_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        controller.medicines_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.ctl.paused:  # switching person or restoring: ``medicines_changed`` follows
            return
        self.meds = self.ctl.medicines()
        self.table.setRowCount(len(self.meds))
        for r, m in enumerate(self.meds):
            cells = [
                m.name,
                f"{num(m.usual_amount)} {m.unit}" if m.usual_amount else "—",
                word("form", m.form) if m.form else "—",
                {True: self.tr("with food"), False: self.tr("without food")}.get(m.with_food, "—"),
                ", ".join(x for x in (m.schedule or "").split(";") if x) or "—",
                strftime(m.started_on, "%d %b %Y") if m.started_on else "—",
                strftime(m.stopped_on, "%d %b %Y") if m.stopped_on else "—",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if m.stopped_on:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        if self.meds and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._show_details()

    def _show_details(self) -> None:
        m = self.selected()
        if m is None:
            self.details.setText(self.tr("Select a medicine to see what its label says about "
                                         "timing, limits and stopping."))
        else:
            self.details.setText(catalog_text(m.name))

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.meds[rows[0].row()] if rows else None

    def select_name(self, name: str) -> None:
        for r, m in enumerate(self.meds):
            if m.name.casefold() == name.casefold():
                self.table.selectRow(r)

    def make_dialog(self, medicine: Any = None, stopping: bool = False) -> MedicineDialog:
        return MedicineDialog(self.ctl, medicine, self, stopping=stopping)

    def add(self) -> None:
        self.make_dialog().exec()

    def edit_selected(self) -> None:
        m = self.selected()
        if m is not None:
            self.make_dialog(m).exec()

    def stop_selected(self) -> bool:
        """Record the selected medicine as stopped today, after the taper warning if it has one."""
        m = self.selected()
        if m is None or m.stopped_on is not None:
            return False
        if withdrawal_risk(m.name):
            head, details = taper_text(m.name)
            if not messages.ask(self, self.tr("Stopping {d}").format(d=m.name), head,
                                self.tr("Record it as stopped"), self.tr("Cancel"), details):
                return False
        data = {k: getattr(m, k) for k in ("name", "usual_amount", "unit", "form", "with_food",
                                           "schedule", "started_on", "note")}
        data["stopped_on"] = date.today()
        if data["started_on"] and data["started_on"] > data["stopped_on"]:
            data["started_on"] = data["stopped_on"]
        self.ctl.save_medicine(data, m.id)  # written on the controller's worker
        return True

    def delete_selected(self) -> bool:
        m = self.selected()
        if m is None:
            return False
        if not messages.ask(self, self.tr("Remove {d}").format(d=m.name),
                            self.tr("Remove {d} from your list? Doses already logged stay in the "
                                    "diary.").format(d=m.name),
                            self.tr("Remove"), self.tr("Keep")):
            return False
        self.ctl.delete_medicine(m.id)  # written on the controller's worker
        return True
