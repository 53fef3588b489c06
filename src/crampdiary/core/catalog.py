"""The drug catalog: a data file under ``resources/``, loaded at run time.

Rules never name a drug; they ask the catalog for classes, limits and markers.

The file has these parts:

* ``sources``: id -> {"title", "says"}; every limit, class, marker and rule
  parameter names one of these ids, and flags show the title.
* ``rules`` and ``symptoms``: parameters that apply to every drug (owned by the
  rule engine).  Thresholds that are ours rather than a label's cite the
  ``product-choice`` source.
* ``drugs``: one record per drug: key (= generic name), brands, aliases,
  classes (each with a source in ``class_sources``), an RxNorm ingredient code
  where known, numeric ``limits`` ({"value", "source"}), and markers (every
  other field): ``withdrawal``, ``withdrawal_signs``, ``withdrawal_severity``,
  ``formulation_sensitive``, ``interaction_subject``, ``rebound_watch``,
  ``lowers_bp``, ``slows_pulse``, ``side_effects``, ``cautions``,
  ``monitoring``, ``not_for_cramps``, ``cramp_reason`` ...

Names (CONTRACT 3.4 "Drug names") resolve in steps, each an exact look-up in a
table made once when the catalog loads; nothing is ever guessed:

1. the name as typed (case and surrounding spaces aside) against every generic
   name, brand and alias;
2. the same with punctuation set aside (``Toprol XL`` = ``Toprol-XL``);
3. with strengths set aside (``Catapres-TTS 0.1 mg/24hr``), as few as possible first,
   so that a number that belongs to a brand stays (``Tylenol #3 300/30``,
   ``Diane-35 2 mg``); a number joined to a word by a hyphen (``8-MOP``) is part of
   the name;
4. with salt words and release or device words set aside as well
   (``Cipro XR 500``, ``ciprofloxacin HCl``), looked up against the catalog's
   names with their own salt and release words set aside (``Toprol`` for
   ``Toprol-XL``); where several catalog names share that bare form, the one
   whose own trimmed words the typed name also carries wins, so ``Catapres``
   stays the tablet and ``Catapres TTS patch`` is the patch;
5. the words of step 4 in any order, for combination products
   (``hydrochlorothiazide/losartan``), only where that order-free form is
   unique in the catalog.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

# --- name normalisation --------------------------------------------------------------

# Salt and ester words a label or a pharmacy bag adds to the ingredient's name.
SALT_WORDS = frozenset("""
    hydrochloride hcl dihydrochloride hydrobromide hbr hyclate maleate hydrogen succinate
    tartrate bitartrate sodium potassium calcium magnesium besylate besilate mesylate
    mesilate dimesylate citrate dihydrogen sulfate sulphate bisulfate bisulphate phosphate
    diphosphate fumarate hemifumarate bromide chloride acetate lactate gluconate
    xinafoate propionate dipropionate furoate trifenatate pamoate napsylate erbumine
    arginine tosilate tosylate medoxomil cilexetil axetil monohydrate dihydrate trihydrate
    hemihydrate anhydrous base usp bp
""".split())

# Release, device and dosage-form words, and the filler words that come with them.
FORM_WORDS = frozenset("""
    er xr xl sr cr la dr ec odt tts hfa mr cd xt ir pr sa ds
    extended delayed modified prolonged immediate controlled sustained release
    retard continus depot once daily
    patch patches transdermal system tablet tablets tab tabs caplet caplets capsule
    capsules cap caps softgel softgels gelcap gelcaps pill pills oral solution
    suspension liquid syrup elixir injection injectable inhaler inhalers
    inhalation aerosol powder diskus ellipta turbuhaler evohaler accuhaler respimat
    handihaler spiromax easyhaler nexthaler autohaler spray film coated chewable
    dispersible orally disintegrating sublingual buccal sprinkle effervescent generic
    brand
""".split())

# Words that join the parts of a combination product.
JOIN_WORDS = frozenset({"and", "with"})

_UNIT = (r"(?:mg|mcg|ug|µg|g|gm|gram|grams|ml|l|iu|units?|%|mmol|meq|micrograms?|"
         r"milligrams?|puffs?|doses?|actuations?|sprays?)")
_PER = r"(?:h|hr|hrs|hour|hours|d|day|days|wk|week|weeks|ml|dose|actuation|puff|spray)"
# One strength: "4", "4mg", "0.1 mg/24hr", "500/125", "#3", "24-hour"; also a unit
# written on its own ("mg") or a per-time part on its own ("/24 hours").  A number joined
# to a word by a hyphen ("8-MOP") is part of a name, not a strength.
_STRENGTH = re.compile(
    rf"(?<![a-z0-9])(?:#\s*)?\d+(?:[.,]\d+)?\s*{_UNIT}?"
    rf"(?:\s*/\s*(?:\d+(?:[.,]\d+)?\s*)?(?:{_UNIT}|{_PER})?)*"
    rf"(?:\s*-?\s*(?:{_PER}))?(?![a-z0-9]|-[a-z])"
    rf"|(?<![a-z0-9]){_UNIT}(?:\s*/\s*(?:\d+\s*)?{_PER})?(?![a-z0-9])"
)
_TOKEN = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _words(text: str) -> tuple[str, ...]:
    """Case and punctuation set aside (step 2): the words, in order."""
    return tuple(w for w in _TOKEN.findall(_fold(text).replace("µ", "u"))
                 if w not in JOIN_WORDS)


def _no_strength(text: str) -> tuple[str, ...]:
    """Step 3: strengths set aside."""
    return _words(_STRENGTH.sub(" ", _fold(text)))


def _strength_variants(text: str) -> list[list[tuple[str, ...]]]:
    """The words with some strengths set aside: first every way of setting one aside, then
    every way of setting two aside, and so on (the last group: all of them)."""
    folded = _fold(text)
    spans = [m.span() for m in _STRENGTH.finditer(folded) if m.group().strip()]
    if len(spans) > 5:  # not a name any more; set them all aside at once
        return [[_no_strength(text)]]
    groups = []
    for size in range(1, len(spans) + 1):
        group = []
        for chosen in combinations(spans, size):
            cut = folded
            for a, b in reversed(chosen):
                cut = cut[:a] + " " + cut[b:]
            group.append(_words(cut))
        groups.append(group)
    return groups


def _bare(words: tuple[str, ...]) -> tuple[str, ...]:
    """Step 4: salt, release and device words set aside (a name made of salt words only,
    such as ``magnesium citrate``, keeps its first one)."""
    out = tuple(w for w in words if w not in SALT_WORDS and w not in FORM_WORDS)
    return out or next(((w,) for w in words if w not in FORM_WORDS), words[:1])


def _key(words: tuple[str, ...]) -> str:
    return " ".join(words)


# --- words for people ----------------------------------------------------------------

def catalog_text(text: str) -> str:
    """A text of the catalog (a caution, a cramp reason, a withdrawal sign, a monitoring
    note, a not-for-cramps position, a source's title) in the program's language.

    The English text of ``catalog.json`` is the key, context ``catalog``;
    ``tools/update_translations.py`` lists every such text of the file, so a new drug's
    texts reach the translators by themselves.  Unknown texts come back unchanged."""
    from .i18n import tr

    return tr("catalog", text)


def catalog_texts(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Every text of a catalog's data that is shown to people, as (where, text), in
    file order (for the translation extractor and its test)."""
    out: list[tuple[str, str]] = []
    for sid, src in (data.get("sources") or {}).items():
        if isinstance(src, dict) and isinstance(src.get("title"), str):
            out.append((f"source {sid}", src["title"]))
    for rec in data.get("drugs", []):
        key = rec.get("key", "?")
        if isinstance(rec.get("cramp_reason"), str):
            out.append((f"{key} cramp_reason", rec["cramp_reason"]))
        for c in rec.get("cautions") or []:
            if isinstance(c, dict) and isinstance(c.get("text"), str):
                out.append((f"{key} caution {c.get('condition')}", c["text"]))
        signs = (rec.get("withdrawal_signs") or {}).get("signs") or []
        out += [(f"{key} withdrawal sign", s) for s in signs if isinstance(s, str)]
        mon = rec.get("monitoring")
        if isinstance(mon, dict) and isinstance(mon.get("text"), str):
            out.append((f"{key} monitoring", mon["text"]))
        for r in rec.get("not_for_cramps") or []:
            if isinstance(r, dict) and isinstance(r.get("text"), str):
                out.append((f"{key} not_for_cramps {r.get('region')}", r["text"]))
    return out


# --- records -------------------------------------------------------------------------

@dataclass(frozen=True)
class Limit:
    value: float
    source: str


_RECORD_FIELDS = frozenset({"key", "name", "brands", "aliases", "classes", "rxnorm", "limits",
                            "class_sources", "cramp_reason", "source"})

CAUTION_CONDITIONS = ("liver", "kidney", "pregnant", "breastfeeding", "age-65")


@dataclass(frozen=True)
class Drug:
    key: str
    name: str
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    rxnorm: str | None = None
    limits: dict[str, Limit] = field(default_factory=dict)
    markers: dict[str, Any] = field(default_factory=dict)
    class_sources: dict[str, str] = field(default_factory=dict)
    cramp_reason: str | None = None
    source: str = ""

    @property
    def flags(self) -> dict[str, Any]:
        """Old name of :attr:`markers` (kept so callers written before v2 still work)."""
        return self.markers

    def limit(self, name: str) -> float | None:
        lim = self.limits.get(name)
        return None if lim is None else lim.value

    def has(self, cls: str) -> bool:
        return cls in self.classes

    def marker(self, name: str, default: Any = None) -> Any:
        """A non-numeric field of the record (``withdrawal``, ``cautions``, ``lowers_bp`` ...)."""
        return self.markers.get(name, default)

    def limit_source(self, name: str) -> str | None:
        lim = self.limits.get(name)
        return None if lim is None else lim.source

    def class_source(self, cls: str) -> str:
        return self.class_sources.get(cls, self.source)

    def all_names(self) -> tuple[str, ...]:
        return (self.key, self.name, *self.brands, *self.aliases)

    # Convenience readers for the structured markers (empty when the record has none).
    def withdrawal_signs(self) -> list[str]:
        return list((self.markers.get("withdrawal_signs") or {}).get("signs", []))

    def side_effects(self) -> list[str]:
        return list((self.markers.get("side_effects") or {}).get("symptoms", []))

    def cautions(self, condition: str | None = None) -> list[dict[str, str]]:
        out = list(self.markers.get("cautions") or [])
        return out if condition is None else [c for c in out if c.get("condition") == condition]


class Catalog:
    def __init__(self, data: dict[str, Any]):
        self.version = data.get("version")
        self.sources: dict[str, dict[str, str]] = data.get("sources", {})
        self.rules: dict[str, Any] = data.get("rules", {})
        self.symptoms: Any = data.get("symptoms", {})
        self.drugs: dict[str, Drug] = {}
        self._duplicate_keys: list[str] = []
        for rec in data["drugs"]:
            if rec["key"] in self.drugs:
                self._duplicate_keys.append(rec["key"])
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
                markers={k: v for k, v in rec.items() if k not in _RECORD_FIELDS},
                class_sources=dict(rec.get("class_sources", {})),
                cramp_reason=rec.get("cramp_reason"),
                source=rec.get("source", ""),
            )
            self.drugs[drug.key] = drug
        # The name tables (about 1,300 names) are built on first use: a command that
        # never resolves a typed name (every stored dose has its drug key) skips them.
        self._tables_built = False
        self._exact_only: dict[str, str] | None = None

    # --- names -----------------------------------------------------------------------

    def _ensure_tables(self) -> None:
        if not self._tables_built:
            self._build_name_tables()
            self._tables_built = True

    def _exact_names(self) -> dict[str, str]:
        """Step 1's table alone (folded name -> key): a name typed as the catalog spells it
        (the usual case: a medicine chosen from the list, a brand typed in full) resolves
        without the word tables, a few times faster on the command line."""
        if self._tables_built:
            return self._exact
        if self._exact_only is None:
            exact: dict[str, str] = {}
            for d in self.drugs.values():
                for n in d.all_names():
                    exact.setdefault(_fold(n), d.key)
            self._exact_only = exact
        return self._exact_only

    def _build_name_tables(self) -> None:
        exact: dict[str, str] = {}
        words: dict[str, str] = {}
        # bare form -> [(the release and device words of that catalog name, drug key)]
        bare: dict[str, list[tuple[frozenset[str], str]]] = {}
        unordered: dict[str, set[str]] = {}
        for d in self.drugs.values():
            for n in d.all_names():
                exact.setdefault(_fold(n), d.key)
                w = _words(n)
                if not w:
                    continue
                words.setdefault(_key(w), d.key)
                b = _bare(w)
                if not b:
                    continue
                bare.setdefault(_key(b), []).append((frozenset(w) & FORM_WORDS, d.key))
                unordered.setdefault(_key(tuple(sorted(b))), set()).add(d.key)
        self._exact = exact
        self._words = words
        self._bare = bare
        self._unordered = {k: next(iter(v)) for k, v in unordered.items() if len(v) == 1}
        self._display = sorted({n for d in self.drugs.values() for n in (d.name, *d.brands)},
                               key=str.casefold)
        self._display_folded = {_fold(n): n for n in self._display}

    def _from_bare(self, bare: tuple[str, ...], trimmed: frozenset[str]) -> str | None:
        """Step 4: among the catalog names with this bare form, the one whose own release
        and device words the typed name also has, the most of them first (``Catapres TTS patch`` is
        the patch, ``Catapres`` the tablet); else a name that is bare itself; else the one
        drug all trimmed names belong to.  Two drugs tied: no answer."""
        cands = self._bare.get(_key(bare))
        if not cands:
            return None
        fits = [(len(r), k) for r, k in cands if r <= trimmed]
        if fits:
            top = max(n for n, _ in fits)
            keys = {k for n, k in fits if n == top}
            return next(iter(keys)) if len(keys) == 1 else None
        keys = {k for _, k in cands}
        return next(iter(keys)) if len(keys) == 1 else None

    def resolve_key(self, name: object) -> str | None:
        """The drug key a typed name stands for, or None (never a guess, never raises)."""
        if not isinstance(name, str):
            return None
        folded = _fold(name)
        if not folded:
            return None
        hit = self._exact_names().get(folded)
        if hit:
            return hit
        self._ensure_tables()
        w = _words(name)
        if not w:
            return None
        hit = self._words.get(_key(w))
        if hit:
            return hit
        # Step 3: strengths set aside, as few as possible first, so that a number that
        # belongs to a brand ("Diane-35 4 mg", "Tylenol #3 300/30") is kept when it can be.
        # Two answers with the same number set aside: no answer.
        groups = _strength_variants(name)
        for group in groups:
            hits = {self._words.get(_key(v)) for v in group} - {None}
            if len(hits) > 1:
                return None
            if hits:
                return hits.pop()
        # Step 4 on the words with and without their numbers (a brand may hold a number).
        forms = [f for f in dict.fromkeys((w, *(v for g in groups for v in g))) if f]
        for f in forms:
            b = _bare(f)
            if b:
                hit = self._from_bare(b, frozenset(f) & FORM_WORDS)
                if hit:
                    return hit
        for f in forms:
            b = _bare(f)
            if b:
                hit = self._unordered.get(_key(tuple(sorted(b))))
                if hit:
                    return hit
        return None

    def resolve(self, name: object) -> Drug | None:
        """Generic, brand or alias name as a person types it -> the drug, or None.

        See the module's docstring for the steps (CONTRACT 3.4 "Drug names")."""
        key = self.resolve_key(name)
        return self.drugs.get(key) if key else None

    def close_names(self, name: object, limit: int = 3) -> list[str]:
        """Up to ``limit`` catalog display names (generic or brand) close to an unknown name.

        Only a hint for the ``drug.unrecognised`` message; it never resolves anything."""
        if not isinstance(name, str) or limit <= 0:
            return []
        typed = _key(_bare(_no_strength(name))) or _key(_words(name))
        if not typed:
            return []
        import difflib  # only for a name the catalog does not know

        self._ensure_tables()
        got = difflib.get_close_matches(typed, list(self._display_folded), n=limit, cutoff=0.75)
        return [self._display_folded[g] for g in got]

    # --- the rest --------------------------------------------------------------------

    def get(self, key: str | None) -> Drug | None:
        return self.drugs.get(key) if key else None

    def source_text(self, source_id: str) -> str:
        """A source's title, in the program's language (context ``catalog``)."""
        src = self.sources.get(source_id)
        return catalog_text(src.get("title", source_id)) if src else source_id

    def source_says(self, source_id: str) -> str:
        src = self.sources.get(source_id)
        return src.get("says", "") if src else ""

    def with_class(self, cls: str) -> list[Drug]:
        return [d for d in self.drugs.values() if cls in d.classes]

    def with_marker(self, name: str) -> list[Drug]:
        return [d for d in self.drugs.values() if d.markers.get(name)]

    def problems(self) -> list[str]:
        """Consistency checks of the data file (used by the tests)."""
        out: list[str] = [f"drug key {k!r} used by two records" for k in self._duplicate_keys]
        known = self.sources

        def need(src: Any, where: str) -> None:
            if not isinstance(src, str) or src not in known:
                out.append(f"{where}: unknown source {src!r}")

        seen: dict[str, str] = {}
        seen_words: dict[str, str] = {}
        for d in self.drugs.values():
            for n in d.all_names():
                k = _fold(n)
                if seen.get(k, d.key) != d.key:
                    out.append(f"name {n!r} used by {seen[k]} and {d.key}")
                seen.setdefault(k, d.key)
                wk = _key(_words(n))
                if wk and seen_words.get(wk, d.key) != d.key:
                    out.append(f"name {n!r} of {d.key} reads like one of {seen_words[wk]}")
                seen_words.setdefault(wk, d.key)
            need(d.source, f"{d.key}")
            for name, lim in d.limits.items():
                need(lim.source, f"{d.key}.{name}")
                if not lim.value > 0:
                    out.append(f"{d.key}.{name}: value must be above 0")
            for cls in d.classes:
                if cls not in d.class_sources:
                    out.append(f"{d.key} class {cls}: no class source")
                need(d.class_source(cls), f"{d.key} class {cls}")
            if d.has("cramp-associated") and not d.cramp_reason:
                out.append(f"{d.key}: cramp-associated without a cramp_reason")
            if d.rxnorm is not None and not str(d.rxnorm).isdigit():
                out.append(f"{d.key}: rxnorm {d.rxnorm!r} is not a number")
            out.extend(self._marker_problems(d, need))

        def walk(obj: Any, where: str) -> None:
            if isinstance(obj, dict):
                for k, v in obj.items():
                    if k == "source":
                        need(v, f"rules {where}")
                    walk(v, f"{where}.{k}")
            elif isinstance(obj, list):
                for i, v in enumerate(obj):
                    walk(v, f"{where}[{i}]")

        walk(self.rules, "")
        return out

    @staticmethod
    def _marker_problems(d: Drug, need: Any) -> list[str]:
        out: list[str] = []
        m = d.markers
        for k, v in m.items():
            if k.endswith("_source"):
                need(v, f"{d.key}.{k}")
        for flag, src in (("withdrawal", "withdrawal_source"), ("lowers_bp", "lowers_bp_source"),
                          ("slows_pulse", "slows_pulse_source"),
                          ("formulation_sensitive", "formulation_source")):
            if flag in m and m[flag] is not True:
                out.append(f"{d.key}.{flag}: must be true when present")
            if m.get(flag) and src not in m:
                out.append(f"{d.key}.{flag}: no {src}")
        for k in ("withdrawal_severity", "withdrawal_severity_high_dose"):
            if k in m and m[k] not in ("info", "warning", "danger"):
                out.append(f"{d.key}.{k}: {m[k]!r} is not a severity")

        def words_list(key: str, inner: str) -> None:
            v = m.get(key)
            if v is None:
                return
            if not isinstance(v, dict) or not isinstance(v.get(inner), list) or not v[inner]:
                out.append(f"{d.key}.{key}: needs a non-empty list {inner!r}")
                return
            for s in v[inner]:
                if not isinstance(s, str) or not s or s != s.strip().lower():
                    out.append(f"{d.key}.{key}: {s!r} must be plain lower-case words")
            need(v.get("source"), f"{d.key}.{key}")

        words_list("withdrawal_signs", "signs")
        words_list("side_effects", "symptoms")
        if m.get("withdrawal") and "withdrawal_signs" not in m:
            out.append(f"{d.key}: withdrawal without withdrawal_signs")
        cautions = m.get("cautions")
        if cautions is not None:
            if not isinstance(cautions, list):
                out.append(f"{d.key}.cautions: must be a list")
            else:
                for i, c in enumerate(cautions):
                    where = f"{d.key}.cautions[{i}]"
                    if not isinstance(c, dict):
                        out.append(f"{where}: must be an object")
                        continue
                    if c.get("condition") not in CAUTION_CONDITIONS:
                        out.append(f"{where}: condition {c.get('condition')!r} unknown")
                    if not isinstance(c.get("text"), str) or len(c["text"]) < 20:
                        out.append(f"{where}: needs a text")
                    need(c.get("source"), where)
        mon = m.get("monitoring")
        if mon is not None:
            if not isinstance(mon, dict) or not mon.get("tests") or not isinstance(
                    mon.get("text"), str):
                out.append(f"{d.key}.monitoring: needs 'tests' and 'text'")
            else:
                need(mon.get("source"), f"{d.key}.monitoring")
        nfc = m.get("not_for_cramps")
        if nfc is not None:
            if not isinstance(nfc, list) or not nfc:
                out.append(f"{d.key}.not_for_cramps: must be a non-empty list")
            else:
                for i, r in enumerate(nfc):
                    where = f"{d.key}.not_for_cramps[{i}]"
                    if not isinstance(r, dict) or not r.get("region") or not isinstance(
                            r.get("text"), str):
                        out.append(f"{where}: needs 'region' and 'text'")
                        continue
                    need(r.get("source"), where)
            if not d.has("not-for-cramps"):
                out.append(f"{d.key}: not_for_cramps without the class not-for-cramps")
        return out

    def names(self) -> list[str]:
        """Every name a user may type, for autocompletion."""
        self._ensure_tables()
        return list(self._display)


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
