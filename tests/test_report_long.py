"""Issue 16: the report for any period (CONTRACT.md section 5, version 2).

A period over 92 days has a week-by-week log (one row per week and kind, counts and
totals), ``--full-log`` adds every entry, ten years stay under 40 pages, the first
page says what changed since the previous period, and the PDF and the window's
preview render the same summary rows.
"""

from __future__ import annotations

import re
import sys
import types
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crampdiary.core.inputs import validate_input
from crampdiary.core.timeutil import local_zone
from crampdiary.core.use_cases import bulk_insert, log_entry


@pytest.fixture
def fake_charts(monkeypatch):
    from matplotlib.figure import Figure

    mod = types.ModuleType("crampdiary.charts")
    mod.build_all = lambda diary, start, end: [("k", "A chart", Figure((6, 2)))]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crampdiary.charts", mod)


def _at(d: date, hh: int, mm: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=local_zone())


def _text(path: Path) -> tuple[list[str], str]:
    pages = [p.extract_text() or "" for p in PdfReader(str(path)).pages]
    return pages, re.sub(r"\s+", " ", " ".join(pages))


START = date(2026, 1, 5)  # a Monday
END = date(2026, 5, 3)  # a Sunday: 119 days, 17 whole weeks


def _fill_weeks(diary) -> list[str]:
    """Known entries in three weeks of the period; returns the notes of every cramp."""
    notes = []
    week2 = START + timedelta(days=7)
    for i, (d, sev, dur) in enumerate([(week2, 4, 60), (week2 + timedelta(days=2), 8, 300),
                                       (week2 + timedelta(days=6), 6, 120),
                                       (START + timedelta(days=70), 3, 30)]):
        note = f"cramp note {i}"
        notes.append(note)
        log_entry(diary, "cramp", {"at": _at(d, 3, 15), "muscle": "calf", "severity": sev,
                                   "duration_s": dur, "woke": True, "note": note}, with_flags=False)
    for hh in (8, 14, 20):
        log_entry(diary, "dose", {"at": _at(week2, hh), "drug": "tizanidine", "amount": 4,
                                  "note": f"dose note {hh}"}, with_flags=False)
    log_entry(diary, "dose", {"at": _at(week2 + timedelta(days=1), 9), "drug": "baclofen",
                              "amount": 10}, with_flags=False)
    for hh, ml in ((9, 250), (13, 500), (18, 330)):
        log_entry(diary, "water", {"at": _at(week2 + timedelta(days=3), hh), "ml": ml},
                  with_flags=False)
    log_entry(diary, "stretch", {"at": _at(week2, 19), "minutes": 15, "stretch_kind": "wall calf stretch"},
              with_flags=False)
    log_entry(diary, "stretch", {"at": _at(week2 + timedelta(days=4), 19), "minutes": 10},
              with_flags=False)
    log_entry(diary, "vitals", {"at": _at(week2, 9), "systolic": 120, "diastolic": 80, "pulse": 60},
              with_flags=False)
    log_entry(diary, "vitals", {"at": _at(week2 + timedelta(days=5), 9), "systolic": 140,
                                "diastolic": 90, "pulse": 70}, with_flags=False)
    log_entry(diary, "symptom", {"at": _at(week2, 15), "name": "dry mouth", "severity": 3},
              with_flags=False)
    log_entry(diary, "symptom", {"at": _at(week2 + timedelta(days=1), 15), "name": "dry mouth",
                                 "severity": 4}, with_flags=False)
    return notes


def test_a_long_period_has_one_row_per_week_and_kind(diary, tmp_path, fake_charts):
    from crampdiary.report import write_report

    notes = _fill_weeks(diary)
    out = write_report(diary, tmp_path / "r.pdf", start=START, end=END)
    pages, text = _text(out)
    assert "Log, week by week" in text
    assert "Full log: every entry" not in text
    for n in notes:  # single entries are not in the weekly log
        assert n not in text
    assert "dose note" not in text and "wall calf stretch" not in text
    # cramps: two weeks with cramps, the first of them with 3 episodes
    assert "Cramps, week by week (2 weeks)" in text
    assert re.search(r"12 Jan 2026 3 6 5 min 3\b", text), text  # mean severity 6, longest 5 min, 3 nights
    assert re.search(r"16 Mar 2026 1 3 30 s 1\b", text)
    # medicines: per drug, count and mg
    assert "Medicines taken, week by week (1 week)" in text
    assert re.search(r"12 Jan 2026 4 tizanidine 3 \(12 mg\); baclofen 1 \(10 mg\)", text)
    assert "Drinks, week by week (1 week)" in text and re.search(r"12 Jan 2026 3 1080\b", text)
    assert re.search(r"Stretching, week by week \(1 week\).*12 Jan 2026 2 25\b", text)
    assert re.search(r"12 Jan 2026 2 130/85 65\b", text)  # vitals: readings, mean BP, mean pulse
    assert re.search(r"12 Jan 2026 2 Dry mouth 2×", text)  # canonical names as words
    # the header row of every page of the weekly tables
    assert all("Week from" in p for p in pages if "week by week" in p)


def test_full_log_adds_every_entry(diary, tmp_path, fake_charts, cli):
    notes = _fill_weeks(diary)
    out = tmp_path / "full.pdf"
    res = cli("report", "--from", START.isoformat(), "--to", END.isoformat(), "--full-log",
              "--out", str(out))
    assert res.rc == 0, res.err
    _pages, text = _text(out)
    assert "Log, week by week" in text and "Full log: every entry" in text
    for n in notes:
        assert n in text
    for hh in (8, 14, 20):
        assert f"dose note {hh}" in text
    assert "wall calf stretch" in text
    assert "Cramps (4)" in text and "Medicines taken (4)" in text


def test_92_days_or_fewer_keep_the_entry_log(diary, tmp_path, fake_charts):
    from crampdiary.report import write_report

    notes = _fill_weeks(diary)
    out = write_report(diary, tmp_path / "r.pdf", start=START, end=START + timedelta(days=91))
    _pages, text = _text(out)
    assert "(92 days)" in text
    assert "Full log: every entry" in text and "Log, week by week" not in text
    assert all(n in text for n in notes)
    out = write_report(diary, tmp_path / "r2.pdf", start=START, end=START + timedelta(days=92))
    _pages, text = _text(out)
    assert "(93 days)" in text and "Log, week by week" in text


def test_what_changed_since_the_previous_period(diary, tmp_path, fake_charts):
    from crampdiary.report import write_report

    # previous 14 days (15..28 Feb): 4 cramps, severity 8, 4 nights woken; period (1..14 Mar): 2, sev 4
    for d in (15, 17, 20, 24):
        log_entry(diary, "cramp", {"at": _at(date(2026, 2, d), 2), "muscle": "calf", "severity": 8,
                                   "woke": True}, with_flags=False)
    for d in (3, 10):
        log_entry(diary, "cramp", {"at": _at(date(2026, 3, d), 15), "muscle": "calf", "severity": 4},
                  with_flags=False)
    out = write_report(diary, tmp_path / "r.pdf", start=date(2026, 3, 1), end=date(2026, 3, 14))
    pages, _ = _text(out)
    p1 = re.sub(r"\s+", " ", pages[0])
    assert "What changed since the previous period" in p1
    assert "Compared with the 14 days before (15 Feb 2026 to 28 Feb 2026)" in p1
    assert "episodes per week 2 before, 1 now (fewer)" in p1
    assert "mean severity 8 before, 4 now (lower)" in p1
    assert "nights woken 4 before, 0 now (fewer)" in p1
    # nothing before: said so
    out = write_report(diary, tmp_path / "r2.pdf", start=date(2026, 2, 1), end=date(2026, 2, 14))
    p1 = re.sub(r"\s+", " ", _text(out)[0][0])
    assert "the diary has no entries from that time to compare with" in p1


def test_pdf_and_preview_render_the_same_rows(diary, tmp_path, fake_charts):
    from crampdiary.report import collect
    from crampdiary.report.pdf import build_pdf
    from crampdiary.report.preview import summary_html
    from crampdiary.report.rows import medicine_rows, plain, summary_rows

    _fill_weeks(diary)
    inp = collect(diary, START, END, "Ana")
    html = re.sub(r"<br>", " ", summary_html(inp.summary, "Ana"))
    html = re.sub(r"</?(b|span)[^>]*>", "", html)
    html = re.sub(r"<[^>]+>", " ", html)
    import html as html_mod

    preview = re.sub(r"\s+", " ", html_mod.unescape(html))
    first = re.sub(r"\s+", " ", PdfReader(__import__("io").BytesIO(build_pdf(inp))).pages[0].extract_text())
    rows = summary_rows(inp.summary)
    assert len(rows) >= 8
    for label, segs in rows:
        value = re.sub(r"\s+", " ", plain(segs)).strip()
        assert label in preview and value in preview, label
        # the PDF wraps long values; compare the words
        assert label.split()[0] in first
        assert all(w in first for w in value.split()[:6]), (label, value)
    _head, meds = medicine_rows(inp.summary)
    for m in meds:
        assert m[0] in preview and m[0] in first


def test_flags_are_counted_once_per_episode():
    from crampdiary.report.rows import flag_rows

    t0 = datetime(2026, 3, 1, 8, tzinfo=local_zone())

    class F:
        def __init__(self, rule: str, sev: str, at: datetime, first_at: datetime | None = None):
            self.rule, self.severity, self.title, self.at = rule, sev, rule.title(), at
            self.first_at = first_at or at

    flags = [F("tizanidine.interval", "warning", t0), F("tizanidine.interval", "warning", t0 + timedelta(days=2)),
             F("interaction.sedative", "warning", t0 + timedelta(days=9), first_at=t0),
             F("tizanidine.doses-24h", "danger", t0 + timedelta(days=1))]
    rows = flag_rows(flags)
    assert [r.rule for r in rows] == ["tizanidine.doses-24h", "tizanidine.interval", "interaction.sedative"]
    inter = rows[2]
    assert (inter.count, inter.episodes, inter.events) == (1, 1, 0)  # ten days of doses: one episode
    assert inter.first == t0
    assert (rows[1].count, rows[1].events) == (2, 2)


def _ten_years(diary) -> int:
    """A compact synthetic ten-year diary, written in one bulk insert."""
    end = date.today()
    first = end - timedelta(days=3652)
    inputs = []
    d = first
    i = 0
    while d <= end:
        for hh in (8, 20):
            inputs.append(validate_input("dose", {"at": _at(d, hh), "drug": "tizanidine", "amount": 4}))
        for hh in (9, 13, 18):
            inputs.append(validate_input("water", {"at": _at(d, hh), "ml": 250}))
        if i % 3 == 0:
            inputs.append(validate_input("cramp", {"at": _at(d, 3), "muscle": "calf", "severity": 1 + i % 10,
                                                   "duration_s": 30 + i % 300, "woke": True,
                                                   "note": f"entry {i}"}))
        if i % 2 == 0:
            inputs.append(validate_input("stretch", {"at": _at(d, 21), "minutes": 10}))
        if i % 7 == 0:
            inputs.append(validate_input("vitals", {"at": _at(d, 10), "systolic": 125, "diastolic": 80,
                                                    "pulse": 66}))
            inputs.append(validate_input("symptom", {"at": _at(d, 11), "name": "drowsiness",
                                                     "severity": 3}))
        d += timedelta(days=1)
        i += 1
    return len(bulk_insert(diary, inputs))


@pytest.mark.slow
def test_ten_years_stay_under_40_pages(diary, tmp_path, fake_charts):
    from crampdiary.report import build_report

    n = _ten_years(diary)
    assert n > 20_000
    end = date.today()
    start = end - timedelta(days=3652)
    data, pages = build_report(diary, start, end, "Ten Years")
    assert pages < 40
    reader = PdfReader(__import__("io").BytesIO(data))
    assert len(reader.pages) == pages
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Log, week by week" in text and "entry 3 " not in text
    assert f"Page {pages} of {pages}" in text and "Ten Years" in reader.pages[-1].extract_text()
    assert re.search(r"Cramps, week by week \((52[0-9]|51[0-9]) weeks\)", text)
