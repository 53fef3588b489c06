"""kill -9 during ``encrypt`` (and ``decrypt``) leaves either the old diary or the new one,
complete, never a mix and never a plain copy beside an encrypted diary once it is opened.

Deterministic: the program kills itself (SIGKILL) at a named step
(``CRAMPDIARY_TEST_KILL_AT``), or pauses there (``CRAMPDIARY_TEST_PAUSE_AT``) and the test
kills it from outside with SIGKILL; the steps are drawn at random with fixed seeds.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crampdiary.core import crypto

PASS = "kill me softly"
MARKER = "MARKER-kill-4411"
SQLITE = b"SQLite format 3\x00"
ENCRYPT_STEPS = ["staging", "backup-exported:0", "backup-exported:1", "backup-exported:2",
                 "diary-exported", "staged", "key-placed", "committed", "backup-moved:0",
                 "backup-moved:1", "backup-moved:2", "done"]
DECRYPT_STEPS = ["staging", "backup-exported:0", "backup-exported:2", "diary-exported",
                 "staged", "committed", "backup-moved:1", "done"]


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRAMPDIARY_")}
    env.update({"CRAMPDIARY_DATA_DIR": str(data_dir), "CRAMPDIARY_TEST_FAST_KDF": "1",
                "TZ": "Europe/Berlin"})
    env.update(extra)
    return env


def _cli(data_dir: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crampdiary", *argv], capture_output=True,
                          text=True, env=_env(data_dir, **env), timeout=120,
                          stdin=subprocess.DEVNULL)


def _make(data_dir: Path) -> None:
    from conftest import run_cli

    for i in range(3):
        assert run_cli("log", "cramp", "--muscle", "calf", "--severity", str(i + 3),
                       "--note", f"{MARKER}-{i}", "--at", f"2026-03-0{i + 1}T03:00").rc == 0
    assert run_cli("backup").rc == 0
    assert len(list((data_dir / "backups").iterdir())) == 3  # daily, monthly, manual


def _notes(data_dir: Path, **env: str) -> list[str]:
    import json

    res = _cli(data_dir, "list", "--json", **env)
    assert res.returncode == 0, res.stderr
    return [e["note"] for e in json.loads(res.stdout)]


def _check_state(data_dir: Path) -> str:
    """After the kill: the next command sees one whole diary, plain or encrypted."""
    db = data_dir / "diary.sqlite3"
    expected = [f"{MARKER}-{i}" for i in range(3)]
    if db.read_bytes()[:16] == SQLITE:
        state = "plain"
        assert _notes(data_dir) == expected
        assert not (data_dir / "diary.key.json").exists()
        assert not (data_dir / "backups" / "diary.key.json").exists()
        for p in (data_dir / "backups").iterdir():
            assert p.read_bytes()[:16] == SQLITE, p
            con = sqlite3.connect(p)
            assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            con.close()
    else:
        state = "encrypted"
        res = _cli(data_dir, "list")
        assert res.returncode == 2 and "passphrase" in res.stderr
        assert _notes(data_dir, CRAMPDIARY_PASSPHRASE=PASS) == expected
        for p in sorted(data_dir.rglob("*")):
            if p.is_file():
                assert MARKER.encode() not in p.read_bytes(), p
        for p in (data_dir / "backups").glob("*.sqlite3"):
            assert p.read_bytes()[:16] != SQLITE, p
        assert (data_dir / "backups" / "diary.key.json").exists()
    assert not (data_dir / crypto.STAGING).exists()
    assert len([p for p in (data_dir / "backups").iterdir() if "manual" in p.name]) == 1
    return state


def _expect(step: str, op: str) -> str:
    steps = ENCRYPT_STEPS if op == "encrypt" else DECRYPT_STEPS
    committed = steps.index(step) >= steps.index("committed")
    return {("encrypt", False): "plain", ("encrypt", True): "encrypted",
            ("decrypt", False): "encrypted", ("decrypt", True): "plain"}[(op, committed)]


@pytest.mark.parametrize("step", ENCRYPT_STEPS)
def test_sigkill_at_each_step_of_encrypt(data_dir: Path, step: str) -> None:
    _make(data_dir)
    res = _cli(data_dir, "encrypt", CRAMPDIARY_PASSPHRASE=PASS, CRAMPDIARY_TEST_KILL_AT=step)
    assert res.returncode == -signal.SIGKILL, (res.returncode, res.stderr)
    assert "recovery key:" not in res.stdout
    assert _check_state(data_dir) == _expect(step, "encrypt")


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_sigkill_from_outside_at_random_steps(data_dir: Path, seed: int) -> None:
    """The program pauses at a random step; the test kills it with kill -9 from outside,
    then repeats on whatever was left, until encrypt has been run through once."""
    rng = random.Random(seed)
    _make(data_dir)
    for _ in range(3):
        if (data_dir / "diary.sqlite3").read_bytes()[:16] != SQLITE:
            break
        step = rng.choice(ENCRYPT_STEPS)
        proc = subprocess.Popen([sys.executable, "-m", "crampdiary", "encrypt"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE,
                                env=_env(data_dir, CRAMPDIARY_PASSPHRASE=PASS,
                                         CRAMPDIARY_TEST_PAUSE_AT=step))
        assert proc.stderr is not None
        line = proc.stderr.readline().decode()
        assert line.strip() == f"paused at {step}", line
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        assert _check_state(data_dir) == _expect(step, "encrypt")
    res = _cli(data_dir, "encrypt", CRAMPDIARY_PASSPHRASE=PASS)
    if res.returncode == 0:
        assert res.stdout.count("recovery key: ") == 1
    else:
        assert res.returncode == 2 and "already encrypted" in res.stderr
    assert _check_state(data_dir) == "encrypted"


@pytest.mark.parametrize("step", DECRYPT_STEPS)
def test_sigkill_during_decrypt(data_dir: Path, step: str) -> None:
    _make(data_dir)
    assert _cli(data_dir, "encrypt", CRAMPDIARY_PASSPHRASE=PASS).returncode == 0
    res = _cli(data_dir, "decrypt", CRAMPDIARY_PASSPHRASE=PASS, CRAMPDIARY_TEST_KILL_AT=step)
    assert res.returncode == -signal.SIGKILL, res.stderr
    assert _check_state(data_dir) == _expect(step, "decrypt")
