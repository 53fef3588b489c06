"""Issue 7: hostile input.  Any string, number or date given to any option of `log`,
`edit`, `list`, `warnings` and `next-dose` either works (exit 0) or is refused (exit 2,
the message naming a field) -- never a traceback, never exit 1, never a partial write.
Importers get files that are not what they claim to be."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# CI runs a fixed, repeatable sample; CRAMPDIARY_FUZZ=N runs N fresh random examples per test.
_DEEP = int(os.environ.get("CRAMPDIARY_FUZZ", "0"))
SETTINGS = settings(max_examples=_DEEP or 60, deadline=None, database=None,
                    derandomize=not _DEEP,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# ----------------------------------------------------------------------------- values
SPECIAL = [
    "", " ", "\x00", "a\x00b", "\t\n\r", "\x1b[31mred\x1b[0m", "\u202eevil", "\ufeff", "\udcff",
    "x" * 2000, "y" * 2001, "🦵" * 2000, "z" * 100_000,
    "nan", "NaN", "inf", "-inf", "Infinity", "1e309", "-1e309", "1e-320", "-0", "0", "-1",
    "0x10", "1_0", "١٢", "５", "10.5", " 7 ", "+3", "3,5", "1/2", "true", "yes", "None", "null",
    "9" * 400, "-" + "9" * 30,
    "0001-01-01", "0001-01-01T00:00", "9999-12-31", "9999-12-31T23:59:59-05:00",
    "9999-12-31T23:59:59+14:00", "0001-01-01T00:00+14:00", "1899-12-31T23:59", "1900-01-01",
    "2026-02-29", "2026-03-29T02:30", "2026-10-25T02:30", "2026-13-01", "2026-03-01T25:00",
    "2026-03-01T08:00Z", "2026-03-01T08:00+25:00", "3000-01-01T00:00", "yesterday",
    "--note", "-", "--", "'; DROP TABLE entry; --", '"quoted"', "日本語", "Ελληνικά", "עברית",
    "कैल्फ़", "calf", "CALF", " calf ", "left", "stretch,massage", "stretch,,", ",", "weakness",
    "tablet", "capsule", "water", "alcohol", "mg", "µg", "tizanidine", "Zanaflex",
]

texts = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(max_size=50),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=3000),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=20),
    # lone surrogates: what Python makes of bytes in argv that are not UTF-8
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
            | st.characters(max_codepoint=0x7F), min_size=1, max_size=10),
)
numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(min_value=-20, max_value=400).map(lambda f: f"{f:.3f}"),
    st.integers(min_value=-5, max_value=300).map(str),
)
stamps = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes(min_value=__import__("datetime").datetime(2025, 1, 1),
                 max_value=__import__("datetime").datetime(2027, 1, 1)).map(
        lambda d: d.isoformat(timespec="minutes")),
)
values = st.one_of(texts, numbers, stamps)

# ----------------------------------------------------------------------------- commands
# Each kind: a valid base command line, and every option with the field its refusal names.
BASE = {
    "cramp": ["--muscle", "calf", "--severity", "5", "--at", "2026-03-01T03:00"],
    "dose": ["--drug", "tizanidine", "--amount", "4", "--at", "2026-03-01T08:00"],
    "water": ["--ml", "250", "--at", "2026-03-01T09:00"],
    "stretch": ["--minutes", "10", "--at", "2026-03-01T10:00"],
    "vitals": ["--systolic", "120", "--diastolic", "80", "--at", "2026-03-01T11:00"],
    "symptom": ["--name", "nausea", "--severity", "2", "--at", "2026-03-01T12:00"],
}
OPTIONS = {
    "cramp": ["at", "muscle", "side", "severity", "duration", "woke", "relief", "relief-score",
              "red-flag", "trigger", "note"],
    "dose": ["at", "drug", "amount", "unit", "form", "with-food", "note"],
    "water": ["at", "ml", "drink"],
    "stretch": ["at", "minutes", "kind"],
    "vitals": ["at", "systolic", "diastolic", "pulse"],
    "symptom": ["at", "name", "severity", "note"],
}
TEXT_FIELDS = {"note", "trigger", "kind"}  # stored and printed back exactly
REFUSAL = re.compile(r"^crampdiary: refused: (?:argument )?(?:--)?([a-z][a-z_-]*)")


def _db() -> Path:
    return Path(os.environ["CRAMPDIARY_DATA_DIR"]) / "diary.sqlite3"


def _snapshot() -> list[str]:
    """Every stored row (the schema of a diary created by a refused command is no entry)."""
    db = _db()
    if not db.exists() or db.stat().st_size == 0:
        return []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        # the rows every new diary is born with (its UUID, the person "me") are no entry
        born = ('INSERT INTO "meta"', 'INSERT INTO "person"', 'INSERT INTO "sqlite_sequence"')
        return [line for line in con.iterdump()
                if line.startswith("INSERT") and not line.startswith(born)]
    finally:
        con.close()


def _field(err: str) -> str:
    m = REFUSAL.match(err)
    assert m, f"a refusal must name the field: {err!r}"
    return m.group(1).replace("_", "-")


def _check(res, allowed_fields: set[str]) -> None:
    assert "Traceback" not in res.err, res.err
    assert res.rc in (0, 2), f"exit {res.rc}: {res.err}"
    if res.rc == 2:
        assert _field(res.err) in allowed_fields, (res.err, allowed_fields)
        assert res.out == ""


def _with(base: list[str], option: str, value: str) -> list[str]:
    """``base`` with ``--option value`` replacing any earlier value of it."""
    out, skip = [], False
    for a in base:
        if skip:
            skip = False
            continue
        if a == f"--{option}":
            skip = True
            continue
        out.append(a)
    return out + [f"--{option}", value]


# ----------------------------------------------------------------------------- log
@SETTINGS
@given(kind=st.sampled_from(sorted(BASE)), data=st.data())
def test_log_any_single_option(cli, kind: str, data) -> None:
    option = data.draw(st.sampled_from(OPTIONS[kind]), label="option")
    value = data.draw(values, label="value")
    before = _snapshot()
    res = cli("log", kind, *_with(BASE[kind], option, value))
    _check(res, set(OPTIONS[kind]) | {"options"})
    after = _snapshot()
    if res.rc == 2:
        assert after == before, "a refused entry changed the diary"
        return
    new_id = int(res.out.splitlines()[0])
    assert len(after) > len(before)
    shown = [e for e in cli("list", "--json").json() if e["id"] == new_id]
    assert len(shown) == 1 and shown[0]["kind"] == kind
    if option in TEXT_FIELDS:
        key = "stretch_kind" if option == "kind" else option
        assert shown[0][key] == (value or None), "text did not round-trip exactly"


@SETTINGS
@given(kind=st.sampled_from(sorted(BASE)), data=st.data())
def test_log_many_options_at_once(cli, kind: str, data) -> None:
    argv = list(BASE[kind])
    chosen = data.draw(st.lists(st.sampled_from(OPTIONS[kind]), min_size=1, max_size=4,
                                unique=True), label="options")
    for option in chosen:
        argv = _with(argv, option, data.draw(values, label=option))
    before = _snapshot()
    res = cli("log", kind, *argv)
    _check(res, set(OPTIONS[kind]) | {"options"})
    if res.rc == 2:
        assert _snapshot() == before


@SETTINGS
@given(argv=st.lists(st.one_of(st.sampled_from(["--woke", "--red-flag", "--relief", "--at",
                                                "--note", "--json", "-h", "--from"]),
                               texts), max_size=6))
def test_log_cramp_any_argument_list(cli, argv: list[str]) -> None:
    """Arbitrary words after the required options: argparse refusals too name a field."""
    before = _snapshot()
    res = cli("log", "cramp", *BASE["cramp"], *argv)
    if "-h" in argv and res.rc == 0 and res.out.startswith("usage:"):
        assert _snapshot() == before
        return
    assert "Traceback" not in res.err
    assert res.rc in (0, 2), res.err
    if res.rc == 2:
        assert res.err.startswith("crampdiary: refused: "), res.err
        assert _snapshot() == before


# ----------------------------------------------------------------------------- edit
EDIT_OPTIONS = sorted({o for opts in OPTIONS.values() for o in opts})


@SETTINGS
@given(data=st.data())
def test_edit_any_option_and_id(cli, data) -> None:
    if not _snapshot():
        for kind, base in BASE.items():
            assert cli("log", kind, *base).rc == 0
    entry_id = data.draw(st.one_of(st.integers(min_value=1, max_value=6).map(str),
                                   st.sampled_from(["0", "-1", "7", "1.0", "abc", "", "١",
                                                    "9" * 30, "1e3", " 2 ", "\x00"]),
                                   texts), label="id")
    option = data.draw(st.sampled_from(EDIT_OPTIONS), label="option")
    value = data.draw(values, label="value")
    before = _snapshot()
    res = cli("edit", entry_id, f"--{option}", value)
    _check(res, set(EDIT_OPTIONS) | {"id", "options"})
    if res.rc == 2:
        assert _snapshot() == before


# ----------------------------------------------------------------------------- reading
@SETTINGS
@given(kind=st.one_of(st.none(), st.sampled_from(sorted(BASE)), texts),
       date_from=st.one_of(st.none(), stamps, texts), date_to=st.one_of(st.none(), stamps, texts),
       as_json=st.booleans())
def test_list_any_options(cli, kind, date_from, date_to, as_json) -> None:
    argv = ["list"]
    for opt, v in (("--kind", kind), ("--from", date_from), ("--to", date_to)):
        if v is not None:
            argv += [opt, v]
    if as_json:
        argv.append("--json")
    res = cli(*argv)
    _check(res, {"kind", "from", "to", "options"})
    if res.rc == 0 and as_json:
        assert isinstance(json.loads(res.out), list)


@SETTINGS
@given(at=st.one_of(st.none(), stamps, texts), since=st.one_of(st.none(), stamps, texts),
       as_json=st.booleans())
def test_warnings_any_options(cli, at, since, as_json) -> None:
    if not _snapshot():
        assert cli("log", "dose", *BASE["dose"]).rc == 0
    argv = ["warnings"]
    for opt, v in (("--at", at), ("--since", since)):
        if v is not None:
            argv += [opt, v]
    if as_json:
        argv.append("--json")
    before = _snapshot()
    res = cli(*argv)
    _check(res, {"at", "since", "options"})
    assert _snapshot() == before
    if res.rc == 0 and as_json:
        assert isinstance(json.loads(res.out), list)


@SETTINGS
@given(drug=st.one_of(st.sampled_from(["tizanidine", "Zanaflex", "BACLOFEN", "unknown"]), texts),
       at=st.one_of(st.none(), stamps, texts), as_json=st.booleans())
def test_next_dose_any_options(cli, drug, at, as_json) -> None:
    if not _snapshot():
        assert cli("log", "dose", *BASE["dose"]).rc == 0
    argv = ["next-dose", drug]
    if at is not None:
        argv += ["--at", at]
    if as_json:
        argv.append("--json")
    before = _snapshot()
    res = cli(*argv)
    _check(res, {"drug", "at", "options"})
    assert _snapshot() == before
    if res.rc == 0 and as_json:
        assert isinstance(json.loads(res.out), dict)


# ----------------------------------------------------------------------------- importers
def _exported(cli, tmp_path: Path) -> tuple[bytes, dict[str, bytes]]:
    """A real JSON export and CSV export of a small diary (made once per test)."""
    for kind, base in BASE.items():
        assert cli("log", kind, *base).rc == 0
    assert cli("log", "cramp", "--muscle", "foot", "--severity", "3", "--woke", "--relief",
               "stretch,heat", "--red-flag", "weakness", "--note", 'a, "quoted"\nnote').rc == 0
    assert cli("export", "--format", "json", "--out", str(tmp_path / "e.json")).rc == 0
    assert cli("export", "--format", "csv", "--out", str(tmp_path / "csv")).rc == 0
    csvs = {p.name: p.read_bytes() for p in (tmp_path / "csv").iterdir()}
    return (tmp_path / "e.json").read_bytes(), csvs


def _import_checked(cli, path: Path) -> None:
    before = _snapshot()
    res = cli("import", str(path))
    assert "Traceback" not in res.err, res.err
    assert res.rc in (0, 2), f"exit {res.rc}: {res.err}"
    if res.rc == 2:
        assert res.err.startswith("crampdiary: refused: "), res.err
        # the message names the file (and, for a bad row, the row and the field)
        names = {path.name, *(p.name for p in path.iterdir())} if path.is_dir() else {path.name}
        assert any(n in res.err for n in names), res.err
        assert _snapshot() == before, "a refused import wrote something"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts | stamps,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12)


@SETTINGS
@given(data=st.data())
def test_import_json_that_is_not_what_it_claims(cli, tmp_path: Path, data) -> None:
    if not (tmp_path / "e.json").exists():
        _exported(cli, tmp_path)
    good = json.loads((tmp_path / "e.json").read_bytes())
    how = data.draw(st.sampled_from(["bytes", "truncated", "shape", "field", "deep"]), label="how")
    target = tmp_path / "in.json"
    if how == "bytes":
        target.write_bytes(data.draw(st.binary(max_size=2000), label="bytes"))
    elif how == "truncated":
        raw = (tmp_path / "e.json").read_bytes()
        target.write_bytes(raw[: data.draw(st.integers(0, len(raw) - 1), label="cut")])
    elif how == "shape":
        target.write_text(json.dumps(data.draw(json_values, label="doc")), encoding="utf-8")
    elif how == "deep":
        depth = data.draw(st.integers(900, 200_000), label="depth")
        target.write_text("[" * depth + "]" * depth, encoding="utf-8")
    else:
        i = data.draw(st.integers(0, len(good["entries"]) - 1), label="entry")
        entry = good["entries"][i]
        key = data.draw(st.sampled_from(sorted(entry) + ["unknown_field"]), label="key")
        entry[key] = data.draw(json_values, label="value")
        target.write_text(json.dumps(good, allow_nan=True), encoding="utf-8")
    _import_checked(cli, target)


@SETTINGS
@given(data=st.data())
def test_import_csv_that_is_not_what_it_claims(cli, tmp_path: Path, data) -> None:
    if not (tmp_path / "csv").exists():
        _exported(cli, tmp_path)
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for p in folder.iterdir():
        p.unlink()
    csvs = {p.name: p.read_bytes() for p in (tmp_path / "csv").iterdir()}
    name = data.draw(st.sampled_from(sorted(csvs)), label="file")
    how = data.draw(st.sampled_from(["bytes", "truncated", "cell", "text"]), label="how")
    raw = csvs[name]
    if how == "bytes":
        raw = data.draw(st.binary(max_size=2000), label="bytes")
    elif how == "truncated":
        raw = raw[: data.draw(st.integers(0, len(raw)), label="cut")]
    elif how == "text":
        raw = data.draw(texts, label="text").encode("utf-8", "surrogatepass")
    else:
        lines = raw.decode("utf-8").splitlines()
        row = data.draw(st.integers(0, len(lines) - 1), label="row")
        cells = lines[row].split(",")
        col = data.draw(st.integers(0, len(cells) - 1), label="col")
        value = data.draw(st.one_of(texts, numbers, stamps), label="value")
        cells[col] = '"' + value.replace('"', '""') + '"'
        lines[row] = ",".join(cells)
        raw = "\n".join(lines).encode("utf-8", "surrogatepass")
    (folder / name).write_bytes(raw)
    _import_checked(cli, folder)
    _import_checked(cli, folder / name)


def test_import_paths_that_are_not_exports(cli, tmp_path: Path) -> None:
    _exported(cli, tmp_path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    (tmp_path / "diary.sqlite3").write_bytes(b"SQLite format 3\x00" + bytes(4000))
    (tmp_path / "bundle.json").write_text('{"resourceType": "Bundle", "entry": []}')
    (tmp_path / "big.json").write_text('{"entries": [' + ",".join(["{}"] * 5000) + "]}")
    for p in ("missing.json", "empty", "x.csv", "diary.sqlite3", "bundle.json", "big.json", "csv"):
        _import_checked(cli, tmp_path / p)


def test_the_diary_survives_the_onslaught(cli) -> None:
    """After hostile input of every kind the file is sound (run last in this module)."""
    for value in SPECIAL:
        cli("log", "symptom", "--name", value, "--severity", "1", "--note", value)
        cli("log", "cramp", "--muscle", "calf", "--severity", value, "--at", value)
    con = sqlite3.connect(_db())
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
