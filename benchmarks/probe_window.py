"""Child process of benchmarks/run.py: start a window, note when it is first painted.

    python benchmarks/probe_window.py floor
    python benchmarks/probe_window.py app DATA_DIR [show|quicklog N|settle]

Both modes start the same way: this script, then PySide6, then ``QApplication.exec``
wrapped so that an application-wide event filter sees the first Paint event of a
widget in a QMainWindow.  At that moment it prints ``BENCH {"shown_s": ...}``: the
seconds since the parent's clock mark ``BENCH_T0`` (taken just before it started
this process), so interpreter start-up and every import are counted.

* ``floor``: a bare ``QMainWindow`` (what the toolkit itself costs);
* ``app``: the real program, ``crampdiary --data-dir DATA_DIR gui``, untouched
  (nothing in the program knows about this probe);
  - ``show`` (default): quit right after the first paint;
  - ``quicklog N``: let start-up work finish, then N times click the Today view's
    quick water button and wait until a label of the Today view is painted with
    a new text (the water total); prints the milliseconds of each;
  - ``settle``: let start-up work finish and visit every page of every tab or stack
    widget, so the peak memory (read by the parent) covers every view.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

T0 = float(os.environ.get("BENCH_T0", "0")) or time.time()
SPIN_S = 0.0002  # between processEvents calls while waiting: lets worker threads run


def _guard_none_refcount() -> None:
    """Keep ``None`` alive under PySide6 6.12.0 on Python < 3.12.

    That version loses one reference to ``None`` on every call
    of a method that returns nothing (``processEvents``, ``setText``...), and the
    process dies ("deallocating None") after some thousands.  The waiting loops
    below call ``processEvents`` often, so the probe gives ``None`` a large reserve
    first: the probe must not die of its own polling.  (On Python 3.12+ ``None`` is
    immortal and this is not needed.)"""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 30


_guard_none_refcount()


def emit(**values: object) -> None:
    print("BENCH " + json.dumps(values), flush=True)


def _is_today(w: QWidget | None) -> bool:
    """The Today view (the landing view): it has the quick water button."""
    while w is not None:
        if hasattr(w, "btn_water_small") and hasattr(w, "quick_water"):
            return True
        w = w.parentWidget()
    return False


class FirstPaint(QObject):
    """Notes the first paint of the main window ("shown") and of its Today view ("ready")."""

    def __init__(self, then: object, need_ready: bool) -> None:
        super().__init__()
        self.then = then
        self.need_ready = need_ready
        self.window: QMainWindow | None = None
        self.ready = False
        self.watch: QWidget | None = None
        self.before: dict[QLabel, str] = {}
        self.watch_painted = False

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if ev.type() != QEvent.Type.Paint or not isinstance(obj, QWidget):
            return False
        if self.window is None:
            win = obj.window()
            if isinstance(win, QMainWindow):
                self.window = win
                emit(shown_s=time.time() - T0, window=type(win).__name__)
                if not self.need_ready:  # the bare window has no Today view
                    self.ready = True
                    QTimer.singleShot(0, self.then)  # type: ignore[arg-type]
                    return False
                QTimer.singleShot(READY_TIMEOUT_MS, self._not_ready)
        if self.window is not None and not self.ready and obj.window() is self.window \
                and _is_today(obj):
            self.ready = True
            emit(ready_s=time.time() - T0)
            QTimer.singleShot(0, self.then)  # type: ignore[arg-type]
        elif self.watch is not None and isinstance(obj, QLabel) \
                and (obj is self.watch or self.watch.isAncestorOf(obj)) \
                and self.before.get(obj) != obj.text():
            # a label of the view painted with a new text (or a label that is new)
            self.watch_painted = True
        return False

    def _not_ready(self) -> None:
        if not self.ready:
            emit(ready_na=f"no Today view painted within {READY_TIMEOUT_MS} ms")
            _quit()


READY_TIMEOUT_MS = 60_000
PROBE: FirstPaint | None = None


def _wrap_exec(then: object, need_ready: bool = True) -> None:
    original = QApplication.exec

    def exec_(*_args: object) -> int:
        global PROBE
        app = QApplication.instance()
        PROBE = FirstPaint(then, need_ready)
        app.installEventFilter(PROBE)
        return original()

    QApplication.exec = exec_  # type: ignore[method-assign]
    if hasattr(QApplication, "exec_"):
        QApplication.exec_ = exec_  # type: ignore[attr-defined]


def _busy() -> bool:
    """Is the program still working in the background?  Its own ``ui.tasks.busy()``
    (worker threads and results on their way) if it has one, and Qt's thread pool."""
    tasks = sys.modules.get("crampdiary.ui.tasks")
    busy = getattr(tasks, "busy", None)
    if busy is not None and busy():
        return True
    return QThreadPool.globalInstance().activeThreadCount() > 0


def _settle(budget_s: float = 5.0, quiet_s: float = 0.25) -> None:
    """Process events until no background work is left for ``quiet_s`` (at most ``budget_s``)."""
    end = time.perf_counter() + budget_s
    idle_since: float | None = None
    while time.perf_counter() < end:
        QApplication.processEvents()
        now = time.perf_counter()
        if not _busy():
            idle_since = idle_since or now
            if now - idle_since >= quiet_s:
                return
        else:
            idle_since = None
        time.sleep(0.005)


def _peak_rss_kb() -> int | None:
    """Give the peak resident memory of the process since its exec (VmHWM).

    getrusage's ru_maxrss would also count the parent's memory, inherited by the
    fork before the exec; VmHWM belongs to this program image only.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _quit(code: int = 0) -> None:
    """Leave at once: what is measured is over, and the program's own shut-down
    (saving the window geometry, closing the diary) is not part of it."""
    emit(peak_rss_kb=_peak_rss_kb())
    # The one piece of shut-down kept: the single-instance socket, so no stale file is left.
    server = getattr(PROBE.window, "instance_server", None) if PROBE else None
    if server is not None and hasattr(server, "close"):
        server.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def then_quit() -> None:
    _quit()


def then_quicklog(n: int) -> None:
    assert PROBE is not None and PROBE.window is not None
    _settle()
    today = None
    for w in PROBE.window.findChildren(QWidget):
        if hasattr(w, "btn_water_small") and hasattr(w, "quick_water"):
            today = w
            break
    if today is None:
        emit(quicklog_na="no Today view with a quick water button")
        _quit()
    button = today.btn_water_small  # type: ignore[attr-defined]
    samples: list[float] = []
    settled: list[float] = []
    for _ in range(n):
        # Done when a label of the Today view is painted with a text it did not have
        # before the click (the water total): the new value is on the screen.
        PROBE.before = {lb: lb.text() for lb in today.findChildren(QLabel)}
        PROBE.watch, PROBE.watch_painted = today, False
        t0 = time.perf_counter()
        button.click()
        limit = t0 + 5.0
        while not PROBE.watch_painted and time.perf_counter() < limit:
            QApplication.processEvents()
            time.sleep(SPIN_S)
        if not PROBE.watch_painted:
            emit(quicklog_na="the Today view showed no new text within 5 s of the click")
            _quit()
        samples.append((time.perf_counter() - t0) * 1000)
        PROBE.watch = None
        # Then everything: background work done (flags, next-dose cards) and painted.
        while _busy() and time.perf_counter() < limit + 5.0:
            QApplication.processEvents()
            time.sleep(SPIN_S)
        for _ in range(3):
            QApplication.processEvents()
        settled.append((time.perf_counter() - t0) * 1000)
        _settle(budget_s=2.0, quiet_s=0.05)
    emit(quicklog_ms=samples, quicklog_all_ms=settled)
    _quit()


def then_settle() -> None:
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    assert PROBE is not None and PROBE.window is not None
    _settle()
    visited = 0
    for holder in PROBE.window.findChildren(QTabWidget) + PROBE.window.findChildren(QStackedWidget):
        for i in range(holder.count()):
            holder.setCurrentIndex(i)
            visited += 1
            _settle(budget_s=10.0)
    emit(visited=visited)
    _quit()


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "floor"
    if mode == "floor":
        _wrap_exec(then_quit, need_ready=False)
        app = QApplication(sys.argv[:1])
        win = QMainWindow()
        win.setWindowTitle("floor")
        win.resize(1000, 700)
        win.show()
        return app.exec()

    import importlib.util

    data_dir = argv[1]
    what = argv[2] if len(argv) > 2 else "show"
    if importlib.util.find_spec("crampdiary.ui.app") is None:
        emit(na="crampdiary.ui.app does not exist yet")
        return 3
    if what == "quicklog":
        n = int(argv[3]) if len(argv) > 3 else 5
        _wrap_exec(lambda: then_quicklog(n))
    elif what == "settle":
        _wrap_exec(then_settle)
    else:
        _wrap_exec(then_quit)
    from crampdiary.__main__ import main as crampdiary_main

    return crampdiary_main(["--data-dir", data_dir, "gui"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
