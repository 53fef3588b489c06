"""The window's language: our translations, Qt's own, and the locale.

``install_translators(app)`` is called once by ``ui/app.py`` before any widget is
made.  For the language that ``core.i18n.language()`` chooses (``CRAMPDIARY_LANG``,
else the system locale) it installs:

* our translations: ``resources/i18n/crampdiary_LANG.qm`` when the package build
  made it (``hatch_build.py`` runs ``pyside6-lrelease``) and it is not older than its
  ``.ts``; otherwise a translator that serves the ``.ts`` file itself (an editable
  install or a checkout never has a stale or missing window language);
* Qt's base translations (``qtbase_LANG.qm`` from PySide6's translations folder:
  the standard buttons, the file dialog, the context menus);
* ``QLocale.setDefault`` to that language, so dates, times and numbers shown
  through ``QLocale()`` follow it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import i18n


class TsTranslator(QTranslator):
    """Serves a parsed ``.ts`` table (the same one core uses), numerus forms included."""

    def __init__(self, lang: str, table: dict[tuple[str, str], list[str]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.table = table

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.table

    def language(self) -> str:
        return self.lang

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        forms = self.table.get((context, source))
        if not forms:
            return None
        if n >= 0 and len(forms) > 1:
            return forms[min(i18n.plural_index(self.lang, n), len(forms) - 1)]
        return forms[0]


def qm_path(lang: str) -> Path | None:
    """Our compiled ``.qm`` if it is there and not older than its ``.ts``."""
    ts = i18n.ts_path(lang)
    if ts is None:
        return None
    qm = ts.with_suffix(".qm")
    try:
        if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return qm
    except OSError:
        pass
    return None


def _locale_for(lang: str) -> QLocale:
    system = QLocale.system()
    if system.name().split("_")[0] == lang:
        return system  # keep the country (de_AT, es_MX) when the language agrees
    return QLocale({"de": "de_DE", "es": "es_ES", "en": "en_US"}.get(lang, lang))


def install_translators(app: Any, lang: str | None = None) -> list[QTranslator]:
    """Install the translators for ``lang`` (default: ``core.i18n.language()``)."""
    if lang is None:
        lang = i18n.language()
        if not i18n.language_is_explicit():
            # no CRAMPDIARY_LANG and no locale variables (a macOS app started from the
            # Finder, some Windows set-ups): the desktop's languages, as Qt reads them
            for ui in QLocale.system().uiLanguages():
                code = ui.replace("_", "-").split("-")[0].lower()
                if code in i18n.SUPPORTED:
                    lang = code
                    i18n.set_language(code)  # the report made from the window follows
                    break
    remove_translators(app)
    QLocale.setDefault(_locale_for(lang))
    installed: list[QTranslator] = []
    if lang != "en":
        base = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if base.load(f"qtbase_{lang}", folder):
            installed.append(base)
        ours: QTranslator | None = None
        qm = qm_path(lang)
        if qm is not None:
            ours = QTranslator(app)
            if not ours.load(str(qm)):
                ours = None
        if ours is None:
            table = i18n.table(lang)
            if table:
                ours = TsTranslator(lang, table, app)
        if ours is not None:
            installed.append(ours)
    for t in installed:
        app.installTranslator(t)
    app._crampdiary_translators = installed  # keep them alive, and removable
    return installed


def remove_translators(app: Any) -> None:
    for t in getattr(app, "_crampdiary_translators", []):
        QCoreApplication.removeTranslator(t)
    app._crampdiary_translators = []
