"""Entry dialogs: a valid save stores the entry; every refused field is marked and nothing is saved."""

from __future__ import annotations

from datetime import timedelta

import pytest

from PySide6.QtWidgets import QDialog

from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import now_utc
from crampdiary.ui.entry_dialogs import (
    CrampDialog,
    DoseDialog,
    StretchDialog,
    SymptomDialog,
    VitalsDialog,
    WaterDialog,
    entry_dialog,
)

pytest_plugins = ("ui_support",)

from ui_support import done, submit  # noqa: E402


def make(qtbot, cls, ctl, record=None, **kw):
    dlg = cls(ctl, record, None, **kw)
    qtbot.addWidget(dlg)
    return dlg


def assert_refused(dlg, ctl, field: str, words: str = "") -> None:
    before = uc.count_entries(ctl.diary)
    submit(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert uc.count_entries(ctl.diary) == before, "a refused input must save nothing"
    err = dlg.error_text(field)
    assert err, f"field {field} is not marked; marked: " + ", ".join(
        k for k, b in dlg.fields.items() if b.has_error())
    assert dlg.fields[field].styleSheet(), "the refused field gets a red border"
    assert words.lower() in err.lower()
    others = [k for k, b in dlg.fields.items() if b.has_error() and k != field]
    assert not others


# ---------------------------------------------------------------------------- cramp
def fill_cramp(dlg: CrampDialog) -> None:
    dlg.muscle.by_value["calf"].click()
    dlg.side.by_value["left"].click()
    dlg.severity.set_value(7)
    dlg.duration.setText("3m")
    dlg.woke.setChecked(True)
    dlg.relief["stretch"].setChecked(True)
    dlg.relief["massage"].setChecked(True)
    dlg.relief_score.setCurrentIndex(dlg.relief_score.findData(6))
    dlg.trigger.setText("long walk")
    dlg.note.setPlainText("left calf, 'again' — ночью")


def test_cramp_valid_save(qtbot, ctl):
    dlg = make(qtbot, CrampDialog, ctl)
    fill_cramp(dlg)
    submit(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    (rec,) = uc.list_entries(ctl.diary, "cramp")
    assert (rec.muscle, rec.side, rec.severity, rec.duration_s, rec.woke) == ("calf", "left", 7, 180, True)
    assert rec.relief == ("stretch", "massage") and rec.relief_score == 6
    assert rec.trigger == "long walk" and rec.note == "left calf, 'again' — ночью"
    assert abs((rec.at - now_utc()).total_seconds()) < 60


def test_cramp_without_muscle_is_refused(qtbot, ctl):
    dlg = make(qtbot, CrampDialog, ctl)
    assert_refused(dlg, ctl, "muscle", "required")


@pytest.mark.parametrize("text,words", [("abc", "not a duration"), ("25h", "24 hours")])
def test_cramp_bad_duration_is_refused(qtbot, ctl, text, words):
    dlg = make(qtbot, CrampDialog, ctl)
    fill_cramp(dlg)
    dlg.duration.setText(text)
    assert_refused(dlg, ctl, "duration_s", words)


def test_cramp_future_time_is_refused(qtbot, ctl):
    dlg = make(qtbot, CrampDialog, ctl)
    fill_cramp(dlg)
    dlg.when.set_value(now_utc() + timedelta(days=2))
    assert_refused(dlg, ctl, "at", "future")


@pytest.mark.parametrize("field", ["note", "trigger"])
def test_cramp_overlong_text_is_refused(qtbot, ctl, field):
    dlg = make(qtbot, CrampDialog, ctl)
    fill_cramp(dlg)
    w = getattr(dlg, field)
    (w.setPlainText if field == "note" else w.setText)("x" * 2001)
    assert_refused(dlg, ctl, field, "2000")


def test_error_clears_after_a_good_save(qtbot, ctl):
    dlg = make(qtbot, CrampDialog, ctl)
    submit(dlg)
    assert dlg.fields["muscle"].has_error()
    dlg.muscle.by_value["foot"].click()
    submit(dlg)
    assert not dlg.fields["muscle"].has_error()
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_red_flag_checkboxes_explain_and_warn(qtbot, ctl):
    dlg = make(qtbot, CrampDialog, ctl)
    fill_cramp(dlg)
    assert dlg.red_warning.isHidden()
    cb = dlg.red_flags["weakness"]
    assert "weak" in cb.toolTip().lower()
    cb.setChecked(True)
    assert not dlg.red_warning.isHidden()
    assert "seek medical care now" in dlg.red_warning.text()
    with qtbot.waitSignal(ctl.flags_raised) as sig:
        submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "cramp")
    assert rec.red_flags == ("weakness",)
    assert any(f.rule == "red-flag" for f in sig.args[0])


def test_time_shortcuts(qtbot, ctl):
    dlg = make(qtbot, StretchDialog, ctl)
    dlg.when.buttons[30].click()
    ago = (now_utc() - dlg.when.value()).total_seconds()
    assert 29 * 60 <= ago <= 31 * 60
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "stretch")
    assert 29 * 60 <= (now_utc() - rec.at).total_seconds() <= 32 * 60


def test_backdating_with_the_date_time_editor(qtbot, ctl):
    dlg = make(qtbot, WaterDialog, ctl)
    from PySide6.QtCore import QDate, QTime

    from crampdiary.core.timeutil import to_local

    when = to_local(now_utc() - timedelta(days=3, hours=2))
    dlg.when.date_edit.setDate(QDate(when.year, when.month, when.day))
    dlg.when.time_edit.setTime(QTime(when.hour, when.minute))
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "water")
    assert rec.at == when.replace(second=0, microsecond=0)  # the minute picked, no seconds


def test_editing_keeps_the_entry_s_own_seconds_unless_the_time_is_changed(qtbot, ctl):
    from PySide6.QtCore import QTime

    at = now_utc().replace(microsecond=0) - timedelta(hours=5)
    at = at.replace(second=49)
    res = done(ctl.log("water", {"at": at, "ml": 250}))
    dlg = make(qtbot, WaterDialog, ctl, uc.get_entry(ctl.diary, res.id))
    dlg.amount.setValue(300)
    submit(dlg)
    assert uc.get_entry(ctl.diary, res.id).at == at  # an edit of the amount moves no time
    dlg = make(qtbot, WaterDialog, ctl, uc.get_entry(ctl.diary, res.id))
    dlg.when.time_edit.setTime(QTime(3, 10))
    submit(dlg)
    got = uc.get_entry(ctl.diary, res.id).at
    assert (got.second, got.microsecond) == (0, 0)


# ---------------------------------------------------------------------------- dose
def test_dose_valid_save_resolves_brand(qtbot, ctl):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("Zanaflex")
    dlg.amount.setValue(4)
    dlg.form_combo.setCurrentIndex(dlg.form_combo.findData("capsule"))
    dlg.food.setCurrentIndex(dlg.food.findData(False))
    submit(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    (rec,) = uc.list_entries(ctl.diary, "dose")
    assert (rec.drug, rec.amount, rec.unit, rec.form, rec.with_food) == (
        "tizanidine", 4, "mg", "capsule", False)


def test_dose_prefills_my_usual_dose(qtbot, ctl):
    done(ctl.save_medicine({"name": "tizanidine", "usual_amount": 2, "form": "tablet", "with_food": True}))
    dlg = make(qtbot, DoseDialog, ctl, drug="tizanidine")
    assert dlg.amount.value() == 2
    assert dlg.form_combo.currentData() == "tablet" and dlg.food.currentData() is True


@pytest.mark.parametrize("setup,field,words", [
    (lambda d: d.drug.setText("  "), "drug", "required"),
    (lambda d: d.amount.setValue(0), "amount", "more than zero"),
    (lambda d: d.unit.setEditText("m g!"), "unit", "not a unit"),
    (lambda d: d.when.set_value(now_utc() + timedelta(hours=30)), "at", "future"),
    (lambda d: d.note.setPlainText("n" * 2001), "note", "2000"),
])
def test_dose_invalid_fields(qtbot, ctl, setup, field, words):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("tizanidine")
    dlg.amount.setValue(4)
    setup(dlg)
    assert_refused(dlg, ctl, field, words)


def test_dose_flags_are_shown_at_once(qtbot, ctl):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("tizanidine")
    dlg.amount.setValue(20)
    with qtbot.waitSignal(ctl.flags_raised) as sig:
        submit(dlg)
    assert "tizanidine.single-dose" in {f.rule for f in sig.args[0]}
    assert all(dlg.result_value.id in f.entries for f in sig.args[0])


# ---------------------------------------------------------------------------- water, stretch
def test_water_valid_save_ml(qtbot, ctl):
    dlg = make(qtbot, WaterDialog, ctl)
    dlg.amount.setValue(330)
    dlg.drink.setCurrentIndex(dlg.drink.findData("electrolyte"))
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "water")
    assert (rec.ml, rec.drink) == (330, "electrolyte")


def test_water_in_fluid_ounces(qtbot, ctl):
    ctl.settings = ctl.settings.model_copy(update={"units": "floz"})
    dlg = make(qtbot, WaterDialog, ctl)
    assert "fl oz" in dlg.amount.suffix()
    dlg.amount.setValue(8)
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "water")
    assert rec.ml == pytest.approx(236.6, abs=0.1)


def test_water_zero_is_refused(qtbot, ctl):
    dlg = make(qtbot, WaterDialog, ctl)
    dlg.amount.setValue(0)
    assert_refused(dlg, ctl, "ml", "more than zero")


def test_stretch_valid_and_zero_minutes(qtbot, ctl):
    dlg = make(qtbot, StretchDialog, ctl)
    dlg.minutes.setValue(0)
    assert_refused(dlg, ctl, "minutes", "more than zero")
    dlg.minutes.setValue(12)
    dlg.what.setText("wall calf stretch")
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "stretch")
    assert (rec.minutes, rec.stretch_kind) == (12, "wall calf stretch")


def test_stretch_over_a_day_is_refused(qtbot, ctl):
    dlg = make(qtbot, StretchDialog, ctl)
    dlg.minutes.setValue(24 * 60 + 1)
    assert_refused(dlg, ctl, "minutes", "24 hours")


# ---------------------------------------------------------------------------- vitals, symptom
def test_vitals_valid_save(qtbot, ctl):
    dlg = make(qtbot, VitalsDialog, ctl)
    dlg.systolic.setValue(128)
    dlg.diastolic.setValue(82)
    dlg.pulse.setValue(71)
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "vitals")
    assert (rec.systolic, rec.diastolic, rec.pulse) == (128, 82, 71)


def test_vitals_pulse_only(qtbot, ctl):
    dlg = make(qtbot, VitalsDialog, ctl)
    dlg.pulse.setValue(64)
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "vitals")
    assert (rec.systolic, rec.diastolic, rec.pulse) == (None, None, 64)


@pytest.mark.parametrize("s,d,p,field,words", [
    (120, 130, None, "diastolic", "lower than systolic"),
    (120, None, None, "diastolic", "both"),
    (None, None, None, "systolic", "pulse"),
    (350, 80, None, "systolic", "outside"),
    (120, 80, 300, "pulse", "outside"),
])
def test_vitals_invalid(qtbot, ctl, s, d, p, field, words):
    dlg = make(qtbot, VitalsDialog, ctl)
    dlg.systolic.set_optional(s)
    dlg.diastolic.set_optional(d)
    dlg.pulse.set_optional(p)
    assert_refused(dlg, ctl, field, words)


def test_symptom_valid_and_missing_name(qtbot, ctl):
    dlg = make(qtbot, SymptomDialog, ctl)
    assert_refused(dlg, ctl, "name", "required")
    dlg.name.setText("drowsiness")
    dlg.severity.set_value(4)
    submit(dlg)
    (rec,) = uc.list_entries(ctl.diary, "symptom")
    assert (rec.name, rec.severity) == ("drowsiness", 4)


# ---------------------------------------------------------------------------- editing
def test_edit_dialog_loads_and_saves(qtbot, ctl):
    res = done(ctl.log("cramp", {"at": now_utc() - timedelta(hours=2), "muscle": "calf", "severity": 5,
                            "relief": ["heat"], "red_flags": ["dark-urine"], "duration_s": 90}))
    dlg = entry_dialog(ctl, "cramp", res.record)
    qtbot.addWidget(dlg)
    assert dlg.muscle.value() == "calf" and dlg.severity.value() == 5
    assert dlg.relief["heat"].isChecked() and dlg.red_flags["dark-urine"].isChecked()
    assert dlg.duration.text() == "1m30s"
    assert abs((dlg.when.value() - res.record.at).total_seconds()) < 60
    dlg.severity.set_value(8)
    submit(dlg)
    rec = uc.get_entry(ctl.diary, res.id)
    assert rec.severity == 8 and rec.muscle == "calf" and rec.duration_s == 90
    assert uc.count_entries(ctl.diary) == 1


def test_refused_edit_changes_nothing(qtbot, ctl):
    res = done(ctl.log("dose", {"at": now_utc(), "drug": "tizanidine", "amount": 4}))
    dlg = entry_dialog(ctl, "dose", res.record)
    qtbot.addWidget(dlg)
    dlg.note.setPlainText("changed")  # a good change beside the refused one
    dlg.amount.setValue(0)
    submit(dlg)
    assert dlg.fields["amount"].has_error()
    assert uc.get_entry(ctl.diary, res.id) == res.record  # no field of it changed
    assert ctl.undo_stack.count() == 1  # nothing to undo but the log itself


def test_every_control_has_an_accessible_name(qtbot, ctl):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSlider,
    )

    for kind in ("cramp", "dose", "water", "stretch", "vitals", "symptom"):
        dlg = entry_dialog(ctl, kind)
        qtbot.addWidget(dlg)
        for cls in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QSlider):
            for w in dlg.findChildren(cls):
                if w.parent() is not None and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
                    continue  # the inner line edit of a spin box or combo box
                if w.text() if isinstance(w, QAbstractButton) else w.accessibleName():
                    continue
                pytest.fail(f"{kind}: {type(w).__name__} has no accessible name")


def test_return_that_picks_a_completion_does_not_save(qtbot, ctl):
    dlg = make(qtbot, DoseDialog, ctl)
    dlg.drug.setText("Zanaflex")
    dlg.amount.setValue(4)
    dlg.drug.completer().activated.emit("Zanaflex")  # what Return in the popup does
    submit(dlg)
    assert uc.list_entries(ctl.diary, "dose") == [] and dlg.result() != QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: not dlg.completion_guard.active)
    submit(dlg)
    assert len(uc.list_entries(ctl.diary, "dose")) == 1


def test_ctrl_enter_saves(qtbot, ctl):
    from PySide6.QtGui import QShortcut

    dlg = make(qtbot, StretchDialog, ctl)
    shortcuts = {sc.key().toString(): sc for sc in dlg.findChildren(QShortcut)}
    assert {"Ctrl+Return", "Ctrl+Enter"} <= set(shortcuts)
    shortcuts["Ctrl+Return"].activated.emit()
    done(dlg.pending)
    assert len(uc.list_entries(ctl.diary, "stretch")) == 1
    assert dlg.result() == QDialog.DialogCode.Accepted
