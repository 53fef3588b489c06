"""History: the table model (checked by qtmodeltester), paging, filters, edit, delete, undo/redo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from PySide6.QtCore import Qt

from crampdiary.core import use_cases as uc
from crampdiary.core.errors import NotFound
from crampdiary.core.timeutil import local_date, now_utc
from crampdiary.ui import history
from crampdiary.ui.history import HistoryModel, HistoryView

pytest_plugins = ("ui_support",)

from ui_support import done, settle, submit  # noqa: E402


def drain() -> None:
    from ui_support import drain as _drain

    _drain()


@pytest.fixture
def filled(ctl):
    now = now_utc()
    ids = []
    ids.append(done(ctl.log("cramp", {"at": now - timedelta(days=10), "muscle": "calf", "severity": 6,
                                 "note": "after the long walk"})).id)
    ids.append(done(ctl.log("dose", {"at": now - timedelta(days=3), "drug": "Zanaflex", "amount": 4})).id)
    ids.append(done(ctl.log("water", {"at": now - timedelta(days=2), "ml": 500})).id)
    ids.append(done(ctl.log("stretch", {"at": now - timedelta(hours=5), "minutes": 10})).id)
    ids.append(done(ctl.log("cramp", {"at": now - timedelta(hours=1), "muscle": "foot", "severity": 3,
                                 "red_flags": ["weakness"]})).id)
    drain()
    ctl.undo_stack.clear()
    return ids


def make(qtbot, ctl):
    view = HistoryView(ctl)
    qtbot.addWidget(view)
    return view


def test_model_passes_qtmodeltester(qtmodeltester, ctl, filled):
    model = HistoryModel(ctl.diary)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5


def test_paged_model_passes_qtmodeltester(qtmodeltester, ctl, monkeypatch):
    monkeypatch.setattr(history, "PAGE", 3)
    t = now_utc() - timedelta(days=1)
    for i in range(8):
        uc.log_entry(ctl.diary, "water", {"at": t - timedelta(minutes=i // 2), "ml": 100 + i},
                     with_flags=False)  # pairs with identical times test the keyset paging
    model = HistoryModel(ctl.diary)
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    model.fetch_all()
    assert not model.canFetchMore()
    assert sorted(r.ml for r in model.rows) == [100 + i for i in range(8)]
    keys = [(r.at, r.id) for r in model.rows]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == 8


def test_rows_newest_first_with_readable_text(ctl, filled):
    model = HistoryModel(ctl.diary)
    assert [r.id for r in model.rows] == list(reversed(filled))
    assert model.data(model.index(0, 1)) == "Cramp"
    assert "RED FLAG" in model.data(model.index(0, 2))
    assert model.data(model.index(0, 2, ), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(3, 2)) == "tizanidine 4 mg"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "When"


def test_filter_by_kind_text_and_dates(qtbot, ctl, filled):
    view = make(qtbot, ctl)
    assert view.model.rowCount() == 5
    view.kind.setCurrentIndex(view.kind.findData("cramp"))
    assert {r.kind for r in view.model.rows} == {"cramp"} and view.model.rowCount() == 2
    view.kind.setCurrentIndex(0)
    view.search.setText("long walk")
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert [r.id for r in view.model.rows] == [filled[0]]
    view.search.setText("ZANAFLEX")  # stored as the generic name
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert view.model.rowCount() == 0
    view.search.setText("tizanidine")
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    assert [r.id for r in view.model.rows] == [filled[1]]
    view.search.clear()
    view.apply_filter()
    today = local_date(now_utc())
    view.use_dates.setChecked(True)
    view.start.setDate(today - timedelta(days=4))
    view.end.setDate(today)
    ids = {r.id for r in view.model.rows}
    assert filled[0] not in ids and filled[1] in ids and filled[4] in ids
    view.end.setDate(today - timedelta(days=1))
    if local_date(uc.get_entry(ctl.diary, filled[4]).at) == today:
        assert filled[4] not in {r.id for r in view.model.rows}
    view.use_dates.setChecked(False)
    assert view.model.rowCount() == 5


def test_search_waits_for_typing_to_pause(qtbot, ctl, filled):
    view = make(qtbot, ctl)
    view.search.setText("walk")
    assert view.model.rowCount() == 5  # not yet: debounced
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)


def test_delete_undo_redo(qtbot, ctl, filled):
    view = make(qtbot, ctl)
    assert view.select_id(filled[2])
    old = done(view.delete_selected())
    assert old.id == filled[2]
    assert filled[2] not in {r.id for r in view.model.rows}
    with pytest.raises(NotFound):
        uc.get_entry(ctl.diary, filled[2])
    ctl.undo_stack.undo()
    settle(ctl)
    assert uc.get_entry(ctl.diary, filled[2]) == old
    assert filled[2] in {r.id for r in view.model.rows}
    ctl.undo_stack.redo()
    settle(ctl)
    assert filled[2] not in {r.id for r in view.model.rows}


def test_edit_through_the_dialog_then_undo_redo(qtbot, ctl, filled):
    from crampdiary.ui.entry_dialogs import entry_dialog

    view = make(qtbot, ctl)
    view.select_id(filled[1])
    with qtbot.waitSignal(view.edit_requested) as sig:
        view.edit_selected()
    rec = sig.args[0]
    assert rec.id == filled[1]
    dlg = entry_dialog(ctl, rec.kind, rec)
    qtbot.addWidget(dlg)
    dlg.amount.setValue(6)
    submit(dlg)
    assert uc.get_entry(ctl.diary, rec.id).amount == 6
    assert view.selected_record().amount == 6  # the edited row stays selected
    ctl.undo_stack.undo()
    settle(ctl)
    assert uc.get_entry(ctl.diary, rec.id).amount == 4
    assert view.selected_record().amount == 4
    ctl.undo_stack.redo()
    settle(ctl)
    assert uc.get_entry(ctl.diary, rec.id).amount == 6


def test_undo_and_redo_of_an_add(qtbot, ctl):
    view = make(qtbot, ctl)
    res = done(ctl.log("symptom", {"at": now_utc(), "name": "dizzy", "severity": 2}))
    assert [r.id for r in view.model.rows] == [res.id]
    assert ctl.undo_stack.undoText() == "Add symptom"
    ctl.undo_stack.undo()
    settle(ctl)
    assert view.model.rowCount() == 0 and uc.count_entries(ctl.diary) == 0
    ctl.undo_stack.redo()
    settle(ctl)
    assert [r.id for r in view.model.rows] == [res.id]
    assert uc.get_entry(ctl.diary, res.id) == res.record


def test_keyboard_undo_redo_on_the_window(qtbot, ctl, filled):
    from PySide6.QtGui import QKeySequence

    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(ctl)
    assert QKeySequence("Ctrl+Z") in win.actions_by_name["undo"].shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in win.actions_by_name["redo"].shortcuts()
    win.history.select_id(filled[0])
    done(win.history.delete_selected())
    assert uc.count_entries(ctl.diary) == 4
    win.actions_by_name["undo"].trigger()
    settle(ctl)
    assert uc.count_entries(ctl.diary) == 5
    win.actions_by_name["redo"].trigger()
    settle(ctl)
    assert uc.count_entries(ctl.diary) == 4


def test_date_filter_uses_local_days(ctl):
    model = HistoryModel(ctl.diary)
    done(ctl.log("water", {"at": "2026-03-29T00:30:00", "ml": 100}))  # local time, DST day in Berlin
    done(ctl.log("water", {"at": "2026-03-29T23:30:00", "ml": 200}))
    done(ctl.log("water", {"at": "2026-03-30T00:10:00", "ml": 300}))
    model.set_filter(None, date(2026, 3, 29), date(2026, 3, 29))
    assert sorted(r.ml for r in model.rows) == [100, 200]
    model.set_filter("water", date(2026, 3, 29), date(2026, 3, 29), "200")
    assert [r.ml for r in model.rows] == [200]
