"""The Report dialog: period, sections and name, a preview, then Save or Print.

The numbers of the preview and the PDF come from the same code
(``report.collect`` / ``report.summary``); both are computed off the UI thread.
PySide6-Essentials has no PDF renderer, so the preview shows the first page's
content as formatted text, not an image of the PDF.

Print: the PDF is written to a private temporary folder, then sent to the printer
chosen in the print dialog with the system's ``lp`` command (Linux, macOS).
Where that is not possible it is opened in the system's PDF viewer, from which
it can be printed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.db import Diary
from ..core.timeutil import local_zone, now_utc
from .tasks import run_task

PRESETS = (("30", 30), ("90", 90), ("365", 365), ("all", 0))


class _Progress(QObject):
    """Lives in the UI thread; the worker emits, Qt queues the call to the UI thread."""

    changed = Signal(float, str)


class ReportDialog(QDialog):
    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self._closed = False
        self._busy = False
        self._preview_gen = 0
        self.last_saved: Path | None = None
        self.last_error: BaseException | None = None
        self.preview_relay: Any = None
        self.task_relay: Any = None
        self.setWindowTitle(self.tr("Report for my doctor"))
        self.resize(760, 640)

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)

        left = QVBoxLayout()
        top.addLayout(left, 0)
        period = QGroupBox(self.tr("Period"), self)
        form = QFormLayout(period)
        self.preset = QComboBox(period)
        for key, label in (("30", self.tr("Last 30 days")), ("90", self.tr("Last 3 months")),
                           ("365", self.tr("Last 12 months")), ("all", self.tr("Everything")),
                           ("custom", self.tr("Chosen dates"))):
            self.preset.addItem(label, key)
        self.preset.setAccessibleName(self.tr("Report period"))
        form.addRow(self.tr("Show"), self.preset)
        today = self._today()
        self.start_edit = QDateEdit(period)
        self.end_edit = QDateEdit(period)
        for w, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            w.setCalendarPopup(True)
            w.setDisplayFormat("d MMM yyyy")
            w.setMaximumDate(_qdate(today + timedelta(days=1)))
            w.setAccessibleName(self.tr("Report period: {x}").format(x=name))
            form.addRow(name, w)
        self.end_edit.setDate(_qdate(today))
        left.addWidget(period)

        secs = QGroupBox(self.tr("What to include"), self)
        sv = QVBoxLayout(secs)
        from ..report.pdf import SECTIONS

        labels = {"summary": self.tr("One-page summary"), "charts": self.tr("Charts"),
                  "log": self.tr("Full log (tables)"),
                  "questions": self.tr("Questions for my doctor")}
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in SECTIONS:
            cb = QCheckBox(labels[key], secs)
            cb.setChecked(True)
            cb.toggled.connect(self._schedule_preview)
            sv.addWidget(cb)
            self.section_boxes[key] = cb
        always = QLabel(self.tr("The red flags and the disclaimer are always included."), secs)
        always.setWordWrap(True)
        sv.addWidget(always)
        left.addWidget(secs)

        who = QGroupBox(self.tr("Name on every page (optional)"), self)
        wl = QVBoxLayout(who)
        self.name_edit = QLineEdit(who)
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. your name and date of birth"))
        self.name_edit.setAccessibleName(self.tr("Name on the report"))
        self.name_edit.textChanged.connect(self._schedule_preview)
        wl.addWidget(self.name_edit)
        left.addWidget(who)

        from ..settings import load_settings

        qs = QGroupBox(self.tr("Questions for my doctor (one per line)"), self)
        ql = QVBoxLayout(qs)
        self.questions_edit = QPlainTextEdit(qs)
        self.questions_edit.setAccessibleName(self.tr("Questions for my doctor"))
        self.questions_edit.setPlaceholderText(
            self.tr("e.g. Could one of my medicines go with the cramps?"))
        self.questions_edit.setPlainText(load_settings().doctor_questions)
        self.questions_edit.setMaximumHeight(120)
        self.questions_edit.setTabChangesFocus(True)
        ql.addWidget(self.questions_edit)
        kept = QLabel(self.tr("Kept for next time; printed in the report with space to write."), qs)
        kept.setWordWrap(True)
        ql.addWidget(kept)
        left.addWidget(qs)
        left.addStretch(1)

        right = QVBoxLayout()
        top.addLayout(right, 1)
        right.addWidget(QLabel(self.tr("Preview of the first page"), self))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the report's first page"))
        self.preview.setOpenLinks(False)
        right.addWidget(self.preview, 1)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progress"))
        outer.addWidget(self.progress)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.status)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button.setToolTip(self.tr("Write the report as a PDF file"))
        self.print_button.setToolTip(self.tr("Print the report"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        outer.addWidget(buttons)

        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self._first_day = self._first_entry_day()
        self._setting_dates = False
        self.preset.setCurrentIndex(1)
        self._preset_changed()

    # ------------------------------------------------------------------ period
    @staticmethod
    def _today() -> date:
        return now_utc().astimezone(local_zone()).date()

    def _first_entry_day(self) -> date | None:
        from ..core.diary import first_entry_time

        first = first_entry_time(self.diary)
        return first.astimezone(local_zone()).date() if first else None

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        today = self._today()
        days = dict(PRESETS)[key]
        if days:
            start = today - timedelta(days=days - 1)
        else:
            start = self._first_day or today - timedelta(days=29)
        self._setting_dates = True
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(today))
        self._setting_dates = False
        self._schedule_preview()

    def _dates_edited(self) -> None:
        if not self._setting_dates:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
        self._schedule_preview()

    def period(self) -> tuple[date, date]:
        start = self.start_edit.date().toPython()
        end = self.end_edit.date().toPython()
        if end < start:
            start, end = end, start
        return start, end  # type: ignore[return-value]

    def sections(self) -> list[str]:
        return [k for k, cb in self.section_boxes.items() if cb.isChecked()]

    def name(self) -> str | None:
        return self.name_edit.text().strip() or None

    # ------------------------------------------------------------------ preview
    def _schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> Any:
        """Recompute the preview off the UI thread; returns the task's relay."""
        from ..report import collect
        from ..report.preview import summary_html

        self._timer.stop()  # an explicit refresh replaces a pending one
        self._preview_gen += 1
        gen = self._preview_gen
        start, end = self.period()
        name = self.name()
        diary = self.diary

        def work() -> str:
            inp = collect(diary, start, end, name, ["summary"], with_charts=False)
            return summary_html(inp.summary, name)

        def done(html: str) -> None:
            if not self._closed and gen == self._preview_gen:
                self.preview.setHtml(html)

        def failed(exc: BaseException) -> None:
            if not self._closed and gen == self._preview_gen:
                self.preview.setPlainText(self.tr("The preview could not be made: {e}").format(e=exc))

        self.preview_relay = run_task(work, done, failed)
        return self.preview_relay

    # ------------------------------------------------------------------ generate
    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if not self._closed:
            self.progress.setValue(int(round(fraction * 100)))
            self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def save_questions(self) -> None:
        """Keep the questions in the settings (the report reads them from there)."""
        from ..settings import load_settings, save_settings

        settings = load_settings()
        text = self.questions_edit.toPlainText().strip()[:20_000]
        if text != settings.doctor_questions:
            settings.doctor_questions = text
            save_settings(settings)

    def _generate(self, out: Path, then: Any) -> Any:
        from ..report import write_report

        self.save_questions()
        start, end = self.period()
        name, sections, diary = self.name(), self.sections(), self.diary
        emit = self._progress.changed.emit
        self._set_busy(True)
        self.progress.setValue(0)
        self.last_error = None

        def work() -> Path:
            return write_report(diary, out, start=start, end=end, name=name, sections=sections,
                                progress=lambda f, m: emit(float(f), str(m)))

        def done(path: Path) -> None:
            if self._closed:
                return
            self._set_busy(False)
            self.progress.setValue(100)
            then(path)

        def failed(exc: BaseException) -> None:
            self.last_error = exc
            if self._closed:
                return
            self._set_busy(False)
            self.progress.setValue(0)
            from ..core.errors import CrampDiaryError, InputError

            if isinstance(exc, InputError):
                text = f"{exc.field}: {exc.message}"
            elif isinstance(exc, CrampDiaryError | OSError):
                text = str(getattr(exc, "message", None) or getattr(exc, "strerror", None) or exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
                text = self.tr("An unexpected error stopped the report.")
            self.status.setText(self.tr("The report was not made: {e}").format(e=text))

        self.task_relay = run_task(work, done, failed)
        return self.task_relay

    def choose_save_path(self) -> str:
        start, end = self.period()
        suggested = str(Path.home() / f"cramp-diary-report-{start.isoformat()}-to-{end.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        return path

    def save(self) -> Any:
        path = self.choose_save_path()
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")

        def saved(p: Path) -> None:
            self.last_saved = p
            self.status.setText(self.tr("Saved to {p}").format(p=p))

        return self._generate(out, saved)

    def print_report(self) -> Any:
        folder = Path(tempfile.mkdtemp(prefix="crampdiary-print-"))  # 0700
        return self._generate(folder / "cramp-diary-report.pdf", self._print_pdf)

    def choose_printer(self) -> tuple[str, int] | None:
        """The print dialog: (printer name, copies), or None if cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print the report"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer.printerName(), max(1, printer.copyCount())

    def open_externally(self, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _print_pdf(self, path: Path) -> None:
        self.last_saved = path
        lp = shutil.which("lp")
        if lp:
            try:
                chosen = self.choose_printer()
            except ImportError:
                chosen = ("", 1)
            if chosen is None:
                self.status.setText(self.tr("Printing cancelled."))
                return
            name, copies = chosen
            if name:
                try:
                    subprocess.run([lp, "-d", name, "-n", str(copies), str(path)], check=True,
                                   capture_output=True, timeout=60)
                except (OSError, subprocess.SubprocessError) as exc:
                    self.status.setText(self.tr("The printer did not accept the report ({e}); it "
                                                "opens in your PDF viewer instead.").format(e=exc))
                else:
                    self.status.setText(self.tr("Sent to the printer {p}.").format(p=name))
                    return
        if self.open_externally(path):
            self.status.setText(self.tr("The report opened in your PDF viewer; print it from "
                                        "there. File: {p}").format(p=path))
        else:
            self.status.setText(self.tr("No PDF viewer could be opened. The report is at {p}")
                                .format(p=path))

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:  # type: ignore[override]
        self._closed = True
        self._timer.stop()
        super().done(result)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
