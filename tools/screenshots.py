#!/usr/bin/env python3
"""Screenshots of every view, for the README and for looking at what we made.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--days 120]

Fills a fresh, temporary data folder with ``crampdiary demo``, starts the app
under Xvfb (started here if there is no DISPLAY; falls back to the offscreen
platform if Xvfb is missing) and saves one PNG per view and per main dialog.
The demo diary is thrown away afterwards.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    display = ":97"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            break
        time.sleep(0.1)
    os.environ["DISPLAY"] = display
    return proc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--days", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tz", help="time zone for the shots (e.g. America/New_York), so that "
                                 "'today' already has entries when the tool runs early in the day")
    args = ap.parse_args()
    if args.tz:
        os.environ["TZ"] = args.tz
        time.tzset()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    data = Path(tempfile.mkdtemp(prefix="crampdiary-shots-"))
    os.environ["CRAMPDIARY_DATA_DIR"] = str(data)
    xvfb = start_xvfb()
    if os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    else:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return shoot(out, data, args.days, args.seed)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(data, ignore_errors=True)


def shoot(out: Path, data: Path, days: int, seed: int) -> int:
    from crampdiary.cli import run

    if run(["demo", "--days", str(days), "--seed", str(seed)]) != 0:
        print("demo failed", file=sys.stderr)
        return 1
    from datetime import timedelta

    from crampdiary.core import diary as uc
    from crampdiary.core.db import open_diary
    from crampdiary.core.timeutil import now_utc

    d = open_diary()
    if not uc.list_medicines(d):
        uc.save_medicine(d, {"name": "Zanaflex", "usual_amount": 4, "form": "tablet",
                             "with_food": True, "schedule": "08:00;14:00;21:00"})
    # a red flag yesterday, so the banner shows in the screenshot
    uc.log_entry(d, "cramp", {"at": now_utc().replace(microsecond=0) - timedelta(hours=20),
                              "muscle": "thigh-back", "side": "left", "severity": 8,
                              "red_flags": ["dark-urine"], "duration_s": 600})
    d.close()
    os.environ["CRAMPDIARY_SKIP_FIRST_RUN"] = "1"

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QListWidget

    from crampdiary.ui.app import launch

    app, win = launch(["crampdiary"])
    assert win is not None

    def pump(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    deadline = time.monotonic() + 60
    while (win.ctl is None or win.today.busy) and time.monotonic() < deadline:
        pump(50)
    win.resize(1280, 840)
    win.move(20, 20)
    pump(500)
    saved = []

    def save(widget, name: str) -> None:
        widget.grab().save(str(out / f"{name}.png"))
        saved.append(name)

    from crampdiary.ui import tasks

    def settle(budget_s: float = 30.0) -> None:
        """Until the workers have been idle for half a second (charts, findings, flags)."""
        end, idle = time.monotonic() + budget_s, 0.0
        while time.monotonic() < end and idle < 0.5:
            pump(100)
            quiet = not tasks.busy() and (win.insights is None or getattr(win.insights, "idle", True))
            idle = idle + 0.1 if quiet else 0.0

    for i, name in enumerate(("today", "history", "medicines", "insights")):
        win.tabs.setCurrentIndex(i)
        settle()
        if name == "insights":
            lists = [w for w in win.insights.findChildren(QListWidget) if w.count()]
            if lists:  # show the chart of the first finding
                lists[0].setCurrentRow(0)
                settle()
        save(win, name)
    win.tabs.setCurrentIndex(0)
    pump()

    from crampdiary.ui.entry_dialogs import entry_dialog

    for kind in ("cramp", "dose"):
        dlg = entry_dialog(win.ctl, kind, None, win, **({"drug": "tizanidine"} if kind == "dose" else {}))
        if kind == "cramp":
            dlg.muscle.by_value["calf"].click()
            dlg.side.by_value["right"].click()
            dlg.severity.set_value(6)
            dlg.duration.setText("2m")
            dlg.relief["stretch"].setChecked(True)
            dlg.relief_score.setCurrentIndex(dlg.relief_score.findData(7))
            dlg.woke.setChecked(True)
        else:
            dlg.amount.setValue(0)
            dlg.save()  # show how a refused field is marked
        dlg.show()
        pump()
        save(dlg, f"dialog-{kind}")
        dlg.close()

    from crampdiary.ui.settings_dialog import SettingsDialog

    sd = SettingsDialog(win.ctl, win)
    sd.show()
    pump()
    save(sd, "settings")
    sd.close()

    rows = win.today.flag_rows
    if rows:
        fd = win.show_flags(rows[0].group[:3], "What the diary noticed")
        pump()
        save(fd, "flags")
        fd.close()

    from crampdiary.ui.first_run import FirstRunDialog

    fr = FirstRunDialog(win.ctl, win)
    fr.show()
    pump()
    save(fr, "first-run")
    fr.close()

    win.quit_app()
    QApplication.processEvents()
    for name in saved:
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
