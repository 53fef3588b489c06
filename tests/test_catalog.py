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
    ("Tenex", "guanfacine"), ("Kapvay", "clonidine"), ("Faverin", "fluvoxamine"),
    ("Ciproxin", "ciprofloxacin"), ("salbutamol", "albuterol"), ("Ventolin", "albuterol"), ("Lipitor", "atorvastatin"),
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
    "strong-cyp1a2-inhibitor": ["fluvoxamine", "ciprofloxacin", "enoxacin"],
    "alpha2-agonist": ["clonidine", "clonidine-transdermal", "guanfacine", "lofexidine",
                       "methyldopa", "dexmedetomidine"],
    "cyp1a2-inhibitor": ["zileuton", "levofloxacin", "moxifloxacin", "ofloxacin", "norfloxacin",
                         "amiodarone", "mexiletine", "propafenone", "verapamil", "cimetidine",
                         "famotidine", "acyclovir", "valacyclovir", "ticlopidine"],
    "oral-contraceptive": ["ethinyl estradiol", "ethinyl estradiol / levonorgestrel",
                           "ethinyl estradiol / norethindrone", "ethinyl estradiol / drospirenone"],
    "antihypertensive": ["lisinopril", "enalapril", "ramipril", "losartan", "valsartan",
                         "metoprolol", "atenolol", "propranolol", "bisoprolol", "carvedilol",
                         "amlodipine", "nifedipine", "diltiazem", "verapamil",
                         "hydrochlorothiazide", "chlorthalidone", "indapamide", "furosemide",
                         "torsemide", "bumetanide", "clonidine", "tamsulosin", "doxazosin",
                         "terazosin", "alfuzosin", "prazosin", "silodosin", "nitroglycerin",
                         "isosorbide mononitrate", "isosorbide dinitrate", "sildenafil",
                         "tadalafil", "vardenafil", "sacubitril / valsartan",
                         "losartan / hydrochlorothiazide", "lisinopril / hydrochlorothiazide",
                         "amlodipine / benazepril", "amlodipine / valsartan",
                         "amiloride / hydrochlorothiazide"],
    "sedative": ["morphine", "oxycodone", "hydrocodone", "codeine", "tramadol", "fentanyl",
                 "diazepam", "lorazepam", "alprazolam", "clonazepam", "amitriptyline",
                 "nortriptyline", "cyclobenzaprine", "baclofen", "carisoprodol", "methocarbamol",
                 "metaxalone", "orphenadrine", "dantrolene", "trazodone", "mirtazapine",
                 "quetiapine", "olanzapine", "diphenhydramine", "doxylamine", "hydroxyzine",
                 "promethazine", "chlorphenamine", "zolpidem", "zopiclone", "eszopiclone",
                 "zaleplon", "chlorzoxazone", "buprenorphine", "oxymorphone", "tapentadol",
                 "acetaminophen / codeine", "hydrocodone / acetaminophen",
                 "oxycodone / acetaminophen", "butalbital / acetaminophen / caffeine",
                 "gabapentin", "pregabalin", "temazepam", "doxepin"],
    "muscle-relaxant": ["tizanidine", "cyclobenzaprine", "baclofen", "carisoprodol",
                        "methocarbamol", "metaxalone", "orphenadrine", "dantrolene",
                        "chlorzoxazone"],
    "cramp-associated": ["hydrochlorothiazide", "furosemide", "spironolactone", "atorvastatin",
                         "simvastatin", "rosuvastatin", "salmeterol", "formoterol",
                         "raloxifene", "conjugated estrogens", "naproxen", "teriparatide",
                         "fluticasone / salmeterol", "budesonide / formoterol",
                         "fluticasone / vilanterol", "losartan / hydrochlorothiazide",
                         "amiloride / hydrochlorothiazide", "ezetimibe / simvastatin"],
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
    assert tiz.withdrawal_signs() == ["fast heartbeat", "high blood pressure", "stiffness"]
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
    assert cat.resolve("Duragesic 25 mcg/hr").limit("interaction_window_h") == 72 + 48
    assert cat.resolve("fentanyl patch").has("sedative")
    assert cat.resolve("Butrans").limit("interaction_window_h") == 7 * 24 + 48
    assert cat.resolve("Actiq").limit("interaction_window_h") is None
    for d in cat.drugs.values():  # a window is only ever longer than the usual 48 hours
        w = d.limit("interaction_window_h")
        assert w is None or w > 48, d.key


# --- names (CONTRACT 3.4 "Drug names") ----------------------------------------------

@pytest.mark.parametrize("name, key", [
    ("Cipro XR 500", "ciprofloxacin"), ("CIPRO XR", "ciprofloxacin"),
    ("ciprofloxacin HCl", "ciprofloxacin"), ("ciprofloxacin hydrochloride 500 mg", "ciprofloxacin"),
    ("Luvox CR", "fluvoxamine"), ("Luvox CR 100mg capsules", "fluvoxamine"),
    ("fluvoxamine maleate", "fluvoxamine"),
    ("Zanaflex capsules", "tizanidine"), ("Zanaflex 4 mg tablets", "tizanidine"),
    ("Toprol-XL", "metoprolol"), ("Toprol XL", "metoprolol"), ("toprol xl 50", "metoprolol"),
    ("Toprol", "metoprolol"), ("metoprolol succinate ER 25 mg", "metoprolol"),
    ("Catapres-TTS", "clonidine-transdermal"), ("catapres tts", "clonidine-transdermal"),
    ("Catapres-TTS-2", "clonidine-transdermal"), ("Catapres TTS patch", "clonidine-transdermal"),
    ("clonidine 0.1mg/24hr patch", "clonidine-transdermal"),
    ("Catapres", "clonidine"), ("Catapres 0.1 mg", "clonidine"), ("clonidine ER", "clonidine"),
    ("tizanidine 4 mg", "tizanidine"), ("tizanidine 4mg", "tizanidine"),
    ("Tizanidine HCl 2 mg", "tizanidine"), ("  tizanidine\t", "tizanidine"),
    ("Seroquel XR 50", "quetiapine"), ("quetiapine fumarate", "quetiapine"),
    ("Flomax 0.4mg capsules", "tamsulosin"), ("tamsulosin HCl", "tamsulosin"),
    ("Valtrex 1 g", "valacyclovir"), ("valaciclovir", "valacyclovir"),
    ("Entresto 49/51", "sacubitril / valsartan"), ("sacubitril/valsartan", "sacubitril / valsartan"),
    ("Norco 5/325", "hydrocodone / acetaminophen"), ("hydrocodone/APAP", "hydrocodone / acetaminophen"),
    ("hydrocodone bitartrate and acetaminophen", "hydrocodone / acetaminophen"),
    ("Percocet 10/325", "oxycodone / acetaminophen"), ("Tylenol #3", "acetaminophen / codeine"),
    ("Tylenol 3", "acetaminophen / codeine"), ("co-codamol 30/500", "acetaminophen / codeine"),
    ("Fioricet", "butalbital / acetaminophen / caffeine"),
    ("Hyzaar 50-12.5", "losartan / hydrochlorothiazide"),
    ("losartan potassium and hydrochlorothiazide", "losartan / hydrochlorothiazide"),
    ("hydrochlorothiazide/losartan", "losartan / hydrochlorothiazide"),
    ("Zestoretic", "lisinopril / hydrochlorothiazide"), ("Lotrel", "amlodipine / benazepril"),
    ("Exforge", "amlodipine / valsartan"), ("co-amilozide", "amiloride / hydrochlorothiazide"),
    ("GTN spray", "nitroglycerin"), ("glyceryl trinitrate", "nitroglycerin"),
    ("Imdur 60 mg", "isosorbide mononitrate"), ("Viagra", "sildenafil"), ("Cialis 5mg", "tadalafil"),
    ("Advair Diskus 250/50", "fluticasone / salmeterol"), ("Seretide", "fluticasone / salmeterol"),
    ("Symbicort 160/4.5", "budesonide / formoterol"), ("Relvar", "fluticasone / vilanterol"),
    ("Microgynon 30", "ethinyl estradiol / levonorgestrel"),
    ("amlodipine besylate 5mg", "amlodipine"), ("naproxen sodium 220 mg", "naproxen"),
    ("Benadryl", "diphenhydramine"), ("Tylenol PM", "acetaminophen / diphenhydramine"),
    ("Nurofen", "ibuprofen"), ("Nurofen Plus", "ibuprofen / codeine"),
    ("quinine sulphate 300mg", "quinine"), ("Coversyl", "perindopril"),
    ("Coversyl Plus", "perindopril / indapamide"),
])
def test_v2_names_resolve(cat, name, key):
    got = cat.resolve(name)
    assert got is not None, name
    assert got.key == key, name


@pytest.mark.parametrize("name", [
    "Wonderpill", "tizanadine", "Cipro eye drops", "ciprofloxacin eye drops",
    "ciprofloxacin ophthalmic", "mg", "4", "500 mg", "HCl", "XR", "tablets", "#3",
    "estradiol", "levonorgestrel", "Tylenol #3 300/30 extra", "zz" * 300, "\x00", "💊",
])
def test_unknown_names_stay_unknown(cat, name):
    assert cat.resolve(name) is None


def test_resolve_never_guesses_between_two_drugs(cat):
    # A name that is only a brand's first word does not pick one of two products.
    assert cat.resolve("Aleve").key == "naproxen"
    assert cat.resolve("Aleve PM").key == "naproxen / diphenhydramine"
    assert cat.resolve("Unisom SleepGels").key == "diphenhydramine"
    assert cat.resolve("Unisom SleepTabs").key == "doxylamine"


def test_close_names_help_with_typos_only(cat):
    assert cat.close_names("tizanadine") == ["tizanidine"]
    assert "ciprofloxacin" in cat.close_names("ciprofloxcin 500 mg")
    assert len(cat.close_names("zanaflx", limit=3)) <= 3
    assert cat.close_names("qwertyuiop") == []
    assert cat.close_names("") == [] and cat.close_names(None) == []
    assert cat.close_names("tizanadine", limit=0) == []


def test_name_tables_are_precomputed_and_fast(cat):
    import time

    names = ["Cipro XR 500", "Wonderpill 20 mg", "hydrochlorothiazide/losartan", "Toprol XL"]
    start = time.perf_counter()
    for _ in range(2500):
        for n in names:
            cat.resolve(n)
    per_call = (time.perf_counter() - start) / 10000
    assert per_call < 0.001  # generous: about 10 microseconds on a laptop


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CAT = load_catalog()
_KNOWN = sorted({n for d in _CAT.drugs.values() for n in (d.name, *d.brands)})
_EXTRA = ["HCl", "hydrochloride", "maleate", "succinate", "tartrate", "sodium", "potassium",
          "besylate", "mesylate", "citrate", "sulfate", "phosphate", "fumarate", "bromide",
          "ER", "XR", "XL", "SR", "CR", "LA", "DR", "ODT", "tablets", "capsules", "tablet",
          "4 mg", "500", "0.1mg/24hr", "12.5 mg", "10mg", "250/50", "1 g", "(", ")", ",", "-"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_resolve_never_raises(text):
    got = _CAT.resolve(text)
    assert got is None or got.key in _CAT.drugs
    assert isinstance(_CAT.close_names(text), list)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_KNOWN), st.lists(st.sampled_from(_EXTRA), min_size=1, max_size=3))
def test_salt_release_and_strength_words_do_not_change_the_drug(name, extra):
    base = _CAT.resolve(name)
    assert base is not None, name
    got = _CAT.resolve(" ".join([name, *extra]))
    # The drug stays the same, except that a generic name plus a device word may name the
    # long-acting product that has its own record (never an unrelated drug).
    assert got is not None, (name, extra)
    assert got.key == base.key or set(got.classes) >= set(base.classes), (name, extra, got.key)


# --- the catalog reviewed: coverage, sources, markers -------------------------------

@pytest.mark.parametrize("name, cls", [
    ("trazodone", "sedative"), ("diphenhydramine", "sedative"), ("quetiapine", "sedative"),
    ("Benadryl", "sedative"), ("Ambien", "sedative"), ("Lunesta", "sedative"),
    ("Norco", "sedative"), ("Percocet", "sedative"), ("Fioricet", "sedative"),
    ("Tylenol #3", "sedative"), ("co-codamol", "sedative"), ("Suboxone", "sedative"),
    ("tamsulosin", "antihypertensive"), ("Flomax", "antihypertensive"),
    ("Entresto", "antihypertensive"), ("Toprol-XL", "antihypertensive"),
    ("Viagra", "antihypertensive"), ("Imdur", "antihypertensive"), ("GTN", "antihypertensive"),
    ("Hyzaar", "antihypertensive"), ("Zestoretic", "antihypertensive"),
    ("Lotrel", "antihypertensive"), ("Exforge", "antihypertensive"),
    ("valacyclovir", "cyp1a2-inhibitor"), ("Valtrex", "cyp1a2-inhibitor"),
    ("Zyflo", "cyp1a2-inhibitor"), ("Tagamet", "cyp1a2-inhibitor"),
    ("Luvox", "strong-cyp1a2-inhibitor"), ("Luvox CR", "strong-cyp1a2-inhibitor"),
    ("Faverin", "strong-cyp1a2-inhibitor"), ("Cipro XR", "strong-cyp1a2-inhibitor"),
    ("Ciproxin", "strong-cyp1a2-inhibitor"),
    ("Catapres-TTS", "alpha2-agonist"), ("Kapvay", "alpha2-agonist"), ("Tenex", "alpha2-agonist"),
    ("Intuniv", "alpha2-agonist"), ("Yaz", "oral-contraceptive"), ("Microgynon", "oral-contraceptive"),
    ("Advair", "cramp-associated"), ("Symbicort", "cramp-associated"), ("Breo", "cramp-associated"),
    ("Caduet", "cramp-associated"), ("Caduet", "antihypertensive"), ("Tarka", "cyp1a2-inhibitor"),
])
def test_class_coverage(cat, name, cls):
    d = cat.resolve(name)
    assert d is not None, name
    assert d.has(cls), (name, d.key, d.classes)


def test_combination_pills_carry_every_class_of_their_parts(cat):
    for d in cat.drugs.values():
        if " / " not in d.key:
            continue
        for part in d.key.split(" / "):
            single = cat.get(part)
            if single is None:
                continue
            for cls in ("sedative", "antihypertensive", "cyp1a2-inhibitor", "strong-cyp1a2-inhibitor",
                        "alpha2-agonist", "cramp-associated"):
                if single.has(cls):
                    assert d.has(cls), (d.key, part, cls)


def test_short_acting_relievers_are_not_called_cramp_associated(cat):
    # Garrison 2012 studied long-acting inhaled beta-agonists, not relievers.
    for key in ("albuterol", "levalbuterol", "terbutaline"):
        assert not cat.get(key).has("cramp-associated"), key


def test_cramp_associated_sources_are_the_right_articles(cat):
    garrison = {"diuretic", "statin", "laba"}
    for d in cat.with_class("cramp-associated"):
        src = d.class_source("cramp-associated")
        if garrison & set(d.classes):
            assert src == "garrison-2012", d.key
        else:
            assert src == "allen-kirby-2012", d.key
    for key in ("raloxifene", "conjugated estrogens", "naproxen", "teriparatide", "iron sucrose"):
        assert cat.get(key).class_source("cramp-associated") == "allen-kirby-2012"
    assert "Arch Intern Med 2012" in cat.source_text("garrison-2012")
    assert "Am Fam Physician 2012" in cat.source_text("allen-kirby-2012")


def test_cramp_reasons_are_true_to_the_drug(cat):
    for d in cat.with_class("cramp-associated"):
        reason = d.cramp_reason.lower()
        if "potassium-sparing" in reason or d.key in ("spironolactone", "amiloride", "triamterene"):
            assert "wash out potassium" not in reason and "lower potassium" not in reason, d.key
        assert "wash out" not in reason, d.key
    assert "potassium-sparing" in cat.get("spironolactone").cramp_reason.lower()
    assert "statin" in cat.get("atorvastatin").cramp_reason.lower()


def test_every_rule_relevant_record_has_its_sources(cat):
    rule_classes = {"muscle-relaxant", "strong-cyp1a2-inhibitor", "cyp1a2-inhibitor",
                    "oral-contraceptive", "alpha2-agonist", "antihypertensive", "sedative",
                    "cramp-associated", "not-for-cramps"}
    for d in cat.drugs.values():
        for cls in set(d.classes) & rule_classes:
            assert d.class_sources.get(cls) in cat.sources, (d.key, cls)
        for name in d.limits:
            assert d.limit_source(name) in cat.sources, (d.key, name)
        for marker, src in (("lowers_bp", "lowers_bp_source"), ("slows_pulse", "slows_pulse_source"),
                            ("withdrawal", "withdrawal_source")):
            if d.marker(marker):
                assert d.marker(src) in cat.sources, (d.key, marker)
        for key in ("withdrawal_signs", "side_effects", "monitoring"):
            if d.marker(key):
                assert d.marker(key)["source"] in cat.sources, (d.key, key)
        for c in d.cautions():
            assert c["source"] in cat.sources, (d.key, c["condition"])
        for r in d.marker("not_for_cramps") or []:
            assert r["source"] in cat.sources, (d.key, r["region"])


def test_side_effects_use_canonical_symptom_names(cat):
    canonical = {"fainting", "chest-pain", "jaundice", "seizure", "breathing-trouble",
                 "hallucinations", "drowsiness", "dizziness", "dry-mouth", "weakness", "nausea",
                 "headache", "low-blood-pressure"}
    for d in cat.with_marker("side_effects"):
        assert set(d.side_effects()) <= canonical, d.key


def test_cautions_name_known_conditions_and_say_what_the_label_says(cat):
    for d in cat.with_marker("cautions"):
        for c in d.cautions():
            assert c["condition"] in {"liver", "kidney", "pregnant", "breastfeeding", "age-65"}
            assert c["text"].startswith("The label says"), (d.key, c["condition"])
            for word in ("stop taking", "start taking", "you should take"):
                assert word not in c["text"].lower(), (d.key, c["condition"])


def test_every_drug_record_names_are_unique_even_without_punctuation(cat):
    seen = {}
    for d in cat.drugs.values():
        for n in d.all_names():
            k = " ".join(n.casefold().replace("-", " ").replace("/", " ").split())
            assert seen.setdefault(k, d.key) == d.key, (n, seen[k], d.key)


def test_problems_catch_broken_data():
    base = {"sources": {"s": {"title": "t", "says": "x" * 30}}, "rules": {},
            "drugs": [{"key": "a", "name": "a", "brands": ["Same"], "classes": ["sedative"],
                       "class_sources": {"sedative": "s"}, "source": "s"},
                      {"key": "b", "name": "b", "brands": ["same"], "classes": ["sedative"],
                       "class_sources": {"sedative": "nope"}, "source": "s",
                       "withdrawal": True, "withdrawal_source": "s",
                       "side_effects": {"symptoms": ["Drowsiness"], "source": "s"},
                       "cautions": [{"condition": "elbow", "text": "short", "source": "gone"}],
                       "not_for_cramps": [{"region": "US", "text": "x", "source": "s"}],
                       "limits": {"max_daily_mg": {"value": 0, "source": "s"}}},
                      {"key": "c", "name": "c", "source": "s"}, {"key": "c", "name": "c2", "source": "s"}]}
    probs = "\n".join(Catalog(base).problems())
    for needle in ("'same' used by a and b", "b class sedative: unknown source", "withdrawal without",
                   "'Drowsiness' must be plain", "condition 'elbow'", "needs a text",
                   "unknown source 'gone'", "without the class not-for-cramps",
                   "value must be above 0", "drug key 'c' used by two records"):
        assert needle in probs, needle


@pytest.mark.parametrize("name, condition, source", [
    ("lisinopril", "pregnant", "ras-pregnancy-labels"), ("Hyzaar", "pregnant", "ras-pregnancy-labels"),
    ("Entresto", "pregnant", "ras-pregnancy-labels"), ("Percocet", "pregnant", "opioid-labels-nows"),
    ("Cipro", "age-65", "fluoroquinolone-labels"), ("levofloxacin", "age-65", "fluoroquinolone-labels"),
    ("Aleve", "pregnant", "fda-nsaid-pregnancy-2020"), ("Skelaxin", "kidney", "muscle-relaxant-labels"),
    ("Zanaflex", "liver", "zanaflex-pi-2024"), ("Lioresal", "kidney", "baclofen-pi"),
])
def test_label_cautions_per_condition(cat, name, condition, source):
    d = cat.resolve(name)
    got = d.cautions(condition)
    assert got and got[0]["source"] == source, (name, condition)


def test_no_caution_where_no_label_gives_one(cat):
    assert cat.get("amlodipine").cautions() == []
    assert cat.get("tizanidine").cautions("elbow") == []


def test_every_name_with_every_extra_word_keeps_its_drug(cat):
    # The exhaustive companion of the property test above (one extra word or strength).
    bad = []
    for name in _KNOWN:
        base = cat.resolve(name)
        for extra in _EXTRA:
            got = cat.resolve(f"{name} {extra}")
            if got is None or (got.key != base.key and not set(got.classes) >= set(base.classes)):
                bad.append((name, extra, got and got.key))
    assert bad == []
