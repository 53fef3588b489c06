"""One dialog per kind of entry, for adding and for editing.

Every dialog collects plain values and hands them to the controller, which
validates (``core.inputs.validate_input``) and writes on its worker.  While the
answer is on its way the dialog shows that it is saving; if the input is
refused it marks the named field with the reason and stays open, nothing saved.
``accept()`` closes the dialog only after the controller reports a successful
save, so tests (and Enter) go through the same path as the Save button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.describe import kind_in_sentence
from ..core.errors import EnvironmentProblem, InputError, NotFound
from ..core.i18n import tr_message
from ..core.records import Record, num
from ..core.timeutil import format_duration
from ..core.vocab import DRINKS, FORMS, RED_FLAGS, RELIEFS, word
from . import messages
from .controller import DiaryController
from .screen import fit_to_screen, scrolling
from .style import DANGER, danger_text
from .widgets import BodyPicker, CompletionGuard, FieldBox, Scale, SidePicker, WhenPicker

# Field names in InputError -> the input key the dialog uses.
_FIELD_ALIASES = {"duration": "duration_s", "red-flag": "red_flags", "red_flag": "red_flags",
                  "relief-score": "relief_score", "with-food": "with_food", "kind": "stretch_kind",
                  "kind_": "stretch_kind"}

TITLES = {
    "cramp": "Log a cramp", "dose": "Log a dose", "water": "Log a drink",
    "stretch": "Log stretching", "vitals": "Log blood pressure and pulse",
    "symptom": "Log a symptom",
}


class EntryDialog(QDialog):
    """Base: the time at the top, the kind's fields, Save / Cancel, errors at the fields."""

    kind = ""

    WHEN_IN_BODY = False  # the kind's build() places self.when_box itself
    PREFERRED = QSize(560, 420)

    def __init__(self, controller: DiaryController, record: Record | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.record = record
        self.result_value: Any = None  # the LogResult after a successful save
        self.pending: Any = None  # the controller's task of the save under way (tasks.Task)
        self.fields: dict[str, FieldBox] = {}
        if record is None:
            self.setWindowTitle(self.tr(TITLES[self.kind]))
        else:
            self.setWindowTitle(self.tr("Edit {kind} #{id}").format(
                kind=kind_in_sentence(self.kind), id=record.id))
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        # The form scrolls below its natural size (a small screen, 125 % scaling) while
        # the error line and Save / Cancel stay in view.
        self.content = QWidget(self)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        self.when = WhenPicker(self.content)
        self.when_box = self._labelled(self.tr("When"), self.field("at", self.when))
        self.when_label = self.when_box.findChild(QLabel)
        if self.when_label is not None:
            self.when_label.setBuddy(self.when.time_edit)
        if not self.WHEN_IN_BODY:
            inner.addWidget(self.when_box)
        self.body = QWidget(self.content)
        inner.addWidget(self.body, 1)
        self.build(self.body)
        self.scroll = scrolling(self.content, self)  # type: ignore[method-assign, assignment]
        outer.addWidget(self.scroll, 1)  # type: ignore[arg-type]
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(f"color: {danger_text(self)}; font-weight: bold;")
        self.general_error.setVisible(False)
        outer.addWidget(self.general_error)
        self.saving_label = QLabel(self.tr("Saving…"), self)
        self.saving_label.setAccessibleName(self.tr("Saving the entry"))
        self.saving_label.setVisible(False)
        outer.addWidget(self.saving_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Save the entry"))
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel, save nothing"))
        outer.addWidget(self.buttons)
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        if record is not None:
            self.when.set_value(record.at)
            self.load(record)
        self._initial = self._snapshot()
        hint = self.content.sizeHint()
        extra = self.buttons.sizeHint().height() + 40
        fit_to_screen(self, QSize(max(self.PREFERRED.width(), hint.width() + 30),
                                  max(self.PREFERRED.height(), hint.height() + extra)))
        self.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget:
        """Where the keyboard starts: the field that matters most for this kind."""
        return self.when.time_edit

    # ------------------------------------------------------------------ forgiving
    def _snapshot(self) -> tuple[Any, ...]:
        try:
            vals = self.values()
        except Exception:  # noqa: BLE001 - a half-built form is simply 'changed'
            vals = {}
        at = self.when.value() if self.when.touched() else None
        return (at, sorted((k, repr(v)) for k, v in vals.items()))

    def is_dirty(self) -> bool:
        """Something was typed or chosen since the dialog opened."""
        return self._snapshot() != self._initial

    def reject(self) -> None:
        """Escape and Cancel ask before throwing away what was filled in; while the
        entry is being saved the dialog waits for the answer."""
        if self.saving:
            return
        if self.is_dirty() and not messages.ask(
                self, self.tr("Discard this entry?"),
                self.tr("You filled in this form. Close it without saving?"),
                self.tr("Discard"), self.tr("Keep editing")):
            return
        super().reject()

    # ------------------------------------------------------------------ building
    def field(self, key: str, control: QWidget) -> FieldBox:
        box = FieldBox(control, self)
        self.fields[key] = box
        return box

    def _labelled(self, label: str, widget: QWidget) -> QWidget:
        w = QWidget(self)
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lab = QLabel(f"<b>{label}</b>", w)
        lab.setBuddy(widget)
        lay.addWidget(lab)
        lay.addWidget(widget)
        return w

    def build(self, body: QWidget) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def load(self, rec: Record) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def values(self) -> dict[str, Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def data(self) -> dict[str, Any]:
        return {"at": self.when.value(), **self.values()}

    # ------------------------------------------------------------------ saving
    def clear_errors(self) -> None:
        for box in self.fields.values():
            box.set_error(None)
        self.general_error.setVisible(False)

    def mark(self, field: str, message: str) -> None:
        key = _FIELD_ALIASES.get(field, field.replace("-", "_"))
        box = self.fields.get(key)
        message = tr_message("inputs", message)  # the validators' refusals, in the language
        if box is None:
            self.general_error.setText(f"{field}: {message}")
            self.general_error.setVisible(True)
            return
        box.set_error(message[:1].upper() + message[1:])
        box.control.setFocus()

    def error_text(self, field: str) -> str | None:
        key = _FIELD_ALIASES.get(field, field)
        box = self.fields.get(key)
        return box.error_label.text() if box is not None and box.has_error() else None

    def save(self) -> bool:
        """Hand the input to the controller, which writes on its worker; True once handed.

        Meanwhile the dialog shows that it is saving (the form and the buttons
        disabled, the window alive).  The answer comes back by signal: on success
        the dialog closes (``result_value`` holds the LogResult); on a refusal it
        marks the field with the reason and stays open, nothing saved.
        """
        if self.saving:
            return False
        self.clear_errors()
        try:
            data = self.data()
        except InputError as exc:
            self.mark(exc.field, exc.message)
            return False
        self._set_saving(True)
        if self.record is None:
            self.pending = self.ctl.log(self.kind, data, self._saved, self._refused)
        else:
            self.pending = self.ctl.edit(self.record.id, data, self._saved, self._refused)
        return True

    @property
    def saving(self) -> bool:
        """A save was handed to the controller and its answer has not come back yet."""
        return self.pending is not None and not self.pending.finished

    def _set_saving(self, on: bool) -> None:
        self.content.setEnabled(not on)
        self.buttons.setEnabled(not on)
        self.saving_label.setVisible(on)

    def _saved(self, result: Any) -> None:
        self.result_value = result
        self._set_saving(False)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, InputError):
            self.mark(exc.field, exc.message)
        elif isinstance(exc, EnvironmentProblem):
            messages.warning(self, self.tr("Not saved"), exc.message, exc.hint)
        elif isinstance(exc, NotFound):  # deleted meanwhile (another program, an undo)
            messages.warning(self, self.tr("Not saved"),
                             self.tr("This entry is no longer in the diary."))
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    def accept(self) -> None:
        guard = getattr(self, "completion_guard", None)
        if guard is not None and guard.active:
            return  # Return chose a completion; it did not mean 'save'
        self.save()  # closes the dialog when the controller says it was saved


def _combo(parent: QWidget, items: dict[str, str], none_label: str | None = None,
           name: str = "", table: str = "") -> QComboBox:
    """A choice of vocabulary values; ``table`` names the ``core.vocab.word`` table
    that gives each key its word in the language."""
    c = QComboBox(parent)
    if none_label is not None:
        c.addItem(none_label, None)
    for key, label in items.items():
        c.addItem(word(table, key) if table else label, key)
    if name:
        c.setAccessibleName(name)
    return c


def _set_combo(c: QComboBox, value: Any) -> None:
    i = c.findData(value)
    c.setCurrentIndex(max(i, 0))


def _text_or_none(s: str) -> str | None:
    return s if s.strip() else None


class CrampDialog(EntryDialog):
    kind = "cramp"
    WHEN_IN_BODY = True
    PREFERRED = QSize(1000, 680)

    def first_field(self) -> QWidget:
        return self.muscle.focus_target()

    def build(self, body: QWidget) -> None:
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        left = QVBoxLayout()
        right = QVBoxLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.muscle = BodyPicker(body)
        left.addWidget(self._labelled(self.tr("Where"), self.field("muscle", self.muscle)))
        self.side = SidePicker(body)
        left.addWidget(self._labelled(self.tr("Side"), self.field("side", self.side)))
        self.severity = Scale(self.tr("0 mild"), self.tr("10 worst"), 5, body)
        self.severity.slider.setAccessibleName(self.tr("Severity from 0 to 10"))
        left.addWidget(self._labelled(self.tr("How bad (0 to 10)"),
                                      self.field("severity", self.severity)))
        # Where, which side, how bad, when: the facts that matter, in Tab order; then details.
        left.addWidget(self.when_box)
        row = QHBoxLayout()
        self.duration = QLineEdit(body)
        self.duration.setPlaceholderText(self.tr("e.g. 45s, 3m, 1h30m"))
        self.duration.setAccessibleName(self.tr("How long it lasted"))
        self.duration.setToolTip(self.tr("How long the cramp lasted: 45s, 3m, 1h30m or seconds"))
        row.addWidget(self._labelled(self.tr("How long"), self.field("duration_s", self.duration)), 1)
        self.woke = QCheckBox(self.tr("It woke me up"), body)
        self.woke.setAccessibleName(self.tr("The cramp woke me up"))
        row.addWidget(self.field("woke", self.woke), 0, Qt.AlignmentFlag.AlignBottom)
        left.addLayout(row)

        relief_box = QGroupBox(self.tr("What did you try?"), body)
        rl = QGridLayout(relief_box)
        self.relief: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(RELIEFS.items()):
            cb = QCheckBox(self.tr(label), relief_box)
            cb.setAccessibleName(self.tr("Relief: {r}").format(r=cb.text()))
            self.relief[key] = cb
            rl.addWidget(cb, i // 2, i % 2)
        left.addWidget(self.field("relief", relief_box))
        self.relief_score = QComboBox(body)
        self.relief_score.addItem(self.tr("Not rated"), None)
        for v in range(11):
            label = {0: self.tr("0 – did not help"), 10: self.tr("10 – it went away")}.get(v, str(v))
            self.relief_score.addItem(label, v)
        self.relief_score.setAccessibleName(self.tr("How well the relief worked, 0 to 10"))
        left.addWidget(self._labelled(self.tr("How well it worked"),
                                      self.field("relief_score", self.relief_score)))
        left.addStretch(1)

        flags_box = QGroupBox(self.tr("Warning signs (red flags)"), body)
        flags_box.setStyleSheet(f"QGroupBox {{ font-weight: bold; color: {danger_text(self)}; }}")
        fl = QVBoxLayout(flags_box)
        self.red_flags: dict[str, QCheckBox] = {}
        for key, (label, meaning) in RED_FLAGS.items():
            cb = QCheckBox(self.tr(label), flags_box)
            cb.setToolTip(self.tr(meaning))
            cb.setAccessibleName(self.tr("Red flag: {f}").format(f=cb.text()))
            cb.setAccessibleDescription(self.tr(meaning))
            cb.setStyleSheet("font-weight: normal; color: palette(text);")
            desc = QLabel(self.tr(meaning), flags_box)
            desc.setWordWrap(True)
            desc.setIndent(24)
            desc.setMinimumWidth(380)
            desc.setStyleSheet("font-weight: normal; color: palette(placeholder-text);")
            cb.toggled.connect(self._update_red_warning)
            self.red_flags[key] = cb
            fl.addWidget(cb)
            fl.addWidget(desc)
        self.red_warning = QLabel(self.tr("If any of these apply, seek medical care now."), flags_box)
        self.red_warning.setWordWrap(True)
        self.red_warning.setStyleSheet(f"color: white; background: {DANGER}; padding: 6px;"
                                       " border-radius: 4px; font-weight: bold;")
        self.red_warning.setVisible(False)
        fl.addWidget(self.red_warning)
        right.addWidget(self.field("red_flags", flags_box))
        self.trigger = QLineEdit(body)
        self.trigger.setPlaceholderText(self.tr("What you were doing, if it seems relevant"))
        self.trigger.setAccessibleName(self.tr("Possible trigger"))
        right.addWidget(self._labelled(self.tr("Possible trigger"),
                                       self.field("trigger", self.trigger)))
        self.note = QPlainTextEdit(body)
        self.note.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        right.addWidget(self._labelled(self.tr("Note"), self.field("note", self.note)))
        right.addStretch(1)
        chain = [*self.muscle.buttons(), *self.side.buttons(), self.severity.slider,
                 self.when.time_edit, self.when.date_edit, *self.when.buttons.values(),
                 self.duration, self.woke, *self.relief.values(), self.relief_score,
                 *self.red_flags.values(), self.trigger, self.note]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _update_red_warning(self) -> None:
        self.red_warning.setVisible(any(cb.isChecked() for cb in self.red_flags.values()))

    def load(self, rec: Record) -> None:
        self.muscle.set_value(rec.muscle)  # type: ignore[union-attr]
        self.side.set_value(rec.side)  # type: ignore[union-attr]
        self.severity.set_value(rec.severity)  # type: ignore[union-attr]
        self.duration.setText(format_duration(rec.duration_s) if rec.duration_s else "")  # type: ignore[union-attr]
        self.woke.setChecked(bool(rec.woke))  # type: ignore[union-attr]
        for k, cb in self.relief.items():
            cb.setChecked(k in rec.relief)  # type: ignore[union-attr]
        _set_combo(self.relief_score, rec.relief_score)  # type: ignore[union-attr]
        for k, cb in self.red_flags.items():
            cb.setChecked(k in rec.red_flags)  # type: ignore[union-attr]
        self.trigger.setText(rec.trigger or "")  # type: ignore[union-attr]
        self.note.setPlainText(rec.note or "")  # type: ignore[union-attr]

    def values(self) -> dict[str, Any]:
        return {
            "muscle": self.muscle.value(),
            "side": self.side.value(),
            "severity": self.severity.value(),
            "duration_s": _text_or_none(self.duration.text()),
            "woke": self.woke.isChecked(),
            "relief": [k for k, cb in self.relief.items() if cb.isChecked()],
            "relief_score": self.relief_score.currentData(),
            "red_flags": [k for k, cb in self.red_flags.items() if cb.isChecked()],
            "trigger": _text_or_none(self.trigger.text()),
            "note": _text_or_none(self.note.toPlainText()),
        }


class DoseDialog(EntryDialog):
    kind = "dose"

    def first_field(self) -> QWidget:
        return self.amount if self.drug.text() else self.drug

    def __init__(self, controller: DiaryController, record: Record | None = None,
                 parent: QWidget | None = None, drug: str | None = None) -> None:
        self._meds = {m.name.casefold(): m for m in controller.medicines(include_stopped=False)}
        super().__init__(controller, record, parent)
        if record is None and drug:
            self.drug.setText(drug)
            self._initial = self._snapshot()  # a pre-filled name is not 'filled in'
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ a forgiving check
    GENERIC_MAX_MG = 10_000.0  # no single dose of any tablet is 10 g: surely a slip
    FAR_ABOVE = 2.0  # 'far above' the label's single-dose limit

    def amount_question(self) -> tuple[str, str, float | None] | None:
        """If the amount is far above what one dose can be, (text, details, suggestion)."""
        from ..core.catalog import load_catalog
        from ..core.vocab import amount_mg

        amount, unit = self.amount.value(), self.unit.currentText().strip() or "mg"
        mg = amount_mg(amount, unit)
        if mg is None or mg <= 0:
            return None
        drug = load_catalog().resolve(self.drug.text())
        limit = None
        if drug is not None:
            limit = drug.limit("max_single_mg") or drug.limit("max_daily_mg")
        threshold = limit * self.FAR_ABOVE if limit else self.GENERIC_MAX_MG
        if mg <= threshold:
            return None
        suggestion = None
        if limit:
            s = amount
            while s >= 1 and (amount_mg(s, unit) or 0) > limit:
                s = s / 10
            if s != amount and (amount_mg(s, unit) or 0) <= limit and s >= 0.01:
                suggestion = round(s, 2)
        name = drug.name if drug is not None else (self.drug.text().strip() or self.tr("this medicine"))
        text = self.tr("{a} {u} of {d} is far more than one dose.").format(
            a=num(amount), u=unit, d=name)
        if suggestion is not None:
            text += " " + self.tr("Did you mean {s} {u}?").format(s=num(suggestion), u=unit)
        details = (self.tr("The label's limit for one dose is {m} mg.").format(m=num(limit))
                   if limit else self.tr("Please check the amount and the unit."))
        return text, details, suggestion

    def save(self) -> bool:
        if self.saving:
            return False
        q = self.amount_question()
        if q is not None:
            text, details, suggestion = q
            unit = self.unit.currentText().strip() or "mg"
            options = []
            if suggestion is not None:
                options.append(self.tr("Save {s} {u}").format(s=num(suggestion), u=unit))
            options += [self.tr("Save {a} {u} as typed").format(a=num(self.amount.value()), u=unit),
                        self.tr("Go back and check")]
            i = messages.choose(self, self.tr("Check the amount"), text, details, options)
            if i == len(options) - 1 or i < 0:
                self.amount.setFocus()
                self.amount.selectAll()
                return False
            if suggestion is not None and i == 0:
                self.amount.setValue(suggestion)
        return super().save()

    def build(self, body: QWidget) -> None:
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        from ..core.catalog import load_catalog

        names = sorted({*load_catalog().names(), *(m.name for m in self._meds.values())},
                       key=str.casefold)
        self.drug = QLineEdit(body)
        self.drug.setPlaceholderText(self.tr("Generic or brand name, e.g. tizanidine or Zanaflex"))
        self.drug.setAccessibleName(self.tr("Medicine"))
        comp = QCompleter(names, self.drug)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.drug.setCompleter(comp)
        self.drug.textChanged.connect(self._drug_changed)
        form.addRow(self.tr("Medicine"), self.field("drug", self.drug))
        row = QWidget(body)
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        self.amount = QDoubleSpinBox(row)
        self.amount.setRange(0, 1_000_000)
        self.amount.setDecimals(2)
        self.amount.setAccessibleName(self.tr("Amount"))
        self.unit = QComboBox(row)
        self.unit.setEditable(True)
        self.unit.addItems(["mg", "mcg", "g", "ml", "tablet", "puff", "drop"])
        self.unit.setAccessibleName(self.tr("Unit"))
        rl.addWidget(self.field("amount", self.amount), 2)
        rl.addWidget(self.field("unit", self.unit), 1)
        form.addRow(self.tr("Amount"), row)
        self.completion_guard = CompletionGuard(self.drug, self.amount)
        self.form_combo = _combo(body, FORMS, self.tr("Not recorded"), self.tr("Form"), "form")
        form.addRow(self.tr("Form"), self.field("form", self.form_combo))
        self.food = QComboBox(body)
        self.food.addItem(self.tr("Not recorded"), None)
        self.food.addItem(self.tr("With food"), True)
        self.food.addItem(self.tr("Without food"), False)
        self.food.setAccessibleName(self.tr("Taken with food"))
        form.addRow(self.tr("Food"), self.field("with_food", self.food))
        self.note = QPlainTextEdit(body)
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note"), self.field("note", self.note))

    def _drug_changed(self, text: str) -> None:
        """Typing one of my medicines fills in its usual amount, form and food (new entries)."""
        if self.record is not None:
            return
        med = self._meds.get(text.strip().casefold())
        if med is None:
            return
        if med.usual_amount:
            self.amount.setValue(med.usual_amount)
        i = self.unit.findText(med.unit or "mg")
        if i >= 0:
            self.unit.setCurrentIndex(i)
        else:
            self.unit.setEditText(med.unit or "mg")
        _set_combo(self.form_combo, med.form)
        _set_combo(self.food, med.with_food)

    def load(self, rec: Record) -> None:
        self.drug.setText(rec.drug)  # type: ignore[union-attr]
        self.amount.setValue(rec.amount)  # type: ignore[union-attr]
        self.unit.setEditText(rec.unit)  # type: ignore[union-attr]
        _set_combo(self.form_combo, rec.form)  # type: ignore[union-attr]
        _set_combo(self.food, rec.with_food)  # type: ignore[union-attr]
        self.note.setPlainText(rec.note or "")  # type: ignore[union-attr]

    def values(self) -> dict[str, Any]:
        return {
            "drug": self.drug.text(),
            "amount": self.amount.value(),
            "unit": self.unit.currentText(),
            "form": self.form_combo.currentData(),
            "with_food": self.food.currentData(),
            "note": _text_or_none(self.note.toPlainText()),
        }


class WaterDialog(EntryDialog):
    kind = "water"
    PREFERRED = QSize(520, 240)

    def first_field(self) -> QWidget:
        return self.amount

    def build(self, body: QWidget) -> None:
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        s = self.ctl.settings
        self.amount = QDoubleSpinBox(body)
        self.amount.setRange(0, 10_000 if s.units == "ml" else 400)
        self.amount.setDecimals(0 if s.units == "ml" else 1)
        self.amount.setSingleStep(50 if s.units == "ml" else 1)
        self.amount.setSuffix(" " + s.unit_label())
        self.amount.setValue(250 if s.units == "ml" else 8)
        self.amount.setAccessibleName(self.tr("Amount in {u}").format(u=s.unit_label()))
        form.addRow(self.tr("Amount"), self.field("ml", self.amount))
        self.drink = _combo(body, DRINKS, name=self.tr("Drink"), table="drink")
        form.addRow(self.tr("Drink"), self.field("drink", self.drink))

    def load(self, rec: Record) -> None:
        self.amount.setValue(self.ctl.settings.from_ml(rec.ml))  # type: ignore[union-attr]
        _set_combo(self.drink, rec.drink)  # type: ignore[union-attr]

    def values(self) -> dict[str, Any]:
        return {"ml": round(self.ctl.settings.to_ml(self.amount.value()), 1),
                "drink": self.drink.currentData()}


class StretchDialog(EntryDialog):
    kind = "stretch"
    PREFERRED = QSize(520, 240)

    def first_field(self) -> QWidget:
        return self.minutes

    def build(self, body: QWidget) -> None:
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.minutes = QDoubleSpinBox(body)
        self.minutes.setRange(0, 24 * 60 + 1)
        self.minutes.setDecimals(0)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(10)
        self.minutes.setAccessibleName(self.tr("Minutes of stretching"))
        form.addRow(self.tr("How long"), self.field("minutes", self.minutes))
        self.what = QLineEdit(body)
        self.what.setPlaceholderText(self.tr("e.g. calf stretch against the wall"))
        self.what.setAccessibleName(self.tr("What kind of stretching"))
        form.addRow(self.tr("What"), self.field("stretch_kind", self.what))

    def load(self, rec: Record) -> None:
        self.minutes.setValue(rec.minutes)  # type: ignore[union-attr]
        self.what.setText(rec.stretch_kind or "")  # type: ignore[union-attr]

    def values(self) -> dict[str, Any]:
        return {"minutes": self.minutes.value(), "stretch_kind": _text_or_none(self.what.text())}


class _Optional(QSpinBox):
    """A whole-number box whose lowest value means 'not measured'."""

    def __init__(self, lo: int, hi: int, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(lo - 1, hi)
        self.setSpecialValueText("—")
        self.setValue(lo - 1)
        self.setAccessibleName(name)

    def optional_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_optional(self, v: int | None) -> None:
        self.setValue(self.minimum() if v is None else v)


class VitalsDialog(EntryDialog):
    kind = "vitals"
    PREFERRED = QSize(520, 300)

    def first_field(self) -> QWidget:
        return self.systolic

    def build(self, body: QWidget) -> None:
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        # Wider than the accepted ranges so out-of-range readings are refused with a reason.
        self.systolic = _Optional(1, 400, self.tr("Systolic (upper) blood pressure"), body)
        self.diastolic = _Optional(1, 400, self.tr("Diastolic (lower) blood pressure"), body)
        self.pulse = _Optional(1, 400, self.tr("Pulse in beats per minute"), body)
        for w in (self.systolic, self.diastolic):
            w.setSuffix(" mmHg")
        self.pulse.setSuffix(self.tr(" /min"))
        form.addRow(self.tr("Systolic (upper)"), self.field("systolic", self.systolic))
        form.addRow(self.tr("Diastolic (lower)"), self.field("diastolic", self.diastolic))
        form.addRow(self.tr("Pulse"), self.field("pulse", self.pulse))
        hint = QLabel(self.tr("Leave a box at “—” if you did not measure it."), body)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)

    def load(self, rec: Record) -> None:
        self.systolic.set_optional(rec.systolic)  # type: ignore[union-attr]
        self.diastolic.set_optional(rec.diastolic)  # type: ignore[union-attr]
        self.pulse.set_optional(rec.pulse)  # type: ignore[union-attr]

    def values(self) -> dict[str, Any]:
        return {"systolic": self.systolic.optional_value(),
                "diastolic": self.diastolic.optional_value(),
                "pulse": self.pulse.optional_value()}


class SymptomDialog(EntryDialog):
    kind = "symptom"
    PREFERRED = QSize(560, 340)

    def first_field(self) -> QWidget:
        return self.name

    def build(self, body: QWidget) -> None:
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(body)
        self.name.setPlaceholderText(self.tr("e.g. drowsiness, dizziness, dry mouth"))
        self.name.setAccessibleName(self.tr("Symptom"))
        form.addRow(self.tr("Symptom"), self.field("name", self.name))
        self.severity = Scale(self.tr("0 mild"), self.tr("10 worst"), 3, body)
        self.severity.slider.setAccessibleName(self.tr("Severity from 0 to 10"))
        form.addRow(self.tr("How bad"), self.field("severity", self.severity))
        self.note = QPlainTextEdit(body)
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note"), self.field("note", self.note))

    def load(self, rec: Record) -> None:
        self.name.setText(rec.name)  # type: ignore[union-attr]
        self.severity.set_value(rec.severity)  # type: ignore[union-attr]
        self.note.setPlainText(rec.note or "")  # type: ignore[union-attr]

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "severity": self.severity.value(),
                "note": _text_or_none(self.note.toPlainText())}


DIALOGS: dict[str, type[EntryDialog]] = {
    "cramp": CrampDialog, "dose": DoseDialog, "water": WaterDialog,
    "stretch": StretchDialog, "vitals": VitalsDialog, "symptom": SymptomDialog,
}


def entry_dialog(controller: DiaryController, kind: str, record: Record | None = None,
                 parent: QWidget | None = None, **kw: Any) -> EntryDialog:
    return DIALOGS[kind](controller, record, parent, **kw)  # type: ignore[call-arg]
