"""The doctor's report: ``write_report(diary, out, ...)`` writes the PDF.

The numbers live in ``summary.py``, the layout in ``pdf.py``; the charts come from
``crampdiary.charts.build_all`` (the same figures the window shows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

from ..core.db import Diary
from ..core.errors import InputError

Progress = Callable[[float, str], None]


def collect(diary: Diary, start: date | None = None, end: date | None = None,
            name: str | None = None, sections: Iterable[str] | None = None,
            progress: Progress | None = None, with_charts: bool = True):  # type: ignore[no-untyped-def]
    """Everything the PDF needs (a ``pdf.ReportInput``), read from the diary."""
    from ..core import diary as uc
    from ..core import rules
    from ..core.timeutil import day_range_utc, now_utc
    from .pdf import SECTIONS, ReportInput, read_questions
    from .summary import resolve_period, summarize

    secs = tuple(SECTIONS) if sections is None else tuple(sections)
    unknown = [s for s in secs if s not in SECTIONS]
    if unknown:
        raise InputError("sections", f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    if start and end and end < start:
        raise InputError("to", "is before --from")
    if name is not None:
        name = name.strip() or None
        if name and len(name) > 200:
            raise InputError("name", "is longer than 200 characters")
    first = None
    if start is None:
        from ..core.diary import first_entry_time

        first = first_entry_time(diary)
    start, end = resolve_period(first, start, end)
    lo, hi = day_range_utc(start, end)
    assert lo is not None and hi is not None
    if progress:
        progress(0.05, "Reading the diary")
    history = uc.load_history(diary, lo, hi - timedelta(microseconds=1))
    meds = uc.list_medicines(diary)
    judge_at = min(hi - timedelta(microseconds=1), now_utc())
    flags_error = None
    try:
        full = uc.load_history(diary, lo - uc.RULES_LOOKBACK, judge_at)
        flags = [f for f in rules.evaluate(full, judge_at, since=lo) if f.at >= lo]
    except Exception as exc:  # noqa: BLE001  the report must not die on a rule bug
        flags, flags_error = [], f"The flags could not be computed ({type(exc).__name__})."
    summary = summarize(history, start, end, meds, flags)
    summary.flags_error = flags_error
    if progress:
        progress(0.15, "Summary computed")
    charts = []
    if with_charts and "charts" in secs:
        from ..charts import build_all

        charts = list(build_all(diary, start, end))
    if progress:
        progress(0.3, "Charts drawn")
    # the settings file that lives next to this diary (the data folder)
    questions = read_questions(diary.path.parent / "settings.json") if "questions" in secs else []
    return ReportInput(history=history, summary=summary, name=name, questions=questions,
                       charts=charts, sections=secs)


def write_report(diary: Diary, out: Path, start: date | None = None, end: date | None = None,
                 name: str | None = None, sections: Iterable[str] | None = None,
                 progress: Progress | None = None) -> Path:
    """Write the PDF report to ``out`` (atomically, 0600) and return its path."""
    from .. import paths
    from .pdf import build_pdf

    out = Path(out).expanduser()
    if out.is_dir():
        out = out / "crampdiary-report.pdf"
    if not out.parent.exists():
        raise InputError("out", f"the folder {out.parent} does not exist")
    inp = collect(diary, start, end, name, sections, progress)
    data = build_pdf(inp, progress)
    if progress:
        progress(0.95, "Saving")
    paths.write_private(out, data)
    if progress:
        progress(1.0, "Done")
    return out


__all__ = ["write_report", "collect"]
