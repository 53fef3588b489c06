"""User preferences: a small pydantic model saved as JSON in the data folder.

Window size and position live in QSettings (they are Qt's business); everything
the user chooses in the Settings dialog lives here.  A missing or damaged file
gives the defaults, so a bad settings file never stops anyone from logging.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import paths

ML_PER_FLOZ = 29.5735  # US fluid ounce
WATER_GOAL_MAX_ML = 10_000.0
# The largest whole number of fl oz within the goal's limit (338 fl oz = 9,995.8 ml);
# 339 or 340 fl oz would be above 10,000 ml.
WATER_GOAL_MAX_FLOZ = int(WATER_GOAL_MAX_ML // ML_PER_FLOZ)


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    units: Literal["ml", "floz"] = "ml"
    water_goal_ml: float = Field(default=2000.0, ge=0, le=WATER_GOAL_MAX_ML)
    stretch_goal_min: float = Field(default=10.0, ge=0, le=24 * 60)
    remind_doses: bool = False
    remind_water: bool = False
    water_interval_min: int = Field(default=120, ge=15, le=24 * 60)
    keep_in_tray: bool = False
    night_theme: bool = False  # a dim dark theme for the window, whatever the desktop uses
    disclaimer_accepted: bool = False
    doctor_questions: str = Field(default="", max_length=20_000)
    # An encrypted diary locks itself after this many minutes without input (0: never).
    lock_idle_minutes: int = Field(default=10, ge=0, le=24 * 60)

    # ------------------------------------------------------------------ units
    def volume_text(self, ml: float) -> str:
        """A volume in the user's unit, e.g. '1,250 ml' or '42 fl oz'."""
        from .core.i18n import format_number

        if self.units == "floz":
            return f"{format_number(ml / ML_PER_FLOZ)} fl oz"
        return f"{format_number(ml)} ml"

    def unit_label(self) -> str:
        return "fl oz" if self.units == "floz" else "ml"

    def to_ml(self, value: float) -> float:
        return value * ML_PER_FLOZ if self.units == "floz" else float(value)

    def from_ml(self, ml: float) -> float:
        return ml / ML_PER_FLOZ if self.units == "floz" else float(ml)

    def quick_water(self) -> tuple[tuple[float, str], tuple[float, str]]:
        """The two quick water amounts as (ml, label): +250/+500 ml or +8/+16 fl oz."""
        if self.units == "floz":
            return ((8 * ML_PER_FLOZ, "+8 fl oz"), (16 * ML_PER_FLOZ, "+16 fl oz"))
        return ((250.0, "+250 ml"), (500.0, "+500 ml"))


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults if there are none or they cannot be read."""
    path = Path(path) if path else paths.settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    try:
        return Settings.model_validate(data)
    except ValidationError:
        # Keep what is valid, drop what is not.
        good = {}
        for key, value in data.items():
            try:
                Settings.model_validate({key: value})
            except ValidationError:
                continue
            good[key] = value
        return Settings.model_validate(good)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    path = Path(path) if path else paths.settings_path()
    paths.write_private(path, settings.model_dump_json(indent=2).encode("utf-8"))
    return path
