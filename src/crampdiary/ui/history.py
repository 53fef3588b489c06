"""Every entry in one table, newest first, filtered by kind, date range and text.

``HistoryModel`` pages through the diary (``canFetchMore`` / ``fetchMore``):
ten years of entries open as fast as ten days, because only the rows the
view asks for are read.  A text filter reads the whole filtered range once and
keeps the matching rows.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import use_cases as uc
from ..core.describe import KIND_LABELS, describe
from ..core.records import Record, Water, num
from ..core.timeutil import day_range_utc, to_local
from .controller import DiaryController
from .localefmt import strftime
from .style import danger_text
from .widgets import date_range_edits

PAGE = 400
_Index = QModelIndex | QPersistentModelIndex


def _parse_sql_time(s: str) -> datetime:
    from ..core.storage.entries import from_stored

    return from_stored(s)


def _alarming(rec: Record) -> bool:
    from ..core.kinds import KINDS

    return any(f.show is not None and f.show.alarm and getattr(rec, f.name, None)
               for f in KINDS[rec.kind].fields)


def search_entries(diary: Any, kind: str | None, lo: datetime | None, hi: datetime | None,
                   text: str) -> list[Record]:
    """The entries whose words (or kind) contain ``text``, newest first.  It reads and
    describes every entry of the range (a second or more on ten years), so the window
    runs it on a reading worker."""
    needle = text.casefold()
    recs = uc.list_entries(diary, kind, lo, hi)
    out = [r for r in recs if (hi is None or r.at < hi) and (
        needle in describe(r).casefold() or needle in KIND_LABELS[r.kind].casefold())]
    out.reverse()
    return out


class HistoryModel(QAbstractTableModel):
    """All entries matching the filter, newest first, read page by page.

    A page is a small indexed read (about 20 ms at ten years) and stays on the UI
    thread; a text search reads the whole range, so with ``source`` (where a worker
    reads: the controller's ``reader``) it runs on a reading worker, the rows on screen
    staying until its result comes (``searching`` meanwhile; ``searched`` after).
    """

    searched = Signal()  # a search's rows arrived

    COLUMNS = ("When", "Kind", "Details", "#")
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, diary: Any, parent: Any = None, settings: Any = None) -> None:
        super().__init__(parent)
        self.diary = diary
        self.settings = settings  # a callable giving the Settings (drinks in ml or fl oz)
        self.kind: str | None = None
        self.start: date | None = None
        self.end: date | None = None
        self.text = ""
        self.rows: list[Record] = []
        self._cursor: tuple[str, int] | None = None  # (at, id) of the last row read
        self._done = False
        self.source: Any = None  # a callable giving the workers' diary (see the class)
        self.searching = False
        self._gen = 0
        self.reload()

    def details(self, rec: Record) -> str:
        """The entry in words; drinks in the unit chosen in Settings."""
        text = describe(rec)
        settings = self.settings() if callable(self.settings) else self.settings
        if isinstance(rec, Water) and settings is not None and settings.units != "ml":
            prefix = f"{num(rec.ml)} ml"
            if text.startswith(prefix):
                text = settings.volume_text(rec.ml) + text[len(prefix):]
        return text

    # ------------------------------------------------------------------ filter
    def set_filter(self, kind: str | None = None, start: date | None = None,
                   end: date | None = None, text: str = "") -> None:
        self.kind, self.start, self.end, self.text = kind, start, end, text.strip()
        self.reload()

    def reload(self) -> None:
        self._gen += 1
        if self.text and self.source is not None:
            self._search_on_worker()
            return
        self.searching = False
        self.beginResetModel()
        self.rows = []
        self._cursor = None
        self._done = False
        if self.text:
            self.rows = self._search()
            self._done = True
        else:
            self.rows = self._page()
        self.endResetModel()

    def _search_on_worker(self) -> None:
        from .tasks import run_task

        gen, diary = self._gen, self.source()
        (lo, hi), kind, text = self._bounds(), self.kind, self.text
        self.searching = True

        def found(rows: list[Record]) -> None:
            if gen != self._gen:
                return  # the filter changed (or the diary) meanwhile: a newer read comes
            self.searching = False
            self.beginResetModel()
            self.rows, self._cursor, self._done = rows, None, True
            self.endResetModel()
            self.searched.emit()

        def failed(exc: BaseException) -> None:
            if gen == self._gen:
                self.searching = False
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

        run_task(lambda: search_entries(diary, kind, lo, hi, text), found, failed)

    def _bounds(self) -> tuple[datetime | None, datetime | None]:
        lo, hi = day_range_utc(self.start, self.end)
        return lo, hi

    def _page(self) -> list[Record]:
        """The next PAGE entries older than the cursor (keyset paging on (at, id))."""
        from ..core.storage.entries import page_keys

        lo, hi = self._bounds()
        con = self.diary.raw()
        try:
            keys = page_keys(con, self.kind, lo, hi, self._cursor, PAGE + 1)
        finally:
            con.close()
        if len(keys) <= PAGE:
            self._done = True
        keys = keys[:PAGE]
        if not keys:
            return []
        self._cursor = (keys[-1][1], keys[-1][0])
        wanted = {k[0] for k in keys}
        newest, oldest = _parse_sql_time(keys[0][1]), _parse_sql_time(keys[-1][1])
        recs = [r for r in uc.list_entries(self.diary, self.kind, oldest, newest) if r.id in wanted]
        recs.sort(key=lambda r: (r.at, r.id), reverse=True)
        return recs

    def _search(self) -> list[Record]:
        lo, hi = self._bounds()
        return search_entries(self.diary, self.kind, lo, hi, self.text)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._done:
            return
        more = self._page()
        if not more:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        rec = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return strftime(to_local(rec.at), "%a %d %b %Y  %H:%M")
            if col == 1:
                return self.tr(KIND_LABELS[rec.kind])
            if col == 2:
                return self.details(rec)
            if col == 3:
                return str(rec.id)
        elif role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return self.details(rec)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if _alarming(rec):  # a red flag (a field the kind description marks as alarm)
                return QColor(danger_text(None))
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == self.RecordRole:
            return rec
        return None

    def record(self, row: int) -> Record | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class HistoryView(QWidget):
    """The table with its filter bar and Edit / Delete buttons."""

    edit_requested = Signal(object)  # a Record

    def __init__(self, controller: DiaryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self._deleting: set[int] = set()  # ids whose delete is on the write worker
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        bar = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All kinds"), None)
        for k, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), k)
        self.kind.setAccessibleName(self.tr("Show only this kind of entry"))
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.kind)
        self.use_dates = QCheckBox(self.tr("From"), self)
        self.use_dates.setAccessibleName(self.tr("Limit to a date range"))
        self.start, self.end = date_range_edits(self, 30)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to"), self))
        bar.addWidget(self.end)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes, medicines, muscles…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the diary"))
        bar.addWidget(self.search, 1)
        lay.addLayout(bar)

        self.model = HistoryModel(controller.diary, self, lambda: controller.settings)
        self.model.source = lambda: controller.reader  # a search reads on a worker
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Diary entries, newest first"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        lay.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        buttons.addWidget(self.count_label, 1)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter)"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Delete); Ctrl+Z brings it back"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        lay.addLayout(buttons)

        act_del = QAction(self.tr("Delete entry"), self)
        act_del.setShortcut(QKeySequence.StandardKey.Delete)
        act_del.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act_del.triggered.connect(self.delete_selected)
        self.table.addAction(act_del)
        act_edit = QAction(self.tr("Edit entry"), self)
        act_edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act_edit.triggered.connect(self.edit_selected)
        self.table.addAction(act_edit)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        controller.changed.connect(self.refresh)
        controller.settings_changed.connect(self.refresh)
        self.model.modelReset.connect(self._update_count)
        self.model.searched.connect(self._searched)
        self.model.rowsInserted.connect(self._update_count)
        self._update_count()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def _dates_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._debounce.stop()
        start = end = None
        if self.use_dates.isChecked():
            start = self.start.date().toPython()
            end = self.end.date().toPython()
        self.model.set_filter(self.kind.currentData(), start, end, self.search.text())  # type: ignore[arg-type]
        self._update_count()

    def refresh(self) -> None:
        """Reload after a write, keeping the selected entry selected when it still exists.

        While the view waits behind another tab, the reload waits until it is shown.
        """
        if self.parentWidget() is not None and self.isHidden() or self.ctl.paused:
            self._stale = True  # (a switch of person or a restore ends with ``changed``)
            return
        self._stale = False
        self.model.diary = self.ctl.diary
        sel = self.selected_record()
        self.model.reload()
        self._reselect = sel.id if sel is not None else None  # once a search's rows come
        if sel is not None:
            self.select_id(sel.id)
        self._update_count()

    def _searched(self) -> None:
        if getattr(self, "_reselect", None) is not None:
            self.select_id(self._reselect)  # type: ignore[arg-type]
        self._reselect = None
        self._update_count()

    def select_id(self, entry_id: int) -> bool:
        for row, rec in enumerate(self.model.rows):
            if rec.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_count(self) -> None:
        if self.model.searching:
            self.count_label.setText(self.tr("Searching…"))
            return
        n = self.model.rowCount()
        more = self.model.canFetchMore()
        self.count_label.setText(self.tr("{n}{more} entries shown").format(
            n=n, more="+" if more else ""))

    def selected_record(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(rows[0].row())

    def edit_selected(self) -> None:
        rec = self.selected_record()
        if rec is not None:
            self.edit_requested.emit(rec)

    def delete_selected(self) -> Any:
        rec = self.selected_record()
        if rec is None:
            return None
        if rec.id in self._deleting:
            return None  # pressed again before the first delete came back
        row = self.table.selectionModel().selectedRows()[0].row()
        self._deleting.add(rec.id)

        def deleted(_old: Record) -> None:
            self._deleting.discard(rec.id)
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

        def failed(exc: BaseException) -> None:
            from ..core.errors import NotFound

            self._deleting.discard(rec.id)
            if isinstance(exc, NotFound):  # already gone (another program): show the diary
                self.refresh()
                return
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

        return self.ctl.delete(rec.id, on_done=deleted, on_error=failed)

