"""Issue 3: the drug catalog data file (CONTRACT.md section 2)."""

from __future__ import annotations

import json

import pytest

from crampdiary.core.catalog import Catalog, load_catalog
from crampdiary.paths import resources_dir


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


def test_catalog_is_consistent(cat):
    assert cat.problems() == []
    assert len(cat.drugs) > 100


def test_every_source_has_a_title_and_says_what_it_says(cat):
    for sid, src in cat.sources.items():
        assert src.get("title"), sid
        assert len(src.get("says", "")) > 20, sid
    assert "product-choice" in cat.sources


def test_every_limit_and_class_has_a_source(cat):
    for d in cat.drugs.values():
        assert d.source in cat.sources, d.key
        for name, lim in d.limits.items():
            assert lim.source in cat.sources, (d.key, name)
            assert lim.value > 0, (d.key, name)
        for cls in d.classes:
            assert d.class_sources.get(cls) in cat.sources, (d.key, cls)


@pytest.mark.parametrize("key, limits", [
    ("tizanidine", {"min_interval_h": 6, "max_doses_24h": 3, "max_daily_mg": 36,
                    "max_single_mg": 16, "max_step_mg": 4, "high_dose_mean_mg": 20,
                    "high_dose_days": 63, "taper_step_mg": 4, "taper_end_mg": 4,
                    "min_hours_between_increases": 24}),
    ("cyclobenzaprine", {"max_daily_mg": 30, "max_course_days": 21}),
    ("baclofen", {"max_daily_mg": 80}),
    ("carisoprodol", {"max_daily_mg": 1400, "max_course_days": 21}),
])
def test_contract_limits(cat, key, limits):
    d = cat.get(key)
    assert {k: d.limit(k) for k in d.limits} == limits


def test_markers_live_in_the_data(cat):
    tiz = cat.get("tizanidine")
    assert tiz.marker("withdrawal") and tiz.marker("formulation_sensitive")
    assert tiz.marker("interaction_subject")
    assert tiz.marker("withdrawal_severity") == "warning"
    assert tiz.marker("withdrawal_severity_high_dose") == "danger"
    assert cat.get("baclofen").marker("withdrawal_severity") == "danger"
    assert cat.get("carisoprodol").marker("withdrawal")
    assert not cat.get("cyclobenzaprine").marker("withdrawal")
    assert [d.key for d in cat.with_marker("interaction_subject")] == ["tizanidine"]
    assert cat.rules["regular_use"] == {"min_days": 5, "window_days": 7, "source": "product-choice"}
    assert cat.rules["withdrawal"]["gap_h"] == 36
    assert cat.rules["together"]["hours"] == 48


@pytest.mark.parametrize("name, key", [
    ("tizanidine", "tizanidine"), ("Zanaflex", "tizanidine"), ("ZANAFLEX", "tizanidine"),
    ("  zanaflex ", "tizanidine"), ("Flexeril", "cyclobenzaprine"), ("Lioresal", "baclofen"),
    ("Soma", "carisoprodol"), ("Cipro", "ciprofloxacin"), ("Luvox", "fluvoxamine"),
    ("Catapres", "clonidine"), ("Intuniv", "guanfacine"), ("Qualaquin", "quinine"),
    ("salbutamol", "albuterol"), ("Ventolin", "albuterol"), ("Lipitor", "atorvastatin"),
    ("Lasix", "furosemide"), ("frusemide", "furosemide"), ("Evista", "raloxifene"),
    ("Yasmin", "ethinyl estradiol / drospirenone"), ("the pill", "combined oral contraceptive"),
    ("Cipro XR 500", "ciprofloxacin"), ("ciprofloxacin HCl", "ciprofloxacin"),
    ("Luvox CR", "fluvoxamine"), ("Zanaflex capsules", "tizanidine"), ("Toprol-XL", "metoprolol"),
    ("Catapres-TTS", "clonidine-transdermal"), ("tizanidine 4 mg", "tizanidine"),
    ("Robaxin", "methocarbamol"), ("Skelaxin", "metaxalone"), ("Norflex", "orphenadrine"),
    ("Dantrium", "dantrolene"), ("Valium", "diazepam"), ("OxyContin", "oxycodone"),
    ("Elavil", "amitriptyline"), ("Zestril", "lisinopril"), ("Cozaar", "losartan"),
    ("Norvasc", "amlodipine"), ("Tenormin", "atenolol"), ("Pepcid", "famotidine"),
])
def test_names_resolve_without_regard_to_case(cat, name, key):
    assert cat.resolve(name).key == key


def test_unknown_names_resolve_to_nothing(cat):
    assert cat.resolve("Wonderpill") is None
    assert cat.resolve("") is None
    assert cat.resolve(None) is None


CONTRACT_CLASSES = {
    "strong-cyp1a2-inhibitor": ["fluvoxamine", "ciprofloxacin"],
    "alpha2-agonist": ["clonidine", "guanfacine", "lofexidine", "methyldopa"],
    "cyp1a2-inhibitor": ["zileuton", "levofloxacin", "moxifloxacin", "ofloxacin", "norfloxacin",
                         "amiodarone", "mexiletine", "propafenone", "verapamil", "cimetidine",
                         "famotidine", "acyclovir", "ticlopidine"],
    "oral-contraceptive": ["ethinyl estradiol", "ethinyl estradiol / levonorgestrel",
                           "ethinyl estradiol / norethindrone", "ethinyl estradiol / drospirenone"],
    "antihypertensive": ["lisinopril", "enalapril", "ramipril", "losartan", "valsartan",
                         "metoprolol", "atenolol", "propranolol", "bisoprolol", "carvedilol",
                         "amlodipine", "nifedipine", "diltiazem", "verapamil",
                         "hydrochlorothiazide", "chlorthalidone", "indapamide", "furosemide",
                         "torsemide", "bumetanide", "clonidine"],
    "sedative": ["morphine", "oxycodone", "hydrocodone", "codeine", "tramadol", "fentanyl",
                 "diazepam", "lorazepam", "alprazolam", "clonazepam", "amitriptyline",
                 "nortriptyline", "cyclobenzaprine", "baclofen", "carisoprodol", "methocarbamol",
                 "metaxalone", "orphenadrine", "dantrolene"],
    "muscle-relaxant": ["tizanidine", "cyclobenzaprine", "baclofen", "carisoprodol",
                        "methocarbamol", "metaxalone", "orphenadrine", "dantrolene"],
    "cramp-associated": ["hydrochlorothiazide", "furosemide", "spironolactone", "atorvastatin",
                         "simvastatin", "rosuvastatin", "albuterol", "salmeterol", "formoterol",
                         "raloxifene", "conjugated estrogens", "naproxen", "teriparatide"],
    "not-for-cramps": ["quinine"],
}


@pytest.mark.parametrize("cls", sorted(CONTRACT_CLASSES))
def test_contract_classes_and_members(cat, cls):
    members = {d.key for d in cat.with_class(cls)}
    missing = set(CONTRACT_CLASSES[cls]) - members
    assert not missing


def test_subject_is_not_in_its_own_interaction_classes(cat):
    tiz = cat.get("tizanidine")
    for rule in cat.rules["interactions"]:
        if rule["id"] != "alpha2-agonist":
            assert not set(rule["classes"]) & set(tiz.classes), rule["id"]


def test_cramp_associated_drugs_say_why(cat):
    for d in cat.with_class("cramp-associated"):
        assert d.cramp_reason and len(d.cramp_reason) > 20, d.key


def test_rxnorm_codes_are_numeric_where_given(cat):
    assert cat.get("tizanidine").rxnorm == "57258"
    for d in cat.drugs.values():
        assert d.rxnorm is None or d.rxnorm.isdigit(), d.key


def test_file_is_plain_json_with_the_three_parts():
    data = json.loads((resources_dir() / "catalog.json").read_text(encoding="utf-8"))
    assert set(data) >= {"sources", "rules", "drugs"}


def test_interaction_rules_are_complete(cat):
    got = {r["id"]: r["severity"] for r in cat.rules["interactions"]}
    assert got == {"contraindicated": "danger", "alpha2-agonist": "danger",
                   "cyp1a2": "warning", "antihypertensive": "warning", "sedative": "warning"}
    sed = [r for r in cat.rules["interactions"] if r["id"] == "sedative"][0]
    assert sed["drinks"] == ["alcohol"] and sed["drink_window_h"] == 12


def test_names_for_autocompletion(cat):
    names = cat.names()
    assert "Zanaflex" in names and "tizanidine" in names
    assert names == sorted(names, key=str.casefold)


def test_v2_markers_of_tizanidine(cat):
    tiz = cat.get("tizanidine")
    assert tiz.marker("lowers_bp") is True and tiz.marker("slows_pulse") is True
    assert tiz.marker("lowers_bp_source") in cat.sources
    assert tiz.marker("slows_pulse_source") in cat.sources
    assert tiz.marker("low_bp_watch") is None
    assert tiz.withdrawal_signs() == ["fast heartbeat", "high blood pressure", "more stiffness"]
    assert set(tiz.side_effects()) == {"drowsiness", "dizziness", "dry-mouth", "weakness",
                                       "hallucinations", "low-blood-pressure"}
    assert {c["condition"] for c in tiz.cautions()} == {
        "liver", "kidney", "age-65", "pregnant", "breastfeeding"}
    assert "25 mL/min" in tiz.cautions("kidney")[0]["text"]
    mon = tiz.marker("monitoring")
    assert mon["tests"] == "liver" and "one month" in mon["text"]
    assert tiz.markers is tiz.flags  # the old name still reads the same data


def test_v2_withdrawal_signs_of_the_other_drugs(cat):
    assert {"hallucinations", "seizures"} <= set(cat.get("baclofen").withdrawal_signs())
    assert "hallucinations" in cat.get("carisoprodol").withdrawal_signs()
    for d in cat.with_marker("withdrawal"):
        assert d.withdrawal_signs(), d.key
    assert [c["condition"] for c in cat.get("baclofen").cautions()] == ["kidney"]


def test_quinine_positions_us_and_uk(cat):
    q = cat.get("quinine")
    regions = {r["region"]: r for r in q.marker("not_for_cramps")}
    assert set(regions) == {"US", "UK"}
    assert regions["US"]["source"] != regions["UK"]["source"]
    for r in regions.values():
        assert r["source"] in cat.sources


def test_long_acting_products_carry_their_window(cat):
    patch = cat.resolve("Catapres-TTS")
    assert patch.key == "clonidine-transdermal"
    assert patch.limit("interaction_window_h") == 7 * 24 + 48
    assert patch.has("alpha2-agonist")
    assert cat.resolve("Catapres").key == "clonidine"
    assert cat.get("clonidine").limit("interaction_window_h") is None
    assert cat.get("amiodarone").limit("interaction_window_h") > 30 * 24
