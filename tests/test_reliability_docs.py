"""docs/RELIABILITY.md names, for each guarantee, the test that shows it: each must exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
            and n.name.startswith("test_")}


def test_every_named_test_exists():
    text = (ROOT / "docs" / "RELIABILITY.md").read_text(encoding="utf-8")
    missing = []
    checked = 0
    for cell in re.findall(r"\| ([^|]*test_[^|]*) \|\s*$", text, flags=re.M):
        current: str | None = None
        for m in re.finditer(r"`(test_[a-z0-9_]+\.py)?(?:::)?(test_[a-z0-9_]+)?`", cell):
            file, name = m.group(1), m.group(2)
            if file:
                current = file
                assert (ROOT / "tests" / file).exists(), file
            if name:
                assert current, f"{name} without its file"
                checked += 1
                if name not in _tests_in(ROOT / "tests" / current):
                    missing.append(f"{current}::{name}")
    assert checked > 30
    assert missing == []
