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
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date as date_type
from pathlib import Path

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


_WINDOWS_NAMES = {"english": "en", "german": "de", "spanish": "es"}


def language_is_explicit() -> bool:
    """True when ``CRAMPDIARY_LANG`` or the locale environment names a language (the
    window then does not ask Qt for the desktop's own language list)."""
    return _forced is not None or bool(os.environ.get("CRAMPDIARY_LANG", "").strip()
                                       or _system_language().strip())


def language() -> str:
    """The language in force: ``en``, ``de`` or ``es``."""
    pinned: str | None = getattr(_pin, "lang", None)
    if pinned is not None:
        return pinned
    if _forced is not None:
        return _forced
    for cand in (os.environ.get("CRAMPDIARY_LANG", ""), _system_language()):
        code = cand.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
        code = _WINDOWS_NAMES.get(code, code)  # Windows: "German_Germany.1252"
        if code in SUPPORTED:
            return code
        if cand.strip():
            # an explicit but unsupported CRAMPDIARY_LANG or locale: English
            return "en"
    return "en"


_pin = threading.local()


@contextmanager
def pinned_language() -> Iterator[str]:
    """Within the block, this thread's language is fixed to the one in force at its start,
    so the many sentences of one long job (a report of ten years) do not each read the
    environment again.  Other threads are not affected; blocks nest."""
    before = getattr(_pin, "lang", None)
    _pin.lang = before or language()
    try:
        yield _pin.lang
    finally:
        _pin.lang = before


def set_language(code: str | None) -> None:
    """Force a language (tests, the window's setting); ``None`` goes back to the environment."""
    global _forced
    if code is not None and code not in SUPPORTED:
        raise ValueError(f"unsupported language {code!r}")
    _forced = code


def set_loader(loader: _Loader | None) -> None:
    """Install a loader; ``None`` goes back to the default (``load_ts`` on the shipped files)."""
    global _loader
    _loader = loader
    _cache.clear()
    _patterns.clear()


# ----------------------------------------------------------------- the .ts files
def i18n_dir() -> Path | None:
    """``resources/i18n`` of the installed package or of the source checkout."""
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "resources" / "i18n", here.parent.parent / "resources" / "i18n"):
        if cand.is_dir():
            return cand
    return None


def ts_path(lang: str) -> Path | None:
    folder = i18n_dir()
    return folder / f"crampdiary_{lang}.ts" if folder is not None else None


def parse_ts(path: Path | str) -> dict[tuple[str, str], list[str]]:
    """{(context, source): [form, ...]} of a Qt Linguist ``.ts`` file.

    Like ``lrelease``, messages marked ``unfinished``, ``obsolete`` or ``vanished`` and
    empty translations are left out (they fall back to English).  A numerus message
    gives one form per ``<numerusform>`` in the order of ``plural_index``.
    """
    import xml.etree.ElementTree as ET

    table: dict[tuple[str, str], list[str]] = {}
    root = ET.parse(str(path)).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr_el = msg.find("translation")
            if source is None or tr_el is None:
                continue
            if tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr_el.findall("numerusform")]
            else:
                forms = [tr_el.text or ""]
            if forms and all(forms):
                table[(name, source)] = forms
    return table


def load_ts(lang: str) -> dict[tuple[str, str], list[str]] | None:
    """The default loader: ``resources/i18n/crampdiary_LANG.ts``."""
    path = ts_path(lang)
    if path is None or not path.is_file():
        return None
    return parse_ts(path)


def _table(lang: str) -> dict[tuple[str, str], list[str]]:
    if lang not in _cache:
        loader = _loader if _loader is not None else load_ts
        _cache[lang] = loader(lang) or {}
    return _cache[lang]


def table(lang: str) -> dict[tuple[str, str], list[str]]:
    """Every translation of ``lang`` (the window's translator serves these too)."""
    return _table(lang)


def plural_index(lang: str, n: int) -> int:
    """Which numerus form ``n`` takes (English, German, Spanish: one and other)."""
    return 0 if abs(n) == 1 else 1


_patterns: dict[tuple[str, str], list[tuple[re.Pattern[str], str, str]]] = {}
_HOLE = re.compile(r"\{(\w+)\}")


def _compiled(lang: str, context: str) -> list[tuple[re.Pattern[str], str, str]]:
    key = (lang, context)
    if key not in _patterns:
        out = []
        for (ctx, source), forms in _table(lang).items():
            if ctx != context or not _HOLE.search(source):
                continue
            parts = _HOLE.split(source)
            seen: set[str] = set()
            rx = ""
            for i, part in enumerate(parts):
                if i % 2 == 0:
                    rx += re.escape(part)
                elif part in seen:
                    rx += f"(?P={part})"
                else:
                    seen.add(part)
                    rx += f"(?P<{part}>.+?)"
            out.append((re.compile(rx + r"\Z", re.S), source, forms[0]))
        out.sort(key=lambda t: -len(t[1]))  # the most specific template first
        _patterns[key] = out
    return _patterns[key]


def tr_message(context: str, text: str) -> str:
    """A finished sentence (placeholders already filled in) in the user's language.

    For messages made elsewhere with their values in them (a refusal from the input
    validators, argparse's complaints): the sentence is looked up as it is, then
    against the context's templates (``{name}`` matches any text), and the matched
    values are put into the translation.  Unknown sentences come back unchanged.
    """
    lang = language()
    if lang == "en" or not text:
        return text
    forms = _table(lang).get((context, text))
    if forms:
        return forms[0]
    for rx, _source, target in _compiled(lang, context):
        m = rx.match(text)
        if m:
            values = m.groupdict()
            def fill(h: re.Match[str], v: dict[str, str] = values) -> str:
                return v.get(h.group(1), h.group(0))

            return _HOLE.sub(fill, target)
    return text


def format_number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """A number with the language's digit grouping and decimal sign, as CLDR (and so
    QLocale) writes it: ``2,550.5`` (en), ``2.550,5`` (de), ``2550,5`` / ``12.550,5`` (es:
    four-digit numbers are not grouped).  For text shown to people, never for files."""
    lang = lang or language()
    text = f"{value:,.{decimals}f}"
    if lang == "en":
        return text
    whole, _, frac = text.partition(".")
    digits = whole.lstrip("-").replace(",", "")
    if lang == "es" and len(digits) <= 4:
        whole = whole.replace(",", "")
    whole = whole.replace(",", ".")
    return whole + ("," + frac if frac else "")


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


def ntr_mark(context: str, singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural pair that is counted later (``ntr(context, singular, plural, n)``
    with its count known only then): returns the pair unchanged, and
    ``tools/update_translations.py`` extracts it like an ``ntr`` call."""
    del context
    return singular, plural


# Short weekday and month names for dates inside sentences (the command line keeps ISO
# times in its own fields).  Fixed tables, not the C library's locale: the words must
# follow the program's language, whatever LC_TIME says.
_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov",
           "Dez"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}


def short_date(d: date_type) -> str:
    """'Sun 29 Mar', 'So 29. März', 'dom 29 mar': a day inside a sentence."""
    lang = language()
    wd, mon = _DAYS[lang][d.weekday()], _MONTHS[lang][d.month - 1]
    if lang == "de":
        return f"{wd} {d.day}. {mon}"
    return f"{wd} {d.day} {mon}"


# Dates in running text and tables of the report: CLDR's medium date ("d MMM y"), the
# way QLocale writes it: "1 Jan 2026", "1. Jan. 2026", "1 ene 2026".
_MONTHS_MEDIUM = {
    "en": _MONTHS["en"],
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."),
    "es": _MONTHS["es"],
}


def medium_date(d: date_type, lang: str | None = None) -> str:
    """'1 Jan 2026' (en), '1. Jan. 2026' (de), '1 ene 2026' (es)."""
    lang = lang or language()
    mon = _MONTHS_MEDIUM[lang][d.month - 1]
    if lang == "de":
        return f"{d.day}. {mon} {d.year}"
    return f"{d.day} {mon} {d.year}"


def short_weekday(index: int, lang: str | None = None) -> str:
    """Monday is 0: 'Mon', 'Mo', 'lun'."""
    return _DAYS[lang or language()][index]
