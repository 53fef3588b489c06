"""The Today view: quick logs update the totals and the next-dose card; red flags show the banner."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import now_utc
from crampdiary.ui.style import severity_color
from crampdiary.ui.today import TodayView, countdown_text

pytest_plugins = ("ui_support",)

from ui_support import done  # noqa: E402
from ui_support import settle as written  # noqa: E402


def make(qtbot, ctl):
    view = TodayView(ctl)
    qtbot.addWidget(view)
    settle(qtbot, view)
    return view


def settle(qtbot, view):
    """Wait until the worker has judged the flags and next-dose cards."""
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def test_quick_water_updates_total(qtbot, ctl):
    view = make(qtbot, ctl)
    assert view.total_water.value.text() == "0 ml"
    assert view.btn_water_small.text() == "+250 ml"
    view.btn_water_small.click()
    written(ctl)
    assert view.total_water.value.text() == "250 ml"
    view.btn_water_large.click()
    written(ctl)
    assert view.total_water.value.text() == "750 ml"
    assert view.total_water.bar.value() == 37  # 750 of the 2000 ml goal
    assert [r.ml for r in uc.list_entries(ctl.diary, "water")] == [250, 500]


def test_quick_water_in_fluid_ounces(qtbot, ctl):
    ctl.settings = ctl.settings.model_copy(update={"units": "floz"})
    view = make(qtbot, ctl)
    assert view.btn_water_small.text() == "+8 fl oz"
    view.btn_water_small.click()
    written(ctl)
    assert view.total_water.value.text() == "8 fl oz"


def test_quick_dose_updates_total_and_next_dose_card(qtbot, ctl):
    done(ctl.save_medicine({"name": "Zanaflex", "usual_amount": 4, "form": "tablet", "with_food": True}))
    view = make(qtbot, ctl)
    card = view.next_cards["tizanidine"]
    assert "No dose on record" in card.last.text()
    button = view.dose_buttons["tizanidine"]
    assert "4 mg" in button.text() and "tablet" in button.text()
    button.click()
    written(ctl)
    assert view.total_doses.value.text() == "1"  # the totals change once it is written
    settle(qtbot, view)
    (dose,) = uc.list_entries(ctl.diary, "dose")
    assert (dose.drug, dose.amount, dose.form, dose.with_food) == ("tizanidine", 4, "tablet", True)
    assert view.total_doses.value.text() == "1"
    assert "tizanidine 1× (4 mg)" in view.total_doses.detail.text()
    card = view.next_cards["tizanidine"]
    assert "Last dose:" in card.last.text() and "(4 mg)" in card.last.text()
    assert "Earliest next dose" in card.next.text() and "in 5 h" in card.next.text()
    assert "1 of 3 doses" in card.window_24h.text()
    assert "32 mg left" in card.window_24h.text()


def test_countdown_moves_with_the_clock(qtbot, ctl):
    done(ctl.log("dose", {"at": now_utc() - timedelta(hours=5, minutes=29, seconds=30),
                     "drug": "tizanidine", "amount": 2}))
    view = make(qtbot, ctl)
    card = view.next_cards["tizanidine"]
    assert "in 0 min" in card.next.text()
    card.update_time(now_utc() + timedelta(minutes=1))
    assert "within the label's timing" in card.next.text()


def test_countdown_text():
    t = now_utc()
    assert countdown_text(t + timedelta(hours=2, minutes=5), t) == "2 h 05 min"
    assert countdown_text(t + timedelta(minutes=12, seconds=3), t) == "12 min"
    assert countdown_text(t + timedelta(minutes=3, seconds=7), t) == "3 min 07 s"
    assert countdown_text(t - timedelta(seconds=1), t) == ""


def test_quick_dose_without_usual_amount_asks(qtbot, ctl):
    done(ctl.save_medicine({"name": "baclofen"}))
    view = make(qtbot, ctl)
    with qtbot.waitSignal(view.dose_requested) as sig:
        view.dose_buttons["baclofen"].click()
    assert sig.args == ["baclofen"]
    assert uc.list_entries(ctl.diary, "dose") == []


def test_red_flag_cramp_shows_the_banner(qtbot, ctl):
    view = make(qtbot, ctl)
    assert view.banner.isHidden()
    done(ctl.log("cramp", {"at": now_utc(), "muscle": "back", "severity": 8,
                      "red_flags": ["bladder-bowel"]}))
    assert not view.banner.isHidden()  # at once, before the rules have run
    settle(qtbot, view)
    assert "seek medical care now" in view.banner.title.text().lower()
    assert "Bladder or bowel changes" in view.banner.body.text()
    assert view.total_cramps.value.text() == "1"
    assert [f.rule for f in view.red_flag_flags()] == ["red-flag"]


def test_flags_are_listed_by_severity_and_open(qtbot, ctl):
    now = now_utc()
    done(ctl.log("dose", {"at": now - timedelta(hours=3), "drug": "tizanidine", "amount": 4}))
    done(ctl.log("dose", {"at": now - timedelta(hours=1), "drug": "tizanidine", "amount": 4}))
    view = make(qtbot, ctl)
    rules = [r.flag.rule for r in view.flag_rows]
    assert "tizanidine.interval" in rules
    row = view.flag_rows[rules.index("tizanidine.interval")]
    assert severity_color("warning", row) in row.styleSheet()  # warning colour
    assert view.flags_empty.isHidden()
    with qtbot.waitSignal(view.flag_activated) as sig:
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert [f.rule for f in sig.args[0]] == ["tizanidine.interval"]


def test_alike_flags_are_grouped(qtbot, ctl):
    now = now_utc()
    for h in (30, 26, 7, 3):  # two pairs of doses 4 h apart: two interval flags
        done(ctl.log("dose", {"at": now - timedelta(hours=h), "drug": "tizanidine", "amount": 2}))
    view = make(qtbot, ctl)
    rows = [r for r in view.flag_rows if r.flag.rule == "tizanidine.interval"]
    assert len(rows) == 1 and len(rows[0].group) == 2
    assert rows[0].flag.at == max(f.at for f in rows[0].group)


def test_flag_dialog_shows_message_and_source(qtbot, ctl):
    from PySide6.QtWidgets import QLabel

    from crampdiary.ui.flags import FlagsDialog

    with qtbot.waitSignal(ctl.flags_raised) as sig:
        done(ctl.log("dose", {"at": now_utc(), "drug": "tizanidine", "amount": 20}))
    flags = sig.args[0]
    dlg = FlagsDialog(flags)
    qtbot.addWidget(dlg)
    text = "\n".join(lab.text() for lab in dlg.findChildren(QLabel))
    flag = next(f for f in flags if f.rule == "tizanidine.single-dose")
    assert flag.message[:40].replace("&", "&amp;").replace("<", "&lt;") in text
    assert "Source:" in text


def test_stretch_and_cramp_totals(qtbot, ctl):
    view = make(qtbot, ctl)
    done(ctl.log("stretch", {"at": now_utc(), "minutes": 5}))
    done(ctl.log("cramp", {"at": now_utc(), "muscle": "calf", "severity": 6}))
    done(ctl.log("cramp", {"at": now_utc(), "muscle": "foot", "severity": 3}))
    assert view.total_stretch.value.text() == "5 min"
    assert view.total_stretch.bar.value() == 50
    assert view.total_cramps.value.text() == "2"
    assert "worst 6/10" in view.total_cramps.detail.text()


def test_yesterday_does_not_count_today(qtbot, ctl):
    done(ctl.log("water", {"at": now_utc() - timedelta(days=1, hours=1), "ml": 900}))
    view = make(qtbot, ctl)
    assert view.total_water.value.text() == "0 ml"
