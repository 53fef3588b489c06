"""Shared look of every chart: the Okabe-Ito palette, sizes for an A4 page, 'no data' figures.

Figures are built with ``matplotlib.figure.Figure`` only (no pyplot, no global
state, no Qt), so they can be built in a worker thread and shown by the window
or saved by the report.
"""

from __future__ import annotations

from matplotlib.figure import Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable with the common
# forms of colour blindness.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#999999"
PALETTE = (BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, YELLOW, BLACK)
SEQUENTIAL_CMAP = "viridis"  # perceptually uniform and colour-blind safe

# About the text width of an A4 page (17 cm), at a size where 10 pt text stays 10 pt.
WIDTH_IN = 6.7
HEIGHT_IN = 3.6
FONT = 10
SMALL = 8.5


def new_figure(height: float = HEIGHT_IN, width: float = WIDTH_IN) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def style_axes(ax, grid_axis: str = "y") -> None:  # type: ignore[no-untyped-def]
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=SMALL + 0.5)
    if grid_axis:
        ax.grid(axis=grid_axis, color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)


def title(fig: Figure, text: str) -> None:
    """The figure's title; also puts the axes' numbers into the language's style (every
    builder calls this once its axes are set up)."""
    fig.suptitle(text, fontsize=FONT + 2, fontweight="bold", x=0.01, ha="left")
    localise_numbers(fig)


def localise_numbers(fig: Figure) -> None:
    """Tick labels of plain numbers with the language's decimal sign."""
    from matplotlib.ticker import ScalarFormatter

    from ..core.i18n import language

    if language() not in ("de", "es"):
        return
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            fmt = axis.get_major_formatter()
            if type(fmt) is ScalarFormatter:
                axis.set_major_formatter(CommaFormatter())


def _comma_formatter_class():  # type: ignore[no-untyped-def]
    from matplotlib.ticker import ScalarFormatter

    class _Comma(ScalarFormatter):
        def __call__(self, x, pos=None):  # type: ignore[no-untyped-def]
            return super().__call__(x, pos).replace(".", ",")

        def format_ticks(self, values):  # type: ignore[no-untyped-def]
            return [t.replace(".", ",") for t in super().format_ticks(values)]

    return _Comma


def CommaFormatter():  # type: ignore[no-untyped-def]  # noqa: N802 (a class, made late)
    return _comma_formatter_class()()


def wrap(text: str, width: int = 100) -> str:
    """Long note lines broken between words (translations run longer than English)."""
    import textwrap

    return "\n".join(textwrap.fill(line, width) if len(line) > width else line
                     for line in text.split("\n"))


def no_data(title_text: str, message: str, height: float = 2.2) -> Figure:
    """A figure that says plainly that there is nothing to draw yet."""
    fig = new_figure(height)
    title(fig, title_text)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=FONT + 1, color="#444444",
            wrap=True, transform=ax.transAxes,
            bbox={"boxstyle": "round,pad=0.8", "facecolor": "#f4f4f4", "edgecolor": "#cccccc"})
    return fig


# ---------------------------------------------------------------------- dark (the window only)
DARK_FACE = "#1e1e1e"
DARK_TEXT = "#e6e6e6"
DARK_MUTED = "#b0b0b0"
DARK_GRID = "#444444"
_LIGHT_TO_DARK = {  # the light style's greys, and what they become on a dark face
    "#ffffff": DARK_FACE, "#f4f4f4": "#2a2a2a", "#dddddd": DARK_GRID, "#cccccc": "#555555",
    "#444444": DARK_MUTED, "#000000": DARK_TEXT, "#333333": DARK_TEXT, "#666666": DARK_MUTED,
}


def _hex(color) -> str:  # type: ignore[no-untyped-def]
    from matplotlib.colors import to_hex

    try:
        return str(to_hex(color, keep_alpha=False)).lower()
    except (ValueError, TypeError):
        return ""


def darken(fig: Figure, face: str = DARK_FACE) -> Figure:
    """Re-colour a figure built in the light style for a dark window, in place.

    Only greys, black and white change (text, axes, grid, boxes); the Okabe-Ito data
    colours stay.  The PDF report never calls this: it stays light.  Works on the
    figure's own artists (no global rcParams), so it is safe in a worker thread.
    """
    from matplotlib.text import Text

    def swap(color) -> str | None:  # type: ignore[no-untyped-def]
        return _LIGHT_TO_DARK.get(_hex(color))

    fig.patch.set_facecolor(face)
    for text in fig.findobj(Text):
        new = swap(text.get_color())
        text.set_color(new or DARK_TEXT if _hex(text.get_color()) in _LIGHT_TO_DARK else
                       text.get_color())
        box = text.get_bbox_patch()
        if box is not None:
            box.set_facecolor(swap(box.get_facecolor()) or box.get_facecolor())
            box.set_edgecolor(swap(box.get_edgecolor()) or box.get_edgecolor())
    for ax in fig.axes:
        ax.set_facecolor(swap(ax.get_facecolor()) or face)
        for spine in ax.spines.values():
            spine.set_edgecolor(DARK_MUTED)
        ax.tick_params(colors=DARK_TEXT, which="both")
        for line in ax.get_xgridlines() + ax.get_ygridlines():
            line.set_color(DARK_GRID)
        for line in ax.get_lines():
            c = swap(line.get_color())
            if c:
                line.set_color(c)
        for patch in ax.patches:
            for get, put in ((patch.get_facecolor, patch.set_facecolor),
                             (patch.get_edgecolor, patch.set_edgecolor)):
                c = swap(get())
                if c:
                    put(c)
        for coll in ax.collections:  # error bars, scatter points, filled bands
            for get, put in ((coll.get_edgecolor, coll.set_edgecolor),  # type: ignore[assignment]
                             (coll.get_facecolor, coll.set_facecolor)):
                try:
                    colors = list(get())
                except (TypeError, ValueError):
                    continue
                if colors and all(swap(c) for c in colors):
                    put([swap(c) for c in colors])  # type: ignore[arg-type]
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor("#2a2a2a")
            legend.get_frame().set_edgecolor("#555555")
            for t in legend.get_texts():
                t.set_color(DARK_TEXT)
    return fig
