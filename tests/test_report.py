"""Issue 6: the doctor's report, read back with pypdf."""

from __future__ import annotations

import json
import os
import re
import stat
import sys
import types
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader

from crampdiary.core.timeutil import local_zone, now_utc
from crampdiary.core.use_cases import log_entry, save_medicine

NAME = "Zoë Łukasz-Ωmega"
PERIOD = "1 Mar 2026 to 14 Mar 2026"


@pytest.fixture
def fake_charts(monkeypatch):
    """A stand-in for crampdiary.charts (fast); the real one is tested separately."""
    from matplotlib.figure import Figure

    calls = []

    def build_all(diary, start, end):
        calls.append((start, end))
        fig = Figure(figsize=(6.7, 3.0))
        ax = fig.add_subplot()
        ax.plot([0, 1, 2], [1, 3, 2])
        return [("timeline", "Test chart one", fig), ("severity", "Test chart two", Figure((6.7, 2.0)))]

    mod = types.ModuleType("crampdiary.charts")
    mod.build_all = build_all  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crampdiary.charts", mod)
    return calls


def _t(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 3, day, hh, mm, tzinfo=local_zone())


def _fill(diary) -> None:
    """Two weeks, 1..14 March 2026, with known numbers."""
    # cramps: 1 in the first week, 3 in the second; severities 2, 6, 7, 9
    log_entry(diary, "cramp", {"at": _t(2, 3, 10), "muscle": "calf", "side": "left", "severity": 2,
                               "duration_s": 60, "woke": True, "relief": ["stretch"],
                               "relief_score": 8}, with_flags=False)
    log_entry(diary, "cramp", {"at": _t(9, 2, 0), "muscle": "calf", "side": "right", "severity": 6,
                               "duration_s": 125, "woke": True, "relief": ["massage"],
                               "relief_score": 3, "note": "Ночью, \"bad\" one & <tag>"},
              with_flags=False)
    log_entry(diary, "cramp", {"at": _t(9, 23, 30), "muscle": "foot", "severity": 7,
                               "duration_s": 610, "woke": True, "relief": ["stretch"],
                               "relief_score": 6}, with_flags=False)
    log_entry(diary, "cramp", {"at": _t(12, 15, 0), "muscle": "thigh-back", "severity": 9,
                               "red_flags": ["dark-urine"], "trigger": "gym"}, with_flags=False)
    save_medicine(diary, {"name": "Zanaflex", "usual_amount": 4, "schedule": ["08:00", "20:00"],
                          "started_on": "2026-03-01"})
    for day in range(1, 15):
        if day != 5:
            log_entry(diary, "dose", {"at": _t(day, 8, 10), "drug": "tizanidine", "amount": 4},
                      with_flags=False)
        if day == 6:
            log_entry(diary, "dose", {"at": _t(day, 22, 30), "drug": "tizanidine", "amount": 4},
                      with_flags=False)  # 2.5 h late
        elif day not in (5, 7):
            log_entry(diary, "dose", {"at": _t(day, 20, 0), "drug": "tizanidine", "amount": 4},
                      with_flags=False)
    log_entry(diary, "dose", {"at": _t(3, 12), "drug": "Mystery drops ✓", "amount": 5,
                              "unit": "ml"}, with_flags=False)
    log_entry(diary, "vitals", {"at": _t(4, 9), "systolic": 120, "diastolic": 80, "pulse": 60},
              with_flags=False)
    log_entry(diary, "vitals", {"at": _t(11, 9), "systolic": 140, "diastolic": 90}, with_flags=False)
    log_entry(diary, "vitals", {"at": _t(12, 9), "pulse": 90}, with_flags=False)
    log_entry(diary, "symptom", {"at": _t(4, 15), "name": "dry mouth", "severity": 3},
              with_flags=False)
    log_entry(diary, "symptom", {"at": _t(8, 15), "name": "Dry mouth", "severity": 5},
              with_flags=False)
    log_entry(diary, "water", {"at": _t(4, 10), "ml": 500}, with_flags=False)
    log_entry(diary, "water", {"at": _t(4, 12), "ml": 250, "drink": "coffee"}, with_flags=False)
    log_entry(diary, "stretch", {"at": _t(4, 18), "minutes": 10, "stretch_kind": "wall"},
              with_flags=False)


def _write(diary, tmp_path, **kw):
    from crampdiary.report import write_report

    kw.setdefault("start", date(2026, 3, 1))
    kw.setdefault("end", date(2026, 3, 14))
    out = write_report(diary, tmp_path / "r.pdf", **kw)
    reader = PdfReader(str(out))
    pages = [p.extract_text() or "" for p in reader.pages]
    return out, reader, pages


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_first_page_numbers_match_the_diary(diary, tmp_path, fake_charts):
    _fill(diary)
    out, reader, pages = _write(diary, tmp_path, name=NAME)
    p1 = _flat(pages[0])
    assert "summary for the doctor" in p1
    assert f"Period: {PERIOD} (14 days)" in p1
    assert "4 in 14 days: 2.0 per week" in p1
    assert "1.0 per week in the first half, 3.0 in the second (up 200%)" in p1
    assert "median 6.5, mean 6, range 2–9" in p1
    # woken: 2 Mar 03:10 (night of 1 Mar), 9 Mar 02:00 (night of 8 Mar), 9 Mar 23:30 (night of 9 Mar)
    assert "3 of 14 nights (3 episodes woke the patient)" in p1
    assert "10 min 10 s on 9 Mar 2026 (foot (sole or arch), severity 7)" in p1
    assert "Calf 2 (left 1, right 1)" in p1 and "Foot (sole or arch) 1" in p1
    assert "Stretching: used 2×, helped median 7/10" in p1
    assert "Massage: used 1×, helped median 3/10" in p1
    assert "Dark urine after cramps" in p1  # red flag reported
    assert "Dry mouth 2× (median severity 4, worst 5)" in p1  # the canonical name as a word
    assert "2 readings: mean 130/85 mmHg, systolic 120–140, diastolic 80–90" in p1
    assert "pulse 60–90/min" in p1
    assert "drinks logged on 1 day, mean 750 ml" in p1 and "stretching once, 10 minutes" in p1
    # medicines: 14 days x 2 = 28 scheduled times; day 5 both missed, day 7 evening missed,
    # day 6 evening late; the rest on time.
    assert "tizanidine" in p1 and "25 25" not in p1
    row = re.search(r"tizanidine (\d+) (\d+) 4 mg (\d+) mg 08:00, 20:00 (\d+) / (\d+) / (\d+) of (\d+)", p1)
    assert row, p1
    assert row.groups() == ("25", "13", "100", "24", "1", "3", "28")
    assert "Mystery drops ✓" in p1 and "no schedule set" in p1
    assert "Flags raised in this period" in p1
    assert "How to read this page" in p1


def test_sections_in_order_and_every_page_framed(diary, tmp_path, fake_charts):
    _fill(diary)
    out, reader, pages = _write(diary, tmp_path, name=NAME)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = _flat(" ".join(pages))
    order = ["summary for the doctor", "Charts", "Test chart one", "Full log", "Cramps (4)",
             "Medicines taken (26)", "Blood pressure and pulse (3)", "Symptoms and side effects (2)",
             "Stretching (1)", "Drinks, totals per day (1)", "Questions for my doctor",
             "Red flags: when to seek medical care now", "About this report"]
    pos = [text.find(s) for s in order]
    assert all(p >= 0 for p in pos), [s for s, p in zip(order, pos, strict=True) if p < 0]
    assert pos == sorted(pos)
    assert "Ночью, \"bad\" one & <tag>" in text  # user text survives escaping
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        assert NAME in page, i
        assert f"Period: {PERIOD}" in page, i
        assert f"Page {i} of {n}" in page, i
    assert fake_charts == [(date(2026, 3, 1), date(2026, 3, 14))]
    # charts are embedded images
    assert any("/XObject" in (p.get("/Resources") or {}) for p in reader.pages[1:3])
    assert reader.metadata.title and PERIOD in reader.metadata.title


def test_long_log_spans_pages_with_repeated_header(diary, tmp_path, fake_charts):
    from crampdiary.core.exchange import import_path

    folder = tmp_path / "many"
    folder.mkdir()
    lines = ["started_at,muscle,severity,note"]
    start = datetime(2026, 1, 1, 3, 0)
    for i in range(240):
        lines.append(f"{(start + timedelta(hours=9 * i)).isoformat()},calf,{i % 11},entry number {i}")
    (folder / "cramps.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_path(diary, folder).added == 240
    out, reader, pages = _write(diary, tmp_path, start=date(2026, 1, 1), end=date(2026, 4, 30),
                                sections=["log"], full_log=True)  # 120 days: weekly + every entry
    log_pages = [p for p in pages if "entry number" in p]
    assert len(log_pages) >= 4
    for p in log_pages:
        assert re.search(r"Date\s+Time\s+Area\s+Side\s+Sev\.\s+Duration\s+Woke", p), p[:300]
    found = {int(m) for p in log_pages for m in re.findall(r"entry number (\d+)", p)}
    assert found == set(range(240))
    assert "summary for the doctor" not in pages[0]  # section left out
    assert "Red flags: when to seek medical care now" in " ".join(pages)  # always there


def test_questions_from_settings(diary, tmp_path, fake_charts, data_dir):
    from crampdiary import paths

    paths.write_private(paths.settings_path(), json.dumps(
        {"doctor_questions": ["Could the cramps come from my new medicine?", "Is 2 litres enough?"]}
    ).encode())
    out, reader, pages = _write(diary, tmp_path, sections=["questions"])
    text = _flat(" ".join(pages))
    assert "1. Could the cramps come from my new medicine?" in text
    assert "2. Is 2 litres enough?" in text


def test_empty_diary_and_defaults(diary, tmp_path, fake_charts, cli):
    from crampdiary.report import write_report

    out = write_report(diary, tmp_path, name=None)  # a folder: default file name inside
    assert out.name == "crampdiary-report.pdf"
    pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    text = _flat(" ".join(pages))
    assert "0 in 90 days: 0.0 per week" in text
    assert "No entries in this period." in text
    today = now_utc().astimezone(local_zone()).date()
    from crampdiary.report.pdf import fmt_period

    assert fmt_period(today - timedelta(days=89), today) in text
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_default_period_is_the_90_days_up_to_today(diary, tmp_path, fake_charts):
    from crampdiary.report import write_report
    from crampdiary.report.pdf import fmt_period

    today = now_utc().astimezone(local_zone()).date()
    log_entry(diary, "water", {"at": now_utc() - timedelta(days=400), "ml": 100}, with_flags=False)
    log_entry(diary, "water", {"at": now_utc() - timedelta(days=3), "ml": 100}, with_flags=False)
    out = write_report(diary, tmp_path / "x.pdf")
    text = _flat(PdfReader(str(out)).pages[0].extract_text())
    assert f"{fmt_period(today - timedelta(days=89), today)} (90 days)" in text
    assert "1 diary entry" in text  # the old one is outside the period
    # only --to: the 90 days up to that day
    out = write_report(diary, tmp_path / "y.pdf", end=date(2026, 3, 31))
    text = _flat(PdfReader(str(out)).pages[0].extract_text())
    assert "1 Jan 2026 to 31 Mar 2026 (90 days)" in text


@pytest.mark.parametrize("env, size", [
    ({"LANG": "en_US.UTF-8"}, "letter"), ({"LANG": "en_CA.UTF-8"}, "letter"),
    ({"LANG": "de_DE.UTF-8"}, "a4"), ({"LANG": "en_GB.UTF-8"}, "a4"), ({}, "a4"),
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"),
    ({"LANG": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "letter"),
    ({"LC_ALL": "fr_CA.UTF-8", "LC_PAPER": "de_DE"}, "letter"), ({"LANG": "C.UTF-8"}, "a4"),
])
def test_paper_size_by_locale(env, size):
    from reportlab.lib.pagesizes import A4, LETTER

    from crampdiary.report.pdf import paper_size

    assert paper_size(env) == {"a4": A4, "letter": LETTER}[size]


def test_letter_pdf(diary, tmp_path, fake_charts, monkeypatch):
    for var in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    out, reader, pages = _write(diary, tmp_path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_progress_and_sections_checked(diary, tmp_path, fake_charts):
    from crampdiary.core.errors import InputError
    from crampdiary.report import write_report

    seen: list[float] = []
    write_report(diary, tmp_path / "p.pdf", progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(InputError):
        write_report(diary, tmp_path / "p.pdf", sections=["everything"])


def test_cli_report(cli, tmp_path, fake_charts):
    assert cli("log", "cramp", "--muscle", "calf", "--severity", "4").rc == 0
    res = cli("report", "--out", tmp_path / "cli.pdf", "--name", "A. Patient")
    assert res.rc == 0, res.err
    assert res.out.strip() == str(tmp_path / "cli.pdf")
    assert "A. Patient" in PdfReader(str(tmp_path / "cli.pdf")).pages[0].extract_text()
    assert cli("report", "--from", "2026-03-10", "--to", "2026-03-01",
               "--out", tmp_path / "x.pdf").rc == 2
    assert cli("report", "--from", "yesterday", "--out", tmp_path / "x.pdf").rc == 2
    assert cli("report", "--out", tmp_path / "missing" / "x.pdf").rc == 2
    assert not (tmp_path / "x.pdf").exists()


def test_report_with_the_real_charts(diary, tmp_path):
    """The real chart builders, on a month of demo data, with no display."""
    from crampdiary.core.demo import generate

    generate(diary, days=30, seed=2)
    today = now_utc().astimezone(local_zone()).date()
    out, reader, pages = _write(diary, tmp_path, start=today - timedelta(days=29), end=today,
                                sections=["summary", "charts"])
    from crampdiary.charts import build_all

    titles = [t for _k, t, _f in build_all(diary, today - timedelta(days=29), today)]
    text = _flat(" ".join(pages))
    assert titles and all(_flat(t) in text for t in titles)
    images = sum(len([k for k, v in (p["/Resources"].get("/XObject") or {}).items()])
                 for p in reader.pages if "/Resources" in p)
    assert images >= len(titles)
