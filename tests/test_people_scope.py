"""CONTRACT section 7: every command reads and writes one person's diary (``--person``,
``CRAMPDIARY_PERSON``, else the default), and people are kept apart everywhere."""

from __future__ import annotations

import json
import sqlite3

import pytest

from crampdiary import paths


def _db() -> sqlite3.Connection:
    return sqlite3.connect(paths.db_path())


def _ids(res) -> list[int]:  # type: ignore[no-untyped-def]
    assert res.rc == 0, res.err
    return [e["id"] for e in res.json()]


@pytest.fixture
def two(cli):  # type: ignore[no-untyped-def]
    """me: a water and a cramp; Mum (born 1950): two tizanidine doses 1 h apart."""
    assert cli("person", "add", "Mum", "--birth-year", "1950").rc == 0
    ids = {}
    ids["me_water"] = int(cli("log", "water", "--ml", "250", "--at", "2026-11-30T07:00").out
                          .split()[0])
    ids["me_cramp"] = int(cli("log", "cramp", "--muscle", "calf", "--severity", "6",
                              "--at", "2026-11-30T03:00").out.split()[0])
    for t in ("08:00", "09:00"):
        res = cli("--person", "Mum", "log", "dose", "--drug", "tizanidine", "--amount", "4",
                  "--at", f"2026-11-30T{t}")
        assert res.rc == 0, res.err
        ids.setdefault("mum_doses", []).append(int(res.out.split()[0]))
    return ids


def test_list_is_per_person_and_ids_unique_across_the_file(cli, two, monkeypatch):
    mine = _ids(cli("list", "--json"))
    mums = _ids(cli("--person", "mum", "list", "--json"))  # names without regard to case
    assert sorted(mine) == sorted([two["me_water"], two["me_cramp"]])
    assert mums == two["mum_doses"]
    assert not set(mine) & set(mums)
    assert len({*mine, *mums}) == 4
    monkeypatch.setenv("CRAMPDIARY_PERSON", "Mum")
    assert _ids(cli("list", "--json")) == mums
    assert sorted(_ids(cli("--person", "me", "list", "--json"))) == sorted(mine)  # flag wins
    monkeypatch.delenv("CRAMPDIARY_PERSON")
    # a later run without --person is back to the default person
    assert sorted(_ids(cli("list", "--json"))) == sorted(mine)
    counts = {p["name"]: p["entries"] for p in cli("person", "list", "--json").json()}
    assert counts == {"me": 2, "Mum": 2}


@pytest.mark.parametrize("args", [
    ("log", "water", "--ml", "100"),
    ("list",),
    ("warnings",),
    ("next-dose", "tizanidine"),
    ("insights",),
    ("medicine", "add", "baclofen"),
    ("medicine", "list"),
])
def test_unknown_person_is_refused_and_nothing_written(cli, two, args, monkeypatch):
    with _db() as con:
        before = con.execute("SELECT COUNT(*) FROM entry").fetchone()[0]
    res = cli("--person", "Nobody", *args)
    assert res.rc == 2
    assert "person:" in res.err and "Nobody" in res.err
    monkeypatch.setenv("CRAMPDIARY_PERSON", "Nobody")
    res = cli(*args)
    assert res.rc == 2 and "person:" in res.err
    with _db() as con:
        assert con.execute("SELECT COUNT(*) FROM entry").fetchone()[0] == before
        assert con.execute("SELECT COUNT(*) FROM medicine").fetchone()[0] == 0


def test_edit_and_delete_of_another_persons_entry_are_refused(cli, two):
    dose = two["mum_doses"][0]
    for args in (("edit", str(dose), "--amount", "2"), ("delete", str(dose))):
        res = cli(*args)
        assert res.rc == 2
        assert "id:" in res.err and "Mum" in res.err, res.err
    res = cli("--person", "Mum", "edit", str(two["me_cramp"]), "--severity", "1")
    assert res.rc == 2 and "id:" in res.err and "belongs to me" in res.err
    # unchanged
    got = {e["id"]: e for e in cli("--person", "Mum", "list", "--json").json()}
    assert got[dose]["amount"] == 4
    assert two["me_cramp"] in _ids(cli("list", "--json"))
    # the owner may
    assert cli("--person", "Mum", "edit", str(dose), "--amount", "2").rc == 0
    assert cli("--person", "Mum", "delete", str(dose)).rc == 0
    assert _ids(cli("--person", "Mum", "list", "--json")) == [two["mum_doses"][1]]
    # an id no one has is still "no such entry"
    res = cli("delete", "999")
    assert res.rc == 2 and "no entry 999" in res.err


def test_warnings_and_next_dose_are_per_person(cli, two):
    at = ("--at", "2026-11-30T12:00")
    mum = cli("--person", "Mum", "warnings", *at, "--json").json()
    assert "tizanidine.interval" in {f["rule"] for f in mum}
    assert all(set(f["entries"]) <= set(two["mum_doses"]) for f in mum)
    mine = cli("warnings", *at, "--json").json()
    assert not any(set(f["entries"]) & set(two["mum_doses"]) for f in mine)
    assert "tizanidine.interval" not in {f["rule"] for f in mine}
    nd_mum = cli("--person", "Mum", "next-dose", "tizanidine", *at, "--json").json()
    assert nd_mum["doses_last_24h"] == 2 and nd_mum["mg_last_24h"] == 8
    nd_me = cli("next-dose", "tizanidine", *at, "--json").json()
    assert nd_me["doses_last_24h"] == 0 and nd_me["last_dose_at"] is None


def test_caution_from_conditions_and_age_through_the_cli(cli):
    assert cli("person", "add", "Dad", "--birth-year", "1961").rc == 0  # 65 in 2026
    assert cli("person", "add", "Kid", "--birth-year", "1962").rc == 0  # 64 in 2026
    assert cli("person", "add", "Plain").rc == 0
    # no profile: no caution
    res = cli("--person", "Plain", "log", "dose", "--drug", "tizanidine", "--amount", "2",
              "--at", "2026-11-30T08:00")
    assert res.rc == 0 and "tizanidine.caution" not in res.out
    assert cli("person", "edit", "me", "--condition", "liver").rc == 0
    res = cli("log", "dose", "--drug", "tizanidine", "--amount", "2", "--at", "2026-11-30T16:00")
    assert "tizanidine.caution" in res.out
    flags = cli("warnings", "--at", "2026-11-30T17:00", "--json").json()
    assert {f["subject"] for f in flags if f["rule"] == "tizanidine.caution"} == {
        "tizanidine+liver"}
    # the liver condition is me's only: Dad's dose raises the age caution, Kid's nothing
    for who, want in (("Dad", {"tizanidine+age-65"}), ("Kid", set())):
        res = cli("--person", who, "log", "dose", "--drug", "tizanidine", "--amount", "2",
                  "--at", "2026-11-30T08:00")
        assert res.rc == 0, res.err
        flags = cli("--person", who, "warnings", "--at", "2026-11-30T09:00", "--json").json()
        assert {f["subject"] for f in flags if f["rule"] == "tizanidine.caution"} == want
    # after the condition is removed, me's doses raise none
    assert cli("person", "edit", "me", "--no-conditions").rc == 0
    flags = cli("warnings", "--at", "2026-11-30T17:00", "--json").json()
    assert "tizanidine.caution" not in {f["rule"] for f in flags}


def test_medicines_are_per_person(cli):
    assert cli("person", "add", "Mum").rc == 0
    assert cli("medicine", "add", "tizanidine", "--dose", "4", "--strength-mg", "4").rc == 0
    # the same drug for another person is fine; a second current one for me is not
    assert cli("--person", "Mum", "medicine", "add", "Zanaflex", "--dose", "2",
               "--strength-mg", "2").rc == 0
    res = cli("medicine", "add", "tizanidine")
    assert res.rc == 2 and "name:" in res.err
    mine = cli("medicine", "list", "--json").json()
    mums = cli("--person", "Mum", "medicine", "list", "--json").json()
    assert [(m["drug"], m["strength_mg"]) for m in mine] == [("tizanidine", 4)]
    assert [(m["drug"], m["strength_mg"]) for m in mums] == [("tizanidine", 2)]
    assert cli("--person", "Mum", "medicine", "stop", "tizanidine", "--on", "2026-11-01").rc == 0
    assert cli("medicine", "list", "--json").json()[0]["stopped"] is None
    assert cli("--person", "Mum", "medicine", "list", "--json").json()[0]["stopped"] \
        == "2026-11-01"
    assert cli("--person", "Mum", "medicine", "edit", "tizanidine", "--dose", "1").rc == 0
    assert cli("medicine", "list", "--json").json()[0]["dose"] == 4
    # strengths per person: 3 tablets are 12 mg for me, 6 mg for Mum
    for who, mg in (("me", 12), ("Mum", 6)):
        assert cli("--person", who, "log", "dose", "--drug", "tizanidine", "--amount", "3",
                   "--unit", "tablet", "--at", "2026-11-30T08:00").rc == 0
        nd = cli("--person", who, "next-dose", "tizanidine", "--at", "2026-11-30T09:00",
                 "--json").json()
        assert nd["mg_last_24h"] == mg, (who, nd)


def test_remove_person_takes_their_medicine_list(cli):
    assert cli("person", "add", "Gran").rc == 0
    assert cli("--person", "Gran", "medicine", "add", "baclofen").rc == 0
    assert cli("medicine", "add", "baclofen").rc == 0
    assert cli("person", "remove", "Gran").rc == 0
    with _db() as con:
        assert con.execute("SELECT COUNT(*) FROM medicine").fetchone()[0] == 1
    assert [m["name"].lower() for m in cli("medicine", "list", "--json").json()] == ["baclofen"]


def test_insights_are_per_person(cli, two):
    def episodes(*who: str) -> dict[str, int]:
        res = cli(*who, "insights", "--json")
        assert res.rc == 0, res.err
        return {f["id"]: f["n"] for f in res.json()}

    mine, mums = episodes(), episodes("--person", "Mum")
    assert mine != mums
    # Mum has no cramps and no water: nothing counted from me's entries
    assert mums.get("water-same-day") == 0
    for _ in range(3):
        assert cli("log", "cramp", "--muscle", "calf", "--severity", "3",
                   "--at", "2026-11-29T03:00").rc == 0
    assert episodes("--person", "Mum") == mums


def test_report_carries_the_persons_name(cli, two, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "mum.pdf"
    assert cli("--person", "Mum", "report", "--out", out).rc == 0
    pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
    assert pages and all("Mum" in p for p in pages)
    text = " ".join(pages)
    assert "tizanidine" in text.lower()
    # --name wins; the untouched "me" prints no name
    out2 = tmp_path / "named.pdf"
    assert cli("--person", "Mum", "report", "--out", out2, "--name", "Ada Lovelace").rc == 0
    assert "Ada Lovelace" in PdfReader(str(out2)).pages[0].extract_text()
    out3 = tmp_path / "me.pdf"
    assert cli("report", "--out", out3).rc == 0
    reader = PdfReader(str(out3))
    assert not any("Mum" in (p.extract_text() or "") for p in reader.pages)
    assert (reader.metadata or {}).get("/Author", "") == ""


def test_exports_are_per_person(cli, two, tmp_path):
    doc = tmp_path / "mum.json"
    assert cli("--person", "Mum", "export", "--format", "json", "--out", doc).rc == 0
    data = json.loads(doc.read_text())
    assert sorted(e["id"] for e in data["entries"]) == sorted(two["mum_doses"])
    folder = tmp_path / "csv"
    assert cli("export", "--format", "csv", "--out", folder).rc == 0
    text = "".join(p.read_text() for p in folder.glob("*.csv"))
    assert "tizanidine" not in text and "250" in text

    def patient(*args: str) -> dict:
        out = tmp_path / "f.json"
        assert cli(*args, "export", "--format", "fhir", "--out", out).rc == 0
        bundle = json.loads(out.read_text())
        res = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
        assert len(res) == 1
        others = [e for e in bundle["entry"] if e["resource"]["resourceType"] != "Patient"]
        return {"patient": res[0], "n": len(others)}

    mum1, mum2 = patient("--person", "Mum"), patient("--person", "Mum")
    me = patient()
    assert mum1["patient"] == mum2["patient"]  # stable across exports
    assert mum1["patient"]["resource"]["name"] == [{"text": "Mum"}]
    assert "name" not in me["patient"]["resource"]
    ident_mum = mum1["patient"]["resource"]["identifier"][0]["value"]
    ident_me = me["patient"]["resource"]["identifier"][0]["value"]
    assert ident_mum == "person-2" and ident_me == "patient"  # the first person: as before
    assert mum1["patient"]["fullUrl"] != me["patient"]["fullUrl"]
    assert mum1["n"] == 2 and me["n"] == 2


def test_import_goes_to_the_chosen_person_and_checks_presence_per_person(cli, two, tmp_path):
    doc = tmp_path / "me.json"
    assert cli("export", "--format", "json", "--out", doc).rc == 0
    res = cli("import", doc)  # into me: everything is already there
    assert res.rc == 0, res.err
    assert sorted(_ids(cli("list", "--json"))) == sorted([two["me_water"], two["me_cramp"]])
    assert cli("person", "add", "Dad").rc == 0
    res = cli("--person", "Dad", "import", doc)  # into Dad: all new, with new ids
    assert res.rc == 0, res.err
    dads = cli("--person", "Dad", "list", "--json").json()
    assert sorted(e["kind"] for e in dads) == ["cramp", "water"]
    assert not {e["id"] for e in dads} & {two["me_water"], two["me_cramp"], *two["mum_doses"]}
    assert len(_ids(cli("list", "--json"))) == 2
    assert len(_ids(cli("--person", "Mum", "list", "--json"))) == 2
    # a second import into Dad adds nothing
    assert cli("--person", "Dad", "import", doc).rc == 0
    assert len(cli("--person", "Dad", "list", "--json").json()) == 2


def test_backup_and_restore_cover_everyone(cli, two, tmp_path):
    out = tmp_path / "all.db"
    assert cli("backup", "--out", out).rc == 0, "backup"
    assert cli("--person", "Mum", "delete", str(two["mum_doses"][0])).rc == 0
    assert cli("delete", str(two["me_water"])).rc == 0
    res = cli("restore", out)
    assert res.rc == 0, res.err
    assert len(_ids(cli("list", "--json"))) == 2
    assert _ids(cli("--person", "Mum", "list", "--json")) == two["mum_doses"]


def test_storage_refuses_a_connection_without_a_person(diary):
    from crampdiary.core.storage import entries
    from crampdiary.core.storage.people import NoPerson

    con = sqlite3.connect(diary.path)
    try:
        with pytest.raises(NoPerson):
            entries.count(con)
        with pytest.raises(NoPerson):
            entries.query(con, "cramp")
    finally:
        con.close()


def test_diary_use_person_switches_every_read(diary):
    from crampdiary.core import people
    from crampdiary.core import use_cases as uc
    from crampdiary.core.errors import InputError

    with diary.sql_write() as con:
        people.add_person(con, "Mum")
    a = uc.log_entry(diary, "water", {"at": "2026-11-30T08:00:00+01:00", "ml": 100}).id
    diary.use_person("Mum")
    b = uc.log_entry(diary, "water", {"at": "2026-11-30T08:00:00+01:00", "ml": 100}).id
    assert [r.id for r in uc.list_entries(diary)] == [b]
    assert uc.count_entries(diary) == 1
    with pytest.raises(InputError) as exc:
        uc.delete_entry(diary, a)
    assert exc.value.field == "id"
    with pytest.raises(InputError) as exc:
        diary.use_person("nobody")
    assert exc.value.field == "person"
    assert diary.person.name == "Mum"  # unchanged by the refused switch
    diary.use_person(None)
    assert [r.id for r in uc.list_entries(diary)] == [a]


@pytest.mark.parametrize("sql, words", [
    ("UPDATE entry SET person_id = 99", "entry row"),
    ("UPDATE medicine SET person_id = 42", "medicine row 1 has no person"),
    ("UPDATE person SET name = 'ME' WHERE name = 'Mum'", "two people are called"),
])
def test_restore_refuses_rows_of_no_person_and_twin_names(cli, two, tmp_path, sql, words):
    assert cli("medicine", "add", "baclofen").rc == 0
    out = tmp_path / "b.db"
    assert cli("backup", "--out", out).rc == 0
    con = sqlite3.connect(out)
    con.execute(sql)
    con.commit()
    con.close()
    res = cli("restore", out)
    assert res.rc == 2, res.err
    assert words in res.err
    assert len(_ids(cli("--person", "Mum", "list", "--json"))) == 2


def test_imported_medicines_go_to_the_chosen_person(cli, two, tmp_path):
    assert cli("--person", "Mum", "medicine", "add", "tizanidine", "--dose", "4").rc == 0
    doc = tmp_path / "mum.json"
    assert cli("--person", "Mum", "export", "--format", "json", "--out", doc).rc == 0
    assert cli("person", "add", "Dad").rc == 0
    res = cli("--person", "Dad", "import", doc)
    assert res.rc == 0, res.err
    assert [m["drug"] for m in cli("--person", "Dad", "medicine", "list", "--json").json()] \
        == ["tizanidine"]
    assert cli("medicine", "list", "--json").json() == []
    # Mum's list already has it: importing her own export into her diary adds none
    assert cli("--person", "Mum", "import", doc).rc == 0
    assert len(cli("--person", "Mum", "medicine", "list", "--json").json()) == 1


def test_people_are_kept_apart_in_an_encrypted_diary(cli, monkeypatch):
    """SQLCipher's connection carries the person like sqlite3's (the same scoped class)."""
    from crampdiary.core import crypto

    monkeypatch.setenv(crypto.ENV_TEST_FAST_KDF, "1")
    monkeypatch.setattr(crypto, "prompt", lambda label: None)
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "correct horse battery staple")
    crypto.lock()
    try:
        assert cli("person", "add", "Mum").rc == 0
        assert cli("log", "water", "--ml", "200").rc == 0
        res = cli("encrypt")
        assert res.rc == 0, res.err
        crypto.lock()
        res = cli("--person", "Mum", "log", "water", "--ml", "300")
        assert res.rc == 0, res.err
        assert [e["ml"] for e in cli("--person", "Mum", "list", "--json").json()] == [300]
        assert [e["ml"] for e in cli("list", "--json").json()] == [200]
        assert cli("--person", "Mum", "medicine", "add", "baclofen").rc == 0
        assert cli("medicine", "list", "--json").json() == []
        from crampdiary.core.db import open_diary

        with open_diary(person="Mum") as d, d.sql_read() as con:
            assert type(con).__name__ != "ScopedConnection"  # SQLCipher's, wrapped
            assert con.person_id == d.person_id
    finally:
        crypto.lock()
