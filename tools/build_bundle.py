#!/usr/bin/env python3
"""Build a one-folder Cramp Diary that runs without installing Python.

    .venv/bin/pip install pyinstaller
    .venv/bin/python tools/build_bundle.py            # -> dist/crampdiary/
    .venv/bin/python tools/smoke_bundle.py            # run the built program once

The same script runs on Linux, Windows and macOS (PyInstaller builds for the system
it runs on; there is no cross-building).  The folder holds the program
(``crampdiary``, ``crampdiary.exe`` on Windows), the Python runtime, Qt and the
``resources`` folder (drug catalog, translations, icons, desktop entry), so the
command line and the window behave as after ``pip install .``.  On macOS an
``.app`` is made as well.  Nothing is signed or notarised: Windows SmartScreen and
macOS Gatekeeper will warn the first time (see the README).

Only the Qt modules the program uses are kept; the rest of PySide6 (QML, WebEngine,
3D, ...) is excluded to keep the folder small.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.crampdiary.CrampDiary"
# PySide6 modules the program never imports (keeps the bundle small).
EXCLUDE = [
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtBluetooth", "PySide6.QtPositioning",
    "PySide6.QtSql", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtUiTools", "PySide6.QtTest", "PySide6.QtConcurrent",
    "PySide6.QtDBus", "PySide6.QtQuickTest", "tkinter", "IPython", "pytest", "hypothesis",
]
# Imported lazily (inside functions), so PyInstaller's scan must be told.
HIDDEN = [
    "crampdiary.cli", "crampdiary.cli_desktop", "crampdiary.cli_i18n", "crampdiary.ui.app",
    "crampdiary.ui.translations", "crampdiary.report", "crampdiary.report.pdf",
    "crampdiary.charts", "PySide6.QtNetwork", "PySide6.QtPrintSupport", "PySide6.QtSvg",
    "appdirs", "reportlab.graphics.barcode.common", "scipy.stats",
]


def compile_qm(out: Path) -> list[Path]:
    """The window's .qm translations, when lrelease is at hand (else the .ts serve)."""
    sys.path.insert(0, str(ROOT))
    try:
        from hatch_build import find_lrelease
    except ImportError:  # hatchling missing: look for the tool directly
        exe = shutil.which("pyside6-lrelease", path=os.pathsep.join(
            [str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
        tool = [exe] if exe else None
    else:
        tool = find_lrelease()
    made = []
    if tool is None:
        return made
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        if subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)]).returncode == 0:
            made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default dist/)")
    ap.add_argument("--work", default=None, help="PyInstaller's work folder (default: temporary)")
    ns = ap.parse_args(argv)
    try:
        import PyInstaller.__main__ as pyi
    except ImportError:
        print("PyInstaller is not installed: .venv/bin/pip install pyinstaller", file=sys.stderr)
        return 2
    sep = os.pathsep  # PyInstaller's --add-data separator is ';' on Windows, ':' elsewhere
    work = Path(ns.work) if ns.work else Path(tempfile.mkdtemp(prefix="crampdiary-build-"))
    qm_dir = work / "qm"
    qm_dir.mkdir(parents=True, exist_ok=True)
    entry = work / "crampdiary_main.py"
    entry.write_text("import sys\nfrom crampdiary.__main__ import main\nsys.exit(main())\n",
                     encoding="utf-8")
    args = [str(entry), "--name", "crampdiary", "--onedir", "--noconfirm", "--clean",
            "--distpath", ns.dist, "--workpath", str(work / "build"),
            "--specpath", str(work), "--paths", str(ROOT / "src"),
            "--add-data", f"{ROOT / 'resources'}{sep}crampdiary/resources",
            "--collect-submodules", "crampdiary",
            ]
    for qm in compile_qm(qm_dir):
        args += ["--add-data", f"{qm}{sep}crampdiary/resources/i18n"]
    for mod in HIDDEN:
        args += ["--hidden-import", mod]
    for mod in EXCLUDE:
        args += ["--exclude-module", mod]
    system = platform.system()
    icon = program_icon(work, system)
    if icon is not None:
        args += ["--icon", str(icon)]
    if system == "Darwin":
        args += ["--osx-bundle-identifier", APP_ID, "--windowed"]  # also makes crampdiary.app
    # The console stays attached on Linux and Windows: the same program is the command line.
    print("pyinstaller " + " ".join(args))
    pyi.run(args)
    folder = Path(ns.dist) / "crampdiary"
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"built {folder} ({size / 2**20:.0f} MiB in {len(files)} files)")
    if not ns.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def program_icon(work: Path, system: str) -> Path | None:
    """The program's icon for Windows (.ico) and macOS (.icns), made from the hicolor
    PNGs with Pillow (a matplotlib dependency); Linux uses the desktop entry's icon."""
    if system not in ("Windows", "Darwin"):
        return None
    try:
        from PIL import Image
    except ImportError:
        return None
    png = ROOT / "resources" / "icons" / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png"
    img = Image.open(png)
    if system == "Windows":
        out = work / "crampdiary.ico"
        img.save(out, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    else:
        out = work / "crampdiary.icns"
        img.save(out)
    return out


if __name__ == "__main__":
    sys.exit(main())
