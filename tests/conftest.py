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
# English unless a test asks for another language (a German or Spanish machine locale
# would otherwise change the words that tests compare).
os.environ["CRAMPDIARY_LANG"] = "en"
# A safety net: if a test ever loses its data folder (e.g. monkeypatch.undo() also undoes
# the data_dir fixture), the per-user default folder is a throwaway one, never the real one.
os.environ["XDG_DATA_HOME"] = __import__("tempfile").mkdtemp(prefix="crampdiary-xdg-")

import pytest  # noqa: E402

# The window tests import helpers (done, submit) from ui_support at module level.
pytest.register_assert_rewrite("ui_support")

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


NETWORK_ATTEMPTS: list[str] = []


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Health data stays on the machine: in the whole test session, every attempt to
    reach the network is recorded and refused (local AF_UNIX sockets stay allowed)."""
    import socket

    unix = getattr(socket, "AF_UNIX", None)
    real = (socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto,
            socket.create_connection, socket.getaddrinfo)

    def refuse(what: str):  # type: ignore[no-untyped-def]
        NETWORK_ATTEMPTS.append(what)
        raise ConnectionRefusedError(f"no network access in Cramp Diary's tests ({what})")

    def connect(self, address):  # type: ignore[no-untyped-def]
        return real[0](self, address) if self.family == unix else refuse(f"connect {address!r}")

    def connect_ex(self, address):  # type: ignore[no-untyped-def]
        return real[1](self, address) if self.family == unix else refuse(f"connect {address!r}")

    def sendto(self, *args):  # type: ignore[no-untyped-def]
        return real[2](self, *args) if self.family == unix else refuse(f"sendto {args[-1]!r}")

    def create_connection(address, *args, **kwargs):  # type: ignore[no-untyped-def]
        return refuse(f"create_connection {address!r}")

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host in (None, "", "localhost", "127.0.0.1", "::1"):
            return real[4](host, *args, **kwargs)
        return refuse(f"getaddrinfo {host!r}")

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign]
    socket.create_connection = create_connection  # type: ignore[assignment]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    yield
    (socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto,  # type: ignore[method-assign]
     socket.create_connection, socket.getaddrinfo) = real


@pytest.fixture
def network_attempts() -> list[str]:
    """The network accesses attempted so far in this test (see ``_no_network``)."""
    NETWORK_ATTEMPTS.clear()
    return NETWORK_ATTEMPTS


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
