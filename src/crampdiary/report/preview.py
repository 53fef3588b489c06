"""The window's preview of the report's first page, from the same rows as the PDF.

``summary_html`` renders ``rows.summary_rows`` / ``medicine_rows`` / ``flag_table``
(the very rows ``pdf.py`` renders) as HTML for a QTextBrowser.  Colours come
from the caller (the dialog passes its palette's roles), so the preview is
readable in light and dark themes; the defaults are the PDF's light colours.
No Qt and no reportlab here.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ..core.i18n import tr
from . import rows as R
from .rows import C
from .summary import Summary


@dataclass(frozen=True)
class Colours:
    text: str = "#1b2430"
    muted: str = "#5b6573"
    accent: str = "#1f4e79"
    label_bg: str = "#f2f5f8"
    danger: str = "#a4161a"


def _html(segs: list[R.Seg], c: Colours) -> str:
    return R.render(segs, escape=escape, br="<br>", styles={
        "b": "<b>{t}</b>", "danger": f"<span style='color:{c.danger}'><b>{{t}}</b></span>",
        "muted": f"<span style='color:{c.muted}'>{{t}}</span>"})


def summary_html(s: Summary, name: str | None = None, pages_hint: str = "",
                 colours: Colours | None = None) -> str:
    c = colours or Colours()
    sub = _html(R.subtitle(s, name), c) + (f" · {escape(pages_hint)}" if pages_hint else "")
    html = [
        f"<div style='color:{c.text}'>",
        f"<h2 style='color:{c.accent};margin-bottom:2px'>"
        f"{escape(tr(C, 'Summary for the doctor'))}</h2>",
        f"<p style='color:{c.muted};margin-top:0'>{sub}</p>",
        "<table cellspacing='0' cellpadding='3' width='100%'>",
        # a one-word label (German "Krampfepisoden") is never broken inside the word
        *(f"<tr><td width='32%' style='background:{c.label_bg};color:{c.text}"
          f"{'' if ' ' in k else ';white-space:nowrap'}'><b>{escape(k)}</b></td>"
          f"<td>{_html(v, c)}</td></tr>" for k, v in R.summary_rows(s)),
        "</table>",
    ]
    head, meds = R.medicine_rows(s)
    if meds:
        cells = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>" for r in meds)
        html.append(f"<h3 style='color:{c.accent}'>{escape(tr(C, 'Medicines'))}</h3>"
                    f"<table cellpadding='3' width='100%'><tr>{cells}</tr>{body}</table>")
    html.append(f"<h3 style='color:{c.accent}'>{escape(tr(C, 'Flags'))}</h3>")
    if s.flags_error:
        html.append(f"<p>{escape(s.flags_error)}</p>")
    elif s.flags:
        fhead, fl, more = R.flag_table(s, limit=8)
        body = "".join(
            f"<tr><td><b>{escape(sev)}</b></td><td>{escape(title)} "
            f"<span style='color:{c.muted}'>({escape(rule)})</span></td>"
            f"<td align='right'>{escape(times)}</td><td>{escape(last)}</td></tr>"
            for sev, title, rule, times, last in fl)
        if more:
            body += f"<tr><td></td><td>{escape(R.more_flags(more))}</td><td></td><td></td></tr>"
        html.append(f"<table cellpadding='3' width='100%'>{body}</table>")
    else:
        none = tr(C, "No flags were raised by the diary's rules in this period.")
        html.append(f"<p>{escape(none)}</p>")
    html.append("</div>")
    return "\n".join(html)
