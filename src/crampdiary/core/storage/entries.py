"""Every SQL statement that reads or writes entries, built from ``core.kinds``.

The stored time format is written here once: UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``
(``to_stored`` / ``from_stored``).  Functions take an open ``sqlite3.Connection``
(``Diary.sql_read()`` / ``sql_write()`` give one); writes expect to run inside
the caller's transaction.

People: every function reads and writes the entries of ONE person, the one the
connection serves (``storage.people.person_of(con)``: the diary's chosen person).
A connection that names no person is refused.  Ids are unique across the file.

Ids: ``entry.id`` is AUTOINCREMENT, so SQLite itself hands out every new id and
never gives a deleted entry's id to another entry.  A wanted id (undo of a
delete, an import keeping the ids of its file) is honoured only when it is free
and was never handed out before (greater than SQLite's counter).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from itertools import chain
from typing import Any

from ..kinds import KINDS, Kind
from .people import person_of

UTC = timezone.utc
STORED_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
# Bounds that compare as text with every stored time (a bare '0000' would not).
MIN_STORED = "0001-01-01 00:00:00.000000"
MAX_STORED = "9999-12-31 23:59:59.999999"


def to_stored(dt: datetime) -> str:
    """The form in which the diary holds times: UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.strftime(STORED_TIME_FORMAT)


def from_stored(s: str | datetime) -> datetime:
    """A stored time as an aware UTC datetime."""
    if isinstance(s, datetime):
        return s.replace(tzinfo=UTC)
    return datetime.fromisoformat(s + "+00:00")  # ten times faster than .replace(tzinfo=)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# --------------------------------------------------------------------------- SQL text
def _select(k: Kind) -> str:
    cols = ", ".join(f"{k.alias}.{_q(f.column)}" for f in k.fields)
    return f"SELECT e.id, e.at, {cols} FROM entry e JOIN {_q(k.table)} {k.alias} ON {k.alias}.id = e.id"


def _insert(k: Kind) -> str:
    cols = ", ".join(_q(c) for c in ("id", *k.columns))
    marks = ", ".join("?" for _ in range(len(k.columns) + 1))
    return f"INSERT INTO {_q(k.table)} ({cols}) VALUES ({marks})"


def _update(k: Kind) -> str:
    sets = ", ".join(f"{_q(c)} = ?" for c in k.columns)
    return f"UPDATE {_q(k.table)} SET {sets} WHERE id = ?"


SELECTS: dict[str, str] = {name: _select(k) for name, k in KINDS.items()}
INSERTS: dict[str, str] = {name: _insert(k) for name, k in KINDS.items()}
UPDATES: dict[str, str] = {name: _update(k) for name, k in KINDS.items()}
INSERT_ENTRY = ("INSERT INTO entry (id, kind, at, created_at, updated_at, person_id) "
                "VALUES (?,?,?,?,?,?)")
ENTRY_COLUMNS = ("id", "kind", "at", "created_at", "updated_at", "person_id")
_ROWS_A_STATEMENT = 500


# --------------------------------------------------------------------------- rows <-> records
def _split(s: str | None) -> tuple[str, ...]:
    return tuple(x for x in s.split(";") if x) if s else ()


def _flag(v: Any) -> bool | None:
    return None if v is None else bool(v)


_DECODERS: dict[str, list[Any]] = {}


def _decoders(k: Kind) -> list[Any]:
    dec = _DECODERS.get(k.name)
    if dec is None:
        dec = [_split if f.joined else bool if f.flag and f.required else
               _flag if f.flag else None for f in k.fields]
        _DECODERS[k.name] = dec
    return dec


def make_record(kind: str, row: Sequence[Any]) -> Any:
    """A record (``core.records``) from a row of ``SELECTS[kind]``."""
    k = KINDS[kind]
    vals = [row[0], from_stored(row[1])]
    for dec, v in zip(_decoders(k), row[2:], strict=True):
        vals.append(dec(v) if dec is not None else v)
    return k.record(*vals)


def row_values(inp: Any) -> tuple[Any, ...]:
    """The kind table's values (after ``id``) for a validated input model."""
    k = KINDS[inp.kind]
    data = inp.model_dump(by_alias=False)
    if k.name == "stretch":
        data["stretch_kind"] = data.pop("kind_", data.get("stretch_kind"))
    elif k.name == "dose":
        from ..catalog import load_catalog

        drug = load_catalog().resolve(data["drug"])
        data["drug_key"] = drug.key if drug else None
        if drug:
            data["drug"] = drug.name
    out = []
    for f in k.fields:
        v = data.get(f.name)
        if f.joined:
            v = ";".join(v or ())
        out.append(v)
    return tuple(out)


# --------------------------------------------------------------------------- writes
def _sequence(con: sqlite3.Connection) -> int:
    row = con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'entry'").fetchone()
    return int(row[0]) if row else 0


def sequence(con: sqlite3.Connection) -> int:
    """The highest entry id SQLite ever handed out (AUTOINCREMENT's own counter)."""
    return _sequence(con)


def insert_rows(con: sqlite3.Connection, entry_rows: Sequence[tuple[Any, ...]],
                kind_rows: dict[str, list[tuple[Any, ...]]]) -> None:
    """Store rows already in stored form: ``entry_rows`` as (id, kind, at, created_at,
    updated_at, person_id) and, per kind, (id, *columns) in ``Kind.columns`` order (the
    import's batches, inside the caller's one transaction).  The person must be the
    connection's (``person_of(con)``): a row for anyone else is refused."""
    if entry_rows:
        pid = person_of(con)
        if {r[5] for r in entry_rows} != {pid}:
            raise ValueError("insert_rows: an entry row for another person")
        _insert_values(con, "entry", ENTRY_COLUMNS, entry_rows)
    for kind, rows in kind_rows.items():
        if rows:
            k = KINDS[kind]
            _insert_values(con, k.table, ("id", *k.columns), rows)


def _insert_values(con: sqlite3.Connection, table: str, columns: Sequence[str],
                   rows: Sequence[tuple[Any, ...]]) -> None:
    """``INSERT INTO table (columns) VALUES (...), (...), ...``: many rows a statement
    (half the time of one statement a row, ``executemany``, for a large import), as
    many as SQLite's limit of bound values allows, at most ``_ROWS_A_STATEMENT``."""
    width = len(columns)
    per = max(1, min(_ROWS_A_STATEMENT, _max_variables(con) // width))
    head = (f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c in columns)}) VALUES ")
    marks = "(" + ",".join("?" * width) + ")"
    full = head + ",".join([marks] * per)
    for i in range(0, len(rows), per):
        part = rows[i:i + per]
        sql = full if len(part) == per else head + ",".join([marks] * len(part))
        con.execute(sql, list(chain.from_iterable(part)))


def stored_span(con: sqlite3.Connection, kind: str) -> tuple[str, str] | None:
    """(first, last) stored time of the person's entries of ``kind``, None when there
    are none (two probes of the (person_id, kind, at) index)."""
    pid = person_of(con)
    lo = con.execute("SELECT MIN(at) FROM entry WHERE person_id = ? AND kind = ?",
                     (pid, kind)).fetchone()[0]
    if lo is None:
        return None
    hi = con.execute("SELECT MAX(at) FROM entry WHERE person_id = ? AND kind = ?",
                     (pid, kind)).fetchone()[0]
    return str(lo), str(hi)


def _max_variables(con: sqlite3.Connection) -> int:
    """How many values one statement may bind (SQLite's limit: 32766, or 999 before
    SQLite 3.32), less a few for the statement's other parameters."""
    getlimit = getattr(con, "getlimit", None)
    limit = getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if getlimit else 999
    return max(int(limit) - 8, 100)


def stored_rows_at(con: sqlite3.Connection, kind: str, ats: Sequence[str],
                   not_created_at: str | None = None) -> Iterator[tuple[Any, ...]]:
    """(stored at, *columns) of the entries of ``kind`` at any of the stored times ``ats``
    (the import's "already present" check: one probe of the (person_id, kind, at)
    index for a batch), leaving out those created at ``not_created_at`` (the rows the
    running import wrote itself).  Only the connection's person's entries count."""
    k = KINDS[kind]
    pid = person_of(con)
    sel = ", ".join(f"t.{_q(c)}" for c in k.columns)
    step = _max_variables(con)
    for i in range(0, len(ats), step):
        part = list(ats[i:i + step])
        sql = (f"SELECT e.at, {sel} FROM entry e JOIN {_q(k.table)} t ON t.id = e.id "
               f"WHERE e.person_id = ? AND e.kind = ? "
               f"AND e.at IN ({', '.join('?' * len(part))})")
        args: list[Any] = [pid, kind, *part]
        if not_created_at is not None:
            sql += " AND e.created_at != ?"
            args.append(not_created_at)
        yield from con.execute(sql, args)


def entry_exists(con: sqlite3.Connection, entry_id: int) -> bool:
    """Whether ANY person has an entry with this id (ids are unique across the file)."""
    return con.execute("SELECT 1 FROM entry WHERE id = ?", (entry_id,)).fetchone() is not None


def insert(con: sqlite3.Connection, inp: Any, now: datetime,
           entry_id: int | None = None) -> int:
    """Store one validated entry; return its id (SQLite's next one unless given)."""
    stamp = to_stored(now)
    cur = con.execute(INSERT_ENTRY, (entry_id, inp.kind, to_stored(inp.at), stamp, stamp,
                                     person_of(con)))
    eid = int(entry_id if entry_id is not None else cur.lastrowid)  # type: ignore[arg-type]
    con.execute(INSERTS[inp.kind], (eid, *row_values(inp)))
    return eid


def bulk_insert(con: sqlite3.Connection, inputs: Sequence[Any], now: datetime,
                ids: Sequence[int | None] | None = None) -> list[int]:
    """Store many validated entries (in the caller's one transaction); return their ids.

    ``ids[n]`` may name a wanted id for ``inputs[n]``: it is kept when no entry has it
    and SQLite never handed it out (above its AUTOINCREMENT counter); otherwise, and
    for None, SQLite gives the next id.
    """
    if not inputs:
        return []
    pid = person_of(con)
    stamp = to_stored(now)
    counter = _sequence(con)
    wanted = [i for i in (ids or ()) if i is not None and i > counter]
    taken: set[int] = set()
    if wanted:
        lo, hi = min(wanted), max(wanted)
        taken = {r[0] for r in con.execute("SELECT id FROM entry WHERE id BETWEEN ? AND ?",
                                           (lo, hi))}
    out: list[int | None] = [None] * len(inputs)
    keep_rows: list[tuple[Any, ...]] = []
    auto: list[int] = []
    for n, inp in enumerate(inputs):
        want = ids[n] if ids else None
        if want is not None and want > counter and want not in taken:
            taken.add(want)
            out[n] = want
            keep_rows.append((want, inp.kind, to_stored(inp.at), stamp, stamp, pid))
        else:
            auto.append(n)
    if keep_rows:
        con.executemany(INSERT_ENTRY, keep_rows)
    if auto:
        start = _sequence(con)
        con.executemany(INSERT_ENTRY, ((None, inputs[n].kind, to_stored(inputs[n].at), stamp,
                                        stamp, pid) for n in auto))
        end = _sequence(con)
        if end - start != len(auto):  # pragma: no cover - SQLite's own counter, one writer
            raise RuntimeError("entry ids were not handed out in one run")
        for offset, n in enumerate(auto, start=1):
            out[n] = start + offset
    per_kind: dict[str, list[tuple[Any, ...]]] = {}
    for n, inp in enumerate(inputs):
        per_kind.setdefault(inp.kind, []).append((out[n], *row_values(inp)))
    for kind, rows in per_kind.items():
        con.executemany(INSERTS[kind], rows)
    return [int(i) for i in out]  # type: ignore[arg-type]


def update(con: sqlite3.Connection, kind: str, entry_id: int, inp: Any, now: datetime) -> bool:
    """Replace an entry's time and fields; False when the person has no such entry."""
    cur = con.execute("UPDATE entry SET at = ?, updated_at = ? WHERE id = ? AND person_id = ?",
                      (to_stored(inp.at), to_stored(now), entry_id, person_of(con)))
    if cur.rowcount == 0:
        return False
    con.execute(UPDATES[kind], (*row_values(inp), entry_id))
    return True


def delete(con: sqlite3.Connection, kind: str, entry_id: int) -> bool:
    """Delete the person's entry; False (nothing deleted) when they have no such entry."""
    cur = con.execute("DELETE FROM entry WHERE id = ? AND person_id = ? AND kind = ?",
                      (entry_id, person_of(con), kind))
    if cur.rowcount == 0:
        return False
    con.execute(f"DELETE FROM {_q(KINDS[kind].table)} WHERE id = ?", (entry_id,))
    return True


# --------------------------------------------------------------------------- reads
def kind_of(con: sqlite3.Connection, entry_id: int) -> str | None:
    row = con.execute("SELECT kind FROM entry WHERE id = ? AND person_id = ?",
                      (entry_id, person_of(con))).fetchone()
    return row[0] if row else None


def _kind_sql(con: sqlite3.Connection, kind: str, start: datetime | None,
              end: datetime | None, entry_id: int | None = None,
              only: Mapping[str, Collection[Any]] | None = None) -> tuple[str, list[Any]]:
    """The person's rows of ``kind`` with ``start <= at <= end`` (either optional), by
    (at, id): the statement and its arguments, written once for reading and streaming.
    ``only``: column -> the values kept (``{"drink": ["alcohol"]}``)."""
    # "e.person_id = ? AND e.kind = ?" lets SQLite walk the (person_id, kind, at) index.
    where, args = ["e.person_id = ?", "e.kind = ?"], [person_of(con), kind]
    if entry_id is not None:
        where.append("e.id = ?")
        args.append(entry_id)
    k = KINDS[kind]
    for column, values in (only or {}).items():
        if column not in k.columns:
            raise ValueError(f"{column!r} is not a column of {kind}")
        if not values:
            where.append("0")  # nothing is kept
            continue
        where.append(f"{k.alias}.{_q(column)} IN ({', '.join('?' for _ in values)})")
        args.extend(values)
    if start is not None:
        where.append("e.at >= ?")
        args.append(to_stored(start))
    if end is not None:
        where.append("e.at <= ?")
        args.append(to_stored(end))
    return SELECTS[kind] + " WHERE " + " AND ".join(where) + " ORDER BY e.at, e.id", args


def query(con: sqlite3.Connection, kind: str, start: datetime | None = None,
          end: datetime | None = None, *, entry_id: int | None = None,
          only: Mapping[str, Collection[Any]] | None = None) -> list[Any]:
    """Records of ``kind`` with ``start <= at <= end`` (either optional), oldest first;
    ``only``: column -> the values kept."""
    sql, args = _kind_sql(con, kind, start, end, entry_id, only)
    return [make_record(kind, r) for r in con.execute(sql, tuple(args)).fetchall()]


def stream_rows(con: sqlite3.Connection, kind: str, start: datetime | None = None,
                end: datetime | None = None) -> sqlite3.Cursor:
    """A cursor over the person's stored rows of ``kind`` with ``start <= at <= end``, by
    (at, id).

    Rows, not records (``make_record`` turns one into a record): the caller streams them.
    """
    sql, args = _kind_sql(con, kind, start, end)
    cur = con.execute(sql, tuple(args))
    cur.arraysize = 500
    return cur


def count(con: sqlite3.Connection) -> int:
    """How many entries the person has."""
    return int(con.execute("SELECT COUNT(*) FROM entry WHERE person_id = ?",
                           (person_of(con),)).fetchone()[0])


def first_time(con: sqlite3.Connection) -> datetime | None:
    """The time of the person's oldest entry (None when they have none)."""
    row = con.execute("SELECT MIN(at) FROM entry WHERE person_id = ?",
                      (person_of(con),)).fetchone()
    return from_stored(row[0]) if row and row[0] else None


def last_time(con: sqlite3.Connection, start: datetime, end: datetime) -> datetime | None:
    """The time of the person's latest entry of any kind with ``start <= at <= end``."""
    row = con.execute("SELECT MAX(at) FROM entry WHERE person_id = ? AND at >= ? AND at <= ?",
                      (person_of(con), to_stored(start), to_stored(end))).fetchone()
    return from_stored(row[0]) if row and row[0] else None


def page_keys(con: sqlite3.Connection, kind: str | None, lo: datetime | None,
              hi: datetime | None, cursor: tuple[str, int] | None,
              limit: int) -> list[tuple[int, str]]:
    """(id, stored at) of up to ``limit`` entries, newest first, with ``lo <= at < hi``,
    older than ``cursor`` (keyset paging on (at, id))."""
    where: list[str] = ["person_id = ?"]
    args: list[Any] = [person_of(con)]
    if kind:
        where.append("kind = ?")
        args.append(kind)
    if lo is not None:
        where.append("at >= ?")
        args.append(to_stored(lo))
    if hi is not None:
        where.append("at < ?")
        args.append(to_stored(hi))
    if cursor is not None:
        where.append("(at < ? OR (at = ? AND id < ?))")
        args.extend([cursor[0], cursor[0], cursor[1]])
    sql = "SELECT id, at FROM entry WHERE " + " AND ".join(where)
    sql += " ORDER BY at DESC, id DESC LIMIT ?"
    args.append(limit)
    return [(int(r[0]), str(r[1])) for r in con.execute(sql, args).fetchall()]


_EPOCH = "(julianday(e.at) - 2440587.5) * 86400.0"


def analysis_rows(con: sqlite3.Connection, lo: datetime | None,
                  hi: datetime | None) -> dict[str, Any]:
    """What ``core.analysis.load_data`` reads, times as Unix seconds: the span of
    entries in ``lo <= at < hi``, cramps, every dose, water and stretching."""
    a = to_stored(lo) if lo is not None else MIN_STORED
    b = to_stored(hi) if hi is not None else MAX_STORED
    pid = person_of(con)
    span = con.execute(
        "SELECT (julianday(MIN(at)) - 2440587.5) * 86400.0, "
        "(julianday(MAX(at)) - 2440587.5) * 86400.0 FROM entry "
        "WHERE person_id = ? AND at >= ? AND at < ?", (pid, a, b)).fetchone()
    cramps = con.execute(
        f"SELECT {_EPOCH}, c.severity, c.duration_s, c.woke, c.relief, c.muscle, c.side "
        "FROM entry e JOIN cramp c ON c.id = e.id "
        "WHERE e.person_id = ? AND e.kind = 'cramp' AND e.at >= ? AND e.at < ? "
        "ORDER BY e.at, e.id", (pid, a, b)).fetchall()
    doses = con.execute(
        f"SELECT {_EPOCH}, d.drug_key, d.drug FROM entry e JOIN dose d ON d.id = e.id "
        "WHERE e.person_id = ? AND e.kind = 'dose' ORDER BY e.at, e.id", (pid,)).fetchall()
    water = con.execute(
        f"SELECT {_EPOCH}, w.ml FROM entry e JOIN water w ON w.id = e.id "
        "WHERE e.person_id = ? AND e.kind = 'water' AND e.at >= ? AND e.at < ?",
        (pid, a, b)).fetchall()
    stretches = con.execute(
        f"SELECT {_EPOCH}, s.minutes FROM entry e JOIN stretch s ON s.id = e.id "
        "WHERE e.person_id = ? AND e.kind = 'stretch' AND e.at >= ? AND e.at < ?",
        (pid, a, b)).fetchall()
    return {"span": span, "cramps": cramps, "doses": doses, "water": water,
            "stretches": stretches}


def entries_fingerprint(con: sqlite3.Connection) -> tuple[Any, ...]:
    """Something that changes whenever an entry is added, edited or deleted (count,
    SQLite's id counter, the sum of the update times), read in one pass.  Whole file,
    everyone's entries: it only tells a window that something changed."""
    row = con.execute("SELECT COUNT(*), MAX(id), TOTAL(julianday(updated_at)), "
                      "TOTAL(julianday(at)) FROM entry").fetchone()
    return (*row, _sequence(con))


def data_version(con: sqlite3.Connection) -> int:
    """SQLite's ``data_version``: changes when another connection commits to the file."""
    return int(con.execute("PRAGMA data_version").fetchone()[0])


__all__ = ["STORED_TIME_FORMAT", "to_stored", "from_stored", "SELECTS", "INSERTS", "UPDATES",
           "make_record", "row_values", "insert", "bulk_insert", "update", "delete", "query",
           "kind_of", "count", "insert_rows", "stored_rows_at", "stored_span", "person_of", "sequence", "first_time", "page_keys", "analysis_rows", "data_version",
           "entries_fingerprint",
           "entry_exists"]
