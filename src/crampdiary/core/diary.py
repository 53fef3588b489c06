"""Use cases: log, edit, delete, list.  The command line and the window both call these.

Each use case validates first (``models.validate_input``), then writes in one
transaction, then returns what it wrote and the flags that the entry raised.
Flags are always recomputed from the stored history, so backdated, edited and
deleted entries are judged the same way as new ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .catalog import load_catalog
from .db import Diary
from .errors import InputError, NotFound
from .inputs import EntryIn, validate_input
from .records import (
    RECORD_TYPES,
    Cramp,
    Dose,
    History,
    Record,
    Stretch,
    Symptom,
    Vitals,
    Water,
)
from .timeutil import UTC, now_utc

if TYPE_CHECKING:
    import sqlite3

    from .models import Medicine


@dataclass
class LogResult:
    record: Record
    flags: list[Any] = field(default_factory=list)  # list[rules.Flag]

    @property
    def id(self) -> int:
        return self.record.id


def _naive_utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC).replace(tzinfo=None)


def _row_values(inp: EntryIn) -> dict[str, Any]:
    """The per-kind table values for a validated input."""
    data = inp.model_dump(by_alias=False)
    data.pop("at", None)
    kind = inp.kind
    if kind == "cramp":
        data["relief"] = ";".join(data["relief"])
        data["red_flags"] = ";".join(data["red_flags"])
    elif kind == "dose":
        drug = load_catalog().resolve(data["drug"])
        data["drug_key"] = drug.key if drug else None
        if drug:
            data["drug"] = drug.name
    elif kind == "stretch":
        data["kind"] = data.pop("kind_")
    return data


def _insert(con: sqlite3.Connection, inp: EntryIn, entry_id: int | None, now: str) -> int:
    cur = con.execute("INSERT INTO entry (id, kind, at, created_at, updated_at) VALUES (?,?,?,?,?)",
                      (entry_id, inp.kind, _fmt(inp.at), now, now))
    eid = int(entry_id if entry_id is not None else cur.lastrowid)  # type: ignore[arg-type]
    sql, cols = _INSERTS[inp.kind]
    vals = _row_values(inp)
    con.execute(sql, (eid, *(vals.get(c) for c in cols)))
    return eid


def log_entry(diary: Diary, kind: str, data: dict[str, Any], *,
              entry_id: int | None = None, with_flags: bool = True) -> LogResult:
    """Validate and store one entry; return it with the flags it raised."""
    inp = validate_input(kind, data)
    with diary.sql_write() as con:
        if entry_id is not None and con.execute(
                "SELECT 1 FROM entry WHERE id = ?", (entry_id,)).fetchone():
            raise InputError("id", f"entry {entry_id} already exists")
        new_id = _insert(con, inp, entry_id, _fmt(now_utc()))
    rec = get_entry(diary, new_id)
    return LogResult(rec, entry_flags(diary, new_id) if with_flags else [])


def record_to_input(rec: Record) -> dict[str, Any]:
    """An existing record as input data (for edits and undo)."""
    from dataclasses import fields

    data: dict[str, Any] = {}
    for f in fields(rec):  # type: ignore[arg-type]
        if f.name in ("id", "drug_key"):
            continue
        v = getattr(rec, f.name)
        data[f.name] = list(v) if isinstance(v, tuple) else v
    return data


def edit_entry(diary: Diary, entry_id: int, changes: dict[str, Any], *,
               with_flags: bool = True) -> LogResult:
    """Change some fields of an entry; the whole entry is validated again."""
    old = get_entry(diary, entry_id)
    data = record_to_input(old)
    for k, v in changes.items():
        if k == "kind":
            continue
        data[k] = v
    inp = validate_input(old.kind, data)
    with diary.sql_write() as con:
        cur = con.execute("UPDATE entry SET at = ?, updated_at = ? WHERE id = ?",
                          (_fmt(inp.at), _fmt(now_utc()), entry_id))
        if cur.rowcount == 0:
            raise NotFound(f"There is no entry {entry_id}.")
        vals = _row_values(inp)
        cols = _INSERTS[old.kind][1]
        table = old.kind
        con.execute(f'UPDATE {table} SET {", ".join(f"{_q(c)} = ?" for c in cols)} WHERE id = ?',
                    (*(vals.get(c) for c in cols), entry_id))
    rec = get_entry(diary, entry_id)
    return LogResult(rec, entry_flags(diary, entry_id) if with_flags else [])


def delete_entry(diary: Diary, entry_id: int) -> Record:
    """Delete an entry; return what it was (so it can be restored by undo)."""
    old = get_entry(diary, entry_id)
    with diary.sql_write() as con:
        con.execute(f"DELETE FROM {old.kind} WHERE id = ?", (entry_id,))
        con.execute("DELETE FROM entry WHERE id = ?", (entry_id,))
    return old


def restore_entry(diary: Diary, rec: Record) -> LogResult:
    """Put a deleted entry back with its old id (undo of delete)."""
    return log_entry(diary, rec.kind, record_to_input(rec), entry_id=rec.id)


def replace_entry(diary: Diary, rec: Record) -> LogResult:
    """Set an entry back to an earlier state (undo of edit)."""
    return edit_entry(diary, rec.id, record_to_input(rec))


# --------------------------------------------------------------------------- reading
def _dt(s: str | datetime) -> datetime:
    if isinstance(s, datetime):
        return s.replace(tzinfo=UTC)
    return datetime.fromisoformat(s + "+00:00")  # ten times faster than .replace(tzinfo=)


def _split(s: str | None) -> tuple[str, ...]:
    return tuple(x for x in s.split(";") if x) if s else ()


def _bool(v: Any) -> bool | None:
    return None if v is None else bool(v)


_QUERIES = {
    "cramp": ("SELECT e.id, e.at, c.muscle, c.severity, c.side, c.duration_s, c.woke, c.relief, "
              "c.relief_score, c.red_flags, c.\"trigger\", c.note FROM entry e JOIN cramp c ON c.id = e.id"),
    "dose": ("SELECT e.id, e.at, d.drug, d.amount, d.drug_key, d.unit, d.form, d.with_food, d.note "
             "FROM entry e JOIN dose d ON d.id = e.id"),
    "water": "SELECT e.id, e.at, w.ml, w.drink FROM entry e JOIN water w ON w.id = e.id",
    "stretch": "SELECT e.id, e.at, s.minutes, s.kind FROM entry e JOIN stretch s ON s.id = e.id",
    "vitals": ("SELECT e.id, e.at, v.systolic, v.diastolic, v.pulse FROM entry e "
               "JOIN vitals v ON v.id = e.id"),
    "symptom": ("SELECT e.id, e.at, y.name, y.severity, y.note FROM entry e "
                "JOIN symptom y ON y.id = e.id"),
}


def _make(kind: str, r: tuple[Any, ...]) -> Record:
    at = _dt(r[1])
    if kind == "cramp":
        return Cramp(r[0], at, r[2], r[3], r[4], r[5], bool(r[6]), _split(r[7]), r[8],
                     _split(r[9]), r[10], r[11])
    if kind == "dose":
        return Dose(r[0], at, r[2], r[3], r[4], r[5], r[6], _bool(r[7]), r[8])
    if kind == "water":
        return Water(r[0], at, r[2], r[3])
    if kind == "stretch":
        return Stretch(r[0], at, r[2], r[3])
    if kind == "vitals":
        return Vitals(r[0], at, r[2], r[3], r[4])
    return Symptom(r[0], at, r[2], r[3], r[4])


def _fmt(dt: datetime) -> str:
    """The form in which SQLite holds times: UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    return _naive_utc(dt).strftime("%Y-%m-%d %H:%M:%S.%f")


def _query(diary: Diary, kind: str, start: datetime | None, end: datetime | None,
           extra: str = "", params: Iterable[Any] = ()) -> list[Record]:
    sql = _QUERIES[kind]
    # "e.kind = ?" lets SQLite walk the (kind, at) index: only this kind's rows, in order.
    where, args = ["e.kind = ?"], [kind, *params]
    if extra:
        where.append(extra)
    if start is not None:
        where.append("e.at >= ?")
        args.append(_fmt(start))
    if end is not None:
        where.append("e.at <= ?")
        args.append(_fmt(end))
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.at, e.id"
    with diary.sql_read() as con:
        rows = con.execute(sql, tuple(args)).fetchall()
    return [_make(kind, r) for r in rows]


def get_entry(diary: Diary, entry_id: int) -> Record:
    with diary.sql_read() as con:
        row = con.execute("SELECT kind FROM entry WHERE id = ?", (entry_id,)).fetchone()
    kind = row[0] if row else None
    if kind is None:
        raise NotFound(f"There is no entry {entry_id}.")
    recs = _query(diary, kind, None, None, "e.id = ?", (entry_id,))
    if not recs:
        raise NotFound(f"There is no entry {entry_id}.")
    return recs[0]


def list_entries(diary: Diary, kind: str | None = None, start: datetime | None = None,
                 end: datetime | None = None) -> list[Record]:
    """Entries with ``start <= at <= end`` (either bound optional), oldest first."""
    kinds = [kind] if kind else list(RECORD_TYPES)
    out: list[Record] = []
    for k in kinds:
        out.extend(_query(diary, k, start, end))
    out.sort(key=lambda r: (r.at, r.id))
    return out


def _keyed(kind: str, rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    for r in rows:
        yield r[1], r[0], kind, r


def iter_entries(diary: Diary, kind: str | None = None, start: datetime | None = None,
                 end: datetime | None = None) -> Iterator[Record]:
    """Like ``list_entries`` but one record at a time (constant memory, one snapshot).

    One cursor per kind, merged by (time, id) as the rows arrive; the reads share
    one read transaction so a writer in between cannot mix two states of the diary.
    """
    import heapq
    import sqlite3

    kinds = [kind] if kind else list(RECORD_TYPES)
    with diary.sql_read() as con:
        con.execute("BEGIN")
        try:
            streams = []
            for k in kinds:
                sql, args = _QUERIES[k] + " WHERE e.kind = ?", [k]
                if start is not None:
                    sql += " AND e.at >= ?"
                    args.append(_fmt(start))
                if end is not None:
                    sql += " AND e.at <= ?"
                    args.append(_fmt(end))
                cur = con.execute(sql + " ORDER BY e.at, e.id", tuple(args))
                cur.arraysize = 500
                streams.append(_keyed(k, cur))
            for _at, _id, k, r in heapq.merge(*streams):
                yield _make(k, r)
        finally:
            try:
                if con.in_transaction:
                    con.execute("COMMIT")
            except sqlite3.ProgrammingError:  # the diary was closed before the reader finished
                pass


def load_history(diary: Diary, start: datetime | None = None,
                 end: datetime | None = None) -> History:
    """Every entry between ``start`` and ``end`` (inclusive), each kind sorted."""
    return History(
        cramps=_query(diary, "cramp", start, end),  # type: ignore[arg-type]
        doses=_query(diary, "dose", start, end),  # type: ignore[arg-type]
        water=_query(diary, "water", start, end),  # type: ignore[arg-type]
        stretches=_query(diary, "stretch", start, end),  # type: ignore[arg-type]
        vitals=_query(diary, "vitals", start, end),  # type: ignore[arg-type]
        symptoms=_query(diary, "symptom", start, end),  # type: ignore[arg-type]
    )


# How far back the rules need to look to judge one moment (63-day high-dose
# window, course lengths, 7-day regular use).
RULES_LOOKBACK = timedelta(days=120)


def rules_history(diary: Diary, at: datetime) -> History:
    """The history the rules need to judge the flags of the 7 days up to ``at``."""
    return load_history(diary, at - RULES_LOOKBACK - timedelta(days=7), at)


def entry_flags(diary: Diary, entry_id: int) -> list[Any]:
    """The flags that this entry takes part in, judged at the entry's own time."""
    from . import rules

    rec = get_entry(diary, entry_id)
    # Judge with everything up to 48 h after the entry (interactions look both
    # ways), but only flags that name this entry.
    hist = load_history(diary, rec.at - RULES_LOOKBACK, rec.at + timedelta(hours=48))
    return rules.flags_for_entry(hist, entry_id)


def count_entries(diary: Diary) -> int:
    with diary.sql_read() as con:
        return int(con.execute("SELECT COUNT(*) FROM entry").fetchone()[0])


# --------------------------------------------------------------------------- medicines
@dataclass
class MedicineRecord:
    """One of "my medicines" as read (the same fields as ``models.Medicine``).

    Read with plain sqlite3, so listing medicines (the window does it on every
    refresh) never loads SQLAlchemy.
    """

    id: int
    name: str
    drug_key: str | None = None
    form: str | None = None
    usual_amount: float | None = None
    unit: str = "mg"
    with_food: bool | None = None
    schedule: str = ""
    started_on: date | None = None
    stopped_on: date | None = None
    note: str | None = None


def _date_or_none(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def list_medicines(diary: Diary, include_stopped: bool = True) -> list[MedicineRecord]:
    sql = ("SELECT id, name, drug_key, form, usual_amount, unit, with_food, schedule, "
           "started_on, stopped_on, note FROM medicine")
    if not include_stopped:
        sql += " WHERE stopped_on IS NULL"
    with diary.sql_read() as con:
        rows = con.execute(sql + " ORDER BY name, id").fetchall()
    return [MedicineRecord(r[0], r[1], r[2], r[3], r[4], r[5], _bool(r[6]), r[7] or "",
                           _date_or_none(r[8]), _date_or_none(r[9]), r[10]) for r in rows]


def save_medicine(diary: Diary, data: dict[str, Any], medicine_id: int | None = None) -> Medicine:
    """Add or update one of "my medicines", validated field by field."""
    from .medicines import MedicineIn
    from .models import Medicine

    inp = MedicineIn.checked(data)
    drug = load_catalog().resolve(inp.name)
    values = inp.model_dump()
    values["drug_key"] = drug.key if drug else None
    if drug:
        values["name"] = drug.name
    values["schedule"] = ";".join(values.get("schedule") or [])
    with diary.write() as s:
        if medicine_id is None:
            med = Medicine(**values)
        else:
            med = s.get(Medicine, medicine_id)
            if med is None:
                raise NotFound(f"There is no medicine {medicine_id}.")
            for k, v in values.items():
                setattr(med, k, v)
        s.add(med)
        s.flush()
        s.refresh(med)
    return med


def delete_medicine(diary: Diary, medicine_id: int) -> None:
    from .models import Medicine

    with diary.write() as s:
        med = s.get(Medicine, medicine_id)
        if med is not None:
            s.delete(med)


# --------------------------------------------------------------------------- bulk writes
_INSERTS = {
    "cramp": ('INSERT INTO cramp (id, duration_s, muscle, side, severity, woke, relief, relief_score, '
              'red_flags, "trigger", note) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
              ("duration_s", "muscle", "side", "severity", "woke", "relief", "relief_score",
               "red_flags", "trigger", "note")),
    "dose": ("INSERT INTO dose (id, drug, drug_key, amount, unit, form, with_food, note) "
             "VALUES (?,?,?,?,?,?,?,?)",
             ("drug", "drug_key", "amount", "unit", "form", "with_food", "note")),
    "water": ("INSERT INTO water (id, ml, drink) VALUES (?,?,?)", ("ml", "drink")),
    "stretch": ("INSERT INTO stretch (id, minutes, kind) VALUES (?,?,?)", ("minutes", "kind")),
    "vitals": ("INSERT INTO vitals (id, systolic, diastolic, pulse) VALUES (?,?,?,?)",
               ("systolic", "diastolic", "pulse")),
    "symptom": ("INSERT INTO symptom (id, name, severity, note) VALUES (?,?,?,?)",
                ("name", "severity", "note")),
}


def bulk_insert(diary: Diary, inputs: list[EntryIn], ids: list[int | None] | None = None) -> list[int]:
    """Write many validated entries in ONE transaction (all or nothing); return their ids.

    ``ids`` may give wanted ids (None = next free); a wanted id already taken is
    replaced by the next free one.
    """
    if not inputs:
        return []
    now = _fmt(now_utc())
    out: list[int] = []
    with diary.sql_write() as con:
        # never reuse an id, even one whose entry was deleted (AUTOINCREMENT's counter)
        seq = con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entry'").fetchone()
        top = con.execute("SELECT COALESCE(MAX(id), 0) FROM entry").fetchone()[0]
        next_id = max(int(top), int(seq[0]) if seq else 0) + 1
        wanted = {i for i in (ids or ()) if i is not None}
        taken: set[int] = set()
        if wanted:
            taken = {r[0] for r in con.execute("SELECT id FROM entry") if r[0] in wanted}
            next_id = max(next_id, max(wanted) + 1)
        entries: list[tuple[Any, ...]] = []
        per_kind: dict[str, list[tuple[Any, ...]]] = {k: [] for k in _INSERTS}
        for n, inp in enumerate(inputs):
            want = ids[n] if ids else None
            if want is not None and want not in taken:
                eid = want
            else:
                eid = next_id
                next_id += 1
            taken.add(eid)
            out.append(eid)
            entries.append((eid, inp.kind, _fmt(inp.at), now, now))
            vals = _row_values(inp)
            per_kind[inp.kind].append((eid, *(vals.get(c) for c in _INSERTS[inp.kind][1])))
        con.executemany(
            "INSERT INTO entry (id, kind, at, created_at, updated_at) VALUES (?,?,?,?,?)", entries)
        for kind, rows in per_kind.items():
            if rows:
                con.executemany(_INSERTS[kind][0], rows)
    return out


def _q(col: str) -> str:
    return f'"{col}"'
