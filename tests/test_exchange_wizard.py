"""The window's import wizard: recognises the file, previews with counts (a dry run that
writes nothing), imports with a progress bar off the UI thread; and the export dialog's
transaction bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crampdiary.core.use_cases import count_entries

pytest_plugins = ("ui_support",)  # the ctl fixture (an open diary with its controller)

from ui_support import done  # noqa: E402


def drain() -> None:
    from ui_support import drain as _drain

    _drain()

DATA = Path(__file__).parent / "data" / "imports"


def _wizard(qtbot, ctl):  # type: ignore[no-untyped-def]
    from crampdiary.ui.import_wizard import ImportWizard

    wiz = ImportWizard(ctl)
    qtbot.addWidget(wiz)
    wiz.restart()  # shows the first page without putting a window on screen
    return wiz


def test_wizard_recognises_previews_and_imports_with_progress(qtbot, ctl):
    wiz = _wizard(qtbot, ctl)
    page = wiz.choose
    assert not page.isComplete()
    page.path.setText(str(DATA / "bearable-export.csv"))
    assert page.isComplete() and "Bearable" in page.found.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.preview.result is not None, timeout=20000)
    assert "cramps: 2 to add, 0 already in the diary" in wiz.preview.summary.text()
    assert "bearable-export.csv row 1" in wiz.preview.rows.toPlainText()
    assert count_entries(ctl.diary) == 0  # the preview wrote nothing
    seen: list[int] = []
    wiz.importing.bar.valueChanged.connect(seen.append)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.importing.result is not None, timeout=20000)
    drain()
    assert count_entries(ctl.diary) == 7
    assert wiz.importing.bar.value() == 1000 and seen and seen[-1] == 1000
    assert "7 entries added" in wiz.importing.status.text()


def test_wizard_refuses_unknown_files_and_bad_rows(qtbot, ctl, tmp_path):
    wiz = _wizard(qtbot, ctl)
    odd = tmp_path / "notes.dat"
    odd.write_text("hello\n")
    wiz.choose.path.setText(str(odd))
    assert not wiz.choose.isComplete() and "Not recognised" in wiz.choose.found.text()
    bad = tmp_path / "m.csv"
    bad.write_text((DATA / "medtimer-events.csv").read_text().replace(
        "2026-02-03T08:01:00+01:00", "soon"))
    wiz.choose.path.setText(str(bad))
    assert wiz.choose.isComplete()
    wiz.next()
    qtbot.waitUntil(lambda: "cannot be imported" in wiz.preview.summary.text(), timeout=20000)
    assert "m.csv row 4" in wiz.preview.summary.text()
    assert not wiz.preview.isComplete()
    assert count_entries(ctl.diary) == 0


def test_second_import_has_nothing_to_add(qtbot, ctl):
    from crampdiary.core import exchange

    exchange.import_path(ctl.diary, DATA / "medtimer-events.csv")
    wiz = _wizard(qtbot, ctl)
    wiz.choose.path.setText(str(DATA / "medtimer-events.csv"))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.preview.result is not None, timeout=20000)
    assert "doses: 0 to add, 3 already in the diary" in wiz.preview.summary.text()
    assert not wiz.preview.isComplete()


@pytest.fixture
def window(qtbot, ctl):  # type: ignore[no-untyped-def]
    from crampdiary.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.ready):
        w.attach(ctl)
    return w


def test_window_import_action_opens_the_wizard(qtbot, window):
    from crampdiary.ui.import_wizard import ImportWizard

    wiz = window.import_data()
    assert isinstance(wiz, ImportWizard)
    wiz.close()


def test_export_for_a_clinic_writes_a_transaction(qtbot, window, ctl, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    done(ctl.log("water", {"ml": 250, "at": "2026-03-01T09:00"}))
    drain()
    out = tmp_path / "clinic.json"
    captured = {}

    def get_item(parent, title, label, items, *a):  # type: ignore[no-untyped-def]
        captured["items"] = items
        return next(i for i in items if "transaction" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    window.export_data()
    drain()
    doc = json.loads(out.read_text())
    assert doc["type"] == "transaction"
    assert any("clinic" in i for i in captured["items"])
