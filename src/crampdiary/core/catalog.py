"""The drug catalog: a data file under ``resources/``, loaded at run time.

Rules never name a drug; they ask the catalog for classes, limits and markers.

The file has three parts:

* ``sources``: id -> {"title", "says"}; every limit, class and rule parameter
  names one of these ids, and flags show the title.
* ``rules``: parameters that apply to every drug (regular use, the withdrawal
  gap, the interaction table, cramp and vitals thresholds).  Thresholds that
  are ours rather than a label's cite the ``product-choice`` source.
* ``drugs``: one record per drug: key (= generic name), brands, aliases,
  classes (each with a source in ``class_sources``), an RxNorm ingredient code
  where known, numeric ``limits`` ({"value", "source"}), and markers such as
  ``withdrawal``, ``withdrawal_severity``, ``formulation_sensitive``,
  ``interaction_subject``, ``rebound_watch``, ``low_bp_watch``, ``cramp_reason``.
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

    def marker(self, name: str, default: Any = None) -> Any:
        """A non-numeric field of the record (``withdrawal``, ``interaction_subject`` ...)."""
        return self.flags.get(name, default)

    def limit_source(self, name: str) -> str | None:
        lim = self.limits.get(name)
        return None if lim is None else lim.source

    def class_source(self, cls: str) -> str:
        return self.class_sources.get(cls, self.source)


class Catalog:
    def __init__(self, data: dict[str, Any]):
        self.sources: dict[str, dict[str, str]] = data.get("sources", {})
        self.rules: dict[str, Any] = data.get("rules", {})
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

    def source_says(self, source_id: str) -> str:
        src = self.sources.get(source_id)
        return src.get("says", "") if src else ""

    def with_class(self, cls: str) -> list[Drug]:
        return [d for d in self.drugs.values() if cls in d.classes]

    def with_marker(self, name: str) -> list[Drug]:
        return [d for d in self.drugs.values() if d.flags.get(name)]

    def problems(self) -> list[str]:
        """Consistency checks of the data file (used by the tests)."""
        out: list[str] = []
        seen: dict[str, str] = {}
        for d in self.drugs.values():
            for n in (d.key, d.name, *d.brands, *d.aliases):
                k = n.strip().casefold()
                if seen.get(k, d.key) != d.key:
                    out.append(f"name {n!r} used by {seen[k]} and {d.key}")
                seen.setdefault(k, d.key)
            if d.source and d.source not in self.sources:
                out.append(f"{d.key}: unknown source {d.source!r}")
            for name, lim in d.limits.items():
                if lim.source not in self.sources:
                    out.append(f"{d.key}.{name}: unknown source {lim.source!r}")
            for cls in d.classes:
                if d.class_source(cls) not in self.sources:
                    out.append(f"{d.key} class {cls}: no known source")
            for k, v in d.flags.items():
                if k.endswith("_source") and v not in self.sources:
                    out.append(f"{d.key}.{k}: unknown source {v!r}")

        def walk(obj: Any, where: str) -> None:
            if isinstance(obj, dict):
                for k, v in obj.items():
                    if k == "source" and v not in self.sources:
                        out.append(f"rules {where}: unknown source {v!r}")
                    walk(v, f"{where}.{k}")
            elif isinstance(obj, list):
                for i, v in enumerate(obj):
                    walk(v, f"{where}[{i}]")

        walk(self.rules, "")
        return out

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


@lru_cache(maxsize=1)
def _default_path() -> str:
    from ..paths import resources_dir

    return str(resources_dir() / "catalog.json")


def load_catalog(path: Path | None = None) -> Catalog:
    # Called once per dose by export and import: the default path is looked up once.
    return _load(_default_path() if path is None else str(path))
