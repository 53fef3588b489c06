"""The import wizard: choose a file, see what it is, see what would happen, then import.

Page 1 recognises the file by its content (``exchange.detect``).  Page 2 runs a dry run
in the worker and shows, per kind, how many entries would be added and how many are
already there, with the first rows.  Page 3 imports in the worker with a progress bar
(the worker reports through a signal; it never touches a widget).  A refused file or
row is shown with the file, row and field, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..core.exchange.common import refusal_text, source_label, where_text
from ..core.vocab import word

KIND_WORDS = {"cramp": "cramps", "dose": "doses", "water": "drinks", "stretch": "stretching",
              "vitals": "vitals", "symptom": "symptoms"}


class _Progress(QObject):
    """Carries the worker's progress to the UI thread (queued across threads)."""

    changed = Signal(float, str)


def _why(exc: BaseException) -> str:
    """Why the file was refused, in the user's language (the field name stays English)."""
    from ..core.errors import EnvironmentProblem, InputError
    from ..core.i18n import tr_message

    if isinstance(exc, InputError):
        return refusal_text(exc.message)
    if isinstance(exc, EnvironmentProblem):
        return " ".join(tr_message("errors", t) for t in (exc.message, exc.hint) if t)
    return str(exc)


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose what to import"))
        self.setSubTitle(self.tr("A Cramp Diary export (a CSV folder or a JSON file), or an "
                                 "export of Bearable, medTimer, Apple Health or Health "
                                 "Connect."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File or folder"))
        self.path.textChanged.connect(self._changed)
        pick_file = QPushButton(self.tr("Choose a file…"))
        pick_file.clicked.connect(self._pick_file)
        pick_dir = QPushButton(self.tr("Choose a folder…"))
        pick_dir.clicked.connect(self._pick_dir)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(pick_file)
        row.addWidget(pick_dir)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.found)
        lay.addStretch(1)
        self.source: str | None = None

    def _pick_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a file"))
        if path:
            self.path.setText(path)

    def _pick_dir(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a CSV folder"))
        if path:
            self.path.setText(path)

    def _changed(self, text: str) -> None:
        from ..core import exchange
        from ..core.errors import InputError

        self.source = None
        if not text.strip():
            self.found.setText("")
        else:
            try:
                self.source = exchange.detect(Path(text.strip()))
            except InputError as exc:
                self.found.setText(self.tr("Not recognised: {why}").format(why=_why(exc)))
            else:
                self.found.setText(self.tr("Recognised: an export of {app}.").format(
                    app=source_label(self.source)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.source is not None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What would happen"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QPlainTextEdit()
        self.rows.setReadOnly(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("The first rows:")))
        lay.addWidget(self.rows, 1)
        self.result: Any = None
        self.task: Any = None
        self.setCommitPage(True)  # its button imports; there is no way back after that
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:  # noqa: N802

        self.result = None
        self.summary.setText(self.tr("Reading the file…"))
        self.rows.setPlainText("")
        self.completeChanged.emit()
        self.task = self.wiz.ctl.preview_import(self.wiz.path(), source=self.wiz.source(),
                                                on_done=self._done, on_error=self._failed)

    def _done(self, res: Any) -> None:
        self.result = res
        lines = [self.tr("{kind}: {add} to add, {present} already in the diary").format(
            kind=self.tr(KIND_WORDS.get(k, k)), add=a, present=p)
            for k, (a, p) in sorted(res.per_kind.items())]
        if not lines:
            lines = [self.tr("The file holds no entries that Cramp Diary can import.")]
        self.summary.setText("\n".join(lines))
        def values(r: dict[str, Any]) -> str:
            return ", ".join(f"{k} {v}" for k, v in r.items()
                             if k not in ("where", "kind", "at", "status"))

        self.rows.setPlainText("\n".join(
            self.tr("{where}: {kind} at {at}: {values}").format(
                where=where_text(r["where"]), kind=word("kind", r["kind"]), at=r["at"], values=values(r))
            + ("" if r["status"] == "new" else "  " + self.tr("(already present)"))
            for r in res.preview))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from ..core.errors import CrampDiaryError

        if not isinstance(exc, CrampDiaryError):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.summary.setText(self.tr("This file cannot be imported: {why}\nNothing was "
                                     "written.").format(why=_why(exc)))

    def isComplete(self) -> bool:  # noqa: N802
        return self.result is not None and self.result.added > 0


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self.progress = _Progress()
        self.progress.changed.connect(self._progress)
        self.result: Any = None
        self.task: Any = None

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.status.setText(message)

    def initializePage(self) -> None:  # noqa: N802

        self.result = None
        self.bar.setValue(0)
        self.status.setText(self.tr("Starting…"))
        emit = self.progress.changed.emit
        self.task = self.wiz.ctl.import_file(self.wiz.path(), source=self.wiz.source(),
                                             progress=lambda f, m: emit(f, m),
                                             on_done=self._done, on_error=self._failed)

    def _done(self, res: Any) -> None:
        self.result = res
        self.bar.setValue(1000)
        from ..core.i18n import ntr

        text = (ntr("import", "{n} entry added", "{n} entries added", res.added) + ", "
                + ntr("import", "{n} already present and skipped",
                      "{n} already present and skipped", res.skipped) + ".")
        if res.backup is not None:
            text += " " + self.tr("A backup was made first: {p}").format(p=res.backup)
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        from ..core.errors import CrampDiaryError

        if not isinstance(exc, CrampDiaryError):
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.status.setText(self.tr("The import was refused: {why}\nNothing was written.")
                            .format(why=_why(exc)))

    def isComplete(self) -> bool:  # noqa: N802
        return self.result is not None


class ImportWizard(QWizard):
    def __init__(self, ctl: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.setWindowTitle(self.tr("Import"))
        self.choose = ChoosePage(self)
        self.preview = PreviewPage(self)
        self.importing = ImportPage(self)
        for page in (self.choose, self.preview, self.importing):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)

    def path(self) -> Path:
        return Path(self.choose.path.text().strip())

    def source(self) -> str:
        return self.choose.source or "auto"


def run_import_wizard(window: Any) -> ImportWizard:
    """Open the wizard for the main window (the window's Import action)."""
    wiz = ImportWizard(window.ctl, window)
    wiz.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wiz.open()
    return wiz
