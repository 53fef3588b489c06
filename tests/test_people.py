"""CONTRACT section 7, people: the person commands and their refusals."""

from __future__ import annotations

import pytest


def test_new_diary_has_me_as_default(cli):
    res = cli("person", "list", "--json")
    assert res.rc == 0, res.err
    assert res.json() == [{"name": "me", "birth_year": None, "conditions": [], "default": True,
                           "entries": 0}]


def test_add_edit_default_and_list(cli):
    assert cli("person", "add", "Mum", "--birth-year", "1948", "--condition", "kidney",
               "--condition", "liver").rc == 0
    got = cli("person", "list", "--json").json()
    assert got[1] == {"name": "Mum", "birth_year": 1948, "conditions": ["liver", "kidney"],
                      "default": False, "entries": 0}
    assert cli("person", "edit", "mum", "--rename", "Mother", "--no-conditions",
               "--default").rc == 0
    got = cli("person", "list", "--json").json()
    assert [(p["name"], p["default"], p["conditions"]) for p in got] == [
        ("me", False, []), ("Mother", True, [])]
    text = cli("person", "list").out
    assert "Mother" in text and "0 entries" in text


@pytest.mark.parametrize("args, field", [
    (("person", "add", "ME"), "name"),           # names are unique without regard to case
    (("person", "add", " "), "name"),
    (("person", "add", "x" * 101), "name"),
    (("person", "add", "Dad", "--birth-year", "1850"), "birth_year"),
    (("person", "add", "Dad", "--birth-year", "19x0"), "birth_year"),
    (("person", "add", "Dad", "--condition", "diabetes"), "condition"),
    (("person", "edit", "nobody", "--birth-year", "1950"), "name"),
    (("person", "remove", "me"), "name"),        # the last person stays
])
def test_refusals_name_the_field_and_write_nothing(cli, args, field):
    before = cli("person", "list", "--json").json()
    res = cli(*args)
    assert res.rc == 2
    assert f"refused: {field}:" in res.err
    assert cli("person", "list", "--json").json() == before


def test_remove_refused_while_the_person_has_entries(cli, data_dir):
    import sqlite3

    assert cli("person", "add", "Dad").rc == 0
    assert cli("log", "water", "--ml", "200").rc == 0
    con = sqlite3.connect(data_dir / "diary.sqlite3")
    con.execute("UPDATE entry SET person_id = (SELECT id FROM person WHERE name = 'Dad')")
    con.commit()
    con.close()
    res = cli("person", "remove", "Dad")
    assert res.rc == 2 and "refused: name:" in res.err
    assert [p["entries"] for p in cli("person", "list", "--json").json()] == [0, 1]
    assert cli("person", "add", "Gran").rc == 0
    assert cli("person", "remove", "gran").rc == 0
    assert [p["name"] for p in cli("person", "list", "--json").json()] == ["me", "Dad"]


def test_removing_the_default_makes_another_the_default(cli):
    assert cli("person", "add", "Dad").rc == 0
    assert cli("person", "edit", "Dad", "--default").rc == 0
    assert cli("person", "remove", "Dad").rc == 0
    assert cli("person", "list", "--json").json()[0]["default"] is True
