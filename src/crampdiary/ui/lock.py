"""The app lock of an encrypted diary: the passphrase at start, a lock after the idle
minutes of Settings and when the desktop says the screen is locked.

Locking closes the diary's connections and forgets the key (``crypto.lock``).  Nothing
is closed or thrown away: every window of the app (the main window and any dialog with
a half-filled form) gets an opaque cover over its contents, its title is replaced, and
every key press, click and shortcut that is not meant for the lock's own passphrase
field is swallowed.  Unlocking removes the covers; the forms are as they were.  The
passphrase is checked on a worker (the Argon2 key derivation is slow on purpose), so the
window keeps running while it is checked.

The clock is injected (``clock``: seconds, monotonic) so tests lock without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CHECK_INTERVAL_MS = 15_000
_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
             QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class Cover(QWidget):
    """An opaque sheet over one window's contents; ``with_prompt`` adds the passphrase field."""

    def __init__(self, host: QWidget, lock: AppLock, with_prompt: bool) -> None:
        super().__init__(host)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.lock_ref = lock
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel(self.tr("Cramp Diary is locked"), self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        outer.addWidget(self.title)
        self.field: QLineEdit | None = None
        self.error = QLabel("", self)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        if with_prompt:
            text = QLabel(self.tr("Your diary is encrypted. Type its passphrase (or the "
                                  "recovery key) to open it."), self)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(text)
            row = QHBoxLayout()
            row.addStretch(1)
            self.field = QLineEdit(self)
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setMinimumWidth(280)
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.returnPressed.connect(self._submit)
            row.addWidget(self.field)
            self.button = QPushButton(self.tr("Unlock"), self)
            self.button.clicked.connect(self._submit)
            row.addWidget(self.button)
            row.addStretch(1)
            outer.addLayout(row)
            outer.addWidget(self.error)
            quit_row = QHBoxLayout()
            quit_row.addStretch(1)
            self.quit_button = QPushButton(self.tr("Quit"), self)
            self.quit_button.clicked.connect(lock.quit_requested.emit)
            quit_row.addWidget(self.quit_button)
            quit_row.addStretch(1)
            outer.addLayout(quit_row)
        else:
            note = QLabel(self.tr("What you were typing here is kept; it comes back when "
                                  "the diary is unlocked."), self)
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(note)
        outer.addStretch(1)
        self.fit()
        host.installEventFilter(self)

    def fit(self) -> None:
        host = self.parentWidget()
        if host is not None:
            self.setGeometry(host.rect())
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.parentWidget() and event.type() in (QEvent.Type.Resize,
                                                           QEvent.Type.ChildAdded):
            self.fit()
        return False

    def _submit(self) -> None:
        if self.field is None or self.lock_ref.checking:
            return
        text = self.field.text()
        self.field.clear()  # the typed passphrase does not stay in the widget
        if text:
            # The key derivation takes a moment (that is what makes guessing slow): say so.
            # It runs on a worker, so the window stays alive meanwhile.
            self.error.setText(self.tr("Checking the passphrase…"))
            self.set_checking(True)
        self.lock_ref.try_unlock(text)

    def set_checking(self, on: bool) -> None:
        if self.field is not None:
            self.button.setEnabled(not on)
            self.field.setEnabled(not on)
            if not on:
                self.field.setFocus()


class AppLock(QObject):
    """Covers the app and forgets the key; asks for the passphrase to come back."""

    locked_changed = Signal(bool)
    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, window: QWidget, db_path: Path, *, idle_minutes: float = 10,
                 clock: Callable[[], float] = time.monotonic,
                 watch_screen_saver: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = Path(db_path)
        self.idle_minutes = idle_minutes
        self.clock = clock
        self.last_activity = clock()
        self.locked = False
        self.pending: list[Callable[[], None]] = []  # run once, after the next unlock
        self._checking: Any = None  # the task checking a passphrase (tasks.Task)
        self.covers: dict[int, Cover] = {}
        self._titles: dict[int, str] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_idle)
        self.screen_saver_connected = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.quit_requested.connect(self._quit)
        if watch_screen_saver:
            self._watch_screen_saver()

    # ------------------------------------------------------------------ idle
    def start_idle_timer(self) -> None:
        self.last_activity = self.clock()
        self.timer.start()

    def current_idle_minutes(self) -> float:
        """The minutes in Settings (read each time, so a change applies at once)."""
        settings = getattr(getattr(self.window, "ctl", None), "settings", None)
        return float(getattr(settings, "lock_idle_minutes", self.idle_minutes))

    def check_idle(self) -> bool:
        """Lock if no input came for the idle minutes; True if it locked now."""
        minutes = self.current_idle_minutes()
        if self.locked or minutes <= 0:
            return False
        if self.clock() - self.last_activity >= minutes * 60:
            self.lock()
            return True
        return False

    def _watch_screen_saver(self) -> None:
        """org.freedesktop.ScreenSaver's ActiveChanged(bool) over the session bus, if any."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        ok = False
        for service, path, iface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
            ok = bus.connect(service, path, iface, "ActiveChanged", self,
                             "1screen_saver_changed(bool)") or ok  # type: ignore[call-overload]
        self.screen_saver_connected = ok

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active and not self.locked:
            self.lock()

    # ------------------------------------------------------------------ events
    def _inside_cover(self, obj: QObject) -> bool:
        w = obj if isinstance(obj, QWidget) else None
        while w is not None:
            if isinstance(w, Cover):
                return True
            w = w.parentWidget()
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not self.locked:
            if kind in _ACTIVITY:
                self.last_activity = self.clock()
            return False
        if kind == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            QTimer.singleShot(0, self._cover_all)  # a window that appeared while locked
            return False
        if kind in _INPUT and not self._inside_cover(obj):
            return True  # swallowed: nothing behind the lock can be used
        return False

    # ------------------------------------------------------------------ lock / unlock
    def _windows(self) -> list[QWidget]:
        out: list[QWidget] = [self.window]
        for w in QApplication.topLevelWidgets():
            if w is not self.window and w.isVisible() and isinstance(w, QDialog):
                out.append(w)
        return out

    def _prompt_host(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        return modal if modal is not None and modal.isVisible() else self.window

    def _cover_all(self) -> None:
        if not self.locked:
            return
        prompt_host = self._prompt_host()
        for w in self._windows():
            key = id(w)
            want_prompt = w is prompt_host
            cover = self.covers.get(key)
            if cover is not None and (cover.field is not None) != want_prompt:
                cover.hide()
                cover.deleteLater()
                cover = None
            if cover is None:
                cover = Cover(w, self, want_prompt)
                self.covers[key] = cover
                self._titles.setdefault(key, w.windowTitle())
                w.setWindowTitle(self.tr("Cramp Diary (locked)"))
            cover.show()
            cover.fit()
        host_cover = self.covers.get(id(prompt_host))
        if host_cover is not None and host_cover.field is not None:
            host_cover.field.setFocus()

    @property
    def prompt_cover(self) -> Cover | None:
        for c in self.covers.values():
            if c.field is not None:
                return c
        return None

    def lock(self) -> None:
        """Cover every window, close the diary's connections and forget the key."""
        from ..core import crypto

        if self.locked:
            return
        self.locked = True
        ctl = getattr(self.window, "ctl", None)
        if ctl is not None:
            reminders = getattr(self.window, "reminders", None)
            if reminders is not None:
                reminders.timer.stop()
            from .tasks import wait_for_workers

            wait_for_workers(30)  # a worker still reading finishes before the key goes
            ctl.close_reader()
            ctl.diary.close()
        crypto.lock()
        self._cover_all()
        self.locked_changed.emit(True)

    def show_start_prompt(self) -> None:
        """At start: the diary is encrypted and not yet open."""
        if not self.locked:
            self.locked = True
            self._cover_all()
            self.locked_changed.emit(True)

    @property
    def checking(self) -> bool:
        """A passphrase is being checked on a worker (the answer has not come back)."""
        return self._checking is not None and not self._checking.finished

    def try_unlock(self, secret: str) -> Any:
        """Check ``secret`` on a worker (the key derivation is slow on purpose); unlock when
        it is right, else say why on the cover.  Returns the ``tasks.Task`` (None when there
        was nothing to check)."""
        from ..core import crypto
        from ..core.errors import CrampDiaryError, InputError
        from .tasks import run_task

        cover = self.prompt_cover
        if not secret:
            if cover is not None:
                cover.error.setText(self.tr("Type the passphrase first."))
            return None
        if self.checking:
            return None
        db = self.db_path

        def work() -> bool:
            as_recovery = crypto.parse_recovery_key(secret) is not None
            crypto.unlock(db, passphrase=secret, recovery_key=secret if as_recovery else None)
            return True

        def answered() -> Cover | None:
            c = self.prompt_cover
            if c is not None:
                try:
                    c.set_checking(False)
                except RuntimeError:  # its widgets were already taken down
                    return None
            return c

        def done(_ok: bool) -> None:
            answered()
            self._unlock_done()

        def failed(exc: BaseException) -> None:
            c = answered()
            if isinstance(exc, InputError):
                text = self.tr("That passphrase is not right. Try again.")
            elif isinstance(exc, CrampDiaryError):
                text = str(exc)
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            if c is not None:
                c.error.setText(text)

        self._checking = run_task(work, done, failed)
        return self._checking

    def _unlock_done(self) -> None:
        self.locked = False
        for key, cover in list(self.covers.items()):
            host = cover.parentWidget()
            if host is not None:
                host.removeEventFilter(cover)
                if key in self._titles:
                    host.setWindowTitle(self._titles[key])
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        self._titles.clear()
        reminders = getattr(self.window, "reminders", None)
        if reminders is not None:
            reminders.timer.start()
        self.last_activity = self.clock()
        self.locked_changed.emit(False)
        pending, self.pending = self.pending, []
        for fn in pending:
            fn()
        self.unlocked.emit()

    def _quit(self) -> None:
        quit_app = getattr(self.window, "quit_app", None)
        if callable(quit_app):
            quit_app()
        else:
            QApplication.quit()


def install(window: Any, on_unlocked: Callable[[], None]) -> bool:
    """At start: True when the diary can be opened now; else the lock asks for the
    passphrase and calls ``on_unlocked`` once it is right."""
    from .. import paths
    from ..core import crypto

    db = paths.db_path()
    if not crypto.needs_unlock(db):
        return True
    lock = getattr(window, "app_lock", None)
    if lock is None:
        lock = AppLock(window, db)
        window.app_lock = lock
    lock.pending.append(on_unlocked)
    lock.show_start_prompt()
    return False


def start_idle_lock(window: Any, settings: Any) -> AppLock | None:
    """Once the diary is open: lock after the idle minutes (encrypted diaries only)."""
    from .. import paths
    from ..core import crypto

    db = paths.db_path()
    if not crypto.is_encrypted(db):
        return None
    lock = getattr(window, "app_lock", None)
    if lock is None:
        lock = AppLock(window, db)
        window.app_lock = lock
    lock.idle_minutes = getattr(settings, "lock_idle_minutes", 10)
    lock.start_idle_timer()
    return lock
