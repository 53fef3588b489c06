"""The main window: a shell that appears at once, then the views once the diary is open.

This module imports only Qt and ``paths`` at import time, so the window can be
shown before the storage layer (SQLAlchemy) and matplotlib are loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import paths

_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_LETTER_TAKERS = (QAbstractItemView, QComboBox)


def window_settings() -> QSettings:
    """Window state per data folder (so two diaries remember their own windows)."""
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    first_painted = Signal()  # the shell is on screen: slow start-up work may begin
    ready = Signal()  # the diary is open and the views are built
    closed = Signal()  # the window really closed (not just hidden to the tray)
    _insights_stale: bool

    VIEW_NAMES = ("Today", "History", "Medicines", "Insights")

    def __init__(self) -> None:
        super().__init__()
        self.ctl: Any = None
        self.tray: QSystemTrayIcon | None = None
        self.reminders: Any = None
        self.insights: Any = None
        self.flag_dialogs: list[Any] = []
        self._quitting = False
        self._tray_hint_shown = False
        # Only what the first paint needs: the rest (icon, views, menus) comes after it.
        self.setWindowTitle(self.tr("Cramp Diary"))
        # The first frame is the bare window: no child widget yet.  Laying out even
        # one child (style metrics, the font database) costs more than showing a
        # bare window, so the 'Opening your diary…' text comes with the next frame.
        self._painted = False
        self._loading_label: QLabel | None = None
        self._restore_geometry()

    def paintEvent(self, event: Any) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self.ctl is None:
                self.loading_label.setText(self.tr("Opening your diary…"))
            self.first_painted.emit()

    @property
    def loading_label(self) -> QLabel:
        """'Opening your diary…' (made after the first frame)."""
        if self._loading_label is None:
            shell = QWidget(self)
            ll = QHBoxLayout(shell)
            ll.addStretch(1)
            self._loading_label = QLabel(shell)
            ll.addWidget(self._loading_label)
            ll.addStretch(1)
            self.setCentralWidget(shell)
        return self._loading_label

    # ------------------------------------------------------------------ geometry
    PREFERRED_SIZE = (1280, 840)

    def _restore_geometry(self) -> None:
        """A saved geometry only if it still fits the screen; else a size that fits."""
        from PySide6.QtCore import QSize

        from .screen import available_geometry, fit_size, geometry_fits, usable_size

        avail = available_geometry(self)
        room = usable_size(avail)
        self.setMinimumSize(min(720, room.width()), min(540, room.height()))
        qs = window_settings()
        geo = qs.value("main/geometry")
        if isinstance(geo, QByteArray | bytes) and self.restoreGeometry(QByteArray(geo)):
            if geometry_fits(self.frameGeometry(), avail) or geometry_fits(self.geometry(), avail):
                return
        size = fit_size(QSize(*self.PREFERRED_SIZE), avail)
        self.resize(size)
        self.move(avail.x() + (avail.width() - size.width()) // 2,
                  avail.y() + max(0, (avail.height() - size.height() - 30) // 2))

    def save_geometry(self) -> None:
        qs = window_settings()
        qs.setValue("main/geometry", self.saveGeometry())
        if self.ctl is not None:
            qs.setValue("main/tab", self.tabs.currentIndex())
        qs.sync()

    # ------------------------------------------------------------------ building
    def attach(self, controller: Any) -> None:
        """Build the views on an open diary."""
        from .history import HistoryView
        from .medicines import MedicinesView
        from .style import app_icon
        from .today import TodayView

        self.ctl = controller
        controller.setParent(self)
        self.apply_theme()  # before the views: some colours are worked out as they are built
        from PySide6.QtWidgets import QApplication

        QApplication.setWindowIcon(app_icon())
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.today = TodayView(controller, self.tabs)
        self.history = HistoryView(controller, self.tabs)
        self.medicines = MedicinesView(controller, self.tabs)
        self.insights_holder = QWidget(self.tabs)
        QVBoxLayout(self.insights_holder)
        for w, name in ((self.today, "Today"), (self.history, "History"),
                        (self.medicines, "Medicines"), (self.insights_holder, "Insights")):
            i = self.tabs.addTab(w, self.tr(name))
            self.tabs.setTabToolTip(i, self.tr("{v} (Ctrl+{n})").format(v=self.tr(name), n=i + 1))
        from .reminder_banner import ReminderBanner

        central = QWidget(self)
        cl = QVBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        self.reminder_banner = ReminderBanner(central)
        cl.addWidget(self.reminder_banner)
        self.tabs.setParent(central)
        cl.addWidget(self.tabs, 1)
        self.setCentralWidget(central)  # replaces (and deletes) the loading text
        self._loading_label = None
        self.tabs.currentChanged.connect(self._tab_changed)

        self.today.log_requested.connect(self.log_dialog)
        self.today.dose_requested.connect(lambda name: self.log_dialog("dose", drug=name))
        self.today.flag_activated.connect(lambda fs: self.show_flags(list(fs)))
        self.today.red_flag_details.connect(self.show_red_flag_details)
        self.today.details_requested.connect(self.edit_dialog)
        self.history.edit_requested.connect(self.edit_dialog)
        controller.flags_raised.connect(self._flags_raised)
        controller.pause_changed.connect(self._paused)
        controller.medicines_changed.connect(self._rebuild_med_actions)
        controller.undo_stack.indexChanged.connect(self._status_undo)  # bound: disconnected with the window
        self._build_menus()
        from .people import install as install_people

        install_people(self, controller)  # person switcher, title, "Everyone today"
        self._setup_tray()
        from PySide6.QtWidgets import QApplication

        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]  # letters go to tables, not shortcuts
        tab = window_settings().value("main/tab", 0)
        try:
            self.tabs.setCurrentIndex(int(tab) if int(tab) in (0, 1, 2) else 0)  # type: ignore[arg-type, call-overload]
        except (TypeError, ValueError):
            pass
        self.statusBar().showMessage(self.tr("Ready. Press N to log a cramp now, C for the cramp "
                                             "form, D for a dose, W for water."), 8000)
        self.ready.emit()

    def _action(self, menu: QMenu, text: str, slot: Any, shortcut: Any = None,
                tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                act.setShortcuts(shortcut)
            else:
                act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(lambda _=False: slot())
        menu.addAction(act)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.actions_by_name: dict[str, QAction] = {}
        a = self.actions_by_name
        f = mb.addMenu(self.tr("&File"))
        a["report"] = self._action(f, self.tr("&Report for my doctor…"), self.open_report, "Ctrl+P",
                                   self.tr("Make a PDF report to take to an appointment"))
        a["export"] = self._action(f, self.tr("&Export…"), self.export_data, "Ctrl+E",
                                   self.tr("Save the diary as CSV, JSON or FHIR"))
        a["import"] = self._action(f, self.tr("&Import…"), self.import_data, "Ctrl+I",
                                   self.tr("Add entries from a CSV folder or JSON file"))
        f.addSeparator()
        a["backup"] = self._action(f, self.tr("&Back up now"), self.backup_now, "Ctrl+B",
                                   self.tr("Save a copy of the diary in the backup folder"))
        a["restore"] = self._action(f, self.tr("Res&tore from a backup…"), self.restore_backup, None,
                                    self.tr("Replace the diary with a backup"))
        f.addSeparator()
        a["settings"] = self._action(f, self.tr("&Settings…"), self.open_settings,
                                     QKeySequence.StandardKey.Preferences if not QKeySequence(
                                         QKeySequence.StandardKey.Preferences).isEmpty() else "Ctrl+,")
        f.addSeparator()
        a["quit"] = self._action(f, self.tr("&Quit"), self.quit_app, "Ctrl+Q")

        e = mb.addMenu(self.tr("&Edit"))
        undo = self.ctl.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.ctl.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(undo)
        e.addAction(redo)
        self.addAction(undo)
        self.addAction(redo)
        a["undo"], a["redo"] = undo, redo

        lg = mb.addMenu(self.tr("&Log"))
        a["cramp_now"] = self._action(lg, self.tr("Cramp &now (one key)"), self.today.quick_cramp, "N",
                                      self.tr("Log a cramp now with the usual details; add more later"))
        a["cramp"] = self._action(lg, self.tr("&Cramp…"), lambda: self.log_dialog("cramp"), "C")
        a["dose"] = self._action(lg, self.tr("&Dose…"), lambda: self.log_dialog("dose"), "D")
        small, large = self.ctl.settings.quick_water()
        a["water_small"] = self._action(lg, self.tr("&Water {a}").format(a=small[1]),
                                        lambda: self.today.quick_water(0), "W")
        a["water_large"] = self._action(lg, self.tr("Water {a}").format(a=large[1]),
                                        lambda: self.today.quick_water(1), "Shift+W")
        a["water"] = self._action(lg, self.tr("Other &drink…"), lambda: self.log_dialog("water"),
                                  "Ctrl+Shift+W")
        a["stretch"] = self._action(lg, self.tr("&Stretching…"), lambda: self.log_dialog("stretch"), "S")
        a["vitals"] = self._action(lg, self.tr("Blood &pressure and pulse…"),
                                   lambda: self.log_dialog("vitals"), "V")
        a["symptom"] = self._action(lg, self.tr("Other s&ymptom…"), lambda: self.log_dialog("symptom"), "Y")
        lg.addSeparator()
        self.meds_menu = lg.addMenu(self.tr("My &medicines (usual dose, now)"))
        self.med_actions: list[QAction] = []
        self._rebuild_med_actions()

        v = mb.addMenu(self.tr("&View"))
        for i, name in enumerate(self.VIEW_NAMES):
            a[f"view{i}"] = self._action(v, self.tr(name), lambda i=i: self.tabs.setCurrentIndex(i),
                                         f"Ctrl+{i + 1}")

        h = mb.addMenu(self.tr("&Help"))
        a["red_flags"] = self._action(h, self.tr("&Red flags: when to seek care"),
                                      self.show_red_flag_details, "F1")
        a["disclaimer"] = self._action(h, self.tr("What Cramp Diary is (and is not)"),
                                       self.show_disclaimer)
        a["about"] = self._action(h, self.tr("&About Cramp Diary"), self.show_about)

    def _rebuild_med_actions(self) -> None:
        if not hasattr(self, "meds_menu"):
            return
        for act in self.med_actions:
            self.meds_menu.removeAction(act)
            self.removeAction(act)
            act.deleteLater()
        self.med_actions = []
        meds = self.ctl.medicines(include_stopped=False)
        for i, med in enumerate(meds[:9]):
            act = self._action(self.meds_menu, med.name, lambda m=med: self.today.quick_dose(m),
                               f"Alt+{i + 1}", self.tr("Log the usual dose of {m} now").format(m=med.name))
            self.med_actions.append(act)
        self.meds_menu.setEnabled(bool(meds))

    def _tab_changed(self, index: int) -> None:
        if index == 3:
            if self.insights is None:
                self._load_insights()
            elif self._insights_stale and hasattr(self.insights, "refresh"):
                self._insights_stale = False
                self.insights.refresh()

    def _diary_changed_for_insights(self) -> None:
        """Insights recompute only when they are on screen (they read the whole diary),
        and not while a switch of person or a restore is under way (``changed`` follows)."""
        if self.tabs.currentIndex() == 3 and not self.ctl.paused:
            self.insights.refresh()
        else:
            self._insights_stale = True

    def _load_insights(self) -> None:
        """Insights (and matplotlib) load only when the tab is first opened."""
        lay = self.insights_holder.layout()
        assert lay is not None
        try:
            from .insights import InsightsView
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.insights":
                raise
            label = QLabel(self.tr("Insights are not available in this build."), self.insights_holder)
            lay.addWidget(label)
            self.insights = label
            return
        self.insights = InsightsView(self.ctl.diary, self.insights_holder,
                                     source=lambda: self.ctl.reader)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.insights)
        self._insights_stale = False
        self.ctl.changed.connect(self._diary_changed_for_insights)

    # ------------------------------------------------------------------ dialogs
    def make_entry_dialog(self, kind: str, record: Any = None, **kw: Any) -> Any:
        from .entry_dialogs import entry_dialog

        return entry_dialog(self.ctl, kind, record, self, **kw)

    def log_dialog(self, kind: str, drug: str | None = None) -> Any:
        kw = {"drug": drug} if kind == "dose" and drug else {}
        dlg = self.make_entry_dialog(kind, **kw)
        dlg.exec()
        return dlg

    def edit_dialog(self, record: Any) -> Any:
        dlg = self.make_entry_dialog(record.kind, record)
        dlg.exec()
        return dlg

    def _flags_raised(self, flags: list[Any]) -> None:
        if flags:
            stack = self.ctl.undo_stack
            index = stack.index()

            def undo() -> bool:
                """Undo the entry that raised the flag, if nothing was done since."""
                if stack.index() == index and stack.canUndo():
                    stack.undo()
                    return True
                return False

            self.show_flags(flags, self.tr("This entry raised a flag"), undo=undo)

    def show_flags(self, flags: list[Any], title: str = "", undo: Any = None) -> Any:
        from PySide6.QtCore import Qt

        from .flags import FlagsDialog

        dlg = FlagsDialog(flags, title, self, undo=undo)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r, d=dlg: self.flag_dialogs.remove(d)
                             if d in self.flag_dialogs else None)
        self.flag_dialogs.append(dlg)
        dlg.show()
        return dlg

    def show_red_flag_details(self) -> None:
        from ..core.vocab import RED_FLAGS, word
        from . import messages

        flags = self.today.red_flag_flags() if self.ctl is not None else []
        if flags:
            self.show_flags(flags, self.tr("Red flags: seek care now"))
            return
        text = "\n\n".join(f"• {word('red-flag', k)}: {word('red-flag-detail', k)}"
                           for k in RED_FLAGS)
        messages.information(self, self.tr("Red flags: when to seek care now"),
                             self.tr("Seek medical care now (doctor, urgent care or emergency "
                                     "services) if you notice any of these:"), text)

    def show_disclaimer(self) -> None:
        from . import messages
        from .first_run import DISCLAIMER

        messages.information(self, self.tr("What Cramp Diary is (and is not)"),
                             self.tr(DISCLAIMER))

    def show_about(self) -> None:
        from .. import __version__
        from . import messages

        messages.information(self, self.tr("About Cramp Diary"),
                             self.tr("Cramp Diary {v}: a private diary for muscle cramps, spasms "
                                     "and the medicines that go with them.").format(v=__version__),
                             self.tr("Your data stays on this computer: {p}").format(
                                 p=paths.data_dir()))

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.ctl, self).exec()
        self.apply_theme()
        small, large = self.ctl.settings.quick_water()
        self.actions_by_name["water_small"].setText(self.tr("&Water {a}").format(a=small[1]))
        self.actions_by_name["water_large"].setText(self.tr("Water {a}").format(a=large[1]))
        self._setup_tray()

    def open_report(self) -> None:
        try:
            from .report_dialog import ReportDialog
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.report_dialog":
                raise
            from . import messages

            messages.information(self, self.tr("Report"),
                                 self.tr("Reports are not available in this build."))
            return
        # The preview and the page count read on workers: through the workers' own
        # connections (one per thread), not the window's.
        dlg = ReportDialog(self.ctl.reader, self)
        from ..core.people import document_name

        dlg.name_edit.setText(document_name(self.ctl.diary.person) or "")  # the person's
        dlg.exec()

    # ------------------------------------------------------------------ data
    def _busy(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def _task_failed(self, title: str) -> Any:
        from ..core.errors import CrampDiaryError, InputError
        from . import messages

        def handler(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            if isinstance(exc, InputError):
                messages.warning(self, title, self.tr("Nothing was changed."),
                                 f"{exc.field}: {exc.message}")
            elif isinstance(exc, CrampDiaryError):
                messages.warning(self, title, getattr(exc, "message", str(exc)),
                                 getattr(exc, "hint", ""))
            elif isinstance(exc, OSError):
                messages.warning(self, title, self.tr("The file could not be written or read: "
                                                      "{e}").format(e=exc.strerror or exc))
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)
        return handler

    def export_data(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        choices = [self.tr("CSV (a folder of spreadsheets)"), self.tr("JSON (one file)"),
                   self.tr("FHIR R4 bundle (one JSON file, for health records)"),
                   self.tr("FHIR R4 bundle for a clinic's system (transaction)")]
        choice, ok = QInputDialog.getItem(self, self.tr("Export"), self.tr("Format"), choices, 0, False)
        if not ok:
            return
        fmt, bundle = (("csv", None), ("json", None), ("fhir", None),
                       ("fhir", "transaction"))[choices.index(choice)]
        if fmt == "csv":
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to which folder?"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                  f"crampdiary-{fmt}.json", "JSON (*.json)")
        if not path:
            return
        self.export_to(fmt, path, bundle or "collection")

    def export_to(self, fmt: str, path: Any, bundle: str = "collection") -> Any:
        """Export in the worker; say how many entries went where (or why not)."""
        from pathlib import Path

        from . import messages
        from .tasks import run_task

        diary = self.ctl.reader

        def work() -> int:
            from ..core import exchange

            return int(exchange.export(diary, fmt, Path(path), bundle=bundle))

        def done(n: int) -> None:
            self.statusBar().clearMessage()
            messages.information(self, self.tr("Export finished"),
                                 self.tr("{n} entries exported to {p}").format(n=n, p=path))

        self._busy(self.tr("Exporting…"))
        return run_task(work, done, self._task_failed(self.tr("Export failed")))

    def import_data(self) -> Any:
        from .import_wizard import run_import_wizard

        return run_import_wizard(self)

    def import_from(self, path: Any) -> Any:
        """Import in the worker; all or nothing (a bad row is named and nothing is written)."""
        from pathlib import Path

        from . import messages

        def done(res: Any) -> None:
            self.statusBar().clearMessage()
            messages.information(self, self.tr("Import finished"), self.tr(
                "{a} entries added, {s} already present and skipped.").format(
                    a=res.added, s=res.skipped))

        self._busy(self.tr("Importing…"))
        return self.ctl.import_file(Path(path), on_done=done,
                                    on_error=self._task_failed(self.tr("Import failed")))

    def backup_now(self) -> Any:
        from . import messages

        def done(path: Any) -> None:
            self.statusBar().showMessage(self.tr("Backup saved: {p}").format(p=path), 10000)
            messages.information(self, self.tr("Backup made"),
                                 self.tr("A copy of your diary was saved as:"), str(path))

        self._busy(self.tr("Backing up…"))
        return self.ctl.backup(done, self._task_failed(self.tr("Backup failed")))

    def restore_backup(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from . import messages

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore which backup?"),
                                              str(paths.backup_dir()),
                                              self.tr("Diary backups (*.sqlite3);;All files (*)"))
        if not path:
            return
        if not messages.ask(self, self.tr("Restore"), self.tr(
                "Replace the current diary with this backup? The current diary is kept as a "
                "copy first."), self.tr("Restore"), self.tr("Cancel"), path):
            return
        self.restore_from(Path(path))

    def restore_from(self, path: Any) -> Any:
        """Restore on the controller's write worker (the window stays alive, its views
        disabled meanwhile); a refusal is shown and changes nothing.  A ``tasks.Task``."""
        from . import messages

        def done(kept: Any) -> None:
            self.statusBar().clearMessage()
            messages.information(self, self.tr("Restored"), self.tr("The backup was restored."),
                                 self.tr("The replaced diary was kept as {k}").format(k=kept)
                                 if kept else "")

        return self.ctl.restore(path, done, self._task_failed(self.tr("Restore failed")))

    def _paused(self, sentence: str) -> None:
        """While the controller switches person or restores, the views wait: disabled
        (nothing of the other person or the old file can be taken as current), with
        the sentence in the status bar."""
        self.tabs.setEnabled(not sentence)
        bar = getattr(self, "people_toolbar", None)
        if bar is not None:
            bar.setEnabled(not sentence)
        if sentence:
            self.statusBar().showMessage(sentence)
        else:
            self.statusBar().clearMessage()

    # ------------------------------------------------------------------ tray and reminders
    def _setup_tray(self) -> None:
        if self.ctl is None:
            return
        from .reminders import Reminders

        if self.reminders is None:
            self.reminders = Reminders(self.ctl, self)
            self.reminders.due.connect(self._remind)
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            from .style import app_icon

            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("Cramp Diary"))
            menu = QMenu(self)
            menu.addAction(self.tr("Open Cramp Diary"), self.bring_forward)
            menu.addAction(self.tr("Log a cramp…"), lambda: (self.bring_forward(),  # type: ignore[func-returns-value]
                                                             self.log_dialog("cramp")))
            menu.addAction(self.tr("Log a glass of water"), lambda: self.today.quick_water(0))
            menu.addSeparator()
            menu.addAction(self.tr("Quit"), self.quit_app)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.bring_forward()

    def _remind(self, reminder: Any) -> None:
        """A banner in the window always; a desktop notification when the desktop has a
        notification service; the tray balloon when there is a tray."""
        from . import notify
        from .people import with_person

        title = with_person(self.ctl.diary, reminder.title)  # whose dose or water
        self.reminder_banner.show_reminder(title, reminder.message)
        self.notified = notify.desktop_notify(title, reminder.message)
        if self.tray is not None and not self.notified:
            self.tray.showMessage(title, reminder.message,
                                  QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.statusBar().showMessage(f"{title}: {reminder.message}", 60_000)

    # ------------------------------------------------------------------ theme and keys
    def apply_theme(self) -> None:
        """The night theme if chosen in Settings, else the system's light or dark palette."""
        from .style import apply_theme, is_dark, restyle

        night = bool(getattr(self.ctl.settings, "night_theme", False))
        was_dark = is_dark()
        apply_theme(night)
        if hasattr(self, "today") and is_dark() != was_dark:
            restyle(self)
            self.today.restyle()

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
        """A plain letter typed in a table, list or combo box is that control's (type to
        search), never a one-letter shortcut such as W (log water).  Text fields already
        keep their keys."""
        if event.type() != _SHORTCUT_OVERRIDE or not isinstance(obj, _LETTER_TAKERS):
            return False
        if obj.window() is self:
            mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                         | Qt.KeyboardModifier.KeypadModifier)
            text = event.text()
            if mods == Qt.KeyboardModifier.NoModifier and text and text.isprintable():
                event.accept()
                return True
        return False

    def _status_undo(self, _index: int = 0) -> None:
        try:
            stack = self.ctl.undo_stack
            if stack.canUndo():
                self.statusBar().showMessage(self.tr("{what}. Ctrl+Z undoes it.").format(
                    what=stack.undoText()), 6000)
        except RuntimeError:  # the window or the stack is already being taken down at exit
            return

    # ------------------------------------------------------------------ window life
    def bring_forward(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        modal = QApplication.activeModalWidget()  # e.g. the first-run dialog: keep it on top
        if modal is not None and modal is not self:
            modal.raise_()
            modal.activateWindow()

    def quit_app(self) -> None:
        from PySide6.QtWidgets import QApplication

        self._quitting = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.save_geometry()
        keep = (self.ctl is not None and self.ctl.settings.keep_in_tray and self.tray is not None
                and self.tray.isVisible() and not self._quitting)
        if keep:
            event.ignore()
            self.hide()
            if not self._tray_hint_shown and self.tray is not None:
                self._tray_hint_shown = True
                self.tray.showMessage(self.tr("Cramp Diary is still running"),
                                      self.tr("Reminders keep coming. Quit from the tray menu."),
                                      QSystemTrayIcon.MessageIcon.Information, 8000)
            return
        for dlg in list(self.flag_dialogs):
            dlg.close()
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        if self.tray is not None:
            self.tray.hide()
        event.accept()
        self.closed.emit()
