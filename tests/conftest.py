"""Shared test set-up: offscreen Qt, a fresh data folder per test, a CLI runner."""

from __future__ import annotations

import io
import os
import time
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CRAMPDIARY_DATA_DIR", None)

import pytest  # noqa: E402

from crampdiary import paths  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty data folder and a fixed time zone."""
    d = tmp_path / "data"
    monkeypatch.setenv("CRAMPDIARY_DATA_DIR", str(d))
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    paths.set_data_dir(None)
    yield d
    paths.set_data_dir(None)


@pytest.fixture(autouse=True, scope="session")
def _restore_tz():
    yield
    time.tzset()


@dataclass
class Result:
    rc: int
    out: str
    err: str

    def json(self):  # type: ignore[no-untyped-def]
        import json

        return json.loads(self.out)


def run_cli(*argv: str) -> Result:
    from crampdiary.cli import run

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = run([str(a) for a in argv])
    return Result(rc, out.getvalue(), err.getvalue())


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def diary(data_dir: Path):
    from crampdiary.core.db import open_diary

    d = open_diary()
    yield d
    d.close()
