"""Issue 12/16: schema version 5 drops the index on entry(kind, at), one index less to
keep up on every write (a large import above all).  Every entry query names the
person, so (person_id, kind, at) serves them: each statement of ``storage.entries``
is planned on an index or the primary key, never a scan of the table, and none
needs the dropped index."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crampdiary.core.db import open_diary
from crampdiary.core.storage import entries
from crampdiary.core.use_cases import log_entry

DATA = Path(__file__).resolve().parent / "data"
T0 = datetime(2026, 3, 1, 8, tzinfo=timezone.utc)


def _indexes(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                          "AND name NOT LIKE 'sqlite_%'")}
    finally:
        con.close()


def test_fresh_and_upgraded_diaries_have_no_kind_at_index(data_dir: Path):
    assert "ix_entry_kind_at" in _indexes(DATA / "schema_v4.sqlite3")
    fresh = open_diary()
    fresh.close()
    got = _indexes(data_dir / "diary.sqlite3")
    assert "ix_entry_kind_at" not in got and "ix_entry_person_kind_at" in got
    old = data_dir.parent / "old"
    old.mkdir()
    shutil.copyfile(DATA / "schema_v4.sqlite3", old / "diary.sqlite3")
    upgraded = open_diary(old / "diary.sqlite3")
    upgraded.close()
    assert _indexes(old / "diary.sqlite3") == got


def test_every_entry_statement_uses_an_index(diary):
    for i in range(30):
        log_entry(diary, "water", {"at": (T0 + timedelta(hours=i)).isoformat(), "ml": 250},
                  with_flags=False)
        log_entry(diary, "cramp", {"at": (T0 + timedelta(hours=i)).isoformat(),
                                   "muscle": "calf", "severity": 4}, with_flags=False)
    seen: list[str] = []
    lo, hi = T0, T0 + timedelta(days=1)
    with diary.sql_read() as con:
        con.set_trace_callback(seen.append)
        try:
            for kind in ("water", "cramp", "dose"):
                entries.query(con, kind)
                entries.query(con, kind, lo, hi)
                entries.query(con, kind, entry_id=3)
                list(entries.stream_rows(con, kind, lo, hi))
                entries.page_keys(con, kind, lo, hi, None, 10)
                entries.stored_span(con, kind)
                list(entries.stored_rows_at(con, kind, [entries.to_stored(T0)], "x"))
            entries.page_keys(con, None, lo, hi, ("2026-03-01 10:00:00.000000", 5), 10)
            entries.page_keys(con, None, None, None, None, 10)
            entries.analysis_rows(con, lo, hi)
            entries.count(con)
            entries.first_time(con)
            entries.kind_of(con, 3)
        finally:
            con.set_trace_callback(None)
        statements = [s for s in seen if " entry" in s and s.lstrip().upper().startswith("SELECT")]
        assert len(statements) >= 25
        for sql in statements:
            plan = [r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql)]
            on_entry = [p for p in plan if p.split()[1] in ("entry", "e")]
            assert on_entry, (sql, plan)
            for step in on_entry:
                assert step.startswith("SEARCH"), (sql, plan)
                assert "ix_entry_person_kind_at" in step or "PRIMARY KEY" in step, (sql, plan)
