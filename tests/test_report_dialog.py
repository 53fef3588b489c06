"""Issue 6: the Report dialog (offscreen): preview, progress, Save and Print."""

from __future__ import annotations

import os
import stat
import sys
import types
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crampdiary.core.diary import log_entry
from crampdiary.core.timeutil import now_utc


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
    import crampdiary.ui.report_dialog as rd

    calls: list[list[str]] = []
    monkeypatch.setattr(rd.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(rd.subprocess, "run", lambda args, **kw: calls.append(args))
    monkeypatch.setattr(dialog, "choose_printer", lambda: ("Office", 2))
    _wait(qtbot, dialog.print_report())
    assert calls and calls[0][:5] == ["/usr/bin/lp", "-d", "Office", "-n", "2"]
    printed = Path(calls[0][5])
    assert printed.is_file() and stat.S_IMODE(os.stat(printed.parent).st_mode) == 0o700
    assert "Office" in dialog.status.text()
    # no lp: the system viewer opens the file
    opened: list[Path] = []
    monkeypatch.setattr(rd.shutil, "which", lambda name: None)
    monkeypatch.setattr(dialog, "open_externally", lambda p: opened.append(p) or True)
    _wait(qtbot, dialog.print_report())
    assert opened and opened[0].suffix == ".pdf" and "PDF viewer" in dialog.status.text()
    # cancelled print dialog
    monkeypatch.setattr(rd.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(dialog, "choose_printer", lambda: None)
    calls.clear()
    _wait(qtbot, dialog.print_report())
    assert not calls and "cancelled" in dialog.status.text()
