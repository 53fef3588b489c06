"""Encryption at rest (CONTRACT.md section 7): encrypt, open, wrong passphrase, recovery key,
change-passphrase, decrypt, backups and restore, and no plain copy left in the data folder.

Each command runs as in its own process: the key unlocked by one is forgotten before the
next (``crypto.lock()``), and the environment holds only what that command is given.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from crampdiary.core import crypto

MARKER = "MARKER-crampy-7f3a9"
PASS = "correct horse battery"
SQLITE = b"SQLite format 3\x00"


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch):
    for name in (crypto.ENV_PASSPHRASE, crypto.ENV_NEW_PASSPHRASE, crypto.ENV_RECOVERY,
                 crypto.ENV_TEST_KILL_AT, crypto.ENV_TEST_PAUSE_AT):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(crypto.ENV_TEST_FAST_KDF, "1")
    monkeypatch.setattr(crypto, "prompt", lambda label: None)  # no terminal in tests
    crypto.lock()
    yield
    crypto.lock()


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, **env: str):
    """One command, as a new process would run it: no key in memory, only ``env`` given."""
    from conftest import run_cli

    crypto.lock()
    with monkeypatch.context() as m:
        for k, v in env.items():
            m.setenv(k, v)
        res = run_cli(*argv)
    crypto.lock()
    return res


def P(**extra: str) -> dict[str, str]:
    return {"CRAMPDIARY_PASSPHRASE": PASS, **extra}


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in files(folder)}


def assert_no_marker(folder: Path, *markers: str) -> None:
    for p in files(folder):
        data = p.read_bytes()
        for m in markers:
            assert m.encode("utf-8") not in data, f"{m} in plain text in {p}"
            assert m.encode("utf-16-le") not in data, f"{m} (utf-16) in {p}"


def recovery_of(out: str) -> str:
    lines = [ln for ln in out.splitlines() if ln.startswith("recovery key: ")]
    assert len(lines) == 1, out
    return lines[0].removeprefix("recovery key: ")


def make_diary(monkeypatch, data_dir: Path) -> None:
    assert run(monkeypatch, "log", "cramp", "--muscle", "calf", "--severity", "6",
               "--note", MARKER, "--at", "2026-03-01T03:00").rc == 0
    assert run(monkeypatch, "log", "symptom", "--name", "tingling", "--severity", "3",
               "--note", MARKER + "-symptom", "--at", "2026-03-02T09:00").rc == 0
    assert run(monkeypatch, "backup").rc == 0  # a manual backup beside the daily ones
    assert list((data_dir / "backups").iterdir())


def encrypt(monkeypatch, data_dir: Path) -> str:
    res = run(monkeypatch, "encrypt", **P())
    assert res.rc == 0, res.err
    return recovery_of(res.out)


def notes(monkeypatch, **env: str) -> list[str]:
    res = run(monkeypatch, "list", "--json", **env)
    assert res.rc == 0, res.err
    return [e.get("note") for e in res.json()]


# --------------------------------------------------------------------------- encrypt
def test_encrypted_files_hold_no_plain_marker(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    # a pre-restore copy whose name the rotation does not know is a backup too
    weird = data_dir / "backups" / "diary-pre-restore-20260101T000000Z-1.sqlite3"
    weird.write_bytes((data_dir / "backups").joinpath(
        sorted(os.listdir(data_dir / "backups"))[0]).read_bytes())
    stray = data_dir / ".diary.sqlite3.restore-4242"  # a killed restore's plain temp file
    stray.write_bytes(weird.read_bytes())
    before = {p.name for p in (data_dir / "backups").iterdir()}
    assert any(MARKER.encode() in p.read_bytes() for p in files(data_dir))  # the scan can fail

    res = run(monkeypatch, "encrypt", **P())
    assert res.rc == 0, res.err
    key = recovery_of(res.out)
    assert len(key.replace("-", "")) == 32
    # every backup kept, and a copy of the key file beside them
    assert {p.name for p in (data_dir / "backups").iterdir()} == before | {"diary.key.json"}
    assert ((data_dir / "backups" / "diary.key.json").read_bytes()
            == (data_dir / "diary.key.json").read_bytes())
    assert not stray.exists()
    for p in [data_dir / "diary.sqlite3", *(data_dir / "backups").glob("*.sqlite3")]:
        assert p.read_bytes()[:16] != SQLITE, p
    assert_no_marker(data_dir, MARKER)
    kf = data_dir / "diary.key.json"
    assert stat.S_IMODE(kf.stat().st_mode) == 0o600
    assert PASS.encode() not in kf.read_bytes()
    assert key.encode() not in kf.read_bytes()
    assert not (data_dir / crypto.STAGING).exists()

    # the entries are all there with the passphrase, and new ones are encrypted too
    assert notes(monkeypatch, **P()) == [MARKER, MARKER + "-symptom"]
    assert run(monkeypatch, "log", "water", "--ml", "300", **P()).rc == 0
    from crampdiary.core.db import open_diary

    crypto.unlock(data_dir / "diary.sqlite3", passphrase=PASS)
    d = open_diary()
    try:  # while it is open the WAL holds the newest pages: encrypted as well
        from crampdiary.core import use_cases as uc

        uc.log_entry(d, "cramp", {"muscle": "foot", "severity": 4, "note": MARKER + "-wal",
                                  "at": __import__("datetime").datetime(2026, 3, 3, 8)})
        assert Path(f"{data_dir / 'diary.sqlite3'}-wal").exists()
        assert_no_marker(data_dir, MARKER)
    finally:
        d.close()
    for p in files(data_dir):
        if p.suffix == ".sqlite3" or p.name.endswith("-wal"):
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_daily_backup_and_manual_backup_are_encrypted(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    for p in (data_dir / "backups").iterdir():
        p.unlink()
    assert run(monkeypatch, "list", **P()).rc == 0  # today's daily (and monthly) backup
    assert run(monkeypatch, "backup", **P()).rc == 0
    made = sorted((data_dir / "backups").iterdir())
    assert {p.name.split("-")[1] for p in made} == {"daily", "monthly", "manual"}
    for p in made:
        assert p.read_bytes()[:16] != SQLITE
    assert_no_marker(data_dir, MARKER)
    out = Path(os.environ["CRAMPDIARY_DATA_DIR"]).parent / "elsewhere.sqlite3"
    assert run(monkeypatch, "backup", "--out", str(out), **P()).rc == 0
    assert out.read_bytes()[:16] != SQLITE and MARKER.encode() not in out.read_bytes()


def test_encrypt_refuses_twice_and_needs_a_passphrase(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    res = run(monkeypatch, "encrypt")  # no terminal, no environment variable
    assert res.rc == 2 and "refused: passphrase:" in res.err
    assert not (data_dir / "diary.key.json").exists()
    res = run(monkeypatch, "encrypt", CRAMPDIARY_PASSPHRASE="")
    assert res.rc == 2 and "passphrase" in res.err
    encrypt(monkeypatch, data_dir)
    before = hashes(data_dir)
    res = run(monkeypatch, "encrypt", **P())
    assert res.rc == 2 and "refused: diary:" in res.err
    assert hashes(data_dir) == before


def test_typed_passphrases_must_match(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    answers = iter(["first one typed", "second one typed"])
    monkeypatch.setattr(crypto, "prompt", lambda label: next(answers))
    res = run(monkeypatch, "encrypt")
    assert res.rc == 2 and "refused: passphrase:" in res.err and "differ" in res.err
    assert not (data_dir / "diary.key.json").exists()
    answers = iter(["typed twice the same", "typed twice the same"])
    monkeypatch.setattr(crypto, "prompt", lambda label: next(answers))
    res = run(monkeypatch, "encrypt")
    assert res.rc == 0, res.err
    monkeypatch.setattr(crypto, "prompt", lambda label: "typed twice the same")
    assert notes(monkeypatch) == [MARKER, MARKER + "-symptom"]  # asked on the terminal


# --------------------------------------------------------------------------- refusing
COMMANDS = [
    ("list",), ("list", "--json"), ("log", "water", "--ml", "250"),
    ("warnings",), ("next-dose", "tizanidine"), ("delete", "1"), ("edit", "1", "--severity", "2"),
    ("insights",), ("backup",), ("export", "--format", "csv", "--out", "{out}"),
    ("report", "--out", "{out}.pdf"), ("demo", "--days", "3"), ("decrypt",),
    ("change-passphrase",), ("import", "{out}"),
]


@pytest.mark.parametrize("env", [{}, {"CRAMPDIARY_PASSPHRASE": "not the passphrase"},
                                 {"CRAMPDIARY_RECOVERY_KEY": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"},
                                 {"CRAMPDIARY_RECOVERY_KEY": "nonsense"}])
def test_without_or_with_wrong_passphrase_every_command_exits_2(
        monkeypatch, data_dir: Path, tmp_path: Path, env: dict[str, str]) -> None:
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    for p in (data_dir / "backups").iterdir():
        if "daily" in p.name:
            p.unlink()  # so a daily backup would be made if anything got that far
    before = hashes(data_dir)
    out = tmp_path / "out"
    for argv in COMMANDS:
        argv = tuple(a.format(out=out) for a in argv)
        res = run(monkeypatch, *argv, **env)
        assert res.rc == 2, (argv, res.err)
        assert "refused: passphrase:" in res.err, (argv, res.err)
        assert hashes(data_dir) == before, argv
    res = run(monkeypatch, "restore", str(next((data_dir / "backups").glob("*.sqlite3"))), **env)
    assert res.rc == 2 and "refused: passphrase:" in res.err
    assert hashes(data_dir) == before
    assert not out.exists() and not Path(f"{out}.pdf").exists()
    # and the right passphrase does get that far (so the checks above can fail)
    assert run(monkeypatch, "list", **P()).rc == 0
    assert hashes(data_dir) != before


# --------------------------------------------------------------------------- keys
def test_recovery_key_opens_the_diary(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    key = encrypt(monkeypatch, data_dir)
    assert notes(monkeypatch, CRAMPDIARY_RECOVERY_KEY=key) == [MARKER, MARKER + "-symptom"]
    sloppy = key.lower().replace("-", " ")
    assert len(notes(monkeypatch, CRAMPDIARY_RECOVERY_KEY=sloppy)) == 2
    wrong = ("B" if key[0] != "B" else "C") + key[1:]
    res = run(monkeypatch, "list", CRAMPDIARY_RECOVERY_KEY=wrong)
    assert res.rc == 2 and "refused: passphrase:" in res.err


def test_change_passphrase_rewraps_without_rewriting_entries(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    key = encrypt(monkeypatch, data_dir)
    db = data_dir / "diary.sqlite3"
    diary_bytes = db.read_bytes()
    kf_before = (data_dir / "diary.key.json").read_bytes()

    res = run(monkeypatch, "change-passphrase", CRAMPDIARY_PASSPHRASE="wrong one",
              CRAMPDIARY_NEW_PASSPHRASE="a brand new passphrase")
    assert res.rc == 2 and "refused: passphrase:" in res.err
    assert (data_dir / "diary.key.json").read_bytes() == kf_before
    res = run(monkeypatch, "change-passphrase", **P())  # no new passphrase given
    assert res.rc == 2 and "refused: new-passphrase:" in res.err
    assert (data_dir / "diary.key.json").read_bytes() == kf_before

    res = run(monkeypatch, "change-passphrase", **P(CRAMPDIARY_NEW_PASSPHRASE="a brand new one"))
    assert res.rc == 0, res.err
    assert db.read_bytes() == diary_bytes  # the entries were not rewritten
    assert (data_dir / "diary.key.json").read_bytes() != kf_before
    assert b"a brand new one" not in (data_dir / "diary.key.json").read_bytes()
    res = run(monkeypatch, "list", **P())
    assert res.rc == 2 and "refused: passphrase:" in res.err
    assert len(notes(monkeypatch, CRAMPDIARY_PASSPHRASE="a brand new one")) == 2
    assert len(notes(monkeypatch, CRAMPDIARY_RECOVERY_KEY=key)) == 2
    # with the recovery key as the old one (a forgotten passphrase)
    res = run(monkeypatch, "change-passphrase", CRAMPDIARY_RECOVERY_KEY=key,
              CRAMPDIARY_NEW_PASSPHRASE="third passphrase")
    assert res.rc == 0, res.err
    assert len(notes(monkeypatch, CRAMPDIARY_PASSPHRASE="third passphrase")) == 2


def test_decrypt_makes_diary_and_backups_plain(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    assert run(monkeypatch, "log", "water", "--ml", "400", **P()).rc == 0
    names = {p.name for p in (data_dir / "backups").iterdir()}
    res = run(monkeypatch, "decrypt", **P())
    assert res.rc == 0, res.err
    assert not (data_dir / "diary.key.json").exists()
    assert {p.name for p in (data_dir / "backups").iterdir()} == names - {"diary.key.json"}
    for p in [data_dir / "diary.sqlite3", *(data_dir / "backups").iterdir()]:
        assert p.read_bytes()[:16] == SQLITE, p
        con = sqlite3.connect(p)
        try:
            assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            assert con.execute("PRAGMA user_version").fetchone()[0] >= 3
        finally:
            con.close()
    assert notes(monkeypatch) == [MARKER, MARKER + "-symptom", None]  # no passphrase needed
    res = run(monkeypatch, "decrypt")
    assert res.rc == 2 and "refused: diary:" in res.err
    # and it can be encrypted again, with a new key
    assert run(monkeypatch, "encrypt", CRAMPDIARY_PASSPHRASE="again").rc == 0
    assert_no_marker(data_dir, MARKER)


def test_restore_encrypted_and_plain_backups(monkeypatch, data_dir: Path, tmp_path: Path) -> None:
    make_diary(monkeypatch, data_dir)
    plain_copy = tmp_path / "plain-backup.sqlite3"
    plain_copy.write_bytes(next((data_dir / "backups").glob("*manual*")).read_bytes())
    encrypt(monkeypatch, data_dir)
    backup = next((data_dir / "backups").glob("*manual*"))  # made with both entries
    assert run(monkeypatch, "delete", "1", **P()).rc == 0
    res = run(monkeypatch, "restore", str(backup), **P())
    assert res.rc == 0, res.err
    assert notes(monkeypatch, **P()) == [MARKER, MARKER + "-symptom"]
    assert run(monkeypatch, "delete", "2", **P()).rc == 0
    res = run(monkeypatch, "restore", str(plain_copy), **P())  # a plain one from before
    assert res.rc == 0, res.err
    assert notes(monkeypatch, **P()) == [MARKER, MARKER + "-symptom"]
    assert_no_marker(data_dir, MARKER)  # restored into the encrypted diary, encrypted
    # an encrypted backup cannot go into a plain diary: it has no key
    enc_copy = tmp_path / "enc.sqlite3"
    enc_copy.write_bytes(backup.read_bytes())
    assert run(monkeypatch, "decrypt", **P()).rc == 0
    before = hashes(data_dir)
    res = run(monkeypatch, "restore", str(enc_copy))
    assert res.rc == 2 and "refused: file:" in res.err
    assert hashes(data_dir) == before


def test_export_and_report_stay_plain_where_the_user_asks(monkeypatch, data_dir: Path,
                                                          tmp_path: Path) -> None:
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    out = tmp_path / "export.json"
    assert run(monkeypatch, "export", "--format", "json", "--out", str(out), **P()).rc == 0
    assert MARKER in out.read_text(encoding="utf-8")


def test_migration_of_an_encrypted_old_diary(monkeypatch, data_dir: Path) -> None:
    """An encrypted diary of an older schema is upgraded with the key (and backed up first,
    encrypted); without the passphrase it is not touched."""
    from crampdiary.core.migrations import SCHEMA_VERSION

    old = Path(__file__).parent / "data" / "schema_v3.sqlite3"
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    db = data_dir / "diary.sqlite3"
    crypto.unlock(db, passphrase=PASS)
    key = bytes(crypto._state.key)
    crypto.lock()
    staged = data_dir / "old-encrypted.tmp"
    crypto._export(old, None, staged, key)  # the saved schema-3 diary, encrypted with our key
    os.replace(staged, db)
    for p in (data_dir / "backups").iterdir():
        p.unlink()
    before = hashes(data_dir)
    assert run(monkeypatch, "list").rc == 2
    assert run(monkeypatch, "list", CRAMPDIARY_PASSPHRASE="wrong").rc == 2
    assert hashes(data_dir) == before
    res = run(monkeypatch, "list", "--json", **P())
    assert res.rc == 0, res.err
    assert len(res.json()) == 12
    made = [p.name for p in (data_dir / "backups").iterdir()]
    assert any("pre-migration" in n for n in made)
    for p in (data_dir / "backups").glob("*.sqlite3"):
        assert p.read_bytes()[:16] != SQLITE
    crypto.unlock(db, passphrase=PASS)
    con = crypto.connect(str(db))
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()
    con = crypto.connect(str(next(p for p in (data_dir / "backups").iterdir()
                                  if "pre-migration" in p.name)))
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    con.close()


def test_damaged_key_file_is_an_error_not_a_crash(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    kf = data_dir / "diary.key.json"
    copy = data_dir / "backups" / "diary.key.json"
    data = json.loads(kf.read_text())
    data["passphrase"]["salt"] = 17
    kf.write_text(json.dumps(data))
    res = run(monkeypatch, "list", **P())
    assert res.rc == 1 and "key file" in res.err and "Traceback" not in res.err
    kf.write_text("{not json")  # unreadable: the copy among the backups opens the diary
    assert len(notes(monkeypatch, **P())) == 2
    copy.write_text("{not json either")
    res = run(monkeypatch, "list", **P())
    assert res.rc == 1 and "key file" in res.err


def test_the_key_file_copy_among_the_backups_opens_the_diary(monkeypatch,
                                                             data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    key = encrypt(monkeypatch, data_dir)
    (data_dir / "diary.key.json").unlink()  # lost
    assert len(notes(monkeypatch, **P())) == 2
    assert len(notes(monkeypatch, CRAMPDIARY_RECOVERY_KEY=key)) == 2
    res = run(monkeypatch, "list")
    assert res.rc == 2 and "refused: passphrase:" in res.err
    # change-passphrase writes both again
    assert run(monkeypatch, "change-passphrase", **P(CRAMPDIARY_NEW_PASSPHRASE="p2 p2 p2")).rc == 0
    assert (data_dir / "diary.key.json").exists()
    (data_dir / "diary.key.json").unlink()
    assert len(notes(monkeypatch, CRAMPDIARY_PASSPHRASE="p2 p2 p2")) == 2


# --------------------------------------------------------------------------- secrets
def test_passphrase_never_in_crash_report_or_message(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    from crampdiary.core import db

    def boom(*a, **k):  # a bug (after the unlock) whose message happens to quote the secret
        raise RuntimeError(f"bug near {PASS}")

    monkeypatch.setattr(db, "check_file", boom)
    res = run(monkeypatch, "list", **P())
    assert res.rc == 1
    assert PASS not in res.err and "[secret]" in res.err
    logs = list((data_dir / "logs").glob("crash-*.log"))
    assert logs
    for p in files(data_dir):
        assert PASS.encode() not in p.read_bytes(), p


def test_plain_diary_imports_no_crypto_library(data_dir: Path) -> None:
    code = ("import sys\nfrom crampdiary.cli import run\n"
            "assert run(['log', 'water', '--ml', '200']) == 0\nassert run(['list']) == 0\n"
            "bad = [m for m in ('sqlcipher3', 'argon2', 'cryptography') if m in sys.modules]\n"
            "print(bad)\nsys.exit(1 if bad else 0)\n")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "CRAMPDIARY_DATA_DIR": str(data_dir)}, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_key_derivation_parameters_are_calibrated(monkeypatch) -> None:
    """Without the test hook, Argon2id uses 64 MiB and enough passes to cost ~0.3 s here."""
    import time

    monkeypatch.delenv(crypto.ENV_TEST_FAST_KDF)
    params = crypto.calibrate()
    assert params["memory_kib"] == 64 * 1024 and params["time_cost"] >= 2
    t0 = time.process_time()
    crypto._argon2(b"x", b"0123456789abcdef", **params)
    took = time.process_time() - t0  # CPU seconds: what the derivation costs, whatever the load
    assert 0.15 < took < 1.0, took


def test_recovery_key_format_round_trips() -> None:
    raw = bytes(range(20))
    text = crypto.format_recovery_key(raw)
    assert len(text.split("-")) == 8 and all(len(g) == 4 for g in text.split("-"))
    assert crypto.parse_recovery_key(text) == raw
    assert crypto.parse_recovery_key(text.lower().replace("-", "  ")) == raw
    assert crypto.parse_recovery_key(text[:-1]) is None
    assert crypto.parse_recovery_key("") is None


def test_encrypt_never_replaces_a_key_file_that_backups_still_need(monkeypatch,
                                                                   data_dir: Path) -> None:
    """The diary file lost (replaced by a fresh plain one) beside encrypted backups and their
    key file: encrypting again would make those backups unreadable, so it is refused."""
    make_diary(monkeypatch, data_dir)
    encrypt(monkeypatch, data_dir)
    (data_dir / "diary.sqlite3").unlink()
    assert run(monkeypatch, "log", "water", "--ml", "100").rc == 0  # a new, plain diary
    before = hashes(data_dir)
    res = run(monkeypatch, "encrypt", CRAMPDIARY_PASSPHRASE="another one")
    assert res.rc == 1 and "key file" in res.err
    assert hashes(data_dir) == before


def test_encrypt_and_decrypt_wait_for_the_window_to_close(monkeypatch, data_dir: Path) -> None:
    make_diary(monkeypatch, data_dir)
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        (data_dir / "window.lock").write_text(str(window.pid))
        before = hashes(data_dir)
        res = run(monkeypatch, "encrypt", **P())
        assert res.rc == 1 and "window is open" in res.err
        assert hashes(data_dir) == before
        window.kill()
        window.wait()
        assert run(monkeypatch, "encrypt", **P()).rc == 0  # a stale lock file does not count
    finally:
        window.kill()
        window.wait()
