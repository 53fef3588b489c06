"""Shared fixtures for the window tests (imported by tests/test_ui_*.py)."""

from __future__ import annotations

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
def ctl(diary: Any, msgs: Messages) -> Any:
    from crampdiary.settings import Settings
    from crampdiary.ui.controller import DiaryController

    c = DiaryController(diary, Settings(disclaimer_accepted=True))
    yield c
    drain()  # the worker must finish before the diary is closed
    c.undo_stack.clear()
    c.close_reader()
    if c.diary is not diary:  # replaced by a restore
        c.diary.close()
