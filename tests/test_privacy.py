"""Issue 7: privacy.  No network access at all (the session-wide guard in conftest.py
records and refuses every attempt); the data folder is 0700 and every file the
program creates is 0600; nothing of the diary ends up in a log file."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ("ui_support",)  # the ctl fixture (an open diary with its controller)

from ui_support import done  # noqa: E402

SECRET = "SECRET-ÜBER-NOTE-7f3a 私の日記"


def _fill(cli) -> None:
    argvs = [
        ["log", "cramp", "--muscle", "calf", "--severity", "7", "--woke", "--note", SECRET,
         "--at", "2026-03-01T03:00", "--relief", "stretch", "--relief-score", "6"],
        ["log", "dose", "--drug", "tizanidine", "--amount", "4", "--at", "2026-03-01T08:00",
         "--note", SECRET],
        ["log", "dose", "--drug", "tizanidine", "--amount", "4", "--at", "2026-03-01T10:00"],
        ["log", "water", "--ml", "250", "--drink", "alcohol", "--at", "2026-03-01T09:00"],
        ["log", "stretch", "--minutes", "10", "--kind", SECRET, "--at", "2026-03-01T10:00"],
        ["log", "vitals", "--systolic", "150", "--diastolic", "95", "--pulse", "101",
         "--at", "2026-03-03T11:00"],
        ["log", "symptom", "--name", SECRET, "--severity", "3", "--at", "2026-03-01T12:00"],
    ]
    for argv in argvs:
        res = cli(*argv)
        assert res.rc == 0, (argv, res.err)


def test_the_guard_is_active(network_attempts):
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.01)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(OSError):
            s.connect(("192.0.2.1", 443))
    finally:
        s.close()
    assert len(network_attempts) == 2
    network_attempts.clear()


def test_no_network_across_every_command(cli, tmp_path: Path, network_attempts):
    out = tmp_path / "out"
    out.mkdir()
    assert cli("demo", "--days", "20", "--seed", "3").rc == 0
    _fill(cli)
    runs = [
        ["list"], ["list", "--json", "--kind", "dose"], ["warnings", "--at", "2026-03-04T12:00"],
        ["warnings", "--json"], ["next-dose", "tizanidine", "--at", "2026-03-01T12:00", "--json"],
        ["edit", "2", "--note", "changed"], ["delete", "3"],
        ["export", "--format", "csv", "--out", str(out / "csv")],
        ["export", "--format", "json", "--out", str(out / "d.json")],
        ["export", "--format", "fhir", "--out", str(out / "fhir.json")],
        ["import", str(out / "d.json")],
        ["report", "--out", str(out / "r.pdf"), "--name", "Test Patient"],
        ["insights", "--json"], ["backup"],
    ]
    for argv in runs:
        res = cli(*argv)
        assert res.rc == 0, (argv, res.err)
    assert network_attempts == []


def test_no_network_in_the_window(qtbot, ctl, network_attempts):
    """The main window, built on an open diary (it exists since issue 4)."""
    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.attach(ctl)
    done(ctl.log("water", {"at": "2026-03-01T08:00", "ml": 250}))
    assert network_attempts == []


def _modes(root: Path) -> dict[str, str]:
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            out[str(p.relative_to(root))] = oct(stat.S_IMODE(p.lstat().st_mode))
    return out


def test_data_folder_0700_and_every_file_0600(cli, data_dir: Path, tmp_path: Path, monkeypatch):
    """Even under a permissive umask, and with the diary open (so -wal and -shm exist)."""
    from crampdiary.core.db import open_diary

    old = os.umask(0o022)
    try:
        _fill(cli)
        assert cli("list").rc == 0  # the daily backup
        assert cli("backup").rc == 0
        out = tmp_path / "exports"
        out.mkdir()
        for argv in (["export", "--format", "csv", "--out", str(out / "csv")],
                     ["export", "--format", "json", "--out", str(out / "d.json")],
                     ["export", "--format", "fhir", "--out", str(out / "f.json")],
                     ["report", "--out", str(out / "r.pdf")],
                     ["backup", "--out", str(out / "copy.sqlite3")]):
            res = cli(*argv)
            assert res.rc == 0, (argv, res.err)
        # a crash log
        from crampdiary.core import describe

        with monkeypatch.context() as m:
            m.setattr(describe, "describe", lambda rec: 1 / 0)
            assert cli("list").rc == 1
        d = open_diary()
        try:
            from crampdiary.core.use_cases import log_entry

            log_entry(d, "water", {"at": "2026-03-01T08:00", "ml": 100}, with_flags=False)
            names = {Path(p).name for p in _modes(data_dir)}
            assert {"diary.sqlite3-wal", "diary.sqlite3-shm"} <= names
            modes = _modes(data_dir)
        finally:
            d.close()
    finally:
        os.umask(old)
    assert oct(stat.S_IMODE(data_dir.stat().st_mode)) == "0o700"
    kinds = {Path(p).parts[0] for p in modes}
    assert {"diary.sqlite3", "backups", "logs"} <= kinds
    for rel, mode in modes.items():
        want = "0o700" if (data_dir / rel).is_dir() else "0o600"
        assert mode == want, f"{rel} is {mode}"
    for rel, mode in _modes(out).items():
        if not (out / rel).is_dir():
            assert mode == "0o600", f"export {rel} is {mode}"


def test_command_line_process_creates_private_files(data_dir: Path):
    env = dict(os.environ, CRAMPDIARY_DATA_DIR=str(data_dir))
    for _ in range(2):
        res = subprocess.run([sys.executable, "-m", "crampdiary", "log", "water", "--ml", "200"],
                             env=env, capture_output=True, text=True, preexec_fn=lambda: os.umask(0))
        assert res.returncode == 0, res.stderr
    modes = _modes(data_dir)
    assert any(p.startswith("backups/") for p in modes)
    for rel, mode in modes.items():
        assert mode == ("0o700" if (data_dir / rel).is_dir() else "0o600"), (rel, mode)
    assert oct(stat.S_IMODE(data_dir.stat().st_mode)) == "0o700"


def test_crash_log_holds_nothing_of_the_diary(cli, data_dir: Path, monkeypatch):
    _fill(cli)
    from crampdiary.core import describe

    def buggy(rec):  # a bug whose message and locals carry diary text
        note = getattr(rec, "note", None) or ""
        raise ValueError(f"cannot describe {note!r} ({rec!r})")

    monkeypatch.setattr(describe, "describe", buggy)
    res = cli("list")
    assert res.rc == 1 and "Traceback" not in res.err
    logs = list((data_dir / "logs").iterdir())
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "buggy" in text  # useful for the developer ...
    assert SECRET not in text and "SECRET" not in text  # ... and private
    for word in ("calf", "tizanidine", "2026-03-01"):
        assert word not in text
    assert oct(stat.S_IMODE(logs[0].stat().st_mode)) == "0o600"
    # nothing else in the data folder holds diary text outside the database files
    for p in data_dir.rglob("*"):
        if p.is_file() and "sqlite3" not in p.name:
            assert SECRET.encode() not in p.read_bytes(), p


def test_no_log_file_in_normal_use(cli, data_dir: Path):
    _fill(cli)
    for argv in (["list"], ["warnings"], ["log", "water", "--ml", "-1"], ["edit", "999"]):
        cli(*argv)
    assert not (data_dir / "logs").exists() or list((data_dir / "logs").iterdir()) == []
