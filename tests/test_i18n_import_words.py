"""The import's row descriptors and refusals read in the user's language; the file name,
the JSON path and the field name stay as they are (docs/TRANSLATING.md)."""

from __future__ import annotations

import json
import re

import pytest

from crampdiary.core import i18n
from crampdiary.core.exchange.common import descriptor_templates, refusal_text, where_text


@pytest.fixture
def lang():
    yield i18n.set_language
    i18n.set_language(None)


@pytest.mark.parametrize("english, de, es", [
    ("exp.json entry 1 (entries[0])", "exp.json, Eintrag 1 (entries[0])",
     "exp.json, entrada 1 (entries[0])"),
    ("cramps.csv row 2 (line 3)", "cramps.csv, Zeile 2 (Dateizeile 3)",
     "cramps.csv, fila 2 (línea 3)"),
    ("exp.json medicine 2 (medicines[1])", "exp.json, Medikament 2 (medicines[1])",
     "exp.json, medicamento 2 (medicines[1])"),
    ("export.xml element 7 (<Record>)", "export.xml, Element 7 (<Record>)",
     "export.xml, elemento 7 (<Record>)"),
])
def test_descriptors_in_each_language(lang, english, de, es):
    lang("en")
    assert where_text(english) == english
    lang("de")
    assert where_text(english) == de
    lang("es")
    assert where_text(english) == es


def test_every_template_is_translated_with_its_holes(lang):
    lang("en")
    english = descriptor_templates()
    for code in ("de", "es"):
        lang(code)
        for en, other in zip(english, descriptor_templates(), strict=True):
            assert other != en or not any(c.isalpha() for c in en.replace("{", "").strip())
            holes = sorted(re.findall(r"\{\w+\}", en))
            assert sorted(re.findall(r"\{\w+\}", other)) == holes, (en, other)


def test_a_refusal_keeps_the_field_and_translates_the_rest(lang):
    msg = "exp.json entry 3 (entries[2]), field 'at': is more than 24 hours in the future"
    lang("de")
    assert refusal_text(msg) == ("exp.json, Eintrag 3 (entries[2]), Feld 'at': liegt mehr als "
                                 "24 Stunden in der Zukunft")
    lang("es")
    assert refusal_text("exp.json entry 1 (entries[0]), field 'severity': 12 is outside 0..10") \
        == "exp.json, entrada 1 (entries[0]), campo 'severity': 12 está fuera de 0..10"
    lang("en")
    assert refusal_text(msg) == msg


def test_the_command_line_refuses_an_import_in_german(cli, monkeypatch, tmp_path):
    path = tmp_path / "exp.json"
    path.write_text(json.dumps({"format": "crampdiary", "version": 1, "entries": [
        {"kind": "cramp", "at": "2026-03-01T08:00:00+00:00", "muscle": "calf",
         "severity": 12}]}), encoding="utf-8")
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    r = cli("import", str(path))
    assert r.rc == 2
    assert r.err.strip() == ("crampdiary: abgelehnt: severity: exp.json, Eintrag 1 "
                             "(entries[0]), Feld 'severity': 12 liegt außerhalb von 0..10")
    r = cli("import", str(path), "--dry-run")
    assert r.rc == 2 and "entry 1" not in r.err
    assert cli("list", "--json").out.strip() == "[]"


def test_the_source_is_named_in_the_language(lang):
    from crampdiary.core.exchange.common import source_label

    lang("de")
    assert source_label("crampdiary") == "Krampf-Tagebuch"
    assert source_label("bearable") == "Bearable"  # another app's name stays
    lang("en")
    assert source_label("crampdiary") == "Cramp Diary"


def test_undo_names_the_kind_in_the_language(qapp):
    from datetime import datetime, timezone

    from PySide6.QtCore import QLocale

    from crampdiary.core.records import Water
    from crampdiary.ui import translations
    from crampdiary.ui.controller import _AddCommand

    rec = Water(4, datetime(2026, 3, 1, tzinfo=timezone.utc), 250.0, "water")
    default = QLocale()
    i18n.set_language("de")
    translations.install_translators(qapp, "de")
    try:
        assert _AddCommand(None, rec).text() == "Getränk hinzufügen"
    finally:
        translations.remove_translators(qapp)
        QLocale.setDefault(default)
        i18n.set_language(None)


def test_a_kind_inside_a_sentence(lang):
    from crampdiary.core.describe import kind_in_sentence

    lang("en")
    assert kind_in_sentence("water") == "drink"  # "Add drink", as before
    lang("de")
    assert kind_in_sentence("water") == "Getränk"
    lang("es")
    assert kind_in_sentence("water") == "bebida"
