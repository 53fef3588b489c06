"""The person's medicine list as pydantic input model (``MedicineIn``).

Kept apart from ``medicines`` so the command line's hot path (``warnings``,
``log``: ``medicines.rule_inputs``) does not import pydantic; ``medicines``
re-exports ``MedicineIn`` on first use.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from .errors import InputError
from .inputs import _choice, _text
from .medicines import _TIME
from .vocab import FORMS


class MedicineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    form: str | None = None
    usual_amount: float | None = None
    unit: str = "mg"
    with_food: bool | None = None
    strength_mg: float | None = None
    schedule: list[str] = []
    started_on: date | None = None
    stopped_on: date | None = None
    note: str | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> str:
        if not isinstance(v, str) or not v.strip():
            raise ValueError("is required")
        if len(v) > 200:
            raise ValueError("is longer than 200 characters")
        return v.strip()

    @field_validator("form", mode="before")
    @classmethod
    def _form(cls, v: Any) -> str | None:
        return _choice(v, FORMS, "form")

    @field_validator("usual_amount", mode="before")
    @classmethod
    def _amount(cls, v: Any) -> Any:
        if v in (None, ""):
            return None
        f = float(v)
        if not (f > 0 and f < 1e6):
            raise ValueError("must be more than zero")
        return f

    @field_validator("strength_mg", mode="before")
    @classmethod
    def _strength(cls, v: Any) -> Any:
        """mg per tablet, capsule or ml: a positive, finite number below 100 000."""
        if v in (None, ""):
            return None
        if isinstance(v, bool):
            raise ValueError("must be a number of mg, such as 4")
        try:
            f = float(v)
        except (TypeError, ValueError):
            raise ValueError("must be a number of mg, such as 4") from None
        if not (f > 0 and f < 1e5):
            raise ValueError("must be more than zero and less than 100000 mg")
        return f

    @field_validator("schedule", mode="before")
    @classmethod
    def _schedule(cls, v: Any) -> list[str]:
        if v in (None, ""):
            return []
        items = v.split(";") if isinstance(v, str) else list(v)
        out = []
        for it in items:
            it = str(it).strip()
            if not it:
                continue
            m = _TIME.match(it)
            if not m:
                raise ValueError(f"{it!r} is not a time of day such as 08:00")
            out.append(f"{int(m.group(1)):02d}:{m.group(2)}")
        return sorted(set(out))

    @field_validator("note", mode="before")
    @classmethod
    def _note(cls, v: Any) -> str | None:
        return _text(v, "note")

    @model_validator(mode="after")
    def _dates(self) -> MedicineIn:
        if self.started_on and self.stopped_on and self.stopped_on < self.started_on:
            raise InputError("stopped_on", "is before the start date")
        return self

    @classmethod
    def checked(cls, data: dict[str, Any]) -> MedicineIn:
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            ctx = (err.get("ctx") or {}).get("error")
            if isinstance(ctx, InputError):
                raise InputError(ctx.field, ctx.message) from None
            field = str(err["loc"][0]) if err.get("loc") else "medicine"
            msg = str(ctx) if ctx else err.get("msg", "is not valid")
            raise InputError(field, msg.removeprefix("Value error, ")) from None
