"""FHIR R4 Bundle of the diary (CONTRACT.md section 4, ``export --format fhir``).

* ``collection`` (for reading) or ``transaction`` (for loading into a clinic's server:
  every resource ``POST`` with ``ifNoneExist`` on its identifier, the Patient a
  conditional ``PUT`` on its identifier, so loading the same export twice adds nothing).
* Identifiers: system ``urn:uuid:<diary uuid>``, value the entry id, with a suffix where
  one entry gives several resources (``19-bp``, ``19-pulse``); the Patient's value is
  ``patient``.  Full URLs are name-based UUIDs (uuid5) of the same pair, so two exports
  of the same diary give the same Patient (same id, identifier and full URL).
* Cramps: Observation SNOMED CT 55300003, body site coded with the SNOMED CT body
  structures of ``resources/body_sites.json`` plus laterality (text kept).
* Doses: MedicationStatement, status completed, the Patient as ``informationSource``.
* Water: LOINC 8999-5 "Fluid intake oral Estimated", mL.  Vitals: 85354-9 with 8480-6 and
  8462-4, pulse 8867-4, category vital-signs.  Units UCUM.
"""

from __future__ import annotations

import json
import re
import uuid
from functools import lru_cache
from typing import Any

from ..catalog import load_catalog
from ..records import Record, num
from ..timeutil import iso, local_zone, now_utc
from ..vocab import DRINKS, MUSCLES, RED_FLAGS, RELIEFS, SIDES

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
LATERALITY_EXT = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier"
ROUTE_ORAL = {"system": SNOMED, "code": "26643006", "display": "Oral route"}
BUNDLE_TYPES = ("collection", "transaction")
_UCUM_UNITS = {"mg": "mg", "g": "g", "mcg": "ug", "µg": "ug", "ug": "ug", "ml": "mL",
               "mL": "mL", "tablet": "{tablet}", "tablets": "{tablet}", "capsule": "{capsule}",
               "capsules": "{capsule}", "drop": "[drp]", "drops": "[drp]", "iu": "[iU]",
               "IU": "[iU]"}


@lru_cache(maxsize=1)
def body_sites() -> dict[str, Any]:
    from ...paths import resources_dir

    with open(resources_dir() / "body_sites.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _iso(dt: Any, zone: Any) -> str:
    loc = dt.astimezone(zone)
    return str(loc.isoformat(timespec="seconds" if loc.microsecond == 0 else "microseconds"))


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _text(value: str) -> str:
    """FHIR strings hold no control characters but tab, CR and LF: an older entry that has
    one (they are refused at import) gets U+FFFD in its place."""
    return _CONTROL.sub("\ufffd", value) if _CONTROL.search(value) else value


def _cc(text: str, *codings: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if codings:
        out["coding"] = list(codings)
    out["text"] = _text(text)
    return out


def _qty(value: float | int, unit: str, code: str | None = None) -> dict[str, Any]:
    q: dict[str, Any] = {"value": num(value), "unit": unit}
    if code:
        q["system"] = UCUM
        q["code"] = code
    return q


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": code, "display": display}]}]


def _comp(text: str, key: str, value: Any, coding: dict[str, str] | None = None) -> dict[str, Any]:
    return {"code": _cc(text, coding) if coding else _cc(text), key: value}


def body_site(muscle: str, side: str | None) -> dict[str, Any]:
    """The coded body site of a cramp: structure, laterality (extension), the words kept."""
    data = body_sites()
    text = MUSCLES.get(muscle, muscle)
    if side:
        text += f", {SIDES.get(side, side).lower()}"
    structure = data["muscles"].get(muscle)
    codings = [{"system": SNOMED, "code": structure["code"], "display": structure["display"]}] \
        if structure else []
    out = _cc(text, *codings)
    lat = data["laterality"].get(side) if side else None
    if lat:
        out = {"extension": [{"url": LATERALITY_EXT, "valueCodeableConcept": _cc(
            SIDES.get(side, side), {"system": SNOMED, "code": lat["code"],  # type: ignore[arg-type]
                                    "display": lat["display"]})}], **out}
    return out


def _cramp(r: Any, base: dict[str, Any], when: str) -> dict[str, Any]:
    comps = [_comp("Severity (0-10)", "valueInteger", r.severity,
                   {"system": SNOMED, "code": "246112005", "display": "Severity"})]
    if r.side:
        lat = body_sites()["laterality"].get(r.side)
        if lat:
            comps.append(_comp("Side", "valueCodeableConcept",
                               _cc(SIDES.get(r.side, r.side), {"system": SNOMED,
                                                               "code": lat["code"],
                                                               "display": lat["display"]}),
                               {"system": SNOMED, "code": "272741003", "display": "Laterality"}))
    if r.duration_s is not None:
        comps.append(_comp("Duration", "valueQuantity", _qty(r.duration_s, "s", "s"),
                           {"system": SNOMED, "code": "103335007", "display": "Duration"}))
    comps.append(_comp("Woke from sleep", "valueBoolean", bool(r.woke)))
    if r.relief:
        comps.append(_comp("Relief tried", "valueString",
                           ", ".join(RELIEFS.get(x, x) for x in r.relief)))
    if r.relief_score is not None:
        comps.append(_comp("How much the relief helped (0-10)", "valueInteger", r.relief_score))
    for f in r.red_flags:
        comps.append(_comp("Red flag reported", "valueString", RED_FLAGS.get(f, (f, ""))[0]))
    if r.trigger:
        comps.append(_comp("Possible trigger", "valueString", _text(r.trigger)))
    res = {
        **base,
        "code": _cc("Muscle cramp", {"system": SNOMED, "code": "55300003",
                                     "display": "Cramp (finding)"}),
        "effectiveDateTime": when,
        "bodySite": body_site(r.muscle, r.side),
        "component": comps,
    }
    if r.note:
        res["note"] = [{"text": _text(r.note)}]
    return res


def _dose(r: Any, ident: list[dict[str, str]], subject: dict[str, str], when: str
          ) -> dict[str, Any]:
    drug = load_catalog().get(r.drug_key) if r.drug_key else None
    codings = []
    if drug is not None and drug.rxnorm:
        codings.append({"system": RXNORM, "code": str(drug.rxnorm), "display": drug.name})
    unit_code = _UCUM_UNITS.get(r.unit)
    dosage: dict[str, Any] = {"doseAndRate": [{"doseQuantity": _qty(r.amount, r.unit, unit_code)}]}
    if r.form in ("tablet", "capsule", "liquid"):
        dosage["route"] = _cc("By mouth", ROUTE_ORAL)
    texts = [f"{num(r.amount)} {r.unit}"]
    if r.form:
        texts.append(r.form)
    if r.with_food is not None:
        texts.append("with food" if r.with_food else "without food")
    dosage["text"] = ", ".join(texts)
    res: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "identifier": ident,
        "status": "completed",
        "medicationCodeableConcept": _cc(r.drug, *codings),
        "subject": subject,
        "effectiveDateTime": when,
        "dateAsserted": when,
        "informationSource": subject,
        "dosage": [dosage],
    }
    if r.note:
        res["note"] = [{"text": _text(r.note)}]
    return res


_WATER_CATEGORY = _category("social-history", "Social History")
_WATER_CODE = _cc("Fluid intake by mouth (estimated)",
                  {"system": LOINC, "code": "8999-5", "display": "Fluid intake oral Estimated"})
_VS = _category("vital-signs", "Vital Signs")


# The fields each kind's mapping below writes with their own codes; any other field of
# the kind description (core.kinds) goes into the entry's first resource as a component
# named by its label (``_declared_components``), so a new field is never left out.
_MAPPED: dict[str, frozenset[str]] = {
    "cramp": frozenset({"muscle", "severity", "side", "duration_s", "woke", "relief",
                        "relief_score", "red_flags", "trigger", "note"}),
    "dose": frozenset({"drug", "amount", "drug_key", "unit", "form", "with_food", "note"}),
    "water": frozenset({"ml", "drink"}),
    "stretch": frozenset({"minutes", "stretch_kind"}),
    "vitals": frozenset({"systolic", "diastolic", "pulse"}),
    "symptom": frozenset({"name", "severity", "note"}),
}


def _declared_components(r: Record) -> list[dict[str, Any]]:
    from ..kinds import KINDS

    out: list[dict[str, Any]] = []
    mapped = _MAPPED.get(r.kind, frozenset())
    for f in KINDS[r.kind].fields:
        value = getattr(r, f.name, None)
        if f.name in mapped or value is None or value in ("", ()):
            continue
        label = f.show.label if f.show is not None and f.show.label else f.public
        code = {"text": label, "coding": [{"system": "urn:crampdiary:field", "code": f.public}]}
        if isinstance(value, bool):
            out.append({"code": code, "valueBoolean": value})
        elif isinstance(value, (int, float)):
            unit = f.show.unit if f.show is not None else ""
            q: dict[str, Any] = {"value": num(value)}
            if unit:
                q["unit"] = unit  # the words only: a declared unit is not known to be UCUM
            out.append({"code": code, "valueQuantity": q})
        else:
            text = "; ".join(map(str, value)) if isinstance(value, tuple) else str(value)
            out.append({"code": code, "valueString": _text(text)})
    return out


def fhir_resources(r: Record, subject: dict[str, str], zone: Any = None,
                   system: str = "urn:uuid:00000000-0000-0000-0000-000000000000"
                   ) -> list[tuple[str, dict[str, Any]]]:
    """(identifier value, resource) pairs for one entry; fields of the kind description
    that have no code of their own ride along as components of the first one."""
    out = _kind_resources(r, subject, zone, system)
    extra = _declared_components(r)
    if extra and out:
        res = out[0][1]
        if res.get("resourceType") == "Observation":
            res["component"] = [*res.get("component", []), *extra]
        else:  # a MedicationAdministration has no components: the words go in a note
            for c in extra:
                value = next(v for k, v in c.items() if k.startswith("value"))
                if isinstance(value, dict):
                    value = f"{value['value']} {value.get('unit', '')}".strip()
                res.setdefault("note", []).append({"text": f"{c['code']['text']}: {value}"})
    return out


def _kind_resources(r: Record, subject: dict[str, str], zone: Any,
                    system: str) -> list[tuple[str, dict[str, Any]]]:
    when = _iso(r.at, zone or local_zone())
    eid = str(r.id)

    def ident(value: str) -> list[dict[str, str]]:
        return [{"system": system, "value": value}]

    def obs(value: str) -> dict[str, Any]:
        return {"resourceType": "Observation", "identifier": ident(value), "status": "final",
                "subject": subject}

    k = r.kind
    if k == "cramp":
        return [(eid, _cramp(r, obs(eid), when))]
    if k == "dose":
        return [(eid, _dose(r, ident(eid), subject, when))]
    if k == "water":
        drink = DRINKS.get(r.drink, r.drink)  # type: ignore[union-attr]
        return [(eid, {**obs(eid), "category": _WATER_CATEGORY, "code": _WATER_CODE,
                       "effectiveDateTime": when,
                       "valueQuantity": _qty(r.ml, "mL", "mL"),  # type: ignore[union-attr]
                       "component": [{"code": {"text": "Drink"}, "valueString": drink}]})]
    if k == "stretch":
        res = {**obs(eid), "category": _category("activity", "Activity"),
               "code": _cc("Stretching exercise"), "effectiveDateTime": when,
               "valueQuantity": _qty(r.minutes, "min", "min")}  # type: ignore[union-attr]
        if r.stretch_kind:  # type: ignore[union-attr]
            res["note"] = [{"text": _text(r.stretch_kind)}]  # type: ignore[union-attr]
        return [(eid, res)]
    if k == "vitals":
        out = []
        if r.systolic is not None:  # type: ignore[union-attr]
            out.append((f"{eid}-bp", {
                **obs(f"{eid}-bp"), "category": _VS,
                "code": _cc("Blood pressure", {"system": LOINC, "code": "85354-9",
                                               "display": "Blood pressure panel with all "
                                                          "children optional"}),
                "effectiveDateTime": when,
                "component": [
                    _comp("Systolic blood pressure", "valueQuantity",
                          _qty(r.systolic, "mmHg", "mm[Hg]"),  # type: ignore[union-attr]
                          {"system": LOINC, "code": "8480-6", "display": "Systolic blood pressure"}),
                    _comp("Diastolic blood pressure", "valueQuantity",
                          _qty(r.diastolic, "mmHg", "mm[Hg]"),  # type: ignore[union-attr, arg-type]
                          {"system": LOINC, "code": "8462-4",
                           "display": "Diastolic blood pressure"}),
                ],
            }))
        if r.pulse is not None:  # type: ignore[union-attr]
            out.append((f"{eid}-pulse", {
                **obs(f"{eid}-pulse"), "category": _VS,
                "code": _cc("Pulse", {"system": LOINC, "code": "8867-4", "display": "Heart rate"}),
                "effectiveDateTime": when,
                "valueQuantity": _qty(r.pulse, "beats/minute", "/min"),  # type: ignore[union-attr]
            }))
        return out
    res = {**obs(eid), "code": _cc(r.name),  # type: ignore[union-attr]
           "effectiveDateTime": when,
           "component": [_comp("Severity (0-10)", "valueInteger", r.severity,  # type: ignore[union-attr]
                               {"system": SNOMED, "code": "246112005", "display": "Severity"})]}
    if r.note:  # type: ignore[union-attr]
        res["note"] = [{"text": _text(r.note)}]  # type: ignore[union-attr]
    return [(eid, res)]


def fhir_bundle(recs: Any, patient_name: str | None = None, *, diary_id: str | None = None,
                bundle: str = "collection", patient_key: str = "patient") -> dict[str, Any]:
    """A FHIR R4 Bundle (plain JSON dicts) of the records.

    ``patient_key``: the Patient's identifier value (``person-<id>`` for a person of the
    diary), so each person of one diary is their own, stable Patient."""
    if bundle not in BUNDLE_TYPES:
        from ..errors import InputError

        raise InputError("bundle", f"unknown bundle type {bundle!r}; choose collection or "
                                   "transaction")
    did = str(uuid.UUID(diary_id)) if diary_id else str(uuid.uuid4())
    ns = uuid.UUID(did)
    system = f"urn:uuid:{did}"
    transaction = bundle == "transaction"
    patient_url = f"urn:uuid:{uuid.uuid5(ns, patient_key)}"
    patient: dict[str, Any] = {"resourceType": "Patient",
                               "identifier": [{"system": system, "value": patient_key}],
                               "active": True}
    if not transaction:
        pid = did if patient_key == "patient" else str(uuid.uuid5(ns, patient_key))
        patient = {"resourceType": "Patient", "id": pid, **{k: v for k, v in patient.items()
                                                            if k != "resourceType"}}
    if patient_name:
        patient["name"] = [{"text": _text(patient_name)}]
    subject = {"reference": patient_url}
    p_entry: dict[str, Any] = {"fullUrl": patient_url, "resource": patient}
    if transaction:
        p_entry["request"] = {"method": "PUT",
                              "url": f"Patient?identifier={system}|{patient_key}"}
    entries: list[dict[str, Any]] = [p_entry]
    zone = local_zone()
    for r in recs:
        for value, res in fhir_resources(r, subject, zone, system):
            e: dict[str, Any] = {"fullUrl": f"urn:uuid:{uuid.uuid5(ns, value)}", "resource": res}
            if transaction:
                e["request"] = {"method": "POST", "url": res["resourceType"],
                                "ifNoneExist": f"identifier={system}|{value}"}
            entries.append(e)
    return {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:crampdiary:export", "value": str(uuid.uuid4())},
        "type": bundle,
        "timestamp": iso(now_utc().replace(microsecond=0)),
        "entry": entries,
    }
