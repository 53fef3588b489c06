"""The reminder clock: once a minute, ask the planner what is due and announce it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ..core import use_cases as uc
from ..core.timeutil import now_utc
from .controller import DiaryController
from .reminder_logic import Reminder, ReminderPlanner


class Reminders(QObject):
    """Checks every minute; emits ``due`` for each reminder (the window shows it in the tray)."""

    due = Signal(object)  # Reminder

    def __init__(self, controller: DiaryController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.planner = ReminderPlanner()
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, now: datetime | None = None) -> list[Reminder]:
        s = self.ctl.settings
        if self.ctl.paused or not (s.remind_doses or s.remind_water):
            return []
        now = now or now_utc()
        meds = self.ctl.medicines(include_stopped=False) if s.remind_doses else []
        doses = uc.list_entries(self.ctl.diary, "dose", now - timedelta(days=2), now) if meds else []
        water = uc.list_entries(self.ctl.diary, "water", now - timedelta(days=1), now) if s.remind_water else []
        last_water = water[-1].at if water else None
        out = self.planner.due(now, s, meds, doses, last_water)
        for r in out:
            self.due.emit(r)
        return out
