"""The Insights view: lists the findings, opens each chart without blocking the UI thread.

Every test waits until the view is idle and the workers have finished, so no
worker is still running when pytest-qt processes events at teardown.
"""

from __future__ import annotations

from datetime import date

import pytest

from crampdiary.core.use_cases import log_entry
from crampdiary.ui.insights import InsightsView, chart_key, wait_for_workers
from insights_synth import make_history, write_history


@pytest.fixture
def filled(diary):  # type: ignore[no-untyped-def]
    write_history(diary, make_history(90, 31, stretch_rr=0.5, drug="tizanidine", wear_rr=3.0))
    return diary


def make(qtbot, diary) -> InsightsView:  # type: ignore[no-untyped-def]
    view = InsightsView(diary)
    qtbot.addWidget(view)
    return view


def settle(qtbot, view: InsightsView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: view.idle, timeout=20_000)
    assert wait_for_workers(20)


def test_lists_findings_and_opens_first_chart(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = make(qtbot, filled)
    with qtbot.waitSignal(view.chart_shown, timeout=20_000) as blocker:
        pass
    ids = [f.id for f in view.findings]
    assert ids[0] == "stretch-days" and ids[-1] == "night" and "wear-off:tizanidine" in ids
    assert view.list.count() == len(ids)
    assert blocker.args == ["stretch-days"]
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert isinstance(view.current_canvas(), FigureCanvasQTAgg)
    assert "stretched" in view.answer.text() and "q " in view.answer.text()
    assert "90 days" in view.status.text()
    settle(qtbot, view)


def test_chart_is_built_off_the_ui_thread(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = make(qtbot, filled)
    qtbot.waitUntil(lambda: bool(view.findings) and view.idle, timeout=20_000)
    row = next(i for i, f in enumerate(view.findings) if f.id == "wear-off:tizanidine")
    with qtbot.waitSignal(view.chart_shown, timeout=20_000) as blocker:
        view.list.setCurrentRow(row)
        # setCurrentRow returned at once: the figure is being built in a worker and the
        # view shows a placeholder meanwhile (the UI thread is free).
        assert view.current_canvas() is None
        assert "Drawing" in view.placeholder.text()
    assert blocker.args == ["wear-off:tizanidine"]
    canvas = view.current_canvas()
    assert canvas is not None and "tizanidine" in canvas.figure.get_suptitle()
    # going back to a chart already drawn shows it straight away
    with qtbot.waitSignal(view.chart_shown, timeout=1000):
        view.list.setCurrentRow(0)
    with qtbot.waitSignal(view.chart_shown, timeout=1000):
        view.list.setCurrentRow(row)
    assert view.current_canvas() is canvas
    settle(qtbot, view)


def test_every_finding_opens_a_chart(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = make(qtbot, filled)
    qtbot.waitUntil(lambda: bool(view.findings) and view.idle, timeout=20_000)
    for row, f in enumerate(view.findings):
        view.list.setCurrentRow(row)
        qtbot.waitUntil(lambda f=f: view.current_canvas() is not None
                        and view._wanted_chart == chart_key(f), timeout=20_000)
        if f.id == "water-same-day":  # the same-day finding shows the same-day chart
            assert view._wanted_chart == "water-same-day"
        canvas = view.current_canvas()
        if f.answer:  # the chart's text alternative is the finding's sentence
            assert canvas.accessibleDescription() == f.answer
    settle(qtbot, view)


def test_refresh_after_a_write_and_date_range(qtbot, diary) -> None:  # type: ignore[no-untyped-def]
    view = make(qtbot, diary)
    qtbot.waitUntil(lambda: bool(view.findings) and view.idle, timeout=20_000)
    assert [f.id for f in view.findings] == ["stretch-days", "water-same-day",
                                             "water-previous-day", "night"]
    assert "No entries" in view.status.text()
    log_entry(diary, "cramp", {"at": "2026-03-01T03:00", "muscle": "calf", "severity": 5,
                               "relief": ["massage"], "duration_s": 60}, with_flags=False)
    with qtbot.waitSignal(view.findings_ready, timeout=20_000):
        view.refresh()
    assert "relief:massage" in [f.id for f in view.findings]
    assert not any(f.enough_data for f in view.findings)
    # a range with nothing in it
    with qtbot.waitSignal(view.findings_ready, timeout=20_000):
        view.set_range(date(2026, 4, 1), date(2026, 4, 30))
    assert view.date_range() == (date(2026, 4, 1), date(2026, 4, 30))
    assert view.data.empty and view.start.isEnabled()
    with qtbot.waitSignal(view.findings_ready, timeout=20_000):
        view.set_range(None, None)
    assert view.date_range() == (None, None) and not view.start.isEnabled()
    settle(qtbot, view)


def test_stale_results_are_dropped(qtbot, filled) -> None:  # type: ignore[no-untyped-def]
    view = make(qtbot, filled)
    view.refresh()
    view.refresh()  # three requests in flight; only the last one fills the list
    qtbot.waitUntil(lambda: view.idle, timeout=20_000)
    assert view.list.count() == len(view.findings) > 0
    assert view._gen == 3
    settle(qtbot, view)


def test_errors_are_shown_not_raised(qtbot, filled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from crampdiary.core.errors import EnvironmentProblem
    from crampdiary.ui import insights

    view = make(qtbot, filled)
    settle(qtbot, view)

    def broken(*_a):  # type: ignore[no-untyped-def]
        raise EnvironmentProblem("The diary is busy in another program.")

    monkeypatch.setattr(insights, "_compute", broken)
    with qtbot.waitSignal(view.failed, timeout=20_000):
        view.refresh()
    assert "busy" in view.status.text()
    settle(qtbot, view)
