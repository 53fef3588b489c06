"""Forms that forgive: ask before discarding, check an amount far above one dose, undo from
the flag window, one medicine per drug (the import question is now the exchange
engineer's wizard)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import now_utc
from crampdiary.ui.entry_dialogs import CrampDialog, DoseDialog, WaterDialog

pytest_plugins = ("ui_support",)

from ui_support import done, submit  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no WM


def make(qtbot, cls, ctl, **kw):
    dlg = cls(ctl, None, None, **kw)
    qtbot.addWidget(dlg)
    return dlg


def test_escape_on_an_untouched_form_closes_without_asking(qtbot, ctl, msgs):
    dlg = make(qtbot, CrampDialog, ctl)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert not [c for c in msgs.calls if c[0] == "ask"]


@pytest.mark.parametrize("how", ["escape", "cancel"])
def test_a_filled_form_asks_before_it_is_thrown_away(qtbot, ctl, msgs, how):
    dlg = make(qtbot, CrampDialog, ctl)
    dlg.show()
    dlg.muscle.by_value["calf"].click()
    msgs.answer = False  # "Keep editing"

    def close():
        if how == "escape":
            qtbot.keyClick(dlg, Qt.Key.Key_Escape)
        else:
            dlg.buttons.rejected.emit()

    close()
    assert dlg.isVisible() and dlg.muscle.value() == "calf"
    assert [c[1] for c in msgs.calls if c[0] == "ask"] == ["Discard this entry?"]
    msgs.answer = True  # "Discard"
    close()
    assert not dlg.isVisible()
    assert uc.count_entries(ctl.diary) == 0


def test_a_changed_time_counts_as_filled(qtbot, ctl, msgs):
    dlg = make(qtbot, WaterDialog, ctl)
    assert not dlg.is_dirty()
    dlg.when.buttons[30].click()
    assert dlg.is_dirty()


def test_a_prefilled_medicine_name_is_not_filled_in(qtbot, ctl, msgs):
    dlg = make(qtbot, DoseDialog, ctl, drug="tizanidine")
    assert not dlg.is_dirty()
    dlg.reject()
    assert not msgs.calls


def test_dose_far_above_the_single_dose_limit_asks_did_you_mean(qtbot, ctl, msgs):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("tizanidine")
    dlg.amount.setValue(40)
    msgs.choice = 0  # "Save 4 mg"
    submit(dlg)
    (call,) = [c for c in msgs.calls if c[0] == "choose"]
    assert "Did you mean 4 mg?" in call[2]
    assert "16 mg" in call[3]  # the label's limit, read from the catalog
    (dose,) = uc.list_entries(ctl.diary, "dose")
    assert dose.amount == 4


def test_dose_far_above_can_be_kept_or_checked(qtbot, ctl, msgs):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("Zanaflex")
    dlg.amount.setValue(400)
    msgs.choice = -1  # "Go back and check"
    submit(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert uc.count_entries(ctl.diary) == 0
    assert "Did you mean 4 mg?" in msgs.calls[-1][2]
    msgs.choice = 1  # "Save 400 mg as typed"
    submit(dlg)
    (dose,) = uc.list_entries(ctl.diary, "dose")
    assert dose.amount == 400


def test_at_the_limit_and_just_below_twice_it_no_question(qtbot, ctl, msgs):
    for amount in (16, 32):
        dlg = make(qtbot, DoseDialog, ctl)
        dlg.drug.setText("tizanidine")
        dlg.amount.setValue(amount)
        assert dlg.amount_question() is None, amount
    dlg.amount.setValue(32.5)
    assert dlg.amount_question() is not None
    dlg.unit.setCurrentText("mcg")  # 32,500 mcg is 32.5 mg: the unit counts
    dlg.amount.setValue(32_000)
    assert dlg.amount_question() is None


def test_999999_mg_of_any_medicine_asks(qtbot, ctl, msgs):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("paracetamol")
    dlg.amount.setValue(999_999)
    msgs.choice = -1
    submit(dlg)
    assert uc.count_entries(ctl.diary) == 0
    assert any(c[0] == "choose" and "far more than one dose" in c[2] for c in msgs.calls)
    dlg.amount.setValue(500)
    submit(dlg)
    assert uc.count_entries(ctl.diary) == 1


@pytest.fixture
def window(qtbot, ctl):
    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready):
        win.attach(ctl)
    return win


def test_undo_from_the_flag_window(qtbot, window, ctl):
    with qtbot.waitSignal(ctl.flags_raised):
        done(ctl.log("dose", {"at": now_utc(), "drug": "tizanidine", "amount": 20}))
    (dlg,) = window.flag_dialogs
    assert dlg.undo_button is not None
    with qtbot.waitSignal(ctl.changed):
        assert dlg.undo_entry()
    assert uc.count_entries(ctl.diary) == 0


def test_undo_from_the_flag_window_never_undoes_something_else(qtbot, window, ctl):
    with qtbot.waitSignal(ctl.flags_raised):
        done(ctl.log("dose", {"at": now_utc(), "drug": "tizanidine", "amount": 20}))
    (dlg,) = window.flag_dialogs
    done(ctl.log("water", {"at": now_utc(), "ml": 250}))  # something else happened since
    assert not dlg.undo_entry()
    assert uc.count_entries(ctl.diary) == 2


def test_no_second_medicine_for_the_same_drug(qtbot, ctl):
    from crampdiary.ui.medicines import MedicineDialog

    done(ctl.save_medicine({"name": "tizanidine", "usual_amount": 2}))
    dlg = MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.name.setText("Zanaflex")
    submit(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "already in your medicines" in dlg.fields["name"].error_label.text()
    assert len(ctl.medicines()) == 1


def test_one_quick_button_per_drug(qtbot, ctl, monkeypatch):
    from types import SimpleNamespace

    from crampdiary.ui.today import TodayView

    view = TodayView(ctl)
    qtbot.addWidget(view)
    meds = [SimpleNamespace(id=1, name="tizanidine", usual_amount=2, unit="mg", form=None,
                            with_food=None, stopped_on=None),
            SimpleNamespace(id=2, name="Zanaflex", usual_amount=4, unit="mg", form=None,
                            with_food=None, stopped_on=None)]
    view._rebuild_med_buttons(meds)
    assert list(view.dose_buttons) == ["tizanidine"]
