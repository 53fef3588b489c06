"""Issue 7: automatic backups.  At most one a day when the diary is opened, one before
every migration and restore; the last 14 daily and 12 monthly kept; 0600; made with
SQLite's online backup API (a consistent copy even while another program writes)."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crampdiary.core import backups
from crampdiary.core.backups import daily_backup, list_backups, make_backup


def _kinds(folder: Path) -> dict[str, list[datetime]]:
    out: dict[str, list[datetime]] = {}
    for kind, when, _ in list_backups(folder):
        out.setdefault(kind, []).append(when)
    return out


def _count(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT COUNT(*) FROM entry").fetchone()[0]
    finally:
        con.close()


def test_rotation_keeps_14_daily_and_12_monthly(diary, data_dir: Path):
    folder = data_dir / "backups"
    start = datetime(2025, 1, 1, 6, 0, tzinfo=timezone.utc)
    # every tenth day for 13 months, then every day for 20 days (keeps the test quick)
    days = list(range(0, 400, 10)) + list(range(400, 420))
    made = 0
    for day in days:
        when = start + timedelta(days=day)
        if daily_backup(diary.path, folder, when=when) is not None:
            made += 1
        # a second opening the same day makes nothing
        assert daily_backup(diary.path, folder, when=when + timedelta(hours=15)) is None
    assert made == len(days)
    kinds = _kinds(folder)
    assert sorted(kinds) == ["daily", "monthly"]
    last = start + timedelta(days=419)
    assert sorted(kinds["daily"]) == [
        (last - timedelta(days=d)).replace(tzinfo=None) for d in range(13, -1, -1)]
    months = sorted(w.strftime("%Y-%m") for w in kinds["monthly"])
    assert len(months) == 12 and len(set(months)) == 12
    assert months[-1] == last.strftime("%Y-%m")
    assert months[0] == "2025-03"  # 2025-01 .. 2026-02 made, the two oldest rotated out
    for _, _, p in list_backups(folder):
        assert oct(p.stat().st_mode & 0o777) == "0o600"
        assert backups.is_good_database(p)
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_rotation_never_removes_migration_restore_or_manual_backups(diary, data_dir: Path):
    folder = data_dir / "backups"
    old = datetime(2020, 1, 1, tzinfo=timezone.utc)
    for i, kind in enumerate(("pre-migration", "pre-restore", "manual")):
        make_backup(diary.path, folder, kind, when=old + timedelta(minutes=i))
    for day in range(40):
        daily_backup(diary.path, folder, when=old + timedelta(days=400 + day))
    kinds = _kinds(folder)
    assert len(kinds["pre-migration"]) == len(kinds["pre-restore"]) == len(kinds["manual"]) == 1
    assert len(kinds["daily"]) == 14


def test_opening_makes_at_most_one_backup_a_day(data_dir: Path, cli):
    assert cli("log", "water", "--ml", "250").rc == 0  # creates the diary: nothing to back up
    folder = data_dir / "backups"
    assert list_backups(folder) == []
    for _ in range(3):
        assert cli("log", "water", "--ml", "250").rc == 0
    kinds = _kinds(folder)
    assert len(kinds["daily"]) == 1 and len(kinds["monthly"]) == 1
    # the backup holds the diary as it was when first opened today
    daily = [p for k, _, p in list_backups(folder) if k == "daily"][0]
    assert _count(daily) == 1


def test_backup_api_copy_is_consistent_while_another_program_writes(diary, data_dir: Path):
    from crampdiary.core.use_cases import log_entry

    for i in range(5):
        log_entry(diary, "water", {"at": "2026-03-01T08:00", "ml": 100 + i}, with_flags=False)
    wal = Path(f"{diary.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed entries still in the WAL
    other = sqlite3.connect(diary.path, isolation_level=None, timeout=30)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO entry (kind, at, created_at, updated_at) "
                  "VALUES ('water', '2026-03-01 09:00:00.000000', 'x', 'x')")
    try:
        dest = make_backup(diary.path, data_dir / "backups", "manual")
    finally:
        other.execute("ROLLBACK")
        other.close()
    con = sqlite3.connect(dest)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM water").fetchone()[0] == 5  # WAL content included
    assert con.execute("SELECT COUNT(*) FROM entry").fetchone()[0] == 5  # uncommitted excluded
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    con.close()
    assert not Path(f"{dest}-wal").exists()
    assert oct(dest.stat().st_mode & 0o777) == "0o600"


def test_failed_automatic_backup_does_not_stop_logging(data_dir: Path, cli, monkeypatch):
    from crampdiary.core import db as dbmod

    assert cli("log", "water", "--ml", "250").rc == 0

    def no_space(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dbmod, "daily_backup", no_space)
    res = cli("log", "water", "--ml", "300")
    assert res.rc == 0, res.err
    assert len(cli("list", "--json").json()) == 2


def test_backup_with_odd_characters_in_the_folder_name(tmp_path: Path, cli):
    odd = tmp_path / "my diary #1 ?100% Дневник"
    assert cli("--data-dir", str(odd), "log", "water", "--ml", "250").rc == 0
    res = cli("--data-dir", str(odd), "backup")
    assert res.rc == 0, res.err
    made = Path(res.out.strip())
    assert made.is_file() and backups.is_good_database(made)
    assert cli("--data-dir", str(odd), "list", "--json").json()[0]["ml"] == 250
    assert sorted(p.name for p in tmp_path.iterdir()) == [odd.name]
    assert cli("--data-dir", str(odd), "log", "water", "--ml", "999").rc == 0
    res = cli("--data-dir", str(odd), "restore", str(made))
    assert res.rc == 0, res.err
    assert [e["ml"] for e in cli("--data-dir", str(odd), "list", "--json").json()] == [250]


def test_stale_temporary_files_are_cleaned(diary, data_dir: Path):
    folder = data_dir / "backups"
    folder.mkdir(mode=0o700)
    stale = folder / ".diary-daily-20200101T000000Z.sqlite3.tmp-12345"
    fresh = folder / ".diary-daily-20200102T000000Z.sqlite3.tmp-12346"
    for p in (stale, fresh):
        p.write_bytes(b"half a backup")
    old = time.time() - 2 * backups.STALE_TMP_S
    os.utime(stale, (old, old))
    backups.rotate(folder)
    assert not stale.exists()
    assert fresh.exists()  # may belong to a backup running right now


def test_restore_keeps_the_replaced_diary_first(data_dir: Path, cli):
    assert cli("log", "water", "--ml", "250").rc == 0
    res = cli("backup")
    assert res.rc == 0
    backup_file = res.out.strip()
    assert cli("log", "water", "--ml", "999").rc == 0
    res = cli("restore", backup_file)
    assert res.rc == 0, res.err
    assert [e["ml"] for e in cli("list", "--json").json()] == [250]
    pre = [p for k, _, p in list_backups(data_dir / "backups") if k == "pre-restore"]
    assert len(pre) == 1 and _count(pre[0]) == 2
    assert oct(pre[0].stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("kind", ["daily", "monthly", "pre-migration", "pre-restore", "manual"])
def test_backup_names_parse(kind: str):
    when = datetime(2026, 3, 1, 8, 30, 5, tzinfo=timezone.utc)
    name = backups.backup_name(kind, when)
    assert backups._NAME.match(name).groups() == (kind, "20260301T083005")


# --------------------------------------------------------------------------- issue 12
def test_clock_set_to_the_past_never_deletes_the_new_backup(diary, data_dir: Path):
    """14 daily backups from the 'future' (the clock was right then), then the clock
    goes back a year: each new backup survives its own rotation."""
    folder = data_dir / "backups"
    start = datetime(2027, 1, 1, 6, 0, tzinfo=timezone.utc)
    for day in range(14):
        assert daily_backup(diary.path, folder, when=start + timedelta(days=day)) is not None
    past = datetime(2026, 1, 1, 6, 0, tzinfo=timezone.utc)
    for day in range(3):
        made = daily_backup(diary.path, folder, when=past + timedelta(days=day))
        assert made is not None and made.exists(), "a new backup was deleted at once"
        assert backups.is_good_database(made)
    dailies = [p for k, _, p in list_backups(folder) if k == "daily"]
    assert len(dailies) <= backups.KEEP_DAILY + 1


def test_monthly_copy_is_made_even_when_the_daily_one_was_interrupted(diary, data_dir: Path,
                                                                      monkeypatch):
    folder = data_dir / "backups"
    when = datetime(2026, 5, 3, 6, 0, tzinfo=timezone.utc)
    real = backups.make_backup

    def killed_before_monthly(db, folder_, kind="manual", when_=None):  # type: ignore[no-untyped-def]
        if kind == "monthly":
            raise KeyboardInterrupt  # the program stops between the two copies
        return real(db, folder_, kind, when_)

    monkeypatch.setattr(backups, "make_backup", killed_before_monthly)
    with pytest.raises(KeyboardInterrupt):
        daily_backup(diary.path, folder, when=when)
    monkeypatch.setattr(backups, "make_backup", real)
    assert sorted(_kinds(folder)) == ["daily"]
    # the next start the same day: the daily exists, the monthly is still made
    assert daily_backup(diary.path, folder, when=when + timedelta(hours=2)) is None
    assert sorted(_kinds(folder)) == ["daily", "monthly"]


def test_rotation_keeps_what_it_was_told_is_new(diary, data_dir: Path):
    folder = data_dir / "backups"
    old = datetime(2020, 1, 1, tzinfo=timezone.utc)
    made = [make_backup(diary.path, folder, "daily", old + timedelta(days=d)) for d in range(20)]
    backups.rotate(folder, keep=[made[0]])  # the oldest by name, but just made
    left = {p for _, _, p in list_backups(folder)}
    assert made[0] in left
    assert len([p for p in left if "daily" in p.name]) == backups.KEEP_DAILY
