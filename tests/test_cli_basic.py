"""Issue 2: logging, listing, editing and deleting through the command line."""

from __future__ import annotations

import json

import pytest


def test_log_every_kind_and_list_json(cli):
    assert cli("log", "cramp", "--at", "2026-03-01T03:10", "--muscle", "calf", "--side", "left",
               "--severity", "7", "--duration", "1h30m", "--woke", "--relief", "stretch,massage",
               "--relief-score", "6", "--trigger", "long walk", "--note", "bad one").rc == 0
    assert cli("log", "dose", "--drug", "Zanaflex", "--amount", "4", "--at", "2026-03-01T08:00",
               "--form", "tablet", "--with-food", "yes").rc == 0
    assert cli("log", "water", "--ml", "250", "--drink", "electrolyte", "--at", "2026-03-01T09:00").rc == 0
    assert cli("log", "stretch", "--minutes", "10", "--kind", "calf wall stretch",
               "--at", "2026-03-01T10:00").rc == 0
    assert cli("log", "vitals", "--systolic", "130", "--diastolic", "85", "--pulse", "72",
               "--at", "2026-03-01T11:00").rc == 0
    assert cli("log", "symptom", "--name", "dry mouth", "--severity", "3",
               "--at", "2026-03-01T12:00").rc == 0
    res = cli("list", "--json")
    assert res.rc == 0
    items = res.json()
    assert [i["kind"] for i in items] == ["cramp", "dose", "water", "stretch", "vitals", "symptom"]
    cramp, dose, water, stretch, vitals, symptom = items
    assert cramp["started_at"] == "2026-03-01T03:10:00+01:00"
    assert cramp["duration_s"] == 5400 and cramp["woke"] is True
    assert cramp["relief"] == "stretch;massage" and cramp["relief_score"] == 6
    assert dose["drug"] == "tizanidine" and dose["amount"] == 4 and dose["with_food"] is True
    assert dose["taken_at"] == "2026-03-01T08:00:00+01:00"
    assert water["ml"] == 250 and water["drink"] == "electrolyte"
    assert stretch["minutes"] == 10 and stretch["stretch_kind"] == "calf wall stretch"
    assert vitals["systolic"] == 130 and vitals["pulse"] == 72
    assert symptom["name"] == "dry-mouth" and symptom["severity"] == 3
    assert len({i["id"] for i in items}) == 6


def test_log_prints_id(cli):
    res = cli("log", "water", "--ml", "300")
    assert res.rc == 0
    assert res.out.splitlines()[0].strip().isdigit()


@pytest.mark.parametrize(
    "argv, field",
    [
        (["log", "cramp", "--muscle", "calf", "--severity", "11"], "severity"),
        (["log", "cramp", "--muscle", "calf", "--severity", "-1"], "severity"),
        (["log", "cramp", "--muscle", "elbow", "--severity", "3"], "muscle"),
        (["log", "cramp", "--muscle", "calf", "--severity", "3", "--duration", "25h"], "duration"),
        (["log", "cramp", "--muscle", "calf", "--severity", "3", "--relief", "prayer"], "relief"),
        (["log", "cramp", "--muscle", "calf", "--severity", "3", "--red-flag", "sneezing"], "red-flag"),
        (["log", "dose", "--drug", "tizanidine", "--amount", "0"], "amount"),
        (["log", "dose", "--drug", "tizanidine", "--amount", "-2"], "amount"),
        (["log", "dose", "--drug", "tizanidine", "--amount", "4", "--form", "spray"], "form"),
        (["log", "water", "--ml", "0"], "ml"),
        (["log", "stretch", "--minutes", "-5"], "minutes"),
        (["log", "vitals", "--systolic", "30", "--diastolic", "20"], "systolic"),
        (["log", "vitals", "--systolic", "120", "--diastolic", "120"], "diastolic"),
        (["log", "vitals", "--pulse", "300"], "pulse"),
        (["log", "symptom", "--name", "nausea", "--severity", "12"], "severity"),
        (["log", "water", "--ml", "200", "--at", "2999-01-01T00:00"], "at"),
        (["log", "water", "--ml", "200", "--at", "yesterday"], "at"),
        (["log", "dose", "--drug", "tizanidine", "--amount", "4", "--note", "x" * 2001], "note"),
    ],
)
def test_refusals_write_nothing(cli, argv, field):
    res = cli(*argv)
    assert res.rc == 2, res.err
    assert field in res.err
    assert "Traceback" not in res.err
    assert cli("list", "--json").json() == []


def test_awkward_text_round_trips(cli):
    text = 'He said "stop"; DROP TABLE entry; -- 日本語 Ελληνικά עברית 🦵\nnew line, comma'
    res = cli("log", "symptom", "--name", text, "--severity", "2", "--note", text)
    assert res.rc == 0
    [item] = cli("list", "--json").json()
    assert item["name"] == text and item["note"] == text


def test_edit_and_delete(cli):
    cli("log", "cramp", "--muscle", "calf", "--severity", "7", "--at", "2026-03-01T03:00")
    [item] = cli("list", "--json").json()
    assert cli("edit", str(item["id"]), "--severity", "4").rc == 0
    assert cli("list", "--json").json()[0]["severity"] == 4
    bad = cli("edit", str(item["id"]), "--ml", "200")
    assert bad.rc == 2 and "ml" in bad.err
    assert cli("edit", "999", "--severity", "4").rc == 2
    assert cli("delete", str(item["id"])).rc == 0
    assert cli("list", "--json").json() == []
    assert cli("delete", str(item["id"])).rc == 2


def test_list_text_and_filters(cli):
    cli("log", "water", "--ml", "200", "--at", "2026-03-01T23:30")
    cli("log", "water", "--ml", "300", "--at", "2026-03-02T00:30")
    cli("log", "stretch", "--minutes", "5", "--at", "2026-03-02T08:00")
    assert len(cli("list", "--json", "--from", "2026-03-02").json()) == 2
    assert len(cli("list", "--json", "--to", "2026-03-01").json()) == 1
    assert len(cli("list", "--json", "--kind", "water").json()) == 2
    text = cli("list").out
    assert "200 ml" in text and "stretching" in text


def test_unknown_drug_kept_as_typed(cli):
    assert cli("log", "dose", "--drug", "Mystery Pill", "--amount", "1", "--unit", "tablet").rc == 0
    [item] = cli("list", "--json").json()
    assert item["drug"] == "Mystery Pill" and item["unit"] == "tablet"


def test_version_and_json_output_is_valid(cli, capsys):
    res = cli("--version")
    assert res.rc == 0
    assert json.loads(cli("list", "--json").out) == []
