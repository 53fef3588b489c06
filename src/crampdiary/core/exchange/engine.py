"""The one import pipeline every source feeds: check, validate, skip what is there, write.

A source yields ``RawRow`` objects (input field names, where the row came from).  The
engine validates each through the input models, refuses numeric times, huge numbers,
control characters and lone surrogates with a message naming the file, the row and
the field, and writes in batches inside ONE transaction: a bad row anywhere rolls the
whole import back, so nothing is half-written.

* Ids: a new entry gets the next id the diary's AUTOINCREMENT sequence would give
  (``sqlite_sequence``: deleted ids are never handed out again).  An id from the file is
  kept only when the diary never used it (above the sequence) and the import did not
  give it already; so an export imported into an empty diary gives back its ids.
* Already present: an entry of the same kind at the same instant with the same values
  (counted as a multiset: two identical rows in the file and one in the diary add one).
  Rows written by this import never count as present for later rows of the same file.
* Dry run: the same checks and counting, nothing written.
* Fast path: a CSV export's file comes as a ``CellSource`` (rows as lists of cells);
  ``_fast_cells`` takes the common rows itself (cells seen before in the file, the
  common time shape) and hands every other row to the generic pipeline, so refusals
  and results are the same (tests/test_exchange_fastpath.py).  A batch outside the
  stored time span of its kind is not looked up for entries already present; one
  inside is looked up in one indexed query.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..timeutil import UTC, iso, now_utc
from .common import check_text, normalise_newlines, refuse
from .reader import TooLong

BATCH = 2000
PREVIEW_ROWS = 5
LARGE_IMPORT_BYTES = 20 * 1024 * 1024  # a backup is made first above this size
IMPORT_CACHE_KB = 64 * 1024  # SQLite page cache during an import
_NUMERIC_TIME = re.compile(r"^\s*[+-]?\d+(\.\d*)?([eE][+-]?\d+)?\s*$")
_DATE_BASIC = re.compile(r"^\s*\d{8}\s*$")
Progress = Callable[[float, str], None]

# validate_input's field names (CLI option names) -> input field names
_ERR_FIELD = {"duration": "duration_s", "relief-score": "relief_score", "red-flag": "red_flags",
              "with-food": "with_food"}


@dataclass(slots=True)
class RawRow:
    kind: str
    data: dict[str, Any]
    entry_id: int | None
    where: str  # "cramps.csv row 2 (line 3)"
    colmap: dict[str, str] = field(default_factory=dict)  # input field -> column name


@dataclass
class CellSource:
    """One CSV file of a kind as lists of cells, for the engine's fast path.

    ``build(n, line, cells)`` gives the ``RawRow`` of the generic pipeline for a row
    (row number, first line, cells in header order): every row the fast path does not
    take itself goes through it and ``validate``, so refusals are the generic ones.
    """

    kind: str
    label: str
    rows: Iterator[tuple[int, int, list[str]]]
    at_index: int
    id_index: int | None
    build: Callable[[int, int, list[str]], RawRow]
    position: Callable[[], int]
    width: int  # cells in a row (the header's columns)


@dataclass
class ImportResult:
    added: int = 0
    skipped: int = 0
    medicines_added: int = 0
    source: str = "crampdiary"
    dry_run: bool = False
    per_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [add, present]
    preview: list[dict[str, Any]] = field(default_factory=list)
    backup: Path | None = None

    def __str__(self) -> str:
        from ..i18n import ntr

        if self.dry_run:
            return (ntr("import", "would import {n} entry", "would import {n} entries",
                        self.added) + ", " + ntr("import", "{n} already present",
                                                 "{n} already present", self.skipped))
        return (ntr("import", "imported {n} entry", "imported {n} entries", self.added)
                + ", " + ntr("import", "skipped {n} already present",
                             "skipped {n} already present", self.skipped))

    def count(self, kind: str, present: bool) -> None:
        slot = self.per_kind.setdefault(kind, [0, 0])
        slot[1 if present else 0] += 1
        if present:
            self.skipped += 1
        else:
            self.added += 1


def _field_name(row: RawRow, key: str) -> str:
    return row.colmap.get(key, key)


_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\r]")


def _check_str(row: RawRow, key: str, v: str) -> str:
    if _SUSPECT.search(v):
        if "\r" in v:
            v = normalise_newlines(v)
        check_text(v, row.where, _field_name(row, key))
    if len(v) > 10000:
        raise refuse(row.where, _field_name(row, key), f"is {len(v)} characters long; at most "
                                                       "2000 are kept")
    return v


def precheck(row: RawRow) -> None:
    """What the input models cannot see: numeric times, huge numbers, control characters."""
    data = row.data
    vals = list(data.values())
    fast = all(type(v) is str for v in vals)
    if fast:  # the common case (a CSV row): one search over all cells
        joined = "".join(vals)
        fast = len(joined) <= 10000 and not _SUSPECT.search(joined)
    for key, v in ([] if fast else data.items()):
        t = type(v)
        if t is str:
            v2 = _check_str(row, key, v)
            if v2 is not v:
                data[key] = v2
        elif t in (int, float, bool) or v is None:
            continue
        elif isinstance(v, TooLong):
            raise refuse(row.where, _field_name(row, key), f"is {v!r}; no diary value is that "
                                                           "large")
        elif isinstance(v, list):
            for x in v:
                if isinstance(x, TooLong):
                    raise refuse(row.where, _field_name(row, key),
                                 f"holds {x!r}; no diary value is that large")
                if isinstance(x, str):
                    _check_str(row, key, x)
                elif isinstance(x, (dict, list)):
                    raise refuse(row.where, _field_name(row, key), "must hold plain values")
        elif isinstance(v, dict):
            raise refuse(row.where, _field_name(row, key), "must be a plain value")
    at = data.get("at")
    if at is None or at == "":
        raise refuse(row.where, _field_name(row, "at"), "is required")
    if type(at) is not str:
        if isinstance(at, (bool, int, float)):
            raise refuse(row.where, _field_name(row, "at"),
                         f"is the number {at!r}; a time must be ISO 8601 text such as "
                         "2026-03-01T08:00+01:00 (a number is never read as seconds or "
                         "milliseconds)")
        if not isinstance(at, datetime):
            raise refuse(row.where, _field_name(row, "at"), "must be an ISO 8601 date and time")
    elif at[:1].isdigit() and _NUMERIC_TIME.match(at) and not _DATE_BASIC.match(at):
        raise refuse(row.where, _field_name(row, "at"),
                     f"is the number {at.strip()!r}; a time must be ISO 8601 such as "
                     "2026-03-01T08:00+01:00 (a number is never read as seconds or "
                     "milliseconds)")
    if row.entry_id is not None and not 0 < row.entry_id < 2**62:
        raise refuse(row.where, "id", "is not an entry id")


# Validated values by (kind, values without the time): a diary's rows repeat the same
# values again and again (250 ml of water), so the full model runs once per distinct
# value set and only the time is checked for each row (through the same EntryIn
# validators the full model uses).
_CACHE: dict[tuple[Any, ...], tuple[dict[str, Any], tuple[Any, ...], tuple[Any, ...]]] = {}
_CACHE_MAX = 20000
_MODELS: dict[str, Any] = {}


def _cache_key(row: RawRow) -> tuple[Any, ...] | None:
    items: list[Any] = [row.kind]
    for k, v in row.data.items():
        if k == "at":
            continue
        t = type(v)
        if t is list:
            v = tuple(v)
        items.append(k)
        items.append(t)
        items.append(v)
    key = tuple(items)  # sources give their fields in a fixed order per kind
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _fail(row: RawRow, exc: InputError) -> InputError:
    fname = _ERR_FIELD.get(exc.field, exc.field)
    if row.kind == "stretch" and fname == "kind":
        fname = "stretch_kind"
    return refuse(row.where, row.colmap.get(fname, exc.field), exc.message)


def _fast_time(at: str) -> datetime | None:
    """The common shape, ISO 8601 with an offset (``2026-03-01T08:00:00+01:00``), in UTC;
    None for anything else and for a year the full parser has words for (before 1900,
    after 9000), so that the full parser gives the answer and says what is wrong."""
    if len(at) >= 20 and at[10:11] == "T" and at[-6:-5] in "+-":
        try:
            dt = datetime.fromisoformat(at)
        except ValueError:
            return None
        if dt.tzinfo is not None and 1900 <= dt.year <= 9000:
            utc = dt.astimezone(UTC)
            if utc.year >= 1900:
                return utc
    return None


_ISO_OFFSET = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                         r"(?:\.[0-9]{6})?[+-][0-9]{2}:[0-9]{2}\Z")


def _fast_stored(at: str) -> str | None:
    """``_fmt(_fast_time(at))`` for ``YYYY-MM-DDTHH:MM:SS[.ffffff]+HH:MM`` (None for any
    other text): the stored time, cut from the text itself when the offset is zero."""
    if _ISO_OFFSET.match(at) is None:
        return None
    if at.endswith("+00:00"):
        try:
            dt = datetime.fromisoformat(at)  # checks that the date and time exist
        except ValueError:
            return None
        if not 1900 <= dt.year <= 9000:
            return None
        return at[:10] + " " + at[11:19] + (at[19:26] if len(at) == 32 else ".000000")
    utc = _fast_time(at)
    return None if utc is None else _fmt_utc(utc)


def _time(row: RawRow, limit: datetime) -> datetime:
    """The row's time in UTC, checked as ``inputs.EntryIn`` checks it (ISO 8601, at most
    24 hours ahead, not before 1900, with the same words); used when the other values
    come from the cache."""
    from ..timeutil import parse_datetime, to_utc

    at = row.data["at"]
    dt = _fast_time(at) if type(at) is str else None
    if dt is None:
        try:
            dt = parse_datetime(at, "at") if isinstance(at, str) else to_utc(at)
        except InputError as exc:
            raise _fail(row, exc) from None
    if dt > limit:
        raise refuse(row.where, _field_name(row, "at"), "is more than 24 hours in the future")
    if dt.year < 1900:
        raise refuse(row.where, _field_name(row, "at"), "is too far in the past")
    return dt


def validate(row: RawRow, limit: datetime | None = None
             ) -> tuple[str, datetime, dict[str, Any], tuple[Any, ...], tuple[Any, ...]]:
    """(kind, time in UTC, storage values, their normalised form) of a row, or InputError
    naming the file, the row and the field."""
    if not _MODELS:
        from ..inputs import validate_input
        from ..kinds import KINDS
        from ..storage import entries

        def row_values(inp: Any) -> dict[str, Any]:
            return dict(zip(KINDS[inp.kind].columns, entries.row_values(inp), strict=True))

        _MODELS.update(row_values=row_values, validate=validate_input,
                       columns={k: v.columns for k, v in KINDS.items()})
    precheck(row)
    key = _cache_key(row)
    hit = _CACHE.get(key) if key is not None else None
    if hit is not None:
        return (row.kind, _time(row, limit or now_utc() + timedelta(hours=24)), *hit)
    try:
        inp = _MODELS["validate"](row.kind, row.data)
        values = _MODELS["row_values"](inp)
    except InputError as exc:
        raise _fail(row, exc) from None
    except (TypeError, ValueError, OverflowError) as exc:  # a value pydantic could not take
        raise refuse(row.where, "entry", f"is not valid ({type(exc).__name__})") from None
    cols = _MODELS["columns"][row.kind]
    stored = tuple(values.get(c) for c in cols)
    norm = tuple(_norm(v) for v in stored)
    if key is not None:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[key] = (values, norm, stored)
    return row.kind, inp.at, values, norm, stored


def _fmt(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _fmt_utc(dt: datetime) -> str:
    """``_fmt`` of a time already in UTC (years 1900 to 9999)."""
    return dt.isoformat(" ", "microseconds")[:26]


def _norm(v: Any) -> Any:
    if isinstance(v, str):
        return normalise_newlines(v)
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return round(float(v), 9)
    return v


def _key(at_s: str, vals: Iterable[Any]) -> tuple[Any, ...]:
    return (at_s, *(_norm(v) for v in vals))


class _Writer:
    """Batches validated rows, finds the ones present, assigns ids and inserts.

    ``pending`` holds (kind, normalised values, stored values, stored time, wanted id,
    preview) per row; preview is (where, time, values) for the first rows of the
    import (``ImportResult.preview``) and None after them.
    """

    def __init__(self, con: Any, result: ImportResult, dry_run: bool):
        from ..storage import entries

        self.con = con
        self.result = result
        self.dry_run = dry_run
        self.store = entries
        self.marker = _fmt(now_utc())  # created_at of every row of this import
        # AUTOINCREMENT's own sequence: the highest id the diary ever gave, deleted or not
        self.seq_start = entries.sequence(con)
        self.next_id = self.seq_start + 1
        self.kept: set[int] = set()
        self.consumed: Counter[tuple[Any, ...]] = Counter()
        self.pending: list[tuple[Any, ...]] = []
        self.seen = 0  # rows added through ``add`` (the fast path's rows come after them)
        # per kind, the first and last stored time of the person's entries from before
        # this import (None: none); a batch outside it needs no look-up
        self.spans: dict[str, tuple[str, str] | None] = {}

    def add(self, row: RawRow, kind: str, at: datetime, values: dict[str, Any],
            norm: tuple[Any, ...], stored: tuple[Any, ...]) -> None:
        info = (row.where, at, values) if self.seen < PREVIEW_ROWS else None
        self.seen += 1
        self.pending.append((kind, norm, stored, _fmt(at), row.entry_id, info))
        if len(self.pending) >= BATCH:
            self.flush()

    def _span(self, kind: str) -> tuple[str, str] | None:
        if kind not in self.spans:
            self.spans[kind] = self.store.stored_span(self.con, kind)
        return self.spans[kind]

    def _present(self, kind: str, ats: list[str]) -> Counter[tuple[Any, ...]]:
        out: Counter[tuple[Any, ...]] = Counter()
        span = self._span(kind)
        if span is None or not ats:
            return out
        lo, hi = min(ats), max(ats)
        if hi < span[0] or lo > span[1]:
            return out
        wanted = [a for a in set(ats) if span[0] <= a <= span[1]]
        for r in self.store.stored_rows_at(self.con, kind, wanted, self.marker):
            out[_key(str(r[0]), r[1:])] += 1
        return out

    def _new_id(self, wanted: int | None) -> int:
        if wanted is not None and wanted > self.seq_start and wanted not in self.kept \
                and wanted >= self.next_id:
            self.kept.add(wanted)
            return wanted
        while self.next_id in self.kept:
            self.next_id += 1
        eid = self.next_id
        self.next_id += 1
        return eid

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        by_kind: dict[str, list[str]] = {}
        for p in batch:
            ats_k = by_kind.get(p[0])
            if ats_k is None:
                ats_k = by_kind[p[0]] = []
            ats_k.append(p[3])
        present: dict[str, Counter[tuple[Any, ...]]] = {}
        for k, v in by_kind.items():
            found = self._present(k, v)
            if found:
                present[k] = found
        entry_rows: list[tuple[Any, ...]] = []
        kind_rows: dict[str, list[tuple[Any, ...]]] = {}
        consumed = self.consumed
        result = self.result
        per_kind = result.per_kind
        marker = self.marker
        pid = self.store.person_of(self.con)
        dry = self.dry_run
        if not present and not dry:  # the common batch: every row is new
            self._add_all(batch, pid)
            return
        added = skipped = 0
        last_kind = None
        slot: list[int] = []
        rows_k: list[tuple[Any, ...]] = []
        for kind, norm, stored, at_s, want, info in batch:
            if kind is not last_kind:
                last_kind = kind
                slot = per_kind.get(kind)  # type: ignore[assignment]
                if slot is None:
                    slot = per_kind[kind] = [0, 0]
                rows_k = kind_rows.get(kind)  # type: ignore[assignment]
                if rows_k is None:
                    rows_k = kind_rows[kind] = []
            is_present = False
            if present:
                pk = present.get(kind)
                if pk:
                    key = (at_s, *norm)
                    have = pk.get(key, 0)
                    if have:
                        full = (kind, *key)
                        if have - consumed.get(full, 0) > 0:
                            consumed[full] += 1
                            is_present = True
            if info is not None:
                self._preview(kind, info, is_present)
            if is_present:
                slot[1] += 1
                skipped += 1
                continue
            slot[0] += 1
            added += 1
            if dry:
                continue
            if want is None and not self.kept:
                eid = self.next_id
                self.next_id += 1
            else:
                eid = self._new_id(want)
            entry_rows.append((eid, kind, at_s, marker, marker, pid))
            rows_k.append((eid, *stored))
        result.added += added
        result.skipped += skipped
        if entry_rows:
            self.store.insert_rows(self.con, entry_rows, kind_rows)

    def _preview(self, kind: str, info: tuple[str, datetime, dict[str, Any]],
                 is_present: bool) -> None:
        where, at, values = info
        self.result.preview.append({"kind": kind, "at": iso(at), "where": where,
                                    "status": "present" if is_present else "new",
                                    **{("stretch_kind" if k == "kind" else k): v
                                       for k, v in values.items()
                                       if v not in (None, "") and k != "drug_key"}})

    def _add_all(self, batch: list[tuple[Any, ...]], pid: int) -> None:
        """``flush`` of a batch none of whose rows is present, outside a dry run."""
        entry_rows: list[tuple[Any, ...]] = []
        kind_rows: dict[str, list[tuple[Any, ...]]] = {}
        marker = self.marker
        kept = self.kept
        nid = self.next_id
        last_kind = None
        rows_k: list[tuple[Any, ...]] = []
        for kind, _norm, stored, at_s, want, info in batch:
            if kind is not last_kind:
                last_kind = kind
                rows_k = kind_rows.setdefault(kind, [])
            if info is not None:
                self._preview(kind, info, False)
            if want is None and not kept:
                eid = nid
                nid += 1
            else:
                self.next_id = nid
                eid = self._new_id(want)
                nid = self.next_id
            entry_rows.append((eid, kind, at_s, marker, marker, pid))
            rows_k.append((eid, *stored))
        self.next_id = nid
        per_kind = self.result.per_kind
        for kind, rows in kind_rows.items():
            per_kind.setdefault(kind, [0, 0])[0] += len(rows)
        self.result.added += len(entry_rows)
        self.store.insert_rows(self.con, entry_rows, kind_rows)


def run(diary: Any, rows: Iterator[RawRow], *, dry_run: bool = False,
        progress: Progress | None = None, position: Callable[[], int] | None = None,
        size: int = 0, source: str = "crampdiary",
        medicines: Callable[[], list[RawRow]] | None = None,
        backup_over: int = LARGE_IMPORT_BYTES) -> ImportResult:
    """Import ``rows`` into ``diary`` (all or nothing) or, with ``dry_run``, only count."""
    result = ImportResult(source=source, dry_run=dry_run)
    if not dry_run and size > backup_over:
        result.backup = _backup(diary)
    step = max(size // 100, 1)
    last = 0

    def tick(force: bool = False) -> None:
        nonlocal last
        if progress is None:
            return
        pos = position() if position else 0
        if force or pos - last >= step:
            last = pos
            progress(min(pos / size, 1.0) if size else 0.0,
                     f"{result.added + result.skipped} entries read")

    from ..storage.connection import bigger_cache

    ctx = diary.sql_read() if dry_run else diary.sql_write()
    with ctx as con:
        # a bigger page cache while the indexes of a large import grow (back afterwards)
        with bigger_cache(con, IMPORT_CACHE_KB):
            _import_rows(con, result, rows, dry_run, tick, medicines)
    if progress:
        progress(1.0, str(result))
    return result


def _import_rows(con: Any, result: ImportResult, rows: Iterator[Any], dry_run: bool,
                 tick: Callable[[], None], medicines: Callable[[], list[RawRow]] | None
                 ) -> None:
    w = _Writer(con, result, dry_run)
    n = 0
    limit = now_utc() + timedelta(hours=24)
    for row in rows:
        if type(row) is CellSource:
            _fast_cells(w, row, limit, tick)
            continue
        w.add(row, *validate(row, limit))
        n += 1
        if n % BATCH == 0:
            tick()
    w.flush()
    if medicines is not None:
        meds = medicines()
        if meds:
            result.medicines_added = _add_medicines(con, meds, dry_run)


def _fast_cells(w: _Writer, src: CellSource, limit: datetime, tick: Callable[[], None],
                slow: bool = False) -> None:
    """The rows of one CSV file, the common ones without building a ``RawRow``.

    A row is taken here when its cells hold no suspect character, its other cells are
    the same as those of a row already validated in this file (their validated values
    come from that row: they depend on those cells alone), its time has the common
    shape (``_fast_stored``) within the limits and its id, if any, is plain digits.
    Every other row, and the first rows of the import (the preview), go through
    ``build`` and ``validate`` like any other source's rows; ``slow`` sends every row
    that way (the tests compare the two).
    """
    kind = src.kind
    at_i, id_i = src.at_index, src.id_index
    # cells other than the time and the id -> (kind, normalised values, stored values)
    cache: dict[Any, tuple[str, tuple[Any, ...], tuple[Any, ...]]] = {}
    search = _SUSPECT.search
    stored_time = _fast_stored
    limit_s = _fmt(limit)
    build = src.build
    batch = BATCH
    n = 0
    rest = [i for i in range(src.width) if i != at_i and i != id_i]
    keyf: Callable[[list[str]], Any] = itemgetter(*rest) if rest else (lambda c: ())
    pending = w.pending
    ready = False  # past the preview rows
    for rn, line, cells in src.rows:
        key = None
        if ready or (not slow and w.seen >= PREVIEW_ROWS):
            ready = True
            joined = "".join(cells)
            if len(joined) <= 10000 and not search(joined):
                key = keyf(cells)
                hit = cache.get(key)
                if hit is not None:
                    at_s = stored_time(cells[at_i])
                    want: int | None = None
                    if id_i is not None:
                        v = cells[id_i]
                        if v:
                            plain = len(v) <= 15 and v.isascii() and v.isdigit() and v[0] != "0"
                            want = int(v) if plain else -1
                    if at_s is not None and at_s <= limit_s and want != -1:
                        pending.append(hit + (at_s, want, None))
                        if len(pending) >= batch:
                            w.flush()
                            pending = w.pending
                            tick()
                        continue
        row = build(rn, line, cells)
        got = validate(row, limit)
        w.add(row, *got)
        pending = w.pending
        n += 1
        if n % batch == 0:
            tick()
        if key is not None:
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            cache[key] = (kind, got[3], got[4])


def _backup(diary: Any) -> Path | None:
    from ... import paths
    from ..backups import make_backup

    try:
        from ..storage.connection import checkpoint

        with diary.sql_read() as con:
            checkpoint(con)
        return make_backup(Path(diary.path), paths.backup_dir(), kind="pre-import")
    except OSError as exc:
        from ..errors import EnvironmentProblem

        raise EnvironmentProblem(f"The backup before this large import could not be made "
                                 f"({exc.strerror}); nothing was imported.",
                                 "Free some disk space and try again.") from None


def _add_medicines(con: Any, meds: list[RawRow], dry_run: bool) -> int:
    """Add the medicines of a JSON export that the diary's list does not have yet."""
    from ..catalog import load_catalog
    from ..medicines import MedicineIn
    from ..storage.medicines import insert_medicine, medicine_names

    cat = load_catalog()
    have = {name.casefold() for name in medicine_names(con)}
    added = 0
    for row in meds:
        if not isinstance(row.data, dict) or "_bad" in row.data:
            raise InputError("medicines", f"{row.where}: is not an object")
        for k, v in row.data.items():
            if isinstance(v, TooLong):
                raise refuse(row.where, k, f"is {v!r}; no value is that large")
            if isinstance(v, str):
                check_text(v, row.where, k)
        try:
            m = MedicineIn.checked({k: v for k, v in row.data.items() if v is not None})
        except InputError as exc:
            raise refuse(row.where, exc.field, exc.message) from None
        values = m.model_dump()
        drug = cat.resolve(m.name)
        values["drug_key"] = drug.key if drug else None
        if drug:
            values["name"] = drug.name
        if values["name"].casefold() in have:
            continue
        values["schedule"] = ";".join(values.get("schedule") or [])
        have.add(values["name"].casefold())
        added += 1
        if dry_run:
            continue
        insert_medicine(con, {k: v.isoformat() if hasattr(v, "isoformat") else v
                              for k, v in values.items()})
    return added
