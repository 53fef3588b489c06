"""Which reminders are due: pure logic, no window, no clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crampdiary.core.timeutil import parse_datetime
from crampdiary.settings import Settings
from crampdiary.ui.reminder_logic import ReminderPlanner


def T(text: str) -> datetime:
    return parse_datetime(text)  # local (Europe/Berlin) wall clock -> UTC


@dataclass
class Med:
    name: str
    schedule: str = "08:00;20:00"
    usual_amount: float | None = 4
    unit: str = "mg"
    started_on: date | None = None
    stopped_on: date | None = None


@dataclass
class Dose:
    drug: str
    at: datetime


ON = Settings(remind_doses=True, remind_water=True, water_interval_min=120)


def test_nothing_when_reminders_are_off():
    p = ReminderPlanner()
    assert p.due(T("2026-03-02T08:05"), Settings(), [Med("tizanidine")], [], None) == []


def test_dose_reminder_once_in_the_hour_after_the_scheduled_time():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_water": False})
    meds = [Med("tizanidine")]
    assert p.due(T("2026-03-02T07:59"), s, meds, [], None) == []
    (r,) = p.due(T("2026-03-02T08:00"), s, meds, [], None)
    assert r.kind == "dose" and "tizanidine" in r.title and "08:00" in r.title
    assert "4 mg" in r.message and r.due_at == T("2026-03-02T08:00")
    assert p.due(T("2026-03-02T08:01"), s, meds, [], None) == []  # never twice
    assert p.due(T("2026-03-02T08:30"), s, meds, [], None) == []
    (r2,) = p.due(T("2026-03-02T20:10"), s, meds, [], None)
    assert "20:00" in r2.title


def test_late_start_after_the_grace_hour_does_not_remind():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_water": False})
    assert p.due(T("2026-03-02T09:00"), s, [Med("tizanidine")], [], None) == []


def test_no_reminder_when_the_dose_was_logged():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_water": False})
    doses = [Dose("tizanidine", T("2026-03-02T06:45"))]  # within 90 min before 08:00
    assert p.due(T("2026-03-02T08:05"), s, [Med("tizanidine")], doses, None) == []
    p2 = ReminderPlanner()
    early = [Dose("tizanidine", T("2026-03-02T06:20"))]  # earlier than that: still remind
    assert len(p2.due(T("2026-03-02T08:05"), s, [Med("tizanidine")], early, None)) == 1


def test_stopped_and_not_started_medicines_are_quiet():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_water": False})
    meds = [Med("a", stopped_on=date(2026, 3, 1)), Med("b", started_on=date(2026, 3, 5))]
    assert p.due(T("2026-03-02T08:05"), s, meds, [], None) == []


def test_slot_just_before_midnight_is_judged_after_midnight():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_water": False})
    (r,) = p.due(T("2026-03-03T00:10"), s, [Med("x", schedule="23:30")], [], None)
    assert "23:30" in r.title


def test_water_reminder_after_interval_and_only_while_awake():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_doses": False})
    assert p.due(T("2026-03-02T03:00"), s, [], [], None) == []  # never at night
    assert p.due(T("2026-03-02T09:59"), s, [], [], None) == []  # 08:00 + 2 h not reached
    (r,) = p.due(T("2026-03-02T10:00"), s, [], [], None)
    assert r.kind == "water"
    assert p.due(T("2026-03-02T11:00"), s, [], [], None) == []  # not before the interval again
    assert len(p.due(T("2026-03-02T12:00"), s, [], [], None)) == 1
    assert p.due(T("2026-03-02T22:30"), s, [], [], None) == []


def test_water_logged_resets_the_interval():
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_doses": False})
    last = T("2026-03-02T10:30")
    assert p.due(T("2026-03-02T12:00"), s, [], [], last) == []
    (r,) = p.due(T("2026-03-02T12:30"), s, [], [], last)
    assert "2 h 00 min" in r.message


def test_reminders_across_the_dst_change():
    # 29 March 2026: clocks go from 02:00 to 03:00 in Berlin; 08:00 is still 08:00 local.
    p = ReminderPlanner()
    s = ON.model_copy(update={"remind_water": False})
    (r,) = p.due(T("2026-03-29T08:00"), s, [Med("t", schedule="08:00")], [], None)
    assert r.due_at == T("2026-03-29T08:00+02:00")


def test_qt_reminders_read_the_diary(qtbot, diary):
    from crampdiary.ui.controller import DiaryController
    from crampdiary.ui.reminders import Reminders
    from ui_support import done

    ctl = DiaryController(diary, Settings(remind_doses=True))
    done(ctl.save_medicine({"name": "tizanidine", "schedule": "08:00"}))
    rem = Reminders(ctl)
    at = T("2026-03-02T08:10")
    with qtbot.waitSignal(rem.due) as sig:
        rem.check(at)
    assert sig.args[0].kind == "dose"
    assert rem.check(at + timedelta(minutes=1)) == []
    task = ctl.log("dose", {"at": T("2026-03-03T07:50"), "drug": "tizanidine", "amount": 2})
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)  # written on the controller's worker
    assert rem.check(T("2026-03-03T08:05")) == []
    rem.timer.stop()
