"""Issue 12: the window follows the file.

Another process writing (``crampdiary log dose`` from a terminal) makes the
controller emit ``changed``, so Today, History and the next-dose cards refresh; an
entry change underneath it (another writer, a restore) clears the undo stack with a
notice, so Ctrl+Z never touches an entry the window did not make.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")
pytest_plugins = ("ui_support",)  # drain(): let the worker finish

from crampdiary import paths  # noqa: E402
from crampdiary.core.timeutil import now_utc  # noqa: E402
from ui_support import done  # noqa: E402


@pytest.fixture
def controller(diary, qtbot):
    from crampdiary.settings import Settings
    from crampdiary.ui.controller import DiaryController

    c = DiaryController(diary, Settings(disclaimer_accepted=True))
    c.start_watching(50)  # the test need not wait a second per look
    yield c
    c.stop_watching()
    from ui_support import drain

    drain()  # the worker must finish before the diary is closed
    c.undo_stack.clear()
    c.close_reader()


def _crampdiary(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CRAMPDIARY_DATA_DIR": str(paths.data_dir())}
    return subprocess.run([sys.executable, "-m", "crampdiary", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_another_process_writing_emits_changed(controller, qtbot):
    with qtbot.waitSignal(controller.changed, timeout=15000):
        res = _crampdiary("log", "dose", "--drug", "tizanidine", "--amount", "4")
        assert res.returncode == 0, res.stderr
    from crampdiary.core.use_cases import list_entries

    assert [r.drug for r in list_entries(controller.diary, "dose")] == ["tizanidine"]


def test_own_writes_do_not_look_foreign(controller, qtbot):
    done(controller.log("water", {"at": now_utc(), "ml": 250}))
    assert controller.check_file() is False
    assert controller.undo_stack.count() == 1


def test_other_writer_clears_undo_with_a_notice(controller, qtbot):
    done(controller.log("water", {"at": now_utc(), "ml": 250}))
    assert controller.undo_stack.count() == 1
    with qtbot.waitSignal(controller.notice, timeout=15000) as notice:
        assert _crampdiary("log", "water", "--ml", "100").returncode == 0
    assert "undo" in notice.args[0]
    assert controller.undo_stack.count() == 0 and not controller.undo_stack.canUndo()


def test_undo_after_restore_cannot_delete_a_stranger(controller, qtbot, tmp_path):
    from crampdiary.core.use_cases import list_entries

    done(controller.log("water", {"at": now_utc(), "ml": 1}))
    backup = tmp_path / "b.sqlite3"
    assert _crampdiary("backup", "--out", str(backup)).returncode == 0
    mine = done(controller.log("water", {"at": now_utc(), "ml": 2}))
    assert controller.undo_stack.count() == 2
    with qtbot.waitSignal(controller.notice, timeout=15000):
        res = _crampdiary("restore", str(backup))
        assert res.returncode == 0, res.stderr
    assert controller.undo_stack.count() == 0
    # the restored diary hands out my entry's id again, to a stranger
    assert _crampdiary("log", "water", "--ml", "3").returncode == 0
    stranger = [r for r in list_entries(controller.diary, "water") if r.ml == 3]
    assert [r.id for r in stranger] == [mine.id]
    controller.undo_stack.undo()  # Ctrl+Z: nothing to undo, the stranger stays
    assert sorted(r.ml for r in list_entries(controller.diary, "water")) == [1, 3]


def test_medicines_written_elsewhere_refresh_without_touching_undo(controller, qtbot):
    from crampdiary.core.db import open_diary
    from crampdiary.core.use_cases import save_medicine

    done(controller.log("water", {"at": now_utc(), "ml": 250}))
    with qtbot.waitSignal(controller.medicines_changed, timeout=15000):
        other = open_diary(Path(controller.diary.path), auto_backup=False)
        save_medicine(other, {"name": "tizanidine"})
        other.close()
    assert controller.undo_stack.count() == 1  # no entry changed: undo still valid


def test_watching_goes_on_after_the_window_swaps_its_diary(controller, qtbot, tmp_path):
    """The window's own restore closes the diary and opens a new one: still followed."""
    from crampdiary.core.db import open_diary

    controller.diary.close()
    assert controller.check_file() is False  # a closed diary is not reopened by a look
    controller.diary = open_diary(Path(controller.diary.path))
    controller.entries_imported()
    with qtbot.waitSignal(controller.changed, timeout=15000):
        assert _crampdiary("log", "water", "--ml", "100").returncode == 0
    controller.diary.close()
