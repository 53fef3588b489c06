"""Charts: every chart builds and renders for an empty diary, one entry and ten years."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

import pytest

from crampdiary import charts
from crampdiary.core import analysis as an
from crampdiary.core.use_cases import log_entry
from insights_synth import make_history

CORE_KEYS = ["timeline", "water-next-day", "stretch-days", "hour-weekday", "relief-methods",
             "severity", "body-areas"]


def render(fig) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=60)
    data = buf.getvalue()
    assert data.startswith(b"\x89PNG")
    return data


def all_text(fig) -> str:  # type: ignore[no-untyped-def]
    parts = [t.get_text() for t in fig.texts]
    if fig._suptitle is not None:
        parts.append(fig._suptitle.get_text())
    for ax in fig.axes:
        parts += [t.get_text() for t in ax.texts]
        parts += [ax.get_xlabel(), ax.get_ylabel(), ax.get_title("left")]
    return "\n".join(parts)


def check_labelled(fig) -> None:  # type: ignore[no-untyped-def]
    """Every drawn data axes has a label on at least its value axis."""
    for ax in fig.axes:
        if not ax.axison or ax.get_label() == "<colorbar>":
            continue
        assert ax.get_xlabel() or ax.get_ylabel(), all_text(fig)


def test_empty_diary_every_chart_says_no_data(diary) -> None:  # type: ignore[no-untyped-def]
    out = charts.build_all(diary)
    keys = [k for k, _, _ in out]
    assert keys == ["timeline", "water-next-day", "stretch-days", "wear-off", "hour-weekday",
                    "relief-methods", "severity", "body-areas"]
    for key, title, fig in out:
        assert title
        text = all_text(fig)
        assert "No " in text or "no " in text or "Water has to be logged" in text, (key, text)
        render(fig)


def test_single_entry(diary) -> None:  # type: ignore[no-untyped-def]
    log_entry(diary, "cramp", {"at": "2026-03-01T03:10", "muscle": "calf", "severity": 6,
                               "duration_s": 120, "relief": ["stretch"]}, with_flags=False)
    out = charts.build_all(diary)
    assert [k for k, _, _ in out][0] == "timeline"
    for _key, _title, fig in out:
        render(fig)
        check_labelled(fig)
    # a single dose, no episodes
    log_entry(diary, "dose", {"at": "2026-03-02T08:00", "drug": "tizanidine", "amount": 4},
              with_flags=False)
    for _key, _title, fig in charts.build_all(diary, date(2026, 3, 2), date(2026, 3, 2)):
        render(fig)


def test_each_builder_by_key_and_finding_charts() -> None:
    h = make_history(90, 4, drug="tizanidine", wear_rr=3.0, stretch_rr=0.5)
    data = an.data_from_history(h)
    for f in an.findings_from_data(data):
        assert f.chart
        fig = charts.build(data, f.chart)
        check_labelled(fig)
    fig = charts.build(data, "water-same-day")
    assert "same day" in all_text(fig)
    with pytest.raises(KeyError):
        charts.build(data, "nope")


def test_ten_years_of_entries() -> None:
    h = make_history(3650, 5, drug="tizanidine", wear_rr=2.0, stretch_rr=0.6)
    out = charts.build_all_from_data(an.data_from_history(h))
    keys = [k for k, _, _ in out]
    assert keys == ["timeline", "water-next-day", "stretch-days", "wear-off:tizanidine",
                    "hour-weekday", "relief-methods", "severity", "body-areas"]
    for key, title, fig in out:
        assert "tizanidine" in title or key != "wear-off:tizanidine"
        check_labelled(fig)
        render(fig)
    timeline = out[0][2]
    assert "month" in all_text(timeline)  # ten years are shown as monthly averages


def test_palette_is_okabe_ito() -> None:
    from crampdiary.charts import _style

    assert set(_style.PALETTE) <= {"#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                   "#0072B2", "#D55E00", "#CC79A7"}


def test_charts_never_use_pyplot_or_qt() -> None:
    code = ("import sys\n"
            "from insights_synth import make_history\n"
            "from crampdiary import charts\n"
            "from crampdiary.core import analysis as an\n"
            "d = an.data_from_history(make_history(20, 1, drug='tizanidine'))\n"
            "charts.build_all_from_data(d)\n"
            "charts.build_all_from_data(an.DiaryData())\n"
            "for k in ('water-same-day', 'wear-off'):\n"
            "    charts.build(d, k)\n"
            "bad = [m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules]\n"
            "assert not bad, bad\n")
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.dirname(__file__) + os.pathsep + env.get("PYTHONPATH", "")
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
