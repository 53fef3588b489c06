"""Input models: every entry is validated here before anything is written.

Pydantic models (no SQLAlchemy), so the command line can validate without
importing the ORM.  ``validate_input(kind, data)`` raises ``InputError`` naming
the first bad field in the words of the command line.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

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


def _finite_positive(v: Any) -> Any:
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


class EntryIn(BaseModel):
    """Common to all kinds: the time, aware, in UTC, at most 24 h ahead."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)
    kind: ClassVar[str] = ""
    at: datetime

    @field_validator("at", mode="before")
    @classmethod
    def _at(cls, v: Any) -> Any:
        if isinstance(v, str):
            from .timeutil import parse_datetime

            return parse_datetime(v, "at")
        return v

    @field_validator("at")
    @classmethod
    def _at_range(cls, v: datetime) -> datetime:
        v = to_utc(v)
        if v > now_utc() + timedelta(hours=24):
            raise ValueError("is more than 24 hours in the future")
        if v.year < 1900:
            raise ValueError("is too far in the past")
        return v


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


class CrampIn(EntryIn):
    kind: ClassVar[str] = "cramp"
    muscle: str
    side: str | None = None
    severity: int
    duration_s: int | None = None
    woke: bool = False
    relief: list[str] = Field(default_factory=list)
    relief_score: int | None = None
    red_flags: list[str] = Field(default_factory=list)
    trigger: str | None = None
    note: str | None = None

    @field_validator("muscle", mode="before")
    @classmethod
    def _muscle(cls, v: Any) -> str:
        out = _choice(v, MUSCLES, "muscle")
        if out is None:
            raise ValueError("is required")
        return out

    @field_validator("side", mode="before")
    @classmethod
    def _side(cls, v: Any) -> str | None:
        return _choice(v, SIDES, "side")

    @field_validator("severity", "relief_score", mode="before")
    @classmethod
    def _sev(cls, v: Any) -> int | None:
        return None if v is None or v == "" else _severity(v)

    @field_validator("duration_s", mode="before")
    @classmethod
    def _dur(cls, v: Any) -> int | None:
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

    @field_validator("relief", mode="before")
    @classmethod
    def _relief(cls, v: Any) -> list[str]:
        return _choice_list(v, RELIEFS, "relief method")

    @field_validator("red_flags", mode="before")
    @classmethod
    def _flags(cls, v: Any) -> list[str]:
        return _choice_list(v, RED_FLAGS, "red flag")

    @field_validator("trigger", "note", mode="before")
    @classmethod
    def _texts(cls, v: Any, info: Any) -> str | None:
        return _text(v, info.field_name)

    @field_validator("woke", mode="before")
    @classmethod
    def _woke(cls, v: Any) -> bool:
        return _boolish(v, required=False) or False


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


class DoseIn(EntryIn):
    kind: ClassVar[str] = "dose"
    drug: str
    amount: float
    unit: str = "mg"
    form: str | None = None
    with_food: bool | None = None
    note: str | None = None

    @field_validator("drug", mode="before")
    @classmethod
    def _drug(cls, v: Any) -> str:
        if not isinstance(v, str) or not v.strip():
            raise ValueError("is required")
        out = _text(v.strip(), "drug")
        if out is None or len(out) > 200:
            raise ValueError("must be a medicine name of at most 200 characters")
        return out

    @field_validator("amount", mode="before")
    @classmethod
    def _amount(cls, v: Any) -> Any:
        f = _finite_positive(v)
        if f > 1_000_000:
            raise ValueError("is implausibly large")
        return f

    @field_validator("unit", mode="before")
    @classmethod
    def _unit(cls, v: Any) -> str:
        if v is None or v == "":
            return "mg"
        s = str(v).strip()
        if not s or len(s) > 20 or not s.replace("µ", "u").replace("/", "").replace(".", "").isalnum():
            raise ValueError(f"{v!r} is not a unit such as mg, g, mcg, ml or tablet")
        return s

    @field_validator("form", mode="before")
    @classmethod
    def _form(cls, v: Any) -> str | None:
        return _choice(v, FORMS, "form")

    @field_validator("with_food", mode="before")
    @classmethod
    def _food(cls, v: Any) -> bool | None:
        return _boolish(v)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, v: Any) -> str | None:
        return _text(v, "note")


class WaterIn(EntryIn):
    kind: ClassVar[str] = "water"
    ml: float
    drink: str = "water"

    @field_validator("ml", mode="before")
    @classmethod
    def _ml(cls, v: Any) -> Any:
        f = _finite_positive(v)
        if f > 10_000:
            raise ValueError("is more than 10 litres in one entry")
        return f

    @field_validator("drink", mode="before")
    @classmethod
    def _drink(cls, v: Any) -> str:
        return _choice(v, DRINKS, "drink") or "water"


class StretchIn(EntryIn):
    kind: ClassVar[str] = "stretch"
    minutes: float
    kind_: str | None = Field(default=None, alias="stretch_kind")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @field_validator("minutes", mode="before")
    @classmethod
    def _minutes(cls, v: Any) -> Any:
        f = _finite_positive(v)
        if f > 24 * 60:
            raise ValueError("is more than 24 hours")
        return f

    @field_validator("kind_", mode="before")
    @classmethod
    def _kind(cls, v: Any) -> str | None:
        return _text(v, "kind")


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


class VitalsIn(EntryIn):
    kind: ClassVar[str] = "vitals"
    systolic: int | None = None
    diastolic: int | None = None
    pulse: int | None = None

    @field_validator("systolic", mode="before")
    @classmethod
    def _sys(cls, v: Any) -> int | None:
        return _int_in(v, 40, 300)

    @field_validator("diastolic", mode="before")
    @classmethod
    def _dia(cls, v: Any) -> int | None:
        return _int_in(v, 20, 200)

    @field_validator("pulse", mode="before")
    @classmethod
    def _pulse(cls, v: Any) -> int | None:
        return _int_in(v, 20, 250)

    @model_validator(mode="after")
    def _pair(self) -> VitalsIn:
        if (self.systolic is None) != (self.diastolic is None):
            missing = "diastolic" if self.diastolic is None else "systolic"
            raise InputError(missing, "blood pressure needs both systolic and diastolic")
        if self.systolic is not None and self.diastolic is not None and self.diastolic >= self.systolic:
            raise InputError("diastolic", "must be lower than systolic")
        if self.systolic is None and self.pulse is None:
            raise InputError("systolic", "give a blood pressure (systolic and diastolic) or a pulse")
        return self


class SymptomIn(EntryIn):
    kind: ClassVar[str] = "symptom"
    name: str
    severity: int
    note: str | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> str:
        if not isinstance(v, str) or not v.strip():
            raise ValueError("is required")
        out = _text(v.strip(), "name")
        assert out is not None
        from .vocab import canonical_symptom  # stored as the canonical name (CONTRACT 3.4)

        return canonical_symptom(out) or out

    @field_validator("severity", mode="before")
    @classmethod
    def _sev(cls, v: Any) -> int:
        return _severity(v)

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, v: Any) -> str | None:
        return _text(v, "note")


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
    try:
        return model.model_validate(data)
    except InputError:
        raise
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err.get("loc", ()) if not isinstance(p, int)]
        field = _FIELD_NAMES.get(loc[0], loc[0]) if loc else kind
        ctx_err = (err.get("ctx") or {}).get("error")
        if isinstance(ctx_err, InputError):
            raise InputError(ctx_err.field, ctx_err.message) from None
        msg = str(ctx_err) if ctx_err is not None else err.get("msg", "is not valid")
        if err.get("type") == "missing":
            msg = "is required"
        elif err.get("type") == "extra_forbidden":
            msg = "is not a field of this kind of entry"
        msg = msg.removeprefix("Value error, ")
        raise InputError(field, msg) from None


Kind = Literal["cramp", "dose", "water", "stretch", "vitals", "symptom"]
