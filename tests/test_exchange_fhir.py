"""Issue 6: the FHIR R4 export validates with fhir.resources (R4B models)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle

from crampdiary.core.exchange import export, fhir_bundle
from crampdiary.core.timeutil import now_utc
from crampdiary.core.use_cases import log_entry


def _export(diary, tmp_path, **kw) -> dict:
    out = tmp_path / "bundle.json"
    n = export(diary, "fhir", out, **kw)
    doc = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(doc)  # raises on any invalid resource
    doc["_count"] = n
    return doc


def _resources(doc: dict, rtype: str) -> list[dict]:
    return [e["resource"] for e in doc["entry"] if e["resource"]["resourceType"] == rtype]


def _codes(res: dict) -> set[tuple[str, str]]:
    return {(c.get("system", ""), c.get("code", "")) for c in res["code"].get("coding", [])}


def test_validator_really_checks_resources():
    bad = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Observation", "status": "final",
                                                "code": {"text": "x"}, "valueInteger": "many"}}]}
    with pytest.raises(ValueError):
        Bundle.model_validate(bad)


def test_empty_diary_is_a_valid_bundle(diary, tmp_path):
    doc = _export(diary, tmp_path)
    assert doc["resourceType"] == "Bundle" and doc["type"] == "collection"
    assert doc["_count"] == 0
    assert [e["resource"]["resourceType"] for e in doc["entry"]] == ["Patient"]


def test_every_kind_with_the_contract_codes(diary, tmp_path):
    at = now_utc() - timedelta(days=1)
    log_entry(diary, "cramp", {"at": at, "muscle": "calf", "side": "left", "severity": 8,
                               "duration_s": 90, "woke": True, "relief": ["stretch"],
                               "relief_score": 7, "red_flags": ["weakness"],
                               "trigger": "long walk", "note": "ночью 🦵 \"bad\""})
    log_entry(diary, "cramp", {"at": at, "muscle": "foot", "severity": 2})
    log_entry(diary, "dose", {"at": at, "drug": "Zanaflex", "amount": 4, "form": "tablet",
                              "with_food": True})
    log_entry(diary, "dose", {"at": at, "drug": "Mystery Syrup", "amount": 5, "unit": "ml",
                              "form": "liquid"})
    log_entry(diary, "dose", {"at": at, "drug": "Odd", "amount": 1, "unit": "puff"})
    log_entry(diary, "water", {"at": at, "ml": 330, "drink": "tea"})
    log_entry(diary, "stretch", {"at": at, "minutes": 10, "stretch_kind": "wall"})
    log_entry(diary, "vitals", {"at": at, "systolic": 128, "diastolic": 82, "pulse": 70})
    log_entry(diary, "vitals", {"at": at, "pulse": 88})
    log_entry(diary, "symptom", {"at": at, "name": "dry mouth", "severity": 3, "note": "n"})
    doc = _export(diary, tmp_path)
    assert doc["_count"] == 10
    obs = _resources(doc, "Observation")
    meds = _resources(doc, "MedicationStatement")
    assert len(meds) == 3
    cramps = [o for o in obs if ("http://snomed.info/sct", "55300003") in _codes(o)]
    assert len(cramps) == 2
    c = cramps[0]
    assert c["bodySite"]["text"] == "Calf, left"
    assert c["bodySite"]["coding"][0]["code"] == "53840002"
    lat = c["bodySite"]["extension"][0]["valueCodeableConcept"]["coding"][0]
    assert (lat["system"], lat["code"]) == ("http://snomed.info/sct", "7771000")
    foot = cramps[1]["bodySite"]
    assert foot["coding"][0]["code"] == "56459004" and "extension" not in foot
    comp = {x["code"]["text"]: x for x in c["component"]}
    assert comp["Severity (0-10)"]["valueInteger"] == 8
    assert comp["Duration"]["valueQuantity"] == {"value": 90, "unit": "s",
                                                 "system": "http://unitsofmeasure.org", "code": "s"}
    assert comp["Woke from sleep"]["valueBoolean"] is True
    assert c["note"][0]["text"] == "ночью 🦵 \"bad\""
    by_name = {m["medicationCodeableConcept"]["text"]: m for m in meds}
    tiz = by_name["tizanidine"]["medicationCodeableConcept"]["coding"][0]
    assert tiz["system"] == "http://www.nlm.nih.gov/research/umls/rxnorm" and tiz["code"] == "57258"
    assert "coding" not in by_name["Mystery Syrup"]["medicationCodeableConcept"]
    assert by_name["Mystery Syrup"]["dosage"][0]["doseAndRate"][0]["doseQuantity"]["code"] == "mL"
    assert by_name["Odd"]["dosage"][0]["doseAndRate"][0]["doseQuantity"] == {"value": 1,
                                                                             "unit": "puff"}
    for m in meds:
        assert m["status"] == "completed"
        assert m["informationSource"] == m["subject"]
    assert not [o for o in obs if ("http://loinc.org", "9000-1") in _codes(o)]
    water = [o for o in obs if ("http://loinc.org", "8999-5") in _codes(o)]
    assert water[0]["code"]["coding"][0]["display"] == "Fluid intake oral Estimated"
    assert water[0]["valueQuantity"]["value"] == 330
    bp = [o for o in obs if ("http://loinc.org", "85354-9") in _codes(o)]
    assert len(bp) == 1
    assert {x["code"]["coding"][0]["code"]: x["valueQuantity"]["value"] for x in bp[0]["component"]} \
        == {"8480-6": 128, "8462-4": 82}
    pulses = [o for o in obs if ("http://loinc.org", "8867-4") in _codes(o)]
    assert sorted(p["valueQuantity"]["value"] for p in pulses) == [70, 88]
    # every resource points at the one patient
    patient_url = next(e["fullUrl"] for e in doc["entry"]
                       if e["resource"]["resourceType"] == "Patient")
    assert all(e["resource"]["subject"]["reference"] == patient_url for e in doc["entry"]
               if e["resource"]["resourceType"] != "Patient")
    assert len({e["fullUrl"] for e in doc["entry"]}) == len(doc["entry"])


def test_demo_sized_diary_validates(diary, tmp_path):
    """A realistic few weeks of every kind (written directly, independent of the demo)."""
    import random

    rnd = random.Random(3)
    start = now_utc() - timedelta(days=40)
    for day in range(40):
        t = start + timedelta(days=day)
        for h in (8, 20):
            log_entry(diary, "dose", {"at": t + timedelta(hours=h), "drug": "tizanidine",
                                      "amount": 2}, with_flags=False)
        if rnd.random() < 0.5:
            log_entry(diary, "cramp", {"at": t + timedelta(hours=3), "muscle": rnd.choice(
                ["calf", "foot", "thigh-back"]), "severity": rnd.randint(2, 9),
                "duration_s": rnd.randint(20, 600), "woke": True}, with_flags=False)
        log_entry(diary, "water", {"at": t + timedelta(hours=10), "ml": 500}, with_flags=False)
    doc = _export(diary, tmp_path, start=date.today() - timedelta(days=20))
    assert 20 * 3 <= doc["_count"] < 40 * 4


def test_patient_name_when_given():
    doc = fhir_bundle([], patient_name="Ana Ñúñez")
    Bundle.model_validate(doc)
    assert doc["entry"][0]["resource"]["name"] == [{"text": "Ana Ñúñez"}]
