"""CONTRACT v2 through the command line: episodes printed once by log/edit and listed
once by warnings; next-dose v2; medicine add|list|edit|stop; strengths feeding mg."""

from __future__ import annotations

MED_KEYS = ["name", "drug", "dose", "unit", "strength_mg", "form", "with_food", "times",
            "started", "stopped"]


def _log(cli, *args):
    res = cli("log", *args)
    assert res.rc == 0, res.err
    lines = res.out.splitlines()
    return int(lines[0]), "\n".join(lines[1:])


def _dose(cli, at, amount="4", drug="tizanidine", *extra):
    return _log(cli, "dose", "--drug", drug, "--amount", amount, "--at", at, *extra)


def test_statin_note_printed_once_and_listed_once(cli):
    _, first = _dose(cli, "2026-04-01T21:00", "20", "atorvastatin")
    assert "cramp-associated" in first
    for day in range(2, 9):
        _, out = _dose(cli, f"2026-04-0{day}T21:00", "20", "Lipitor")
        assert out == ""  # the same episode: nothing printed again
    got = cli("warnings", "--at", "2026-04-08T22:00", "--json").json()
    assert [(f["rule"], f["subject"]) for f in got] == [("cramp-associated", "atorvastatin")]
    assert got[0]["first_at"] == "2026-04-01T21:00:00+02:00"
    assert got[0]["at"] == "2026-04-08T21:00:00+02:00"
    text = cli("warnings", "--at", "2026-04-08T22:00").out
    first_line = text.splitlines()[0]
    assert first_line.startswith("2026-04-08T21:00:00+02:00") and "INFO" in first_line
    assert "cramp-associated" in first_line
    # 7 days and 1 minute after the last dose: a new episode, printed again
    _, again = _dose(cli, "2026-04-15T21:01", "20", "atorvastatin")
    assert "cramp-associated" in again


def test_interaction_printed_at_its_first_occurrence_only(cli):
    _dose(cli, "2026-04-01T08:00", "4")
    _, out = _dose(cli, "2026-04-01T09:00", "500", "ciprofloxacin HCl")
    assert "DANGER: interaction.contraindicated" in out
    _, out2 = _dose(cli, "2026-04-01T14:00", "4")
    assert "interaction.contraindicated" not in out2
    got = cli("warnings", "--at", "2026-04-01T20:00", "--json").json()
    [f] = [x for x in got if x["rule"] == "interaction.contraindicated"]
    assert f["first_at"] == "2026-04-01T09:00:00+02:00"


def test_edit_and_delete_change_the_flags(cli):
    _dose(cli, "2026-04-01T08:00", "4")
    b, out = _dose(cli, "2026-04-01T13:00", "4")
    assert "tizanidine.interval" in out
    res = cli("edit", str(b), "--at", "2026-04-01T13:30")
    assert res.rc == 0 and res.out.strip() == str(b)  # 5 h 30 min: no flag any more
    assert cli("warnings", "--at", "2026-04-01T20:00", "--json").json() == []
    res = cli("edit", str(b), "--at", "2026-04-01T13:29")
    assert "tizanidine.interval" in res.out
    assert cli("delete", str(b)).rc == 0
    assert cli("warnings", "--at", "2026-04-01T20:00", "--json").json() == []


def test_symptom_stored_as_canonical_and_urgent(cli):
    i, out = _log(cli, "symptom", "--name", "Yellow Eyes!", "--severity", "4",
                  "--at", "2026-04-01T08:00")
    assert "DANGER: symptom.urgent" in out
    [rec] = cli("list", "--kind", "symptom", "--json").json()
    assert rec["name"] == "jaundice" and rec["id"] == i
    _, other = _log(cli, "symptom", "--name", "Itchy elbow", "--severity", "2",
                    "--at", "2026-04-01T09:00")
    assert other == ""
    names = [r["name"] for r in cli("list", "--kind", "symptom", "--json").json()]
    assert names == ["jaundice", "Itchy elbow"]


def test_next_dose_v2_counts(cli):
    for t in ("2026-04-01T08:00", "2026-04-01T14:00", "2026-04-01T21:00"):
        _dose(cli, t, "8")
    info = cli("next-dose", "tizanidine", "--at", "2026-04-02T07:00", "--json").json()
    # 08:00 + 22 h 30 min = 06:30: a dose at 07:00 is fine
    assert info["earliest_next_at"] == "2026-04-02T06:30:00+02:00"
    assert info["doses_last_24h"] == 3 and info["mg_last_24h"] == 24
    # the count window at 07:00 holds only 14:00 and 21:00: 16 mg, so 20 mg are left
    assert info["mg_left_24h"] == 20
    info = cli("next-dose", "tizanidine", "--at", "2026-04-02T08:01", "--json").json()
    assert info["doses_last_24h"] == 2 and info["mg_last_24h"] == 16
    # a dose of exactly mg_left_24h raises no daily-max; a bit more does
    _dose(cli, "2026-04-02T07:00", "16")
    flags = [f["rule"] for f in cli("warnings", "--at", "2026-04-02T07:30", "--json").json()]
    assert "tizanidine.daily-max" not in flags


def test_medicine_commands(cli):
    res = cli("medicine", "add", "Zanaflex capsules", "--dose", "2", "--unit", "capsule",
              "--strength-mg", "4", "--form", "capsule", "--with-food", "yes",
              "--times", "08:00,14:00,21:00", "--started", "2026-03-01")
    assert res.rc == 0, res.err
    dup = cli("medicine", "add", "tizanidine 4 mg")
    assert dup.rc == 2 and "name" in dup.err
    [m] = cli("medicine", "list", "--json").json()
    assert list(m) == MED_KEYS
    assert m == {"name": "tizanidine", "drug": "tizanidine", "dose": 2, "unit": "capsule",
                 "strength_mg": 4, "form": "capsule", "with_food": True,
                 "times": ["08:00", "14:00", "21:00"], "started": "2026-03-01", "stopped": None}
    # with the strength, capsules count as mg: 5 capsules = 20 mg, above the single dose
    _, out = _dose(cli, "2026-04-01T08:00", "5", "tizanidine", "--unit", "capsule")
    assert "tizanidine.single-dose" in out and "unit-unchecked" not in out
    assert cli("medicine", "edit", "tizanidine", "--strength-mg", "2").rc == 0
    assert cli("medicine", "list", "--json").json()[0]["strength_mg"] == 2
    bad = cli("medicine", "edit", "tizanidine", "--strength-mg", "-1")
    assert bad.rc == 2 and "strength-mg" in bad.err
    stop = cli("medicine", "stop", "Zanaflex", "--on", "2026-04-10")
    assert stop.rc == 0
    assert "prescriber" in stop.out and "4 mg a day" in stop.out
    assert "stop taking" not in stop.out.lower()
    [m] = cli("medicine", "list", "--json").json()
    assert m["stopped"] == "2026-04-10"
    # stopped: a new current medicine for the drug may be added again
    assert cli("medicine", "add", "tizanidine").rc == 0
    plain = cli("medicine", "add", "atorvastatin", "--dose", "20")
    assert plain.rc == 0
    stop2 = cli("medicine", "stop", "atorvastatin")
    assert stop2.rc == 0 and "prescriber" not in stop2.out  # no withdrawal marker


def test_medicine_refusals_write_nothing(cli):
    for args, field in ((["--unit", "spoon"], "unit"), (["--times", "8 o'clock"], "times"),
                        (["--with-food", "maybe"], "with-food"), (["--dose", "0"], "dose")):
        res = cli("medicine", "add", "baclofen", *args)
        assert res.rc == 2 and field in res.err, (args, res.err)
    assert cli("medicine", "list", "--json").json() == []
    res = cli("medicine", "stop", "baclofen")
    assert res.rc == 2 and "name" in res.err


def test_caution_from_the_persons_profile(cli):
    _, out = _dose(cli, "2026-04-01T08:00", "4")
    assert "caution" not in out
    res = cli("person", "edit", "me", "--condition", "liver", "--birth-year", "1950")
    assert res.rc == 0, res.err
    # the profile holds for the dose already logged: the episodes began at 08:00
    got = cli("warnings", "--at", "2026-04-01T09:00", "--json").json()
    subjects = sorted(f["subject"] for f in got if f["rule"] == "tizanidine.caution")
    assert subjects == ["tizanidine+age-65", "tizanidine+liver"]
    _, again = _dose(cli, "2026-04-01T14:00", "4")
    assert "caution" not in again  # the same episodes: not printed again
    _, later = _dose(cli, "2026-04-08T14:01", "4")  # more than 7 days later: new episodes
    assert "WARNING: tizanidine.caution" in later
