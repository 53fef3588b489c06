"""Short plain-language descriptions of entries, for lists, the window and the report.

Nothing here knows a kind by name: ``describe(rec)`` reads how each field is shown
from its kind's description (``core.kinds``: ``FieldSpec.show``), so a field
declared there appears in the history, the command line's ``list`` and the report
without further edits.  Every word goes through ``core.i18n.tr`` (context
``kinds``) and every vocabulary value through ``core.vocab.word``.
"""

from __future__ import annotations

from typing import Any

from .i18n import language, tr
from .kinds import KINDS, FieldSpec, Show
from .records import Record, num
from .timeutil import format_duration
from .vocab import KIND_LABELS, word

__all__ = ["KIND_LABELS", "describe", "value_text", "log_cell"]


def _lower(text: str, how: str) -> str:
    # German nouns keep their capital letter inside a sentence.
    if how == "always" or (how == "nouns" and language() != "de"):
        # the first letter only: "Both sides" -> "both sides", "Beide Seiten" -> "beide Seiten"
        return text[:1].lower() + text[1:] if not text[:2].isupper() else text
    return text


def _say(text: str) -> str:
    return tr("kinds", text) if text.strip() and text.strip() != "{value}" else text


def value_text(f: FieldSpec, value: Any, *, in_sentence: bool = True) -> str:
    """One field's value as text for people (``""`` when there is nothing to show);
    ``in_sentence``: inside the summary line (where ``Show.lower`` applies)."""
    sh = f.show or Show()
    if value is None or value == "" or value == () or value == []:
        return ""
    fmt = sh.fmt
    if fmt == "flag":
        return tr("kinds", "yes") if value else ""
    if fmt == "duration":
        return format_duration(int(value)) if value else ""
    if fmt == "choice":
        for v, words in sh.choices:
            if v == value:
                return tr("kinds", words)
        return str(value)
    if fmt.startswith("vocab:"):
        table = fmt.split(":", 1)[1]
        items = value if isinstance(value, (tuple, list)) else (value,)
        words_ = [word(table, str(x)) for x in items]
        if sh.lower and in_sentence:
            words_ = [_lower(w, sh.lower) for w in words_]
        return ", ".join(words_)
    if isinstance(value, (tuple, list)):
        return ", ".join(str(x) for x in value)
    if fmt == "num" or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return str(num(value))
    return str(value)


def _part(f: FieldSpec, value: Any) -> str:
    """The field's words in the summary line, or ``""``."""
    sh = f.show or Show()
    if sh.fmt == "flag" and "{value}" not in sh.text:
        return _say(sh.text) if value else ""
    val = value_text(f, value)
    return _say(sh.text).format(value=val) if val else ""


def describe(rec: Record) -> str:
    """The entry in one line: "Calf (left), severity 7/10, 3m10s, woke me, relief:
    stretching (helped 6/10)" — built from the kind description, in the program's
    language."""
    k = KINDS.get(rec.kind)
    if k is None:  # pragma: no cover - every record has a kind
        return repr(rec)
    parts: list[str] = []
    paren: list[str] = []
    notes: list[str] = []
    anchor_shown = False  # did the last field that is not in parentheses show?

    def close_paren() -> None:
        if paren and parts:
            parts[-1] += " (" + ", ".join(paren) + ")"
        paren.clear()

    for f in k.shown:
        sh = f.show or Show()
        txt = _part(f, getattr(rec, f.name, None))
        if sh.join == "paren":
            if txt and anchor_shown:
                paren.append(txt)
            continue
        close_paren()
        anchor_shown = bool(txt)
        if not txt:
            continue
        if sh.join == "note":
            notes.append(txt)
        elif sh.join in ("attach", "glue") and parts:
            parts[-1] += (" " if sh.join == "attach" else "") + txt
        else:
            parts.append(txt)
    close_paren()
    text = ", ".join(parts)
    for note in notes:
        text += f" — {note}"
    return text


def log_cell(f: FieldSpec, value: Any) -> str:
    """One cell of the report's full log: the value, with its unit when it has one."""
    text = value_text(f, value, in_sentence=False)
    sh = f.show or Show()
    if text and sh.unit:
        text = f"{text} {sh.unit}"
    return text
