"""The landing view: quick logging, today's totals, the next dose, and what to watch.

``core.today`` gathers everything the view shows (today's numbers at once, the
flags and next-dose cards on a worker); ``TodayView`` lays it out and refreshes
when the controller says the diary changed.  A 1-second timer only updates the countdown text.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import use_cases as uc
from ..core.catalog import load_catalog
from ..core.records import Cramp, num
from ..core.timeutil import local_date, now_utc, to_local
from ..core.today import NextDose, TodayData, is_stopped, judge, today_numbers
from ..core.vocab import RED_FLAGS, inline_word
from .controller import DiaryController
from .flags import FlagRow, RedFlagBanner, group_flags, when_text
from .style import bigger


def gather_fast(diary: Any, now: datetime) -> TodayData:
    """Today's numbers (``core.today``), the red flags named in the user's language."""
    out = today_numbers(diary, now)
    out.red_flags = [(at, [_flag_label(RED_FLAGS[k][0]) for k in keys])
                     for at, keys in out.red_flags]
    return out


gather_slow = judge  # the flags and the next-dose cards (core.today), run on the worker


NIGHT_HOURS = (22, 7)  # a cramp logged between 22:00 and 07:00 most likely woke me


def quick_cramp_defaults(diary: Any, now: datetime, days: int = 90) -> dict[str, Any]:
    """What a one-key cramp is logged with: now; the muscle and side logged most often in
    the last ``days`` days (calf if none); their usual severity; woke if it is night."""
    from collections import Counter

    cramps = [c for c in uc.list_entries(diary, "cramp", now - timedelta(days=days), now)
              if isinstance(c, Cramp)]
    muscles = Counter(c.muscle for c in cramps)
    muscle = muscles.most_common(1)[0][0] if muscles else "calf"
    same = [c for c in cramps if c.muscle == muscle]
    sides = Counter(c.side for c in same if c.side)
    side = sides.most_common(1)[0][0] if sides else None
    sev = sorted(c.severity for c in same)
    severity = sev[len(sev) // 2] if sev else 5
    hour = to_local(now).hour
    night = hour >= NIGHT_HOURS[0] or hour < NIGHT_HOURS[1]
    return {"at": now, "muscle": muscle, "side": side, "severity": severity, "woke": night}


def gather(diary: Any, medicines: list[Any], now: datetime | None = None) -> TodayData:
    """Everything the Today view shows (both parts, in this thread)."""
    now = now or now_utc()
    out = gather_fast(diary, now)
    out.flags, out.next_doses = gather_slow(diary, medicines, now)
    return out


def countdown_text(target: datetime, now: datetime) -> str:
    secs = int((target - now).total_seconds())
    if secs <= 0:
        return ""
    from ..core.timeutil import display_duration  # in the language: "2 Std. 05 Min."

    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    if h:
        return display_duration(h * 3600 + m * 60, pad=True)
    if m >= 10:
        return display_duration(m * 60)
    return display_duration(secs, pad=True)


def _flag_label(text: str) -> str:
    """A red flag's name in the user's language (the entry dialog's words)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CrampDialog", text)


def time_text(dt: datetime, now: datetime) -> str:
    loc, today = to_local(dt), local_date(now)
    from PySide6.QtCore import QCoreApplication as Q

    from .localefmt import strftime

    hhmm = loc.strftime("%H:%M")
    if loc.date() == today:
        return Q.translate("TodayView", "{t} today").format(t=hhmm)
    if loc.date() == today - timedelta(days=1):
        return Q.translate("TodayView", "{t} yesterday").format(t=hhmm)
    if loc.date() == today + timedelta(days=1):
        return Q.translate("TodayView", "{t} tomorrow").format(t=hhmm)
    return strftime(loc, "%a %d %b, %H:%M")


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#card { border: 1px solid palette(mid); border-radius: 8px;"
                           " background: palette(base); }")
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(14, 10, 14, 12)
        self.lay.setSpacing(4)
        self.title = QLabel(title, self)
        bigger(self.title, 1.1, bold=True)
        self.lay.addWidget(self.title)


class NextDoseCard(Card):
    def __init__(self, info: NextDose, parent: QWidget | None = None) -> None:
        super().__init__(info.name[:1].upper() + info.name[1:], parent)
        self.info = info
        self.setAccessibleName(self.tr("Next dose of {d}").format(d=info.name))
        self.last = QLabel(self)
        self.next = QLabel(self)
        bigger(self.next, 1.3, bold=True)
        self.next.setWordWrap(True)
        self.window_24h = QLabel(self)
        self.window_24h.setWordWrap(True)
        for w in (self.last, self.next, self.window_24h):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.lay.addWidget(w)
        # While the diary changed and the card is worked out again, it says so: the
        # times below are from before the change, not to be taken as current.
        self.updating = QLabel(self.tr("Updating…"), self)
        self.updating.setVisible(False)
        self.lay.addWidget(self.updating)
        self.update_time(now_utc())

    def set_updating(self, on: bool) -> None:
        """Mark the card as being worked out again (its times greyed out meanwhile)."""
        self.updating.setVisible(on)
        for w in (self.last, self.next, self.window_24h):
            w.setEnabled(not on)

    def update_time(self, now: datetime) -> None:
        i = self.info
        if i.last_dose_at is None:
            self.last.setText(self.tr("No dose on record in the last days."))
            self.next.setText(self.tr("No timing limit applies right now."))
        else:
            self.last.setText(self.tr("Last dose: {t}{amt}").format(
                t=time_text(i.last_dose_at, now),
                amt=f" ({i.last_amount})" if i.last_amount else ""))
            if i.earliest_next_at is None:
                self.next.setText(self.tr("Next dose time: not available"))
            elif i.earliest_next_at > now:
                self.next.setText(self.tr("Earliest next dose by the label: {t}\nin {c}").format(
                    t=time_text(i.earliest_next_at, now),
                    c=countdown_text(i.earliest_next_at, now)))
            else:
                self.next.setText(self.tr("Another dose now would be within the label's timing."))
        parts = []
        if i.max_doses is not None:
            parts.append(self.tr("{n} of {m} doses").format(n=i.doses_24h, m=int(i.max_doses)))
        else:
            parts.append(self.tr("{n} doses").format(n=i.doses_24h))
        if i.max_mg is not None:
            left = i.mg_left if i.mg_left is not None else max(0.0, i.max_mg - i.mg_24h)
            parts.append(self.tr("{t} of {m} mg ({left} mg left)").format(
                t=num(round(i.mg_24h, 2)), m=num(i.max_mg), left=num(round(left, 2))))
        else:
            parts.append(self.tr("{t} mg").format(t=num(round(i.mg_24h, 2))))
        self.window_24h.setText(self.tr("In the last 24 hours: ") + ", ".join(parts))


class Total(Card):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = QLabel(self)
        bigger(self.value, 1.6, bold=True)
        self.lay.addWidget(self.value)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setVisible(False)
        self.lay.addWidget(self.bar)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(placeholder-text);")
        self.lay.addWidget(self.detail)

    def set(self, value: str, detail: str = "", progress: float | None = None) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.title.text()}: {value} {detail}")
        if progress is None:
            self.bar.setVisible(False)
        else:
            self.bar.setVisible(True)
            self.bar.setRange(0, 100)
            self.bar.setValue(max(0, min(100, int(progress * 100))))


class TodayView(QWidget):
    """Quick-log buttons, totals against goals, next-dose cards, flags, red-flag banner."""

    log_requested = Signal(str)  # kind: open the entry dialog
    dose_requested = Signal(str)  # drug name: open the dose dialog pre-filled
    flag_activated = Signal(object)  # a list of flags
    updated = Signal()  # the flags and next-dose cards were judged again
    red_flag_details = Signal()
    details_requested = Signal(object)  # a record: open the full form on it

    def __init__(self, controller: DiaryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.data: TodayData | None = None
        self._day = local_date(now_utc())
        self.dose_buttons: dict[str, QPushButton] = {}
        self.next_cards: dict[str, NextDoseCard] = {}
        self.flag_rows: list[FlagRow] = []
        self._meds: list[Any] | None = None
        self._generation = 0
        self.busy = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget(scroll)
        scroll.setWidget(page)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(18, 14, 18, 14)
        lay.setSpacing(12)

        self.date_label = QLabel(page)
        bigger(self.date_label, 1.5, bold=True)
        lay.addWidget(self.date_label)
        self.banner = RedFlagBanner(page)
        self.banner.details_requested.connect(self.red_flag_details)
        lay.addWidget(self.banner)

        cols = QHBoxLayout()
        self.cols = cols
        cols.setSpacing(18)
        lay.addLayout(cols, 1)
        left = QVBoxLayout()
        right = QVBoxLayout()
        cols.addLayout(left, 3)
        cols.addLayout(right, 2)

        # ---- quick log
        quick = QGroupBox(self.tr("Log now"), page)
        ql = QVBoxLayout(quick)
        row1 = QHBoxLayout()
        self.btn_cramp = self._button(self.tr("Cramp…"), "C", self.tr("Log a cramp"), quick, big=True)
        self.btn_cramp.clicked.connect(lambda: self.log_requested.emit("cramp"))
        self.btn_dose = self._button(self.tr("Dose…"), "D", self.tr("Log a dose of any medicine"), quick, big=True)
        self.btn_dose.clicked.connect(lambda: self.log_requested.emit("dose"))
        self.btn_stretch = self._button(self.tr("Stretching…"), "S", self.tr("Log stretching"), quick, big=True)
        self.btn_stretch.clicked.connect(lambda: self.log_requested.emit("stretch"))
        self.btn_cramp_now = self._button(self.tr("Cramp now"), "N",
                                          self.tr("Log a cramp now with the usual details"),
                                          quick, big=True)
        self.btn_cramp_now.clicked.connect(self.quick_cramp)
        for b in (self.btn_cramp_now, self.btn_cramp, self.btn_dose, self.btn_stretch):
            row1.addWidget(b)
        ql.addLayout(row1)
        # After a one-key cramp: what was logged, and an unobtrusive way to add the rest.
        self.quick_notice = QFrame(quick)
        self.quick_notice.setObjectName("quicknotice")
        qn = QHBoxLayout(self.quick_notice)
        qn.setContentsMargins(8, 4, 4, 4)
        self.quick_text = QLabel(self.quick_notice)
        self.quick_text.setWordWrap(True)
        qn.addWidget(self.quick_text, 1)
        self.btn_details = QPushButton(self.tr("Add details…"), self.quick_notice)
        self.btn_details.setAccessibleName(self.tr("Add details to the cramp just logged"))
        self.btn_details.setFlat(True)
        self.btn_details.clicked.connect(self._add_details)
        qn.addWidget(self.btn_details)
        self.btn_quick_undo = QPushButton(self.tr("Undo"), self.quick_notice)
        self.btn_quick_undo.setAccessibleName(self.tr("Undo the cramp just logged"))
        self.btn_quick_undo.setFlat(True)
        self.btn_quick_undo.clicked.connect(self._undo_quick)
        qn.addWidget(self.btn_quick_undo)
        self.quick_notice.setVisible(False)
        self.quick_record: Any = None
        self._quick_index = -1
        ql.addWidget(self.quick_notice)

        self.meds_label = QLabel(self.tr("My medicines, one click logs the usual dose now:"), quick)
        ql.addWidget(self.meds_label)
        self.meds_row = QGridLayout()
        ql.addLayout(self.meds_row)

        water_label = QLabel(self.tr("Water:"), quick)
        ql.addWidget(water_label)
        row3 = QHBoxLayout()
        self.btn_water_small = self._button("", "W", self.tr("Log a glass of water now"), quick)
        self.btn_water_small.clicked.connect(lambda: self.quick_water(0))
        self.btn_water_large = self._button("", "Shift+W", self.tr("Log a large glass of water now"), quick)
        self.btn_water_large.clicked.connect(lambda: self.quick_water(1))
        self.btn_water_custom = self._button(self.tr("Other drink…"), "Ctrl+Shift+W",
                                             self.tr("Log another amount or another drink"), quick)
        self.btn_water_custom.clicked.connect(lambda: self.log_requested.emit("water"))
        for b in (self.btn_water_small, self.btn_water_large, self.btn_water_custom):
            row3.addWidget(b)
        ql.addLayout(row3)
        row4 = QHBoxLayout()
        self.btn_vitals = self._button(self.tr("Blood pressure…"), "V", self.tr("Log blood pressure and pulse"), quick)
        self.btn_vitals.clicked.connect(lambda: self.log_requested.emit("vitals"))
        self.btn_symptom = self._button(self.tr("Other symptom…"), "Y", self.tr("Log another symptom"), quick)
        self.btn_symptom.clicked.connect(lambda: self.log_requested.emit("symptom"))
        row4.addWidget(self.btn_vitals)
        row4.addWidget(self.btn_symptom)
        ql.addLayout(row4)
        left.addWidget(quick)

        # ---- totals
        totals = QGridLayout()
        totals.setSpacing(10)
        self.total_cramps = Total(self.tr("Cramps today"), page)
        self.total_water = Total(self.tr("Water today"), page)
        self.total_stretch = Total(self.tr("Stretching today"), page)
        self.total_doses = Total(self.tr("Doses today"), page)
        totals.addWidget(self.total_cramps, 0, 0)
        totals.addWidget(self.total_water, 0, 1)
        totals.addWidget(self.total_stretch, 1, 0)
        totals.addWidget(self.total_doses, 1, 1)
        left.addLayout(totals)
        left.addStretch(1)

        # ---- next dose + flags
        self.next_box = QGroupBox(self.tr("Next dose"), page)
        self.next_lay = QVBoxLayout(self.next_box)
        self.next_empty = QLabel(self.tr("Add a medicine with timing limits (such as tizanidine) "
                                         "under Medicines to see when the next dose is due."),
                                 self.next_box)
        self.next_empty.setWordWrap(True)
        self.next_lay.addWidget(self.next_empty)
        right.addWidget(self.next_box)
        self.flags_box = QGroupBox(self.tr("Worth knowing (last 7 days)"), page)
        self.flags_lay = QVBoxLayout(self.flags_box)
        self.flags_empty = QLabel(self.tr("Nothing to flag in the last 7 days."), self.flags_box)
        self.flags_empty.setWordWrap(True)
        self.flags_lay.addWidget(self.flags_empty)
        right.addWidget(self.flags_box)
        right.addStretch(1)

        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()

        controller.person_changed.connect(self._person_changed)
        controller.changed.connect(self.refresh)
        controller.medicines_changed.connect(self.refresh)
        controller.settings_changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, shortcut: str, tip: str, parent: QWidget,
                big: bool = False) -> QPushButton:
        b = QPushButton(text, parent)
        b.setToolTip(f"{tip} ({shortcut})")
        b.setAccessibleName(tip)
        b.setAccessibleDescription(self.tr("Shortcut: {s}").format(s=shortcut))
        b.setMinimumHeight(48 if big else 38)
        b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if big:
            bigger(b, 1.15, bold=True)
        return b

    NARROW = 860  # below this width the two columns stack (nothing is cut off)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        from PySide6.QtWidgets import QBoxLayout

        want = (QBoxLayout.Direction.TopToBottom if self.width() < self.NARROW
                else QBoxLayout.Direction.LeftToRight)
        if self.cols.direction() != want:
            self.cols.setDirection(want)
        super().resizeEvent(event)

    # ------------------------------------------------------------------ actions
    def quick_cramp(self) -> Any:
        """One key: a cramp now with the usual muscle, side and severity; 'Add details'
        opens the full form on it.  The controller writes it on its worker; the notice
        shows when it is saved.  Returns the controller's task."""
        return self.ctl.log("cramp", quick_cramp_defaults(self.ctl.diary, now_utc()),
                            on_done=self._quick_logged)

    def _quick_logged(self, res: Any) -> None:
        from ..core.describe import describe

        self.quick_record = res.record
        self._quick_index = self.ctl.undo_stack.index()
        self.quick_text.setText(self.tr("Cramp logged at {t}: {what}.").format(
            t=to_local(res.record.at).strftime("%H:%M"), what=describe(res.record)))
        self.quick_notice.setAccessibleName(self.quick_text.text())
        self.quick_notice.setVisible(True)
        self.btn_details.setFocus()

    def _add_details(self) -> None:
        if self.quick_record is None:
            return
        try:
            rec = uc.get_entry(self.ctl.diary, self.quick_record.id)
        except Exception:  # noqa: BLE001 - undone or deleted meanwhile
            self.quick_notice.setVisible(False)
            return
        self.quick_notice.setVisible(False)
        self.details_requested.emit(rec)

    def _undo_quick(self) -> None:
        stack = self.ctl.undo_stack
        if self.quick_record is not None and stack.index() == self._quick_index and stack.canUndo():
            stack.undo()
        self.quick_record = None
        self.quick_notice.setVisible(False)

    def quick_water(self, which: int) -> Any:
        ml, _label = self.ctl.settings.quick_water()[which]
        return self.ctl.log("water", {"at": now_utc(), "ml": round(ml, 1), "drink": "water"})

    def quick_dose(self, med: Any) -> Any:
        """One click: the usual amount, form and food of one of my medicines, now."""
        if not med.usual_amount:
            self.dose_requested.emit(med.name)
            return None
        return self.ctl.log("dose", {"at": now_utc(), "drug": med.name, "amount": med.usual_amount,
                                     "unit": med.unit or "mg", "form": med.form,
                                     "with_food": med.with_food})

    # ------------------------------------------------------------------ refresh
    def _rebuild_med_buttons(self, meds: list[Any]) -> None:
        while self.meds_row.count():
            item = self.meds_row.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.deleteLater()
        self.dose_buttons.clear()
        # One button per drug: 'Zanaflex' beside 'tizanidine' is the same medicine.
        catalog = load_catalog()
        seen: set[str] = set()
        unique = []
        for med in meds:
            drug = catalog.resolve(med.name)
            key = drug.key if drug is not None else med.name.strip().casefold()
            if key in seen:
                continue
            seen.add(key)
            unique.append(med)
        meds = unique
        for i, med in enumerate(meds[:9]):
            bits = [med.name]
            if med.usual_amount:
                bits.append(f"{num(med.usual_amount)} {med.unit or 'mg'}")
            if med.form:
                bits.append(inline_word("form", med.form))
            if med.with_food is not None:
                bits.append(self.tr("with food") if med.with_food else self.tr("no food"))
            text = " · ".join(bits) if med.usual_amount else self.tr("{n}…").format(n=med.name)
            b = self._button(text, f"Alt+{i + 1}",
                             self.tr("Log {name} now").format(name=med.name), self)
            b.clicked.connect(lambda _=False, m=med: self.quick_dose(m))
            self.meds_row.addWidget(b, i // 2, i % 2)
            self.dose_buttons[med.name] = b
        self.meds_label.setVisible(bool(meds))

    def refresh(self) -> None:
        """Totals and the red-flag banner at once; flags and next-dose cards from the worker.

        While the controller switches person or restores, nothing is read (the view is
        disabled; ``changed`` comes when it is done)."""
        from .tasks import run_task

        if self.ctl.paused:
            return

        now = now_utc()
        self._day = local_date(now)
        s = self.ctl.settings
        all_meds = self.ctl.medicines(include_stopped=True)
        meds = [m for m in all_meds if not is_stopped(m, self._day)]
        data = gather_fast(self.ctl.diary, now)
        if self.data is not None:  # keep showing the last judged flags until new ones come
            data.flags, data.next_doses = self.data.flags, self.data.next_doses
        self.data = data
        from .localefmt import strftime

        # the order and the words of a long date are the language's (de: "%A, %d. %B %Y")
        self.date_label.setText(strftime(to_local(now), self.tr("%A %d %B %Y")))
        small, large = s.quick_water()
        self.btn_water_small.setText(small[1])
        self.btn_water_large.setText(large[1])
        def key(ms: list[Any]) -> list[tuple[Any, ...]]:
            return [(m.id, m.name, m.usual_amount, m.unit, m.form, m.with_food) for m in ms]

        if self._meds is None or key(meds) != key(self._meds):
            self._rebuild_med_buttons(meds)
        self._meds = meds

        worst = "" if data.worst is None else self.tr("worst {w}/10").format(w=data.worst)
        self.total_cramps.set(str(data.cramps), worst or self.tr("none so far"))
        goal = s.water_goal_ml
        self.total_water.set(s.volume_text(data.water_ml),
                             self.tr("goal {g}").format(g=s.volume_text(goal)) if goal else "",
                             data.water_ml / goal if goal else None)
        sgoal = s.stretch_goal_min
        self.total_stretch.set(self.tr("{m} min").format(m=num(round(data.stretch_min, 1))),
                               self.tr("goal {g} min").format(g=num(sgoal)) if sgoal else "",
                               data.stretch_min / sgoal if sgoal else None)
        n_doses = sum(n for n, _, _ in data.doses.values())
        detail = "; ".join(f"{name} {n}× ({num(round(tot, 2))} {unit})"
                           for name, (n, tot, unit) in sorted(data.doses.items()))
        self.total_doses.set(str(n_doses), detail or self.tr("none so far"))

        if data.red_flags:
            when, _labels = data.red_flags[-1]
            all_labels: list[str] = []
            for _, ls in data.red_flags:
                all_labels.extend(x for x in ls if x not in all_labels)
            self.banner.show_for(all_labels, when_text(when))
        else:
            self.banner.setVisible(False)

        self._generation += 1
        gen, diary = self._generation, self.ctl.reader
        self.busy = True
        for card in self.next_cards.values():
            card.set_updating(True)
        run_task(lambda: gather_slow(diary, all_meds, now),
                 lambda res: self._judged(gen, *res), self._judge_failed)

    def _person_changed(self, _name: str) -> None:
        """Another person's diary: the cards and flags shown were the other person's, so
        they go at once (the refresh that follows brings this person's)."""
        for card in self.next_cards.values():
            card.deleteLater()
        self.next_cards.clear()
        for row in self.flag_rows:
            row.deleteLater()
        self.flag_rows = []
        self.data = None

    def _judge_failed(self, exc: BaseException) -> None:
        self.busy = False
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _judged(self, generation: int, flags: list[Any], cards: list[NextDose]) -> None:
        if generation != self._generation or self.data is None:
            return  # a newer refresh is on its way
        self.data.flags, self.data.next_doses = flags, cards
        now = now_utc()
        for card in self.next_cards.values():
            card.deleteLater()
        self.next_cards.clear()
        for info in cards:
            card = NextDoseCard(info, self.next_box)
            card.update_time(now)
            self.next_lay.addWidget(card)
            self.next_cards[info.name] = card
        self.next_empty.setVisible(not cards)

        # flags (the red flags are in the banner)
        for row in self.flag_rows:
            row.deleteLater()
        self.flag_rows = []
        shown = [f for f in flags if f.rule != "red-flag"]
        groups = group_flags(shown)
        for group in groups[:10]:
            row = FlagRow(group[0], self.flags_box, count=len(group), group=group)
            row.activated.connect(self.flag_activated)
            self.flags_lay.addWidget(row)
            self.flag_rows.append(row)
        self.flags_empty.setVisible(not shown)
        if len(groups) > 10:
            self.flags_box.setTitle(self.tr("Worth knowing (last 7 days, 10 of {n} kinds)").format(
                n=len(groups)))
        else:
            self.flags_box.setTitle(self.tr("Worth knowing (last 7 days)"))
        self.busy = False
        self.updated.emit()

    def restyle(self) -> None:
        """The theme changed: draw the flag rows and cards again in its colours."""
        if self.data is not None and not self.busy:
            self._judged(self._generation, self.data.flags, self.data.next_doses)

    def red_flag_flags(self) -> list[Any]:
        return [f for f in (self.data.flags if self.data else []) if f.rule == "red-flag"]

    def tick(self) -> None:
        now = now_utc()
        if local_date(now) != self._day:
            self.refresh()
            return
        for card in self.next_cards.values():
            card.update_time(now)
