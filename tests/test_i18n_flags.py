"""German and Spanish are complete where people read them: the flags of a rich diary
(every rule fired), the insights' answers, the ``warnings`` text, the catalog's texts,
and symptom names typed in German or Spanish.

The check of completeness compares word sets: a German or Spanish run may not contain
an English word of the English run, apart from drug names, ids, numbers and a short
list of words that are the same in both languages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crampdiary.core import i18n, vocab
from crampdiary.core.catalog import catalog_text, catalog_texts, load_catalog
from crampdiary.core.rules import Profile, words
from rules_support import Diary, T

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("de", "es")

# Words that are written the same in English and German or Spanish (or are names, or
# units, which are option values and stay English: "1 tablet").
UNITS = {"mg", "mcg", "g", "ml", "tablet", "capsule", "mmhg", "min", "h", "s"}
SHARED = {
    "de": UNITS | {"also", "fast", "hand", "arm", "kind", "rest", "in", "so", "an", "was",
                   "die", "man", "will", "bin", "oder", "spearman", "rho", "massage", "nhs",
                   "fda", "us", "uk", "q", "p", "n", "ci", "rebound", "clearance", "symptom",
                   "minute", "malaria", "alpha", "problems", "episode", "median"},
    "es": UNITS | {"a", "de", "me", "no", "solo", "total", "normal", "final", "spearman",
                   "rho", "nhs", "fda", "us", "uk", "q", "p", "n", "ci", "con", "real", "use",
                   "malaria", "irregular", "cause", "alcohol"},
}


def _names() -> set[str]:
    """Every word of every drug name, brand and alias of the catalog (never translated)."""
    out: set[str] = set()
    for d in load_catalog().drugs.values():
        for n in d.all_names():
            out |= set(_words(n))
    return out


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]


def _english_left(english: list[str], other: list[str], lang: str,
                  also: set[str] = frozenset()) -> dict[str, list[str]]:  # type: ignore[assignment]
    """English words of the English texts that appear in the other language's texts."""
    skip = _names() | SHARED[lang] | set(also)
    eng = {w for t in english for w in _words(t)} - skip
    # the language's own weekday and month names ("Do", "mar") are not English words
    dates = re.compile(r"\b(?:" + "|".join(map(re.escape, i18n._DAYS[lang] + i18n._MONTHS[lang]))
                       + r")\b\.?(?= \d|\s\d|\.)|(?<=\d )(?:" + "|".join(
                           map(re.escape, i18n._MONTHS[lang])) + r")\b")
    left: dict[str, list[str]] = {}
    for text in other:
        for w in _words(dates.sub(" ", text)):
            if w in eng and len(w) > 1:
                left.setdefault(w, []).append(text[:160])
    return left


@pytest.fixture
def lang():  # type: ignore[no-untyped-def]
    yield
    i18n.set_language(None)


# --------------------------------------------------------------------------- the flags
def rich_diary() -> Diary:
    """A diary that fires every rule there is (and both ways of an interaction)."""
    d = Diary()
    d.daily("2026-01-01", 70, times=("08:00", "14:00", "20:00"), amount=8)
    d.dose("2026-01-10T09:00", 8)                   # interval, doses within 24 h
    d.dose("2026-01-10T16:00", 8)                   # daily maximum
    d.dose("2026-01-20T23:30", 20)                  # single dose, step up
    d.dose("2026-01-21T02:00", 1, unit="tablet")    # amount not in mg
    d.dose("2026-01-25T08:30", 8, form="tablet", with_food=True)
    d.dose("2026-01-25T15:00", 8, form="capsule", with_food=False)  # formulation switch
    d.dose("2026-02-01T07:00", 12)
    d.dose("2026-02-01T22:00", 16)                  # titration too fast
    d.dose("2026-01-05T09:00", 50, drug="fluvoxamine")       # contraindicated
    d.dose("2026-01-06T09:00", 0.1, drug="clonidine")        # alpha-2 agonist, blood pressure
    d.dose("2026-01-07T09:00", 0.03, drug="ethinylestradiol")  # CYP1A2
    d.dose("2026-01-08T09:00", 10, drug="lisinopril")        # blood pressure, pregnancy
    d.dose("2026-01-09T22:00", 10, drug="zolpidem")          # sedative
    d.water("2026-01-09T19:00", 330, drink="alcohol")        # alcohol
    d.daily("2026-01-01", 25, times=("21:30",), amount=10, drug="cyclobenzaprine")  # course
    d.dose("2026-01-12T21:00", 20, drug="atorvastatin")      # goes with cramps
    d.dose("2026-01-13T21:00", 300, drug="quinine")          # not for cramps
    d.dose("2026-01-14T21:00", 10, drug="tizanidin")         # not recognised (close name)
    d.dose("2026-01-15T10:00", 10, drug="baclofen")          # kidney caution
    d.cramp("2026-01-03T03:00", 8, woke=True, red_flags=("weakness", "dark-urine"))
    d.cramp("2026-01-04T03:00", 7, duration_s=900, woke=True)
    d.cramp("2026-01-05T03:00", 6, muscle="chest")
    d.vitals("2026-01-16T15:00", systolic=85, diastolic=55, pulse=45)
    d.symptom("2026-01-17T15:00", "drowsiness")
    d.symptom("2026-01-18T15:00", "Ohnmacht")                # German for fainting
    # no tizanidine from 10 March but one dose: a fast drop, withdrawal, a rebound
    d.items = [r for r in d.items if not (r.kind == "dose" and r.drug == "tizanidine"
                                          and r.at >= T("2026-03-10T00:00"))]
    d.dose("2026-03-10T08:00", 8)
    d.vitals("2026-03-12T10:00", systolic=165, diastolic=100, pulse=110)
    return d


PROFILE = Profile(1950, frozenset({"liver", "kidney", "pregnant", "breastfeeding"}))


def _flags(lang: str, d: Diary) -> list:  # type: ignore[type-arg]
    i18n.set_language(lang)
    return d.flags("2026-03-20T12:00", since="2025-12-31T00:00", profile=PROFILE)


def test_the_rich_diary_fires_every_rule(lang, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    used: set[str] = set()
    for key, fn in list(words.RENDER.items()):
        def spy(h, key=key, fn=fn):  # type: ignore[no-untyped-def]
            used.add(key)
            return fn(h)
        monkeypatch.setitem(words.RENDER, key, spy)
    flags = _flags("en", rich_diary())
    assert set(words.RENDER) - used == set()
    assert any("alcoholic drink" in f.message for f in flags)
    assert any(f.rule == "symptom.urgent" for f in flags)


@pytest.mark.parametrize("code", LANGS)
def test_flags_have_no_english_left(lang, code: str) -> None:  # type: ignore[no-untyped-def]
    d = rich_diary()
    en = _flags("en", d)
    other = _flags(code, d)
    assert [f.rule for f in other] == [f.rule for f in en]
    assert len({f.rule for f in en}) >= 30
    left = _english_left([f.title + " " + f.message for f in en],
                         [f.title + " " + f.message for f in other], code,
                         also={"tizanidin", "ohnmacht"})
    assert left == {}, json.dumps(left, ensure_ascii=False, indent=1)[:3000]


@pytest.mark.parametrize("code", LANGS)
def test_flag_sources_are_translated_apart_from_citations(lang, code: str) -> None:  # type: ignore[no-untyped-def]
    d = rich_diary()
    en = {f.source for f in _flags("en", d)}
    other = {f.source for f in _flags(code, d)}
    assert "Cramp Diary product choice (a threshold chosen by this app, not taken from a " \
           "label)" in en
    assert not any("prescribing information" in s or "product choice" in s for s in other)


# --------------------------------------------------------------------------- symptoms
@pytest.mark.parametrize("typed", ["Ohnmacht", "ohnmächtig", "bewusstlos", "desmayo",
                                   "Desmayo", "me desmayé", "Síncope"])
def test_fainting_in_german_or_spanish_is_fainting(typed: str) -> None:
    assert vocab.canonical_symptom(typed) == "fainting"


@pytest.mark.parametrize("code", ("en", "de", "es"))
def test_german_fainting_raises_the_urgent_flag_in_every_language(lang, code: str) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(code)
    d = Diary()
    d.symptom("2026-03-01T10:00", "Ohnmacht", 7)
    flags = d.flags("2026-03-01T12:00")
    urgent = [f for f in flags if f.rule == "symptom.urgent"]
    assert len(urgent) == 1 and urgent[0].severity == "danger"


def test_every_translated_symptom_label_resolves() -> None:
    """In English too: the catalog's aliases_de / aliases_es hold every label."""
    assert i18n.language() == "en"
    for code in LANGS:
        for key, english in vocab.SYMPTOM_LABELS.items():
            label = i18n.table(code)[("vocab", english)][0]
            assert vocab.canonical_symptom(label) == key, (code, label)
            assert vocab.canonical_symptom(label.upper()) == key, (code, label)
    for typed, key in [("Schwindel", "dizziness"), ("mareo", "dizziness"),
                       ("Übelkeit", "nausea"), ("nauseas", "nausea"), ("Atemnot",
                       "breathing-trouble"), ("falta de aire", "breathing-trouble"),
                       ("Brustschmerzen", "chest-pain"), ("dolor de pecho", "chest-pain"),
                       ("Gelbsucht", "jaundice"), ("Krampfanfall", "seizure"),
                       ("convulsiones", "seizure")]:
        assert vocab.canonical_symptom(typed) == key, typed
    assert vocab.canonical_symptom("Wadenkribbeln") is None


def test_a_changed_label_still_resolves_in_its_language(lang) -> None:  # type: ignore[no-untyped-def]
    """Should a translator change a label before the aliases follow, the program's own
    language still knows it."""
    vocab._LABELS.clear()
    i18n.set_loader(lambda code: {("vocab", "Fainting"): ["Kollaps-neu"]} if code == "de"
                    else None)
    try:
        i18n.set_language("de")
        assert vocab.canonical_symptom("Kollaps-neu") == "fainting"
        i18n.set_language("en")
        assert vocab.canonical_symptom("Kollaps-neu") is None
    finally:
        i18n.set_loader(None)
        vocab._LABELS.clear()


def test_symptom_aliases_stay_unambiguous() -> None:
    """No alias of one language names another symptom in another language."""
    data = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for item in data["symptoms"]:
        assert item.get("aliases_de") and item.get("aliases_es"), item["name"]
        for k, names in item.items():
            if k == "name" or k.startswith("aliases"):
                for n in [names] if isinstance(names, str) else names:
                    key = vocab._symptom_key(n)
                    assert seen.setdefault(key, item["name"]) == item["name"], n


# --------------------------------------------------------------------------- catalog
def test_every_catalog_text_is_translated() -> None:
    data = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
    texts = catalog_texts(data)
    assert len({t for _, t in texts}) >= 70
    for code in LANGS:
        missing = [t for _, t in texts if ("catalog", t) not in i18n.table(code)]
        assert missing == [], (code, missing[:5])


def test_a_new_drugs_texts_reach_the_extractor(tmp_path: Path) -> None:
    """The extractor reads catalog.json itself: a drug added there brings its texts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("upd", ROOT / "tools" / "update_translations.py")
    assert spec and spec.loader
    upd = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(upd)
    msgs = {(m.context, m.source) for m in upd.catalog_messages()}
    data = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
    assert {("catalog", t) for _, t in catalog_texts(data)} == msgs
    data["drugs"].append({"key": "newdrug", "cramp_reason": "A brand new reason.",
                          "cautions": [{"condition": "liver", "text": "A new caution text."}],
                          "withdrawal_signs": {"signs": ["new sign"]}})
    got = {t for _, t in catalog_texts(data)}
    assert {"A brand new reason.", "A new caution text.", "new sign"} <= got


def test_catalog_text_follows_the_language(lang) -> None:  # type: ignore[no-untyped-def]
    src = "The label says older people clear tizanidine more slowly, so it is used with care."
    i18n.set_language("en")
    assert catalog_text(src) == src
    i18n.set_language("de")
    assert catalog_text(src).startswith("Laut Packungsbeilage")
    i18n.set_language("es")
    assert catalog_text(src).startswith("El prospecto dice")
    assert catalog_text("not in the catalog") == "not in the catalog"


# --------------------------------------------------------------------------- insights
@pytest.mark.parametrize("code", LANGS)
def test_insights_answers_have_no_english_left(lang, code: str) -> None:  # type: ignore[no-untyped-def]
    from crampdiary.core import analysis as an
    from insights_synth import make_history

    histories = [make_history(5, 3, rate=0.4, drug="tizanidine"),
                 make_history(200, 100, rate=0.6, drug="tizanidine"),
                 make_history(120, 60, rate=0.6)]
    texts: dict[str, list[str]] = {}
    for c in ("en", code):
        i18n.set_language(c)
        out = []
        for h in histories:
            fs = an.insights_from_history(h)
            out += [f.question + " " + f.answer for f in fs]
            # the finding ids at the end of a heading stay English (JSON values)
            out.append(re.sub(r"  \([a-z0-9:-]+\)$", "", an.render_text(fs), flags=re.M))
        texts[c] = out
    assert len(texts["en"]) == len(texts[code])
    left = _english_left(texts["en"], texts[code], code)
    assert left == {}, json.dumps(left, ensure_ascii=False, indent=1)[:3000]
    if code == "de":
        assert any("Noch nicht genug Daten" in t for t in texts[code])
        assert any("Ratenverhältnis" in t for t in texts[code])


# --------------------------------------------------------------------------- command line
@pytest.mark.parametrize("code", LANGS)
def test_warnings_text_has_no_english_left(cli, monkeypatch, code: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo", "--days", "60").rc == 0
    outs = {}
    for c in ("en", code):
        monkeypatch.setenv("CRAMPDIARY_LANG", c)
        r = cli("warnings", "--since", "2000-01-01T00:00")
        assert r.rc == 0
        outs[c] = r.out
    assert outs["en"].count("\n") == outs[code].count("\n") > 10
    label = {"de": "Quelle:", "es": "Fuente:"}[code]
    assert label in outs[code] and "Source:" not in outs[code]

    def body(text: str) -> list[str]:
        # the first line keeps the contract's words (time, severity, rule id) and the
        # sources are citations; titles and messages are compared
        lines = []
        for ln in text.splitlines():
            if re.match(r"^\d{4}-", ln):
                lines.append(ln.split(": ", 2)[-1])
            elif ln.startswith("  ") and not re.match(r"^  (Entries|Einträge|Entradas):", ln):
                lines.append(ln)
        return lines

    left = _english_left(body(outs["en"]), body(outs[code]), code)
    assert left == {}, json.dumps(left, ensure_ascii=False, indent=1)[:3000]


@pytest.mark.parametrize("code,stop", [("de", "festgehalten"), ("es", "anotado")])
def test_medicine_stop_and_list_speak_the_language(cli, monkeypatch, code: str,  # type: ignore[no-untyped-def]
                                                    stop: str) -> None:
    monkeypatch.setenv("CRAMPDIARY_LANG", code)
    assert cli("medicine", "add", "baclofen", "--dose", "10").rc == 0
    r = cli("medicine", "stop", "baclofen", "--on", "2026-03-01")
    assert r.rc == 0 and stop in r.out
    for english in ("hallucinations", "seizures", "high fever", "confusion", "stopped "):
        assert english not in r.out, english
    listed = cli("medicine", "list").out
    assert "stopped" not in listed and "2026-03-01" in listed
