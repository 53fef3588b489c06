"""Input models: every entry is validated here before anything is written.

Plain Python (no pydantic, no SQLAlchemy): importing this module costs a
few milliseconds, so the command line's ``log`` stays near the interpreter's
start-up time.  ``validate_input(kind, data)`` raises ``InputError`` naming
the first bad field in the words of the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, ClassVar, Literal

from .errors import InputError
from .timeutil import now_utc, to_utc
from .vocab import DRINKS, FORMS, MUSCLES, RED_FLAGS, RELIEFS, SIDES

MAX_TEXT = 2000


# --------------------------------------------------------------------------- inputs
def _text(v: Any, field: str) -> str | None:
    if v is None:
        return None
    if not isinstance(v, str):
        raise ValueError("must be text")
    if len(v) > MAX_TEXT:
        raise ValueError(f"is {len(v)} characters long; at most {MAX_TEXT} are kept")
    if "\x00" in v:
        raise ValueError("contains a NUL character")
    return v if v != "" else None


def _choice_list(v: Any, allowed: dict[str, Any], what: str) -> list[str]:
    if v is None or v == "":
        return []
    items = v.split(";") if isinstance(v, str) else list(v)
    out: list[str] = []
    for raw in items:
        item = str(raw).strip().lower()
        if not item:
            continue
        if item not in allowed:
            raise ValueError(f"unknown {what} {raw!r}; choose from {', '.join(allowed)}")
        if item not in out:
            out.append(item)
    return out


def _choice(v: Any, allowed: dict[str, Any], what: str) -> str | None:
    if v is None or v == "":
        return None
    item = str(v).strip().lower()
    if item not in allowed:
        raise ValueError(f"unknown {what} {v!r}; choose from {', '.join(allowed)}")
    return item


def _finite_positive(v: Any) -> float:
    if isinstance(v, bool):
        raise ValueError("must be a number")
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{v!r} is not a number") from None
    if f != f or f in (float("inf"), float("-inf")):
        raise ValueError("must be a finite number")
    if f <= 0:
        raise ValueError("must be more than zero")
    return f


class _Spec:
    """One field of an input kind: its validator (run on every given value, as
    pydantic's "before" validators did), whether it is required, its default."""

    __slots__ = ("name", "check", "required", "default", "alias")

    def __init__(self, name: str, check: Callable[[Any], Any], required: bool = False,
                 default: Any = None, alias: str | None = None) -> None:
        self.name = name
        self.check = check
        self.required = required
        self.default = default
        self.alias = alias

    def default_value(self) -> Any:
        return list(self.default) if isinstance(self.default, list) else self.default


def _check_at(v: Any) -> datetime:
    if isinstance(v, str):
        from .timeutil import parse_datetime

        v = parse_datetime(v, "at")
    if not isinstance(v, datetime):
        raise ValueError("is not a date and time")
    at = to_utc(v)
    if at > now_utc() + timedelta(hours=24):
        raise ValueError("is more than 24 hours in the future")
    if at.year < 1900:
        raise ValueError("is too far in the past")
    return at


class EntryIn:
    """A validated entry of one kind (the time aware, in UTC, at most 24 h ahead).

    Plain Python, not pydantic: the command line's hot path (``log``, ``edit``)
    validates one entry and must not pay for importing pydantic and building a
    schema per kind (docs/ARCHITECTURE.md, "hot path").  The interface the rest
    of the program uses is the one it had as pydantic models:
    ``Kind.model_validate(data)``, ``Kind.model_fields``, ``inp.model_dump()``.
    """

    kind: ClassVar[str] = ""
    FIELDS: ClassVar[tuple[_Spec, ...]] = (_Spec("at", _check_at, required=True),)
    model_fields: ClassVar[dict[str, _Spec]] = {}
    at: datetime

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        cls.model_fields = {f.name: f for f in cls.FIELDS}

    def __init__(self, **values: Any) -> None:
        for k, v in values.items():
            object.__setattr__(self, k, v)

    @classmethod
    def model_validate(cls, data: dict[str, Any]) -> EntryIn:
        """Validate ``data``; raise ``InputError`` naming the first bad field.

        Fields are checked in their declared order; unknown keys are refused
        after that; the whole-entry check (``_after``) runs last.
        """
        if not isinstance(data, dict):
            raise InputError(cls.kind or "entry", "is not a set of fields")
        keys = set(data)
        out: dict[str, Any] = {}
        for f in cls.FIELDS:
            if f.name in data:
                key = f.name
            elif f.alias is not None and f.alias in data:
                key = f.alias
            else:
                if f.required:
                    raise InputError(_FIELD_NAMES.get(f.name, f.name), "is required")
                out[f.name] = f.default_value()
                continue
            keys.discard(f.name)
            if f.alias is not None:
                keys.discard(f.alias)
            try:
                out[f.name] = f.check(data[key])
            except InputError:
                raise
            except ValueError as exc:
                raise InputError(_FIELD_NAMES.get(f.name, f.name), str(exc)) from None
        for extra in sorted(keys, key=list(data).index):
            raise InputError(_FIELD_NAMES.get(str(extra), str(extra)),
                             "is not a field of this kind of entry")
        inp = cls(**out)
        inp._after()
        return inp

    def _after(self) -> None:
        """Checks across fields (blood pressure pairs); none by default."""

    def model_dump(self, by_alias: bool = False, mode: str = "python",
                   exclude: set[str] | None = None) -> dict[str, Any]:
        """The values by field name (or alias); ``mode="json"`` gives times as ISO text."""
        out: dict[str, Any] = {}
        for f in self.FIELDS:
            if exclude and f.name in exclude:
                continue
            v = getattr(self, f.name)
            if isinstance(v, list):
                v = list(v)
            elif mode == "json" and isinstance(v, datetime):
                v = v.isoformat()
            out[f.alias if by_alias and f.alias else f.name] = v
        return out

    def model_copy(self, update: dict[str, Any] | None = None) -> EntryIn:
        """A copy with some values replaced (not validated again, as in pydantic)."""
        return type(self)(**{**self.model_dump(), **(update or {})})

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self.model_dump() == other.model_dump()

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.model_dump().items())
        return f"{type(self).__name__}({inner})"


def _severity(v: Any) -> int:
    if isinstance(v, bool):
        raise ValueError("must be a whole number from 0 to 10")
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{v!r} is not a number from 0 to 10") from None
    if f != f or not f.is_integer():
        raise ValueError("must be a whole number from 0 to 10")
    if not 0 <= f <= 10:
        raise ValueError(f"{int(f) if f.is_integer() else f} is outside 0..10")
    return int(f)


def _boolish(v: Any, required: bool = False) -> bool | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    s = str(v).strip().lower()
    if s in ("true", "yes", "y", "1"):
        return True
    if s in ("false", "no", "n", "0"):
        return False
    raise ValueError(f"{v!r} is not yes or no")


def _int_in(v: Any, lo: int, hi: int) -> int | None:
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        raise ValueError("must be a whole number")
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{v!r} is not a number") from None
    if f != f or not f.is_integer():
        raise ValueError("must be a whole number")
    if not lo <= f <= hi:
        raise ValueError(f"{int(f)} is outside {lo}..{hi}")
    return int(f)


# --------------------------------------------------------------------------- the kinds
def _opt_severity(v: Any) -> int | None:
    return None if v is None or v == "" else _severity(v)


def _muscle(v: Any) -> str:
    out = _choice(v, MUSCLES, "muscle")
    if out is None:
        raise ValueError("is required")
    return out


def _duration(v: Any) -> int | None:
    """Seconds as a number, or text such as 45s, 3m, 1h30m."""
    if v is None or v == "":
        return None
    from .timeutil import parse_duration

    if isinstance(v, bool):
        raise ValueError("is not a duration")
    if isinstance(v, (int, float)):
        if v != v or not float(v).is_integer():
            raise ValueError("must be a whole number of seconds")
        v = str(int(v))
    try:
        return parse_duration(str(v))
    except InputError as e:
        raise ValueError(e.message) from None


def _opt_text(v: Any) -> str | None:
    return _text(v, "")


def _woke(v: Any) -> bool:
    return _boolish(v) or False


class CrampIn(EntryIn):
    kind: ClassVar[str] = "cramp"
    FIELDS: ClassVar[tuple[_Spec, ...]] = (*EntryIn.FIELDS,
              _Spec("muscle", _muscle, required=True),
              _Spec("side", lambda v: _choice(v, SIDES, "side")),
              _Spec("severity", _opt_severity, required=True),
              _Spec("duration_s", _duration),
              _Spec("woke", _woke, default=False),
              _Spec("relief", lambda v: _choice_list(v, RELIEFS, "relief method"), default=[]),
              _Spec("relief_score", _opt_severity),
              _Spec("red_flags", lambda v: _choice_list(v, RED_FLAGS, "red flag"), default=[]),
              _Spec("trigger", _opt_text),
              _Spec("note", _opt_text))
    muscle: str
    side: str | None
    severity: int
    duration_s: int | None
    woke: bool
    relief: list[str]
    relief_score: int | None
    red_flags: list[str]
    trigger: str | None
    note: str | None


def _drug(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("is required")
    out = _text(v.strip(), "drug")
    if out is None or len(out) > 200:
        raise ValueError("must be a medicine name of at most 200 characters")
    return out


def _amount(v: Any) -> float:
    f = _finite_positive(v)
    if f > 1_000_000:
        raise ValueError("is implausibly large")
    return f


def _unit(v: Any) -> str:
    if v is None or v == "":
        return "mg"
    s = str(v).strip()
    if not s or len(s) > 20 or not s.replace("µ", "u").replace("/", "").replace(".", "").isalnum():
        raise ValueError(f"{v!r} is not a unit such as mg, g, mcg, ml or tablet")
    return s


class DoseIn(EntryIn):
    kind: ClassVar[str] = "dose"
    FIELDS: ClassVar[tuple[_Spec, ...]] = (*EntryIn.FIELDS,
              _Spec("drug", _drug, required=True),
              _Spec("amount", _amount, required=True),
              _Spec("unit", _unit, default="mg"),
              _Spec("form", lambda v: _choice(v, FORMS, "form")),
              _Spec("with_food", _boolish),
              _Spec("note", _opt_text))
    drug: str
    amount: float
    unit: str
    form: str | None
    with_food: bool | None
    note: str | None


def _ml(v: Any) -> float:
    f = _finite_positive(v)
    if f > 10_000:
        raise ValueError("is more than 10 litres in one entry")
    return f


class WaterIn(EntryIn):
    kind: ClassVar[str] = "water"
    FIELDS: ClassVar[tuple[_Spec, ...]] = (*EntryIn.FIELDS,
              _Spec("ml", _ml, required=True),
              _Spec("drink", lambda v: _choice(v, DRINKS, "drink") or "water", default="water"))
    ml: float
    drink: str


def _minutes(v: Any) -> float:
    f = _finite_positive(v)
    if f > 24 * 60:
        raise ValueError("is more than 24 hours")
    return f


class StretchIn(EntryIn):
    kind: ClassVar[str] = "stretch"
    FIELDS: ClassVar[tuple[_Spec, ...]] = (*EntryIn.FIELDS,
              _Spec("minutes", _minutes, required=True),
              _Spec("kind_", _opt_text, alias="stretch_kind"))
    minutes: float
    kind_: str | None


class VitalsIn(EntryIn):
    kind: ClassVar[str] = "vitals"
    FIELDS: ClassVar[tuple[_Spec, ...]] = (*EntryIn.FIELDS,
              _Spec("systolic", lambda v: _int_in(v, 40, 300)),
              _Spec("diastolic", lambda v: _int_in(v, 20, 200)),
              _Spec("pulse", lambda v: _int_in(v, 20, 250)))
    systolic: int | None
    diastolic: int | None
    pulse: int | None

    def _after(self) -> None:
        if (self.systolic is None) != (self.diastolic is None):
            missing = "diastolic" if self.diastolic is None else "systolic"
            raise InputError(missing, "blood pressure needs both systolic and diastolic")
        if self.systolic is not None and self.diastolic is not None and self.diastolic >= self.systolic:
            raise InputError("diastolic", "must be lower than systolic")
        if self.systolic is None and self.pulse is None:
            raise InputError("systolic", "give a blood pressure (systolic and diastolic) or a pulse")


def _symptom_name(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("is required")
    out = _text(v.strip(), "name")
    assert out is not None
    from .vocab import canonical_symptom  # stored as the canonical name (CONTRACT 3.4)

    return canonical_symptom(out) or out


class SymptomIn(EntryIn):
    kind: ClassVar[str] = "symptom"
    FIELDS: ClassVar[tuple[_Spec, ...]] = (*EntryIn.FIELDS,
              _Spec("name", _symptom_name, required=True),
              _Spec("severity", _severity, required=True),
              _Spec("note", _opt_text))
    name: str
    severity: int
    note: str | None


INPUT_MODELS: dict[str, type[EntryIn]] = {
    "cramp": CrampIn,
    "dose": DoseIn,
    "water": WaterIn,
    "stretch": StretchIn,
    "vitals": VitalsIn,
    "symptom": SymptomIn,
}

_FIELD_NAMES = {"duration_s": "duration", "kind_": "kind", "red_flags": "red-flag",
                "relief_score": "relief-score", "with_food": "with-food", "stretch_kind": "kind"}


def validate_input(kind: str, data: dict[str, Any]) -> EntryIn:
    """Validate ``data`` for ``kind``; raise InputError naming the first bad field."""
    model = INPUT_MODELS.get(kind)
    if model is None:
        raise InputError("kind", f"unknown kind {kind!r}; choose from {', '.join(INPUT_MODELS)}")
    return model.model_validate(data)


Kind = Literal["cramp", "dose", "water", "stretch", "vitals", "symptom"]
