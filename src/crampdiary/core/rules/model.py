"""The engine's two data types: a detected ``Hit`` (no words yet) and the ``Flag`` people see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..timeutil import iso

SEVERITIES = ("info", "warning", "danger")


@dataclass(frozen=True)
class Flag:
    rule: str
    severity: str  # info | warning | danger
    title: str
    message: str
    at: datetime
    entries: tuple[int, ...]
    source: str
    subject: str = ""
    first_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.first_at is None:
            object.__setattr__(self, "first_at", self.at)

    @property
    def ongoing(self) -> bool:
        return self.first_at != self.at

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "title": self.title,
                "message": self.message, "at": iso(self.at),
                "first_at": iso(self.first_at), "subject": self.subject,
                "entries": list(self.entries), "source": self.source}


@dataclass
class Hit:
    """One event, or one occurrence of an ongoing rule, before it is put into words.

    ``gap`` is None for an event rule; for an ongoing rule it is the episode gap.
    ``trigger`` is the entry at which an occurrence happens (None for a moment such
    as "36 h after the last dose").  ``group`` splits episodes further (one per
    course).  ``words`` names the wording in ``words.py``; ``data`` holds what the
    wording needs (entries, numbers read from the catalog).
    """

    rule: str
    severity: str
    subject: str
    at: datetime
    entries: tuple[int, ...]
    words: str
    data: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    gap: timedelta | None = None
    trigger: int | None = None
    group: Any = None

    @property
    def key(self) -> tuple[str, str, Any]:
        return (self.rule, self.subject, self.group)
