"""The two kinds of error in the window.

* A bug: the excepthook (installed first thing) saves the traceback to the log
  folder and shows the crash dialog.  The log holds the program's own frames
  and the exception type only: no exception text, no local variables, so no
  diary content ends up in it.
* The user's environment (``EnvironmentProblem``: locked, full disk, corrupt,
  too new): a plain message with a way forward.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from .. import __version__, paths


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    import platform
    import traceback

    lines = [
        f"Cramp Diary {__version__} crash report",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        "Traceback (most recent call last; exception text left out to keep diary content out "
        "of this file):",
    ]
    for fs in traceback.extract_tb(tb):
        lines.append(f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}')
        if fs.line:
            lines.append(f"    {fs.line}")
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
    try:
        from PySide6 import __version__ as pyside_version

        lines.append(f"PySide6 {pyside_version}")
    except ImportError:  # pragma: no cover
        pass
    return "\n".join(lines) + "\n"


def save_crash_log(exc_type: type[BaseException], tb: TracebackType | None) -> Path | None:
    try:
        from datetime import datetime, timezone

        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        path = paths.log_dir() / f"crash-{stamp}.log"
        paths.write_private(path, crash_report(exc_type, tb).encode("utf-8"))
        return path
    except Exception:  # noqa: BLE001  (a failing log must not hide the crash)
        return None


_showing = False
shown: list[tuple[str, Any]] = []  # what was shown (for tests)


def show_environment_problem(exc: Any, parent: Any = None) -> None:
    from . import messages

    shown.append(("environment", exc))
    messages.warning(parent, "Cramp Diary", exc.message, exc.hint)


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    global _showing
    from ..core.errors import EnvironmentProblem

    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(exc, EnvironmentProblem):
        if app is not None and not _showing:
            _showing = True
            try:
                show_environment_problem(exc)
            finally:
                _showing = False
        else:
            print(f"Cramp Diary: {exc}", file=sys.stderr)
        return
    path = save_crash_log(exc_type, tb)
    print(f"Cramp Diary hit a bug ({exc_type.__name__}); details saved to {path}", file=sys.stderr)
    shown.append(("crash", path))
    if app is None or _showing:
        return
    _showing = True
    try:
        show_crash_dialog(exc_type, path)
    finally:
        _showing = False


def show_crash_dialog(exc_type: type[BaseException], path: Path | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "Cramp Diary: something went wrong",
                      "Cramp Diary hit a bug. Your diary is safe: every entry is saved the moment "
                      "you press Save, so nothing you saved before this is lost.")
    box.setInformativeText(
        (f"The technical details were saved to:\n{path}\n\n" if path else "")
        + "They contain no diary entries. If this keeps happening, please send that file "
          "to the developers. You can keep working or close the program.")
    if path is not None:
        try:
            box.setDetailedText(path.read_text(encoding="utf-8"))
        except OSError:
            pass
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = excepthook
