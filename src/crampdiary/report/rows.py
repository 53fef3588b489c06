"""The report's first page as rows: ONE source that the PDF and the preview render.

``summary_rows(summary)`` gives (label, segments) pairs; ``medicine_rows`` and
``flag_table`` the two tables; ``flag_rows(flags)`` counts the flags of the period
(the one function that decides how flags are counted, so it can be swapped for
the rule engine's own counting).  A segment is a piece of text with a style
("" plain, "b" bold, "danger" a red flag, "muted" secondary); ``pdf.py`` turns
segments into reportlab markup and ``preview.py`` into HTML, nothing else.

No reportlab and no Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..core.timeutil import format_duration, to_local
from ..core.vocab import MUSCLES, RED_FLAGS

if TYPE_CHECKING:
    from .summary import Summary

Seg = tuple[str, str]  # (text, style)


def render(segs: list[Seg], *, escape: Callable[[str], str], br: str,
           styles: dict[str, str]) -> str:
    """Segments as markup: ``styles`` maps a style ("b", "danger", "muted") to a template
    with ``{t}`` for the escaped text; a line-break segment becomes ``br``.  The PDF and the
    preview differ only in the templates they pass."""
    out = []
    for text, style in segs:
        if text == "\n":
            out.append(br)
            continue
        t = escape(text)
        out.append(styles[style].format(t=t) if style in styles else t)
    return "".join(out)


SummaryRow = tuple[str, list[Seg]]
SEVERITY_ORDER = {"danger": 0, "warning": 1, "info": 2}


# --------------------------------------------------------------------------- numbers in words
def fmt_date(d: date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


def fmt_period(start: date, end: date) -> str:
    return f"{fmt_date(start)} to {fmt_date(end)}"


def n_(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def ff(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "–"
    v = round(float(x), digits)
    return str(int(v)) if v.is_integer() else f"{v:.{digits}f}"


# --------------------------------------------------------------------------- flags
@dataclass
class FlagCount:
    rule: str
    severity: str
    title: str
    count: int  # events + episodes
    first: datetime
    last: datetime
    events: int = 0
    episodes: int = 0


def flag_rows(flags: Iterable[Any]) -> list[FlagCount]:
    """The period's flags counted per rule, as CONTRACT.md section 3 counts them.

    ``flags`` are what the rule engine lists for the period (``rules.evaluate``):
    each event flag once and each episode of an ongoing rule once, so a run of
    doses that keeps one episode going counts once, not once per dose.  A flag
    with a ``first_at`` before its ``at`` is an episode; the others are events.
    Worst severity first, then the most frequent.
    """
    by: dict[str, list[Any]] = defaultdict(list)
    for f in flags:
        by[f.rule].append(f)
    out = []
    for rule, fl in by.items():
        fl.sort(key=lambda f: f.at)
        worst = min(fl, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
        episodes = sum(1 for f in fl if getattr(f, "first_at", f.at) < f.at)
        out.append(FlagCount(rule, worst.severity, worst.title, len(fl),
                             min(getattr(f, "first_at", f.at) for f in fl), fl[-1].at,
                             events=len(fl) - episodes, episodes=episodes))
    out.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), -f.count, f.rule))
    return out


def flag_table(s: Summary, limit: int = 12) -> tuple[list[str], list[list[str]], int]:
    """(header, rows of [severity, title, rule, times, last day], how many left out)."""
    head = ["Severity", "What", "Times", "Last"]
    rows = []
    for f in s.flags[:limit]:
        times = str(f.count)
        if f.episodes:
            times += f" ({n_(f.episodes, 'episode')})" if f.events else " (episodes)"
        rows.append([f.severity.upper(), f.title, f.rule, times, fmt_date(to_local(f.last).date())])
    return head, rows, max(0, len(s.flags) - limit)


# --------------------------------------------------------------------------- the rows
def _change(now: float | None, before: float | None, digits: int, more: str, less: str) -> str:
    if now is None and before is None:
        return "none in either period"
    if before is None:
        return f"{ff(now, digits)} (none before)"
    if now is None:
        return f"none (was {ff(before, digits)})"
    a, b = round(before, digits), round(now, digits)
    if a == b or (a and abs(b - a) / abs(a) < 0.15):
        word = "about the same"
    else:
        word = more if b > a else less
    return f"{ff(before, digits)} before, {ff(now, digits)} now ({word})"


def change_since_previous(s: Summary) -> list[Seg]:
    """'What changed since the previous period', in plain words, or [] if nothing to say."""
    p = s.previous
    if p is None:
        return []
    head = f"Compared with the {n_(s.days, 'day')} before ({fmt_period(p.start, p.end)}): "
    if p.entries == 0:
        return [(head + "the diary has no entries from that time to compare with.", "")]
    return [
        (head, ""),
        ("episodes per week ", ""),
        (_change(s.per_week, p.per_week, 1, "more", "fewer"), "b"),
        ("; mean severity ", ""),
        (_change(s.severity_mean, p.severity_mean, 1, "higher", "lower"), "b"),
        ("; nights woken ", ""),
        (_change(float(s.nights_woken), float(p.nights_woken), 0, "more", "fewer"), "b"),
        (".", ""),
    ]


def summary_rows(s: Summary) -> list[SummaryRow]:
    """The key/value rows of the first page, in order."""
    rows: list[SummaryRow] = []
    ep: list[Seg] = [(str(s.cramps), "b"), (f" in {n_(s.days, 'day')}: ", ""),
                     (f"{s.per_week:.1f} per week", "b")]
    if s.change_text and s.days >= 14:
        ep += [("\n", ""), (f"Within the period: {s.change_text}", "")]
    rows.append(("Cramp episodes", ep))
    change = change_since_previous(s)
    if change:
        rows.append(("What changed since the previous period", change))
    if s.cramps:
        rows.append(("Severity (0–10)", [("median ", ""), (ff(s.severity_median), "b"),
                                         (f", mean {ff(s.severity_mean)}, range "
                                          f"{s.severity_min}–{s.severity_max}", "")]))
        rows.append(("Nights woken", [(str(s.nights_woken), "b"),
                                      (f" of {n_(s.nights, 'night')} "
                                       f"({n_(s.woke_episodes, 'episode')} woke the patient)", "")]))
        if s.longest is not None:
            lg = s.longest
            rows.append(("Longest episode", [
                (format_duration(lg.duration_s), "b"),
                (f" on {fmt_date(to_local(lg.at).date())} ({MUSCLES.get(lg.muscle, lg.muscle).lower()}, "
                 f"severity {lg.severity}); median duration "
                 f"{format_duration(int(s.duration_median_s or 0))}", "")]))
        else:
            rows.append(("Longest episode", [("no durations recorded", "")]))
        areas = "; ".join(f"{a} {n}" + (f" ({sd})" if sd else "") for a, n, sd in s.body_areas[:6])
        if len(s.body_areas) > 6:
            areas += f"; {len(s.body_areas) - 6} more"
        rows.append(("Body areas", [(areas, "")]))
        if s.relief:
            rel: list[Seg] = []
            for i, (r, n, m, _k) in enumerate(s.relief[:6]):
                rel.append((("; " if i else "") + f"{r}: used {n}×", ""))
                if m is not None:
                    rel += [(", helped median ", ""), (f"{ff(m)}/10", "b")]
            rows.append(("Relief that worked", rel))
        else:
            rows.append(("Relief that worked", [("no relief methods recorded", "")]))
    if s.red_flag_cramps:
        txt = "; ".join(
            f"{fmt_date(to_local(c.at).date())}: " + ", ".join(RED_FLAGS[f][0] for f in c.red_flags)
            for c in s.red_flag_cramps[:5])
        if len(s.red_flag_cramps) > 5:
            txt += f"; and {len(s.red_flag_cramps) - 5} more"
        rows.append(("Red flags reported", [(txt, "danger")]))
    if s.symptoms:
        sy = "; ".join(f"{n} {c}× (median severity {ff(m)}, worst {w})" for n, c, m, w in s.symptoms[:6])
        if len(s.symptoms) > 6:
            sy += f"; {len(s.symptoms) - 6} more"
        rows.append(("Side effects / symptoms", [(sy, "")]))
    else:
        rows.append(("Side effects / symptoms", [("none recorded", "")]))
    if s.bp_n:
        b = s.bp
        bp: list[Seg] = [(f"{n_(s.bp_n, 'reading')}: mean ", ""),
                         (f"{ff(b['sys_mean'], 0)}/{ff(b['dia_mean'], 0)} mmHg", "b"),
                         (f", systolic {ff(b['sys_min'], 0)}–{ff(b['sys_max'], 0)}, "
                          f"diastolic {ff(b['dia_min'], 0)}–{ff(b['dia_max'], 0)}", "")]
    else:
        bp = [("no readings", "")]
    if s.pulse_n:
        p = s.pulse
        bp.append((f"; pulse {ff(p['min'], 0)}–{ff(p['max'], 0)}/min (mean {ff(p['mean'], 0)}, "
                   f"{n_(s.pulse_n, 'reading')})", ""))
    rows.append(("Blood pressure", bp))
    other = []
    if s.water_mean_ml is not None:
        other.append(f"drinks logged on {n_(s.water_days, 'day')}, mean {ff(s.water_mean_ml, 0)} ml "
                     f"on {'those days' if s.water_days != 1 else 'that day'}")
    if s.stretch_sessions:
        times = "once" if s.stretch_sessions == 1 else f"{s.stretch_sessions} times"
        other.append(f"stretching {times}, {ff(s.stretch_minutes, 0)} minutes in all")
    if other:
        rows.append(("Fluids and stretching", [("; ".join(other), "")]))
    return rows


def medicine_rows(s: Summary) -> tuple[list[str], list[list[str]]]:
    """(header, one row per medicine) for the medicines table."""
    head = ["Medicine", "Doses", "Days", "Usual dose", "Total", "Schedule", "On time / late / missed"]
    rows = []
    for m in s.medicines:
        if m.schedule:
            adh = (f"{m.on_time} / {m.late} / {m.missed} of {m.slots}" if m.slots
                   else "nothing to judge yet")
        elif m.min_interval_h:
            adh = (f"no schedule; {n_(m.too_soon, 'dose')} sooner than "
                   f"{ff(m.min_interval_h)} h after the last")
        else:
            adh = "no schedule set"
        rows.append([m.name, str(m.doses), str(m.days_taken), m.usual, m.total, m.schedule or "–", adh])
    return head, rows


def subtitle(s: Summary, name: str | None) -> list[Seg]:
    out: list[Seg] = []
    if name:
        out += [(name, "b"), (" · ", "")]
    out += [("Period: ", ""), (fmt_period(s.start, s.end), "b"),
            (f" ({n_(s.days, 'day')}) · {n_(s.entries, 'diary entry', 'diary entries')}", "")]
    return out


def log_table(kind: str, records: Iterable[Any], *, skip: Iterable[str] = (),
              when: bool = True) -> tuple[list[str], list[list[str]]]:
    """The full log of one kind as (header, rows): date and time (unless ``when`` is
    False), then one column per field the kind description shows in the log
    (``core.kinds``: ``Show.table``, its ``label`` as the heading; fields named in
    ``skip`` left out), each value in words with its unit (``core.describe.log_cell``).
    A field declared in the kind description appears here without further edits; a
    table laid out by hand can add ``log_table(kind, recs, skip=<its fields>,
    when=False)`` as its last columns to show every field it does not know."""
    from ..core.describe import log_cell
    from ..core.i18n import tr
    from ..core.kinds import KINDS

    left_out = set(skip)
    cols = [f for f in KINDS[kind].log_columns if f.name not in left_out]
    head = [tr("report", "Date"), tr("report", "Time")] if when else []
    head += [tr("kinds", f.show.label) if f.show is not None else f.public for f in cols]
    rows = []
    for r in records:
        cells = [log_cell(f, getattr(r, f.name, None)) for f in cols]
        if when:
            loc = to_local(r.at)
            cells = [fmt_date(loc.date()), loc.strftime("%H:%M"), *cells]
        rows.append(cells)
    return head, rows


def plain(segs: Sequence[Seg]) -> str:
    return "".join(t for t, _ in segs)


__all__ = ["FlagCount", "flag_rows", "flag_table", "summary_rows", "medicine_rows", "subtitle",
           "change_since_previous", "fmt_date", "fmt_period", "ff", "n_", "plain", "log_table"]
