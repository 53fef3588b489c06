"""The Report dialog: period, sections, full log and name, a preview, then Save or Print.

The numbers of the preview and the PDF come from the same rows
(``report.rows``); both are computed off the UI thread.  PySide6-Essentials has
no PDF renderer, so the preview shows the first page as formatted text in the
palette's colours (readable in light and dark themes).

Whenever the choices change, the whole PDF is built in memory on a worker
(``report.build_report``) and its page count shown; Save writes those bytes,
Print sends them to ``lp`` on its standard input.  Closing the dialog or
Cancel stops a running build (``report.cancel``): no PDF appears later.  Where
printing needs a file (no ``lp``: the system's PDF viewer), it is written to a
private folder inside the data folder and deleted when the dialog closes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPalette
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
from .screen import fit_to_screen, scrolling
from .tasks import run_task

PRESETS = (("30", 30), ("90", 90), ("365", 365), ("all", 0))
PRINT_FOLDER = "print-tmp"  # inside the data folder; emptied when the dialog closes


class _Job:
    """What ``save`` and ``print_report`` return: ``finished`` once all is done."""

    def __init__(self) -> None:
        self.finished = False


class _Build:
    """One build of the PDF in memory for one set of choices."""

    def __init__(self, key: tuple[Any, ...]) -> None:
        self.key = key
        self.cancel = threading.Event()
        self.data: bytes | None = None
        self.pages = 0
        self.error: BaseException | None = None
        self.done = False
        self.waiting: list[Callable[[_Build], None]] = []
        self.relay: Any = None


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
        self._build: _Build | None = None
        self._running: set[_Build] = set()  # builds not finished yet (Close cancels them all)
        self._print_files: list[Path] = []
        self.setWindowTitle(self.tr("Report for my doctor"))

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top, 1)

        # The choices scroll when the screen is too low for them (1366x768, German):
        # squeezed, the group boxes would clip their last lines.
        left_w = QWidget(self)
        left = QVBoxLayout(left_w)
        left.setContentsMargins(0, 0, 0, 0)
        period = QGroupBox(self.tr("Period"), self)
        form = QFormLayout(period)
        self.preset = QComboBox(period)
        for key, label in (("30", self.tr("Last 30 days")), ("90", self.tr("Last 90 days")),
                           ("365", self.tr("Last year")), ("all", self.tr("Everything")),
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
                  "log": self.tr("Log (tables)"),
                  "questions": self.tr("Questions for my doctor")}
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in SECTIONS:
            cb = QCheckBox(labels[key], secs)
            cb.setChecked(True)
            cb.toggled.connect(self._schedule_preview)
            sv.addWidget(cb)
            self.section_boxes[key] = cb
        self.full_log_box = QCheckBox(self.tr("Every single entry in the log"), secs)
        self.full_log_box.setToolTip(self.tr(
            "For a period over 92 days the log shows one row per week and kind; "
            "tick this to add every entry after the weekly tables."))
        self.full_log_box.toggled.connect(self._schedule_preview)
        sv.addWidget(self.full_log_box)
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
        self.questions_edit.textChanged.connect(self._schedule_preview)
        self.questions_edit.setTabChangesFocus(True)
        ql.addWidget(self.questions_edit)
        kept = QLabel(self.tr("Kept for next time; printed in the report with space to write."), qs)
        kept.setWordWrap(True)
        ql.addWidget(kept)
        left.addWidget(qs)
        left.addStretch(1)
        self.choices = scrolling(left_w, self)
        self.choices.setMinimumWidth(left_w.sizeHint().width()
                                     + self.choices.verticalScrollBar().sizeHint().width())
        top.addWidget(self.choices, 0)

        right = QVBoxLayout()
        top.addLayout(right, 1)
        right.addWidget(QLabel(self.tr("Preview of the first page"), self))
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the report's first page"))
        self.preview.setOpenLinks(False)
        right.addWidget(self.preview, 1)
        self.pages_label = QLabel("", self)
        self.pages_label.setAccessibleName(self.tr("Number of pages"))
        right.addWidget(self.pages_label)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progress"))
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop making the report"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        bar.addWidget(self.cancel_button)
        outer.addLayout(bar)
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
        from ..report import first_entry_day

        self._first_day = first_entry_day(diary)
        self._clean_print_folder()
        self._setting_dates = False
        self.preset.setCurrentIndex(1)
        self._preset_changed()
        fit_to_screen(self, QSize(max(760, self.sizeHint().width()),
                                  max(640, left_w.sizeHint().height() + 170)))

    # ------------------------------------------------------------------ period
    @staticmethod
    def _today() -> date:
        return now_utc().astimezone(local_zone()).date()

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
        start: date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: date = self.end_edit.date().toPython()  # type: ignore[assignment]
        if end < start:
            start, end = end, start
        return start, end  # type: ignore[return-value]

    def sections(self) -> list[str]:
        return [k for k, cb in self.section_boxes.items() if cb.isChecked()]

    def name(self) -> str | None:
        return self.name_edit.text().strip() or None

    def full_log(self) -> bool:
        return self.full_log_box.isChecked()

    def questions(self) -> list[str]:
        return [x.strip() for x in self.questions_edit.toPlainText().splitlines() if x.strip()]

    def _key(self) -> tuple[Any, ...]:
        return (*self.period(), self.name(), tuple(self.sections()), self.full_log(),
                tuple(self.questions()))

    # ------------------------------------------------------------------ preview
    def _alive(self) -> bool:
        """Open, and its widgets not deleted yet: a worker's result may come back after the
        dialog's parent window took the dialog with it (without closing it first)."""
        from shiboken6 import isValid

        return not self._closed and isValid(self) and isValid(self.preview)

    def _schedule_preview(self) -> None:
        if not self._closed:
            self._timer.start()

    def _colours(self) -> Any:
        """The preview's colours from the palette (light or dark), not fixed ones."""
        from ..report.preview import Colours

        pal = self.preview.palette()
        base = pal.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        return Colours(text=pal.color(QPalette.ColorRole.Text).name(),
                       muted=pal.color(QPalette.ColorRole.PlaceholderText).name(),
                       accent=pal.color(QPalette.ColorRole.Link).name(),
                       label_bg=pal.color(QPalette.ColorRole.AlternateBase).name(),
                       danger="#ff8a80" if dark else "#a4161a")

    def refresh_preview(self) -> Any:
        """Recompute the preview (and start counting the pages) off the UI thread."""
        from ..report import collect
        from ..report.preview import summary_html

        self._timer.stop()  # an explicit refresh replaces a pending one
        self._preview_gen += 1
        gen = self._preview_gen
        start, end = self.period()
        name = self.name()
        diary = self.diary
        colours = self._colours()

        def work() -> tuple[str, Any]:
            inp = collect(diary, start, end, name, ["summary"], with_charts=False)
            return summary_html(inp.summary, name, colours=colours), inp.summary

        def done(result: tuple[str, Any]) -> None:
            html, summary = result
            if self._alive() and gen == self._preview_gen:
                self.preview.setHtml(html)
                # the page count reuses the preview's numbers (flags and summary once)
                if self.period() == (start, end):
                    self.count_pages(summary)

        def failed(exc: BaseException) -> None:
            if self._alive() and gen == self._preview_gen:
                self.preview.setPlainText(self.tr("The preview could not be made: {e}").format(e=exc))
                self.count_pages()

        self.preview_relay = run_task(work, done, failed)
        return self.preview_relay

    # ------------------------------------------------------------------ building
    def count_pages(self, summary: Any = None) -> _Build:
        """The build for the current choices (started if there is none yet).  ``summary``:
        the preview's first-page numbers for the current period, reused by the build."""
        key = self._key()
        b = self._build
        if b is not None and b.key == key and not (b.done and b.error is not None):
            return b
        if b is not None and not b.done and not b.waiting:
            b.cancel.set()  # the choices changed and nobody waits for it: of no use any more
        b = _Build(key)
        self._build = b
        self._running.add(b)
        self.pages_label.setText(self.tr("Counting the pages…"))
        self.cancel_button.setEnabled(True)
        start, end, name, sections, full_log, questions = key
        diary = self.diary
        emit = self._progress.changed.emit

        def progress(f: float, m: str) -> None:
            if self._build is b:
                emit(float(f) * 0.95, str(m))

        def work() -> tuple[bytes, int]:
            from ..report import build_report

            return build_report(diary, start, end, name, list(sections), progress=progress,
                                full_log=full_log, cancel=b.cancel, questions=list(questions),
                                summary=summary)

        def finish() -> None:
            b.done = True
            self._running.discard(b)
            if self._build is b:
                self.cancel_button.setEnabled(False)
            waiting, b.waiting = b.waiting, []
            if not waiting and self._build is b and self._alive() and not self._busy:
                self.progress.setValue(0)  # only the page count was wanted: no progress left over
                self.status.setText("")
            for fn in waiting:
                fn(b)

        def done(result: tuple[bytes, int]) -> None:
            b.data, b.pages = result
            if self._build is b and self._alive():
                self.pages_label.setText(self.tr("The report has {n} pages.").format(n=b.pages)
                                         if b.pages != 1 else self.tr("The report has 1 page."))
            finish()

        def failed(exc: BaseException) -> None:
            b.error = exc
            if self._build is b and self._alive():
                from ..report.cancel import Cancelled

                self.pages_label.setText(self.tr("Cancelled.") if isinstance(exc, Cancelled)
                                         else self.tr("The pages could not be counted."))
            finish()

        b.relay = run_task(work, done, failed)
        return b

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        if not self._closed:
            self.progress.setValue(int(round(fraction * 100)))
            self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        if busy:
            self.cancel_button.setEnabled(True)

    def cancel(self) -> None:
        """Stop the running builds; a waiting Save or Print ends with "Cancelled"."""
        for b in list(self._running):
            b.cancel.set()
        self.cancel_button.setEnabled(False)

    def save_questions(self) -> None:
        """Keep the questions in the settings (the report reads them from there)."""
        from ..settings import load_settings, save_settings

        settings = load_settings()
        text = self.questions_edit.toPlainText().strip()[:20_000]
        if text != settings.doctor_questions:
            settings.doctor_questions = text
            save_settings(settings)

    def _with_pdf(self, then: Callable[[bytes, _Build, _Job], None]) -> _Job:
        """Run ``then(pdf bytes, build, job)`` once the PDF for the current choices is
        built; ``then`` marks the job finished when its own work is done."""
        self.save_questions()
        self._set_busy(True)
        self.last_error = None
        job = _Job()
        b = self.count_pages()
        if not b.done:
            self.progress.setValue(0)

        def ready(b: _Build) -> None:
            if self._closed:
                job.finished = True
                return
            if b.error is not None or b.data is None:
                self._failed(b.error or RuntimeError("no PDF"))
                job.finished = True
                return
            then(b.data, b, job)

        if b.done:
            ready(b)
        else:
            b.waiting.append(ready)
        return job

    def _failed(self, exc: BaseException) -> None:
        from ..core.errors import CrampDiaryError, InputError
        from ..report.cancel import Cancelled

        self.last_error = exc
        self._set_busy(False)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: no report was made."))
            return
        if isinstance(exc, InputError):
            text = f"{exc.field}: {exc.message}"
        elif isinstance(exc, CrampDiaryError | OSError):
            text = str(getattr(exc, "message", None) or getattr(exc, "strerror", None) or exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            text = self.tr("An unexpected error stopped the report.")
        self.status.setText(self.tr("The report was not made: {e}").format(e=text))

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

        def write(data: bytes, b: _Build, job: _Job) -> None:
            from ..report import save_pdf

            def saved(p: Path) -> None:
                job.finished = True
                if self._closed:
                    return
                self.last_saved = p
                self._set_busy(False)
                self.progress.setValue(100)
                self.status.setText(self.tr("Saved to {p}").format(p=p))

            def failed(exc: BaseException) -> None:
                job.finished = True
                if not self._closed:
                    self._failed(exc)

            self.task_relay = run_task(lambda: save_pdf(data, out, b.cancel), saved, failed)

        return self._with_pdf(write)

    def print_report(self) -> Any:
        def then(data: bytes, b: _Build, job: _Job) -> None:
            try:
                self._print_pdf(data)
            finally:
                job.finished = True

        return self._with_pdf(then)

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

    def _print_folder(self) -> Path:
        from .. import paths

        return self.diary.path.parent / PRINT_FOLDER if self.diary.path else paths.data_dir() / PRINT_FOLDER

    def _clean_print_folder(self) -> None:
        folder = self._print_folder()
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)

    def _print_pdf(self, data: bytes) -> None:
        """To the printer from memory (``lp`` reads the PDF on its standard input)."""
        self._set_busy(False)
        self.progress.setValue(100)
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
                    subprocess.run([lp, "-d", name, "-n", str(copies)], input=data, check=True,
                                   capture_output=True, timeout=60)
                except (OSError, subprocess.SubprocessError) as exc:
                    self.status.setText(self.tr("The printer did not accept the report ({e}); it "
                                                "opens in your PDF viewer instead.").format(e=exc))
                else:
                    self.status.setText(self.tr("Sent to the printer {p}.").format(p=name))
                    return
        from .. import paths

        folder = paths.secure_dir(self._print_folder())
        path = folder / "cramp-diary-report.pdf"
        paths.write_private(path, data)
        self._print_files.append(path)
        self.last_saved = path
        if self.open_externally(path):
            self.status.setText(self.tr("The report opened in your PDF viewer; print it from "
                                        "there. The copy is deleted when this window closes."))
        else:
            self.status.setText(self.tr("No PDF viewer could be opened."))

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:  # type: ignore[override]
        self._closed = True
        self._timer.stop()
        for b in list(self._running):
            b.cancel.set()  # a running build stops; no PDF appears later
        for f in self._print_files:
            f.unlink(missing_ok=True)
        self._clean_print_folder()
        super().done(result)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
