"""The documentation that is derived from data stays in step with it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_sources_page_matches_the_catalog():
    spec = importlib.util.spec_from_file_location("make_sources_doc",
                                                  ROOT / "tools" / "make_sources_doc.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    committed = (ROOT / "docs" / "SOURCES.md").read_text(encoding="utf-8")
    assert committed == mod.render(), "run: python tools/make_sources_doc.py"


def test_readme_links_resolve():
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" in target:
            continue
        assert (ROOT / target).exists(), f"README links to missing {target}"
