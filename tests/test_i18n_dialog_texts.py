"""Every text of the entry dialogs, the settings, the import wizard and the report
dialog (labels, buttons, combo items, placeholders, tooltips, accessible names) is in
German and Spanish: a text that reads the same as in the English run is reported,
apart from a short list of words every language shares (units, numbers, drug names)."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from crampdiary.core import i18n
from crampdiary.ui import translations

pytest_plugins = ("ui_support",)

# texts that are the same in the three languages
SHARED = {"mg", "mcg", "g", "ml", "tablet", "puff", "drop", "mmHg", "PDF", "CSV", "JSON",
          "OK", "Zanaflex", "°C", "kg", "cm", "bpm", "/min", "min", "Cramp Diary"}
# words that happen to be the same in a language
SAME = {"de": {"Arm", "Hand", "Massage"}, "es": {"Abdomen", "Error", "Alcohol"}}


def _texts(root: QWidget) -> dict[str, str]:
    """(where) -> text for everything a person reads or hears in ``root``."""
    out: dict[str, str] = {}

    def put(key: str, text: str) -> None:
        text = re.sub(r"<[^>]+>", "", text or "").replace("&", "").strip()
        if text:
            out[key] = text

    widgets = [root, *root.findChildren(QWidget)]
    for i, w in enumerate(widgets):
        name = f"{type(w).__name__}#{i}"
        if w is root or w.isWindow():
            put(f"{name}.title", w.windowTitle())
        put(f"{name}.tooltip", w.toolTip())
        put(f"{name}.accessible", w.accessibleName())
        put(f"{name}.description", w.accessibleDescription())
        if isinstance(w, (QLabel, QAbstractButton)):
            put(f"{name}.text", w.text())
        if isinstance(w, QGroupBox):
            put(f"{name}.title", w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            put(f"{name}.placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for k in range(w.count()):
                put(f"{name}.item{k}", w.itemText(k))
    return out


def _dialogs(ctl):
    from crampdiary.ui.entry_dialogs import DIALOGS
    from crampdiary.ui.import_wizard import ImportWizard
    from crampdiary.ui.report_dialog import ReportDialog
    from crampdiary.ui.settings_dialog import SettingsDialog

    for kind, cls in DIALOGS.items():
        yield kind, cls(ctl, None, None)
    yield "settings", SettingsDialog(ctl, None)
    yield "import", ImportWizard(ctl, None)
    yield "report", ReportDialog(ctl.diary, None)


def _collect(qtbot, ctl, lang: str) -> dict[str, dict[str, str]]:
    default = QLocale()
    i18n.set_language(lang)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translations.install_translators(app, lang)
    try:
        got = {}
        for name, dlg in _dialogs(ctl):
            qtbot.addWidget(dlg)
            texts = _texts(dlg)
            if isinstance(dlg, QWizard):
                for pid in dlg.pageIds():
                    page = dlg.page(pid)
                    texts.update({f"page{pid}.title": page.title(),
                                  f"page{pid}.subtitle": page.subTitle()})
            got[name] = texts
            dlg.close()
        return got
    finally:
        translations.remove_translators(app)
        QLocale.setDefault(default)
        i18n.set_language(None)


def _english_left(english: dict[str, dict[str, str]], other: dict[str, dict[str, str]],
                  same: frozenset[str] = frozenset()) -> list[str]:
    left = []
    for name, texts in english.items():
        for key, text in texts.items():
            if other[name].get(key) == text and text not in SHARED | same \
                    and not text.startswith("/") \
                    and re.search(r"[A-Za-z]{3,}", text):
                left.append(f"{name} {key}: {text!r}")
    return left


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("lang", ["de", "es"])
def test_dialog_texts_are_translated(qtbot, ctl, lang):
    english = _collect(qtbot, ctl, "en")
    assert sum(len(t) for t in english.values()) > 200  # the collection sees the dialogs
    other = _collect(qtbot, ctl, lang)
    left = _english_left(english, other, frozenset(SAME[lang]))
    assert not left, "\n".join(left)


def test_the_check_catches_an_english_text():
    english = {"dose": {"QComboBox#3.item1": "Tablet", "QLabel#2.text": "mg"}}
    assert _english_left(english, english) == ["dose QComboBox#3.item1: 'Tablet'"]


@pytest.mark.parametrize("lang, words", [("de", "Muss größer als null sein"),
                                         ("es", "Debe ser mayor que cero")])
def test_a_refused_field_says_why_in_the_language(qtbot, ctl, lang, words):
    from crampdiary.core import use_cases as uc
    from crampdiary.ui.entry_dialogs import DoseDialog
    from ui_support import submit

    i18n.set_language(lang)
    try:
        dlg = DoseDialog(ctl, None, None)
        qtbot.addWidget(dlg)
        dlg.drug.setText("tizanidine")
        dlg.amount.setValue(0)
        submit(dlg)
        assert dlg.error_text("amount") == words
        assert uc.count_entries(ctl.diary) == 0
    finally:
        i18n.set_language(None)


def test_form_and_drink_choices_and_the_edit_title_in_german(qtbot, ctl):
    from crampdiary.core import use_cases as uc
    from crampdiary.core.timeutil import now_utc
    from crampdiary.ui.entry_dialogs import DoseDialog, WaterDialog

    uc.log_entry(ctl.diary, "dose", {"at": now_utc(), "drug": "tizanidine", "amount": 2.0})
    (rec,) = uc.list_entries(ctl.diary, "dose")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    default = QLocale()
    i18n.set_language("de")
    translations.install_translators(app, "de")
    try:
        dose = DoseDialog(ctl, rec, None)
        water = WaterDialog(ctl, None, None)
        qtbot.addWidget(dose)
        qtbot.addWidget(water)
        forms = [dose.form_combo.itemText(i) for i in range(dose.form_combo.count())]
        assert "Tablette" in forms and "Kapsel" in forms and "Tablet" not in forms
        assert dose.form_combo.itemData(forms.index("Tablette")) == "tablet"  # the value stays
        drinks = [water.drink.itemText(i) for i in range(water.drink.count())]
        assert "Wasser" in drinks and "Water" not in drinks
        assert dose.windowTitle() == f"Dosis Nr. {rec.id} bearbeiten"
    finally:
        translations.remove_translators(app)
        QLocale.setDefault(default)
        i18n.set_language(None)


def test_the_insights_numbers_use_the_decimal_comma_in_german(qtbot, ctl):
    from types import SimpleNamespace

    from crampdiary.ui.insights import InsightsView

    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = InsightsView(ctl.diary)
        qtbot.addWidget(view)
        f = SimpleNamespace(n=199, enough_data=True, significant=True, effect=0.3912,
                            effect_kind="rate-ratio", ci=(0.17, 0.8), p=0.00584, q=0.0146,
                            question="Q?", answer="A.")
        text = view._answer_html(f)
        assert "0,39" in text and "0,17" in text and "0,80" in text and "0,00584" in text
        assert "0.39" not in text
    finally:
        QLocale.setDefault(default)
