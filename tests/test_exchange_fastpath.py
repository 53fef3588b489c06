"""Issue 12/16: the CSV import's fast path (``engine._fast_cells``) gives exactly what the
generic pipeline gives (every row through ``RawRow``, ``precheck`` and ``validate``):
the same entries with the same ids, the same counts and preview, or the same refusal
naming the same file, row and field.  Random valid and invalid cells, repeated so that
the fast path's cache is used, on a diary that already holds some of them."""

from __future__ import annotations

import functools
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampdiary import paths
from crampdiary.core import exchange
from crampdiary.core.errors import InputError
from crampdiary.core.exchange import engine
from crampdiary.core.timeutil import now_utc
from crampdiary.core.use_cases import list_entries

_FAST_CELLS = engine._fast_cells

_DEEP = int(os.environ.get("CRAMPDIARY_FUZZ", "0"))
SETTINGS = settings(max_examples=_DEEP or 40, deadline=None, database=None,
                    derandomize=not _DEEP,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

_SOON = (now_utc() + timedelta(hours=30)).replace(microsecond=0)
TIMES = [
    "2026-03-01T08:00:00+01:00", "2026-03-01T08:00:00+00:00", "2026-03-01T07:00:00+00:00",
    "2026-03-01T08:00:00.250000+01:00", "2026-03-01T08:00:00-05:30", "2026-03-01T08:00+01:00",
    "2026-03-01T08:00", "2026-03-01T08:00Z", "2026-03-01", "20260301", "1700000000",
    "1899-12-31T23:00:00+00:00", "1900-01-01T00:30:00+01:00", "1900-01-01T00:30:00-01:00",
    "9999-12-31T23:59:59+00:00", "9001-01-01T00:00:00+00:00", _SOON.isoformat(),
    "2026-02-30T08:00:00+01:00", "2026-03-01T08:00:00+25:00", " 2026-03-01T08:00:00+01:00",
    "2026-03-01T08:00:00+01:00 ", "2026-03-01T08:00:00+01:00\x07", "", "yesterday",
    "2026-03-01 08:00:00+01:00", "2026-03-01T08:00:00+0100", "2026-03-01T08:00:00.25+00:00",
    "2026-03-01T08:00:00.250000+00:00", "2026-02-30T08:00:00+00:00", "2016-W01-1T00:00:00+00:00",
    "2026-03-01T08:00:00-00:00", "2026-03-01T08:00:00+05:45", "２０２６-03-01T08:00:00+00:00",
    (_SOON - timedelta(hours=7)).astimezone(timezone.utc).isoformat(),
]
IDS = ["", "", "", "7", "12", "88", "123456789012345678", "0", "-3", "1.0", "2e3", " 9", "٣", "x",
       "9" * 5000, "000012", "99999999999999"]
ML = ["250", "250", "300.5", "0", "-5", "abc", "1e400", "9" * 5000, " 250 ", "250,5", "",
      "nan", "1_000", "١٢"]
DRINKS = ["water", "water", "tea", "Tea", "lemonade", "", "'=1+1", "co\u0001ffee", "x" * 20000]
NOTES = ["", "", "ok", "'=HYPERLINK()", "line\r\nbreak", "bell\x07", "a" * 3000, "ß"]
MUSCLES = ["calf", "calf", "foot", "CALF", "tail", ""]
SEVERITY = ["5", "5", "11", "x", "", "3.5"]
EXTRA = ["", "", " ", "surprise"]  # a column the export does not have


def _cells(draw: Any, pool: list[str], good: int, odds: int = 5) -> str:
    """A cell from ``pool``: mostly one of its first ``good`` (valid) values, so that
    imports get far enough to use the fast path's cache, sometimes any."""
    return str(draw(st.sampled_from(pool[:good] if draw(st.integers(0, odds)) else pool)))


@st.composite
def water_rows(draw: Any) -> tuple[str, list[list[str]]]:
    extra = draw(st.booleans())
    header = ["id", "at", "ml", "drink"] + (["mood"] if extra else [])
    pool = [[_cells(draw, ML, 4), _cells(draw, DRINKS, 3)]
            + ([_cells(draw, EXTRA, 3)] if extra else []) for _ in range(draw(st.integers(1, 4)))]
    rows = [[_cells(draw, IDS, 6, 2), _cells(draw, TIMES, 7, 2), *draw(st.sampled_from(pool))]
            for _ in range(draw(st.integers(1, 30)))]
    return "water.csv", [header, *rows]


@st.composite
def cramp_rows(draw: Any) -> tuple[str, list[list[str]]]:
    header = ["started_at", "muscle", "severity", "note", "id"]
    pool = [[_cells(draw, MUSCLES, 2), _cells(draw, SEVERITY, 2), _cells(draw, NOTES, 4)]
            for _ in range(draw(st.integers(1, 4)))]
    rows = [[_cells(draw, TIMES, 7, 2), *draw(st.sampled_from(pool)), _cells(draw, IDS, 6, 2)]
            for _ in range(draw(st.integers(1, 30)))]
    return "cramps.csv", [header, *rows]


def _quote(cell: str) -> str:
    if any(c in cell for c in ',"\r\n') or cell != cell.strip():
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _write(folder: Path, name: str, rows: list[list[str]], lead: list[list[str]]) -> Path:
    folder.mkdir(parents=True)
    text = "".join(",".join(_quote(c) for c in r) + "\r\n" for r in [rows[0], *lead, *rows[1:]])
    (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def _lead(name: str) -> list[list[str]]:
    """Valid rows before the random ones: the first rows of an import (its preview) always
    go the generic way, so these make the random rows reach the fast path."""
    t0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
    if name == "water.csv":
        return [["", (t0 + timedelta(hours=i)).isoformat(), "250", "water"]
                for i in range(engine.PREVIEW_ROWS)]
    return [[(t0 + timedelta(hours=i)).isoformat(), "calf", "5", "", ""]
            for i in range(engine.PREVIEW_ROWS)]


def _outcome(base: Path, folder: Path, slow: bool,
             monkeypatch: pytest.MonkeyPatch) -> tuple[Any, ...]:
    from crampdiary.core.db import open_diary

    with monkeypatch.context() as m:
        if slow:
            m.setattr(engine, "_fast_cells", functools.partial(_FAST_CELLS, slow=True))
        engine._CACHE.clear()
        paths.set_data_dir(base)
        d = open_diary(auto_backup=False)
        try:
            out: list[Any] = []
            # already present before the import: some of the rows, by value and time
            for part in ("seed", "file"):
                try:
                    res = exchange.import_path(d, folder / part)
                except InputError as exc:
                    out.append(("refused", exc.field, str(exc)))
                else:
                    out.append(("imported", res.added, res.skipped, res.per_kind,
                                res.preview))
                out.append([repr(r) for r in list_entries(d, None, None, None)])
            return tuple(out)
        finally:
            d.close()
            paths.set_data_dir(None)


def _seed(folder: Path, name: str, rows: list[list[str]]) -> None:
    """Every third valid-looking random row, stored before the import."""
    header, body = rows[0], rows[1:]
    keep = [r for r in body[::3] if r[header.index("started_at" if name == "cramps.csv"
                                                    else "at")] in TIMES[:7]]
    _write(folder / "seed", name, [header, *keep], [])


@SETTINGS
@given(st.one_of(water_rows(), cramp_rows()), st.integers(2, 9))
def test_fast_path_gives_what_the_generic_pipeline_gives(tmp_path_factory, monkeypatch,
                                                         case, batch):
    name, rows = case
    root = tmp_path_factory.mktemp("fast")
    _write(root / "file", name, rows, _lead(name))
    _seed(root, name, rows)
    monkeypatch.setattr(engine, "BATCH", batch)
    slow = _outcome(root / "slow", root, True, monkeypatch)
    fast = _outcome(root / "fast", root, False, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("cell", [("at", t) for t in TIMES] + [("id", i) for i in IDS]
                         + [("ml", v) for v in ML] + [("drink", v) for v in DRINKS])
def test_each_cell_after_a_cached_row_gives_the_generic_answer(tmp_path, monkeypatch, cell):
    """Every listed value, in the one row the fast path would take (its other cells
    those of the row before it, already validated)."""
    column, value = cell
    header = ["id", "at", "ml", "drink"]
    row = {"id": "", "at": "2026-03-01T09:00:00+01:00", "ml": "250", "drink": "water"}
    bad = {**row, column: value}
    if column in ("ml", "drink"):  # the cached row shares the other cells, not this one
        row = {**bad, "at": "2026-03-01T07:00:00+01:00"}
        bad = {**bad, "ml" if column == "drink" else "drink": row["ml" if column == "drink"
                                                                  else "drink"]}
    rows = [header, [row[h] for h in header], [bad[h] for h in header]]
    _write(tmp_path / "file", "water.csv", rows, _lead("water.csv"))
    _write(tmp_path / "seed", "water.csv", [header, [row[h] for h in header]], [])
    slow = _outcome(tmp_path / "slow", tmp_path, True, monkeypatch)
    fast = _outcome(tmp_path / "fast", tmp_path, False, monkeypatch)
    assert fast == slow


def test_fast_path_takes_the_common_rows(diary, tmp_path, monkeypatch):
    """The fast path is really used (the equivalence test above would also pass if it
    never was): after the preview rows, repeated cells with the common time shape do
    not build a RawRow."""
    t0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
    lines = "".join(f",{(t0 + timedelta(minutes=i)).isoformat()},{150 + i % 3},water\r\n"
                    for i in range(200))
    d = tmp_path / "f"
    d.mkdir()
    (d / "water.csv").write_text("id,at,ml,drink\r\n" + lines + ",2025-01-02T00:00,250,tea\r\n")
    built: list[int] = []
    real = engine.validate

    def counting(row, limit=None):  # type: ignore[no-untyped-def]
        built.append(1)
        return real(row, limit)

    monkeypatch.setattr(engine, "validate", counting)
    res = exchange.import_path(diary, d)
    assert res.added == 201
    # the preview rows, the first row of each distinct value set, the naive-time row
    assert len(built) <= engine.PREVIEW_ROWS + 3 + 1
    recs = list_entries(diary, "water", None, None)
    assert [r.ml for r in recs[:4]] == [150, 151, 152, 150]
    assert recs[-1].drink == "tea"
    assert recs[7].at == t0 + timedelta(minutes=7)


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(9999, 12, 31)),
       st.integers(-23 * 60 - 59, 23 * 60 + 59), st.booleans())
def test_stored_time_cut_from_the_text_is_the_parsed_one(wall, minutes, micro):
    """``_fast_stored`` (the stored time cut from the text when the offset is zero,
    converted otherwise) equals the full parser's time in the stored form, or declines."""
    from crampdiary.core.timeutil import parse_datetime

    tz = timezone(timedelta(minutes=minutes if minutes % 3 else 0))
    text = wall.replace(tzinfo=tz).isoformat(timespec="microseconds" if micro else "seconds")
    got = engine._fast_stored(text)
    if got is None:
        assert not 1900 <= wall.year <= 9000 or wall.replace(tzinfo=tz).astimezone(
            timezone.utc).year < 1900
        return
    assert got == engine._fmt(parse_datetime(text))


def test_rows_are_written_many_a_statement_within_sqlites_limit(diary, tmp_path, monkeypatch):
    """Batches go in as multi-row INSERTs: any batch size, any statement size, any
    limit of bound values give every row, with its own id and values."""
    from crampdiary.core.storage import entries

    monkeypatch.setattr(engine, "BATCH", 37)
    monkeypatch.setattr(entries, "_ROWS_A_STATEMENT", 5)
    monkeypatch.setattr(entries, "_max_variables", lambda con: 20)  # 3 entry rows a statement
    t0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
    lines = "".join(f",{(t0 + timedelta(minutes=i)).isoformat()},{100 + i % 7}.5,"
                    f"{'tea' if i % 3 else 'water'}\r\n" for i in range(1003))
    d = tmp_path / "f"
    d.mkdir()
    (d / "water.csv").write_text("id,at,ml,drink\r\n" + lines)
    assert exchange.import_path(diary, d).added == 1003
    recs = list_entries(diary, "water", None, None)
    assert [r.id for r in recs] == list(range(recs[0].id, recs[0].id + 1003))
    assert [(r.at, r.ml, r.drink) for r in recs] == [
        (t0 + timedelta(minutes=i), 100 + i % 7 + 0.5, "tea" if i % 3 else "water")
        for i in range(1003)]


def test_insert_rows_refuses_a_row_of_another_person(diary):
    from crampdiary.core.storage import entries

    with pytest.raises(ValueError, match="another person"), diary.sql_write() as con:
        pid = entries.person_of(con)
        stamp = "2026-01-01 00:00:00.000000"
        entries.insert_rows(con, [(None, "water", stamp, stamp, stamp, pid),
                                  (None, "water", stamp, stamp, stamp, pid + 1)], {})
    with diary.sql_read() as con:
        assert entries.count(con) == 0


def test_present_entries_are_looked_up_only_where_there_can_be_some(diary, tmp_path,
                                                                   monkeypatch):
    """No look-up for a batch outside the stored time span of its kind (an empty diary,
    a file of another period); one indexed look-up for a batch inside it."""
    from crampdiary.core.storage import entries
    from crampdiary.core.use_cases import log_entry

    monkeypatch.setattr(engine, "BATCH", 25)
    calls: list[int] = []
    real = entries.stored_rows_at

    def counting(con, kind, ats, not_created_at=None):  # type: ignore[no-untyped-def]
        calls.append(len(ats))
        return real(con, kind, ats, not_created_at)

    monkeypatch.setattr(entries, "stored_rows_at", counting)
    t0 = datetime(2025, 1, 1, tzinfo=timezone.utc)
    lines = "".join(f",{(t0 + timedelta(minutes=i)).isoformat()},250,water\r\n"
                    for i in range(100))
    d = tmp_path / "f"
    d.mkdir()
    (d / "water.csv").write_text("id,at,ml,drink\r\n" + lines)
    log_entry(diary, "water", {"at": "2020-05-01T08:00+00:00", "ml": 250}, with_flags=False)
    log_entry(diary, "cramp", {"at": "2025-01-01T00:30+00:00", "muscle": "calf",
                               "severity": 3}, with_flags=False)  # another kind: no matter
    assert exchange.import_path(diary, d).added == 100
    assert calls == []
    res = exchange.import_path(diary, d)  # the same file again: all present
    assert (res.added, res.skipped) == (0, 100)
    assert calls == [25, 25, 25, 25]
