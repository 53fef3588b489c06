"""The one object that owns the open diary and performs every write from the window.

Screens never reach into each other: they call the controller, and they
refresh when it emits ``changed`` (entries) or ``medicines_changed``.
Adding, editing and deleting entries go through a QUndoStack, so Ctrl+Z and
Ctrl+Shift+Z work for all three.  The first ``redo()`` of each command is a
no-op because the write already happened (and was validated) before the
command was pushed: a refused input never reaches the stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import diary as uc
from ..core.db import Diary
from ..core.describe import KIND_LABELS
from ..core.records import Record
from ..settings import Settings, save_settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiaryController", text)


class _AddCommand(QUndoCommand):
    def __init__(self, ctl: DiaryController, rec: Record) -> None:
        super().__init__(_tr("Add {kind}").format(kind=KIND_LABELS[rec.kind].lower()))
        self.ctl, self.rec, self._first = ctl, rec, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        uc.restore_entry(self.ctl.diary, self.rec)
        self.ctl._emit_changed()

    def undo(self) -> None:
        uc.delete_entry(self.ctl.diary, self.rec.id)
        self.ctl._emit_changed()


class _EditCommand(QUndoCommand):
    def __init__(self, ctl: DiaryController, old: Record, new: Record) -> None:
        super().__init__(_tr("Edit {kind}").format(kind=KIND_LABELS[old.kind].lower()))
        self.ctl, self.old, self.new, self._first = ctl, old, new, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        uc.replace_entry(self.ctl.diary, self.new)
        self.ctl._emit_changed()

    def undo(self) -> None:
        uc.replace_entry(self.ctl.diary, self.old)
        self.ctl._emit_changed()


class _DeleteCommand(QUndoCommand):
    def __init__(self, ctl: DiaryController, old: Record) -> None:
        super().__init__(_tr("Delete {kind}").format(kind=KIND_LABELS[old.kind].lower()))
        self.ctl, self.old, self._first = ctl, old, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        uc.delete_entry(self.ctl.diary, self.old.id)
        self.ctl._emit_changed()

    def undo(self) -> None:
        uc.restore_entry(self.ctl.diary, self.old)
        self.ctl._emit_changed()


class DiaryController(QObject):
    """Owns the Diary and the settings; performs writes; tells the screens."""

    changed = Signal()  # entries were added, edited, deleted or imported
    medicines_changed = Signal()
    settings_changed = Signal()
    flags_raised = Signal(list)  # the flags a just-saved entry raised (list[rules.Flag])

    def __init__(self, diary: Diary, settings: Settings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.settings = settings if settings is not None else Settings()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.judging: Any = None  # the task judging the last saved entry
        self._reader: Diary | None = None

    @property
    def reader(self) -> Diary:
        """A second connection to the same file, for the worker's long reads, so they
        never make the window's own reads and writes wait (SQLite's WAL lets both run)."""
        if self._reader is None or self._reader.path != self.diary.path:
            self.close_reader()
            self._reader = Diary(self.diary.path)
        return self._reader

    def close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _emit_changed(self) -> None:
        self.changed.emit()

    # ------------------------------------------------------------------ entries
    def log(self, kind: str, data: dict[str, Any]) -> uc.LogResult:
        """Validate and save a new entry (raises InputError, saves nothing, if refused).

        The write happens here, at once; the flags the entry raised are judged in
        the worker (they read months of history) and arrive by ``flags_raised``.
        """
        result = uc.log_entry(self.diary, kind, data, with_flags=False)
        self.undo_stack.push(_AddCommand(self, result.record))
        self.changed.emit()
        self._judge(result.id)
        return result

    def edit(self, entry_id: int, data: dict[str, Any]) -> uc.LogResult:
        old = uc.get_entry(self.diary, entry_id)
        result = uc.edit_entry(self.diary, entry_id, data, with_flags=False)
        self.undo_stack.push(_EditCommand(self, old, result.record))
        self.changed.emit()
        self._judge(entry_id)
        return result

    def _judge(self, entry_id: int) -> Any:
        """Compute the entry's flags off the UI thread, then emit ``flags_raised``."""
        from ..core.errors import NotFound
        from .tasks import run_task

        diary = self.reader

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound):  # undone before it was judged
                return
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

        self.judging = run_task(lambda: uc.entry_flags(diary, entry_id),
                                lambda flags: self.flags_raised.emit(list(flags)), failed)
        return self.judging

    def delete(self, entry_id: int) -> Record:
        old = uc.delete_entry(self.diary, entry_id)
        self.undo_stack.push(_DeleteCommand(self, old))
        self.changed.emit()
        return old

    def entries_imported(self) -> None:
        """After an import or restore: the stack no longer matches the file."""
        self.undo_stack.clear()
        self.changed.emit()
        self.medicines_changed.emit()

    # ------------------------------------------------------------------ medicines
    def save_medicine(self, data: dict[str, Any], medicine_id: int | None = None) -> Any:
        med = uc.save_medicine(self.diary, data, medicine_id)
        self.medicines_changed.emit()
        return med

    def delete_medicine(self, medicine_id: int) -> None:
        uc.delete_medicine(self.diary, medicine_id)
        self.medicines_changed.emit()

    def medicines(self, include_stopped: bool = True) -> list[Any]:
        return uc.list_medicines(self.diary, include_stopped=include_stopped)

    # ------------------------------------------------------------------ settings
    def save_settings(self, settings: Settings) -> None:
        self.settings = settings
        save_settings(settings)
        self.settings_changed.emit()
