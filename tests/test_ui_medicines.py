"""My medicines: add, edit, refused fields, and the taper warning when a withdrawal-risk medicine stops."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from crampdiary.ui.medicines import MedicineDialog, MedicinesView

pytest_plugins = ("ui_support",)

from ui_support import done, settle, submit  # noqa: E402


def make_view(qtbot, ctl):
    view = MedicinesView(ctl)
    qtbot.addWidget(view)
    return view


def test_add_medicine_with_brand_name(qtbot, ctl):
    dlg = MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.name.setText("zanaflex")
    assert "tizanidine" in dlg.recognised.text()
    dlg.amount.setValue(4)
    dlg.form_combo.setCurrentIndex(dlg.form_combo.findData("tablet"))
    dlg.food.setCurrentIndex(dlg.food.findData(True))
    dlg.schedule.setText("20:00; 8:00")
    dlg.has_start.setChecked(True)
    submit(dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    (m,) = ctl.medicines()
    assert (m.name, m.drug_key, m.usual_amount, m.form, m.with_food, m.schedule) == (
        "tizanidine", "tizanidine", 4, "tablet", True, "08:00;20:00")
    assert m.started_on == date.today() and m.stopped_on is None


def test_completer_offers_catalog_names(qtbot, ctl):
    dlg = MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    names = dlg.name.completer().model().stringList()
    assert "Zanaflex" in names and "tizanidine" in names


def test_bad_schedule_is_marked_and_nothing_saved(qtbot, ctl):
    dlg = MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.name.setText("tizanidine")
    dlg.schedule.setText("25:00")
    submit(dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.fields["schedule"].has_error()
    assert "25:00" in dlg.fields["schedule"].error_label.text()
    assert ctl.medicines() == []


def test_empty_name_is_marked(qtbot, ctl):
    dlg = MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    submit(dlg)
    assert dlg.fields["name"].has_error() and ctl.medicines() == []


def test_stop_before_start_is_marked(qtbot, ctl):
    from PySide6.QtCore import QDate

    dlg = MedicineDialog(ctl)
    qtbot.addWidget(dlg)
    dlg.name.setText("vitamin D")
    dlg.has_start.setChecked(True)
    dlg.has_stop.setChecked(True)
    dlg.stopped.setDate(QDate.currentDate().addDays(-3))
    submit(dlg)
    assert dlg.fields["stopped_on"].has_error()
    assert ctl.medicines() == []


def test_mark_stopped_shows_the_taper_warning(qtbot, ctl, msgs):
    done(ctl.save_medicine({"name": "tizanidine", "usual_amount": 8}))
    view = make_view(qtbot, ctl)
    view.select_name("tizanidine")
    msgs.answer = False  # the user cancels after reading the warning
    assert view.stop_selected() is False
    (kind, title, text, details) = msgs.calls[-1]
    assert kind == "ask" and "prescriber" in text.lower()
    assert "gradually" in details and "do not stop on your own" in details.lower()
    assert ctl.medicines()[0].stopped_on is None
    msgs.answer = True
    assert view.stop_selected() is True
    settle(ctl)  # written on the controller's worker
    assert ctl.medicines()[0].stopped_on == date.today()
    assert view.table.item(0, 6).text() != "—"


def test_stopping_in_the_dialog_shows_the_taper_warning(qtbot, ctl, msgs):
    med = done(ctl.save_medicine({"name": "baclofen", "usual_amount": 10}))
    dlg = MedicineDialog(ctl, med)
    qtbot.addWidget(dlg)
    assert dlg.taper.isHidden()
    dlg.has_stop.setChecked(True)
    assert not dlg.taper.isHidden() and "prescriber" in dlg.taper.text()
    submit(dlg)
    assert ctl.medicines()[0].stopped_on == date.today()
    assert any(c[0] == "warning" and "prescriber" in c[2] for c in msgs.calls)


def test_no_taper_warning_for_other_medicines(qtbot, ctl, msgs):
    done(ctl.save_medicine({"name": "magnesium"}))
    view = make_view(qtbot, ctl)
    view.select_name("magnesium")
    assert view.stop_selected() is True
    settle(ctl)  # written on the controller's worker
    assert msgs.calls == []
    assert ctl.medicines()[0].stopped_on == date.today()


def test_list_refreshes_and_remove(qtbot, ctl, msgs):
    view = make_view(qtbot, ctl)
    assert view.table.rowCount() == 0
    done(ctl.save_medicine({"name": "Zanaflex", "usual_amount": 4, "schedule": "08:00"}))
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "tizanidine"
    assert view.table.item(0, 1).text() == "4 mg"
    assert view.table.item(0, 4).text() == "08:00"
    view.select_name("tizanidine")
    msgs.answer = True
    assert view.delete_selected()
    settle(ctl)  # written on the controller's worker
    assert view.table.rowCount() == 0


def test_edit_keeps_id(qtbot, ctl):
    med = done(ctl.save_medicine({"name": "tizanidine", "usual_amount": 2}))
    dlg = MedicineDialog(ctl, med)
    qtbot.addWidget(dlg)
    assert dlg.amount.value() == 2
    dlg.amount.setValue(4)
    submit(dlg)
    (m,) = ctl.medicines()
    assert m.id == med.id and m.usual_amount == 4
