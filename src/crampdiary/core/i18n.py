"""Words for people, in their language: the one way core code (flags, insights,
the command line's messages) asks for a sentence.

* ``tr(context, text)``: a sentence; ``text`` is the English source and the key.
* ``ntr(context, singular, plural, n)``: a sentence whose words depend on a
  count, the real plural mechanism (never an appended "s").  ``{n}`` in either
  form is replaced by ``n``.  Languages with more than two forms get them from
  their translation file, as Qt Linguist's numerus forms do.

Both return a ``str`` that may still hold other ``{name}`` placeholders for the
caller's ``.format(...)``.  Placeholders are never translated, so a translation
keeps every ``{name}`` of its source.

The language is ``CRAMPDIARY_LANG`` (``en``, ``de``, ``es``), else the system
locale, else English.  Translations for core live in ``resources/i18n/`` as Qt
Linguist ``.ts`` files (the same files the window's ``.qm`` are built from); an
untranslated sentence falls back to English.  No Qt is imported here.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable

SUPPORTED = ("en", "de", "es")

# A loader returns, for a language, {(context, source): [form, ...]} or None.
# It is installed by the translation machinery (see ``set_loader``); until then,
# and for English, the source text is the answer.
_Loader = Callable[[str], "dict[tuple[str, str], list[str]] | None"]
_loader: _Loader | None = None
_cache: dict[str, dict[tuple[str, str], list[str]]] = {}
_forced: str | None = None


def _system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        val = os.environ.get(var)
        if val:
            return val.split(":")[0]
    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def language() -> str:
    """The language in force: ``en``, ``de`` or ``es``."""
    if _forced is not None:
        return _forced
    for cand in (os.environ.get("CRAMPDIARY_LANG", ""), _system_language()):
        code = cand.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
        if code in SUPPORTED:
            return code
        if cand.strip():
            # an explicit but unsupported CRAMPDIARY_LANG or locale: English
            return "en"
    return "en"


def set_language(code: str | None) -> None:
    """Force a language (tests, the window's setting); ``None`` goes back to the environment."""
    global _forced
    if code is not None and code not in SUPPORTED:
        raise ValueError(f"unsupported language {code!r}")
    _forced = code


def set_loader(loader: _Loader | None) -> None:
    global _loader
    _loader = loader
    _cache.clear()


def _table(lang: str) -> dict[tuple[str, str], list[str]]:
    if lang not in _cache:
        _cache[lang] = (_loader(lang) if _loader is not None else None) or {}
    return _cache[lang]


def plural_index(lang: str, n: int) -> int:
    """Which numerus form ``n`` takes (English, German, Spanish: one and other)."""
    return 0 if abs(n) == 1 else 1


def tr(context: str, text: str) -> str:
    lang = language()
    if lang == "en":
        return text
    forms = _table(lang).get((context, text))
    return forms[0] if forms and forms[0] else text


def ntr(context: str, singular: str, plural: str, n: int | float) -> str:
    lang = language()
    count = int(n) if float(n).is_integer() else n
    idx = plural_index(lang, int(count)) if isinstance(count, int) else 1
    chosen = singular if idx == 0 else plural
    if lang != "en":
        forms = _table(lang).get((context, singular))
        if forms:
            k = min(idx, len(forms) - 1)
            if forms[k]:
                chosen = forms[k]
    return chosen.replace("{n}", str(count))
