"""Charts about the episodes themselves: when, where, what relief, and the wear-off picture."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ..core.analysis import Episodes, WearOffProfile
from ..core.i18n import ntr, short_weekday, tr
from ..core.vocab import RELIEFS, word
from ._style import (
    BLUE,
    FONT,
    GREY,
    ORANGE,
    SEQUENTIAL_CMAP,
    SKY,
    SMALL,
    VERMILLION,
    new_figure,
    no_data,
    style_axes,
    title,
    wrap,
)

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # English; shown: short_weekday
C = "charts"


def _g(x: float) -> str:
    """A number like ``{x:g}``, with the language's decimal sign."""
    from ..core.i18n import language

    text = f"{x:g}"
    return text.replace(".", ",") if language() in ("de", "es") else text
MIN_HOURS_SHOWN = 24.0  # hours-since-dose bins with less time at risk are left out (too noisy)


def wear_off(profile: WearOffProfile | None) -> Figure:
    """Episode onset rate by hours since the last dose (the wear-off picture)."""
    name = (tr(C, "Episodes by hours since the last dose") if profile is None else
            tr(C, "Episodes by hours since the last {drug} dose").format(drug=profile.name))
    if profile is None:
        return no_data(name, tr(C, "No medicine with a dosing interval was taken regularly\n"
                                   "(on 5 of 7 days) in this period."))
    if profile.hours.sum() <= 0:
        return no_data(name, tr(C, "No {drug} doses in this period yet.").format(drug=profile.name))
    fig = new_figure()
    ax = fig.add_subplot()
    style_axes(ax)
    left = profile.edges_h[:-1]
    width = np.diff(profile.edges_h)
    shown = profile.hours >= MIN_HOURS_SHOWN
    rate = profile.rate_per_day
    covered = left < profile.interval_h
    ax.axvspan(0, profile.interval_h, color=SKY, alpha=0.18, linewidth=0)
    ax.bar(left[shown & covered], rate[shown & covered], width=width[shown & covered] * 0.9,
           align="edge", color=BLUE,
           label=tr(C, "Within {hours} h of a dose").format(hours=_g(profile.interval_h)))
    ax.bar(left[shown & ~covered], rate[shown & ~covered],
           width=width[shown & ~covered] * 0.9, align="edge", color=ORANGE,
           label=tr(C, "More than {hours} h after the last dose").format(
               hours=_g(profile.interval_h)))
    ax.axvline(profile.interval_h, color="black", linestyle="--", linewidth=1)
    last = float(profile.edges_h[1:][shown].max()) if shown.any() else profile.interval_h
    right = min(float(profile.edges_h[-1]), 3 * np.ceil(max(last, profile.interval_h + 3) / 3))
    ax.set_xlim(0, right)
    ax.set_xticks(np.arange(0, right + 1, 3))
    ax.set_xlabel(tr(C, "Hours since the last {drug} dose (h)").format(drug=profile.name),
                  fontsize=FONT)
    ax.set_ylabel(tr(C, "Episodes per 24 h"), fontsize=FONT)
    top = float(np.nanmax(rate[shown])) if shown.any() else 1.0
    ax.set_ylim(0, max(top, 0.1) * 1.35)  # headroom for the legend
    ax.legend(fontsize=SMALL, loc="upper right", frameon=False)
    n_ep = int(profile.episodes.sum())
    if (~shown & (profile.hours > 0)).any():
        note = ntr(C, "{n} episode. Each bar: episodes that started in that hour after a dose,\n"
                      "per 24 hours spent at that point after a dose (bars with under {hours} h "
                      "in total left out)",
                   "{n} episodes. Each bar: episodes that started in that hour after a dose,\n"
                   "per 24 hours spent at that point after a dose (bars with under {hours} h "
                   "in total left out)", n_ep).format(hours=_g(MIN_HOURS_SHOWN))
    else:
        note = ntr(C, "{n} episode. Each bar: episodes that started in that hour after a dose,\n"
                      "per 24 hours spent at that point after a dose",
                   "{n} episodes. Each bar: episodes that started in that hour after a dose,\n"
                   "per 24 hours spent at that point after a dose", n_ep)
    ax.set_title(wrap(note, 96), fontsize=SMALL, loc="left", color="#444444")
    title(fig, name)
    return fig


def hour_weekday(ep: Episodes) -> Figure:
    """How many episodes started in each hour of each weekday (local time)."""
    name = tr(C, "When episodes start: hour of day by weekday")
    if len(ep) == 0:
        return no_data(name, tr(C, "No episodes in this period yet."))
    grid = np.zeros((7, 24), dtype=int)
    hours = np.clip(ep.clock_h.astype(int), 0, 23)
    np.add.at(grid, (ep.weekday.astype(int), hours), 1)
    fig = new_figure(3.3)
    ax = fig.add_subplot()
    img = ax.imshow(grid, aspect="auto", cmap=SEQUENTIAL_CMAP, interpolation="nearest",
                    vmin=0, vmax=max(1, int(grid.max())), extent=(0, 24, 6.5, -0.5))
    ax.set_yticks(range(7), [short_weekday(i) for i in range(7)], fontsize=SMALL + 0.5)
    ax.set_xticks(range(0, 25, 3), [f"{h:02d}:00" for h in range(0, 25, 3)],
                  fontsize=SMALL + 0.5)
    ax.set_xlabel(tr(C, "Hour of day (local time)"), fontsize=FONT)
    for h in (7, 22):
        ax.axvline(h, color="white", linestyle="--", linewidth=1.2)
    ax.text(22.1, -0.62, tr(C, "night 22:00 to 07:00"), fontsize=SMALL, va="bottom", ha="right",
            color="#444444")
    cb = fig.colorbar(img, ax=ax, pad=0.01)
    cb.set_label(tr(C, "Episodes"), fontsize=FONT)
    cb.ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    cb.ax.tick_params(labelsize=SMALL)
    title(fig, name)
    return fig


def relief_methods(ep: Episodes) -> Figure:
    """How long episodes lasted, by the relief method used."""
    name = tr(C, "How long episodes lasted, by what you did for relief")
    dur = ep.duration_min
    methods: list[tuple[str, np.ndarray]] = []
    for key in RELIEFS:
        label = word("relief", key)
        mask = np.fromiter((key in r for r in ep.relief), bool, len(ep.relief))
        vals = dur[mask & ~np.isnan(dur)]
        if len(vals):
            methods.append((label, vals))
    if not methods:
        return no_data(name, tr(C, "No episodes with a duration and a relief method yet.\n"
                                   "Log how long an episode lasted and what you tried."))
    methods.sort(key=lambda m: float(np.median(m[1])))
    fig = new_figure(1.4 + 0.42 * len(methods))
    ax = fig.add_subplot()
    style_axes(ax, "x")
    pos = np.arange(len(methods))
    # Boxes drawn by hand: Axes.boxplot reads every rcParam, which makes matplotlib
    # import pyplot to resolve the backend (global state; unsafe in a worker thread).
    for i, (_, vals) in enumerate(methods):
        q1, med, q3 = np.percentile(vals, [25, 50, 75])
        iqr = q3 - q1
        lo = float(vals[vals >= q1 - 1.5 * iqr].min())
        hi = float(vals[vals <= q3 + 1.5 * iqr].max())
        ax.hlines(i, lo, q1, color=BLUE, linewidth=1)
        ax.hlines(i, q3, hi, color=BLUE, linewidth=1)
        ax.vlines([lo, hi], i - 0.12, i + 0.12, color=BLUE, linewidth=1)
        ax.barh(i, q3 - q1, left=q1, height=0.55, color=SKY, edgecolor=BLUE, alpha=0.8)
        ax.vlines(med, i - 0.275, i + 0.275, color=VERMILLION, linewidth=2.2, zorder=4)
    rng = np.random.default_rng(2)
    for i, (_, vals) in enumerate(methods):
        show = vals if len(vals) <= 300 else rng.choice(vals, 300, replace=False)
        ax.scatter(show, i + rng.uniform(-0.18, 0.18, len(show)), s=7, color="black",
                   alpha=0.3, edgecolors="none", zorder=3)
    allv = np.concatenate([m[1] for m in methods])
    right = float(np.percentile(allv, 97)) * 1.1 if len(allv) > 5 else float(allv.max()) * 1.2
    ax.set_xlim(0, max(right, 1.0))
    ax.set_yticks(pos, [f"{label} ({len(v)})" for label, v in methods], fontsize=SMALL + 0.5)
    ax.set_xlabel(tr(C, "Duration of the episode (minutes)"), fontsize=FONT)
    ax.set_title(wrap(tr(C, "Red line: median; box: middle half of the episodes; (n): episodes.\n"
                         "An episode where you tried several things counts under each."), 96),
                 fontsize=SMALL, loc="left", color="#444444")
    title(fig, name)
    return fig


SIDE_ORDER = (("left", "Left", BLUE), ("right", "Right", ORANGE), ("both", "Both sides", GREY),
              (None, "Side not given", "#d9d9d9"))


def body_areas(ep: Episodes) -> Figure:
    """Which muscles were affected, split by side."""
    name = tr(C, "Where the episodes were")
    if len(ep) == 0:
        return no_data(name, tr(C, "No episodes in this period yet."))
    muscles = sorted(set(ep.muscle), key=lambda m: -ep.muscle.count(m))[:14]
    muscles.reverse()
    fig = new_figure(1.3 + 0.32 * len(muscles))
    ax = fig.add_subplot()
    style_axes(ax, "x")
    left = np.zeros(len(muscles))
    labels = {"left": word("side", "left"), "right": word("side", "right"),
              "both": word("side", "both"), None: tr(C, "Side not given")}
    for side, _label, colour in SIDE_ORDER:
        label = labels[side]
        counts = np.array([sum(1 for m, s in zip(ep.muscle, ep.side, strict=True) if m == mu and s == side)
                           for mu in muscles], dtype=float)
        if counts.sum() == 0:
            continue
        ax.barh(range(len(muscles)), counts, left=left, color=colour, label=label, height=0.65)
        left += counts
    for i, total in enumerate(left):
        ax.text(total, i, f" {int(total)}", va="center", fontsize=SMALL)
    ax.set_yticks(range(len(muscles)), [word("muscle", m) for m in muscles],
                  fontsize=SMALL + 0.5)
    ax.set_xlabel(tr(C, "Episodes"), fontsize=FONT)
    ax.set_xlim(0, float(left.max()) * 1.12)
    ax.xaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.legend(fontsize=SMALL, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False,
              ncols=4, borderaxespad=0.1)
    title(fig, name)
    return fig


__all__ = ["wear_off", "hour_weekday", "relief_methods", "body_areas", "SKY", "VERMILLION"]
