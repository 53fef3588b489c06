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
import re
import threading
from collections.abc import Callable, Iterable, Sequence
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
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..core.i18n import ntr, tr
from ..core.records import History, num
from ..core.timeutil import display_duration, now_utc, to_local
from ..core.vocab import RED_FLAGS, word
from . import rows as R
from .cancel import check
from .rows import C, dec, fmt_date, fmt_period, log_table, lower_word, symptom_word
from .rows import ff as _ff
from .summary import LATE_H, ON_TIME_H, Summary
from .weekly import WEEKLY_AFTER_DAYS, weekly_tables

SECTIONS = ("summary", "charts", "log", "questions")
SECTION_TITLES = {"summary": "Summary (first page)", "charts": "Charts", "log": "Log",
                  "questions": "Questions for my doctor"}  # English (the window has its own words)
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
        "cellb_r": ParagraphStyle("cellb_r", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.5,
                                  alignment=TA_RIGHT),
        "cellb_l": ParagraphStyle("cellb_l", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.5),
        "small": ParagraphStyle("small", parent=base, fontSize=7.3, leading=9.4, textColor=MUTED),
        "body": ParagraphStyle("body", parent=base, fontSize=9.5, leading=13.5, spaceAfter=4),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "danger": ParagraphStyle("danger", parent=base, fontName=FONT_BOLD, fontSize=9,
                                 textColor=SEV_COLORS["danger"]),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _e(text: Any) -> str:
    """User text, escaped for Paragraph markup, new lines kept."""
    return escape(str(text)).replace("\n", "<br/>")


def _markup(segs: list[R.Seg]) -> str:
    """Segments of ``rows`` as reportlab paragraph markup."""
    return R.render(segs, escape=_e, br="<br/>", styles={
        "b": "<b>{t}</b>", "danger": "<font color='#a4161a'><b>{t}</b></font>",
        "muted": "<font color='#5b6573'>{t}</font>"})


# --------------------------------------------------------------------------- page frame
def _numbered_canvas(header_left: str, header_right: str, footer_left: str,
                     result: dict[str, Any] | None = None) -> type:
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
            if result is not None:
                result["pages"] = total
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
            page = tr("report", "Page {n} of {total}").format(n=self._pageNumber, total=total)
            self.setFont(FONT, 7.5)
            self.drawRightString(right, 9 * mm, page)
            room = right - left - pdfmetrics.stringWidth(page, FONT, 7.5) - 4 * mm
            lines = footer_lines(footer_left, room, 7.5)
            for k, line in enumerate(lines):  # one line, or two when a language needs more room
                self.drawString(left, 9 * mm - k * 3.2 * mm, line)
            self.restoreState()

    return NumberedCanvas


def footer_lines(text: str, room: float, size: float) -> list[str]:
    """The footer in one line if it fits ``room`` points, else broken between words into
    two (German and Spanish are longer than English)."""
    if pdfmetrics.stringWidth(text, FONT, size) <= room:
        return [text]
    words = text.split(" ")
    first: list[str] = []
    for i, w in enumerate(words):
        if first and pdfmetrics.stringWidth(" ".join([*first, w]), FONT, size) > room:
            return [" ".join(first), " ".join(words[i:])]
        first.append(w)
    return [text]


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
    full_log: bool = False  # every entry, also for a period over 92 days


def _summary_page(s: Summary, width: float, height: float, name: str | None,
                  st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = []
    story.append(_p(tr("report", "Muscle cramp diary: summary for the doctor"), st["title"]))
    story.append(_p(_markup(R.subtitle(s, name)), st["subtitle"]))
    story.append(_kv_table([(k, _markup(v)) for k, v in R.summary_rows(s)], width, st))

    # medicines
    story.append(_p(tr("report", "Medicines in this period"), st["h2"]))
    head, med = R.medicine_rows(s)
    if med:
        mrows: list[list[Any]] = [_head_cells(head, st, right=(1, 2))]
        for name_, doses, days, usual, total, sched, adh in med:
            mrows.append([_cell(name_, st["cell"], 20), doses, days, usual, _cell(total, st["cell"], 14),
                          _cell(sched, st["cell"], 20), _p(escape(adh), st["cell"])])
        w = [30 * mm, 13 * mm, 11 * mm, 19 * mm, 19 * mm, 35 * mm]
        w.append(width - sum(w))
        story.append(_table(mrows, w, extra=[("ALIGN", (1, 1), (2, -1), "RIGHT")]))
    else:
        story.append(_p(escape(tr(C, "No medicines were logged and none are in the medicine list.")),
                        st["base"]))

    # flags
    story.append(_p(tr("report", "Flags raised in this period"), st["h2"]))
    if s.flags_error:
        story.append(_p(escape(s.flags_error), st["small"]))
    elif s.flags:
        fhead, fl, more = R.flag_table(s)
        frows: list[list[Any]] = [_head_cells(fhead, st, right=(2,))]
        extra: list[tuple[Any, ...]] = []
        for i, (sev, title, rule, times, last) in enumerate(fl, start=1):
            frows.append([sev, _p(escape(title) + f" <font color='#5b6573'>({escape(rule)})</font>",
                                  st["cell"]), _p(escape(times), st["cell"]), last])
            extra.append(("TEXTCOLOR", (0, i), (0, i), SEV_COLORS.get(s.flags[i - 1].severity, INK)))
            extra.append(("FONT", (0, i), (0, i), FONT_BOLD, 7.5))
        if more:
            frows.append(["", _p(escape(R.more_flags(more)), st["cell"]), "", ""])
        sev_w = max([20 * mm, *(word_width(r[0], 7.5) + CELL_PAD + 1 for r in fl)])
        fw = fit_widths(fhead, [sev_w, width - sev_w - 52 * mm, 24 * mm, 28 * mm], width)
        story.append(_table(frows, fw,
                            extra=[*extra, ("ALIGN", (2, 1), (2, -1), "RIGHT")]))
    else:
        story.append(_p(escape(tr(C, "No flags were raised by the diary's rules in this period.")),
                        st["base"]))

    story.append(Spacer(1, 5))
    story.append(_p(escape(tr(
        C, "How to read this page. Episodes per week = cramps ÷ (days ÷ 7); the halves compare the "
        "first and second half of the period; the previous period is the same number of days just "
        "before this one. A night runs from noon to noon. A flag that stays raised over several "
        "doses (an episode) is counted once. Relief ‘helped’ is the patient's own 0–10 rating. "
        "Adherence is judged only for medicines with times set in the patient's medicine list: a "
        "time counts as on time if a dose was logged within {on_time} h of it, late if logged "
        "{on_time}–{late} h after it, otherwise missed. For medicines without times, doses taken "
        "sooner than the label's minimum interval are counted instead. All data are self-reported "
        "by the patient.").format(on_time=_ff(ON_TIME_H), late=_ff(LATE_H))), st["small"]))
    return [KeepInFrame(width, height, story, mode="shrink")]


def _chart_section(charts: list[tuple[str, str, Any]], width: float, height: float,
                   st: dict[str, ParagraphStyle], progress: Progress | None,
                   cancel: threading.Event | None = None) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Charts"), st["h1"])]
    if not charts:
        story.append(_p(escape(tr(C, "There is not enough data in this period to draw charts.")),
                        st["body"]))
        return story
    n = len(charts)
    for i, (_key, title, fig) in enumerate(charts):
        check(cancel)
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
            progress(0.35 + 0.3 * (i + 1) / n, tr(C, "Chart {i} of {n}").format(i=i + 1, n=n))
    return story


def _d(dt: datetime) -> tuple[str, str]:
    loc = to_local(dt)
    return fmt_date(loc.date()), f"{loc.hour:02d}:{loc.minute:02d}"


def _head_cells(head: list[str], st: dict[str, ParagraphStyle], right: tuple[int, ...] = ()
                ) -> list[Any]:
    """A table's header row as paragraphs: long headers wrap between words, never inside one
    (a column is at least as wide as its longest header word, see ``fit_widths``)."""
    return [_p(escape(h), st["cellb_r" if j in right else "cellb_l"]) for j, h in enumerate(head)]


def word_width(text: str, size: float = 8, bold: bool = True) -> float:
    """The width of the widest word of ``text`` in the report's font (points)."""
    register_fonts()
    font = FONT_BOLD if bold else FONT
    return max((pdfmetrics.stringWidth(w, font, size) for w in text.split()), default=0.0)


CELL_PAD = 7.0  # left plus right padding of a table cell (points)
DENSE_PAD = 3.0  # the same in the weekly log's narrow columns
DENSE_SIZE = 7.5  # the weekly log's cell text (its headers stay 8 points bold)


_TAGS = re.compile(r"<[^>]+>")
_NUMBER = re.compile(r"\d+[.,]?\d*\.?")


def _units(words: list[str]) -> list[str]:
    """A number stays with the word after it ("2 Min." / "20 Sek.", "18. Mai" / "2026"):
    a table cell breaks a duration or a date between its parts, never inside one."""
    out: list[str] = []
    for w in words:
        if out and w and not w[0].isdigit() and _NUMBER.fullmatch(out[-1]):
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def wrap_lines(text: str, room: float, size: float = 8) -> str:
    """``text`` broken between words into lines of at most ``room`` points (joined by new
    lines, which a table cell draws as separate lines)."""
    if "\n" in text:
        return "\n".join(wrap_lines(part, room, size) for part in text.split("\n"))
    if pdfmetrics.stringWidth(text, FONT, size) <= room:
        return text
    space = pdfmetrics.stringWidth(" ", FONT, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for w in _units(text.split(" ")):
        ww = pdfmetrics.stringWidth(w, FONT, size)
        if line and used + space + ww > room:
            lines.append(" ".join(line))
            line, used = [w], ww
        else:
            used += (space if line else 0.0) + ww
            line.append(w)
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def fit_widths(head: list[str], widths: list[float], total: float,
               rows: list[list[Any]] | None = None, size: float = 8,
               pad: float = CELL_PAD) -> list[float]:
    """Column widths summing to ``total``: each header's longest word must fit (headers
    then break only between words), and each plain cell of ``rows`` (text of ``size``
    points) should fit too.  Columns narrower than that are widened, the room taken first
    from what the others have to spare, then from cell room (such cells are wrapped by
    ``fit_cells``), never from a header word."""
    hard = [word_width(h) + pad + 0.5 for h in head]
    soft = list(hard)
    if rows:
        for j in range(len(head)):
            texts = {r[j] for r in rows if j < len(r) and isinstance(r[j], str)}
            if texts:
                widest = max(pdfmetrics.stringWidth(t, FONT, size) for t in texts)
                soft[j] = max(hard[j], min(widest + pad + 0.5, 60 * mm))
            paras = {getattr(r[j], "text", "") for r in rows
                     if j < len(r) and r[j] and not isinstance(r[j], str)}
            if paras:
                # a column of paragraphs (the notes, a long side or relief) keeps room for
                # its longest word: "Izquierdo", "Desencadenante:" are never broken inside
                longest = max(word_width(_TAGS.sub("", t)) for t in paras)
                soft[j] = max(soft[j], min(longest + pad + 0.5, 40 * mm))
    out = [max(w, n) for w, n in zip(widths, soft, strict=True)]
    for floor in (soft, hard):
        extra = sum(out) - total
        if extra <= 0.01:
            break
        spare = [max(0.0, w - n) for w, n in zip(out, floor, strict=True)]
        room = sum(spare)
        if room > 0:
            take = min(1.0, extra / room)
            out = [w - sp * take for w, sp in zip(out, spare, strict=True)]
    if sum(out) > total + 0.01:  # even the header words do not fit: never past the frame
        out = [w * total / sum(out) for w in out]
    return out


def fit_cells(rows: list[list[Any]], widths: list[float], size: float = 8,
              pad: float = CELL_PAD) -> list[list[Any]]:
    """Plain cells wider than their column broken into lines (only columns that need it)."""
    tight = []
    for j, w in enumerate(widths):
        lines = {ln for r in rows if j < len(r) and isinstance(r[j], str) for ln in r[j].split("\n")}
        if lines and max(pdfmetrics.stringWidth(t, FONT, size) for t in lines) > w - pad:
            tight.append(j)
    if not tight:
        return rows
    out = [list(r) for r in rows]
    for r in out:
        for j in tight:
            if isinstance(r[j], str):
                r[j] = wrap_lines(r[j], widths[j] - pad, size)
    return out


# The fields each hand-laid log table of _log_section shows (the others come from the kind
# description through rows.log_table).  Water is summed per day, so only these fields.
_LOG_KNOWN: dict[str, frozenset[str]] = {
    "cramp": frozenset({"muscle", "severity", "side", "duration_s", "woke", "relief",
                        "relief_score", "red_flags", "trigger", "note"}),
    "dose": frozenset({"drug", "drug_key", "amount", "unit", "form", "with_food", "note"}),
    "vitals": frozenset({"systolic", "diastolic", "pulse"}),
    "symptom": frozenset({"name", "severity", "note"}),
    "stretch": frozenset({"minutes", "stretch_kind"}),
}


def _log_section(h: History, width: float, st: dict[str, ParagraphStyle],
                 cancel: threading.Event | None = None) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Full log: every entry"), st["h1"])]
    if not len(h):
        story.append(_p(escape(tr(C, "No entries in this period.")), st["body"]))
        return story
    cs = st["cell"]

    def section(title: str, head: list[str], rows: list[list[Any]], widths: list[float],
                right: tuple[int, ...] = (), kind: str | None = None,
                recs: Sequence[Any] = ()) -> None:
        if not rows:
            return
        if kind is not None:
            # Fields of the kind description this hand-laid table does not know (a field
            # declared once in core/kinds.py) come in as extra columns before the last one.
            more_head, more_rows = log_table(kind, recs, skip=_LOG_KNOWN[kind], when=False)
            if more_head:
                at = len(head) - 1
                head = [*head[:at], *more_head, head[at]]
                rows = [[*r[:at], *m, r[at]] for r, m in zip(rows, more_rows, strict=True)]
                widths = [*widths, *[18 * mm] * len(more_head)]
        story.append(CondPageBreak(40 * mm))
        story.append(_p(escape(tr(C, "{title} ({n})").format(title=title, n=len(rows))), st["h2"]))
        widths = fit_widths(head, [*widths, width - sum(widths)], width, rows)
        rows = fit_cells(rows, widths)
        extra = [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right]
        story.append(_table([_head_cells(head, st, right), *rows], widths, long=True, extra=extra))

    rows: list[list[Any]] = []
    yes = tr(C, "yes")
    for i, c in enumerate(h.cramps):
        if not i % 2000:
            check(cancel)
        d, t = _d(c.at)
        notes = []
        if c.red_flags:
            notes.append(tr(C, "RED FLAG: {signs}").format(
                signs=", ".join(word("red-flag", f) for f in c.red_flags)))
        if c.trigger:
            notes.append(tr(C, "Trigger: {trigger}").format(trigger=c.trigger))
        if c.note:
            notes.append(c.note)
        relief = ", ".join(word("relief", r) for r in c.relief)
        if c.relief_score is not None:
            relief += f" ({c.relief_score}/10)"
        note_cell: Any = ""
        if notes:
            text = _e(" · ".join(notes))
            if c.red_flags:
                text = "<font color='#a4161a'><b>" + text.replace(" · ", "</b></font> · ", 1) \
                    if c.trigger or c.note else f"<font color='#a4161a'><b>{text}</b></font>"
            note_cell = Paragraph(text, cs)
        rows.append([d, t, _cell(word("muscle", c.muscle), cs, 16),
                     _cell(word("side", c.side), cs, 8) if c.side else "",
                     str(c.severity), display_duration(c.duration_s), yes if c.woke else "",
                     _cell(relief, cs, 20), note_cell])
    section(tr(C, "Cramps"), [tr(C, "Date"), tr(C, "Time"), tr(C, "Area"), tr(C, "Side"),
                              tr(C, "Sev."), tr(C, "Duration"), tr(C, "Woke"),
                              tr(C, "Relief (helped)"), tr(C, "Notes")],
            rows, [20 * mm, 10 * mm, 28 * mm, 11 * mm, 9 * mm, 16 * mm, 11 * mm, 32 * mm],
            right=(4, 5), kind="cramp", recs=h.cramps)

    rows = []
    check(cancel)
    foods = {True: tr(C, "with food"), False: tr(C, "without food")}
    for i, x in enumerate(h.doses):
        if not i % 2000:
            check(cancel)
        d, t = _d(x.at)
        food = foods.get(x.with_food, "") if x.with_food is not None else ""
        rows.append([d, t, _cell(x.drug, cs, 22), dec(f"{num(x.amount)} {R.unit_word(x.unit)}"),
                     _cell(word("form", x.form), cs, 16) if x.form else "", _cell(food, cs, 16),
                     _cell(x.note, cs, 30)])
    section(tr(C, "Medicines taken"), [tr(C, "Date"), tr(C, "Time"), tr(C, "Medicine"),
                                       tr(C, "Amount"), tr(C, "Form"), tr(C, "Food"), tr(C, "Note")],
            rows, [20 * mm, 10 * mm, 36 * mm, 18 * mm, 15 * mm, 18 * mm], right=(3,),
            kind="dose", recs=h.doses)

    rows = []
    for v in h.vitals:
        d, t = _d(v.at)
        rows.append([d, t, f"{v.systolic}/{v.diastolic}" if v.systolic is not None else "",
                     str(v.pulse) if v.pulse is not None else ""])
    section(tr(C, "Blood pressure and pulse"), [tr(C, "Date"), tr(C, "Time"), tr(C, "BP (mmHg)"),
                                                tr(C, "Pulse (/min)")], rows,
            [20 * mm, 10 * mm, 25 * mm], kind="vitals", recs=h.vitals)

    rows = []
    for y in h.symptoms:
        d, t = _d(y.at)
        rows.append([d, t, _cell(symptom_word(y.name), cs, 26), str(y.severity),
                     _cell(y.note, cs, 40)])
    section(tr(C, "Symptoms and side effects"), [tr(C, "Date"), tr(C, "Time"), tr(C, "Symptom"),
                                                 tr(C, "Sev."), tr(C, "Note")], rows,
            [20 * mm, 10 * mm, 40 * mm, 9 * mm], right=(3,), kind="symptom", recs=h.symptoms)

    rows = []
    for s_ in h.stretches:
        d, t = _d(s_.at)
        rows.append([d, t, _ff(s_.minutes), _cell(s_.stretch_kind, cs, 40)])
    section(tr(C, "Stretching"), [tr(C, "Date"), tr(C, "Time"), tr(C, "Minutes"), tr(C, "What")],
            rows, [20 * mm, 10 * mm, 16 * mm],
            right=(2,), kind="stretch", recs=h.stretches)

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
        detail = ", ".join(f"{lower_word(word('drink', k))} {_ff(v, 0)}" for k, v in
                           sorted(kinds.items(), key=lambda kv: -kv[1]))
        rows.append([fmt_date(day), str(counts[day]),
                     _ff(sum(kinds.values()), 0), _cell(detail, cs, 60)])
    section(tr(C, "Drinks, totals per day"), [tr(C, "Date"), tr(C, "Drinks"), tr(C, "Total ml"),
                                              tr(C, "By kind (ml)")], rows,
            [20 * mm, 14 * mm, 18 * mm], right=(1, 2))
    more_head, _ = log_table("water", (), skip=("ml", "drink"), when=False)
    if more_head:  # fields of the kind description beyond the amount and the drink
        head, wrows = log_table("water", h.water)
        section(tr(C, "Drinks, every entry"), head, wrows,
                [20 * mm, 10 * mm] + [24 * mm] * (len(head) - 3))
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
        story.append(_p(escape(tr(C, "Write down what you want to ask, and the answers.")),
                        st["small"]))
    t = Table([[""] for _ in range(lines)], colWidths=[width], rowHeights=[9 * mm] * lines)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    story.append(t)
    return story


def _safety_section(width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [_p(tr("report", "Red flags: when to seek medical care now"), st["h1"])]
    story.append(_p(escape(tr(
        C, "Most muscle cramps hurt but are not dangerous. The signs below can point to a problem "
        "with the nerves of the lower spine or to muscle breakdown. If any of them appears, the "
        "patient should seek urgent medical care the same day (emergency department, urgent care or "
        "the emergency number), not wait for the next appointment.")), st["body"]))
    rows: list[list[Any]] = [_head_cells([tr(C, "Sign"), tr(C, "What it looks like")], st)]
    for key in RED_FLAGS:
        rows.append([_p(f"<b>{escape(word('red-flag', key))}</b>", st["cell"]),
                     _p(escape(word("red-flag-detail", key)), st["cell"])])
    story.append(_table(rows, [55 * mm, width - 55 * mm],
                        extra=[("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE)]))
    story.append(Spacer(1, 10))
    story.append(_p(tr("report", "About this report"), st["h2"]))
    story.append(_p(escape(tr(
        C, "This report was made by Cramp Diary from entries that the patient typed in. It is a "
        "record to support a conversation with a clinician, not a diagnosis, and it may be "
        "incomplete. The flags come from fixed rules that compare logged doses with the limits "
        "printed on medicine labels and with simple thresholds; a missing flag does not mean "
        "that everything is fine, and a flag is not an instruction. The program never advises "
        "starting, stopping or changing a medicine: those decisions belong to the patient and "
        "the prescriber together.")), st["body"]))
    return story


def _weekly_section(inp: ReportInput, col_width: float, st: dict[str, ParagraphStyle]) -> list[Any]:
    s = inp.summary
    intro = tr(C, "The period is longer than {days} days, so the log shows one row per week "
                  "(Monday to Sunday) and kind of entry, with counts and totals; weeks without "
                  "entries of a kind are left out.").format(days=WEEKLY_AFTER_DAYS)
    more = (tr(C, "Every single entry follows after these tables.") if inp.full_log else
            tr(C, "A report with every single entry can be made with the full log option "
                  "(crampdiary report --full-log)."))
    story: list[Any] = [_p(escape(tr(C, "Log, week by week")), st["h1"]),
                        _p(escape(intro + " " + more), st["small"]), Spacer(1, 4)]
    tables = weekly_tables(inp.history, s.start, s.end)
    if not tables:
        story.append(_p(escape(tr(C, "No entries in this period.")), st["body"]))
    for t in tables:
        short = [[c if len(c) <= 18 else None for c in r] for r in t.rows]
        widths = fit_widths(t.head, [col_width * w for w in t.widths], col_width, short,
                            size=DENSE_SIZE, pad=DENSE_PAD)
        # long cells (a week's medicines, symptoms) as lines of plain text: the table
        # draws them itself, far faster than a paragraph per cell over ten years of weeks
        rows = fit_cells([[c if c is not None else wrap_lines(r[j], widths[j] - DENSE_PAD,
                                                              DENSE_SIZE)
                           for j, c in enumerate(sr)] for r, sr in zip(t.rows, short,
                                                                      strict=True)],
                         widths, DENSE_SIZE, DENSE_PAD)
        extra = [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in t.right]
        story.append(CondPageBreak(30 * mm))
        weeks = ntr(C, "{n} week", "{n} weeks", len(rows))
        story.append(_p(escape(tr(C, "{title} ({weeks})").format(title=t.title, weeks=weeks)),
                        st["h2"]))
        head = _head_cells(t.head, st, t.right)
        dense = [("TOPPADDING", (0, 1), (-1, -1), 1.3), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.3),
                 ("LEFTPADDING", (0, 0), (-1, -1), DENSE_PAD / 2),
                 ("RIGHTPADDING", (0, 0), (-1, -1), DENSE_PAD / 2),
                 ("FONT", (0, 1), (-1, -1), FONT, DENSE_SIZE),
                 ("LEADING", (0, 1), (-1, -1), DENSE_SIZE * 1.2)]
        story.append(_table([head, *rows], widths, long=True, extra=[*extra, *dense]))
    return story


class _Doc(BaseDocTemplate):
    """Checks for Cancel between flowables (a long table is checked page by page)."""

    cancel: threading.Event | None = None

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab's name)
        check(self.cancel)


def render_pdf(inp: ReportInput, progress: Progress | None = None,
               pagesize: tuple[float, float] | None = None,
               cancel: threading.Event | None = None) -> tuple[bytes, int]:
    """The PDF and its number of pages.  Raises ``Cancelled`` once ``cancel`` is set."""
    from ..core.i18n import pinned_language

    with pinned_language():
        return _render_pdf(inp, progress, pagesize, cancel)


def _render_pdf(inp: ReportInput, progress: Progress | None, pagesize: tuple[float, float] | None,
                cancel: threading.Event | None) -> tuple[bytes, int]:
    register_fonts()
    st = _styles()
    pagesize = pagesize or paper_size()
    s = inp.summary
    buf = io.BytesIO()
    margin_x = 18 * mm
    doc = _Doc(
        buf, pagesize=pagesize, leftMargin=margin_x, rightMargin=margin_x,
        topMargin=20 * mm, bottomMargin=18 * mm,
        title=tr(C, "Muscle cramp diary") + " " + fmt_period(s.start, s.end)
        + (f" – {inp.name}" if inp.name else ""),
        author=inp.name or "", creator="Cramp Diary",
        subject=tr(C, "Cramp diary report for the doctor"),
    )
    doc.cancel = cancel
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    gap = 7 * mm
    col = (doc.width - gap) / 2
    left = Frame(doc.leftMargin, doc.bottomMargin, col, doc.height, id="left",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    right = Frame(doc.leftMargin + col + gap, doc.bottomMargin, col, doc.height, id="right",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    weekly = (s.end - s.start).days + 1 > WEEKLY_AFTER_DAYS
    templates = [PageTemplate(id="page", frames=[frame]), PageTemplate(id="two", frames=[left, right])]
    if weekly and "log" in inp.sections and not {"summary", "charts"} & set(inp.sections):
        templates.reverse()  # the weekly log is on the first page: two columns from the start
    doc.addPageTemplates(templates)
    width, height = doc.width, doc.height
    story: list[Any] = []
    if "summary" in inp.sections:
        story.extend(_summary_page(s, width, height, inp.name, st))
        story.append(PageBreak())
    if progress:
        progress(0.3, tr(C, "Summary ready"))
    check(cancel)
    if "charts" in inp.sections:
        story.extend(_chart_section(inp.charts, width, height, st, progress, cancel))
        story.append(PageBreak())
    if "log" in inp.sections:
        if weekly:
            if story:  # before the page break that ends the previous section
                story.insert(len(story) - 1, NextPageTemplate("two"))
            story.extend(_weekly_section(inp, col, st))
            story.append(NextPageTemplate("page"))
            story.append(PageBreak())
        if inp.full_log or not weekly:
            story.extend(_log_section(inp.history, width, st, cancel))
            story.append(PageBreak())
    if progress:
        progress(0.7, tr(C, "Laying out the pages"))
    if "questions" in inp.sections:
        story.extend(_questions_section(inp.questions, width, st))
        story.append(PageBreak())
    story.extend(_safety_section(width, st))
    header_left = tr("report", "Muscle cramp diary") + (f" · {inp.name}" if inp.name else "")
    header_right = tr("report", "Period: {period}").format(period=fmt_period(s.start, s.end))
    footer_left = tr(C, "Cramp Diary report, printed {date}. Self-reported data; not a "
                        "diagnosis.").format(date=fmt_date(to_local(now_utc()).date()))
    result: dict[str, Any] = {}
    doc.build(story, canvasmaker=_numbered_canvas(header_left, header_right, footer_left, result))
    return buf.getvalue(), int(result.get("pages", 0))


def build_pdf(inp: ReportInput, progress: Progress | None = None,
              pagesize: tuple[float, float] | None = None,
              cancel: threading.Event | None = None) -> bytes:
    return render_pdf(inp, progress, pagesize, cancel)[0]


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


__all__ = ["build_pdf", "render_pdf", "paper_size", "read_questions", "SECTIONS", "SECTION_TITLES", "ReportInput",
           "fmt_period", "fmt_date"]
