"""Shared fixtures for the window tests (imported by tests/test_ui_*.py)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import pytest


@dataclass
class Messages:
    """Records message boxes instead of showing them; ``answer`` is what ask() returns."""

    calls: list[tuple[str, str, str, str]] = field(default_factory=list)
    answer: bool = True
    choice: int = 0  # what choose() returns

    def texts(self) -> str:
        return "\n".join(" | ".join(c) for c in self.calls)


def drain() -> None:
    """Let the worker finish and deliver its results (flags of saved entries, Today's cards)."""
    from PySide6.QtWidgets import QApplication

    from crampdiary.ui.tasks import wait_for_workers

    assert wait_for_workers(30)
    QApplication.processEvents()


def done(task: Any, timeout: float = 30.0) -> Any:
    """Wait (processing the UI thread's events, never sleeping) until a controller write
    (``ctl.log``, ``edit``, ``delete``, ``run_write``...) was handed back; its value.  A write
    that failed raises its exception here when it had no ``on_error`` of its own."""
    import time

    from PySide6.QtWidgets import QApplication

    assert QApplication.instance() is not None, "the writes come back through the event loop"
    deadline = time.monotonic() + timeout
    while not task.finished:
        assert time.monotonic() < deadline, "the write never came back"
        if task.future is not None:
            task.future.result(timeout)  # the worker's job (it never raises: it hands back)
        QApplication.processEvents()
    if task.error is not None and task.on_error is None:
        raise task.error
    return task.value


def settle(ctl: Any, timeout: float = 30.0) -> None:
    """Wait (processing events, never sleeping) until every write the controller was
    asked for (an undo or redo step, a delete...) has come back to the UI thread."""
    import time

    from PySide6.QtWidgets import QApplication

    from crampdiary.ui.tasks import wait_for_workers

    deadline = time.monotonic() + timeout
    while ctl.busy_writing:
        assert time.monotonic() < deadline, "a write never came back"
        wait_for_workers(timeout)
        QApplication.processEvents()


def submit(dlg: Any) -> None:
    """Press Save on a dialog; for an entry dialog, wait until the controller's answer
    (saved, or refused naming the field) has come back to it."""
    dlg.accept()
    if getattr(dlg, "pending", None) is not None:
        done(dlg.pending)


@pytest.fixture
def msgs(monkeypatch: pytest.MonkeyPatch) -> Messages:
    from crampdiary.ui import messages

    rec = Messages()

    def information(parent: Any, title: str, text: str, details: str = "") -> None:
        rec.calls.append(("information", title, text, details))

    def warning(parent: Any, title: str, text: str, details: str = "") -> None:
        rec.calls.append(("warning", title, text, details))

    def ask(parent: Any, title: str, text: str, yes: str, no: str, details: str = "") -> bool:
        rec.calls.append(("ask", title, text, details))
        return rec.answer

    def choose(parent: Any, title: str, text: str, details: str, options: list[str]) -> int:
        rec.calls.append(("choose", title, text, details + " | " + " / ".join(options)))
        return rec.choice if rec.choice >= 0 else len(options) + rec.choice

    monkeypatch.setattr(messages, "information", information)
    monkeypatch.setattr(messages, "choose", choose)
    monkeypatch.setattr(messages, "warning", warning)
    monkeypatch.setattr(messages, "ask", ask)
    return rec


@pytest.fixture
def ctl(diary: Any, msgs: Messages, qapp: Any) -> Any:
    # (qapp: the controller hands its writes back through the application's event loop)
    from crampdiary.settings import Settings
    from crampdiary.ui.controller import DiaryController

    c = DiaryController(diary, Settings(disclaimer_accepted=True))
    yield c
    drain()  # the worker must finish before the diary is closed
    c.undo_stack.clear()
    c.close_reader()
    if c.diary is not diary:  # replaced by a restore
        c.diary.close()


def hold_writes(ctl: Any) -> tuple[threading.Event, threading.Event]:
    """Make the write worker slow: each write waits at the controller's test hook until
    the test sets ``gate``; ``inside`` is set once the worker has reached it."""
    gate, inside = threading.Event(), threading.Event()

    def hook() -> None:
        inside.set()
        assert gate.wait(10), "the test never let the write go"

    ctl.before_write = hook
    return gate, inside


def ui_thread_runs(qtbot: Any) -> None:
    """The UI thread still processes its events: a zero timer posted now fires."""
    from PySide6.QtCore import QTimer

    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=5_000)
