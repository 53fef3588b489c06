"""Issue 17: the language chosen by CRAMPDIARY_LANG reaches the command line, the
report and the window; plurals are real numerus forms."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from crampdiary.core import i18n


@pytest.fixture(autouse=True)
def _reset_language():
    yield
    i18n.set_language(None)
    i18n.set_loader(None)


def _env(lang: str, data_dir) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(CRAMPDIARY_LANG=lang, CRAMPDIARY_DATA_DIR=str(data_dir), LANG="C.UTF-8")
    return env


# ----------------------------------------------------------------------- command line
def test_refusal_in_german_and_spanish(cli, monkeypatch, data_dir):
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    r = cli("log", "cramp", "--muscle", "calf", "--severity", "11")
    assert r.rc == 2
    assert r.err.strip() == "crampdiary: abgelehnt: severity: 11 liegt außerhalb von 0..10"
    monkeypatch.setenv("CRAMPDIARY_LANG", "es")
    r = cli("log", "cramp", "--muscle", "calf", "--severity", "4.5")
    assert r.rc == 2 and r.err.startswith("crampdiary: rechazado: severity: ")
    assert "número entero" in r.err
    r = cli("log", "cramp", "--muscle", "knee", "--severity", "3")
    assert r.rc == 2
    # the field and the option values stay English; the sentence is Spanish
    assert r.err.startswith("crampdiary: rechazado: muscle: valor desconocido para muscle: 'knee'")
    assert "calf, foot" in r.err
    assert cli("list", "--json").out.strip() == "[]"  # nothing was written


def test_argparse_refusal_translated_field_kept(cli, monkeypatch):
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    r = cli("log", "cramp", "--muscle", "calf")
    assert r.rc == 2
    assert r.err.strip() == ("crampdiary: abgelehnt: options: diese Argumente sind "
                             "erforderlich: --severity")


def test_english_stays_exactly_as_before(cli, monkeypatch):
    monkeypatch.setenv("CRAMPDIARY_LANG", "en")
    r = cli("log", "cramp", "--muscle", "calf", "--severity", "11")
    assert r.err.strip() == "crampdiary: refused: severity: 11 is outside 0..10"


def test_system_locale_chooses_when_crampdiary_lang_is_unset(data_dir):
    env = _env("", data_dir)
    env.pop("CRAMPDIARY_LANG")
    env["LANG"] = "es_ES.UTF-8"
    res = subprocess.run([sys.executable, "-m", "crampdiary", "log", "water", "--ml", "-5"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    assert res.stderr.strip() == "crampdiary: rechazado: ml: debe ser mayor que cero"


def test_help_is_translated_but_options_are_not(cli, monkeypatch, capsys):
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    r = cli("log", "cramp", "--help")
    out = r.out + capsys.readouterr().out
    assert r.rc == 0
    assert out.startswith("Aufruf: crampdiary log cramp")
    assert "--severity" in out and "wann (ISO 8601; Standard: jetzt)" in out
    assert "diese Hilfe zeigen und beenden" in out


def test_iso_times_on_the_command_line_in_every_language(cli, monkeypatch):
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    assert cli("log", "water", "--ml", "250", "--at", "2026-03-01T08:00+01:00").rc == 0
    listed = cli("list").out
    assert "2026-03-01T08:00" in listed


# ----------------------------------------------------------------------- plurals
@pytest.mark.parametrize("lang,one,many", [
    ("en", "1 file written.", "3 files written."),
    ("de", "1 Datei geschrieben.", "3 Dateien geschrieben."),
    ("es", "1 archivo escrito.", "3 archivos escritos."),
])
def test_plural_forms_from_the_ts(lang, one, many):
    i18n.set_language(lang)
    assert i18n.ntr("cli", "{n} file written.", "{n} files written.", 1) == one
    assert i18n.ntr("cli", "{n} file written.", "{n} files written.", 3) == many
    zero = i18n.ntr("cli", "{n} file written.", "{n} files written.", 0)
    assert zero == many.replace("3", "0")  # zero takes the plural in all three


def test_desktop_install_plural_in_german(cli, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "x"))
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    r = cli("desktop-install")
    assert "10 Dateien geschrieben." in r.out
    icon = next((tmp_path / "x" / "icons").rglob("48x48/apps/*.png"))
    icon.write_bytes(b"x")
    assert "1 Datei geschrieben." in cli("desktop-install").out


def test_tr_message_fills_templates_and_leaves_unknown_text():
    i18n.set_language("de")
    assert i18n.tr_message("inputs", "is 2001 characters long; at most 2000 are kept") == \
        "ist 2001 Zeichen lang; höchstens 2000 werden gespeichert"
    assert i18n.tr_message("inputs", "something nobody wrote") == "something nobody wrote"
    i18n.set_language("en")
    assert i18n.tr_message("inputs", "is 5 characters long; at most 2 are kept") == \
        "is 5 characters long; at most 2 are kept"


# ----------------------------------------------------------------------- the report
@pytest.mark.parametrize("lang,footer,heading", [
    ("de", "Seite {n} von {m}", "Vollständiges Protokoll"),
    ("es", "Página {n} de {m}", "Registro completo"),
    ("en", "Page {n} of {m}", "Full log"),
])
def test_report_footer_and_headings(lang, footer, heading, diary, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from crampdiary.core.use_cases import log_entry
    from crampdiary.report import write_report

    monkeypatch.setenv("CRAMPDIARY_LANG", lang)
    start = datetime(2026, 3, 1, 8, tzinfo=timezone.utc)
    for i in range(40):
        log_entry(diary, "cramp", {"at": start + timedelta(hours=9 * i), "muscle": "calf",
                                   "severity": 3 + i % 5}, with_flags=False)
    out = write_report(diary, tmp_path / "r.pdf", start=start.date(),
                       end=(start + timedelta(days=16)).date(), sections=("summary", "log"))
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(out)).pages]
    m = len(pages)
    assert m >= 2
    for n, text in enumerate(pages, start=1):
        assert footer.format(n=n, m=m) in text, text[-200:]
    assert any(heading in p for p in pages)
    other = {"de": "Page 1 of", "es": "Seite 1 von", "en": "Página 1 de"}[lang]
    assert other not in " ".join(pages)


def test_environment_problem_in_german(cli, monkeypatch, data_dir):
    from crampdiary import paths

    db = paths.db_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"this is not a database at all" * 100)
    monkeypatch.setenv("CRAMPDIARY_LANG", "de")
    r = cli("list")
    assert r.rc == 1
    assert "ist keine Datenbank des Krampf-Tagebuchs" in r.err, r.err
    assert str(db) in r.err  # the values are kept as they were


def test_unknown_entry_in_spanish(cli, monkeypatch):
    monkeypatch.setenv("CRAMPDIARY_LANG", "es")
    r = cli("delete", "4242")
    assert r.rc != 0
    assert "4242" in r.err and "There is no" not in r.err, r.err


def test_windows_locale_names(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "CRAMPDIARY_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: ("German_Germany", "1252"))
    assert i18n.language() == "de"
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: ("Spanish_Mexico", "1252"))
    assert i18n.language() == "es"
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: ("French_France", "1252"))
    assert i18n.language() == "en"
    monkeypatch.setattr(i18n.locale, "getlocale", lambda: (None, None))
    assert i18n.language() == "en" and not i18n.language_is_explicit()
    monkeypatch.setenv("CRAMPDIARY_LANG", "es")
    assert i18n.language_is_explicit()


@pytest.mark.parametrize("lang,title", [
    ("de", "Tizanidine: Dosen nur 2 Std. auseinander"),
    ("es", "Tizanidine: dosis separadas solo 2 h"),
    ("en", "Tizanidine: doses only 2 h apart"),
])
def test_flag_title_in_each_language(cli, monkeypatch, lang, title):
    monkeypatch.setenv("CRAMPDIARY_LANG", lang)
    assert cli("log", "dose", "--drug", "Zanaflex", "--amount", "4",
               "--at", "2026-03-01T08:00").rc == 0
    r = cli("log", "dose", "--drug", "Zanaflex", "--amount", "4", "--at", "2026-03-01T10:00")
    assert r.rc == 0
    assert "tizanidine.interval" in r.out  # the rule id stays English
    assert title in r.out, r.out


def test_german_durations_after_a_preposition():
    i18n.set_language("de")
    assert i18n.ntr("rules", "{n} day", "{n} days", 7) == "7 Tagen"
    assert i18n.ntr("rules", "{n} cramp in {span}", "{n} cramps in {span}", 4).format(
        span=i18n.ntr("rules", "{n} day", "{n} days", 7)) == "4 Krämpfe in 7 Tagen"
    i18n.set_language("es")
    assert i18n.ntr("rules", "{n} cramp in {span}", "{n} cramps in {span}", 1).format(
        span=i18n.ntr("rules", "{n} day", "{n} days", 7)) == "1 calambre en 7 días"
