"""The core words API: English plurals, language choice, a loaded translation."""

import pytest

from crampdiary.core import i18n


@pytest.fixture(autouse=True)
def _reset():
    yield
    i18n.set_language(None)
    i18n.set_loader(None)


def test_english_plural_forms():
    i18n.set_language("en")
    assert i18n.ntr("t", "{n} dose", "{n} doses", 1) == "1 dose"
    assert i18n.ntr("t", "{n} dose", "{n} doses", 0) == "0 doses"
    assert i18n.ntr("t", "{n} dose", "{n} doses", 3) == "3 doses"


def test_language_from_environment(monkeypatch):
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    assert i18n.language() == "de"
    monkeypatch.setenv("CRAMPDIARY_LANG", "fr")
    assert i18n.language() == "en"
    monkeypatch.delenv("CRAMPDIARY_LANG")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert i18n.language() == "es"


def test_loaded_translation_and_fallback():
    i18n.set_loader(lambda lang: {("t", "{n} dose"): ["{n} Dosis", "{n} Dosen"],
                                  ("t", "Hello"): ["Hallo"]} if lang == "de" else None)
    i18n.set_language("de")
    assert i18n.tr("t", "Hello") == "Hallo"
    assert i18n.tr("t", "Untranslated") == "Untranslated"
    assert i18n.ntr("t", "{n} dose", "{n} doses", 1) == "1 Dosis"
    assert i18n.ntr("t", "{n} dose", "{n} doses", 2) == "2 Dosen"
