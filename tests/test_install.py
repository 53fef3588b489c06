"""Issue 2: a plain (non-editable) install finds resources/ from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_non_editable_install_finds_resources(tmp_path):
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
         str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    installed = target / "crampdiary"
    assert (installed / "resources" / "catalog.json").is_file()
    env = {**os.environ, "PYTHONPATH": str(target), "CRAMPDIARY_DATA_DIR": str(tmp_path / "d")}
    code = ("import crampdiary, crampdiary.paths as p; "
            "print(crampdiary.__file__); print(p.resources_dir())")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    mod_file, res_dir = out.stdout.split()
    assert mod_file.startswith(str(target))
    assert res_dir.startswith(str(target))
    # and the installed command line resolves a brand name through that catalog
    run = subprocess.run([sys.executable, "-m", "crampdiary", "log", "dose", "--drug", "ZANAFLEX",
                          "--amount", "2"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    lst = subprocess.run([sys.executable, "-m", "crampdiary", "list", "--json"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=120)
    assert '"drug": "tizanidine"' in lst.stdout
