"""People: whose diary an entry belongs to (CONTRACT section 7).

A diary holds one or more people; a new diary has one, ``me``, the default.
Names are unique without regard to case.  A person's birth year and conditions
(liver, kidney, pregnant, breastfeeding) feed the ``DRUG.caution`` rule.

Plain sqlite3 (no SQLAlchemy), so every command can resolve ``--person`` cheaply.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .errors import InputError
from .i18n import tr

CONDITIONS = ("liver", "kidney", "pregnant", "breastfeeding")
MIN_BIRTH_YEAR = 1900
_CTX = "people"


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    birth_year: int | None = None
    conditions: tuple[str, ...] = field(default_factory=tuple)
    default: bool = False
    entries: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "birth_year": self.birth_year,
                "conditions": list(self.conditions), "default": self.default,
                "entries": self.entries}

    def profile(self) -> dict[str, Any]:
        """What the rules read: birth year and conditions."""
        return {"birth_year": self.birth_year, "conditions": self.conditions}


FIRST_NAME = "me"  # the one person a new diary starts with


def document_name(person: Person) -> str | None:
    """The name a report or a FHIR export shows when no ``--name`` is given: the
    person's name, but none for the untouched ``me`` a new diary starts with (a
    doctor reading "me" learns nothing; rename the person to have a name printed)."""
    return None if person.name.casefold() == FIRST_NAME else person.name


# --------------------------------------------------------------------------- checks
def check_name(value: Any, field_name: str = "name") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(field_name, tr(_CTX, "is required"))
    name = value.strip()
    if len(name) > 100:
        raise InputError(field_name, tr(_CTX, "is longer than 100 characters"))
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise InputError(field_name, tr(_CTX, "contains control characters"))
    if any(0xD800 <= ord(c) <= 0xDFFF for c in name):
        raise InputError(field_name, tr(_CTX, "contains characters that are not text"))
    return name


def check_birth_year(value: Any, today: date | None = None) -> int | None:
    if value is None or value == "":
        return None
    this_year = (today or date.today()).year
    try:
        text = str(value).strip()
        if not text.isdigit() or len(text) != 4:
            raise ValueError
        year = int(text)
    except ValueError:
        raise InputError("birth_year", tr(_CTX, "must be a year such as 1950")) from None
    if not MIN_BIRTH_YEAR <= year <= this_year:
        raise InputError("birth_year", tr(_CTX, "must lie between {lo} and {hi}").format(
            lo=MIN_BIRTH_YEAR, hi=this_year))
    return year


def check_conditions(values: Any) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or ():
        for part in str(v).split(","):
            c = part.strip().lower()
            if not c:
                continue
            if c not in CONDITIONS:
                raise InputError("condition", tr(_CTX, "{value!r} is not one of {allowed}").format(
                    value=c, allowed=", ".join(CONDITIONS)))
            if c not in out:
                out.append(c)
    return tuple(sorted(out, key=CONDITIONS.index))


# --------------------------------------------------------------------------- reads
# Every statement lives in ``core.storage.people``; this module checks and decides.
_CHOSEN: list[str | None] = [None]


def choose(name: str | None) -> None:
    """The person the running command chose (``--person``); None: ``CRAMPDIARY_PERSON``,
    else the default.  Diaries opened afterwards without a person of their own use it."""
    _CHOSEN[0] = name


def chosen_name() -> str | None:
    """``--person`` if given, else ``CRAMPDIARY_PERSON`` (empty counts as unset), else None."""
    if _CHOSEN[0] is not None:
        return _CHOSEN[0]
    return os.environ.get("CRAMPDIARY_PERSON") or None


def _make(row: tuple[Any, ...]) -> Person:
    conds = tuple(c for c in (row[3] or "").split(";") if c)
    return Person(int(row[0]), str(row[1]), row[2], conds, bool(row[4]), int(row[5]))


def list_people(con: sqlite3.Connection, counts: bool = True) -> list[Person]:
    """Everyone, by id; ``counts=False`` leaves ``entries`` at 0 (cheaper)."""
    from .storage import people as sql

    people = [_make(r) for r in sql.person_rows(con, counts)]
    if people and not any(p.default for p in people):
        first = people[0]
        people[0] = Person(first.id, first.name, first.birth_year, first.conditions, True,
                           first.entries)
    return people


def get(con: sqlite3.Connection, person_id: int, counts: bool = True) -> Person | None:
    """The person with this id (as ``list_people`` gives them), or None."""
    for p in list_people(con, counts):
        if p.id == person_id:
            return p
    return None


def find(con: sqlite3.Connection, name: str, field_name: str = "person",
         counts: bool = True) -> Person:
    """The person called ``name`` (without regard to case); ``InputError`` naming
    ``field_name`` and the people there are when there is none."""
    wanted = name.strip().casefold()
    for p in list_people(con, counts):
        if p.name.casefold() == wanted:
            return p
    known = ", ".join(p.name for p in list_people(con))
    raise InputError(field_name, tr(_CTX, "there is no person {name!r} in this diary "
                                          "(people: {known})").format(name=name, known=known))


def resolve(con: sqlite3.Connection, name: str | None = None) -> Person:
    """The person a command works for: ``--person``, else ``CRAMPDIARY_PERSON``, else the default."""
    chosen = name if name is not None else chosen_name()
    if chosen is not None:
        return find(con, chosen, counts=False)
    people = list_people(con, counts=False)
    for p in people:
        if p.default:
            return p
    raise InputError("person", tr(_CTX, "this diary has no people"))  # pragma: no cover


# --------------------------------------------------------------------------- writes
def _taken(con: sqlite3.Connection, name: str, except_id: int | None = None) -> bool:
    from .storage import people as sql

    for pid, other in sql.names_and_ids(con):
        if other.casefold() == name.casefold() and pid != except_id:
            return True
    return False


def add_person(con: sqlite3.Connection, name: Any, birth_year: Any = None,
               conditions: Any = ()) -> Person:
    """Add a person (call inside a write transaction)."""
    from .storage import people as sql

    clean = check_name(name)
    year = check_birth_year(birth_year)
    conds = check_conditions(conditions)
    if _taken(con, clean):
        raise InputError("name", tr(_CTX, "there is already a person called {name!r}").format(
            name=clean))
    sql.insert_person(con, clean, year, ";".join(conds))
    return find(con, clean, "name")


def edit_person(con: sqlite3.Connection, name: str, *, rename: Any = None,
                birth_year: Any = None, conditions: Any = None,
                no_conditions: bool = False, make_default: bool = False) -> Person:
    """Change a person (call inside a write transaction).  ``None`` leaves a field as it is."""
    from .storage import people as sql

    person = find(con, name, "name")
    new_name = person.name
    if rename is not None:
        new_name = check_name(rename, "rename")
        if _taken(con, new_name, person.id):
            raise InputError("rename", tr(_CTX, "there is already a person called {name!r}")
                             .format(name=new_name))
    year = person.birth_year if birth_year is None else check_birth_year(birth_year)
    if no_conditions and conditions:
        raise InputError("condition", tr(_CTX, "give --condition or --no-conditions, not both"))
    conds = person.conditions
    if no_conditions:
        conds = ()
    elif conditions is not None:
        conds = check_conditions(conditions)
    sql.update_person(con, person.id, new_name, year, ";".join(conds))
    if make_default:
        sql.set_default(con, person.id)
    return find(con, new_name, "name")


def remove_person(con: sqlite3.Connection, name: str) -> Person:
    """Remove a person with no entries (call inside a write transaction).

    Their list of medicines goes with them: without entries it is only a plan, and a
    list left behind would belong to nobody."""
    from .storage import people as sql

    person = find(con, name, "name")
    if person.entries:
        raise InputError("name", tr(_CTX, "{name} still has entries ({n}); a person is removed "
                                          "only when none are left").format(
            name=person.name, n=person.entries))
    people = list_people(con)
    if len(people) == 1:
        raise InputError("name", tr(_CTX, "a diary keeps at least one person"))
    sql.delete_person(con, person.id)
    if person.default:
        rest = [p for p in people if p.id != person.id]
        sql.set_default(con, rest[0].id)
    return person
