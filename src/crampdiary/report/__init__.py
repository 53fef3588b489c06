"""The doctor's report: ``write_report(diary, out, ...)`` writes the PDF.

The numbers live in ``summary.py``; ``rows.py`` turns them into the first page's
rows, which both ``pdf.py`` (the PDF) and ``preview.py`` (the window's preview)
render; ``weekly.py`` makes the week-by-week log of a long period.  The charts
come from ``crampdiary.charts.build_all`` (the same figures the window shows).
``build_report`` builds the PDF in memory (with its page count) and
``save_pdf`` writes it, so the window can show the page count before saving.
Every step checks a ``cancel`` event (``cancel.Cancelled``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..core.db import Diary
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.records import History

Progress = Callable[[float, str], None]


def collect(diary: Diary, start: date | None = None, end: date | None = None,
            name: str | None = None, sections: Iterable[str] | None = None,
            progress: Progress | None = None, with_charts: bool = True,
            full_log: bool = False, cancel: threading.Event | None = None,
            questions: list[str] | None = None, *,
            summary: Any = None):  # type: ignore[no-untyped-def]
    """Everything the PDF needs (a ``pdf.ReportInput``), read from the diary.

    Without ``start`` the period is the 90 days up to ``end`` (today by default).
    ``questions`` (if given) replace the ones kept in the settings.  ``summary``: the
    first page's numbers already computed for this very period (the window's preview),
    so the flags and the summary are not worked out a second time.
    """
    from ..core.i18n import pinned_language

    with pinned_language():  # thousands of sentences (flags, weekly rows): one language
        return _collect(diary, start, end, name, sections, progress, with_charts, full_log,
                        cancel, questions, summary)


def _collect(diary: Diary, start: date | None, end: date | None, name: str | None,
             sections: Iterable[str] | None, progress: Progress | None, with_charts: bool,
             full_log: bool, cancel: threading.Event | None,
             questions: list[str] | None, known: Any = None):  # type: ignore[no-untyped-def]
    from ..core import use_cases as uc
    from ..core.timeutil import day_range_utc
    from .cancel import check
    from .pdf import SECTIONS, ReportInput, read_questions
    from .summary import resolve_period

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
    start, end = resolve_period(None, start, end)
    if start > end:
        raise InputError("from", "is after today; give --to as well")
    lo, hi = day_range_utc(start, end)
    assert lo is not None and hi is not None
    if progress:
        progress(0.05, tr("report", "Reading the diary"))
    if known is not None and (known.start, known.end) == (start, end):
        history = uc.load_history(diary, lo, hi - timedelta(microseconds=1))
        summary = known
    else:
        history, summary = _summary(diary, start, end, lo, hi, cancel)
    if progress:
        progress(0.15, tr("report", "Summary computed"))
    charts = []
    if with_charts and "charts" in secs:
        from ..charts import build_all

        check(cancel)
        charts = list(build_all(diary, start, end))
    check(cancel)
    if progress:
        progress(0.3, tr("report", "Charts drawn"))
    # the settings file that lives next to this diary (the data folder)
    if "questions" not in secs:
        questions = []
    elif questions is None:
        questions = read_questions(diary.path.parent / "settings.json")
    return ReportInput(history=history, summary=summary, name=name, questions=questions,
                       charts=charts, sections=secs, full_log=full_log)


def _summary(diary: Diary, start: date, end: date, lo: datetime, hi: datetime,
             cancel: threading.Event | None) -> tuple[History, Any]:
    """The period's entries and the first page's numbers (flags counted by the rules)."""
    from ..core import rules
    from ..core import use_cases as uc
    from ..core.timeutil import day_range_utc, now_utc
    from .cancel import check
    from .summary import previous_period, summarize, summarize_previous

    # One read: the period plus the rules' look-back before it (for the flags).
    wide = uc.load_history(diary, lo - uc.RULES_LOOKBACK, hi - timedelta(microseconds=1))
    history = _from(wide, lo)
    meds = uc.list_medicines(diary)
    check(cancel)
    judge_at = min(hi - timedelta(microseconds=1), now_utc())
    flags_error = None
    try:
        full = wide.until(judge_at)
        flags = [f for f in rules.evaluate(full, judge_at, since=lo, **uc.rule_inputs(diary))
                 if f.at >= lo]  # the person's strengths and profile, as `warnings` uses
        del full, wide
    except Exception as exc:  # noqa: BLE001  the report must not die on a rule bug
        flags, flags_error = [], tr("report", "The flags could not be computed ({error}).").format(
            error=type(exc).__name__)
    check(cancel)
    summary = summarize(history, start, end, meds, flags)
    summary.flags_error = flags_error
    p_start, p_end = previous_period(start, end)
    p_lo, p_hi = day_range_utc(p_start, p_end)
    assert p_lo is not None and p_hi is not None
    before = uc.load_history(diary, p_lo, p_hi - timedelta(microseconds=1))
    summary.previous = summarize_previous(before.cramps, len(before), p_start, p_end)
    return history, summary


def first_entry_day(diary: Diary) -> date | None:
    """The local day of the diary's first entry (the window's "everything" preset)."""
    from ..core.timeutil import to_local
    from ..core.use_cases import first_entry_time

    first = first_entry_time(diary)
    return to_local(first).date() if first else None


def _from(h: History, lo: datetime) -> History:
    """The entries at or after ``lo`` (each list is sorted by time)."""
    from bisect import bisect_left

    def cut(xs: list[Any]) -> list[Any]:
        return xs[bisect_left([x.at for x in xs], lo):]

    return History(cut(h.cramps), cut(h.doses), cut(h.water), cut(h.stretches), cut(h.vitals),
                   cut(h.symptoms))


def build_report(diary: Diary, start: date | None = None, end: date | None = None,
                 name: str | None = None, sections: Iterable[str] | None = None,
                 progress: Progress | None = None, full_log: bool = False,
                 cancel: threading.Event | None = None,
                 questions: list[str] | None = None, *,
                 summary: Any = None) -> tuple[bytes, int]:
    """The PDF in memory and its number of pages (nothing is written).  ``summary``: see
    ``collect``."""
    from ..core.i18n import pinned_language
    from .pdf import render_pdf

    with pinned_language():
        inp = collect(diary, start, end, name, sections, progress, full_log=full_log,
                      cancel=cancel, questions=questions, summary=summary)
        return render_pdf(inp, progress, cancel=cancel)


def save_pdf(data: bytes, out: Path, cancel: threading.Event | None = None) -> Path:
    """Write a built PDF to ``out`` (atomically, 0600); nothing if cancelled."""
    from .. import paths
    from .cancel import check

    out = Path(out).expanduser()
    if out.is_dir():
        out = out / "crampdiary-report.pdf"
    if not out.parent.exists():
        raise InputError("out", f"the folder {out.parent} does not exist")
    check(cancel)
    paths.write_private(out, data)
    if cancel is not None and cancel.is_set():  # cancelled while writing: take it back
        out.unlink(missing_ok=True)
        check(cancel)
    return out


def write_report(diary: Diary, out: Path, start: date | None = None, end: date | None = None,
                 name: str | None = None, sections: Iterable[str] | None = None,
                 progress: Progress | None = None, full_log: bool = False,
                 cancel: threading.Event | None = None) -> Path:
    """Write the PDF report to ``out`` (atomically, 0600) and return its path."""
    out = Path(out).expanduser()
    if out.is_dir():
        out = out / "crampdiary-report.pdf"
    if not out.parent.exists():
        raise InputError("out", f"the folder {out.parent} does not exist")
    data, _pages = build_report(diary, start, end, name, sections, progress, full_log, cancel)
    if progress:
        progress(0.95, tr("report", "Saving"))
    out = save_pdf(data, out, cancel)
    if progress:
        progress(1.0, tr("report", "Done"))
    return out


__all__ = ["write_report", "build_report", "save_pdf", "collect", "first_entry_day"]
