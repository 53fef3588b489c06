"""Colours and small drawing helpers shared by the views.

Colours follow the system palette; only severities get fixed hues, chosen to
read in both light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

SEVERITY_COLORS = {
    "danger": "#c62828",
    "warning": "#b26a00",
    "info": "#1565c0",
}
DANGER = SEVERITY_COLORS["danger"]
ERROR_BORDER = "#d32f2f"


def is_dark(widget: QWidget | None = None) -> bool:
    pal = widget.palette() if widget is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: str) -> str:
    return SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"])


def tint(color: str, widget: QWidget | None = None, amount: float = 0.14) -> str:
    """A soft background made by mixing ``color`` into the window colour."""
    base = (widget.palette() if widget is not None else QApplication.palette()).color(
        QPalette.ColorRole.Base)
    c = QColor(color)
    r = round(base.red() * (1 - amount) + c.red() * amount)
    g = round(base.green() * (1 - amount) + c.green() * amount)
    b = round(base.blue() * (1 - amount) + c.blue() * amount)
    return QColor(r, g, b).name()


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
