"""Use cases: log, edit, delete, list.  The command line and the window both call these.

Each use case validates first (``inputs.validate_input``), then writes in one
transaction, then returns what it wrote and the flags that the entry raised.
Flags are always recomputed from the stored history, so backdated, edited and
deleted entries are judged the same way as new ones.

Everything here is for the diary's chosen person (``Diary.person_id``): the SQL
in ``core.storage`` takes the person from the diary's connection.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .catalog import load_catalog
from .db import Diary
from .errors import InputError, NotFound
from .inputs import EntryIn, validate_input
from .kinds import KINDS
from .records import RECORD_TYPES, History, Record
from .storage import entries as store
from .timeutil import now_utc

if TYPE_CHECKING:

    from .models import Medicine


@dataclass
class LogResult:
    record: Record
    flags: list[Any] = field(default_factory=list)  # list[rules.Flag]

    @property
    def id(self) -> int:
        return self.record.id


def _row_values(inp: EntryIn) -> dict[str, Any]:
    """The per-kind table values for a validated input, by column name."""
    return dict(zip(KINDS[inp.kind].columns, store.row_values(inp), strict=True))


def log_entry(diary: Diary, kind: str, data: dict[str, Any], *,
              entry_id: int | None = None, with_flags: bool = True) -> LogResult:
    """Validate and store one entry; return it with the flags it raised."""
    inp = validate_input(kind, data)
    with diary.sql_write() as con:
        if entry_id is not None and store.entry_exists(con, entry_id):
            raise InputError("id", f"entry {entry_id} already exists")
        new_id = store.insert(con, inp, now_utc(), entry_id)
    rec = get_entry(diary, new_id)
    return LogResult(rec, entry_flags(diary, new_id) if with_flags else [])


def record_to_input(rec: Record) -> dict[str, Any]:
    """An existing record as input data (for edits and undo)."""
    from dataclasses import fields

    data: dict[str, Any] = {}
    for f in fields(rec):
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
        if not store.update(con, old.kind, entry_id, inp, now_utc()):
            raise NotFound(f"There is no entry {entry_id}.")
    rec = get_entry(diary, entry_id)
    return LogResult(rec, entry_flags(diary, entry_id) if with_flags else [])


def delete_entry(diary: Diary, entry_id: int) -> Record:
    """Delete an entry; return what it was (so it can be restored by undo)."""
    old = get_entry(diary, entry_id)
    with diary.sql_write() as con:
        if not store.delete(con, old.kind, entry_id):
            raise NotFound(f"There is no entry {entry_id}.")
    return old


def restore_entry(diary: Diary, rec: Record) -> LogResult:
    """Put a deleted entry back with its old id (undo of delete)."""
    return log_entry(diary, rec.kind, record_to_input(rec), entry_id=rec.id)


def replace_entry(diary: Diary, rec: Record) -> LogResult:
    """Set an entry back to an earlier state (undo of edit)."""
    return edit_entry(diary, rec.id, record_to_input(rec))


# --------------------------------------------------------------------------- reading
_dt = store.from_stored  # kept for callers that read a stored time
_fmt = store.to_stored
_QUERIES = store.SELECTS
_make = store.make_record
_bool = store._flag


def _query(diary: Diary, kind: str, start: datetime | None, end: datetime | None,
           entry_id: int | None = None, only: dict[str, Any] | None = None) -> list[Record]:
    with diary.sql_read() as con:
        return store.query(con, kind, start, end, entry_id=entry_id, only=only)


def _not_yours(con: Any, diary: Diary, entry_id: int) -> InputError | None:
    """The refusal for an entry of another person (None when no one has that id)."""
    from . import people
    from .i18n import tr
    from .storage.people import entry_owner

    owner = entry_owner(con, entry_id)
    if owner is None or owner == diary.person_id:
        return None
    them = people.get(con, owner)
    me = people.get(con, diary.person_id)
    name = them.name if them else str(owner)
    return InputError("id", tr("people", "entry {id} belongs to {owner}, not to {person}; "
                                         "choose them with --person {owner}").format(
        id=entry_id, owner=name, person=me.name if me else ""))


def get_entry(diary: Diary, entry_id: int) -> Record:
    """The person's entry ``entry_id``: ``NotFound`` when no one has it, ``InputError``
    (field ``id``, naming its person) when it is another person's."""
    with diary.sql_read() as con:
        kind = store.kind_of(con, entry_id)
        if kind is None:
            refusal = _not_yours(con, diary, entry_id)
            if refusal is not None:
                raise refusal
    if kind is None or kind not in KINDS:
        raise NotFound(f"There is no entry {entry_id}.")
    recs = _query(diary, kind, None, None, entry_id)
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
                 end: datetime | None = None) -> Generator[Record, None, None]:
    """Like ``list_entries`` but one record at a time (constant memory, one snapshot).

    One cursor per kind, merged by (time, id) as the rows arrive; the reads share
    one read transaction so a writer in between cannot mix two states of the diary.
    """
    import heapq

    kinds = [kind] if kind else list(RECORD_TYPES)
    from .storage.connection import snapshot

    with diary.sql_read() as con, snapshot(con):
        streams = [_keyed(k, store.stream_rows(con, k, start, end)) for k in kinds]
        for _at, _id, k, r in heapq.merge(*streams):
            yield _make(k, r)


def load_history(diary: Diary, start: datetime | None = None,
                 end: datetime | None = None, kinds: Iterable[str] | None = None,
                 drinks: Iterable[str] | None = None) -> History:
    """Every entry between ``start`` and ``end`` (inclusive), each kind sorted; only the
    ``kinds`` given (None: all), the others left empty, and of the drinks only those
    given (None: all).  ``rules.engine.reads`` says what the rules read."""
    wanted = set(KINDS) if kinds is None else set(kinds)
    only = {"water": {"drink": sorted(drinks)}} if drinks is not None else {}

    def q(kind: str) -> list[Any]:
        return _query(diary, kind, start, end, only=only.get(kind)) if kind in wanted else []

    return History(cramps=q("cramp"), doses=q("dose"), water=q("water"),
                   stretches=q("stretch"), vitals=q("vitals"), symptoms=q("symptom"))


# How far back the rules need to look to judge one moment (63-day high-dose
# window, course lengths, 7-day regular use).
RULES_LOOKBACK = timedelta(days=120)


def rules_history(diary: Diary, at: datetime) -> History:
    """The history the rules need to judge the flags of the 7 days up to ``at``: the
    kinds they read (no stretches; of the drinks, those a rule names)."""
    from .rules.engine import reads

    return load_history(diary, at - RULES_LOOKBACK - timedelta(days=7), at, **reads())


def entry_flags(diary: Diary, entry_id: int) -> list[Any]:
    """What saving this entry shows (CONTRACT 3.0): the event flags it raised and the
    ongoing flags whose episode it begins."""
    from . import rules
    from .rules.engine import families_for, reads

    rec = get_entry(diary, entry_id)
    # Only the rule families that can name an entry of this kind, and only the kinds of
    # entries they read (a glass of water: none at all; tests/test_rules_narrowed.py).
    families = families_for(rec)
    if not families:
        return []
    # Judge with everything up to 48 h after the entry (a backdated dose can make a
    # later one too close), but only flags this entry raised; the moment of judgement
    # is the latest entry of any kind in that span, as when every kind is read.
    lo, hi = rec.at - RULES_LOOKBACK, rec.at + timedelta(hours=48)
    read = reads(families)
    hist = load_history(diary, lo, hi, read["kinds"] | {rec.kind}, read["drinks"])
    with diary.sql_read() as con:
        at = store.last_time(con, lo, hi) or rec.at
    return rules.flags_for_entry(hist, entry_id, at, **rule_inputs(diary))


def count_entries(diary: Diary) -> int:
    """How many entries the diary's person has."""
    with diary.sql_read() as con:
        return store.count(con)


def first_entry_time(diary: Diary) -> datetime | None:
    """When the oldest entry happened (None in an empty diary)."""
    with diary.sql_read() as con:
        return store.first_time(con)


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
    strength_mg: float | None = None


def _date_or_none(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def list_medicines(diary: Diary, include_stopped: bool = True) -> list[MedicineRecord]:
    from .storage.medicines import medicine_rows

    with diary.sql_read() as con:
        rows = medicine_rows(con, include_stopped)
    return [MedicineRecord(r[0], r[1], r[2], r[3], r[4], r[5], _bool(r[6]), r[7] or "",
                           _date_or_none(r[8]), _date_or_none(r[9]), r[10], r[11])
            for r in rows]


def diary_uuid(diary: Diary) -> str:
    """The diary's own UUID (schema 4): made once when the diary was created or upgraded."""
    from .storage.medicines import meta_value

    with diary.sql_read() as con:
        value = meta_value(con, "diary_uuid")
    if value is None:  # pragma: no cover - every schema-4 diary has one
        raise RuntimeError("the diary has no UUID")
    return value


def medicine_strengths(diary: Diary) -> dict[str, float]:
    """drug key -> mg per tablet, capsule or ml, from the medicine list (CONTRACT 3.0 "mg").

    A current medicine wins over a stopped one.  Plain sqlite3, no pydantic: this is
    on the hot path of every ``log``.
    """
    out: dict[str, float] = {}
    meds = sorted(list_medicines(diary), key=lambda m: (m.stopped_on is None, m.id))
    for m in meds:  # current ones come last and win
        if m.drug_key and m.strength_mg and m.strength_mg > 0:
            out[m.drug_key] = float(m.strength_mg)
    return out


def rule_inputs(diary: Diary) -> dict[str, Any]:
    """What the flag engine needs beyond the entries: the medicine strengths and the
    person's profile (birth year, conditions) for ``DRUG.caution``, both of the diary's
    chosen person (``Diary.person``).  Plain sqlite3 and no pydantic: every ``log``
    asks for it."""
    from .rules import Profile

    out: dict[str, Any] = {"strengths": medicine_strengths(diary)}
    person = diary.person
    out["profile"] = Profile(person.birth_year, frozenset(person.conditions))
    return out


def save_medicine(diary: Diary, data: dict[str, Any], medicine_id: int | None = None) -> Medicine:
    """Add or update one of "my medicines", validated field by field."""
    from .medicine_model import MedicineIn
    from .models import Medicine

    inp = MedicineIn.checked(data)
    drug = load_catalog().resolve(inp.name)
    values = inp.model_dump()
    values["drug_key"] = drug.key if drug else None
    if drug:
        values["name"] = drug.name
    values["schedule"] = ";".join(values.get("schedule") or [])
    values["person_id"] = pid = diary.person_id
    with diary.write() as s:
        if medicine_id is None:
            med = Medicine(**values)
        else:
            found = s.get(Medicine, medicine_id)
            if found is None or found.person_id != pid:
                raise NotFound(f"There is no medicine {medicine_id}.")
            med = found
            for k, v in values.items():
                setattr(med, k, v)
        s.add(med)
        s.flush()
        s.refresh(med)
    return med


def delete_medicine(diary: Diary, medicine_id: int) -> None:
    from .models import Medicine

    pid = diary.person_id
    with diary.write() as s:
        med = s.get(Medicine, medicine_id)
        if med is not None and med.person_id == pid:
            s.delete(med)


# --------------------------------------------------------------------------- bulk writes
def bulk_insert(diary: Diary, inputs: list[EntryIn], ids: list[int | None] | None = None) -> list[int]:
    """Write many validated entries in ONE transaction (all or nothing); return their ids.

    ``ids`` may give wanted ids (None = SQLite's next id); a wanted id that is taken,
    or that SQLite handed out before (a deleted entry's), is replaced by the next one.
    """
    if not inputs:
        return []
    with diary.sql_write() as con:
        return store.bulk_insert(con, inputs, now_utc(), ids)
