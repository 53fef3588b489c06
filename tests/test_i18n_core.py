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


@pytest.mark.parametrize("lang, want", [("en", "Sun 29 Mar"), ("de", "So 29. März"),
                                        ("es", "dom 29 mar")])
def test_dates_inside_sentences_follow_the_language(lang, want):
    from datetime import date

    i18n.set_language(lang)
    assert i18n.short_date(date(2026, 3, 29)) == want


def test_flag_sentences_name_the_day_in_the_language(monkeypatch):
    from datetime import datetime, timezone

    from crampdiary.core.rules import words

    monkeypatch.setenv("TZ", "Europe/Berlin")
    at = datetime(2026, 12, 1, 7, 5, tzinfo=timezone.utc)
    i18n.set_language("de")
    assert words.when(at) == "Di 1. Dez 08:05"
    i18n.set_language("en")
    assert words.when(at) == "Tue 1 Dec 08:05"


def test_vocab_words_follow_the_language(monkeypatch):
    from crampdiary.core import i18n, vocab

    monkeypatch.setattr(i18n, "language", lambda: "de")
    assert vocab.word("muscle", "calf") == "Wade"
    assert vocab.word("symptom", "dry-mouth") == "Mundtrockenheit"
    assert vocab.word("symptom", "itchy toes") == "itchy toes"  # typed freely: as stored
    monkeypatch.setattr(i18n, "language", lambda: "es")
    assert vocab.word("kind", "cramp") == "Calambre"
    monkeypatch.setattr(i18n, "language", lambda: "en")
    assert vocab.word("red-flag", "dark-urine") == "Dark urine after cramps"
