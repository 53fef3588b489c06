"""``crampdiary desktop-install``: a menu entry and an icon for this user.

Writes ``$XDG_DATA_HOME/applications/APP_ID.desktop`` (``~/.local/share`` when
the variable is unset or not absolute, as the XDG base directory spec says) and
the icon in every hicolor size.  The entry's ``Exec`` runs the ``crampdiary``
script installed beside this Python (else the one on ``PATH``, else this Python
with ``-m crampdiary``; in a bundle, the bundle's program), so the menu starts the
same program that was installed.  Running it twice
changes nothing the second time; ``--uninstall`` removes exactly what it wrote.
No Qt, no network.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .appinfo import APP_ID, DESKTOP_FILE, ICON_SIZES


def _tr(text: str) -> str:
    from .core.i18n import tr

    return tr("cli", text)


def xdg_data_home() -> Path:
    raw = os.environ.get("XDG_DATA_HOME", "")
    if raw and os.path.isabs(raw):
        return Path(raw)
    return Path.home() / ".local" / "share"


def _resources() -> Path:
    from . import paths

    return paths.resources_dir()


def exec_command() -> str:
    """The command line the menu entry runs (Exec quoting of the desktop entry spec)."""
    import shutil

    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the bundle's own program
        argv = [sys.executable]
    else:
        beside = Path(sys.executable).parent / ("crampdiary.exe" if os.name == "nt" else "crampdiary")
        found = str(beside) if beside.is_file() else shutil.which("crampdiary")
        argv = [found] if found else [sys.executable, "-m", "crampdiary"]

    def quote(arg: str) -> str:
        if all(c.isalnum() or c in "/._-+" for c in arg):
            return arg.replace("%", "%%")
        esc = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        return f'"{esc}"'.replace("%", "%%")

    return " ".join(quote(a) for a in argv) + " gui"


def desktop_entry_text() -> str:
    """The repository's entry with Exec/TryExec pointing at this installation."""
    src = (_resources() / "desktop" / DESKTOP_FILE).read_text(encoding="utf-8")
    import shlex

    cmd = exec_command()
    program = shlex.split(cmd.replace("%%", "%"))[0]
    out = []
    for line in src.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={cmd}"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        out.append(line)
    return "\n".join(out) + "\n"


def planned_files() -> list[tuple[Path, bytes]]:
    """(target, content) of every file ``desktop-install`` writes."""
    base = xdg_data_home()
    icons = _resources() / "icons" / "hicolor"
    files = [(base / "applications" / DESKTOP_FILE, desktop_entry_text().encode("utf-8"))]
    for size in ICON_SIZES:
        rel = Path(f"{size}x{size}") / "apps" / f"{APP_ID}.png"
        files.append((base / "icons" / "hicolor" / rel, (icons / rel).read_bytes()))
    rel = Path("scalable") / "apps" / f"{APP_ID}.svg"
    files.append((base / "icons" / "hicolor" / rel, (icons / rel).read_bytes()))
    return files


def _write(path: Path, data: bytes) -> bool:
    """Write if different; True when something changed.  Menu files are world-readable
    (0644): they hold no diary data, and desktop shells run as the same user anyway."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    from . import paths

    path.parent.mkdir(parents=True, exist_ok=True)
    with paths.atomic_target(path) as tmp:  # the program's one atomic write (0600)
        tmp.write_bytes(data)
    os.chmod(path, 0o644)
    return True


def _refresh_caches(base: Path) -> None:
    """Tell the desktop, when its tools are there; never required."""
    import shutil
    import subprocess

    for cmd in (["update-desktop-database", "-q", str(base / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", "-f", str(base / "icons" / "hicolor")]):
        if shutil.which(cmd[0]):
            try:
                subprocess.run(cmd, capture_output=True, timeout=30, check=False)
            except (OSError, subprocess.SubprocessError):
                pass


def install() -> list[Path]:
    changed = [p for p, data in planned_files() if _write(p, data)]
    if changed:
        _refresh_caches(xdg_data_home())
    return changed


def uninstall() -> list[Path]:
    removed = []
    for path, _ in planned_files():
        try:
            path.unlink()
            removed.append(path)
        except FileNotFoundError:
            pass
    if removed:
        _refresh_caches(xdg_data_home())
    return removed


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("desktop-install",
                       help="add Cramp Diary to this user's application menu, with its icon")
    p.add_argument("--uninstall", action="store_true",
                   help="remove the menu entry and icon that desktop-install wrote")


def cmd_desktop_install(ns: argparse.Namespace) -> int:
    if ns.uninstall:
        removed = uninstall()
        if removed:
            print(_tr("Removed the menu entry and the icon from {folder}.")
                  .format(folder=xdg_data_home()))
        else:
            print(_tr("Nothing to remove: no menu entry was installed in {folder}.")
                  .format(folder=xdg_data_home()))
        return 0
    changed = install()
    entry = xdg_data_home() / "applications" / DESKTOP_FILE
    if changed:
        from .core.i18n import ntr

        print(_tr("Installed the menu entry {entry} and the icon.").format(entry=entry))
        print(ntr("cli", "{n} file written.", "{n} files written.", len(changed)))
    else:
        print(_tr("The menu entry {entry} and the icon are already up to date.").format(entry=entry))
    return 0
