"""Colours and small drawing helpers shared by the views.

Colours follow the system palette; only severities get fixed hues, chosen to
read in both light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

# Severity hues for light and for dark backgrounds, each at WCAG AA (4.5:1) or better
# as text on the window, on the base colour and on the soft tints the flag rows use
# (tests/test_ui_theme.py computes the ratios).
SEVERITY_COLORS = {
    "danger": "#b71c1c",
    "warning": "#8a4b00",
    "info": "#0d47a1",
}
SEVERITY_COLORS_DARK = {
    "danger": "#ff8a80",
    "warning": "#ffc260",
    "info": "#8ab4f8",
}
DANGER = "#c62828"  # a background under white text (the red-flag banner): 5.6:1
ERROR_BORDER = SEVERITY_COLORS["danger"]


def palette_of(widget: QWidget | None = None) -> QPalette:
    """The palette a widget is drawn with: its own or an ancestor's explicitly set one,
    else the application's (read at once, even before Qt has passed a change down)."""
    w = widget
    while w is not None:
        if w.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            return w.palette()
        w = w.parentWidget()
    return QApplication.palette()


def is_dark(widget: QWidget | None = None) -> bool:
    return palette_of(widget).color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: str, widget: QWidget | None = None) -> str:
    """The text colour of a severity, for the palette the widget (or the app) shows."""
    table = SEVERITY_COLORS_DARK if is_dark(widget) else SEVERITY_COLORS
    return table.get(severity, table["info"])


def danger_text(widget: QWidget | None = None) -> str:
    """Red for error and warning text that reads on the current palette."""
    return severity_color("danger", widget)


# ---------------------------------------------------------------------- contrast (WCAG 2.x)
def relative_luminance(color: QColor | str) -> float:
    c = QColor(color)

    def chan(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return 0.2126 * chan(c.red()) + 0.7152 * chan(c.green()) + 0.0722 * chan(c.blue())


def contrast_ratio(fg: QColor | str, bg: QColor | str) -> float:
    """WCAG contrast ratio of two opaque colours, 1..21."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: QColor | str, b: QColor | str, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) towards ``b``."""
    ca, cb = QColor(a), QColor(b)
    return QColor(round(ca.red() * (1 - amount) + cb.red() * amount),
                  round(ca.green() * (1 - amount) + cb.green() * amount),
                  round(ca.blue() * (1 - amount) + cb.blue() * amount))


def readable_muted(text: QColor, *backgrounds: QColor, target: float = 5.6) -> QColor:
    """A secondary-text colour: as far towards the background as AA contrast allows, with
    room to spare for the soft severity tints the flag rows are drawn on."""
    best = QColor(text)
    for step in range(1, 20):
        cand = mix(text, backgrounds[0], step * 0.05)
        if all(contrast_ratio(cand, bg) >= target for bg in backgrounds):
            best = cand
        else:
            break
    return best


def night_palette() -> QPalette:
    """The night theme: dim, warm and dark, every text role at AA contrast."""
    pal = QPalette()
    # Fields and cards a step lighter than the window, so their edges show in the dark.
    window, base, alt = QColor("#1c1b19"), QColor("#2b2926"), QColor("#33302c")
    text, bright = QColor("#e8e2d6"), QColor("#ffffff")
    button, highlight = QColor("#3a3732"), QColor("#44677d")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, window)
        pal.setColor(group, QPalette.ColorRole.WindowText, text)
        pal.setColor(group, QPalette.ColorRole.Base, base)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, alt)
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, alt)
        pal.setColor(group, QPalette.ColorRole.ToolTipText, text)
        pal.setColor(group, QPalette.ColorRole.Text, text)
        pal.setColor(group, QPalette.ColorRole.Button, button)
        pal.setColor(group, QPalette.ColorRole.ButtonText, text)
        pal.setColor(group, QPalette.ColorRole.BrightText, bright)
        pal.setColor(group, QPalette.ColorRole.Highlight, highlight)
        pal.setColor(group, QPalette.ColorRole.HighlightedText, bright)
        pal.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
        pal.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#c9a6f5"))
        pal.setColor(group, QPalette.ColorRole.Light, QColor("#5a554d"))
        pal.setColor(group, QPalette.ColorRole.Midlight, QColor("#4a463f"))
        pal.setColor(group, QPalette.ColorRole.Mid, QColor("#6b665c"))
        pal.setColor(group, QPalette.ColorRole.Dark, QColor("#0f0e0d"))
        pal.setColor(group, QPalette.ColorRole.Shadow, QColor("#000000"))
    disabled = QColor("#8f897e")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        pal.setColor(QPalette.ColorGroup.Disabled, role, pal.color(QPalette.ColorGroup.Active, role))
    return with_readable_placeholder(pal)


def with_readable_placeholder(pal: QPalette) -> QPalette:
    """Secondary text (``palette(placeholder-text)``) at AA contrast on window and base."""
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        text = pal.color(group, QPalette.ColorRole.Text)
        muted = readable_muted(text, pal.color(group, QPalette.ColorRole.Base),
                               pal.color(group, QPalette.ColorRole.Window),
                               pal.color(group, QPalette.ColorRole.AlternateBase))
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        # Selected rows: the highlight dark enough under its text (Fusion's blue is 3.7:1).
        hl = pal.color(group, QPalette.ColorRole.Highlight)
        hl_text = pal.color(group, QPalette.ColorRole.HighlightedText)
        toward = QColor("#000000") if relative_luminance(hl_text) > 0.5 else QColor("#ffffff")
        step = 0
        while contrast_ratio(hl_text, hl) < 4.6 and step < 20:
            step += 1
            hl = mix(pal.color(group, QPalette.ColorRole.Highlight), toward, step * 0.05)
        pal.setColor(group, QPalette.ColorRole.Highlight, hl)
    return pal


_SYSTEM_PALETTE: QPalette | None = None


def apply_theme(night: bool, app: QApplication | None = None) -> QPalette:
    """The night theme, or the system's own palette (light or dark) with readable
    secondary text.  Returns the palette now in use."""
    global _SYSTEM_PALETTE
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = QPalette(app.palette())
    pal = night_palette() if night else with_readable_placeholder(QPalette(_SYSTEM_PALETTE))
    app.setPalette(pal)
    return pal


def tint(color: str, widget: QWidget | None = None, amount: float = 0.14) -> str:
    """A soft background made by mixing ``color`` into the window colour."""
    base = palette_of(widget).color(QPalette.ColorRole.Base)
    c = QColor(color)
    r = round(base.red() * (1 - amount) + c.red() * amount)
    g = round(base.green() * (1 - amount) + c.green() * amount)
    b = round(base.blue() * (1 - amount) + c.blue() * amount)
    return QColor(r, g, b).name()


# A chosen button in a group of choices (muscle, side) must look chosen in every theme.
CHOICE_STYLE = ("QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                " border: 2px solid palette(highlighted-text); border-radius: 4px;"
                " font-weight: bold; }")


def restyle(root: QWidget) -> None:
    """After the palette changed: style sheets that name palette colours are resolved again."""
    for w in [root, *root.findChildren(QWidget)]:
        sheet = w.styleSheet()
        if "palette(" in sheet:
            w.setStyleSheet("")
            w.setStyleSheet(sheet)


def bigger(widget: QWidget, factor: float = 1.25, bold: bool = False) -> QWidget:
    f = QFont(widget.font())
    size = f.pointSizeF()
    if size > 0:
        f.setPointSizeF(size * factor)
    f.setBold(bold)
    widget.setFont(f)
    return widget


def app_icon() -> QIcon:
    """The app's icon, drawn (no image files to ship): a calm teal drop with a pulse line."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(size)
        path = QPainterPath()
        path.addRoundedRect(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88), s * 0.2, s * 0.2)
        p.fillPath(path, QColor("#00796b"))
        pen = p.pen()
        pen.setColor(QColor("white"))
        pen.setWidthF(max(1.5, s * 0.08))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        line = QPainterPath()
        line.moveTo(s * 0.18, s * 0.55)
        line.lineTo(s * 0.36, s * 0.55)
        line.lineTo(s * 0.46, s * 0.28)
        line.lineTo(s * 0.58, s * 0.74)
        line.lineTo(s * 0.66, s * 0.50)
        line.lineTo(s * 0.82, s * 0.50)
        p.drawPath(line)
        p.end()
        icon.addPixmap(pm)
    return icon
