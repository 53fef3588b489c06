"""The window never waits for the database: switching person and restoring a backup run
on the controller's write worker (the UI thread keeps processing events meanwhile), the
reading workers have their own connections, and a next-dose card being worked out again
says so (issue 18)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from crampdiary import paths
from crampdiary.core import people
from crampdiary.core import use_cases as uc
from crampdiary.core.timeutil import now_utc

pytest_plugins = ("ui_support",)

from ui_support import done, drain, hold_writes, ui_thread_runs  # noqa: E402


@pytest.fixture
def two(diary):  # type: ignore[no-untyped-def]
    with diary.sql_write() as con:
        people.add_person(con, "Mum", 1950)
    now = now_utc()
    uc.log_entry(diary, "water", {"at": now - timedelta(hours=1), "ml": 300})
    uc.save_medicine(diary, {"name": "baclofen", "usual_amount": 5, "unit": "mg"})
    uc.log_entry(diary, "dose", {"at": now - timedelta(hours=2), "drug": "baclofen",
                                 "amount": 5, "unit": "mg"})
    diary.use_person("Mum")
    uc.log_entry(diary, "dose", {"at": now - timedelta(hours=3), "drug": "tizanidine",
                                 "amount": 4, "unit": "mg"})
    uc.save_medicine(diary, {"name": "tizanidine", "usual_amount": 4, "unit": "mg"})
    diary.use_person(None)
    return diary


@pytest.fixture
def window(qtbot, ctl, two):  # type: ignore[no-untyped-def]
    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready):
        win.attach(ctl)
    drain()
    return win


def test_switching_person_never_blocks_and_old_writes_stay_the_old_persons(qtbot, window, ctl):
    assert set(window.today.next_cards) == {"baclofen"}
    gate, inside = hold_writes(ctl)
    # A write asked before the switch, still held on the worker: it is "me"'s.
    pending = ctl.log("water", {"at": now_utc() - timedelta(minutes=5), "ml": 111})
    assert inside.wait(10)
    task = ctl.set_person("Mum")
    ui_thread_runs(qtbot)  # the window is alive while the switch waits behind the write
    assert ctl.paused and not task.finished
    assert not window.tabs.isEnabled() and not window.people_toolbar.isEnabled()
    assert "Mum" in window.statusBar().currentMessage()
    gate.set()
    with qtbot.waitSignal(ctl.person_changed, timeout=10_000):
        pass
    done(task)
    done(pending)
    drain()
    assert not ctl.paused and window.tabs.isEnabled() and window.people_toolbar.isEnabled()
    assert ctl.diary.person.name == "Mum"
    qtbot.waitUntil(lambda: set(window.today.next_cards) == {"tizanidine"}, timeout=10_000)
    assert [r.kind for r in uc.list_entries(ctl.diary)] == ["dose"]  # Mum's alone
    ctl.before_write = None
    done(ctl.set_person("me"))
    assert sorted(w.ml for w in uc.list_entries(ctl.diary, "water")) == [111, 300]


def test_flags_of_the_old_persons_entry_are_not_shown_after_the_switch(qtbot, window, ctl,
                                                                      monkeypatch):
    at = now_utc() - timedelta(hours=1)
    shown: list[object] = []
    monkeypatch.setattr(window, "show_flags", lambda flags, *a, **k: shown.append(flags))
    seen: list[object] = []
    ctl.flags_raised.connect(seen.append)
    done(ctl.log("dose", {"at": at - timedelta(hours=1), "drug": "tizanidine", "amount": 4,
                          "unit": "mg"}))
    drain()
    gate, inside = hold_writes(ctl)
    # a second dose an hour later raises tizanidine.interval for "me"...
    pending = ctl.log("dose", {"at": at, "drug": "tizanidine", "amount": 4, "unit": "mg"})
    assert inside.wait(10)
    task = ctl.set_person("Mum")  # ...but it comes back after the switch to Mum
    seen.clear()
    shown.clear()
    gate.set()
    done(pending)
    done(task)
    drain()
    drain()
    assert seen == [] and shown == []  # not shown as Mum's, and no error either
    ctl.before_write = None
    done(ctl.set_person("me"))
    assert len([d for d in uc.list_entries(ctl.diary, "dose")]) == 3  # both were me's


def test_restore_runs_on_the_worker_and_the_window_stays_alive(qtbot, window, ctl, msgs,
                                                               monkeypatch):
    from crampdiary.core.backups import make_backup
    from crampdiary.ui import today

    backup = make_backup(ctl.diary.path, paths.backup_dir(), "manual")
    done(ctl.log("water", {"at": now_utc() - timedelta(minutes=30), "ml": 400}))
    drain()
    gate, inside = hold_writes(ctl)
    long_write = ctl.run_write(lambda d: None)  # e.g. a long import, held on the worker
    assert inside.wait(10)
    task = window.restore_from(backup)
    ui_thread_runs(qtbot)  # the window is alive while the restore waits
    assert ctl.paused and not task.finished and not window.tabs.isEnabled()
    assert window.statusBar().currentMessage()
    # the views do not read the file being replaced: a refresh asked meanwhile waits
    reads: list[int] = []
    real = today.gather_fast
    monkeypatch.setattr(today, "gather_fast", lambda *a: reads.append(1) or real(*a))
    ctl.changed.emit()
    ctl.medicines_changed.emit()
    assert reads == []
    # a write asked while the restore waits is made after it, in the restored diary
    later = ctl.log("water", {"at": now_utc() - timedelta(minutes=2), "ml": 77})
    gate.set()
    done(long_write)
    kept = done(task)
    assert kept is not None and kept.exists()
    assert not ctl.paused and window.tabs.isEnabled()
    done(later)
    assert sorted(w.ml for w in uc.list_entries(ctl.diary, "water")) == [77, 300]
    assert msgs.calls[-1][1] == "Restored"
    assert reads  # and Today read the restored diary once it was there
    assert window.today.total_water.value.text() in ("377 ml", "77 ml", "0 ml")  # (midnight)


def test_a_refused_restore_is_shown_and_changes_nothing(qtbot, window, ctl, msgs, tmp_path):
    bad = tmp_path / "not-a-diary.sqlite3"
    bad.write_bytes(b"this is not a diary at all" * 100)
    before = sorted(w.ml for w in uc.list_entries(ctl.diary, "water"))
    task = window.restore_from(bad)
    done(task)
    assert task.error is not None
    assert msgs.calls[-1][0] == "warning" and msgs.calls[-1][1] == "Restore failed"
    assert not ctl.paused and window.tabs.isEnabled()
    assert sorted(w.ml for w in uc.list_entries(ctl.diary, "water")) == before
    # the diary still takes writes
    done(ctl.log("water", {"at": now_utc() - timedelta(minutes=1), "ml": 50}))
    assert 50 in [w.ml for w in uc.list_entries(ctl.diary, "water")]


def test_each_reading_worker_has_its_own_connection(qtbot, ctl):
    from crampdiary.ui.tasks import run_task

    reader = ctl.reader
    both, seen = threading.Barrier(2, timeout=10), []

    def read() -> object:
        both.wait()  # both workers are inside at the same time
        mine = reader.mine()
        with reader.sql_read() as con:
            con.execute("select count(*) from entry").fetchone()
        return mine

    tasks = [run_task(read, seen.append), run_task(read, seen.append)]
    qtbot.waitUntil(lambda: all(t.finished for t in tasks), timeout=10_000)
    assert len(seen) == 2 and seen[0] is not seen[1]
    assert all(d is not ctl.diary for d in seen)
    assert reader.connections == 2


def test_insights_read_through_the_workers_connections(qtbot, window, ctl, monkeypatch):
    window.tabs.setCurrentIndex(3)
    assert window.insights.source() is ctl.reader
    used: list[object] = []
    from crampdiary.ui import insights

    real = insights._compute

    def spy(diary, start, end):
        used.append(diary)
        return real(diary, start, end)

    monkeypatch.setattr(insights, "_compute", spy)
    window.insights.refresh()
    qtbot.waitUntil(lambda: bool(used) and window.insights.idle, timeout=20_000)
    assert used[0] is ctl.reader and used[0] is not ctl.diary


def test_a_next_dose_card_being_worked_out_says_it_is_updating(qtbot, window, ctl, monkeypatch):
    from crampdiary.ui import today

    card = window.today.next_cards["baclofen"]
    assert card.updating.isHidden()
    gate = threading.Event()
    real = today.gather_slow

    def slow(*a):
        assert gate.wait(10)
        return real(*a)

    monkeypatch.setattr(today, "gather_slow", slow)
    window.today.refresh()
    assert not card.updating.isHidden() and not card.next.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not window.today.busy, timeout=10_000)
    fresh = window.today.next_cards["baclofen"]
    assert fresh.updating.isHidden() and fresh.next.isEnabled()


def test_a_history_search_reads_on_a_worker_and_keeps_the_rows_meanwhile(qtbot, window, ctl,
                                                                         monkeypatch):
    from crampdiary.ui import history

    view = window.history
    window.tabs.setCurrentIndex(1)
    before = [r.id for r in view.model.rows]
    assert len(before) == 2  # my water and my dose
    gate, on_worker = threading.Event(), []
    real = history.search_entries

    def held(diary, *a):
        on_worker.append((threading.current_thread() is not threading.main_thread(),
                          diary is not ctl.diary))
        assert gate.wait(10)
        return real(diary, *a)

    monkeypatch.setattr(history, "search_entries", held)
    view.search.setText("300")
    view.apply_filter()
    ui_thread_runs(qtbot)  # the window is alive while the search reads
    assert view.model.searching and [r.id for r in view.model.rows] == before
    assert view.count_label.text() == "Searching…"
    view.search.setText("baclofen")  # typed on: the first search's rows must not win
    view.apply_filter()
    gate.set()
    qtbot.waitUntil(lambda: not view.model.searching, timeout=10_000)
    drain()
    assert on_worker and all(a and b for a, b in on_worker)
    assert [r.kind for r in view.model.rows] == ["dose"]
    assert "1" in view.count_label.text()
