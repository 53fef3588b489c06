"""Issue 3 through the command line: warnings, next-dose and the flags printed by log."""

from __future__ import annotations

import pytest

FLAG_KEYS = ["rule", "severity", "title", "message", "at", "first_at", "subject", "entries",
             "source"]
NEXT_KEYS = ["drug", "last_dose_at", "earliest_next_at", "doses_last_24h", "mg_last_24h",
             "mg_left_24h"]


def _dose(cli, at, amount="4", drug="tizanidine", *extra):
    res = cli("log", "dose", "--drug", drug, "--amount", amount, "--at", at, *extra)
    assert res.rc == 0, res.err
    return res


def _id(res) -> int:
    return int(res.out.splitlines()[0])


def test_warnings_json_keys_exactly(cli):
    a = _id(_dose(cli, "2026-03-02T08:00"))
    b = _id(_dose(cli, "2026-03-02T13:29"))
    res = cli("warnings", "--at", "2026-03-02T20:00", "--json")
    assert res.rc == 0
    [f] = res.json()
    assert list(f) == FLAG_KEYS
    assert f["rule"] == "tizanidine.interval" and f["severity"] == "warning"
    assert f["at"] == f["first_at"] == "2026-03-02T13:29:00+01:00"
    assert f["subject"] == "tizanidine"
    assert f["entries"] == [a, b]
    assert isinstance(f["title"], str) and isinstance(f["message"], str)
    assert "Zanaflex" in f["source"]


def test_warnings_text_and_empty(cli):
    res = cli("warnings", "--at", "2026-03-02T20:00")
    assert res.rc == 0 and "No flags" in res.out
    assert cli("warnings", "--at", "2026-03-02T20:00", "--json").json() == []
    _dose(cli, "2026-03-02T08:00")
    _dose(cli, "2026-03-02T09:00")
    res = cli("warnings", "--at", "2026-03-02T20:00")
    assert "WARNING" in res.out and "tizanidine.interval" in res.out


def test_5h30_apart_via_cli_raises_nothing(cli):
    _dose(cli, "2026-03-02T08:00")
    res = _dose(cli, "2026-03-02T13:30")
    assert res.out.strip().isdigit()  # only the id: no flag
    assert cli("warnings", "--at", "2026-03-02T20:00", "--json").json() == []


def test_log_prints_the_flags_its_entry_raised(cli):
    _dose(cli, "2026-03-02T08:00", "8")
    res = _dose(cli, "2026-03-02T10:00", "16")
    lines = res.out.splitlines()
    assert lines[0].isdigit()
    assert any("tizanidine.interval" in ln for ln in lines[1:])
    assert "Source:" in res.out
    res = cli("log", "cramp", "--at", "2026-03-02T11:00", "--muscle", "calf", "--severity", "6",
              "--red-flag", "weakness")
    assert res.rc == 0
    assert "DANGER: red-flag" in res.out and "seek care now" in res.out.lower()


def test_backdated_dose_shows_the_flag_of_a_later_dose(cli):
    later = _id(_dose(cli, "2026-03-02T12:00"))
    res = _dose(cli, "2026-03-02T08:00")  # logged afterwards, taken earlier
    assert "tizanidine.interval" in res.out
    [f] = cli("warnings", "--at", "2026-03-02T20:00", "--json").json()
    assert f["entries"] == [_id(res), later] and f["at"] == "2026-03-02T12:00:00+01:00"


def test_edit_and_delete_are_judged_again(cli):
    a = _id(_dose(cli, "2026-03-02T08:00"))
    b = _id(_dose(cli, "2026-03-02T14:00"))
    assert cli("warnings", "--at", "2026-03-02T20:00", "--json").json() == []
    res = cli("edit", str(b), "--at", "2026-03-02T13:00")
    assert res.rc == 0 and "tizanidine.interval" in res.out
    [f] = cli("warnings", "--at", "2026-03-02T20:00", "--json").json()
    assert f["entries"] == [a, b]
    assert cli("edit", str(b), "--at", "2026-03-02T14:30").rc == 0
    assert cli("warnings", "--at", "2026-03-02T20:00", "--json").json() == []
    c = _id(_dose(cli, "2026-03-02T15:00"))
    assert [f["rule"] for f in cli("warnings", "--at", "2026-03-02T20:00", "--json").json()] \
        == ["tizanidine.interval"]
    assert cli("delete", str(c)).rc == 0
    assert cli("warnings", "--at", "2026-03-02T20:00", "--json").json() == []


def test_dst_spring_forward_via_cli(cli):
    _dose(cli, "2026-03-29T00:30")
    res = _dose(cli, "2026-03-29T06:30")
    assert "tizanidine.interval" in res.out
    [f] = cli("warnings", "--at", "2026-03-29T12:00", "--json").json()
    assert f["at"] == "2026-03-29T06:30:00+02:00"


def test_brand_name_via_cli_and_unknown_drug(cli):
    _dose(cli, "2026-03-02T08:00", "4", "ZANAFLEX")
    _dose(cli, "2026-03-02T09:00", "4", "zanaflex")
    assert [f["rule"] for f in cli("warnings", "--at", "2026-03-02T12:00", "--json").json()] \
        == ["tizanidine.interval"]
    # an unknown name raises only drug.unrecognised, printed once (it begins the episode)
    outs = [_dose(cli, f"2026-03-03T{h}:00", "900", "Mysterium").out for h in ("10", "10", "11")]
    assert "drug.unrecognised" in outs[0]
    assert outs[1].strip().isdigit() and outs[2].strip().isdigit()
    got = cli("warnings", "--at", "2026-03-03T12:00", "--since", "2026-03-03T00:00",
              "--json").json()
    assert [(f["rule"], f["subject"]) for f in got] == [("drug.unrecognised", "Mysterium")]
    assert got[0]["first_at"] == "2026-03-03T10:00:00+01:00"
    assert got[0]["at"] == "2026-03-03T11:00:00+01:00"


def test_warnings_since_and_future_entries(cli):
    _dose(cli, "2026-03-02T08:00")
    _dose(cli, "2026-03-02T10:00")
    assert cli("warnings", "--at", "2026-03-02T09:00", "--json").json() == []
    assert len(cli("warnings", "--at", "2026-03-20T09:00", "--json").json()) == 0
    got = cli("warnings", "--at", "2026-03-20T09:00", "--since", "2026-03-01", "--json").json()
    assert [f["rule"] for f in got] == ["tizanidine.interval"]


# --------------------------------------------------------------------------- next-dose
def test_next_dose_with_no_doses(cli):
    res = cli("next-dose", "tizanidine", "--at", "2026-03-02T12:00", "--json")
    assert res.rc == 0
    info = res.json()
    assert list(info) == NEXT_KEYS
    assert info == {"drug": "tizanidine", "last_dose_at": None, "earliest_next_at": None,
                    "doses_last_24h": 0, "mg_last_24h": 0, "mg_left_24h": 36}
    text = cli("next-dose", "tizanidine", "--at", "2026-03-02T12:00")
    assert text.rc == 0 and "No tizanidine dose" in text.out


def test_next_dose_after_one_dose(cli):
    _dose(cli, "2026-03-02T08:00", "4")
    info = cli("next-dose", "Zanaflex", "--at", "2026-03-02T09:00", "--json").json()
    assert info == {"drug": "tizanidine", "last_dose_at": "2026-03-02T08:00:00+01:00",
                    "earliest_next_at": "2026-03-02T13:30:00+01:00", "doses_last_24h": 1,
                    "mg_last_24h": 4, "mg_left_24h": 32}


def test_next_dose_three_doses_in_24h_waits_for_the_oldest_to_leave(cli):
    for t in ("2026-03-02T06:00", "2026-03-02T12:00", "2026-03-02T18:00"):
        _dose(cli, t, "8")
    info = cli("next-dose", "tizanidine", "--at", "2026-03-02T20:00", "--json").json()
    assert info["earliest_next_at"] == "2026-03-03T04:30:00+01:00"  # 06:00 + 22 h 30 min
    assert info["doses_last_24h"] == 3 and info["mg_last_24h"] == 24
    assert info["mg_left_24h"] == 12
    # a dose at that moment really raises neither interval nor doses-24h
    _dose(cli, "2026-03-03T04:30", "4")
    got = cli("warnings", "--at", "2026-03-03T07:00", "--json").json()
    assert [f["rule"] for f in got] == []
    _dose(cli, "2026-03-03T04:29", "1")
    got = cli("warnings", "--at", "2026-03-03T07:00", "--json").json()
    assert "tizanidine.doses-24h" in [f["rule"] for f in got]


def test_next_dose_a_dose_4h_ago(cli):
    _dose(cli, "2026-03-02T08:00", "4")
    info = cli("next-dose", "tizanidine", "--at", "2026-03-02T12:00", "--json").json()
    assert info["earliest_next_at"] == "2026-03-02T13:30:00+01:00"  # in 1 h 30 min
    text = cli("next-dose", "tizanidine", "--at", "2026-03-02T12:00").out
    assert "in 1 h 30 min" in text and "prescriber" in text and "1 dose," in text


def test_next_dose_across_dst_uses_real_hours(cli):
    _dose(cli, "2026-03-29T00:30", "4")
    info = cli("next-dose", "tizanidine", "--at", "2026-03-29T01:00", "--json").json()
    assert info["earliest_next_at"] == "2026-03-29T07:00:00+02:00"  # 5 h 30 min really later


@pytest.mark.parametrize("name", ["Mysterium", "lisinoprill"])
def test_next_dose_unknown_drug_is_refused(cli, name):
    res = cli("next-dose", name, "--json")
    assert res.rc == 2 and "drug" in res.err


def test_log_prints_its_flags_in_the_same_words_as_warnings(cli):
    cli("log", "dose", "--drug", "tizanidine", "--amount", "4", "--at", "2026-03-01T08:00")
    logged = cli("log", "dose", "--drug", "tizanidine", "--amount", "4", "--at", "2026-03-01T13:00")
    assert logged.rc == 0
    lines = logged.out.splitlines()
    assert lines[0].strip().isdigit()
    flag_text = "\n".join(lines[1:])
    assert "tizanidine.interval" in flag_text
    listed = cli("warnings", "--at", "2026-03-01T14:00")
    assert flag_text in listed.out
