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
    fig.suptitle(text, fontsize=FONT + 2, fontweight="bold", x=0.01, ha="left")


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
