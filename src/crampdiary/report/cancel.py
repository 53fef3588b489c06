"""Stopping a report that is being built (the window's Cancel and Close)."""

from __future__ import annotations

import threading

from ..core.errors import CrampDiaryError


class Cancelled(CrampDiaryError):
    """The report was cancelled; nothing was written."""


def check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("The report was cancelled.")
