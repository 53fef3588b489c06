"""Chart builders: one function per chart, each returning a ``matplotlib.figure.Figure``.

No pyplot and no Qt here: the window wraps a figure in ``FigureCanvasQTAgg``,
the report saves it as an image.  Builders take plain data from
``crampdiary.core.analysis`` (never a Diary); ``build_all`` and ``build`` are
the conveniences that load the data first.

Chart keys: ``timeline``, ``water-next-day``, ``water-same-day``, ``stretch-days``,
``wear-off`` or ``wear-off:DRUG``, ``hour-weekday``, ``relief-methods``,
``severity``, ``body-areas``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from matplotlib.figure import Figure

from ..core import analysis as an
from ..core.i18n import tr
from .daily import severity_over_time, stretch_days, timeline, water_vs_episodes
from .episodes import body_areas, hour_weekday, relief_methods, wear_off

C = "charts"  # the translation context of the charts' words
TITLES = {  # English; shown: titles()
    "timeline": "Episodes, water and doses over time",
    "water-next-day": "Water and episodes the next day",
    "water-same-day": "Water and episodes the same day",
    "stretch-days": "Episodes on days with and without stretching",
    "wear-off": "Episodes by hours since the last dose",
    "hour-weekday": "When episodes start: hour of day by weekday",
    "relief-methods": "How long episodes lasted, by relief method",
    "severity": "Severity of episodes over time",
    "body-areas": "Where the episodes were",
}


def chart_keys(data: an.DiaryData) -> list[str]:
    """The charts that ``build_all`` draws for this data, in report order."""
    drugs = an.wear_off_drugs(data) if not data.empty else []
    wear = [f"wear-off:{k}" for k in drugs] or ["wear-off"]
    return ["timeline", "water-next-day", "stretch-days", *wear, "hour-weekday",
            "relief-methods", "severity", "body-areas"]


def titles() -> dict[str, str]:
    """``TITLES`` in the program's language."""
    return {
        "timeline": tr(C, "Episodes, water and doses over time"),
        "water-next-day": tr(C, "Water and episodes the next day"),
        "water-same-day": tr(C, "Water and episodes the same day"),
        "stretch-days": tr(C, "Episodes on days with and without stretching"),
        "wear-off": tr(C, "Episodes by hours since the last dose"),
        "hour-weekday": tr(C, "When episodes start: hour of day by weekday"),
        "relief-methods": tr(C, "How long episodes lasted, by relief method"),
        "severity": tr(C, "Severity of episodes over time"),
        "body-areas": tr(C, "Where the episodes were"),
    }


def chart_title(data: an.DiaryData, key: str) -> str:
    if key.startswith("wear-off:"):
        drug = key.split(":", 1)[1]
        return tr(C, "Episodes by hours since the last {drug} dose").format(
            drug=data.d_name.get(drug, drug))
    return titles()[key]


def build(data: an.DiaryData, key: str) -> Figure:
    """Build one chart by key from prepared data."""
    if key == "timeline":
        return timeline(an.daily_series(data), an.drug_start_days(data))
    if key == "water-next-day":
        return water_vs_episodes(an.daily_series(data), lag=1)
    if key == "water-same-day":
        return water_vs_episodes(an.daily_series(data), lag=0)
    if key == "stretch-days":
        return stretch_days(an.daily_series(data))
    if key == "wear-off":
        return wear_off(None)
    if key.startswith("wear-off:"):
        return wear_off(an.wear_off_profile(data, key.split(":", 1)[1]))
    if key == "hour-weekday":
        return hour_weekday(an.episode_table(data))
    if key == "relief-methods":
        return relief_methods(an.episode_table(data))
    if key == "severity":
        return severity_over_time(an.episode_table(data))
    if key == "body-areas":
        return body_areas(an.episode_table(data))
    raise KeyError(key)


def build_all_from_data(data: an.DiaryData) -> list[tuple[str, str, Figure]]:
    series = an.daily_series(data)
    ep = an.episode_table(data)
    out: list[tuple[str, str, Figure]] = []
    for key in chart_keys(data):
        if key == "timeline":
            fig = timeline(series, an.drug_start_days(data))
        elif key == "water-next-day":
            fig = water_vs_episodes(series, lag=1)
        elif key == "stretch-days":
            fig = stretch_days(series)
        elif key == "hour-weekday":
            fig = hour_weekday(ep)
        elif key == "relief-methods":
            fig = relief_methods(ep)
        elif key == "severity":
            fig = severity_over_time(ep)
        elif key == "body-areas":
            fig = body_areas(ep)
        else:
            fig = build(data, key)
        out.append((key, chart_title(data, key), fig))
    return out


def build_all(diary: Any, start: date | None = None, end: date | None = None
              ) -> list[tuple[str, str, Figure]]:
    """Every chart for local days ``start`` .. ``end``: a list of (key, title, figure)."""
    return build_all_from_data(an.load_data(diary, start, end))


__all__ = [
    "build_all", "build_all_from_data", "build", "chart_keys", "chart_title", "TITLES",
    "timeline", "water_vs_episodes", "stretch_days", "severity_over_time", "wear_off",
    "hour_weekday", "relief_methods", "body_areas",
]
