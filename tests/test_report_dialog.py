"""Issue 6: the Report dialog (offscreen): preview, progress, Save and Print."""

from __future__ import annotations

import io
import os
import stat
import sys
import types
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt

from crampdiary.core.timeutil import now_utc
from crampdiary.core.use_cases import log_entry


@pytest.fixture(autouse=True)
def fake_charts(monkeypatch):
    from matplotlib.figure import Figure

    mod = types.ModuleType("crampdiary.charts")
    mod.build_all = lambda diary, start, end: [("k", "A chart", Figure((6, 2)))]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "crampdiary.charts", mod)


@pytest.fixture
def dialog(qtbot, diary):
    from crampdiary.ui.report_dialog import ReportDialog

    for d in (1, 2, 40):
        log_entry(diary, "cramp", {"at": now_utc() - timedelta(days=d), "muscle": "calf",
                                   "severity": 5, "woke": True}, with_flags=False)
    dlg = ReportDialog(diary)
    qtbot.addWidget(dlg)
    yield dlg
    dlg.done(0)


def _wait(qtbot, relay) -> None:
    qtbot.waitUntil(lambda: relay.finished, timeout=30_000)


def test_preview_follows_the_period(qtbot, dialog):
    _wait(qtbot, dialog.refresh_preview())
    text = dialog.preview.toPlainText()
    assert "Summary for the doctor" in text
    assert "3 in 90 days" in text  # default: the last 3 months
    dialog.preset.setCurrentIndex(dialog.preset.findData("30"))
    _wait(qtbot, dialog.refresh_preview())
    assert "2 in 30 days" in dialog.preview.toPlainText()
    dialog.name_edit.setText("Ana Ñ")
    _wait(qtbot, dialog.refresh_preview())
    assert "Ana Ñ" in dialog.preview.toPlainText()
    # "everything": from the local day of the first entry (40 days ago: 39 or 40 local
    # days, depending on the hour and on a daylight-saving change in between)
    from crampdiary.core.timeutil import local_date
    from crampdiary.core.use_cases import list_entries

    dialog.preset.setCurrentIndex(dialog.preset.findData("all"))
    start, end = dialog.period()
    first = min(r.at for r in list_entries(dialog.diary))
    assert start == local_date(first) and end == local_date(now_utc())
    # editing a date switches the preset to "chosen dates"
    dialog.start_edit.setDate(dialog.start_edit.date().addDays(-100))
    assert dialog.preset.currentData() == "custom"


def test_save_runs_off_the_ui_thread_with_progress(qtbot, dialog, tmp_path, monkeypatch):
    target = tmp_path / "mine"
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(target))
    dialog.name_edit.setText("Test Person")
    dialog.section_boxes["log"].setChecked(False)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    relay = dialog.save()
    assert not dialog.save_button.isEnabled()  # busy while the worker runs
    _wait(qtbot, relay)
    assert dialog.last_saved == tmp_path / "mine.pdf" and dialog.last_error is None
    assert stat.S_IMODE(os.stat(dialog.last_saved).st_mode) == 0o600
    assert dialog.progress.value() == 100 and len(set(seen)) > 3
    assert dialog.save_button.isEnabled()
    text = " ".join(p.extract_text() for p in PdfReader(str(dialog.last_saved)).pages)
    assert "Test Person" in text and "Full log" not in text and "A chart" in text


def test_questions_for_the_doctor_are_kept_and_printed(qtbot, dialog, tmp_path, monkeypatch):
    from crampdiary.settings import load_settings
    from crampdiary.ui.report_dialog import ReportDialog

    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(tmp_path / "q.pdf"))
    dialog.questions_edit.setPlainText("Could the statin go with my cramps?\nIs 3 doses a day right?")
    _wait(qtbot, dialog.save())
    assert dialog.last_error is None
    assert load_settings().doctor_questions.startswith("Could the statin")
    text = " ".join(p.extract_text() for p in PdfReader(str(dialog.last_saved)).pages)
    assert "Could the statin go with my cramps?" in text and "Is 3 doses a day right?" in text
    again = ReportDialog(dialog.diary)
    qtbot.addWidget(again)
    assert "Is 3 doses a day right?" in again.questions_edit.toPlainText()
    again.done(0)


def test_save_cancelled_does_nothing(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(dialog, "choose_save_path", lambda: "")
    assert dialog.save() is None and dialog.last_saved is None


def test_save_error_is_shown(qtbot, dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(tmp_path / "no" / "such" / "x.pdf"))
    _wait(qtbot, dialog.save())
    assert dialog.last_error is not None
    assert "does not exist" in dialog.status.text()
    assert dialog.save_button.isEnabled()


def test_print_sends_to_lp_or_opens_viewer(qtbot, dialog, monkeypatch, tmp_path):
    import tempfile

    import crampdiary.ui.report_dialog as rd

    before = set(os.listdir(tempfile.gettempdir()))
    calls: list[tuple[list[str], bytes]] = []
    monkeypatch.setattr(rd.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(rd.subprocess, "run", lambda args, **kw: calls.append((args, kw["input"])))
    monkeypatch.setattr(dialog, "choose_printer", lambda: ("Office", 2))
    _wait(qtbot, dialog.print_report())
    # from memory: lp reads the PDF on its standard input, no file anywhere
    assert calls and calls[0][0] == ["/usr/bin/lp", "-d", "Office", "-n", "2"]
    assert calls[0][1].startswith(b"%PDF")
    assert "Office" in dialog.status.text()
    # no lp: the system viewer opens a private copy inside the data folder
    opened: list[Path] = []
    monkeypatch.setattr(rd.shutil, "which", lambda name: None)
    monkeypatch.setattr(dialog, "open_externally", lambda p: opened.append(p) or True)
    _wait(qtbot, dialog.print_report())
    assert opened and opened[0].suffix == ".pdf" and "PDF viewer" in dialog.status.text()
    copy = opened[0]
    assert copy.parent.parent == dialog.diary.path.parent
    assert stat.S_IMODE(os.stat(copy.parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    # cancelled print dialog
    monkeypatch.setattr(rd.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(dialog, "choose_printer", lambda: None)
    calls.clear()
    _wait(qtbot, dialog.print_report())
    assert not calls and "cancelled" in dialog.status.text()
    # closing the dialog deletes the copy; nothing of the report in the system temp folder
    dialog.done(0)
    assert not copy.exists() and not copy.parent.exists()
    new_tmp = set(os.listdir(tempfile.gettempdir())) - before
    assert not [n for n in new_tmp if "crampdiary" in n or n.endswith(".pdf")]


def test_page_count_before_saving_and_full_log(qtbot, dialog):
    from crampdiary.report import build_report

    dialog.preset.setCurrentIndex(dialog.preset.findData("365"))
    b = dialog.count_pages()
    qtbot.waitUntil(lambda: b.done, timeout=30_000)
    assert b.error is None and b.pages >= 3
    start, end = dialog.period()
    assert (start, end) == (end - timedelta(days=364), end)
    _data, pages = build_report(dialog.diary, start, end, None, dialog.sections(),
                                questions=dialog.questions())
    assert b.pages == pages
    assert dialog.pages_label.text() == f"The report has {pages} pages."
    # a year is weekly; the full log box adds every entry (and pages)
    dialog.full_log_box.setChecked(True)
    full = dialog.count_pages()
    assert full is not b
    qtbot.waitUntil(lambda: full.done, timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(full.data)).pages)
    assert "Log, week by week" in text and "Full log: every entry" in text


class _Gate:
    """A chart builder that waits until the test lets it go (no sleeps)."""

    def __init__(self) -> None:
        import threading

        self.entered = threading.Event()
        self.go = threading.Event()

    def __call__(self, diary, start, end):  # type: ignore[no-untyped-def]
        from matplotlib.figure import Figure

        self.entered.set()
        assert self.go.wait(30)
        return [("k", "A chart", Figure((6, 2)))]


@pytest.mark.parametrize("how", ["close", "cancel"])
def test_close_or_cancel_stops_the_build_and_no_pdf_appears(qtbot, dialog, tmp_path, monkeypatch,
                                                            how):
    from crampdiary.ui import tasks

    gate = _Gate()
    monkeypatch.setattr(sys.modules["crampdiary.charts"], "build_all", gate)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "later.pdf"
    monkeypatch.setattr(dialog, "choose_save_path", lambda: str(target))
    job = dialog.save()
    assert gate.entered.wait(30)  # the build is running, inside the charts
    if how == "close":
        dialog.done(0)
    else:
        assert dialog.cancel_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.go.set()
    assert tasks.wait_for_workers(30)
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    assert tasks.wait_for_workers(30)
    assert not target.exists() and list((tmp_path / "out").iterdir()) == []
    if how == "cancel":
        assert "Cancelled" in dialog.status.text() and dialog.last_saved is None
        assert dialog.save_button.isEnabled()


def test_preview_readable_in_a_dark_palette(qtbot, diary):
    from PySide6.QtGui import QColor, QPalette

    from crampdiary.ui.report_dialog import ReportDialog

    log_entry(diary, "cramp", {"at": now_utc() - timedelta(days=1), "muscle": "calf", "severity": 5,
                               "red_flags": ["dark-urine"]}, with_flags=False)
    dlg = ReportDialog(diary)
    qtbot.addWidget(dlg)
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.AlternateBase, "#333333"),
                         (QPalette.ColorRole.PlaceholderText, "#aaaaaa"),
                         (QPalette.ColorRole.Link, "#8ab4f8")):
        pal.setColor(role, QColor(colour))
    dlg.preview.setPalette(pal)
    _wait(qtbot, dlg.refresh_preview())
    html = dlg.preview.toHtml().lower()
    assert "#1f4e79" not in html and "#f2f5f8" not in html  # none of the PDF's light colours
    assert "#eeeeee" in html and "#333333" in html and "#8ab4f8" in html

    def lum(hex_: str) -> float:
        c = QColor(hex_)
        ch = [((v / 255) / 12.92 if v / 255 <= 0.03928 else (((v / 255) + 0.055) / 1.055) ** 2.4)
              for v in (c.red(), c.green(), c.blue())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    colours = dlg._colours()
    for fg, bg in ((colours.text, "#1e1e1e"), (colours.text, colours.label_bg),
                   (colours.danger, "#1e1e1e"), (colours.accent, "#1e1e1e")):
        hi, lo = sorted((lum(fg), lum(bg)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 4.5, (fg, bg)
    dlg.done(0)


def test_the_page_count_reuses_the_previews_flags_and_summary(qtbot, dialog, monkeypatch):
    """Preview and page count need the same first page: the rules run once, not twice."""
    from crampdiary.core import rules

    calls = []
    real = rules.evaluate

    def counting(*a, **kw):
        calls.append(1)
        return real(*a, **kw)

    monkeypatch.setattr(rules, "evaluate", counting)
    _wait(qtbot, dialog.refresh_preview())
    qtbot.waitUntil(lambda: "The report has" in dialog.pages_label.text(), timeout=30_000)
    start, end = dialog.period()
    assert f"in {(end - start).days + 1} days" in dialog.preview.toPlainText()
    assert len(calls) == 1
    # another period: its own numbers, again once
    dialog.preset.setCurrentIndex(dialog.preset.findData("30"))
    _wait(qtbot, dialog.refresh_preview())
    qtbot.waitUntil(lambda: dialog._build is not None and dialog._build.done, timeout=30_000)
    assert "2 in 30 days" in dialog.preview.toPlainText()
    assert len(calls) == 2
