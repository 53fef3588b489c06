"""Qt's own command-line options (``-style Fusion``, ``-platform xcb``, ``-reverse`` …).

``take()`` removes them from the front of the command line (and right after ``gui``)
before our parser sees them, and keeps them for ``QApplication``.  Pure Python: the
command line imports this without loading Qt.
"""

from __future__ import annotations

# Options that take a value, and options that stand alone (Qt's QGuiApplication and
# QApplication documentation).  Both '-style Fusion' and '-style=Fusion' are accepted.
WITH_VALUE = frozenset({
    "-style", "-stylesheet", "-platform", "-platformpluginpath", "-platformtheme", "-plugin",
    "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-geometry", "-title", "-display",
    "-session", "-qmljsdebugger", "-font", "-fn", "-name", "-icon", "-screen",
})
FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync", "-qwindowtoplevel"})

PENDING: list[str] = []  # what the next QApplication gets after the program name


def _is_qt(token: str) -> tuple[bool, bool]:
    """(is a Qt option, needs the next token as its value)."""
    name, eq, _ = token.partition("=")
    if name in WITH_VALUE:
        return True, not eq
    if token in FLAGS:
        return True, False
    return False, False


def take(argv: list[str]) -> list[str]:
    """``argv`` without the Qt options at its front (or right after ``gui``); they go to
    ``PENDING``.  A value-taking option without its value is left for our parser to refuse."""
    out: list[str] = []
    taken: list[str] = []
    i = 0
    scanning = True
    while i < len(argv):
        tok = argv[i]
        if scanning:
            is_qt, needs = _is_qt(tok)
            if is_qt and (not needs or i + 1 < len(argv)):
                taken.extend(argv[i:i + (2 if needs else 1)])
                i += 2 if needs else 1
                continue
            if tok == "gui" or tok.startswith("--data-dir"):
                out.append(tok)
                if tok == "--data-dir" and i + 1 < len(argv):
                    out.append(argv[i + 1])
                    i += 1
                i += 1
                continue
            scanning = False
        out.append(tok)
        i += 1
    PENDING[:] = taken
    return out
