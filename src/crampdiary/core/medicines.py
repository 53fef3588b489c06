"""Validation of the user's medicine list ("my medicines")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .errors import InputError

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def __getattr__(name: str) -> Any:
    """``MedicineIn`` (pydantic) is imported only when something asks for it."""
    if name == "MedicineIn":
        from .medicine_model import MedicineIn

        return MedicineIn
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def strengths(diary: Any) -> dict[str, float]:
    """drug key -> mg per tablet, capsule or ml (see ``core.use_cases.medicine_strengths``)."""
    from .use_cases import medicine_strengths

    return medicine_strengths(diary)


# --------------------------------------------------------------------------- use cases
# ``medicine add|list|edit|stop`` (CONTRACT section 1, "Medicines").  One row per
# medicine; a drug may have at most one current medicine (``stopped_on`` empty) per
# person.  The SQL is in ``storage.medicines`` and is scoped to the diary's person.
_COLS = ("name", "drug_key", "form", "usual_amount", "unit", "with_food", "schedule",
         "started_on", "stopped_on", "note")


def _has_strength(con: Any) -> bool:
    from .storage.medicines import has_strength

    return has_strength(con)


def _rows(con: Any) -> list[dict[str, Any]]:
    from .storage.medicines import medicine_dicts

    cols = ["id", *_COLS] + (["strength_mg"] if _has_strength(con) else [])
    out = medicine_dicts(con, cols)
    for rec in out:
        rec.setdefault("strength_mg", None)
    return out


def _public(rec: dict[str, Any]) -> dict[str, Any]:
    from .records import num

    wf = rec["with_food"]
    return {"name": rec["name"], "drug": rec["drug_key"], "dose": num(rec["usual_amount"]),
            "unit": rec["unit"] or "mg", "strength_mg": num(rec["strength_mg"]),
            "form": rec["form"], "with_food": None if wf is None else bool(wf),
            "times": [t for t in (rec["schedule"] or "").split(";") if t],
            "started": str(rec["started_on"])[:10] if rec["started_on"] else None,
            "stopped": str(rec["stopped_on"])[:10] if rec["stopped_on"] else None}


def medicine_list(diary: Any) -> list[dict[str, Any]]:
    with diary.sql_read() as con:
        return [_public(r) for r in _rows(con)]


def _match(rows: list[dict[str, Any]], name: str, current_only: bool = True
           ) -> dict[str, Any] | None:
    from .catalog import load_catalog

    drug = load_catalog().resolve(name)
    cands = [r for r in rows if not (current_only and r["stopped_on"])]
    for r in cands:
        if drug is not None and r["drug_key"] == drug.key:
            return r
    for r in cands:
        if r["name"].strip().casefold() == name.strip().casefold():
            return r
    return None


def _validated(data: dict[str, Any]) -> dict[str, Any]:
    from .medicine_model import MedicineIn

    inp = MedicineIn.checked(dict(data))
    out = inp.model_dump()
    out["schedule"] = ";".join(out.get("schedule") or [])
    return out


def _write(con: Any, rec: dict[str, Any], medicine_id: int | None) -> None:
    from .storage.medicines import insert_medicine, update_medicine

    cols = list(_COLS) + (["strength_mg"] if _has_strength(con) else [])
    vals: dict[str, Any] = {}
    for c in cols:
        v = rec.get(c)
        if isinstance(v, date):
            v = v.isoformat()
        if isinstance(v, bool):
            v = int(v)
        vals[c] = v
    if medicine_id is None:
        insert_medicine(con, vals)
    else:
        update_medicine(con, medicine_id, vals)


def add_medicine(diary: Any, name: str, data: dict[str, Any]) -> dict[str, Any]:
    from .catalog import load_catalog

    rec = _validated({"name": name, **data})
    drug = load_catalog().resolve(rec["name"])
    rec["drug_key"] = drug.key if drug else None
    if drug:
        rec["name"] = drug.name
    with diary.sql_write() as con:
        if rec["strength_mg"] is not None and not _has_strength(con):
            raise InputError("strength_mg", "this diary cannot store a strength yet (it needs "
                                            "the schema 4 upgrade)")
        if _match(_rows(con), name) is not None:
            raise InputError("name", f"{rec['name']} is already on your list as a current "
                                     f"medicine; change it with 'medicine edit' instead")
        _write(con, rec, None)
    return _public(rec)


def edit_medicine(diary: Any, name: str, data: dict[str, Any]) -> dict[str, Any]:
    with diary.sql_write() as con:
        rows = _rows(con)
        old = _match(rows, name) or _match(rows, name, current_only=False)
        if old is None:
            raise InputError("name", f"{name!r} is not on your list of medicines")
        merged = {k: old[k] for k in ("name", "form", "usual_amount", "unit", "with_food",
                                      "started_on", "stopped_on", "note")}
        merged["schedule"] = old["schedule"] or ""
        merged["strength_mg"] = old["strength_mg"]
        merged.update(data)
        rec = _validated(merged)
        rec["drug_key"] = old["drug_key"]
        if rec["strength_mg"] is not None and not _has_strength(con):
            raise InputError("strength_mg", "this diary cannot store a strength yet (it needs "
                                            "the schema 4 upgrade)")
        _write(con, rec, old["id"])
    return _public(rec)


def stopping_text(drug_key: str | None) -> str:
    """What the label says about stopping a drug marked ``withdrawal`` (empty otherwise)."""
    from .catalog import catalog_text, load_catalog
    from .i18n import tr
    from .rules.words import drug_name, listing, mg

    cat = load_catalog()
    drug = cat.get(drug_key)
    if drug is None or not drug.marker("withdrawal"):
        return ""
    signs = listing([catalog_text(s) for s in
                     (drug.marker("withdrawal_signs") or {}).get("signs", [])])
    text = tr("rules", "The {drug} label warns against stopping it suddenly after regular "
                       "use").format(drug=drug_name(drug))
    text += (tr("rules", ": it can cause {signs}.").format(signs=signs) if signs else ".")
    step = drug.limit("taper_step_mg")
    if step is not None:
        text += " " + tr("rules", "It lowers the dose step by step, by at most {step} a day, "
                                  "before stopping.").format(step=mg(step))
    else:
        text += " " + tr("rules", "It lowers the dose step by step before stopping.")
    text += " " + tr("rules", "Please talk to your prescriber before you stop, about how to "
                              "do it safely. The stop is recorded in your list either way.")
    return text


def stop_medicine(diary: Any, name: str, on: date) -> tuple[dict[str, Any], str]:
    with diary.sql_write() as con:
        rows = _rows(con)
        old = _match(rows, name)
        if old is None:
            raise InputError("name", f"{name!r} is not a current medicine on your list")
        if old["started_on"] and str(old["started_on"])[:10] > on.isoformat():
            raise InputError("on", "is before the start date")
        rec = dict(old)
        rec["stopped_on"] = on
        _write(con, rec, old["id"])
    return _public(rec), stopping_text(old["drug_key"])


def rule_inputs(diary: Any) -> dict[str, Any]:
    """The flag engine's inputs beyond the entries (see ``core.use_cases.rule_inputs``)."""
    from .use_cases import rule_inputs as inputs

    return inputs(diary)
