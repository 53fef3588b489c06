"""The doctor's report as a PDF (reportlab platypus).

Order: a one-page summary, the charts, the full log (tables that split across pages
and repeat their header row), "Questions for my doctor", the red flags and the
disclaimer.  Every page carries the name (if given), the period and "Page N of M".
Text is real text in an embedded DejaVu Sans font, so it can be searched, copied
and shows most scripts.  No display is needed.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepInFrame,
    KeepTogether,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.i18n import tr
from ..core.records import History, num
from ..core.timeutil import format_duration, now_utc, to_local
from ..core.vocab import DRINKS, FORMS, MUSCLES, RED_FLAGS, RELIEFS
from .summary import LATE_H, ON_TIME_H, Summary

SECTIONS = ("summary", "charts", "log", "questions")
SECTION_TITLES = {"summary": "Summary (first page)", "charts": "Charts", "log": "Full log",
                  "questions": "Questions for my doctor"}
Progress = Callable[[float, str], None]
CHART_DPI = 160

INK = colors.HexColor("#1b2430")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#c9d1db")
ZEBRA = colors.HexColor("#f2f5f8")
HEAD_BG = colors.HexColor("#e3eaf2")
SEV_COLORS = {"danger": colors.HexColor("#a4161a"), "warning": colors.HexColor("#9a6700"),
              "info": colors.HexColor("#1f4e79")}

LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "SV",
                      "DO", "NI", "BZ"}


# --------------------------------------------------------------------------- set-up
def paper_size(env: dict[str, str] | None = None) -> tuple[float, float]:
    """Letter in North America (and a few others) by LC_ALL / LC_PAPER / LANG; else A4."""
    env = dict(os.environ) if env is None else env
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        val = env.get(var)
        if val:
            loc = val.split(".")[0].split("@")[0]
            terr = loc.split("_")[1].upper() if "_" in loc else ""
            return LETTER if terr in LETTER_TERRITORIES else A4
    return A4


_FONTS_READY = False
FONT = "CDSans"
FONT_BOLD = "CDSans-Bold"


def register_fonts() -> None:
    """DejaVu Sans from matplotlib's bundled fonts (wide Unicode coverage)."""
    global _FONTS_READY
    if _FONTS_READY:
        return
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("CDSans-Oblique", str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont("CDSans-BoldOblique", str(folder / "DejaVuSans-BoldOblique.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic="CDSans-Oblique",
                                  boldItalic="CDSans-BoldOblique")
    # Images as binary streams (not ASCII85): smaller files, much faster to write.
    rl_config.useA85 = 0
    _FONTS_READY = True


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21,
                                textColor=ACCENT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=9.5, leading=13,
                                   textColor=MUTED, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                             textColor=ACCENT, spaceBefore=4, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10),
        "small": ParagraphStyle("small", parent=base, fontSize=7.3, leading=9.4, textColor=MUTED),
        "body": ParagraphStyle("body", parent=base, fontSize=9.5, leading=13.5, spaceAfter=4),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "danger": ParagraphStyle("danger", parent=base, fontName=FONT_BOLD, fontSize=9,
                                 textColor=SEV_COLORS["danger"]),
    }


def fmt_date(d: date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


def fmt_period(start: date, end: date) -> str:
    return f"{fmt_date(start)} to {fmt_date(end)}"


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _e(text: Any) -> str:
    """User text, escaped for Paragraph markup, new lines kept."""
    return escape(str(text)).replace("\n", "<br/>")


def _n(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _ff(x: float | None, digits: int = 1) -> str:
    if x is None:
        return "–"
    v = round(float(x), digits)
    return str(int(v)) if v.is_integer() else f"{v:.{digits}f}"


# --------------------------------------------------------------------------- page frame
def _numbered_canvas(header_left: str, header_right: str, footer_left: str) -> type:
    class NumberedCanvas(rl_canvas.Canvas):
        """Draws header and footer after layout, when the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            left, right = 18 * mm, w - 18 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(left, h - 15 * mm, right, h - 15 * mm)
            self.line(left, 13 * mm, right, 13 * mm)
            self.setFillColor(MUTED)
            self.setFont(FONT_BOLD, 8.5)
            self.drawString(left, h - 13 * mm, header_left)
            self.setFont(FONT, 8.5)
            self.drawRightString(right, h - 13 * mm, header_right)
            self.setFont(FONT, 7.5)
            self.drawString(left, 9 * mm, footer_left)
            self.drawRightString(right, 9 * mm, tr("report", "Page {n} of {total}").format(n=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


# --------------------------------------------------------------------------- tables
def _table(rows: list[list[Any]], widths: list[float], long: bool = False,
           zebra: bool = True, extra: Iterable[tuple[Any, ...]] = ()) -> Table:
    cls = LongTable if long else Table
    t = cls(rows, colWidths=widths, repeatRows=1 if long else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if zebra and len(rows) > 2:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    style.extend(extra)
    t.setStyle(TableStyle(style))
    return t


def _kv_table(rows: list[tuple[str, Any]], width: float, st: dict[str, ParagraphStyle]) -> Table:
    data = [[_p(escape(k), st["cellb"]), v if isinstance(v, Paragraph) else _p(v, st["cell"])]
            for k, v in rows]
    t = Table(data, colWidths=[42 * mm, width - 42 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (0, -1), ZEBRA),
    ]))
    return t


def _cell(text: str | None, st: ParagraphStyle, limit: int = 24) -> Any:
    """Plain strings for short cells (fast); wrapped paragraphs for long ones."""
    if not text:
        return ""
    if len(text) <= limit and "\n" not in text:
        return text
    return Paragraph(_e(text), st)


# --------------------------------------------------------------------------- sections
@dataclass
class ReportInput:
    history: History
    summary: Summary
    name: str | None
    questions: list[str]
    charts: list[tuple[str, str, Any]]
    sections: tuple[str, ...]


def _summary_page(s: Summary, width: float, height: float, name: str | None,
                  st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = []
    story.append(_p(tr("report", "Muscle cramp diary: summary for the doctor"), st["title"]))
    who = f"<b>{_e(name)}</b> · " if name else ""
    story.append(_p(f"{who}Period: <b>{fmt_period(s.start, s.end)}</b> ({_n(s.days, 'day')}) · "
                    f"{s.entries} diary entries",
                    st["subtitle"]))
    rows: list[tuple[str, Any]] = []
    ep = f"<b>{s.cramps}</b> in {_n(s.days, 'day')}: <b>{s.per_week:.1f} per week</b>"
    if s.change_text and s.days >= 14:
        ep += f"<br/>{s.change_text}"
    rows.append(("Cramp episodes", ep))
    if s.cramps:
        rows.append(("Severity (0–10)", f"median <b>{_ff(s.severity_median)}</b>, range "
                                        f"{s.severity_min}–{s.severity_max}"))
        rows.append(("Nights woken", f"<b>{s.nights_woken}</b> of {_n(s.nights, 'night')} "
                                     f"({_n(s.woke_episodes, 'episode')} woke the patient)"))
        if s.longest is not None:
            lg = s.longest
            rows.append(("Longest episode",
                         f"<b>{format_duration(lg.duration_s)}</b> on "
                         f"{fmt_date(to_local(lg.at).date())} ({escape(MUSCLES.get(lg.muscle, lg.muscle)).lower()}"
                         f", severity {lg.severity}); median duration "
                         f"{format_duration(int(s.duration_median_s or 0))}"))
        else:
            rows.append(("Longest episode", "no durations recorded"))
        areas = "; ".join(f"{escape(a)} {n}" + (f" ({escape(sd)})" if sd else "")
                          for a, n, sd in s.body_areas[:6])
        if len(s.body_areas) > 6:
            areas += f"; {len(s.body_areas) - 6} more"
        rows.append(("Body areas", areas))
        if s.relief:
            rel = "; ".join(
                f"{escape(r)}: used {n}×" + (f", helped median <b>{_ff(m)}/10</b>" if m is not None else "")
                for r, n, m, _k in s.relief[:6])
            rows.append(("Relief that worked", rel))
        else:
            rows.append(("Relief that worked", "no relief methods recorded"))
    if s.red_flag_cramps:
        txt = "; ".join(
            f"{fmt_date(to_local(c.at).date())}: " + ", ".join(RED_FLAGS[f][0] for f in c.red_flags)
            for c in s.red_flag_cramps[:5])
        if len(s.red_flag_cramps) > 5:
            txt += f"; and {len(s.red_flag_cramps) - 5} more"
        rows.append(("Red flags reported", _p(f"<font color='#a4161a'><b>{escape(txt)}</b></font>",
                                              st["cell"])))
    if s.symptoms:
        sy = "; ".join(f"{_e(n)} {c}× (median severity {_ff(m)}, worst {w})"
                       for n, c, m, w in s.symptoms[:6])
        if len(s.symptoms) > 6:
            sy += f"; {len(s.symptoms) - 6} more"
        rows.append(("Side effects / symptoms", sy))
    else:
        rows.append(("Side effects / symptoms", "none recorded"))
    if s.bp_n:
        b = s.bp
        bp = (f"{_n(s.bp_n, 'reading')}: mean <b>{_ff(b['sys_mean'], 0)}/{_ff(b['dia_mean'], 0)} mmHg</b>, "
              f"systolic {_ff(b['sys_min'], 0)}–{_ff(b['sys_max'], 0)}, "
              f"diastolic {_ff(b['dia_min'], 0)}–{_ff(b['dia_max'], 0)}")
    else:
        bp = "no readings"
    if s.pulse_n:
        p = s.pulse
        bp += f"; pulse {_ff(p['min'], 0)}–{_ff(p['max'], 0)}/min (mean {_ff(p['mean'], 0)}, {_n(s.pulse_n, 'reading')})"
    rows.append(("Blood pressure", bp))
    other = []
    if s.water_mean_ml is not None:
        other.append(f"drinks logged on {_n(s.water_days, 'day')}, mean {_ff(s.water_mean_ml, 0)} ml "
                     f"on {'those days' if s.water_days != 1 else 'that day'}")
    if s.stretch_sessions:
        times = "once" if s.stretch_sessions == 1 else f"{s.stretch_sessions} times"
        other.append(f"stretching {times}, {_ff(s.stretch_minutes, 0)} minutes in all")
    if other:
        rows.append(("Fluids and stretching", "; ".join(other)))
    story.append(_kv_table(rows, width, st))

    # medicines
    story.append(_p(tr("report", "Medicines in this period"), st["h2"]))
    if s.medicines:
        head = ["Medicine", "Doses", "Days", "Usual dose", "Total", "Schedule", "On time / late / missed"]
        mrows: list[list[Any]] = [head]
        for m in s.medicines:
            if m.schedule:
                adh = (f"{m.on_time} / {m.late} / {m.missed} of {m.slots}" if m.slots
                       else "nothing to judge yet")
            elif m.min_interval_h:
                adh = (f"no schedule; {m.too_soon} dose{'s' if m.too_soon != 1 else ''} sooner "
                       f"than {_ff(m.min_interval_h)} h after the last")
            else:
                adh = "no schedule set"
            mrows.append([_cell(m.name, st["cell"], 20), str(m.doses), str(m.days_taken),
                          m.usual, _cell(m.total, st["cell"], 14), _cell(m.schedule or "–", st["cell"], 20),
                          _p(escape(adh), st["cell"])])
        w = [30 * mm, 13 * mm, 11 * mm, 19 * mm, 19 * mm, 35 * mm]
        w.append(width - sum(w))
        story.append(_table(mrows, w, extra=[("ALIGN", (1, 1), (2, -1), "RIGHT")]))
    else:
        story.append(_p("No medicines were logged and none are in the medicine list.", st["base"]))

    # flags
    story.append(_p(tr("report", "Flags raised in this period"), st["h2"]))
    if s.flags_error:
        story.append(_p(escape(s.flags_error), st["small"]))
    elif s.flags:
        frows: list[list[Any]] = [["Severity", "What", "Times", "Last"]]
        extra = []
        for i, f in enumerate(s.flags[:12], start=1):
            frows.append([f.severity.upper(), _p(escape(f.title) + f" <font color='#5b6573'>({escape(f.rule)})</font>",
                                                 st["cell"]),
                          str(f.count), fmt_date(to_local(f.last).date())])
            extra.append(("TEXTCOLOR", (0, i), (0, i), SEV_COLORS.get(f.severity, INK)))
            extra.append(("FONT", (0, i), (0, i), FONT_BOLD, 7.5))
        if len(s.flags) > 12:
            frows.append(["", f"and {len(s.flags) - 12} more kinds of flag", "", ""])
        story.append(_table(frows, [20 * mm, width - 62 * mm, 14 * mm, 28 * mm],
                            extra=[*extra, ("ALIGN", (2, 1), (2, -1), "RIGHT")]))
    else:
        story.append(_p("No flags were raised by the diary's rules in this period.", st["base"]))

    story.append(Spacer(1, 5))
    story.append(_p(
        "How to read this page. Episodes per week = cramps ÷ (days ÷ 7); the halves compare the first "
        "and second half of the period. A night runs from noon to noon. Relief ‘helped’ is the "
        "patient's own 0–10 rating. Adherence is judged only for medicines with times set in the "
        f"patient's medicine list: a time counts as on time if a dose was logged within {_ff(ON_TIME_H)} h of "
        f"it, late if logged {_ff(ON_TIME_H)}–{_ff(LATE_H)} h after it, otherwise missed. For medicines "
        "without times, doses taken sooner than the label's minimum interval are counted instead. "
        "All data are self-reported by the patient.", st["small"]))
    return [KeepInFrame(width, height, story, mode="shrink")]


def _chart_section(charts: list[tuple[str, str, Any]], width: float, height: float,
                   st: dict[str, ParagraphStyle], progress: Progress | None) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Charts"), st["h1"])]
    if not charts:
        story.append(_p("There is not enough data in this period to draw charts.", st["body"]))
        return story
    n = len(charts)
    for i, (_key, title, fig) in enumerate(charts):
        buf = io.BytesIO()
        sup = getattr(fig, "_suptitle", None)
        if sup is not None:  # the heading above the image carries the title as real text
            sup.set_visible(False)
        fig.savefig(buf, format="png", dpi=CHART_DPI, facecolor="white",
                    pil_kwargs={"compress_level": 1})
        buf.seek(0)
        fw, fh = ImageReader(buf).getSize()
        buf.seek(0)
        w = width
        h = w * fh / fw
        max_h = height * 0.42
        if h > max_h:
            h = max_h
            w = h * fw / fh
        img = Image(buf, width=w, height=h)
        story.append(KeepTogether([_p(_e(title), st["h2"]), img, Spacer(1, 6)]))
        if progress:
            progress(0.35 + 0.3 * (i + 1) / n, f"Chart {i + 1} of {n}")
    return story


def _d(dt: datetime) -> tuple[str, str]:
    loc = to_local(dt)
    return f"{loc.day:02d} {loc.strftime('%b %Y')}", loc.strftime("%H:%M")


def _log_section(h: History, width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Full log"), st["h1"])]
    if not len(h):
        story.append(_p("No entries in this period.", st["body"]))
        return story
    cs = st["cell"]

    def section(title: str, head: list[str], rows: list[list[Any]], widths: list[float],
                right: tuple[int, ...] = ()) -> None:
        if not rows:
            return
        story.append(CondPageBreak(40 * mm))
        story.append(_p(f"{title} ({len(rows)})", st["h2"]))
        widths = [*widths, width - sum(widths)]
        extra = [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right]
        story.append(_table([head, *rows], widths, long=True, extra=extra))

    rows: list[list[Any]] = []
    for c in h.cramps:
        d, t = _d(c.at)
        notes = []
        if c.red_flags:
            notes.append("RED FLAG: " + ", ".join(RED_FLAGS[f][0] for f in c.red_flags))
        if c.trigger:
            notes.append(f"Trigger: {c.trigger}")
        if c.note:
            notes.append(c.note)
        relief = ", ".join(RELIEFS.get(r, r) for r in c.relief)
        if c.relief_score is not None:
            relief += f" ({c.relief_score}/10)"
        note_cell: Any = ""
        if notes:
            text = _e(" · ".join(notes))
            if c.red_flags:
                text = "<font color='#a4161a'><b>" + text.replace(" · ", "</b></font> · ", 1) \
                    if c.trigger or c.note else f"<font color='#a4161a'><b>{text}</b></font>"
            note_cell = Paragraph(text, cs)
        rows.append([d, t, _cell(MUSCLES.get(c.muscle, c.muscle), cs, 16), c.side or "",
                     str(c.severity), format_duration(c.duration_s), "yes" if c.woke else "",
                     _cell(relief, cs, 20), note_cell])
    section("Cramps", ["Date", "Time", "Area", "Side", "Sev.", "Duration", "Woke", "Relief (helped)",
                       "Notes"],
            rows, [20 * mm, 10 * mm, 28 * mm, 11 * mm, 9 * mm, 16 * mm, 11 * mm, 32 * mm],
            right=(4, 5))

    rows = []
    for x in h.doses:
        d, t = _d(x.at)
        food = {True: "with food", False: "without"}.get(x.with_food, "") if x.with_food is not None else ""
        rows.append([d, t, _cell(x.drug, cs, 22), f"{num(x.amount)} {x.unit}",
                     FORMS.get(x.form, x.form or "") if x.form else "", food, _cell(x.note, cs, 30)])
    section("Medicines taken", ["Date", "Time", "Medicine", "Amount", "Form", "Food", "Note"],
            rows, [20 * mm, 10 * mm, 36 * mm, 18 * mm, 15 * mm, 18 * mm], right=(3,))

    rows = []
    for v in h.vitals:
        d, t = _d(v.at)
        rows.append([d, t, f"{v.systolic}/{v.diastolic}" if v.systolic is not None else "",
                     str(v.pulse) if v.pulse is not None else ""])
    section("Blood pressure and pulse", ["Date", "Time", "BP (mmHg)", "Pulse (/min)"], rows,
            [20 * mm, 10 * mm, 25 * mm])

    rows = []
    for y in h.symptoms:
        d, t = _d(y.at)
        rows.append([d, t, _cell(y.name, cs, 26), str(y.severity), _cell(y.note, cs, 40)])
    section("Symptoms and side effects", ["Date", "Time", "Symptom", "Sev.", "Note"], rows,
            [20 * mm, 10 * mm, 40 * mm, 9 * mm], right=(3,))

    rows = []
    for s_ in h.stretches:
        d, t = _d(s_.at)
        rows.append([d, t, _ff(s_.minutes), _cell(s_.stretch_kind, cs, 40)])
    section("Stretching", ["Date", "Time", "Minutes", "What"], rows, [20 * mm, 10 * mm, 16 * mm],
            right=(2,))

    by_day: dict[date, dict[str, float]] = {}
    counts: dict[date, int] = {}
    for w in h.water:
        day = to_local(w.at).date()
        by_day.setdefault(day, {})
        by_day[day][w.drink] = by_day[day].get(w.drink, 0.0) + w.ml
        counts[day] = counts.get(day, 0) + 1
    rows = []
    for day in sorted(by_day):
        kinds = by_day[day]
        detail = ", ".join(f"{DRINKS.get(k, k).lower()} {_ff(v, 0)}" for k, v in
                           sorted(kinds.items(), key=lambda kv: -kv[1]))
        rows.append([f"{day.day:02d} {day.strftime('%b %Y')}", str(counts[day]),
                     _ff(sum(kinds.values()), 0), _cell(detail, cs, 60)])
    section("Drinks, totals per day", ["Date", "Drinks", "Total ml", "By kind (ml)"], rows,
            [20 * mm, 14 * mm, 18 * mm], right=(1, 2))
    return story


def _questions_section(questions: list[str], width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Questions for my doctor"), st["h1"])]
    lines = 14
    if questions:
        for i, q in enumerate(questions, start=1):
            story.append(_p(f"{i}. {_e(q)}", st["body"]))
        story.append(Spacer(1, 4))
        story.append(_p(tr("report", "Notes:"), st["h2"]))
        lines = 8
    else:
        story.append(_p("Write down what you want to ask, and the answers.", st["small"]))
    t = Table([[""] for _ in range(lines)], colWidths=[width], rowHeights=[9 * mm] * lines)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    story.append(t)
    return story


def _safety_section(width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Red flags: when to seek medical care now"), st["h1"])]
    story.append(_p(
        "Most muscle cramps hurt but are not dangerous. The signs below can point to a problem with the "
        "nerves of the lower spine or to muscle breakdown. If any of them appears, the patient should "
        "seek urgent medical care the same day (emergency department, urgent care or the emergency "
        "number), not wait for the next appointment.", st["body"]))
    rows: list[list[Any]] = [["Sign", "What it looks like"]]
    for label, desc in RED_FLAGS.values():
        rows.append([_p(f"<b>{escape(label)}</b>", st["cell"]), _p(escape(desc), st["cell"])])
    story.append(_table(rows, [55 * mm, width - 55 * mm],
                        extra=[("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE)]))
    story.append(Spacer(1, 10))
    story.append(_p(tr("report", "About this report"), st["h2"]))
    story.append(_p(
        "This report was made by Cramp Diary from entries that the patient typed in. It is a "
        "record to support a conversation with a clinician, not a diagnosis, and it may be "
        "incomplete. The flags come from fixed rules that compare logged doses with the limits "
        "printed on medicine labels and with simple thresholds; a missing flag does not mean "
        "that everything is fine, and a flag is not an instruction. The program never advises "
        "starting, stopping or changing a medicine: those decisions belong to the patient and "
        "the prescriber together.", st["body"]))
    return story


def build_pdf(inp: ReportInput, progress: Progress | None = None,
              pagesize: tuple[float, float] | None = None) -> bytes:
    register_fonts()
    st = _styles()
    pagesize = pagesize or paper_size()
    s = inp.summary
    buf = io.BytesIO()
    margin_x = 18 * mm
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, leftMargin=margin_x, rightMargin=margin_x,
        topMargin=20 * mm, bottomMargin=18 * mm,
        title=f"Muscle cramp diary {fmt_period(s.start, s.end)}" + (f" – {inp.name}" if inp.name else ""),
        author=inp.name or "", creator="Cramp Diary", subject="Cramp diary report for the doctor",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    width, height = doc.width, doc.height
    story: list[Any] = []
    if "summary" in inp.sections:
        story.extend(_summary_page(s, width, height, inp.name, st))
        story.append(PageBreak())
    if progress:
        progress(0.3, "Summary ready")
    if "charts" in inp.sections:
        story.extend(_chart_section(inp.charts, width, height, st, progress))
        story.append(PageBreak())
    if "log" in inp.sections:
        story.extend(_log_section(inp.history, width, st))
        story.append(PageBreak())
    if progress:
        progress(0.7, "Laying out the pages")
    if "questions" in inp.sections:
        story.extend(_questions_section(inp.questions, width, st))
        story.append(PageBreak())
    story.extend(_safety_section(width, st))
    header_left = tr("report", "Muscle cramp diary") + (f" · {inp.name}" if inp.name else "")
    header_right = tr("report", "Period: {period}").format(period=fmt_period(s.start, s.end))
    footer_left = (f"Cramp Diary report, printed {fmt_date(to_local(now_utc()).date())}. "
                   "Self-reported data; not a diagnosis.")
    doc.build(story, canvasmaker=_numbered_canvas(header_left, header_right, footer_left))
    return buf.getvalue()


def read_questions(settings_file: Path) -> list[str]:
    """The user's own questions: settings key ``doctor_questions`` (list or text)."""
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    q = data.get("doctor_questions") if isinstance(data, dict) else None
    if isinstance(q, str):
        return [x.strip() for x in q.splitlines() if x.strip()]
    if isinstance(q, list):
        return [str(x).strip() for x in q if str(x).strip()]
    return []


__all__ = ["build_pdf", "paper_size", "read_questions", "SECTIONS", "SECTION_TITLES", "ReportInput",
           "fmt_period", "fmt_date"]
