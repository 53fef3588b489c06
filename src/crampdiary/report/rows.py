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

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..core.i18n import language, medium_date, ntr, tr
from ..core.timeutil import display_duration, to_local
from ..core.vocab import SYMPTOM_LABELS, word

if TYPE_CHECKING:
    from .summary import Summary

Seg = tuple[str, str]  # (text, style)
_HOLE = re.compile(r"\{(\w+)\}")
_POINT = re.compile(r"(\d)\.(\d)")  # a decimal point (not the dot of "Tabl.")


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
C = "report"  # the translation context of every sentence of the report


def fmt_date(d: date) -> str:
    """'1 Jan 2026', '1. Jan. 2026', '1 ene 2026' (the report's language)."""
    return medium_date(d)


def fmt_period(start: date, end: date) -> str:
    return tr(C, "{start} to {end}").format(start=fmt_date(start), end=fmt_date(end))


def n_(n: int, word: str, plural: str | None = None) -> str:
    """Kept for old callers (English only); the report itself uses ``ntr``."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def dec(text: str) -> str:
    """A number written with a decimal point, with the language's decimal sign."""
    return _POINT.sub(r"\1,\2", text) if language() in ("de", "es") else text


def ff(x: float | None, digits: int = 1) -> str:
    """A rounded number for people: '5.7' / '5,7'; whole numbers without decimals."""
    if x is None:
        return "–"
    v = round(float(x), digits)
    return dec(str(int(v)) if v.is_integer() else f"{v:.{digits}f}")


def unit_word(unit: str) -> str:
    """A dose unit for people: mg, g, mcg and ml as they are; tablets and capsules in the
    language's short form (an abbreviation, so 0.5 or 2 of them read the same)."""
    if unit == "tablet":
        return tr(C, "tablet")
    if unit == "capsule":
        return tr(C, "capsule")
    return unit


def lower_word(text: str) -> str:
    """A vocabulary word inside a sentence: lower case, except German nouns."""
    if language() == "de" or not text:
        return text
    return text[:1].lower() + text[1:]


def side_word(key: str) -> str:
    """A side inside a sentence: 'left', 'links', 'izquierdo'; 'beide Seiten' keeps its noun."""
    text = word("side", key)
    return text[:1].lower() + text[1:]


def symptom_word(name: str) -> str:
    """A canonical symptom name ('dry-mouth') as a word; a typed name as typed."""
    return word("symptom", name) if name in SYMPTOM_LABELS else name


def fill(template: str, **parts: str | Seg) -> list[Seg]:
    """A translated sentence as segments: the template's own text is plain, each
    ``{name}`` takes its part (a ``(text, style)`` pair, or plain text)."""
    out: list[Seg] = []
    pos = 0
    for m in _HOLE.finditer(template):
        if m.start() > pos:
            out.append((template[pos:m.start()], ""))
        part = parts.get(m.group(1), m.group(0))
        out.append(part if isinstance(part, tuple) else (part, ""))
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], ""))
    return out


def severity_label(severity: str) -> str:
    return {"danger": tr(C, "DANGER"), "warning": tr(C, "WARNING"),
            "info": tr(C, "INFO")}.get(severity, severity.upper())


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
    """(header, rows of [severity, title, rule, times, last day], how many left out).
    The severity is the translated word; ``s.flags[i].severity`` keeps the rule's key."""
    head = [tr(C, "Severity"), tr(C, "What"), tr(C, "Times"), tr(C, "Last")]
    rows = []
    for f in s.flags[:limit]:
        times = str(f.count)
        if f.episodes:
            times = (ntr(C, "{count} ({n} episode)", "{count} ({n} episodes)", f.episodes)
                     if f.events else tr(C, "{count} (episodes)")).format(count=f.count)
        rows.append([severity_label(f.severity), f.title, f.rule, times,
                     fmt_date(to_local(f.last).date())])
    return head, rows, max(0, len(s.flags) - limit)


def more_flags(n: int) -> str:
    return ntr(C, "and {n} more kind of flag", "and {n} more kinds of flag", n)


# --------------------------------------------------------------------------- the rows
def _change(now: float | None, before: float | None, digits: int, more: str, less: str) -> str:
    if now is None and before is None:
        return tr(C, "none in either period")
    if before is None:
        return tr(C, "{value} (none before)").format(value=ff(now, digits))
    if now is None:
        return tr(C, "none (was {value})").format(value=ff(before, digits))
    a, b = round(before, digits), round(now, digits)
    if a == b or (a and abs(b - a) / abs(a) < 0.15):
        word_ = tr(C, "about the same")
    else:
        word_ = more if b > a else less
    return tr(C, "{before} before, {now} now ({change})").format(
        before=ff(before, digits), now=ff(now, digits), change=word_)


def change_since_previous(s: Summary) -> list[Seg]:
    """'What changed since the previous period', in plain words, or [] if nothing to say."""
    p = s.previous
    if p is None:
        return []
    head = ntr(C, "Compared with the {n} day before ({period}):",
               "Compared with the {n} days before ({period}):", s.days).format(
        period=fmt_period(p.start, p.end))
    if p.entries == 0:
        return [(head + " ", ""),
                (tr(C, "the diary has no entries from that time to compare with."), "")]
    return [(head + " ", ""), *fill(
        tr(C, "episodes per week {episodes}; mean severity {severity}; nights woken {nights}."),
        episodes=(_change(s.per_week, p.per_week, 1, tr(C, "more"), tr(C, "fewer")), "b"),
        severity=(_change(s.severity_mean, p.severity_mean, 1, tr(C, "higher"), tr(C, "lower")),
                  "b"),
        nights=(_change(float(s.nights_woken), float(p.nights_woken), 0, tr(C, "more"),
                        tr(C, "fewer")), "b"))]


def summary_rows(s: Summary) -> list[SummaryRow]:
    """The key/value rows of the first page, in order."""
    rows: list[SummaryRow] = []
    ep = fill(ntr(C, "{count} in {n} day: {rate} per week", "{count} in {n} days: {rate} per week",
                  s.days), count=(str(s.cramps), "b"), rate=(dec(f"{s.per_week:.1f}"), "b"))
    if s.change_text and s.days >= 14:
        ep += [("\n", ""), (tr(C, "Within the period: {change}").format(change=s.change_text), "")]
    rows.append((tr(C, "Cramp episodes"), ep))
    change = change_since_previous(s)
    if change:
        rows.append((tr(C, "What changed since the previous period"), change))
    if s.cramps:
        rows.append((tr(C, "Severity (0–10)"), fill(
            tr(C, "median {median}, mean {mean}, range {low}–{high}"),
            median=(ff(s.severity_median), "b"), mean=ff(s.severity_mean),
            low=str(s.severity_min), high=str(s.severity_max))))
        nights = ntr(C, "{woken} of {n} night", "{woken} of {n} nights", s.nights)
        woke = ntr(C, "{n} episode woke the patient", "{n} episodes woke the patient",
                   s.woke_episodes)
        rows.append((tr(C, "Nights woken"), fill(
            tr(C, "{nights} ({episodes})").format(nights=nights, episodes=woke),
            woken=(str(s.nights_woken), "b"))))
        if s.longest is not None:
            lg = s.longest
            rows.append((tr(C, "Longest episode"), fill(
                tr(C, "{duration} on {date} ({area}, severity {severity}); "
                      "median duration {median}"),
                duration=(display_duration(lg.duration_s), "b"),
                date=fmt_date(to_local(lg.at).date()),
                area=lower_word(word("muscle", lg.muscle)), severity=str(lg.severity),
                median=display_duration(int(s.duration_median_s or 0)))))
        else:
            rows.append((tr(C, "Longest episode"), [(tr(C, "no durations recorded"), "")]))
        parts = []
        for a, n, sd in s.body_areas[:6]:
            parts.append((tr(C, "{area} {n} ({sides})") if sd else tr(C, "{area} {n}")).format(
                area=a, n=n, sides=sd))
        if len(s.body_areas) > 6:
            parts.append(tr(C, "{n} more").format(n=len(s.body_areas) - 6))
        rows.append((tr(C, "Body areas"), [("; ".join(parts), "")]))
        if s.relief:
            rel: list[Seg] = []
            for i, (r, n, m, _k) in enumerate(s.relief[:6]):
                if i:
                    rel.append(("; ", ""))
                if m is not None:
                    rel += fill(tr(C, "{relief}: used {n}×, helped median {score}"), relief=r,
                                n=str(n), score=(f"{ff(m)}/10", "b"))
                else:
                    rel.append((tr(C, "{relief}: used {n}×").format(relief=r, n=n), ""))
            rows.append((tr(C, "Relief that worked"), rel))
        else:
            rows.append((tr(C, "Relief that worked"), [(tr(C, "no relief methods recorded"), "")]))
    if s.red_flag_cramps:
        txt = "; ".join(
            tr(C, "{date}: {signs}").format(
                date=fmt_date(to_local(c.at).date()),
                signs=", ".join(word("red-flag", f) for f in c.red_flags))
            for c in s.red_flag_cramps[:5])
        if len(s.red_flag_cramps) > 5:
            txt += "; " + tr(C, "and {n} more").format(n=len(s.red_flag_cramps) - 5)
        rows.append((tr(C, "Red flags reported"), [(txt, "danger")]))
    if s.symptoms:
        sy = "; ".join(tr(C, "{symptom} {count}× (median severity {median}, worst {worst})").format(
            symptom=symptom_word(n), count=c, median=ff(m), worst=w) for n, c, m, w in s.symptoms[:6])
        if len(s.symptoms) > 6:
            sy += "; " + tr(C, "{n} more").format(n=len(s.symptoms) - 6)
        rows.append((tr(C, "Side effects / symptoms"), [(sy, "")]))
    else:
        rows.append((tr(C, "Side effects / symptoms"), [(tr(C, "none recorded"), "")]))
    if s.bp_n:
        b = s.bp
        bp: list[Seg] = fill(
            ntr(C, "{n} reading: mean {mean}, systolic {sys_low}–{sys_high}, "
                   "diastolic {dia_low}–{dia_high}",
                "{n} readings: mean {mean}, systolic {sys_low}–{sys_high}, "
                "diastolic {dia_low}–{dia_high}", s.bp_n),
            mean=(f"{ff(b['sys_mean'], 0)}/{ff(b['dia_mean'], 0)} mmHg", "b"),
            sys_low=ff(b["sys_min"], 0), sys_high=ff(b["sys_max"], 0),
            dia_low=ff(b["dia_min"], 0), dia_high=ff(b["dia_max"], 0))
    else:
        bp = [(tr(C, "no readings"), "")]
    if s.pulse_n:
        p = s.pulse
        bp.append(("; " + ntr(C, "pulse {low}–{high}/min (mean {mean}, {n} reading)",
                              "pulse {low}–{high}/min (mean {mean}, {n} readings)",
                              s.pulse_n).format(low=ff(p["min"], 0), high=ff(p["max"], 0),
                                                mean=ff(p["mean"], 0)), ""))
    rows.append((tr(C, "Blood pressure"), bp))
    other = []
    if s.water_mean_ml is not None:
        other.append(ntr(C, "drinks logged on {n} day, mean {ml} ml on that day",
                         "drinks logged on {n} days, mean {ml} ml on those days",
                         s.water_days).format(ml=ff(s.water_mean_ml, 0)))
    if s.stretch_sessions:
        other.append((tr(C, "stretching once, {minutes} minutes in all")
                      if s.stretch_sessions == 1 else
                      ntr(C, "stretching {n} time, {minutes} minutes in all",
                          "stretching {n} times, {minutes} minutes in all", s.stretch_sessions)
                      ).format(minutes=ff(s.stretch_minutes, 0)))
    if other:
        rows.append((tr(C, "Fluids and stretching"), [("; ".join(other), "")]))
    return rows


def medicine_head() -> list[str]:
    return [tr(C, "Medicine"), tr(C, "Doses"), tr(C, "Days"), tr(C, "Usual dose"), tr(C, "Total"),
            tr(C, "Schedule"), tr(C, "On time / late / missed")]


def medicine_rows(s: Summary) -> tuple[list[str], list[list[str]]]:
    """(header, one row per medicine) for the medicines table."""
    rows = []
    for m in s.medicines:
        if m.schedule:
            adh = (tr(C, "{on_time} / {late} / {missed} of {slots}").format(
                on_time=m.on_time, late=m.late, missed=m.missed, slots=m.slots) if m.slots
                else tr(C, "nothing to judge yet"))
        elif m.min_interval_h:
            adh = ntr(C, "no schedule; {n} dose sooner than {hours} h after the last",
                      "no schedule; {n} doses sooner than {hours} h after the last",
                      m.too_soon).format(hours=ff(m.min_interval_h))
        else:
            adh = tr(C, "no schedule set")
        rows.append([m.name, str(m.doses), str(m.days_taken), dec(m.usual), dec(m.total),
                     m.schedule or "–", adh])
    return medicine_head(), rows


def subtitle(s: Summary, name: str | None) -> list[Seg]:
    out: list[Seg] = []
    if name:
        out += [(name, "b"), (" · ", "")]
    entries = ntr(C, "{n} diary entry", "{n} diary entries", s.entries)
    out += fill(ntr(C, "Period: {period} ({n} day) · {entries}",
                    "Period: {period} ({n} days) · {entries}", s.days),
                period=(fmt_period(s.start, s.end), "b"), entries=entries)
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
           "change_since_previous", "fmt_date", "fmt_period", "ff", "n_", "plain", "dec", "fill",
           "severity_label", "more_flags", "medicine_head", "lower_word", "symptom_word", "C",
           "log_table"]
