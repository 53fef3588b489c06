"""A quick HTML preview of the report's first page, from the same ``Summary``.

The window shows it while the user picks the period (PySide6-Essentials has no
PDF renderer, and the preview must be instant); the PDF itself is built by
``pdf.py`` from the very same numbers.
"""

from __future__ import annotations

from html import escape

from ..core.timeutil import format_duration, to_local
from .pdf import _ff as _f
from .pdf import _n, fmt_date, fmt_period
from .summary import Summary


def summary_html(s: Summary, name: str | None = None, pages_hint: str = "") -> str:
    rows: list[tuple[str, str]] = []
    ep = f"<b>{s.cramps}</b> in {_n(s.days, 'day')}: <b>{s.per_week:.1f} per week</b>"
    if s.change_text and s.days >= 14:
        ep += f"<br>{escape(s.change_text)}"
    rows.append(("Cramp episodes", ep))
    if s.cramps:
        rows.append(("Severity (0–10)", f"median <b>{_f(s.severity_median)}</b>, range "
                                        f"{s.severity_min}–{s.severity_max}"))
        rows.append(("Nights woken", f"<b>{s.nights_woken}</b> of {_n(s.nights, 'night')}"))
        if s.longest is not None:
            rows.append(("Longest episode", f"{format_duration(s.longest.duration_s)} on "
                                            f"{fmt_date(to_local(s.longest.at).date())}"))
        rows.append(("Body areas", escape("; ".join(f"{a} {n}" for a, n, _ in s.body_areas[:6]))))
        if s.relief:
            rows.append(("Relief that worked", escape("; ".join(
                f"{r}: {n}×" + (f", helped {_f(m)}/10" if m is not None else "")
                for r, n, m, _k in s.relief[:6]))))
    if s.red_flag_cramps:
        rows.append(("Red flags reported",
                     f"<span style='color:#a4161a'><b>{len(s.red_flag_cramps)} episode(s)</b></span>"))
    if s.symptoms:
        rows.append(("Side effects", escape("; ".join(f"{n} {c}×" for n, c, _m, _w in s.symptoms[:6]))))
    if s.bp_n:
        rows.append(("Blood pressure", f"{_n(s.bp_n, 'reading')}, mean "
                                       f"{_f(s.bp['sys_mean'], 0)}/{_f(s.bp['dia_mean'], 0)} mmHg"))
    meds = ""
    for m in s.medicines:
        adh = (f"{m.on_time} on time, {m.late} late, {m.missed} missed" if m.schedule and m.slots
               else "no schedule set" if not m.schedule else "nothing to judge yet")
        meds += (f"<tr><td>{escape(m.name)}</td><td align='right'>{m.doses}</td>"
                 f"<td>{escape(m.usual)}</td><td>{escape(adh)}</td></tr>")
    flags = "".join(f"<tr><td><b>{escape(f.severity.upper())}</b></td><td>{escape(f.title)}</td>"
                    f"<td align='right'>{f.count}</td></tr>" for f in s.flags[:8])
    who = f"<b>{escape(name)}</b> · " if name else ""
    html = [
        "<h2 style='color:#1f4e79;margin-bottom:2px'>Summary for the doctor</h2>",
        f"<p style='color:#5b6573;margin-top:0'>{who}{fmt_period(s.start, s.end)} "
        f"({_n(s.days, 'day')}) · {_n(s.entries, 'entry').replace('entrys', 'entries')}"
        f"{' · ' + escape(pages_hint) if pages_hint else ''}</p>",
        "<table cellspacing='0' cellpadding='3' width='100%'>",
        *(f"<tr><td width='32%' style='background:#f2f5f8'><b>{escape(k)}</b></td><td>{v}</td></tr>"
          for k, v in rows),
        "</table>",
    ]
    if meds:
        html.append("<h3 style='color:#1f4e79'>Medicines</h3><table cellpadding='3' width='100%'>"
                    "<tr><th align='left'>Medicine</th><th>Doses</th><th align='left'>Usual</th>"
                    f"<th align='left'>On time / late / missed</th></tr>{meds}</table>")
    html.append("<h3 style='color:#1f4e79'>Flags</h3>")
    html.append(f"<table cellpadding='3' width='100%'>{flags}</table>" if flags
                else "<p>No flags in this period.</p>")
    return "\n".join(html)
