"""The drug catalog: a data file under ``resources/``, loaded at run time.

Rules never name a drug; they ask the catalog for classes and limits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Limit:
    value: float
    source: str


@dataclass(frozen=True)
class Drug:
    key: str
    name: str
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    rxnorm: str | None = None
    limits: dict[str, Limit] = field(default_factory=dict)
    flags: dict[str, Any] = field(default_factory=dict)
    class_sources: dict[str, str] = field(default_factory=dict)
    cramp_reason: str | None = None
    source: str = ""

    def limit(self, name: str) -> float | None:
        lim = self.limits.get(name)
        return None if lim is None else lim.value

    def has(self, cls: str) -> bool:
        return cls in self.classes


class Catalog:
    def __init__(self, data: dict[str, Any]):
        self.sources: dict[str, dict[str, str]] = data.get("sources", {})
        self.drugs: dict[str, Drug] = {}
        self._names: dict[str, str] = {}
        for rec in data["drugs"]:
            limits = {
                k: Limit(float(v["value"]), v["source"]) for k, v in rec.get("limits", {}).items()
            }
            drug = Drug(
                key=rec["key"],
                name=rec.get("name", rec["key"]),
                brands=tuple(rec.get("brands", ())),
                aliases=tuple(rec.get("aliases", ())),
                classes=tuple(rec.get("classes", ())),
                rxnorm=rec.get("rxnorm"),
                limits=limits,
                flags={k: v for k, v in rec.items() if k not in {
                    "key", "name", "brands", "aliases", "classes", "rxnorm", "limits",
                    "class_sources", "cramp_reason", "source"}},
                class_sources=dict(rec.get("class_sources", {})),
                cramp_reason=rec.get("cramp_reason"),
                source=rec.get("source", ""),
            )
            self.drugs[drug.key] = drug
            for n in (drug.key, drug.name, *drug.brands, *drug.aliases):
                self._names.setdefault(n.strip().casefold(), drug.key)

    def resolve(self, name: str | None) -> Drug | None:
        """Generic, brand or alias name, any case -> the drug, or None."""
        if not name:
            return None
        key = self._names.get(name.strip().casefold())
        return self.drugs.get(key) if key else None

    def get(self, key: str | None) -> Drug | None:
        return self.drugs.get(key) if key else None

    def source_text(self, source_id: str) -> str:
        src = self.sources.get(source_id)
        return src.get("title", source_id) if src else source_id

    def names(self) -> list[str]:
        """Every name a user may type, for autocompletion."""
        out = set()
        for d in self.drugs.values():
            out.update((d.name, *d.brands))
        return sorted(out, key=str.casefold)


@lru_cache(maxsize=4)
def _load(path: str) -> Catalog:
    with open(path, encoding="utf-8") as fh:
        return Catalog(json.load(fh))


def load_catalog(path: Path | None = None) -> Catalog:
    if path is None:
        from ..paths import resources_dir

        path = resources_dir() / "catalog.json"
    return _load(str(path))
