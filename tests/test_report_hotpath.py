"""Issue 16: the command line's hot path imports only what it needs (not timed).

In a fresh interpreter, ``log``, ``edit``, ``delete``, ``list``, ``warnings`` and
``next-dose`` run without importing SQLAlchemy, SQLModel, numpy, Qt, matplotlib or
pydantic (input validation is plain Python, so no schema is built for any kind),
and ``list --json`` prints exactly what ``json.dumps(..., indent=2)`` would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "sqlmodel", "numpy", "scipy", "PySide6", "shiboken6", "matplotlib",
         "pydantic", "pydantic_core", "reportlab")

SCRIPT = r"""
import json, sys
from crampdiary.cli import run

steps = json.loads(sys.argv[1])
for argv in steps:
    rc = run(argv)
    if rc != 0:
        print("FAILED", argv, rc, file=sys.stderr)
        sys.exit(3)
print(json.dumps(sorted(sys.modules)))
"""


def _modules_after(steps: list[list[str]], data_dir: Path) -> set[str]:
    env = dict(os.environ, CRAMPDIARY_DATA_DIR=str(data_dir))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(steps)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


def _heavy(mods: set[str]) -> list[str]:
    return sorted(m for m in mods if m.split(".")[0] in HEAVY)


def test_log_edit_delete_import_nothing_heavy(tmp_path):
    d = tmp_path / "data"
    # Creating a new diary (once, on first use) builds the tables from the storage models;
    # every later command works on the existing file.
    _modules_after([["log", "water", "--ml", "100"]], d)
    steps = [["log", "water", "--ml", "200"],
             ["log", "dose", "--drug", "Zanaflex", "--amount", "4"],
             ["log", "cramp", "--muscle", "calf", "--severity", "6", "--duration", "2m", "--woke"],
             ["log", "vitals", "--systolic", "120", "--diastolic", "80"],
             ["log", "stretch", "--minutes", "10"],
             ["log", "symptom", "--name", "dry mouth", "--severity", "2"],
             ["edit", "4", "--severity", "7"], ["delete", "2"]]
    mods = _modules_after(steps, d)
    assert "crampdiary.core.inputs" in mods  # the validation did run
    assert _heavy(mods) == []


def test_list_warnings_next_dose_import_nothing_heavy(tmp_path):
    d = tmp_path / "data"
    _modules_after([["log", "dose", "--drug", "tizanidine", "--amount", "4"]], d)
    mods = _modules_after([["list"], ["list", "--json"], ["list", "--kind", "dose", "--json"],
                           ["warnings"], ["warnings", "--json"], ["next-dose", "tizanidine"],
                           ["next-dose", "tizanidine", "--json"]], d)
    assert "crampdiary.core.rules" in mods or any(m.startswith("crampdiary.core.rules") for m in mods)
    assert _heavy(mods) == []


def test_the_input_models_build_no_schema_and_need_no_pydantic():
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; from crampdiary.core.inputs import validate_input, INPUT_MODELS; "
         "from crampdiary.core.timeutil import now_utc; "
         "validate_input('water', {'at': now_utc(), 'ml': 5}); "
         "print(sorted(m for m in sys.modules if m.startswith('pydantic')))"],
        capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_list_json_is_the_same_bytes_as_one_json_dump(cli):
    texts = ['say "hi" \\ back', "line one\nline two\ttab", "Ночью 夜 🦵 \u2028 end", "<b>&amp;</b>",
             "'; DROP TABLE entry; --"]
    for i, t in enumerate(texts):
        assert cli("log", "cramp", "--muscle", "calf", "--severity", str(i), "--note", t,
                   "--at", f"2026-03-0{i + 1}T08:00").rc == 0
    assert cli("log", "water", "--ml", "250.5", "--at", "2026-03-02T09:00").rc == 0
    assert cli("log", "stretch", "--minutes", "7", "--kind", "wall", "--at", "2026-03-03T09:00").rc == 0
    assert cli("log", "dose", "--drug", "Mystery", "--amount", "1", "--unit", "tablet",
               "--with-food", "no", "--at", "2026-03-04T09:00").rc == 0
    res = cli("list", "--json")
    assert res.rc == 0
    data = json.loads(res.out)
    assert res.out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert [e["note"] for e in data if e["kind"] == "cramp"] == texts
    assert [e["started_at" if e["kind"] == "cramp" else "taken_at" if e["kind"] == "dose" else "at"]
            for e in data] == sorted(e.get("started_at") or e.get("taken_at") or e["at"] for e in data)
    empty = cli("list", "--json", "--from", "2030-01-01")
    assert empty.rc == 0 and empty.out == "[]\n"


def test_the_lazy_parser_reads_every_command_line_like_the_full_one(capsys):
    """Only the named sub-commands are built; the result, and every refusal, is the same."""
    import pytest

    from crampdiary import cli

    lines = [["log", "water", "--ml", "200"], ["--data-dir", "/x", "log", "cramp", "--muscle", "calf",
                                                "--severity", "3", "--note", "list"],
             ["list", "--kind", "dose", "--json"], ["warnings", "--since", "2026-01-01T00:00"],
             ["next-dose", "Zanaflex", "--json"], ["edit", "4", "--severity", "2"], ["delete", "9"],
             ["report", "--full-log", "--name", "log"], [], ["gui"],
             ["--data-dir", "list", "log", "water", "--ml", "1"]]
    for argv in lines:
        assert vars(cli._parse(argv)) == vars(cli.build_parser().parse_args(argv)), argv
    assert cli._WANTED is None
    bad = [["lgo"], ["log", "wter", "--ml", "1"], ["log", "water"], ["log", "water", "--ml", "1", "--x"],
           ["warnings", "--json", "extra"]]
    for argv in bad:
        with pytest.raises(cli.Refused) as lazy:
            cli._parse(argv)
        with pytest.raises(cli.Refused) as full:
            cli.build_parser().parse_args(argv)
        assert str(lazy.value) == str(full.value), argv
    with pytest.raises(cli.Refused) as exc:
        cli._parse(["lgo"])
    assert "'insights'" in str(exc.value)  # the full list of commands in the message


def test_the_plain_input_models_keep_their_interface():
    from datetime import datetime, timezone

    import pytest

    from crampdiary.core.errors import InputError
    from crampdiary.core.inputs import INPUT_MODELS, validate_input

    at = datetime(2026, 3, 1, 8, tzinfo=timezone.utc)
    s = validate_input("stretch", {"at": at, "minutes": "7.5", "stretch_kind": "wall"})
    assert s.model_dump() == {"at": at, "minutes": 7.5, "kind_": "wall"}
    assert s.model_dump(by_alias=True, mode="json") == {"at": "2026-03-01T08:00:00+00:00",
                                                        "minutes": 7.5, "stretch_kind": "wall"}
    assert s.model_copy(update={"minutes": 9.0}).minutes == 9.0 and s.minutes == 7.5
    assert set(INPUT_MODELS["cramp"].model_fields) >= {"at", "muscle", "severity", "red_flags"}
    c = validate_input("cramp", {"at": at, "muscle": "Calf", "severity": "7"})
    assert (c.muscle, c.severity, c.relief, c.woke) == ("calf", 7, [], False)
    c.relief.append("x")  # defaults are not shared between entries
    assert validate_input("cramp", {"at": at, "muscle": "calf", "severity": 1}).relief == []
    for kind, data, field in [("cramp", {"at": at, "severity": 3}, "muscle"),
                              ("cramp", {"at": at, "muscle": "calf", "severity": 3, "bogus": 1}, "bogus"),
                              ("cramp", {"at": at, "muscle": "calf", "severity": 11, "duration_s": "x"},
                               "severity"),
                              ("vitals", {"at": at, "systolic": 120}, "diastolic"),
                              ("stretch", {"at": at, "minutes": 0}, "minutes")]:
        with pytest.raises(InputError) as exc:
            validate_input(kind, data)
        assert exc.value.field == field, (kind, data)


def test_log_water_stays_inside_its_import_budget(tmp_path):
    """The budget of docs/ARCHITECTURE.md ("Speed"): a drink that no rule can flag loads
    no rule family, and no command of the hot path loads what only a crash report, a help
    text's terminal width or a backup name's strptime needed."""
    d = tmp_path / "data"
    _modules_after([["log", "water", "--ml", "100"]], d)
    mods = _modules_after([["log", "water", "--ml", "200"]], d)
    assert "crampdiary.core.inputs" in mods and "crampdiary.core.storage.db" in mods
    detectors = {"timing", "stopping", "interactions", "cramps", "vitals", "symptoms", "names"}
    assert sorted(m for m in mods if m.rsplit(".", 1)[-1] in detectors) == []
    assert {"traceback", "shutil", "_strptime"} & mods == set()
    mods = _modules_after([["log", "dose", "--drug", "tizanidine", "--amount", "4"],
                           ["warnings"], ["next-dose", "tizanidine"], ["list"]], d)
    assert "crampdiary.core.rules.timing" in mods  # a dose is judged
    assert {"traceback", "shutil", "_strptime"} & mods == set()


def test_a_name_spelled_as_the_catalog_spells_it_needs_no_word_tables():
    """``log dose --drug Zanaflex``: step 1 (the exact name) alone; the word tables of the
    other steps (about 1,300 names through the strength and salt rules) only for other
    spellings, with the same answers as before."""
    import json as _json

    from crampdiary.core.catalog import Catalog, _default_path

    with open(_default_path(), encoding="utf-8") as fh:
        raw = _json.load(fh)
    lazy, full = Catalog(raw), Catalog(raw)
    full._ensure_tables()
    names = [n for d in full.drugs.values() for n in d.all_names()]
    for n in names:
        assert lazy.resolve_key(n) == full.resolve_key(n), n
        assert lazy.resolve_key(n.upper()) == full.resolve_key(n.upper()), n
    assert not lazy._tables_built  # every catalog spelling resolved by step 1
    for typed in ("Zanaflex 4 mg", "tizanidine tablets", "Mystery", "  ", "baclofen 10mg tab"):
        assert lazy.resolve_key(typed) == full.resolve_key(typed), typed
    assert lazy._tables_built
