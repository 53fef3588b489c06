"""Issue 17: the shipped .ts files are complete, current and keep every placeholder."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from crampdiary.core import i18n

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("de", "es")
HOLE = re.compile(r"\{[^{}]*\}")
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as ut  # noqa: E402


@pytest.fixture(scope="module")
def sources() -> list[ut.Msg]:
    """Every user-facing sentence now in the source (window, core, report, command line)."""
    return ut.all_messages()


def _messages(lang: str) -> dict[tuple[str, str], object]:
    return ut.read_ts(ROOT / "resources" / "i18n" / f"crampdiary_{lang}.ts")


def test_extraction_finds_the_window_the_report_and_the_command_line(sources):
    keys = {(m.context, m.source) for m in sources}
    assert ("MainWindow", "&File") in keys  # self.tr in the window
    assert ("MainWindow", "The diary could not be opened.") in keys  # window.tr in app.py
    assert ("QWidget", "First day") in keys  # parent.tr on any widget
    assert ("report", "Page {n} of {total}") in keys
    assert ("cli", "crampdiary: refused: {reason}") in keys
    assert ("inputs", "must be a whole number from 0 to 10") in keys
    assert ("inputs", "is {n} characters long; at most {MAX_TEXT} are kept") in keys
    assert ("cli-help", "log an entry") in keys
    assert any(m.plural for m in sources)  # ntr gives a numerus message
    assert len(keys) > 400


@pytest.mark.parametrize("lang", LANGS)
def test_every_sentence_in_the_source_is_translated(lang, sources):
    """Fails when a user-facing string has no finished translation in a shipped language."""
    have = _messages(lang)
    missing = []
    for m in sources:
        el = have.get((m.context, m.source))
        tr_el = el.find("translation") if el is not None else None  # type: ignore[union-attr]
        if tr_el is None or tr_el.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(f"{m.context}: {m.source!r} (not translated)")
            continue
        if el.get("numerus") == "yes":  # type: ignore[union-attr]
            forms = [f.text or "" for f in tr_el.findall("numerusform")]
            if len(forms) != ut.NUMERUS_FORMS[lang] or not all(f.strip() for f in forms):
                missing.append(f"{m.context}: {m.source!r} (numerus forms {forms})")
        elif not (tr_el.text or "").strip():
            missing.append(f"{m.context}: {m.source!r} (empty)")
    assert not missing, f"{len(missing)} sentences lack a {lang} translation " \
                        "(run tools/update_translations.py and translate):\n" + "\n".join(missing[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_and_accelerators(lang):
    table = i18n.parse_ts(ROOT / "resources" / "i18n" / f"crampdiary_{lang}.ts")
    assert table
    bad = []
    for (ctx, src), forms in table.items():
        for form in forms:
            if sorted(HOLE.findall(src)) != sorted(HOLE.findall(form)):
                bad.append((ctx, src, form))
            if src.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                bad.append((ctx, src, form))
            if src.endswith("…") != form.endswith("…"):
                bad.append((ctx, src, form))
    assert not bad, bad[:10]


@pytest.mark.parametrize("lang", LANGS)
def test_menu_accelerators_are_unique_per_menu_bar(lang):
    table = i18n.parse_ts(ROOT / "resources" / "i18n" / f"crampdiary_{lang}.ts")
    menus = ["&File", "&Edit", "&Log", "&View", "&Help"]
    keys = [table[("MainWindow", m)][0].split("&")[1][0].lower() for m in menus]
    assert len(set(keys)) == len(keys), keys


def test_ts_files_are_up_to_date_with_the_source():
    res = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr


def test_rule_ids_option_names_and_values_stay_english():
    """Translations may not touch the contract's fixed words (CONTRACT.md section 8)."""
    for lang in LANGS:
        table = i18n.parse_ts(ROOT / "resources" / "i18n" / f"crampdiary_{lang}.ts")
        for (_ctx, src), forms in table.items():
            for word in re.findall(r"--[a-z][a-z-]+|\b(?:tizanidine|yes|no)\.[a-z-]+", src):
                assert all(word in f for f in forms), (lang, src, forms)
        assert table[("cli", "crampdiary: refused: {reason}")][0].startswith("crampdiary: ")


def test_the_loader_reads_numerus_forms_and_skips_unfinished(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE">
<context><name>c</name>
<message><source>Done</source><translation>Fertig</translation></message>
<message><source>Later</source><translation type="unfinished">Später</translation></message>
<message><source>Gone</source><translation type="vanished">Weg</translation></message>
<message><source>Empty</source><translation></translation></message>
<message numerus="yes"><source>{n} day</source><translation>
<numerusform>{n} Tag</numerusform><numerusform>{n} Tage</numerusform></translation></message>
<message numerus="yes"><source>{n} half</source><translation>
<numerusform>{n} halb</numerusform><numerusform></numerusform></translation></message>
</context></TS>""", encoding="utf-8")
    table = i18n.parse_ts(ts)
    assert table == {("c", "Done"): ["Fertig"], ("c", "{n} day"): ["{n} Tag", "{n} Tage"]}
