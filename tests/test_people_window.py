"""The window's people: the switcher, the title, notifications, the report name and
the "everyone today" view (CONTRACT section 7)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crampdiary.core import people
from crampdiary.core import use_cases as uc

pytest_plugins = ("ui_support",)

from ui_support import done  # noqa: E402

AT = datetime(2026, 11, 30, 11, 0, tzinfo=timezone.utc)


@pytest.fixture
def two(diary):  # type: ignore[no-untyped-def]
    with diary.sql_write() as con:
        people.add_person(con, "Mum", 1950)
    uc.log_entry(diary, "water", {"at": "2026-11-30T08:00:00+01:00", "ml": 300})
    uc.save_medicine(diary, {"name": "baclofen", "usual_amount": 5, "unit": "mg"})
    diary.use_person("Mum")
    for t in ("08:00", "09:00"):
        uc.log_entry(diary, "dose", {"at": f"2026-11-30T{t}:00+01:00", "drug": "tizanidine",
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
    return win


def test_switcher_changes_whose_diary_every_view_shows(qtbot, window, ctl):
    from crampdiary.ui.people import person_colour

    sw = window.people_switcher
    assert [sw.itemText(i) for i in range(sw.count())] == ["me", "Mum"]
    assert sw.currentText() == "me"
    assert window.windowTitle().endswith("me")
    assert person_colour(1) != person_colour(2)
    assert not sw.itemIcon(0).isNull()
    assert [r.kind for r in uc.list_entries(ctl.diary)] == ["water"]
    with qtbot.waitSignals([ctl.person_changed, ctl.changed, ctl.medicines_changed]):
        sw.activated.emit(1)  # what a click on "Mum" sends
    assert ctl.diary.person.name == "Mum"
    assert sw.currentText() == "Mum"
    assert window.windowTitle().endswith("Mum")
    assert [r.kind for r in uc.list_entries(ctl.diary)] == ["dose", "dose"]
    assert [m.name.lower() for m in ctl.medicines()] == ["tizanidine"]
    assert ctl.reader.person_id == ctl.diary.person_id  # the worker's reads follow
    # a log from the window goes to Mum
    done(ctl.log("water", {"at": "2026-11-30T10:00:00+01:00", "ml": 100}))
    assert uc.count_entries(ctl.diary) == 3
    done(ctl.set_person("me"))
    assert sw.currentText() == "me" and window.windowTitle().endswith("me")
    assert uc.count_entries(ctl.diary) == 1


def test_switch_to_an_unknown_person_changes_nothing(ctl, two):
    from crampdiary.core.errors import InputError

    with pytest.raises(InputError) as exc:
        ctl.set_person("Nobody")
    assert exc.value.field == "person"
    assert ctl.diary.person.name == "me"


def test_notifications_name_the_person(window, ctl):
    from types import SimpleNamespace

    window.tray = None
    done(ctl.set_person("Mum"))
    window._remind(SimpleNamespace(title="Dose due", message="tizanidine at 14:00"))
    assert window.statusBar().currentMessage().startswith("Mum: Dose due")


def test_everyone_today_shows_each_persons_cards_and_flags(qtbot, window, ctl):
    from crampdiary.ui.people import EveryoneTodayDialog, everyone_today

    got = {p.name: p for p in everyone_today(ctl.diary.path, AT)}
    assert set(got) == {"me", "Mum"}
    assert any("tizanidine.interval" == f.rule for f in got["Mum"].flags)
    assert not any(f.rule == "tizanidine.interval" for f in got["me"].flags)
    assert len(got["Mum"].cards) == 1 and "izanidine" in got["Mum"].cards[0]
    assert len(got["me"].cards) == 1 and "aclofen" in got["me"].cards[0]
    assert ctl.diary.person.name == "me"  # reading everyone does not switch
    dlg = EveryoneTodayDialog(ctl, window, at=AT)
    qtbot.addWidget(dlg)
    if not dlg.task.finished:  # read on a worker; the dialog is there at once
        assert not dlg.reading.isHidden() and dlg.sections == {}
        with qtbot.waitSignal(dlg.loaded, timeout=10_000):
            pass
    assert set(dlg.sections) == {"me", "Mum"}
    with qtbot.waitSignal(ctl.person_changed):
        dlg._show("Mum")
    assert window.people_switcher.currentText() == "Mum"


def test_report_dialog_starts_with_the_persons_name(window, ctl, monkeypatch):
    from crampdiary.ui import report_dialog

    seen: list[str] = []
    monkeypatch.setattr(report_dialog.ReportDialog, "exec",
                        lambda self: seen.append(self.name_edit.text()) or self.done(0) or 0)
    window.open_report()
    done(ctl.set_person("Mum"))
    window.open_report()
    assert seen == ["", "Mum"]  # the untouched "me" gives no name (docs/DECISIONS.md)


def test_one_person_diary_keeps_the_plain_title_and_notifications(qtbot, ctl):
    from types import SimpleNamespace

    from crampdiary.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    plain = win.windowTitle()
    with qtbot.waitSignal(win.ready):
        win.attach(ctl)
    assert win.windowTitle() == plain
    assert win.people_switcher.count() == 1
    win.tray = None
    win._remind(SimpleNamespace(title="Dose due", message="now"))
    assert win.statusBar().currentMessage().startswith("Dose due")
    # a second person appears (added elsewhere): the title names the chosen one
    with ctl.diary.sql_write() as con:
        people.add_person(con, "Mum")
    ctl.changed.emit()
    assert win.windowTitle() == f"{plain} – me"
