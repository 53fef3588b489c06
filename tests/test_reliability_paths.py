"""Issue 12: --out never replaces the diary or a special file; writes are atomic;
shared folders are not chmodded; a killed program's temporary files are removed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from crampdiary import paths

OUT_COMMANDS = [
    ("export", "--format", "json", "--out"),
    ("export", "--format", "fhir", "--out"),
    ("report", "--out"),
    ("backup", "--out"),
]


def _diary_state() -> dict[str, bytes]:
    d = paths.data_dir()
    return {p.name: p.read_bytes() for p in d.iterdir()
            if p.is_file() and p.name in ("diary.sqlite3", "settings.json")}


@pytest.mark.parametrize("cmd", OUT_COMMANDS, ids=lambda c: " ".join(c[:3]))
@pytest.mark.parametrize("target", ["diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm",
                                    "settings.json", "backups/x.sqlite3", "."])
def test_out_onto_the_diary_folder_is_refused(cli, cmd, target):
    assert cli("log", "water", "--ml", "100").rc == 0
    before = _diary_state()
    res = cli(*cmd, paths.data_dir() / target)
    assert res.rc == 2, (res.rc, res.err)
    assert "refused: out:" in res.err
    assert _diary_state() == before
    assert cli("list", "--json").json()[0]["ml"] == 100


def test_csv_export_into_the_data_folder_is_refused(cli):
    assert cli("log", "water", "--ml", "100").rc == 0
    res = cli("export", "--format", "csv", "--out", paths.data_dir())
    assert res.rc == 2 and "refused: out:" in res.err
    assert not (paths.data_dir() / "water.csv").exists()


@pytest.mark.parametrize("cmd", OUT_COMMANDS, ids=lambda c: " ".join(c[:3]))
def test_out_onto_a_fifo_is_refused_and_the_fifo_stays(cli, tmp_path, cmd):
    assert cli("log", "water", "--ml", "100").rc == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    res = cli(*cmd, fifo)
    assert res.rc == 2 and "named pipe" in res.err, res.err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("cmd", OUT_COMMANDS, ids=lambda c: " ".join(c[:3]))
def test_out_onto_a_char_device_is_refused(cli, tmp_path, cmd):
    assert cli("log", "water", "--ml", "100").rc == 0
    dev = tmp_path / "null"
    os.mknod(dev, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own
    res = cli(*cmd, dev)
    assert res.rc == 2 and "device" in res.err, res.err
    assert stat.S_ISCHR(os.lstat(dev).st_mode)


def test_out_through_a_symlink_to_the_diary_is_refused(cli, tmp_path):
    assert cli("log", "water", "--ml", "100").rc == 0
    link = tmp_path / "innocent.json"
    link.symlink_to(paths.db_path())
    before = _diary_state()
    res = cli("export", "--format", "json", "--out", link)
    assert res.rc == 2
    assert _diary_state() == before


def test_check_output_target_accepts_files_and_missing_paths(tmp_path):
    f = tmp_path / "a.json"
    assert paths.check_output_target(f) == f
    f.write_text("x")
    assert paths.check_output_target(f) == f
    from crampdiary.core.errors import InputError

    with pytest.raises(InputError):
        paths.check_output_target(tmp_path)
    assert paths.check_output_target(tmp_path, directory=True) == tmp_path


def test_atomic_write_fsyncs_file_and_folder_and_leaves_no_temp(tmp_path, monkeypatch):
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.txt"
    paths.write_private(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(synced) >= 2  # the file, then the folder
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_atomic_write_failure_keeps_the_old_file(tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), paths.atomic_target(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("killed half-way")
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


@pytest.mark.parametrize("mode", [0o1777, 0o2775, 0o755])
def test_existing_shared_folder_is_not_chmodded(cli, tmp_path, mode):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, mode)
    res = cli("--data-dir", shared, "log", "water", "--ml", "100")
    assert res.rc == 0, res.err
    assert stat.S_IMODE(shared.stat().st_mode) == mode
    assert "warning" in res.err and "left as it is" in res.err
    assert stat.S_IMODE((shared / "diary.sqlite3").stat().st_mode) == 0o600
    # a folder the program makes itself is private, and its files are
    res = cli("--data-dir", shared, "backup")
    assert res.rc == 0
    assert stat.S_IMODE((shared / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(Path(res.out.strip()).stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == mode


def test_new_data_folder_is_private(cli, tmp_path):
    new = tmp_path / "new" / "deeper"
    assert cli("--data-dir", new, "log", "water", "--ml", "1").rc == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o700


def test_kill_during_backup_out_leaves_no_copy_forever(cli, tmp_path):
    """A backup --out killed before its rename leaves a temporary file; the next start
    removes it (the note of it was left in the data folder)."""
    assert cli("log", "water", "--ml", "100").rc == 0
    assert cli("list").rc == 0  # today's automatic backups are made: only --out is left
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    target.parent.mkdir()
    code = (
        "import os, sys\n"
        "from crampdiary import paths\n"
        "from crampdiary.core import backups\n"
        "real = backups.connect\n"
        "import sqlite3\n"
        "orig = sqlite3.Connection.backup\n"
        "class C:\n"
        "    def __init__(s, c): s.c = c\n"
        "    def backup(s, t, **k): orig(s.c, t); os._exit(9)\n"
        "    def __getattr__(s, name): return getattr(s.c, name)\n"
        "backups.connect = lambda p, **k: C(real(p, **k)) if k.get('readonly') else real(p, **k)\n"
        "from crampdiary.cli import run\n"
        f"run(['backup', '--out', {str(target)!r}])\n"
    )
    env = {**os.environ, "CRAMPDIARY_DATA_DIR": str(paths.data_dir())}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    left = [p for p in target.parent.iterdir()]
    assert left and all(p.name.startswith(".copy.sqlite3.tmp-") for p in left)
    assert not target.exists()
    assert cli("list").rc == 0  # the next start
    assert list(target.parent.iterdir()) == []


def test_stale_temporary_files_in_the_data_folder_are_removed(cli):
    assert cli("log", "water", "--ml", "100").rc == 0
    dead = 2**22 + 12345  # a pid that does not run
    stale = [paths.data_dir() / f".settings.json.tmp-{dead}",
             paths.data_dir() / f".diary.sqlite3.restore-{dead}",
             paths.backup_dir() / f".diary-daily-20260101T000000Z.sqlite3.tmp-{dead}"]
    for p in stale:
        p.write_bytes(b"x")
    mine = paths.data_dir() / f".settings.json.tmp-{os.getpid()}"  # a live writer's file
    mine.write_bytes(b"x")
    assert cli("list").rc == 0
    assert not any(p.exists() for p in stale)
    assert mine.exists()
    mine.unlink()


def test_print_folder_is_private_and_cleaned(cli):
    folder = paths.print_folder()
    assert folder.parent == paths.data_dir() and stat.S_IMODE(folder.stat().st_mode) == 0o700
    old = folder / "report.pdf"
    old.write_bytes(b"%PDF")
    os.utime(old, (1, 1))
    new = folder / "fresh.pdf"
    new.write_bytes(b"%PDF")
    assert cli("list").rc == 0
    assert not old.exists() and new.exists()


def test_one_atomic_write_helper():
    """Nothing but paths.atomic_target renames a file into place (restore's swap and
    encrypt/decrypt's staged swap in crypto.py aside)."""
    src = Path(paths.__file__).parent
    offenders = []
    for py in src.rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        if "os.replace(" in text and py.name not in ("paths.py", "restore.py", "crypto.py"):
            offenders.append(py.name)
    assert offenders == []
