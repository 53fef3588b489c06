"""The flag engine (interface; the full rule set lands with issue 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .records import History
from .timeutil import iso


@dataclass(frozen=True)
class Flag:
    rule: str
    severity: str  # info | warning | danger
    title: str
    message: str
    at: datetime
    entries: tuple[int, ...]
    source: str

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "title": self.title,
                "message": self.message, "at": iso(self.at), "entries": list(self.entries),
                "source": self.source}


def evaluate(history: History, at: datetime, since: datetime | None = None) -> list[Flag]:
    return []


def flags_for_entry(history: History, entry_id: int) -> list[Flag]:
    return []
