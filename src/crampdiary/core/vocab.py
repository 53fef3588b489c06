"""The fixed vocabularies of CONTRACT.md section 1, with words for people."""

from __future__ import annotations

KINDS = ("cramp", "dose", "water", "stretch", "vitals", "symptom")

MUSCLES = {
    "calf": "Calf",
    "foot": "Foot (sole or arch)",
    "toes": "Toes",
    "thigh-front": "Front of thigh",
    "thigh-back": "Back of thigh (hamstring)",
    "hip": "Hip",
    "back": "Back",
    "neck": "Neck",
    "shoulder": "Shoulder",
    "arm": "Arm",
    "hand": "Hand or fingers",
    "abdomen": "Abdomen",
    "chest": "Chest",
    "other": "Other",
}

SIDES = {"left": "Left", "right": "Right", "both": "Both sides"}

RELIEFS = {
    "stretch": "Stretching",
    "massage": "Massage",
    "heat": "Heat",
    "cold": "Cold",
    "walk": "Walking it off",
    "water": "Drinking water",
    "electrolyte": "Electrolyte drink",
    "medication": "Medication",
    "none": "Nothing helped / nothing tried",
}

# Red flags (NHS guidance on cauda equina syndrome and rhabdomyolysis).
RED_FLAGS = {
    "weakness": (
        "New muscle weakness",
        "A limb that suddenly gets weak, or stays weak after the cramp has passed.",
    ),
    "bladder-bowel": (
        "Bladder or bowel changes",
        "Trouble passing urine, leaking urine or stool, or not feeling when the bladder is full.",
    ),
    "groin-numbness": (
        "Numbness around the groin or buttocks",
        "Numbness or tingling in the 'saddle' area: between the legs, around the back passage or genitals.",
    ),
    "back-pain-leg-weakness": (
        "Back pain with leg weakness",
        "Back pain together with weakness, numbness or pain in one or both legs.",
    ),
    "sudden-spasticity": (
        "Sudden severe stiffness",
        "Stiffness or spasms that suddenly get much worse than usual.",
    ),
    "dark-urine": (
        "Dark urine after cramps",
        "Urine the colour of tea or cola, especially with muscle pain or weakness.",
    ),
}

FORMS = {"tablet": "Tablet", "capsule": "Capsule", "liquid": "Liquid", "patch": "Patch",
         "inhaler": "Inhaler", "other": "Other"}

DRINKS = {
    "water": "Water",
    "electrolyte": "Electrolyte drink",
    "coffee": "Coffee",
    "tea": "Tea",
    "alcohol": "Alcohol",
    "other": "Other drink",
}

KIND_LABELS = {"cramp": "Cramp", "dose": "Dose", "water": "Drink", "stretch": "Stretching",
               "vitals": "Vitals", "symptom": "Symptom"}

# Words for the canonical symptom names of the catalog's ``symptoms`` section.
SYMPTOM_LABELS = {
    "fainting": "Fainting",
    "chest-pain": "Chest pain",
    "jaundice": "Jaundice (yellow skin or eyes)",
    "seizure": "Seizure",
    "breathing-trouble": "Trouble breathing",
    "hallucinations": "Hallucinations",
    "drowsiness": "Drowsiness",
    "dizziness": "Dizziness",
    "dry-mouth": "Dry mouth",
    "weakness": "Weakness",
    "nausea": "Nausea",
    "headache": "Headache",
    "low-blood-pressure": "Low blood pressure",
}

_WORD_TABLES: dict[str, dict[str, str]] = {
    "muscle": MUSCLES, "side": SIDES, "relief": RELIEFS, "form": FORMS, "drink": DRINKS,
    "kind": KIND_LABELS, "symptom": SYMPTOM_LABELS,
    "red-flag": {k: v[0] for k, v in RED_FLAGS.items()},
    "red-flag-detail": {k: v[1] for k, v in RED_FLAGS.items()},
}


def word(table: str, key: str) -> str:
    """The word shown to people for a vocabulary value, in the program's language:
    ``word("muscle", "calf")`` -> "Calf" / "Wade" / "Pantorrilla".  ``table`` is one of
    muscle, side, relief, form, drink, kind, symptom, red-flag, red-flag-detail.  A value
    the table does not know (a symptom typed freely) comes back exactly as stored.
    Translations live in the .ts files under the context ``vocab``
    (tools/update_translations.py lists every table's words)."""
    english = _WORD_TABLES[table].get(key)
    if english is None:
        return key
    from .i18n import tr

    return tr("vocab", english)


def inline_word(table: str, key: str, *, english_label: bool = False) -> str:
    """A vocabulary value inside a sentence or a run of text: English keeps the stored
    value as it always read (``dry mouth``, ``tablet``), or with ``english_label`` its
    label in lower case (``walking it off``, ``drink``); German and Spanish take
    :func:`word` (German nouns keep their capital, Spanish starts lower-case).  An
    unknown value comes back as stored."""
    from .i18n import language

    lang = language()
    if lang == "en" and english_label:
        return _WORD_TABLES[table].get(key, key).lower()
    label = word(table, key)
    if lang == "en" or label == key:
        return key.replace("-", " ")
    return label if lang == "de" else label[:1].lower() + label[1:]


def drug_word(name: str) -> str:
    """A drug's name inside a sentence: as the catalog (or the user) spells it, with a
    capital in German, where every noun has one (``Tizanidine``)."""
    from .i18n import language

    return name[:1].upper() + name[1:] if language() == "de" else name


def word_tables() -> dict[str, dict[str, str]]:
    """Every vocabulary table by name (for the translation extractor and tests)."""
    return _WORD_TABLES


# Conversion of dose units to milligrams; units not listed have no mg value.
MG_PER_UNIT = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "µg": 0.001, "ug": 0.001}


def amount_mg(amount: float, unit: str | None) -> float | None:
    factor = MG_PER_UNIT.get((unit or "mg").strip().lower())
    return None if factor is None else amount * factor


# Symptom names (CONTRACT 3.4): the canonical names and their aliases live in the
# catalog's ``symptoms`` section; names match ignoring case, spaces and punctuation.
def _symptom_key(text: str) -> str:
    """Case, spaces, punctuation and accents set aside (``Übelkeit`` = ``ubelkeit``,
    ``náuseas`` = ``nauseas``)."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


_SYMPTOMS: dict[str, str] | None = None


def _symptom_table() -> dict[str, str]:
    global _SYMPTOMS
    if _SYMPTOMS is None:
        import json

        from ..paths import resources_dir

        table: dict[str, str] = {}
        try:
            with open(resources_dir() / "catalog.json", encoding="utf-8") as fh:
                items = json.load(fh).get("symptoms", [])
        except (OSError, ValueError):
            items = []
        for item in items:  # English first: an English alias never loses its meaning
            for n in (item["name"], *item.get("aliases", ())):
                table.setdefault(_symptom_key(n), item["name"])
        for item in items:  # a name typed in any language, whatever the program speaks
            for key, names in item.items():
                if key.startswith("aliases_") and isinstance(names, list):
                    for n in names:
                        table.setdefault(_symptom_key(n), item["name"])
        _SYMPTOMS = table
    return _SYMPTOMS


_LABELS: dict[str, dict[str, str]] = {}


def _label_table(lang: str) -> dict[str, str]:
    """The shown labels of the program's language, should a translator have changed one
    that the catalog's ``aliases_LANG`` do not list yet (read only for a name that is not
    in the catalog's lists, and only in German or Spanish, where that language's
    translations are loaded anyway: an English ``log`` never pays for them)."""
    if lang not in _LABELS:
        from .i18n import table

        out: dict[str, str] = {}
        for name, english in SYMPTOM_LABELS.items():
            for n in (table(lang).get(("vocab", english)) or [])[:1]:
                out.setdefault(_symptom_key(n), name)
        _LABELS[lang] = out
    return _LABELS[lang]


def canonical_symptom(name: str | None) -> str | None:
    """'Passed out' -> 'fainting'; 'Ohnmacht', 'desmayo' -> 'fainting' too: the catalog's
    ``aliases_de``/``aliases_es`` (which hold the German and Spanish labels of
    ``word("symptom", ...)``, tests/test_i18n_flags.py checks it) match in every
    language; a name with no canonical form -> None."""
    if not name:
        return None
    key = _symptom_key(name)
    hit = _symptom_table().get(key)
    if hit is None:
        from .i18n import language

        lang = language()
        hit = _label_table(lang).get(key) if lang != "en" else None
    return hit
