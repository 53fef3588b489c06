"""The Insights view: findings with honest statistics, each opening its chart.

Everything slow happens off the UI thread: the findings are computed in a
worker (``core.analysis``), and each chart's ``Figure`` is built in a worker the
first time its finding is opened; only the ``FigureCanvasQTAgg`` that shows it
is made here, on the UI thread.  Results from an older request (the range
changed, or the diary changed and ``refresh()`` ran) are dropped by a
generation counter.

The workers are ``tasks.run_task``'s Python threads; results come back through
its long-lived hand-off ``QObject`` in the UI thread (a queued signal).  (Python
``QRunnable`` objects on the ``QThreadPool`` crashed at random here with
PySide6 6.12 once several long matplotlib/scipy jobs ran.)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .tasks import run_task, wait_for_workers
from .widgets import date_range_edits

__all__ = ["InsightsView", "wait_for_workers"]

PERIODS = (("All time", None), ("Last 30 days", 30), ("Last 90 days", 90),
           ("Last 12 months", 365), ("Choose dates…", "custom"))


def _compute(diary: Any, start: date | None, end: date | None) -> tuple[Any, list[Any]]:
    """Worker side: load the data once and compute every finding."""
    from ..core import analysis

    data = analysis.load_data(diary, start, end)
    return data, analysis.findings_from_data(data)


def _build_chart(data: Any, key: str, dark: bool = False) -> Any:
    """Worker side: build the matplotlib Figure (no Qt objects here); dark for a dark
    window (the report's PDF is built elsewhere and stays light)."""
    from .. import charts

    fig = charts.build(data, key)
    if dark:
        from ..charts._style import darken

        darken(fig)
    return fig


def chart_key(finding: Any) -> str | None:
    """The chart that shows a finding (the same-day water finding shows the same-day
    chart, not the next-day one)."""
    key = getattr(finding, "chart", None)
    if getattr(finding, "id", None) == "water-same-day" and key == "water-next-day":
        return "water-same-day"
    return key


def _alive(obj: Any) -> bool:
    try:
        import shiboken6

        return bool(shiboken6.isValid(obj))
    except ImportError:  # pragma: no cover
        return True


class InsightsView(QWidget):
    findings_ready = Signal()  # the findings list was (re)filled
    chart_shown = Signal(str)  # a chart (by key) is on screen
    failed = Signal(str)

    def __init__(self, diary: Any, parent: QWidget | None = None, *,
                 source: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.diary = diary
        # Where the worker reads: the controller's reading connections (one per worker
        # thread), not the window's own connection; ``diary`` itself without one.
        self.source = source
        self.findings: list[Any] = []
        self.data: Any = None
        self._gen = 0
        self._busy = 0
        self._canvases: dict[str, QWidget] = {}
        self._pending: set[str] = set()
        self._wanted_chart: str | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period"), self))
        self.period = QComboBox(self)
        for label, value in PERIODS:
            self.period.addItem(self.tr(label), value)
        self.period.setAccessibleName(self.tr("Which days to look at"))
        bar.addWidget(self.period)
        self.start, self.end = date_range_edits(self, 89)
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.end)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        bar.addWidget(self.status, 1, Qt.AlignmentFlag.AlignRight)
        lay.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(split)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Findings: one question about your diary each"))
        self.list.setMinimumWidth(260)
        self.list.setSpacing(2)
        right = QWidget(split)
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(8, 0, 0, 0)
        self.answer = QLabel(right)
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answer.setAccessibleName(self.tr("The answer, with its numbers"))
        rlay.addWidget(self.answer)
        self.charts = QStackedWidget(right)
        self.placeholder = QLabel(self.tr("Choose a finding on the left to see its chart."),
                                  self.charts)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.charts.addWidget(self.placeholder)
        rlay.addWidget(self.charts, 1)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        note = QLabel(self.tr(
            "These are patterns in your own diary: what went together, not proof of what causes "
            "what. A 'clear' pattern is unlikely to be chance after allowing for the number of "
            "questions asked. Talk to your doctor or prescriber before changing any treatment."),
            self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        lay.addWidget(note)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(lambda _d: self._debounce.start())
        self.end.dateChanged.connect(lambda _d: self._debounce.start())
        self.list.currentRowChanged.connect(self._row_changed)
        self.refresh()

    # ------------------------------------------------------------------ range
    def date_range(self) -> tuple[date | None, date | None]:
        value = self.period.currentData()
        if value is None:
            return None, None
        if value == "custom":
            a: date = self.start.date().toPython()  # type: ignore[assignment]
            b: date = self.end.date().toPython()  # type: ignore[assignment]
            return (a, b) if a <= b else (b, a)
        today = date.today()
        return today - timedelta(days=int(value) - 1), today

    def set_range(self, start: date | None, end: date | None) -> None:
        """Show a chosen range (``None, None`` for all time) and recompute."""
        self.period.blockSignals(True)
        self.start.blockSignals(True)
        self.end.blockSignals(True)
        try:
            if start is None and end is None:
                self.period.setCurrentIndex(0)
            else:
                self.period.setCurrentIndex(len(PERIODS) - 1)
                self.start.setDate(QDate(start or date(1970, 1, 1)))  # type: ignore[call-overload]
                self.end.setDate(QDate(end or date.today()))  # type: ignore[call-overload]
            custom = self.period.currentData() == "custom"
            self.start.setEnabled(custom)
            self.end.setEnabled(custom)
        finally:
            self.period.blockSignals(False)
            self.start.blockSignals(False)
            self.end.blockSignals(False)
        self.refresh()

    def _period_changed(self, _index: int) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.refresh()

    # ------------------------------------------------------------------ findings
    @property
    def idle(self) -> bool:
        return self._busy == 0

    @Slot()
    def refresh(self) -> None:
        """Recompute the findings (after a write, or when the range changes)."""
        self._debounce.stop()
        self._gen += 1
        gen = self._gen
        start, end = self.date_range()
        self.status.setText(self.tr("Working out the findings…"))
        self._busy += 1
        diary = self.source() if self.source is not None else self.diary
        run_task(lambda: _compute(diary, start, end),
                 lambda res: self._findings_done(gen, res),
                 lambda exc: self._task_failed(gen, exc))

    def _findings_done(self, gen: int, result: tuple[Any, list[Any]]) -> None:
        if not _alive(self):
            return
        self._busy -= 1
        if gen != self._gen:
            return
        data, findings = result
        keep = self.current_finding().id if self.current_finding() else None
        self.data, self.findings = data, findings
        for w in self._canvases.values():
            self.charts.removeWidget(w)
            w.deleteLater()
        self._canvases.clear()
        self._pending.clear()
        self.list.blockSignals(True)
        self.list.clear()
        for f in findings:
            item = QListWidgetItem(f"{self._verdict(f)}\n{f.question}")
            item.setToolTip(f.answer)
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        clear = sum(1 for f in findings if f.significant)
        if data.empty:
            self.status.setText(self.tr("No entries in this period yet."))
        else:
            self.status.setText(self.tr("{days} days, {n} findings, {c} clear").format(
                days=data.n_days, n=len(findings), c=clear))
        self.answer.setText("")
        self.charts.setCurrentWidget(self.placeholder)
        self.placeholder.setText(self.tr("Choose a finding on the left to see its chart."))
        row = next((i for i, f in enumerate(findings) if f.id == keep), 0 if findings else -1)
        self.findings_ready.emit()
        if row >= 0:
            self.list.setCurrentRow(row)

    def _task_failed(self, gen: int, exc: BaseException) -> None:
        if not _alive(self):
            return
        self._busy -= 1
        if gen != self._gen:
            return
        text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        self.status.setText(self.tr("Could not work out the insights: {e}").format(e=text))
        self.placeholder.setText(self.status.text())
        self.charts.setCurrentWidget(self.placeholder)
        self.failed.emit(text)

    def _verdict(self, f: Any) -> str:
        if not f.enough_data:
            return self.tr("Needs more data")
        if f.significant:
            return self.tr("Clear pattern")
        return self.tr("Could be chance")

    def current_finding(self) -> Any:
        row = self.list.currentRow()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def _row_changed(self, row: int) -> None:
        f = self.current_finding()
        if f is None:
            return
        self.answer.setText(self._answer_html(f))
        key = chart_key(f)
        if key:
            self.show_chart(key)

    def _answer_html(self, f: Any) -> str:
        import html

        from PySide6.QtCore import QLocale

        loc = QLocale()  # the decimal comma in German and Spanish, as the answer above

        def num(v: float, fmt: str = "f", digits: int = 2) -> str:
            return loc.toString(float(v), fmt, digits)

        stats = [self.tr("n = {n}").format(n=f.n)]
        if f.enough_data and f.effect is not None:
            kind = {"rate-ratio": self.tr("rate ratio"), "spearman": self.tr("Spearman rho"),
                    "difference": self.tr("difference")}.get(f.effect_kind, f.effect_kind)
            stats.append(f"{kind} {num(f.effect)}")
        if f.ci is not None:
            stats.append(self.tr("95% interval {a:.2f} to {b:.2f}")
                         .replace("{a:.2f}", num(f.ci[0])).replace("{b:.2f}", num(f.ci[1])))
        if f.p is not None:
            stats.append(f"p = {num(f.p, 'g', 3)}")
        if f.q is not None:
            stats.append(f"q = {num(f.q, 'g', 3)}")
        return (f"<p><b>{html.escape(f.question)}</b> &nbsp;<i>{html.escape(self._verdict(f))}"
                f"</i></p><p>{html.escape(f.answer)}</p>"
                f"<p style='color:{self.palette().color(QPalette.ColorRole.PlaceholderText).name()}'>{html.escape(' · '.join(stats))}</p>")

    # ------------------------------------------------------------------ charts
    def show_chart(self, key: str) -> None:
        """Show the chart ``key``; build it in a worker the first time."""
        self._wanted_chart = key
        canvas = self._canvases.get(key)
        if canvas is not None:
            self._describe(canvas, key)
            self.charts.setCurrentWidget(canvas)
            self.chart_shown.emit(key)
            return
        self.placeholder.setText(self.tr("Drawing the chart…"))
        self.charts.setCurrentWidget(self.placeholder)
        if key in self._pending or self.data is None:
            return
        self._pending.add(key)
        self._busy += 1
        gen, data = self._gen, self.data
        from .style import is_dark

        dark = is_dark(self)
        run_task(lambda: _build_chart(data, key, dark),
                 lambda fig: self._chart_done(gen, key, fig),
                 lambda exc: self._chart_failed(gen, key, exc))

    def _chart_failed(self, gen: int, key: str, exc: BaseException) -> None:
        if _alive(self):
            self._pending.discard(key)
            self._task_failed(gen, exc)  # counts the task as finished

    def _chart_done(self, gen: int, key: str, fig: Any) -> None:
        if not _alive(self):
            return
        self._busy -= 1
        if gen != self._gen:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._pending.discard(key)
        canvas = FigureCanvasQTAgg(fig)
        canvas.setParent(self.charts)
        canvas.setMinimumSize(320, 200)
        canvas.setAccessibleName(fig.get_suptitle() or key)
        self._describe(canvas, key)
        self._canvases[key] = canvas
        self.charts.addWidget(canvas)
        if self._wanted_chart == key:
            self.charts.setCurrentWidget(canvas)
            self.chart_shown.emit(key)

    def _describe(self, canvas: QWidget, key: str) -> None:
        """The chart's text alternative: the sentence of the finding it is shown for."""
        f = self.current_finding()
        sentence = f.answer if f is not None and chart_key(f) == key else ""
        canvas.setAccessibleDescription(sentence or canvas.accessibleName() or key)
        canvas.setToolTip(sentence)

    def current_canvas(self) -> QWidget | None:
        w = self.charts.currentWidget()
        return None if w is self.placeholder else w
