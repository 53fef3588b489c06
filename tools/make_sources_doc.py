"""Write docs/SOURCES.md from the drug catalog, so the two can never disagree.

Run:  .venv/bin/python tools/make_sources_doc.py
(tests/test_docs.py checks that the committed file is up to date)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def render() -> str:
    data = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
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
        says = src.get("says", "").replace("|", "\\|")
        lines.append(f"| `{key}` | {src.get('title', key)} | {says} |")
    lines += ["", "## Limits by drug", "", "| drug | limit | value | source |", "|---|---|---|---|"]
    for drug in data["drugs"]:
        for name, lim in drug.get("limits", {}).items():
            lines.append(f"| {drug['key']} | `{name}` | {lim['value']} | `{lim['source']}` |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    out = ROOT / "docs" / "SOURCES.md"
    out.write_text(render(), encoding="utf-8")
    print(out, file=sys.stderr)
