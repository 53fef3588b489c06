#!/usr/bin/env python3
"""Screenshots of every view, for the README and for looking at what we made.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--days 120]
                                          [--variant light|dark|1366x768|125|2x|all]
                                          [--lang de|es]

Fills a fresh, temporary data folder with ``crampdiary demo``, starts the app
under Xvfb (started here if there is no DISPLAY; falls back to the offscreen
platform if Xvfb is missing) with openbox as the window manager when it is
installed, and saves one PNG per view and per main dialog.  The variants:

* ``light``: every view and dialog at 1280×840 (the README's pictures);
* ``dark``: the night theme (``*-dark.png``), charts included;
* ``1366x768``: a 1366×768 screen, the window sized by the app itself, shot with
  the window manager's frame (``*-1366x768.png``);
* ``125``: the same screen at 125 % (``QT_SCALE_FACTOR=1.25``);
* ``2x``: a 2× screen (``QT_SCALE_FACTOR=2``, ``*-2x.png``);
* ``all`` (the default) runs each in its own process (Qt reads the scale once).

``--lang de`` (or ``es``) shoots Today and History in that language at 1280×840
(``today-de.png``, ``history-de.png``) and the first page of the report at 70 dpi
(``report-de.png``, by ``pdftoppm`` when it is installed).

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


VARIANTS = {  # name: (screen size, QT_SCALE_FACTOR, file-name suffix)
    "light": ("1400x900", None, ""),
    "dark": ("1400x900", None, "-dark"),
    "1366x768": ("1366x768", None, "-1366x768"),
    "125": ("1366x768", "1.25", "-1366x768-125"),
    "2x": ("2800x1800", "2", "-2x"),
}


def start_xvfb(size: str = "1400x900", display: str = ":97") -> list[subprocess.Popen[bytes]]:
    """Xvfb (and openbox, if installed) on ``display``; [] if there is a DISPLAY already."""
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return []
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            break
        time.sleep(0.1)
    os.environ["DISPLAY"] = display
    procs = [proc]
    if shutil.which("openbox"):
        procs.append(subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
        time.sleep(0.5)
    return procs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--days", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tz", help="time zone for the shots (e.g. America/New_York), so that "
                                 "'today' already has entries when the tool runs early in the day")
    ap.add_argument("--variant", default="all", choices=[*VARIANTS, "all"])
    ap.add_argument("--lang", choices=["de", "es"],
                    help="Today, History and the report's first page in this language")
    args = ap.parse_args()
    if args.lang:
        os.environ["CRAMPDIARY_LANG"] = args.lang
        args.variant = "light"
    if args.variant == "all":
        rc = 0
        for i, name in enumerate(VARIANTS):
            cmd = [sys.executable, __file__, "--variant", name, "--out", args.out,
                   "--days", str(args.days), "--seed", str(args.seed)]
            if args.tz:
                cmd += ["--tz", args.tz]
            env = dict(os.environ, SCREENSHOT_DISPLAY=f":{97 + i}")
            rc = subprocess.call(cmd, env=env) or rc
        return rc
    size, scale, suffix = VARIANTS[args.variant]
    if args.lang:
        suffix = f"-{args.lang}"
    if scale:
        os.environ["QT_SCALE_FACTOR"] = scale
    if args.tz:
        os.environ["TZ"] = args.tz
        time.tzset()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    data = Path(tempfile.mkdtemp(prefix="crampdiary-shots-"))
    os.environ["CRAMPDIARY_DATA_DIR"] = str(data)
    procs = start_xvfb(size, os.environ.get("SCREENSHOT_DISPLAY", ":97"))
    if os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    else:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return shoot(out, data, args.days, args.seed, args.variant, suffix, args.lang)
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait()
        shutil.rmtree(data, ignore_errors=True)


def root_shot(path: Path) -> bool:
    """The whole screen, window-manager frames included (ImageMagick's import)."""
    if not shutil.which("import") or not os.environ.get("DISPLAY"):
        return False
    return subprocess.call(["import", "-window", "root", str(path)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0


def shoot(out: Path, data: Path, days: int, seed: int, variant: str = "light",
          suffix: str = "", lang: str | None = None) -> int:
    from crampdiary.cli import run

    if run(["demo", "--days", str(days), "--seed", str(seed)]) != 0:
        print("demo failed", file=sys.stderr)
        return 1
    from datetime import timedelta

    from crampdiary.core import use_cases as uc
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
    if variant == "dark":
        from crampdiary.settings import load_settings, save_settings

        save_settings(load_settings().model_copy(update={"night_theme": True}))

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
    fitted = variant in ("1366x768", "125")
    if not fitted:  # the small screens keep the size the window chose for itself
        win.resize(1280, 840)
        win.move(20, 20)
    pump(500)
    saved = []
    wanted = {"today", "history"} if lang else None if variant == "light" else {
        "dark": {"today", "history", "insights", "dialog-cramp", "flags", "settings"},
        "1366x768": {"today", "dialog-cramp"},
        "125": {"today", "dialog-cramp"},
        "2x": {"today", "dialog-cramp", "insights"},
    }[variant]

    def save(widget, name: str) -> None:
        if wanted is not None and name not in wanted:
            return
        path = out / f"{name}{suffix}.png"
        if fitted:
            widget.raise_()
            widget.activateWindow()
            pump(400)
            if not root_shot(path):
                widget.grab().save(str(path))
        else:
            widget.grab().save(str(path))
        saved.append(f"{name}{suffix}")

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
        if kind == "cramp":
            dlg.muscle.by_value["calf"].setFocus()  # where the keyboard is
            pump(100)
        save(dlg, f"dialog-{kind}")
        dlg.done(0)  # not close(): that would ask before discarding the filled form

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
    if lang and shutil.which("pdftoppm"):
        pdf = data / "report.pdf"  # the data folder is thrown away afterwards
        if run(["report", "--out", str(pdf)]) == 0:
            stem = out / f"report-{lang}"
            subprocess.check_call(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", "1",
                                   "-l", "1", str(pdf), str(stem)])
            saved.append(f"report-{lang}")
    for name in saved:
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
