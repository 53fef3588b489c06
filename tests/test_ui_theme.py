"""Any theme: light, a dark system palette and the night theme; every text at WCAG AA
(4.5:1), computed from the palettes and the severity colours; dark charts in the window."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from crampdiary.core.timeutil import now_utc
from crampdiary.ui import style
from crampdiary.ui.flags import FlagRow, FlagsDialog

pytest_plugins = ("ui_support",)

from ui_support import done  # noqa: E402

AA = 4.5
R = QPalette.ColorRole


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def system_dark_palette() -> QPalette:
    """A dark desktop palette (Breeze Dark's colours)."""
    pal = QPalette()
    for role, c in ((R.Window, "#2a2e32"), (R.WindowText, "#fcfcfc"), (R.Base, "#1b1e20"),
                    (R.AlternateBase, "#232629"), (R.Text, "#fcfcfc"), (R.Button, "#31363b"),
                    (R.ButtonText, "#fcfcfc"), (R.Highlight, "#3daee9"),
                    (R.HighlightedText, "#fcfcfc"), (R.PlaceholderText, "#7f8c8d")):
        pal.setColor(role, QColor(c))
    return pal


PALETTES = {"light": light_palette, "system-dark": system_dark_palette,
            "night": style.night_palette}


@pytest.fixture(params=sorted(PALETTES))
def pal(request, qapp) -> QPalette:
    """The palette of the whole application, as the window sets it (and back after)."""
    before = QPalette(qapp.palette())
    p = style.with_readable_placeholder(PALETTES[request.param]())
    qapp.setPalette(p)
    yield p
    qapp.setPalette(before)


def themed(qtbot, pal: QPalette, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    return widget


def css_colors(sheet: str, prop: str) -> list[str]:
    return re.findall(rf"(?<![-\w]){prop}:\s*(#[0-9a-fA-F]{{6}})", sheet)


def test_contrast_ratio_formula():
    assert style.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert style.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_palette_text_roles_are_aa(pal):
    for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button),
                   (R.PlaceholderText, R.Base), (R.PlaceholderText, R.Window),
                   (R.HighlightedText, R.Highlight)):
        ratio = style.contrast_ratio(pal.color(fg), pal.color(bg))
        assert ratio >= AA, (fg, bg, ratio)


@pytest.mark.parametrize("severity,word", [("danger", "Danger"), ("warning", "Warning"),
                                           ("info", "Note")])
def test_flag_rows_read_at_aa_in_every_theme(qtbot, pal, severity, word):
    flag = SimpleNamespace(rule="x", severity=severity, title="Doses close together",
                           message="m", at=now_utc(), entries=(), source="")
    holder = themed(qtbot, pal, QWidget())
    row = FlagRow(flag, holder)
    (bg,) = css_colors(row.styleSheet(), "background")
    label = next(w for w in row.findChildren(QLabel) if w.text() == word)
    (fg,) = css_colors(label.styleSheet(), "color")
    assert style.contrast_ratio(fg, bg) >= AA, (severity, fg, bg)
    # the title and the time below it, in palette colours, on the same tint
    assert style.contrast_ratio(pal.color(R.WindowText), bg) >= AA
    assert style.contrast_ratio(pal.color(R.PlaceholderText), bg) >= AA
    assert row.accessibleName() == f"{word}: Doses close together"


@pytest.mark.parametrize("severity", ["danger", "warning", "info"])
def test_flag_dialog_headings_read_at_aa(qtbot, pal, severity):
    flag = SimpleNamespace(rule="x", severity=severity, title="T", message="M", at=now_utc(),
                           entries=(), source="")
    holder = themed(qtbot, pal, QWidget())
    dlg = FlagsDialog([flag], "t", holder)
    qtbot.addWidget(dlg)
    box = dlg.findChild(QWidget, "flagbox")
    (bg,) = css_colors(box.styleSheet(), "background")
    head = next(w for w in box.findChildren(QLabel) if "<b>" in w.text())
    (fg,) = css_colors(head.styleSheet(), "color")
    assert style.contrast_ratio(fg, bg) >= AA
    assert style.contrast_ratio(fg, pal.color(R.Window)) >= AA


def test_severity_and_error_text_on_window_and_base(qtbot, pal):
    w = themed(qtbot, pal, QWidget())
    for sev in ("danger", "warning", "info"):
        for role in (R.Window, R.Base):
            assert style.contrast_ratio(style.severity_color(sev, w), pal.color(role)) >= AA
    assert style.contrast_ratio(style.danger_text(w), pal.color(R.Window)) >= AA


def test_white_on_the_red_flag_banner():
    assert style.contrast_ratio("#ffffff", style.DANGER) >= AA


def test_night_theme_from_settings(qtbot, ctl):
    from crampdiary.ui.main_window import MainWindow

    ctl.settings = ctl.settings.model_copy(update={"night_theme": True})
    win = MainWindow()
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.ready):
            win.attach(ctl)
        assert style.is_dark()
        assert QApplication.palette().color(R.Window) == style.night_palette().color(R.Window)
        ctl.settings = ctl.settings.model_copy(update={"night_theme": False})
        win.apply_theme()
        assert not style.is_dark() or style.is_dark(None) == (
            light_palette().color(R.Window).lightness() < 128)
    finally:
        style.apply_theme(False)


def test_settings_dialog_switches_the_night_theme(qtbot, ctl):
    from crampdiary.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctl)
    qtbot.addWidget(dlg)
    assert not dlg.night_theme.isChecked()
    dlg.night_theme.setChecked(True)
    dlg.accept()
    assert ctl.settings.night_theme is True


def test_dark_charts_for_a_dark_window_the_pdf_stays_light():
    from matplotlib.colors import to_hex

    from crampdiary import charts
    from crampdiary.charts._style import DARK_FACE, DARK_TEXT, darken, no_data
    from crampdiary.core.analysis import DiaryData  # noqa: F401 - the charts' input type

    light = no_data("Title", "Nothing yet")
    assert to_hex(light.get_facecolor()) == "#ffffff"
    dark = darken(no_data("Title", "Nothing yet"))
    assert to_hex(dark.get_facecolor()) == DARK_FACE
    texts = [t for t in dark.findobj(lambda a: hasattr(a, "get_text") and a.get_text())]
    assert texts
    for t in texts:
        assert style.contrast_ratio(to_hex(t.get_color()), DARK_FACE) >= AA, t.get_text()
    assert style.contrast_ratio(DARK_TEXT, DARK_FACE) >= AA
    assert callable(charts.build)  # the report builds with charts.build: never darkened


def test_insights_draw_dark_charts_in_a_dark_palette(qtbot, diary):
    from matplotlib.colors import to_hex

    from crampdiary.charts._style import DARK_FACE
    from crampdiary.ui.insights import InsightsView

    view = InsightsView(diary)
    qtbot.addWidget(view)
    view.setPalette(style.night_palette())
    qtbot.waitUntil(lambda: bool(view.findings) and view.idle, timeout=20_000)
    view.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: view.current_canvas() is not None and view.idle, timeout=20_000)
    assert to_hex(view.current_canvas().figure.get_facecolor()) == DARK_FACE


def test_darken_recolours_error_bars_and_keeps_data_colours():
    from matplotlib.colors import to_hex

    from crampdiary.charts._style import DARK_TEXT, GREEN, darken, new_figure

    fig = new_figure()
    ax = fig.add_subplot()
    ax.bar([0, 1], [1, 2], color=GREEN)
    ax.errorbar([0, 1], [1, 2], yerr=[0.5, 0.5], fmt="none", ecolor="black")
    darken(fig)
    (coll,) = [c for c in ax.collections]
    assert {to_hex(c) for c in coll.get_edgecolor()} == {DARK_TEXT}
    assert to_hex(ax.patches[0].get_facecolor()) == GREEN.lower()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no WM
def test_switching_the_night_theme_on_redraws_the_flag_rows(qtbot, ctl):
    from datetime import timedelta

    from crampdiary.ui.main_window import MainWindow
    from ui_support import drain

    now = now_utc()
    done(ctl.log("dose", {"at": now - timedelta(hours=3), "drug": "tizanidine", "amount": 4}))
    done(ctl.log("dose", {"at": now - timedelta(hours=1), "drug": "tizanidine", "amount": 4}))
    win = MainWindow()
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.ready):
            win.attach(ctl)
        drain()
        qtbot.waitUntil(lambda: bool(win.today.flag_rows))
        light_sheet = win.today.flag_rows[0].styleSheet()
        ctl.settings = ctl.settings.model_copy(update={"night_theme": True})
        win.apply_theme()
        assert style.is_dark(), "the night palette is in use"
        row = win.today.flag_rows[0]
        assert row.styleSheet() != light_sheet
        (bg,) = css_colors(row.styleSheet(), "background")
        assert QColor(bg).lightness() < 128  # a dark tint under light text
    finally:
        style.apply_theme(False)
