"""Package-time step: compile resources/i18n/*.ts into Qt's .qm with lrelease.

The wheel gets ``crampdiary/resources/i18n/crampdiary_LANG.qm`` beside the ``.ts``
it was built from.  ``lrelease`` is looked for as ``pyside6-lrelease`` or
``lrelease`` on PATH and beside this Python, and inside an importable PySide6.
When none is there (a build in an isolated environment without PySide6), or for
an editable install, nothing is compiled and nothing fails: the window then serves
the ``.ts`` file itself (``crampdiary/ui/translations.py``), and the command line
and the report always read the ``.ts`` (``crampdiary/core/i18n.py``).  So every
install has every language; the ``.qm`` only makes the window's lookups native.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def find_lrelease() -> list[str] | None:
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    for name in ("pyside6-lrelease", "lrelease"):
        exe = shutil.which(name, path=path)
        if exe:
            return [exe]
    try:
        import PySide6  # noqa: F401

        folder = Path(PySide6.__file__).parent
        for cand in (folder / "lrelease", folder / "lrelease.exe",
                     folder / "Qt" / "libexec" / "lrelease"):
            if cand.is_file():
                return [str(cand)]
    except ImportError:
        pass
    return None


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / "resources" / "i18n").glob("*.ts"))
        tool = find_lrelease()
        if not sources:
            return
        if tool is None:
            self.app.display_warning("lrelease not found: the wheel ships the .ts files only "
                                     "(the window reads them directly)")
            return
        out = Path(tempfile.mkdtemp(prefix="crampdiary-qm-"))
        self._out = out
        for ts in sources:
            qm = out / (ts.stem + ".qm")
            res = subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)],
                                 capture_output=True, text=True)
            if res.returncode != 0 or not qm.is_file():
                self.app.display_warning(f"lrelease failed on {ts.name}: {res.stderr.strip()}")
                continue
            build_data["force_include"][str(qm)] = f"crampdiary/resources/i18n/{qm.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
