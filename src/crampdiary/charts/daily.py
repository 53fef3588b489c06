"""Charts over days: the timeline, water against episodes, stretching days, severity."""

from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.figure import Figure

from ..core.analysis import DailySeries, Episodes, poisson_rate_ci
from ..core.i18n import ntr, tr
from ._style import (
    BLUE,
    FONT,
    GREY,
    ORANGE,
    PALETTE,
    SKY,
    SMALL,
    VERMILLION,
    new_figure,
    no_data,
    style_axes,
    title,
)

C = "charts"  # the translation context of the charts' words


def _no_data_text() -> str:
    return tr(C, "No entries in this period yet.\nLog a few episodes and this chart will fill in.")


def _dec(x: float, digits: int) -> str:
    from ..core.i18n import language

    text = f"{x:.{digits}f}"
    return text.replace(".", ",") if language() in ("de", "es") else text


def _rolling_mean(x: np.ndarray, window: int) -> np.ndarray:
    """Trailing mean over ``window`` days (fewer at the start)."""
    c = np.cumsum(np.insert(x.astype(float), 0, 0.0))
    n = np.arange(1, len(x) + 1)
    k = np.minimum(n, window)
    return (c[n] - c[n - k]) / k


def _date_axis(ax, days: np.ndarray, numeric: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Date ticks; ``numeric`` when the data were plotted as matplotlib date numbers."""
    import matplotlib.dates as mdates

    loc = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(DateTicks())
    pad = np.timedelta64(1, "D")
    lo, hi = days[0] - pad, days[-1] + pad
    if hi - lo < np.timedelta64(14, "D"):  # a few days: show two weeks, not hours
        hi = lo + np.timedelta64(14, "D")
    if numeric:
        ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    else:
        ax.set_xlim(lo, hi)


class DateTicks:
    """Date tick labels in the program's language (matplotlib's own use the C library's
    English month names): a year on its first day, a month on its first day, else day
    and month; the first tick also carries the year."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        import matplotlib.dates as mdates

        from ..core.i18n import medium_date

        d = mdates.num2date(x).date()
        full = medium_date(d)  # "1 Jan 2026", "1. Jan. 2026", "1 ene 2026"
        if d.month == 1 and d.day == 1:
            return str(d.year)
        if d.day == 1:
            month_year = full.split(" ", 1)[1]
            return month_year if pos == 0 else month_year.rsplit(" ", 1)[0]
        if pos == 0:
            return full
        return full.rsplit(" ", 1)[0]


def _buckets(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, str]:
    """Group long spans: (bucket index per day, bucket edges as dates (n + 1), unit word)."""
    n = len(days)
    one = np.timedelta64(1, "D")
    if n <= 180:
        return np.arange(n), np.append(days, days[-1] + one), "day"
    if n <= 3 * 366:
        idx = np.arange(n) // 7
        starts = days[::7]
        return idx, np.append(starts, days[-1] + one), "week"
    months = days.astype("datetime64[M]")
    uniq, idx = np.unique(months, return_inverse=True)
    starts = uniq.astype("datetime64[D]")
    starts[0] = days[0]
    return idx, np.append(starts, days[-1] + one), "month"


def timeline(series: DailySeries, starts: dict[str, date] | None = None) -> Figure:
    """Episodes per day with a 7-day mean, water per day, and doses as marks.

    Spans longer than 180 days are shown as weekly (up to 3 years) or monthly
    averages per day, so ten years stay readable.  Steps (one artist each) rather
    than one bar per day keep ten years fast to draw.
    """
    import matplotlib.dates as mdates

    name = tr(C, "Episodes, water and doses over time")
    days = series.days
    if len(days) == 0:
        return no_data(name, _no_data_text())
    drugs = [d for d, c in series.doses.items() if c.sum() > 0][:6]
    water_known = ~np.isnan(series.water_ml)
    rows = [3.0] + ([1.4] if water_known.any() else []) + ([0.35 * len(drugs) + 0.35]
                                                            if drugs else [])
    fig = new_figure(2.2 + 0.9 * sum(rows) / 2)
    axes = np.atleast_1d(fig.subplots(len(rows), 1, sharex=True, height_ratios=rows))
    ax = axes[0]
    style_axes(ax)
    x = days.astype("datetime64[D]")
    idx, bedges, unit = _buckets(x)
    nb = len(bedges) - 1
    edges = mdates.date2num(bedges)
    centre = (edges[:-1] + edges[1:]) / 2
    ndays = np.bincount(idx, minlength=nb).astype(float)
    if unit == "day":
        vals = series.episodes.astype(float)
        if nb <= 120:  # separate bars read best for a few months
            ax.bar(centre, vals, width=0.8, color=SKY, label=tr(C, "Episodes that day"))
        else:
            ax.stairs(vals, edges, fill=True, color=SKY, label=tr(C, "Episodes that day"))
        ax.plot(centre, _rolling_mean(series.episodes, 7), color=VERMILLION, linewidth=1.8,
                label=tr(C, "7-day average"))
        ax.yaxis.get_major_locator().set_params(integer=True)
    else:
        vals = np.bincount(idx, weights=series.episodes, minlength=nb) / ndays
        ax.stairs(vals, edges, fill=True, color=SKY,
                  label=tr(C, "Average per day, each week") if unit == "week"
                  else tr(C, "Average per day, each month"))
        ax.stairs(vals, edges, color="white", linewidth=0.4, baseline=None)
        k = 13 if unit == "week" else 3
        ax.plot(centre, _rolling_mean(vals, k), color=VERMILLION, linewidth=1.8,
                label=tr(C, "Average of the last 3 months"))
    ax.set_ylabel(tr(C, "Episodes per day"), fontsize=FONT)
    ax.set_ylim(0, max(1.0, float(vals.max()) * 1.25))
    for i, (drug, day) in enumerate((starts or {}).items()):
        ax.axvline(mdates.date2num(np.datetime64(day, "D")), color=PALETTE[(i + 1) % len(PALETTE)],
                   linestyle="--", linewidth=1.2,
                   label=tr(C, "First {drug} dose").format(drug=drug))
    # Two columns at most: a wider legend above the axes would squeeze the plot.
    ax.legend(fontsize=SMALL, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False,
              ncols=2, borderaxespad=0.1)
    nxt = 1
    if water_known.any():
        axw = axes[nxt]
        nxt += 1
        style_axes(axw)
        litres = series.water_ml / 1000
        known_n = np.bincount(idx, weights=water_known, minlength=nb)
        tot = np.bincount(idx, weights=np.nan_to_num(litres), minlength=nb)
        with np.errstate(invalid="ignore", divide="ignore"):
            wavg = np.where(known_n > 0, tot / known_n, 0.0)
        if nb <= 120:
            axw.bar(centre[known_n > 0], wavg[known_n > 0], width=0.8 * np.diff(edges)[0],
                    color=BLUE)
        else:
            axw.stairs(wavg, edges, fill=True, color=BLUE)
            axw.stairs(wavg, edges, color="white", linewidth=0.4, baseline=None)
        axw.set_ylabel(tr(C, "Water\n(litres/day)"), fontsize=FONT)
        axw.set_ylim(0, max(0.5, float(wavg.max()) * 1.15))
    if drugs:
        axd = axes[nxt]
        style_axes(axd, grid_axis="")
        for i, drug in enumerate(drugs):
            c = series.doses[drug]
            on = np.bincount(idx, weights=c, minlength=nb) > 0
            axd.scatter(centre[on], np.full(int(on.sum()), i), marker="|",
                        s=60 if nb <= 120 else 25, color=PALETTE[i % len(PALETTE)],
                        linewidths=1.2 if nb <= 200 else 0.6)
        axd.set_yticks(range(len(drugs)), [d if len(d) <= 16 else d[:15] + "…" for d in drugs],
                       fontsize=SMALL)
        axd.set_ylim(-0.7, len(drugs) - 0.3)
        axd.set_ylabel(tr(C, "Doses") if unit == "day" else
                       tr(C, "Doses\n(any that\nweek)") if unit == "week" else
                       tr(C, "Doses\n(any that\nmonth)"),
                       fontsize=FONT if unit == "day" else SMALL + 0.5)
        axd.spines["left"].set_visible(False)
        axd.tick_params(axis="y", length=0)
    _date_axis(axes[-1], x, numeric=True)
    axes[-1].set_xlabel(tr(C, "Date"), fontsize=FONT)
    title(fig, name)
    return fig


def water_vs_episodes(series: DailySeries, lag: int = 1) -> Figure:
    """Water on a day against episodes that day (lag 0) or the next day (lag 1)."""
    name = (tr(C, "Water and episodes the next day") if lag else
            tr(C, "Water and episodes the same day"))
    w = series.water_ml / 1000
    e = series.episodes.astype(float)
    if lag and len(w) > lag:
        w, e = w[:-lag], e[lag:]
    elif lag:
        w, e = w[:0], e[:0]
    ok = ~np.isnan(w)
    w, e = w[ok], e[ok]
    if len(w) < 2:
        return no_data(name, tr(C, "Water has to be logged on at least two days\n(each followed "
                                 "by another day in the diary)\nbefore this chart can be drawn.")
                       if lag else tr(C, "Water has to be logged on at least two days\n"
                                         "before this chart can be drawn."))
    fig = new_figure()
    ax = fig.add_subplot()
    style_axes(ax, "both")
    rng = np.random.default_rng(0)
    jitter = rng.uniform(-0.12, 0.12, len(e))
    alpha = 0.7 if len(w) < 200 else 0.25
    ax.scatter(w, e + jitter, s=14, color=SKY, alpha=alpha, edgecolors="none",
               label=tr(C, "One day (dots are spread a little so they do not overlap)"))
    # Averages within bands of water with their 95% intervals.
    nb = int(min(5, max(1, len(w) // 10)))
    if nb >= 2:
        cuts = np.quantile(w, np.linspace(0, 1, nb + 1))
        band = np.clip(np.searchsorted(cuts, w, side="right") - 1, 0, nb - 1)
        mx, my, lo, hi = [], [], [], []
        for b in range(nb):
            sel = band == b
            if not sel.any():
                continue
            n, k = int(sel.sum()), int(e[sel].sum())
            ci = poisson_rate_ci(k, n)
            mx.append(float(np.median(w[sel])))
            my.append(k / n)
            lo.append(k / n - ci[0])
            hi.append(ci[1] - k / n)
        ax.errorbar(mx, my, yerr=[lo, hi], color=VERMILLION, marker="o", markersize=6,
                    linewidth=1.8, capsize=3,
                    label=tr(C, "Average in each fifth of the days, 95% interval"))
    ax.set_xlabel(tr(C, "Water logged on the day (litres)") if lag == 0 else
                  tr(C, "Water logged on a day (litres)"), fontsize=FONT)
    ax.set_ylabel(tr(C, "Episodes the next day") if lag else tr(C, "Episodes the same day"),
                  fontsize=FONT)
    ax.set_ylim(-0.3, max(2.0, float(e.max()) + 0.6))
    ax.yaxis.get_major_locator().set_params(integer=True)  # type: ignore[call-arg]
    ax.legend(fontsize=SMALL, loc="upper right", frameon=False)
    title(fig, name)
    ax.set_title(ntr(C, "{n} day with water logged", "{n} days with water logged", len(w)),
                 fontsize=SMALL, loc="left", color="#444444")
    return fig


def stretch_days(series: DailySeries) -> Figure:
    """Episodes per day on days with and without stretching, with 95% intervals."""
    name = tr(C, "Episodes on days with and without stretching")
    if len(series.days) == 0:
        return no_data(name, _no_data_text())
    fig = new_figure(3.2)
    ax = fig.add_subplot()
    style_axes(ax)
    groups = [(tr(C, "With stretching"), series.stretched, GREEN_OR_BLUE[0]),
              (tr(C, "Without stretching"), ~series.stretched, GREEN_OR_BLUE[1])]
    for i, (_label, mask, colour) in enumerate(groups):
        n, k = int(mask.sum()), int(series.episodes[mask].sum())
        if n == 0:
            ax.text(i, 0.02, tr(C, "no days"), ha="center", va="bottom", fontsize=SMALL, color=GREY)
            continue
        rate = k / n
        lo, hi = poisson_rate_ci(k, n)
        ax.bar(i, rate, width=0.55, color=colour)
        ax.errorbar(i, rate, yerr=[[rate - lo], [hi - rate]], color="black", capsize=6,
                    linewidth=1.2)
        ax.text(i + 0.3, rate, _dec(rate, 2), va="center", ha="left", fontsize=SMALL + 0.5)
    ax.set_xticks([0, 1], [g[0] + "\n" + ntr(C, "({n} day)", "({n} days)", int(g[1].sum()))
                           for g in groups], fontsize=FONT)
    ax.set_xlim(-0.6, 1.6)
    ax.set_ylabel(tr(C, "Episodes per day"), fontsize=FONT)
    ax.set_ylim(bottom=0)
    title(fig, name)
    ax.set_title(tr(C, "Bars: average; lines: 95% interval"), fontsize=SMALL, loc="left",
                 color="#444444")
    return fig


GREEN_OR_BLUE = ("#009E73", ORANGE)


def severity_over_time(ep: Episodes) -> Figure:
    """Each episode's severity by date, with a running average."""
    name = tr(C, "Severity of episodes over time")
    if len(ep) == 0:
        return no_data(name, tr(C, "No episodes in this period yet."))
    fig = new_figure()
    ax = fig.add_subplot()
    style_axes(ax, "y")
    t = ep.day.astype("datetime64[m]") + (ep.clock_h * 60).astype("timedelta64[m]")
    rng = np.random.default_rng(1)
    alpha = 0.8 if len(ep) < 100 else 0.3 if len(ep) < 1000 else 0.15
    ax.scatter(t, ep.severity + rng.uniform(-0.15, 0.15, len(ep)), s=12, color=BLUE,
               alpha=alpha, edgecolors="none", label=tr(C, "One episode"))
    span_days = int((ep.day.max() - ep.day.min()).astype(int)) + 1
    window = 7 if span_days <= 90 else 30 if span_days <= 730 else 90
    if len(ep) >= 3:
        days = np.arange(ep.day.min(), ep.day.max() + np.timedelta64(1, "D"))
        idx = (ep.day - days[0]).astype(int)
        tot = np.bincount(idx, weights=ep.severity, minlength=len(days))
        cnt = np.bincount(idx, minlength=len(days)).astype(float)
        ctot, ccnt = np.cumsum(np.insert(tot, 0, 0)), np.cumsum(np.insert(cnt, 0, 0))
        n = np.arange(1, len(days) + 1)
        k = np.minimum(n, window)
        s, c = ctot[n] - ctot[n - k], ccnt[n] - ccnt[n - k]
        with np.errstate(invalid="ignore", divide="ignore"):
            avg = np.where(c > 0, s / c, np.nan)
        ax.plot(days, avg, color=VERMILLION, linewidth=1.8,
                label=ntr(C, "Average of the last {n} day", "Average of the last {n} days", window))
    ax.set_ylim(-0.5, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(tr(C, "Severity (0 to 10)"), fontsize=FONT)
    ax.set_xlabel(tr(C, "Date"), fontsize=FONT)
    _date_axis(ax, np.array([ep.day.min(), ep.day.max()]))
    ax.legend(fontsize=SMALL, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False,
              ncols=2, borderaxespad=0.1)
    title(fig, name)
    return fig
