"""First run: the disclaimer to accept, then (optional) my medicines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import load_catalog
from ..core.errors import InputError
from ..core.records import num
from .controller import DiaryController
from .screen import fit_to_screen
from .style import bigger, danger_text
from .widgets import CompletionGuard

DISCLAIMER = (
    "<p>Cramp Diary helps you keep track of cramps, spasms and the medicines you take, and "
    "points out things worth discussing with your doctor, such as doses closer together than "
    "a label allows.</p>"
    "<p><b>It informs; it does not prescribe.</b> It is not a medical device and not a "
    "substitute for a doctor, nurse or pharmacist. It never tells you to start, stop or "
    "change a medicine: talk to your prescriber about that.</p>"
    "<p>It can only judge what you log, and it can be wrong or incomplete.</p>"
    "<p><b>Red flags: seek care now</b> if you have new weakness in "
    "a limb, trouble passing urine or controlling your bladder or bowels, numbness between "
    "the legs or around the buttocks, back pain with leg weakness, sudden severe stiffness, "
    "or dark (tea- or cola-coloured) urine after cramps.</p>"
    "<p>Your diary stays on this computer. Cramp Diary makes no network connections.</p>"
)


class FirstRunDialog(QDialog):
    def __init__(self, controller: DiaryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.pending: Any = None  # the controller's task saving the medicine just added
        self.setWindowTitle(self.tr("Welcome to Cramp Diary"))
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)

        # page 1: disclaimer
        p1 = QWidget(self.pages)
        l1 = QVBoxLayout(p1)
        l1.setSpacing(12)
        head = QLabel(self.tr("Before you start"), p1)
        bigger(head, 1.4, bold=True)
        l1.addWidget(head)
        text = QLabel(self.tr(DISCLAIMER), p1)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        l1.addWidget(text)
        l1.addStretch(1)
        self.agree = QCheckBox(self.tr("I understand that Cramp Diary informs and does not "
                                       "replace medical care"), p1)
        self.agree.setAccessibleName(self.tr("I accept the disclaimer"))
        # never narrower than its words (a check box does not wrap; German is longer)
        self.agree.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        l1.addWidget(self.agree)
        r1 = QHBoxLayout()
        r1.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"), p1)
        self.quit_button.clicked.connect(self.reject)
        self.next_button = QPushButton(self.tr("Continue"), p1)
        self.next_button.setEnabled(False)
        self.next_button.setDefault(True)
        self.agree.toggled.connect(self.next_button.setEnabled)
        self.next_button.clicked.connect(self.accept_disclaimer)
        r1.addWidget(self.quit_button)
        r1.addWidget(self.next_button)
        l1.addLayout(r1)
        self.pages.addWidget(p1)

        # page 2: my medicines
        p2 = QWidget(self.pages)
        l2 = QVBoxLayout(p2)
        head2 = QLabel(self.tr("Your medicines (optional)"), p2)
        bigger(head2, 1.4, bold=True)
        l2.addWidget(head2)
        intro = QLabel(self.tr("Add the medicines you take for cramps or spasms, and any others "
                               "you want the diary to consider. Brand names work too. Each one "
                               "gets a one-click button on the Today page. You can change this "
                               "later under Medicines."), p2)
        intro.setWordWrap(True)
        l2.addWidget(intro)
        row = QHBoxLayout()
        self.name = QLineEdit(p2)
        self.name.setPlaceholderText(self.tr("Medicine, e.g. tizanidine or Zanaflex"))
        self.name.setAccessibleName(self.tr("Medicine name"))
        comp = QCompleter(load_catalog().names(), self.name)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(comp)
        self.amount = QDoubleSpinBox(p2)
        self.amount.setRange(0, 100_000)
        self.amount.setSpecialValueText(self.tr("usual mg (optional)"))
        self.amount.setSuffix(" mg")
        self.amount.setAccessibleName(self.tr("Usual dose in mg"))
        self.add_button = QPushButton(self.tr("Add"), p2)
        self.add_button.setToolTip(self.tr("Add it to my medicines (Enter)"))
        self.add_button.clicked.connect(self.add_medicine)
        row.addWidget(self.name, 2)
        row.addWidget(self.amount, 1)
        row.addWidget(self.add_button)
        l2.addLayout(row)
        self.error = QLabel(p2)
        self.error.setStyleSheet(f"color: {danger_text(self)}; font-weight: bold;")
        self.error.setVisible(False)
        l2.addWidget(self.error)
        self.completion_guard = CompletionGuard(self.name, self.amount)
        self.added = QListWidget(p2)
        self.added.setAccessibleName(self.tr("Medicines added"))
        l2.addWidget(self.added, 1)
        r2 = QHBoxLayout()
        r2.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"), p2)
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.accept)
        r2.addWidget(self.done_button)
        l2.addLayout(r2)
        self.pages.addWidget(p2)
        # at least 600 wide, wider when the words need it (German is longer)
        self.setMinimumWidth(max(600, outer.minimumSize().width()))
        fit_to_screen(self, QSize(640, 440))

    def accept_disclaimer(self) -> None:
        if not self.agree.isChecked():
            return
        s = self.ctl.settings.model_copy(update={"disclaimer_accepted": True})
        self.ctl.save_settings(s)
        self.pages.setCurrentIndex(1)
        self.next_button.setDefault(False)
        self.add_button.setDefault(True)  # Enter adds the medicine typed
        self.name.setFocus()

    def add_medicine(self) -> bool:
        if self.completion_guard.active:
            return False  # Return chose a completion; the amount comes next
        if self.pending is not None and not self.pending.finished:
            return False  # the one added before is still being saved
        self.error.setVisible(False)
        name = self.name.text().strip()
        if not name:
            return False
        self.add_button.setEnabled(False)
        # Written on the controller's worker; the list shows it when the answer comes back.
        self.pending = self.ctl.save_medicine(
            {"name": name, "usual_amount": self.amount.value() or None},
            on_done=self._medicine_added, on_error=self._medicine_refused)
        return True

    def _medicine_added(self, med: Any) -> None:
        self.add_button.setEnabled(True)
        label = med.name + (f"  ·  {num(med.usual_amount)} mg" if med.usual_amount else "")
        if load_catalog().resolve(med.name) is None:
            label += self.tr("  (not in the catalog: no drug rules)")
        self.added.addItem(label)
        self.name.clear()
        self.amount.setValue(0)

    def _medicine_refused(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if not isinstance(exc, InputError):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.error.setText(f"{exc.field}: {exc.message}")
        self.error.setVisible(True)
