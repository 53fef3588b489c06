"""Short plain-language descriptions of entries, for lists, the window and the report.

Nothing here knows a kind by name: ``describe(rec)`` reads how each field is shown
from its kind's description (``core.kinds``: ``FieldSpec.show``), so a field
declared there appears in the history, the command line's ``list`` and the report
without further edits.  Every word goes through the translations of ``core.i18n``
(context ``kinds``, as ``tr("kinds", ...)``) and every vocabulary value is the word
of ``core.vocab.word``.  The language is looked up once per call (History describes
thousands of entries when it searches).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import i18n
from .kinds import KINDS, FieldSpec, Kind, Show
from .records import Record, num
from .timeutil import display_duration
from .vocab import KIND_LABELS, word_tables

__all__ = ["KIND_LABELS", "describe", "kind_in_sentence", "value_text", "log_cell"]

_Say = Callable[[str, str], str]  # (context, English text) -> the text in the language


def kind_in_sentence(kind: str) -> str:
    """An entry kind inside a sentence ("Add drink", "Getränk hinzufügen", "Añadir
    bebida"): English keeps its lower-case label, German and Spanish take
    ``vocab.inline_word``."""
    from .vocab import inline_word

    return inline_word("kind", kind, english_label=True)


def _sayer(lang: str) -> _Say:
    """``tr`` for one language, without asking for the language at every word."""
    if lang == "en":
        return lambda _context, text: text
    table = i18n.table(lang)

    def say(context: str, text: str) -> str:
        forms = table.get((context, text))
        return forms[0] if forms and forms[0] else text

    return say


def _current() -> tuple[str, _Say]:
    lang = i18n.language()
    return lang, _sayer(lang)


def _lower(text: str, how: str, lang: str) -> str:
    # German nouns keep their capital letter inside a sentence.
    if how == "always" or (how == "nouns" and lang != "de"):
        # the first letter only: "Both sides" -> "both sides", "Beide Seiten" -> "beide Seiten"
        return text[:1].lower() + text[1:] if not text[:2].isupper() else text
    return text


def _word(table: str, key: str, say: _Say) -> str:
    english = word_tables()[table].get(key)  # as core.vocab.word, in the language of ``say``
    return key if english is None else say("vocab", english)


def value_text(f: FieldSpec, value: Any, *, in_sentence: bool = True,
               _ctx: tuple[str, _Say] | None = None) -> str:
    """One field's value as text for people (``""`` when there is nothing to show);
    ``in_sentence``: inside the summary line (where ``Show.lower`` applies)."""
    sh = f.show or Show()
    if value is None or value == "" or value == () or value == []:
        return ""
    lang, say = _ctx if _ctx is not None else _current()
    fmt = sh.fmt
    if fmt == "flag":
        return say("kinds", "yes") if value else ""
    if fmt == "duration":
        return display_duration(int(value), say) if value else ""
    if fmt == "choice":
        for v, words in sh.choices:
            if v == value:
                return say("kinds", words)
        return str(value)
    if fmt.startswith("vocab:"):
        table = fmt[6:]
        items = value if isinstance(value, (tuple, list)) else (value,)
        words_ = [_word(table, str(x), say) for x in items]
        if sh.lower and in_sentence:
            words_ = [_lower(w, sh.lower, lang) for w in words_]
        return ", ".join(words_)
    if isinstance(value, (tuple, list)):
        return ", ".join(str(x) for x in value)
    if fmt == "num" or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return str(num(value))
    return str(value)


_plans: dict[int, tuple[Kind, tuple[FieldSpec, ...]]] = {}


def _shown(k: Kind) -> tuple[FieldSpec, ...]:
    got = _plans.get(id(k))
    if got is None or got[0] is not k:  # a kind replaced in the registry (tests)
        got = (k, k.shown)
        _plans[id(k)] = got
    return got[1]


def describe(rec: Record) -> str:
    """The entry in one line: "Calf (left), severity 7/10, 3 min 10 s, woke me, relief:
    stretching (helped 6/10)" — built from the kind description, in the program's
    language."""
    k = KINDS.get(rec.kind)
    if k is None:  # pragma: no cover - every record has a kind
        return repr(rec)
    ctx = _current()
    say = ctx[1]
    parts: list[str] = []
    paren: list[str] = []
    notes: list[str] = []
    anchor_shown = False  # did the last field that is not in parentheses show?
    for f in _shown(k):
        sh = f.show or Show()
        value = getattr(rec, f.name, None)
        if sh.fmt == "flag" and "{value}" not in sh.text:
            txt = say("kinds", sh.text) if value else ""
        else:
            val = value_text(f, value, _ctx=ctx)
            txt = (val if sh.text == "{value}" else say("kinds", sh.text).format(value=val)) \
                if val else ""
        if sh.join == "paren":
            if txt and anchor_shown:
                paren.append(txt)
            continue
        if paren:
            parts[-1] += " (" + ", ".join(paren) + ")"
            paren.clear()
        anchor_shown = bool(txt)
        if not txt:
            continue
        if sh.join == "note":
            notes.append(txt)
        elif sh.join in ("attach", "glue") and parts:
            parts[-1] += (" " if sh.join == "attach" else "") + txt
        else:
            parts.append(txt)
    if paren and parts:
        parts[-1] += " (" + ", ".join(paren) + ")"
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
