"""Slow work off the UI thread: one helper that hands the result back by signal.

``run_task(fn, on_done, on_error)`` runs ``fn()`` on a worker thread and calls
``on_done(result)`` or ``on_error(exception)`` back in the UI thread.  The
worker never touches a widget: it only emits the hand-off signal of one
long-lived QObject that lives in the UI thread, so Qt queues the call there.

The workers are Python threads (``concurrent.futures``), not Python
``QRunnable`` objects on the QThreadPool: with PySide6 6.12 the latter crashed
now and then when several long Python jobs ran (the wrapper is released in the
worker thread); the insights view made the same observation.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as _wait
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

MAX_WORKERS = 2


def finish(task: Task | None, ok: bool, payload: Any) -> None:
    """Hand a worker's result to its task's callbacks (on the UI thread); an error
    nobody asked for is a bug, and the excepthook sees it."""
    if task is None:
        return
    task.finished = True
    if ok:
        task.value = payload
    else:
        task.error = payload
    if ok:
        if task.on_done is not None:
            task.on_done(payload)
    elif task.on_error is not None:
        task.on_error(payload)
    else:
        sys.excepthook(type(payload), payload, payload.__traceback__)


class Task:
    """What ``run_task`` returns: ``finished`` is True once the callback has run; then
    ``value`` holds the result (or ``error`` the exception)."""

    __slots__ = ("on_done", "on_error", "finished", "future", "value", "error")

    def __init__(self, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], object] | None) -> None:
        self.on_done = on_done
        self.on_error = on_error
        self.finished = False
        self.future: Future[None] | None = None
        self.value: Any = None
        self.error: BaseException | None = None


class _Handoff(QObject):
    """Lives in the UI thread for the whole run; delivers results there."""

    result = Signal(int, bool, object)  # token, ok, value or exception

    def __init__(self) -> None:
        super().__init__()
        self.tasks: dict[int, Task] = {}
        self.next_token = 0
        self.result.connect(self.deliver)

    @Slot(int, bool, object)
    def deliver(self, token: int, ok: bool, payload: Any) -> None:
        finish(self.tasks.pop(token, None), ok, payload)


_handoff: _Handoff | None = None
_pool: ThreadPoolExecutor | None = None
_futures: set[Future[None]] = set()
_reading: set[Future[None]] = set()  # the run_task jobs only (not the controller's writes)


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], object] | None = None) -> Task:
    """Run ``fn`` in a worker; call ``on_done(result)`` or ``on_error(exc)`` in the UI thread.

    Call from the UI thread only.  ``task.finished`` tells when the callback has
    run (handy for ``qtbot.waitUntil``).
    """
    global _handoff, _pool
    if _handoff is None:
        _handoff = _Handoff()
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=MAX_WORKERS, thread_name_prefix="crampdiary-task")
    handoff = _handoff
    handoff.next_token += 1
    token = handoff.next_token
    task = Task(on_done, on_error)
    handoff.tasks[token] = task

    def job() -> None:
        try:
            value = fn()
        except BaseException as exc:  # noqa: BLE001  (handed to the UI thread)
            handoff.result.emit(token, False, exc)
        else:
            handoff.result.emit(token, True, value)

    fut = _pool.submit(job)
    task.future = fut
    _futures.add(fut)
    _reading.add(fut)
    fut.add_done_callback(_futures.discard)
    fut.add_done_callback(_reading.discard)
    return task


def after_readers(fn: Callable[[], None]) -> None:
    """Call ``fn()`` once every reading job submitted so far has run: at once when none
    is left, else on the worker thread that finishes the last of them (so ``fn`` must
    not touch a widget; closing a worker's connection is what it is for).  Never blocks."""
    import threading

    pending = [f for f in list(_reading) if not f.done()]
    if not pending:
        fn()
        return
    lock = threading.Lock()
    left = [len(pending)]

    def one_done(_fut: Future[None]) -> None:
        with lock:
            left[0] -= 1
            last = left[0] == 0
        if last:
            fn()

    for f in pending:
        f.add_done_callback(one_done)


def busy() -> bool:
    """Is any worker still running (its callback may still be on its way)?"""
    return bool(_futures) or bool(_handoff and _handoff.tasks)


def wait_for_workers(timeout: float | None = 60.0) -> bool:
    """Block until every submitted job has run (for tests and shutdown); True if all did.

    The callbacks run later, when the UI thread processes its events.
    """
    _done, pending = _wait(list(_futures), timeout=timeout)
    return not pending
