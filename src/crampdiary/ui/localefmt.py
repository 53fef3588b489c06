"""Dates, times and numbers in the window, in the user's language (QLocale).

English keeps the exact ``strftime`` texts the window always showed; German and
Spanish go through ``QLocale()`` (set by ``translations.install_translators``), so
weekday and month names, and the digit grouping, follow the language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ..core import i18n

_QT = {"%A": "dddd", "%a": "ddd", "%d": "dd", "%B": "MMMM", "%b": "MMM", "%Y": "yyyy",
       "%m": "MM", "%H": "HH", "%M": "mm", "%S": "ss", "%%": "%"}


def _qt_pattern(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        two = pattern[i:i + 2]
        if two in _QT:
            out.append(_QT[two])
            i += 2
            continue
        ch = pattern[i]
        if ch.isalpha():  # a run of letters goes in one pair of single quotes ('de'):
            j = i       # two quoted letters side by side ('d''e') would read as d'e
            while j < len(pattern) and pattern[j].isalpha():
                j += 1
            out.append(f"'{pattern[i:j]}'")
            i = j
            continue
        out.append("''" if ch == "'" else ch)
        i += 1
    return "".join(out)


def strftime(value: date | datetime, pattern: str) -> str:
    """``value.strftime(pattern)`` with the names of the user's language."""
    if i18n.language() == "en":
        return value.strftime(pattern)
    loc = QLocale()
    qt = _qt_pattern(pattern)
    if isinstance(value, datetime):
        qdt = QDateTime(QDate(value.year, value.month, value.day),
                        QTime(value.hour, value.minute, value.second))
        return loc.toString(qdt, qt)
    return loc.toString(QDate(value.year, value.month, value.day), qt)
