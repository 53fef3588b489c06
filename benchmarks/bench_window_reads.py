#!/usr/bin/env python3
"""How long each read of the window holds the UI thread, on a large diary.

    CRAMPDIARY_DATA_DIR=/tmp/w10 QT_QPA_PLATFORM=offscreen \
        .venv/bin/python benchmarks/bench_window_reads.py [--repeat 7]

Builds the MainWindow offscreen on the diary of ``CRAMPDIARY_DATA_DIR`` (make one with
``crampdiary --data-dir /tmp/w10 demo --days 3652``) and times, with
``time.perf_counter``, the part of each refresh that runs on the UI thread (work
handed to a worker is not counted: the UI thread is free meanwhile).  Prints the
median of ``--repeat`` runs in milliseconds.  Nothing here is a timed test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ns = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from crampdiary.core.db import open_diary
    from crampdiary.settings import Settings
    from crampdiary.ui import tasks
    from crampdiary.ui.controller import DiaryController
    from crampdiary.ui.main_window import MainWindow

    diary = open_diary()
    ctl = DiaryController(diary, Settings(disclaimer_accepted=True, remind_doses=True,
                                          remind_water=True), watch=False)
    win = MainWindow()
    win.attach(ctl)
    win.show()

    def settle() -> None:
        tasks.wait_for_workers(60)
        app.processEvents()
        tasks.wait_for_workers(60)
        app.processEvents()

    settle()

    def timed(name: str, fn: Callable[[], object]) -> None:
        runs = []
        for _ in range(ns.repeat):
            t0 = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - t0) * 1000)
            settle()
        print(f"{name:34s} {statistics.median(runs):8.1f} ms  (min {min(runs):.1f})")

    from crampdiary.ui.people import EveryoneTodayDialog
    from crampdiary.ui.reminders import Reminders

    def history_refresh() -> None:
        win.tabs.setCurrentIndex(1)
        win.history.refresh()

    def history_page() -> None:
        win.history.model.fetchMore()

    def history_search() -> None:
        win.history.model.set_filter(None, None, None, "calf")

    def history_kind() -> None:
        win.history.model.set_filter("dose", None, None, "")

    def everyone() -> None:
        dlg = EveryoneTodayDialog(ctl, win)
        dlg.deleteLater()

    rem = Reminders(ctl)
    timed("Today refresh", win.today.refresh)
    timed("History refresh (first page)", history_refresh)
    timed("History next page", history_page)
    timed("History search 'calf' (10 years)", history_search)
    timed("History filter: doses", history_kind)
    win.history.model.set_filter(None, None, None, "")
    timed("Medicines refresh", win.medicines.refresh)
    timed("People switcher reload", win.people_switcher.reload)
    timed("Everyone today dialog", everyone)
    timed("Reminders check", rem.check)
    timed("Quick-cramp defaults", lambda: __import__(
        "crampdiary.ui.today", fromlist=["x"]).quick_cramp_defaults(ctl.diary,
                                                                    __import__("crampdiary.core.timeutil", fromlist=["x"]).now_utc()))

    def insights() -> None:
        win.tabs.setCurrentIndex(3)
        if win.insights is not None and hasattr(win.insights, "refresh"):
            win.insights.refresh()

    timed("Insights refresh (UI part)", insights)

    def report_preview() -> None:
        from crampdiary.ui.report_dialog import ReportDialog

        dlg = ReportDialog(ctl.diary, win)
        dlg.refresh_preview()
        dlg.deleteLater()

    timed("Report dialog open + preview", report_preview)

    # Switching person and restoring while Insights computes on a worker: how long the
    # UI thread is held by the call itself, and how long until the switch is done.
    def busy_then(call: Callable[[], object]) -> tuple[float, float]:
        win.tabs.setCurrentIndex(3)
        win.insights.refresh()  # a worker reads ten years meanwhile
        t0 = time.perf_counter()
        got = call()
        held = time.perf_counter() - t0
        while getattr(got, "finished", True) is False:
            if got.future is not None:  # type: ignore[attr-defined]
                got.future.result(60)  # type: ignore[attr-defined]  # (an idle loop sleeps)
            app.processEvents()
        settle()
        return held * 1000, (time.perf_counter() - t0) * 1000

    def person_call() -> object:
        name = "Mum" if ctl.diary.person.name == "me" else "me"
        return ctl.set_person(name)

    from crampdiary import paths
    from crampdiary.core.backups import make_backup

    backup = make_backup(ctl.diary.path, paths.backup_dir(), "manual")
    for name, call, n in (("Switch person during Insights", person_call, ns.repeat),
                          ("Restore during Insights", lambda: ctl.restore(backup), 3)):
        held, total = zip(*(busy_then(call) for _ in range(n)), strict=True)
        print(f"{name:34s} {statistics.median(held):8.1f} ms UI thread held; "
              f"{statistics.median(total):.0f} ms until done")
    settle()
    ctl.undo_stack.clear()
    ctl.close_reader()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
