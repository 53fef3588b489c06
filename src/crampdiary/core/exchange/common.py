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


# The words of a row's descriptor ("cramps.csv row 2 (line 3)", "exp.json entry 1
# (entries[0])") and of a refusal ("{where}, field 'severity': ...") stay English where
# they are made (the readers build one per row, and --dry-run's JSON keeps them); they
# become the user's language where people read them: ``where_text`` and
# ``refusal_text``.  The field name and the JSON path stay English (docs/TRANSLATING.md).
_WHERE_CONTEXT = "import-where"
_REFUSAL = re.compile(r"(?P<where>.+?), field (?P<column>'[^']*'|\"[^\"]*\"): (?P<reason>.*)\Z", re.S)


def descriptor_templates() -> list[str]:
    """The descriptors' templates and the reasons of the import's own refusals, in the
    user's language (the literal ``tr`` calls put them into the .ts files;
    ``where_text`` and ``refusal_text`` match a finished text against them)."""
    from ..i18n import tr

    return [tr(_WHERE_CONTEXT, "{file} row {n} (line {line})"),
            tr(_WHERE_CONTEXT, "{file} entry {n} (entries[{i}])"),
            tr(_WHERE_CONTEXT, "{file} medicine {n} (medicines[{i}])"),
            tr(_WHERE_CONTEXT, "{file} element {n} (<{tag}>)"),
            tr(_WHERE_CONTEXT, "{file} {table} row {n}"),
            tr(_WHERE_CONTEXT, "{where}, field {column}: {reason}"),
            tr(_WHERE_CONTEXT, "is required"),
            tr(_WHERE_CONTEXT, "must be an ISO 8601 date and time"),
            tr(_WHERE_CONTEXT, "is more than 24 hours in the future"),
            tr(_WHERE_CONTEXT, "is too far in the past"),
            tr(_WHERE_CONTEXT, "must be a plain value"),
            tr(_WHERE_CONTEXT, "must hold plain values"),
            tr(_WHERE_CONTEXT, "is not an entry id"),
            tr(_WHERE_CONTEXT, "is not an entry id (a whole number)"),
            tr(_WHERE_CONTEXT, "is not a field of a {kind} entry")]


def source_label(source: str) -> str:
    """The name of the app a file came from, for people: Cramp Diary's own name in the
    user's language, the other apps' names as they are."""
    from .importers import LABELS

    if source == "crampdiary":
        from ..i18n import tr

        return tr(_WHERE_CONTEXT, "Cramp Diary")
    return LABELS.get(source, source)


def where_text(where: str) -> str:
    """A row's descriptor in the user's language: "exp.json entry 1 (entries[0])" ->
    "exp.json, Eintrag 1 (entries[0])" (the file name and the JSON path as they are)."""
    from ..i18n import tr_message

    return tr_message(_WHERE_CONTEXT, where)


def refusal_text(message: str) -> str:
    """An input refusal in the user's language; one made by ``refuse`` has its
    descriptor and its reason translated and keeps the field name English."""
    from ..i18n import language, tr, tr_message

    if language() == "en":
        return message
    m = _REFUSAL.match(message)
    if m is None:
        return tr_message("inputs", message)
    reason = m["reason"]
    translated = tr_message("inputs", reason)
    if translated == reason:
        translated = tr_message(_WHERE_CONTEXT, reason)
    return (tr(_WHERE_CONTEXT, "{where}, field {column}: {reason}")
            .replace("{where}", where_text(m["where"])).replace("{column}", m["column"])
            .replace("{reason}", translated))


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
