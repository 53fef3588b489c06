"""Write docs/SOURCES.md from the drug catalog, so the two can never disagree.

Run:  .venv/bin/python tools/make_sources_doc.py
(tests/test_docs.py checks that the committed file is up to date)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The classes the rules read (CONTRACT section 2), in the order the page lists them.
RULE_CLASSES = [
    ("strong-cyp1a2-inhibitor", "Strong CYP1A2 inhibitors (interaction.contraindicated, danger)"),
    ("alpha2-agonist", "Alpha-2 agonists (interaction.alpha2-agonist, danger)"),
    ("cyp1a2-inhibitor", "Other CYP1A2 inhibitors (interaction.cyp1a2, warning)"),
    ("oral-contraceptive", "Oral contraceptives (interaction.cyp1a2, warning)"),
    ("antihypertensive", "Medicines that lower blood pressure (interaction.antihypertensive, warning)"),
    ("sedative", "Sedating medicines (interaction.sedative, warning)"),
    ("muscle-relaxant", "Muscle relaxants"),
    ("cramp-associated", "Medicines linked with leg cramps (cramp-associated, info)"),
    ("not-for-cramps", "Not for cramps (quinine.not-for-cramps, danger)"),
]


# Where the sources leave room, what the catalog does (kept here so the page says it).
CHOICES = [
    "Fluoroquinolones other than ciprofloxacin and enoxacin (levofloxacin, moxifloxacin, "
    "ofloxacin, norfloxacin ...) are `cyp1a2-inhibitor` (a warning) because the tizanidine label "
    "names fluoroquinolones as a class among the CYP1A2 inhibitors to avoid, although several of "
    "them barely inhibit the enzyme. Enoxacin is a strong inhibitor in the FDA table, so it is "
    "`strong-cyp1a2-inhibitor` like ciprofloxacin and fluvoxamine (the November 2024 label makes "
    "that contraindication class-wide).",
    "Eye, ear and skin products are left out (Ciloxan, ciprofloxacin ear drops, minoxidil foam): "
    "a name such as `ciprofloxacin eye drops` is not recognised rather than read as the tablet.",
    "Only long-acting inhaled beta-agonists (salmeterol, formoterol, vilanterol, indacaterol, "
    "olodaterol and the inhalers that contain them) are `cramp-associated`, as in Garrison 2012; "
    "relievers such as salbutamol are not.",
    "Combined oral contraceptives (those with ethinyl estradiol) are `oral-contraceptive`; "
    "progestogen-only pills, emergency contraception and estradiol-based pills are not listed.",
    "A brand sold with different contents in different countries keeps its US meaning "
    "(`Benadryl` is diphenhydramine).",
    "Long-acting products have their own record with `interaction_window_h`: the clonidine, "
    "fentanyl and buprenorphine patches (wearing time plus the usual 48 hours) and amiodarone "
    "(60 days, about one average half-life).",
    "RxNorm codes are given only where they were checked; new records leave them out.",
]


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _names(drug: dict) -> str:
    brands = drug.get("brands", [])
    return _cell(drug["key"] + (f" ({', '.join(brands)})" if brands else ""))


def render() -> str:
    data = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
    drugs = data["drugs"]
    lines = [
        "# Sources",
        "",
        "Every clinical number and every drug class in Cramp Diary comes from one of these",
        "sources. The rules read them from `resources/catalog.json`; each flag shows its source.",
        "Thresholds marked *product choice* are this program's own, not a label's.",
        "This page is generated from the catalog by `tools/make_sources_doc.py`.",
        "",
        "| id | source | what it says |",
        "|---|---|---|",
    ]
    for key, src in data["sources"].items():
        lines.append(f"| `{key}` | {_cell(src.get('title', key))} | {_cell(src.get('says', ''))} |")
    lines += ["", "## Choices made in the catalog", ""] + [f"- {c}" for c in CHOICES]
    lines += ["", "## Limits by drug", "", "| drug | limit | value | source |", "|---|---|---|---|"]
    for drug in drugs:
        for name, lim in drug.get("limits", {}).items():
            lines.append(f"| {drug['key']} | `{name}` | {lim['value']} | `{lim['source']}` |")

    lines += ["", "## Markers by drug", "",
              "Side effects use the canonical symptom names; cautions are read per condition of",
              "the person (liver, kidney, pregnant, breastfeeding, age-65).", "",
              "| drug | marker | value | source |", "|---|---|---|---|"]
    for drug in drugs:
        k = drug["key"]
        for flag, src in (("lowers_bp", "lowers_bp_source"), ("slows_pulse", "slows_pulse_source"),
                          ("withdrawal", "withdrawal_source"),
                          ("formulation_sensitive", "formulation_source")):
            if drug.get(flag):
                lines.append(f"| {k} | `{flag}` | yes | `{drug.get(src, drug.get('source'))}` |")
        for marker, inner in (("withdrawal_signs", "signs"), ("side_effects", "symptoms")):
            if drug.get(marker):
                m = drug[marker]
                lines.append(f"| {k} | `{marker}` | {_cell(', '.join(m[inner]))} | `{m['source']}` |")
        if drug.get("monitoring"):
            m = drug["monitoring"]
            lines.append(f"| {k} | `monitoring` ({m['tests']}) | {_cell(m['text'])} | `{m['source']}` |")
        for c in drug.get("cautions", []):
            lines.append(f"| {k} | `caution: {c['condition']}` | {_cell(c['text'])} | `{c['source']}` |")
        for r in drug.get("not_for_cramps", []):
            lines.append(f"| {k} | `not for cramps: {r['region']}` | {_cell(r['text'])} "
                         f"| `{r['source']}` |")

    lines += ["", "## Class members", "",
              "A combination product is one record that carries every class of its parts.",
              "Each member's class comes from the source named beside it."]
    for cls, title in RULE_CLASSES:
        members = [d for d in drugs if cls in d.get("classes", [])]
        lines += ["", f"### {title}", "", f"{len(members)} records.", "",
                  "| drug (brands) | source |" + (" why |" if cls == "cramp-associated" else ""),
                  "|---|---|" + ("---|" if cls == "cramp-associated" else "")]
        for d in members:
            row = f"| {_names(d)} | `{d.get('class_sources', {}).get(cls, d.get('source'))}` |"
            if cls == "cramp-associated":
                row += f" {_cell(d.get('cramp_reason', ''))} |"
            lines.append(row)
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    out = ROOT / "docs" / "SOURCES.md"
    out.write_text(render(), encoding="utf-8")
    print(out, file=sys.stderr)
