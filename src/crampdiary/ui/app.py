"""Starting the desktop app.

Order matters: the excepthook goes in first; then the single-instance check
(a second launch on the same data folder raises the running window and exits);
then the window shell is shown; only then is the diary opened (in a worker,
which also imports the storage layer), and the views are built on it.
Problems with the user's environment (a damaged, locked or too-new diary) get a
plain message with a way forward instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from .errors import install_excepthook


def instance_key(prefix: str | None = None) -> str:
    """One name per user and data folder (two different diaries may run side by side),
    under the application id (``prefix``: 0.1.0 used ``crampdiary``)."""
    from .. import paths
    from ..appinfo import APP_ID

    folder = str(paths.data_dir())
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    import zlib

    raw = f"{user}\0{folder}".encode()
    return f"{prefix or APP_ID}-{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"


def _lock_path() -> Any:
    from .. import paths

    return paths.data_dir() / "window.lock"


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there; let the socket decide
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def maybe_running() -> bool:
    """Cheap first check (no QtNetwork): does a live process hold this folder's window lock?"""
    try:
        pid = int(_lock_path().read_text(encoding="ascii").strip() or "0")
    except (OSError, ValueError):
        return False
    return pid > 0 and pid != os.getpid() and _pid_alive(pid)


def notify_running_instance(key: str, timeout_ms: int = 500) -> bool:
    """If another window runs on this data folder, ask it to come forward; True if it did."""
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(key)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(b"raise\n")
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True


class InstanceServer:
    """Listens for later launches and brings the window forward."""

    def __init__(self, key: str, window: Any) -> None:
        from PySide6.QtNetwork import QLocalServer

        self.window = window
        self.server = QLocalServer()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(key):
            QLocalServer.removeServer(key)  # a stale socket from a crashed run
            self.server.listen(key)
        self.server.newConnection.connect(self._connection)
        try:
            from .. import paths

            paths.write_private(_lock_path(), str(os.getpid()).encode("ascii"))
        except OSError:
            pass

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.disconnected.connect(sock.deleteLater)
            self.window.bring_forward()

    def close(self) -> None:
        self.server.close()
        try:
            if _lock_path().read_text(encoding="ascii").strip() == str(os.getpid()):
                _lock_path().unlink()
        except (OSError, ValueError):
            pass


def _open(window: Any) -> None:
    """Open the diary in a worker; build the views when it is open."""
    from .lock import install as install_lock
    from .tasks import run_task

    if not install_lock(window, lambda: _open(window)):
        return  # encrypted: the lock asks for the passphrase first, then opens

    def work() -> Any:
        from ..core.db import open_diary
        from ..settings import load_settings

        return open_diary(), load_settings()

    run_task(work, lambda res: _opened(window, *res), lambda exc: _open_failed(window, exc))


def _opened(window: Any, diary: Any, settings: Any) -> None:
    from .controller import DiaryController

    ctl = DiaryController(diary, settings)
    window.attach(ctl)
    from .lock import start_idle_lock

    start_idle_lock(window, settings)
    if not settings.disclaimer_accepted and not os.environ.get("CRAMPDIARY_SKIP_FIRST_RUN"):
        from PySide6.QtWidgets import QApplication, QDialog

        from .first_run import FirstRunDialog

        dlg = FirstRunDialog(ctl, window)
        if dlg.exec() != QDialog.DialogCode.Accepted and not ctl.settings.disclaimer_accepted:
            window.quit_app()
            QApplication.quit()


def _open_failed(window: Any, exc: BaseException) -> str:
    """A diary that cannot be opened: say why and offer a way forward.

    Returns what was done: "restored", "retry", "quit" or "bug".
    """
    from PySide6.QtWidgets import QApplication

    from .. import paths
    from ..core.errors import DatabaseCorrupt, DatabaseTooNew, EnvironmentProblem
    from . import messages

    if not isinstance(exc, EnvironmentProblem):
        sys.excepthook(type(exc), exc, exc.__traceback__)
        window.loading_label.setText(window.tr("The diary could not be opened."))
        return "bug"
    tr = window.tr
    good = None
    options: list[tuple[str, str]] = []
    if isinstance(exc, DatabaseCorrupt):
        from ..core.backups import latest_good_backup

        good = latest_good_backup(paths.backup_dir())
        if good is not None:
            details = tr("The most recent good backup is {name}. Restoring it replaces the "
                         "damaged file (which is kept as a copy). Entries made after that backup "
                         "would have to be logged again.").format(name=good.name)
            options.append(("restore", tr("Restore that backup")))
        else:
            details = tr("No good backup was found in {f}. You can start Cramp Diary with "
                         "another data folder (--data-dir).").format(f=paths.backup_dir())
    elif isinstance(exc, DatabaseTooNew):
        details = exc.hint or tr("Install the newer version to open it.")
    else:
        details = exc.hint
        options.append(("retry", tr("Try again")))
    options.append(("quit", tr("Quit")))
    i = messages.choose(window, tr("Cramp Diary"), exc.message, details, [o[1] for o in options])
    action = options[i][0] if 0 <= i < len(options) else "quit"
    if action == "restore" and good is not None:
        from ..core.restore import restore

        try:
            restore(paths.db_path(), good)
        except EnvironmentProblem as err:
            return _open_failed(window, err)
        except OSError as err:
            return _open_failed(window, EnvironmentProblem(
                tr("The backup could not be restored."), str(err.strerror or err)))
        _open(window)
        return "restored"
    if action == "retry":
        _open(window)
        return "retry"
    window.loading_label.setText(tr("The diary could not be opened."))
    QApplication.quit()
    return "quit"


def launch(argv: list[str] | None = None) -> tuple[Any, Any]:
    """Create the application and show the window; returns (app, window), or (app, None)
    when another window on the same data folder was brought forward instead."""
    install_excepthook()
    from PySide6.QtWidgets import QApplication

    from .. import appinfo
    from .qtargs import PENDING

    app = QApplication.instance() or QApplication(
        argv if argv is not None else sys.argv[:1] + list(PENDING))
    # One id everywhere (appinfo.py).  QSettings' own store is not used (window.ini sits in
    # the data folder by path), so the new organisation/application names lose nothing.
    app.setOrganizationName(appinfo.ORGANIZATION)
    app.setOrganizationDomain(appinfo.ORGANIZATION_DOMAIN)
    app.setApplicationName(appinfo.APPLICATION)
    app.setDesktopFileName(appinfo.APP_ID)
    from .translations import install_translators

    install_translators(app)
    key = instance_key()
    # QtNetwork is loaded before the window only when another window may be running;
    # a window of version 0.1.0 listens under its old name.
    if maybe_running() and (notify_running_instance(key)
                            or notify_running_instance(instance_key(appinfo.LEGACY_SOCKET_PREFIX))):
        return app, None
    from .main_window import MainWindow

    app.setQuitOnLastWindowClosed(False)  # the tray may keep us running; quit is explicit
    window = MainWindow()
    window.closed.connect(app.quit)
    window.instance_server = None  # type: ignore[attr-defined]
    # Listen for later launches and open the diary only once the window is on
    # screen: the worker's imports would otherwise compete with the first paint.
    window.first_painted.connect(lambda: _after_first_paint(window, key))
    window.show()
    return app, window


def _after_first_paint(window: Any, key: str) -> None:
    if getattr(window, "_opening", False):
        return
    window._opening = True
    from PySide6.QtCore import QTimer

    window.instance_server = InstanceServer(key, window)
    QTimer.singleShot(0, lambda: _open(window))


def run_gui() -> int:
    app, window = launch()
    if window is None:
        print("Cramp Diary is already open; its window was brought forward.", file=sys.stderr)
        return 0
    rc = app.exec()
    if window.instance_server is not None:
        window.instance_server.close()
    if window.ctl is not None:
        from .tasks import wait_for_workers

        wait_for_workers()
        window.ctl.close_reader()
        window.ctl.diary.close()
    return int(rc)
