"""Importers for the exports of apps people come from (CONTRACT.md section 4, "Other apps").

Each module gives a ``Source`` whose rows are our entry kinds, every entry noting where
it came from ("imported from Bearable") where the kind has a note (cramps, doses,
symptoms) or a text field (stretching).  See docs/IMPORTS.md for each mapping and the
public description of its format.
"""

from __future__ import annotations

import re
from typing import Any

SOURCES = ("bearable", "medtimer", "apple-health", "health-connect")
LABELS = {"bearable": "Bearable", "medtimer": "medTimer", "apple-health": "Apple Health",
          "health-connect": "Health Connect", "crampdiary": "Cramp Diary"}

_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(mg|mcg|µg|ug|g|ml|mL|iu|IU|tablets?|tabs?|"
                     r"capsules?|caps?|pills?|drops?)?\b", re.IGNORECASE)
_UNIT_WORDS = {"tab": "tablet", "tabs": "tablet", "tablets": "tablet", "pill": "tablet",
               "pills": "tablet", "cap": "capsule", "caps": "capsule", "capsules": "capsule",
               "drops": "drop", "ug": "mcg", "µg": "mcg", "ml": "ml", "iu": "IU"}
_FORM = {"tablet": "tablet", "capsule": "capsule"}


def parse_amount(text: str) -> tuple[float, str, str | None] | None:
    """'10 mg' -> (10, 'mg', None); '2 tablets' -> (2, 'tablet', 'tablet'); '' -> None."""
    m = _AMOUNT.search(text or "")
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = (m.group(2) or "").lower()
    unit = _UNIT_WORDS.get(unit, unit) or "dose"
    return value, unit, _FORM.get(unit)


_MUSCLE_WORDS = (("hamstring", "thigh-back"), ("back of thigh", "thigh-back"),
                 ("thigh", "thigh-front"), ("quad", "thigh-front"), ("calf", "calf"),
                 ("calves", "calf"), ("foot", "foot"), ("feet", "foot"), ("arch", "foot"),
                 ("toe", "toes"), ("hip", "hip"), ("neck", "neck"), ("shoulder", "shoulder"),
                 ("hand", "hand"), ("finger", "hand"), ("arm", "arm"), ("back", "back"),
                 ("abdomen", "abdomen"), ("stomach", "abdomen"), ("chest", "chest"))


def guess_site(*texts: Any) -> tuple[str, str | None]:
    """The muscle and side named in free text ('left calf'), else ('other', None)."""
    t = " ".join(str(x) for x in texts if x).lower()
    muscle = next((m for w, m in _MUSCLE_WORDS if w in t), "other")
    left, right = "left" in t, "right" in t
    side = "both" if (left and right) or "both" in t else "left" if left else \
        "right" if right else None
    return muscle, side


def with_source(note: str | None, label: str) -> str:
    tag = f"imported from {label}"
    return f"{note.strip()} ({tag})" if note and note.strip() else tag


def get_source(name: str, path: Any) -> Any:
    from . import apple_health, bearable, health_connect, medtimer

    return {"bearable": bearable.BearableSource, "medtimer": medtimer.MedTimerSource,
            "apple-health": apple_health.AppleHealthSource,
            "health-connect": health_connect.HealthConnectSource}[name](path)
