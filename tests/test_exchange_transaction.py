"""Issue 14, FHIR: both bundle types validate (fhir.resources R4B), identifiers are unique
and tied to the diary, the Patient is stable, and a transaction loaded twice into a
small FHIR store that honours ifNoneExist and conditional PUT adds nothing the second
time."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
from fhir.resources.R4B.bundle import Bundle

from crampdiary.core.exchange import diary_uuid, export
from crampdiary.core.timeutil import now_utc
from crampdiary.core.use_cases import delete_entry, log_entry
from crampdiary.core.vocab import MUSCLES


def _fill(diary) -> None:  # type: ignore[no-untyped-def]
    at = now_utc() - timedelta(days=2)
    for i, m in enumerate(MUSCLES):
        log_entry(diary, "cramp", {"at": at + timedelta(minutes=i), "muscle": m,
                                   "side": ("left", "right", "both", None)[i % 4],
                                   "severity": i % 11}, with_flags=False)
    log_entry(diary, "dose", {"at": at, "drug": "tizanidine", "amount": 2, "form": "tablet"},
              with_flags=False)
    log_entry(diary, "dose", {"at": at, "drug": "Mystery", "amount": 1, "unit": "tablet"},
              with_flags=False)
    log_entry(diary, "water", {"at": at, "ml": 250}, with_flags=False)
    log_entry(diary, "stretch", {"at": at, "minutes": 5}, with_flags=False)
    for k in range(3):
        log_entry(diary, "vitals", {"at": at + timedelta(hours=k), "systolic": 120 + k,
                                    "diastolic": 80, "pulse": 60 + k}, with_flags=False)
    log_entry(diary, "symptom", {"at": at, "name": "dizzy", "severity": 2}, with_flags=False)


def _bundle(diary, tmp_path, **kw) -> dict:  # type: ignore[no-untyped-def]
    out = tmp_path / f"b-{uuid.uuid4().hex}.json"
    export(diary, "fhir", out, **kw)
    doc = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(doc)
    return doc


@pytest.mark.parametrize("bundle", ["collection", "transaction"])
def test_both_bundle_types_validate_with_unique_diary_identifiers(diary, tmp_path, bundle):
    _fill(diary)
    doc = _bundle(diary, tmp_path, bundle=bundle, name="Ana Ñúñez")
    assert doc["type"] == bundle
    system = f"urn:uuid:{diary_uuid(diary)}"
    idents = [(i["system"], i["value"]) for e in doc["entry"]
              for i in e["resource"]["identifier"]]
    assert len(idents) == len(doc["entry"]) == len(set(idents))
    assert {s for s, _ in idents} == {system}
    values = {v for _, v in idents}
    vit = [v for v in values if v.endswith(("-bp", "-pulse"))]
    assert len(vit) == 6  # three vitals entries, blood pressure and pulse each
    assert len({e["fullUrl"] for e in doc["entry"]}) == len(doc["entry"])
    patient = doc["entry"][0]["resource"]
    assert patient["resourceType"] == "Patient" and patient["name"] == [{"text": "Ana Ñúñez"}]


def test_transaction_requests(diary, tmp_path):
    _fill(diary)
    doc = _bundle(diary, tmp_path, bundle="transaction")
    system = f"urn:uuid:{diary_uuid(diary)}"
    p = doc["entry"][0]
    assert p["request"] == {"method": "PUT", "url": f"Patient?identifier={system}|patient"}
    for e in doc["entry"][1:]:
        req, res = e["request"], e["resource"]
        assert req["method"] == "POST" and req["url"] == res["resourceType"]
        ident = res["identifier"][0]
        assert req["ifNoneExist"] == f"identifier={ident['system']}|{ident['value']}"
    collection = _bundle(diary, tmp_path)
    assert all("request" not in e for e in collection["entry"])


def test_two_exports_give_the_same_patient_and_a_new_diary_another(diary, tmp_path, data_dir,
                                                                   monkeypatch):
    _fill(diary)
    a = _bundle(diary, tmp_path)
    b = _bundle(diary, tmp_path, bundle="transaction")
    c = _bundle(diary, tmp_path)
    pa, pc = a["entry"][0], c["entry"][0]
    assert pa == pc  # same id, identifier and full URL
    assert pa["resource"]["id"] == diary_uuid(diary)
    assert b["entry"][0]["fullUrl"] == pa["fullUrl"]
    assert b["entry"][0]["resource"]["identifier"] == pa["resource"]["identifier"]
    assert a["identifier"] != c["identifier"]  # each export is its own bundle
    # the diary UUID is made once and kept
    with diary.sql_read() as con:
        rows = con.execute("SELECT value FROM meta WHERE key = 'diary_uuid'").fetchall()
    assert len(rows) == 1 and rows[0][0] == diary_uuid(diary)
    from crampdiary.core.db import open_diary

    other = open_diary(data_dir / "other.sqlite3")
    try:
        assert diary_uuid(other) != diary_uuid(diary)
    finally:
        other.close()


def test_all_fourteen_muscles_have_checked_codes_and_laterality(diary, tmp_path):
    _fill(diary)
    doc = _bundle(diary, tmp_path)
    cramps = [e["resource"] for e in doc["entry"]
              if e["resource"].get("code", {}).get("coding", [{}])[0].get("code") == "55300003"]
    assert len(cramps) == 14
    coded = [c for c in cramps if c["bodySite"].get("coding")]
    assert len(coded) == 13  # "other" keeps its text only
    for c in cramps:
        assert c["bodySite"]["text"]
        for cod in c["bodySite"].get("coding", []):
            assert cod["system"] == "http://snomed.info/sct" and cod["code"].isdigit()
    lats = {c["bodySite"]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"]
            for c in cramps if "extension" in c["bodySite"]}
    assert lats == {"7771000", "24028007", "51440002"}


class FhirStore:
    """Just enough of a FHIR server's transaction handling to count what it creates."""

    def __init__(self) -> None:
        self.resources: dict[str, list[dict]] = {}
        self.created = 0

    def _find(self, rtype: str, query: str) -> list[dict]:
        ident = parse_qs(query)["identifier"][0]
        system, value = ident.rsplit("|", 1)
        return [r for r in self.resources.get(rtype, [])
                if any(i["system"] == system and i["value"] == value
                       for i in r.get("identifier", []))]

    def load(self, bundle: dict) -> None:
        assert bundle["type"] == "transaction"
        for e in bundle["entry"]:
            req, res = e["request"], e["resource"]
            if req["method"] == "PUT":
                rtype, query = req["url"].split("?", 1)
                found = self._find(rtype, query)
                assert len(found) <= 1
                if found:
                    found[0].clear()
                    found[0].update(res)
                else:
                    self.resources.setdefault(rtype, []).append(dict(res))
                    self.created += 1
            else:
                assert req["method"] == "POST"
                if self._find(req["url"], req["ifNoneExist"]):
                    continue
                self.resources.setdefault(req["url"], []).append(dict(res))
                self.created += 1


def test_transaction_loaded_twice_adds_nothing_the_second_time(diary, tmp_path):
    _fill(diary)
    store = FhirStore()
    doc = _bundle(diary, tmp_path, bundle="transaction")
    store.load(doc)
    first = store.created
    assert first == len(doc["entry"])
    store.load(_bundle(diary, tmp_path, bundle="transaction"))
    assert store.created == first
    # a new entry later: only it is added; a deleted one is not resurrected or duplicated
    log_entry(diary, "water", {"at": now_utc() - timedelta(hours=1), "ml": 100},
              with_flags=False)
    store.load(_bundle(diary, tmp_path, bundle="transaction"))
    assert store.created == first + 1
    assert len(store.resources["Patient"]) == 1


def test_two_vitals_entries_never_share_an_identifier(diary, tmp_path):
    at = now_utc() - timedelta(days=1)
    a = log_entry(diary, "vitals", {"at": at, "systolic": 120, "diastolic": 80, "pulse": 60},
                  with_flags=False)
    delete_entry(diary, a.id)
    log_entry(diary, "vitals", {"at": at, "systolic": 121, "diastolic": 80, "pulse": 61},
              with_flags=False)
    doc = _bundle(diary, tmp_path, bundle="transaction")
    vals = [e["resource"]["identifier"][0]["value"] for e in doc["entry"][1:]]
    assert sorted(vals) == [f"{a.id + 1}-bp", f"{a.id + 1}-pulse"]


def test_cli_export_options(cli, tmp_path):
    assert cli("log", "water", "--ml", "200").rc == 0
    out = tmp_path / "t.json"
    r = cli("export", "--format", "fhir", "--bundle", "transaction", "--name", "Jo", "--out", out)
    assert r.rc == 0, r.err
    doc = json.loads(out.read_text())
    assert doc["type"] == "transaction" and doc["entry"][0]["resource"]["name"] == [{"text": "Jo"}]
    r = cli("export", "--format", "fhir", "--bundle", "batch", "--out", out)
    assert r.rc == 2 and "bundle" in r.err
    r = cli("export", "--format", "json", "--bundle", "transaction", "--out", tmp_path / "x")
    assert r.rc == 2 and "bundle" in r.err
    r = cli("export", "--format", "fhir", "--name", "bad\x1bname", "--out", out)
    assert r.rc == 2 and "name" in r.err


def test_control_characters_of_older_entries_never_reach_fhir_strings(diary, tmp_path):
    at = now_utc() - timedelta(days=1)
    with diary.sql_write() as con:  # as an older version let it in
        con.execute("INSERT INTO entry (kind, at, created_at, updated_at) VALUES "
                    "('symptom', ?, ?, ?)", (at.strftime("%Y-%m-%d %H:%M:%S.%f"),) * 3)
        eid = con.execute("SELECT max(id) FROM entry").fetchone()[0]
        con.execute("INSERT INTO symptom (id, name, severity, note) VALUES (?, ?, 2, ?)",
                    (eid, "ring\x07bell", "esc\x1b[31m red"))
    text = json.dumps(_bundle(diary, tmp_path), ensure_ascii=True)
    assert "\\u0007" not in text and "\\u001b" not in text and "\\ufffd" in text
