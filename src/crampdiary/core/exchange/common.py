"""Shared pieces of the exchange package: the diary's UUID, text checks, formula guard."""

from __future__ import annotations

import re
import uuid
from typing import Any

from ..errors import InputError

# C0 control characters but tab and line feed, DEL, and the C1 block: never in an entry.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "backspace", 0x0b: "vertical tab", 0x0c: "form feed",
                  0x0d: "carriage return", 0x1b: "ESC", 0x7f: "DEL"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
MAX_DIGITS = 30  # a number with more digits is no diary value (int('9'*5000) is refused early)


def describe_char(ch: str) -> str:
    code = ord(ch)
    name = _CONTROL_NAMES.get(code)
    return f"the control character {name} (U+{code:04X})" if name else f"the control character U+{code:04X}"


def check_text(value: str, where: str, field: str) -> None:
    """Refuse control characters and lone surrogates in a text cell (names where and what)."""
    m = _CONTROL.search(value)
    if m:
        raise refuse(where, field, f"contains {describe_char(m.group())}; text may hold letters, "
                                   "digits, punctuation, tabs and new lines only")
    m = _SURROGATE.search(value)
    if m:
        raise refuse(where, field, f"contains a lone surrogate (U+{ord(m.group()):04X}), which "
                                   "is not a character; the file is damaged or not UTF-8")


def has_bad_text(value: str) -> bool:
    return bool(_CONTROL.search(value) or _SURROGATE.search(value))


def normalise_newlines(value: str) -> str:
    """CR LF and lone CR inside a cell become LF (a re-saved file gives the same entry)."""
    if "\r" in value:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def refuse(where: str, column: str, message: str) -> InputError:
    return InputError(column, f"{where}, field {column!r}: {message}")


def guard_cell(text: str) -> str:
    """Protect a text cell from being read as a spreadsheet formula (reversible)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unguard_cell(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


def diary_uuid(diary: Any) -> str:
    """The diary's own UUID, made once and kept in its ``meta`` table (key ``diary_uuid``).

    Schema 4 creates the ``meta`` table; on an older diary it is created here with the
    same shape (``key TEXT PRIMARY KEY, value TEXT NOT NULL``).
    """
    from ..storage import meta

    with diary.sql_read() as con:
        value = meta.read_value(con, "diary_uuid")
    if value:
        return str(uuid.UUID(value))
    with diary.sql_write() as con:
        return str(uuid.UUID(meta.ensure_value(con, "diary_uuid", lambda: str(uuid.uuid4()))))
