"""The one object that owns the open diary and performs every write from the window.

Screens never reach into each other: they call the controller, and they
refresh when it emits ``changed`` (entries) or ``medicines_changed``.
Adding, editing and deleting entries go through a QUndoStack, so Ctrl+Z and
Ctrl+Shift+Z work for all three.  A command is pushed only once its write has
succeeded, so its first ``redo()`` is a no-op, and a refused input never
reaches the stack; later undo and redo steps are writes on the worker too.

The window follows the file: about once a second the controller asks SQLite for
``PRAGMA data_version`` on its own connection (a number that changes only when
*another* connection committed: the command line, an import, a restore).  Then
it emits ``changed`` and ``medicines_changed`` so Today, History and the cards
refresh, and if the entries changed it clears the undo stack (an undo would act
on entries the window no longer knows) and says so through ``notice``.

Every write of the window goes through here, and none of them runs on the UI
thread: logging, editing and deleting an entry, each undo and redo step, saving
and removing a medicine, an import and a backup all run on the controller's one
write worker (a single thread).  ``run_write`` queues them so two never overlap,
and hands the results back in order, by signal, to callbacks in the UI thread
(the entry dialog shows that it is saving meanwhile, and a refusal comes back
naming the field); ``busy_writing`` says whether one is under way.  The flags of a saved entry are
judged afterwards on a reading worker.  Switching person and restoring a backup
never block the window either: both are queued on the write worker behind the writes
asked before them; meanwhile ``paused`` is True and ``pause_changed`` carries the
sentence the window shows (its views are disabled and skip their reloads), and the
result comes back by callback, with ``changed`` and ``medicines_changed``.

The reading workers (``tasks.run_task``: the flags of a saved entry, Today's cards,
Insights, an export, an import preview) read through ``reader``, which gives each
worker thread its own connection to the file, so no read waits for another on one
sqlite3 connection, and none waits for the window's own connection or the writer.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core import use_cases as uc
from ..core.db import Diary
from ..core.describe import kind_in_sentence
from ..core.records import Record
from ..settings import Settings, save_settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiaryController", text)


_watched: weakref.WeakSet[DiaryController] = weakref.WeakSet()
_timer: QTimer | None = None


def _start_timer(interval_ms: int) -> None:
    global _timer
    app = QCoreApplication.instance()
    if app is None:
        return
    try:
        if _timer is None or _timer.parent() is not app:
            raise RuntimeError
        _timer.setInterval(interval_ms)
    except RuntimeError:  # none yet, or its application is gone
        _timer = QTimer(app)
        _timer.setInterval(interval_ms)
        _timer.timeout.connect(_tick)
    if not _timer.isActive():
        _timer.start()


def _tick() -> None:
    for ctl in list(_watched):
        try:
            ctl.check_file()
        except RuntimeError:  # its Qt object was deleted
            _watched.discard(ctl)


def _put_back(rec: Record) -> Callable[[Diary], Any]:
    """A write that puts ``rec`` back with its old id (undo of a delete, redo of an add)."""
    def work(diary: Diary) -> Any:
        return uc.log_entry(diary, rec.kind, uc.record_to_input(rec), entry_id=rec.id,
                            with_flags=False)
    return work


def _set_to(rec: Record) -> Callable[[Diary], Any]:
    """A write that sets an entry back to the state ``rec`` (undo and redo of an edit)."""
    def work(diary: Diary) -> Any:
        return uc.edit_entry(diary, rec.id, uc.record_to_input(rec), with_flags=False)
    return work


def _remove(entry_id: int) -> Callable[[Diary], Any]:
    def work(diary: Diary) -> Any:
        return uc.delete_entry(diary, entry_id)
    return work


class _AddCommand(QUndoCommand):
    def __init__(self, ctl: DiaryController, rec: Record) -> None:
        super().__init__(_tr("Add {kind}").format(kind=kind_in_sentence(rec.kind)))
        self.ctl, self.rec, self._first = ctl, rec, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ctl._step(_put_back(self.rec))

    def undo(self) -> None:
        self.ctl._step(_remove(self.rec.id))


class _EditCommand(QUndoCommand):
    def __init__(self, ctl: DiaryController, old: Record, new: Record) -> None:
        super().__init__(_tr("Edit {kind}").format(kind=kind_in_sentence(old.kind)))
        self.ctl, self.old, self.new, self._first = ctl, old, new, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ctl._step(_set_to(self.new))

    def undo(self) -> None:
        self.ctl._step(_set_to(self.old))


class _DeleteCommand(QUndoCommand):
    def __init__(self, ctl: DiaryController, old: Record) -> None:
        super().__init__(_tr("Delete {kind}").format(kind=kind_in_sentence(old.kind)))
        self.ctl, self.old, self._first = ctl, old, True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.ctl._step(_remove(self.old.id))

    def undo(self) -> None:
        self.ctl._step(_put_back(self.old))


class WorkerReader:
    """One diary, read from worker threads: each thread gets its own ``Diary`` (its own
    sqlite3 connection) on first use, so two workers never queue on one connection's
    lock.  Everything else is the thread's ``Diary``'s (``sql_read``, ``person_id``...)."""

    def __init__(self, path: Path, person: str | None) -> None:
        self.path = path
        self._person = person
        self._local = threading.local()
        self._all: list[Diary] = []
        self._lock = threading.Lock()

    def mine(self) -> Diary:
        """The calling thread's ``Diary`` (made on first use)."""
        found: Diary | None = getattr(self._local, "diary", None)
        if found is None:
            found = Diary(self.path, person=self._person)
            self._local.diary = found
            with self._lock:
                self._all.append(found)
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.mine(), name)

    @property
    def connections(self) -> int:
        """How many threads have their own connection (for tests)."""
        return len(self._all)

    def close(self) -> None:
        """Close every thread's connection (call once no worker reads through it)."""
        with self._lock:
            every, self._all = self._all, []
            self._local = threading.local()
        for d in every:
            d.close()


class DiaryController(QObject):
    """Owns the Diary and the settings; performs writes; tells the screens."""

    changed = Signal()  # entries were added, edited, deleted or imported
    medicines_changed = Signal()
    settings_changed = Signal()
    flags_raised = Signal(list)  # the flags a just-saved entry raised (list[rules.Flag])
    notice = Signal(str)  # a sentence for the status bar (e.g. the undo history was cleared)
    _write_result = Signal(int, bool, object)  # token, ok, value or exception (write worker)
    person_changed = Signal(str)  # the diary now reads and writes this person's entries
    pause_changed = Signal(str)  # a sentence while switching person or restoring; "" after

    WATCH_MS = 1000

    def __init__(self, diary: Diary, settings: Settings | None = None,
                 parent: QObject | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self.diary = diary
        self.settings = settings if settings is not None else Settings()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.judging: Any = None  # the task judging the last saved entry
        self._reader: WorkerReader | None = None
        self._pause = ""  # the sentence of a switch or restore under way
        self._writer: Diary | None = None
        self._version: int | None = None
        self._fingerprint: tuple[Any, ...] | None = None
        self._write_pool: Any = None  # the one write worker (a single thread), made on first use
        self._writes: dict[int, Any] = {}  # token -> tasks.Task still to be handed back
        self._next_write = 0
        self._epoch = 0  # counts the clearings of the undo stack
        # A test hook: called on the write worker before each write (a test holds it
        # on a threading.Event to make the worker slow).
        self.before_write: Callable[[], None] | None = None
        self._write_result.connect(self._deliver_write)
        self._resync()
        if watch:
            self.start_watching()

    # ------------------------------------------------------------------ following the file
    def start_watching(self, interval_ms: int | None = None) -> None:
        """Look at the file every ``interval_ms`` (default ``WATCH_MS``).

        One application-wide timer serves every controller (held weakly), so a
        controller let go of on another thread never takes a live timer with it.
        """
        _watched.add(self)
        _start_timer(interval_ms or self.WATCH_MS)

    def stop_watching(self) -> None:
        _watched.discard(self)
        if not _watched and _timer is not None:
            try:
                _timer.stop()
            except RuntimeError:
                pass

    def _read_state(self) -> tuple[int, tuple[Any, ...]] | None:
        import sqlite3

        from ..core.errors import CrampDiaryError
        from ..core.storage.entries import data_version, entries_fingerprint

        try:
            with self.diary.sql_read() as con:
                return data_version(con), entries_fingerprint(con)
        except (CrampDiaryError, sqlite3.Error):
            return None  # a busy or vanished file: try again at the next tick

    def _resync(self) -> None:
        state = self._read_state()
        if state is not None:
            self._version, self._fingerprint = state

    def check_file(self) -> bool:
        """Has another program written to the diary since the last look?  If so,
        tell the screens (and clear the undo stack when entries changed)."""
        import sqlite3

        from ..core.errors import CrampDiaryError
        from ..core.storage.entries import data_version, entries_fingerprint

        if self._pause or getattr(self.diary, "closed", False):  # a restore, or going away
            return False
        if self._writes:  # our own writes are on their way: judged when they come back
            return False
        try:
            with self.diary.sql_read() as con:
                version = data_version(con)
                if version == self._version:
                    return False
                fingerprint = entries_fingerprint(con)
        except (CrampDiaryError, sqlite3.Error):
            return False
        self._version = version
        entries_moved = fingerprint != self._fingerprint
        self._fingerprint = fingerprint
        if entries_moved:
            self._drop_undo(_tr("The diary was changed by another program; the undo "
                                "history was cleared."))
            self.changed.emit()
        self.medicines_changed.emit()
        return True

    def _drop_undo(self, sentence: str) -> None:
        self._epoch += 1  # a write still on its way no longer pushes an undo step
        if self.undo_stack.count():
            self.undo_stack.clear()
            self.notice.emit(sentence)

    @property
    def reader(self) -> Any:
        """The reading workers' connections to the same file (a ``WorkerReader``: one
        connection per worker thread), so their long reads never make the window's own
        reads and writes wait, nor each other (SQLite's WAL lets all of them run)."""
        if self._reader is None or self._reader.path != self.diary.path:
            self._retire_reader()
            self._reader = WorkerReader(self.diary.path, self.diary.person.name)
        return self._reader

    def _retire_reader(self) -> None:
        """Let go of the reading connections: closed once the reads already asked for
        have run (they finish for the person and the file they started with; the views
        drop their results, a newer request having been made)."""
        from .tasks import after_readers

        old, self._reader = self._reader, None
        if old is not None:
            after_readers(old.close)

    @property
    def paused(self) -> bool:
        """Is a person switch or a restore under way (the views wait and do not read)?"""
        return bool(self._pause)

    def _set_pause(self, sentence: str) -> None:
        self._pause = sentence
        self.pause_changed.emit(sentence)

    @property
    def writer(self) -> Diary:
        """The write worker's own connection to the same file: while it writes (an import
        holds its transaction for long), the window's reads on ``diary`` never wait for
        it (SQLite's WAL lets readers run beside the one writer)."""
        if self._writer is None or self._writer.path != self.diary.path:
            if self._writer is not None:
                self._writer.close()
            self._writer = Diary(self.diary.path, person=self.diary.person.name)
        return self._writer

    def close_reader(self) -> None:
        """Close the worker connections (reading and writing), e.g. before the diary
        file is replaced or the key forgotten; call after ``tasks.wait_for_workers``."""
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    # ------------------------------------------------------------------ people
    def set_person(self, name: str | None, on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Read and write ``name``'s diary from now on (None: the default person).

        An unknown name raises ``InputError`` (field ``person``) here, and nothing
        changes.  Otherwise the window's reads switch at once; the writes switch on the
        write worker, after the writes asked before (they are the old person's and
        finish for the old person), and reads already under way finish on their own
        connection for the old person (their results are dropped by the views).
        Meanwhile ``paused`` is True; back in the UI thread ``person_changed``,
        ``medicines_changed`` and ``changed`` are emitted and ``on_done(person)``
        called.  Returns a ``tasks.Task``; the UI thread never waits.
        """
        person = self.diary.use_person(name)  # InputError: nothing changed
        self._retire_reader()  # the next reads, for the new person, get new connections
        # Undo steps name the other person's entries, which this person may not touch.
        self._epoch += 1
        self.undo_stack.clear()
        self._set_pause(_tr("Switching to {name}…").format(name=person.name))

        def work(writer: Diary) -> Any:
            writer.use_person(person.name)
            return person

        def done(_person: Any) -> None:
            self._set_pause("")
            self.person_changed.emit(person.name)
            self.medicines_changed.emit()
            self._emit_changed()
            if on_done is not None:
                on_done(person)

        def failed(exc: BaseException) -> None:
            self._set_pause("")
            self._emit_changed()
            if on_error is not None:
                on_error(exc)
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)

        return self.run_write(work, done, failed)

    def _emit_changed(self) -> None:
        self._resync()
        self.changed.emit()

    # ------------------------------------------------------------------ entries
    def log(self, kind: str, data: dict[str, Any],
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Validate and save a new entry on the write worker; returns a ``tasks.Task``.

        Back in the UI thread the undo step is pushed, ``changed`` emitted and
        ``on_done(LogResult)`` called; a refusal (``InputError`` naming the field,
        nothing saved) or a problem of the machine goes to ``on_error`` instead.
        The flags the entry raised are judged on another worker (they read months
        of history) and arrive by ``flags_raised``.
        """
        epoch = self._epoch

        def work(diary: Diary) -> uc.LogResult:
            return uc.log_entry(diary, kind, data, with_flags=False)

        def done(result: uc.LogResult) -> None:
            if epoch == self._epoch:  # not for a diary replaced meanwhile
                self.undo_stack.push(_AddCommand(self, result.record))
            self._emit_changed()
            if epoch == self._epoch:  # (after a switch of person: not this person's)
                self._judge(result.id)
            if on_done is not None:
                on_done(result)

        return self.run_write(work, done, on_error)

    def edit(self, entry_id: int, data: dict[str, Any],
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Change an entry on the write worker (validated whole again); like ``log``."""
        epoch = self._epoch
        before: list[Record] = []  # the entry as it was, read on the worker

        def work(diary: Diary) -> uc.LogResult:
            before.append(uc.get_entry(diary, entry_id))
            return uc.edit_entry(diary, entry_id, data, with_flags=False)

        def done(result: uc.LogResult) -> None:
            if epoch == self._epoch:
                self.undo_stack.push(_EditCommand(self, before[0], result.record))
            self._emit_changed()
            if epoch == self._epoch:
                self._judge(entry_id)
            if on_done is not None:
                on_done(result)

        return self.run_write(work, done, on_error)

    def delete(self, entry_id: int, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Delete an entry on the write worker; ``on_done(the record it was)``."""
        epoch = self._epoch

        def done(old: Record) -> None:
            if epoch == self._epoch:
                self.undo_stack.push(_DeleteCommand(self, old))
            self._emit_changed()
            if on_done is not None:
                on_done(old)

        return self.run_write(_remove(entry_id), done, on_error)

    def _step(self, work: Callable[[Diary], Any]) -> Any:
        """One undo or redo step, on the write worker after every write asked before it.

        If the entry is no longer as the step remembers it (another program deleted or
        changed it), the step cannot be made: the undo history is cleared, with a notice.
        """
        from ..core.errors import InputError, NotFound

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (InputError, NotFound)):
                self._drop_undo(_tr("The entry was changed elsewhere, so this step could "
                                    "not be undone; the undo history was cleared."))
                self._emit_changed()
                return
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

        return self.run_write(work, lambda _value: self._emit_changed(), failed)

    def _judge(self, entry_id: int) -> Any:
        """Compute the entry's flags off the UI thread, then emit ``flags_raised``."""
        from ..core.errors import NotFound
        from .tasks import run_task

        diary, epoch = self.reader, self._epoch

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound) or epoch != self._epoch:
                return  # undone before it was judged, or another person's or file's now
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

        def judged(flags: Any) -> None:
            if epoch == self._epoch:  # not after a switch of person or a restore
                self.flags_raised.emit(list(flags))

        self.judging = run_task(lambda: uc.entry_flags(diary, entry_id), judged, failed)
        return self.judging

    def entries_imported(self) -> None:
        """After an import or restore: the stack no longer matches the file."""
        self._drop_undo(_tr("The entries were replaced or added to; the undo history "
                            "was cleared."))
        self._resync()
        self.changed.emit()
        self.medicines_changed.emit()

    # ------------------------------------------------------------------ long writes
    def run_write(self, fn: Callable[[Diary], Any], on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Run ``fn(diary)`` on the write worker (one thread: one write at a time, in the
        order asked); hand the result to ``on_done`` (or the exception to ``on_error``) in
        the UI thread, in the same order.  Returns a ``tasks.Task``."""
        from concurrent.futures import ThreadPoolExecutor

        from . import tasks

        if self._write_pool is None:
            self._write_pool = ThreadPoolExecutor(max_workers=1,
                                                  thread_name_prefix="crampdiary-write")
        task = tasks.Task(on_done, on_error)
        self._next_write += 1
        token = self._next_write
        self._writes[token] = task
        diary, emit, hook = self.writer, self._write_result.emit, self.before_write

        def job() -> None:
            try:
                if hook is not None:
                    hook()
                value = fn(diary)
            except BaseException as exc:  # noqa: BLE001  (handed to the UI thread)
                emit(token, False, exc)
            else:
                emit(token, True, value)

        fut = self._write_pool.submit(job)
        task.future = fut
        tasks._futures.add(fut)  # so tasks.wait_for_workers() and tasks.busy() see it
        fut.add_done_callback(tasks._futures.discard)
        return task

    def _deliver_write(self, token: int, ok: bool, payload: Any) -> None:
        from .tasks import finish

        task = self._writes.pop(token, None)
        if not self._writes:
            # The window's connection saw our own commits as another connection's: take
            # them as known before anyone looks at the file again.
            self._resync()
        finish(task, ok, payload)

    @property
    def busy_writing(self) -> bool:
        return bool(self._writes)

    def import_file(self, path: Path, *, source: str = "auto",
                    progress: Callable[[float, str], None] | None = None,
                    on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Import ``path`` on the write worker (all or nothing); then tell the screens."""
        def work(diary: Diary) -> Any:
            from ..core import exchange

            if progress is None:
                return exchange.import_path(diary, Path(path), source=source)
            return exchange.import_path(diary, Path(path), progress, source=source)

        def done(res: Any) -> None:
            self.entries_imported()
            if on_done is not None:
                on_done(res)

        return self.run_write(work, done, on_error)

    def preview_import(self, path: Path, *, source: str = "auto",
                       on_done: Callable[[Any], None] | None = None,
                       on_error: Callable[[BaseException], object] | None = None) -> Any:
        """A dry run of ``import_file`` on the reading connection: what would be added."""
        from .tasks import run_task

        diary = self.reader

        def work() -> Any:
            from ..core import exchange

            return exchange.import_path(diary, Path(path), source=source, dry_run=True)

        return run_task(work, on_done, on_error)

    def backup(self, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], object] | None = None) -> Any:
        """A manual backup on the write worker; ``on_done(path of the copy)``."""
        def work(diary: Diary) -> Path:
            from .. import paths
            from ..core.backups import make_backup

            return make_backup(diary.path, paths.backup_dir(), "manual")

        return self.run_write(work, on_done, on_error)

    def restore(self, backup: Path, on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Replace the diary with ``backup`` on the write worker; returns a ``tasks.Task``.

        The restore waits there, not in the UI thread, behind the writes asked before
        it and for the reads under way (nothing may hold the file), then checks and
        swaps the file (``core.restore``) and reopens the diary.  Meanwhile ``paused``
        is True.  Back in the UI thread: ``on_done(the path the replaced diary was kept
        as)`` after the screens were told; a refusal (a bad backup: nothing changed)
        goes to ``on_error``.
        """
        from .. import paths
        from ..core.db import open_diary
        from ..core.restore import restore
        from .tasks import _reading

        self._epoch += 1  # writes still on their way no longer push undo steps
        self._set_pause(_tr("Restoring the backup…"))
        readers = [f for f in list(_reading) if not f.done()]
        self._retire_reader()
        window_diary = self.diary

        box: dict[str, Any] = {}  # the reopened diary, and the refusal if there was one

        def work(writer: Diary) -> Any:
            from concurrent.futures import wait

            wait(readers, timeout=60.0)
            writer.close()
            window_diary.close()
            kept = None
            try:
                kept = restore(paths.db_path(), Path(backup))
            except Exception as exc:  # noqa: BLE001  (handed to the UI thread, below)
                box["refusal"] = exc
            box["diary"] = reopened = open_diary()
            # The writes asked meanwhile (queued behind this one) use this connection:
            # it reopens on the restored file, for the person the window now shows.
            writer.use_person(reopened.person.name)
            return kept  # the task's value: where the replaced diary was kept

        def done(kept: Any) -> None:
            old, self.diary = self.diary, box["diary"]
            old.close()
            self._retire_reader()  # any reading connection opened meanwhile
            self._set_pause("")
            refusal = box.get("refusal")
            if refusal is not None:
                task.error = refusal
                self._emit_changed()
                self.medicines_changed.emit()
                self._fail(refusal, on_error)
                return
            self.entries_imported()
            if on_done is not None:
                on_done(kept)

        def failed(exc: BaseException) -> None:  # the diary could not be opened again
            self._set_pause("")
            self._fail(exc, on_error)

        task = self.run_write(work, done, failed)
        return task

    @staticmethod
    def _fail(exc: BaseException, on_error: Callable[[BaseException], object] | None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    # ------------------------------------------------------------------ medicines
    def save_medicine(self, data: dict[str, Any], medicine_id: int | None = None,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Save one of my medicines on the write worker; then ``medicines_changed`` and
        ``on_done(the saved medicine)``, or the refusal (``InputError``) to ``on_error``.
        Returns a ``tasks.Task``."""
        def work(diary: Diary) -> Any:
            return uc.save_medicine(diary, data, medicine_id)

        def done(med: Any) -> None:
            self.medicines_changed.emit()
            if on_done is not None:
                on_done(med)

        return self.run_write(work, done, on_error)

    def delete_medicine(self, medicine_id: int, on_done: Callable[[Any], None] | None = None,
                        on_error: Callable[[BaseException], object] | None = None) -> Any:
        """Remove one of my medicines on the write worker (doses logged stay)."""
        def work(diary: Diary) -> None:
            uc.delete_medicine(diary, medicine_id)

        def done(_none: None) -> None:
            self.medicines_changed.emit()
            if on_done is not None:
                on_done(None)

        return self.run_write(work, done, on_error)

    def medicines(self, include_stopped: bool = True) -> list[Any]:
        return uc.list_medicines(self.diary, include_stopped=include_stopped)

    # ------------------------------------------------------------------ settings
    def save_settings(self, settings: Settings) -> None:
        self.settings = settings
        save_settings(settings)
        self.settings_changed.emit()
