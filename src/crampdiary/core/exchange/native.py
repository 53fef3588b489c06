"""Cramp Diary's own files as import sources: a CSV export folder (or one of its files)
and a JSON export (or the array printed by ``list --json``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import COLUMNS, CSV_FILES, TIME_COLUMN
from .common import refuse, unguard_cell
from .engine import CellSource, RawRow
from .export import JSON_FORMAT, JSON_VERSION, TEXT_COLUMNS
from .reader import JsonStream, TooLong, check_regular, decimal, read_csv

KIND_BY_FILE = {v: k for k, v in CSV_FILES.items()}
_REQUIRED = {"cramp": ("muscle", "severity"), "dose": ("drug", "amount"), "water": ("ml",),
             "stretch": ("minutes",), "vitals": (), "symptom": ("name", "severity")}


class Source:
    """What the engine needs from a file: rows, a position for progress, its size."""

    name = "crampdiary"
    label = "Cramp Diary"

    def __init__(self, path: Path):
        self.path = path
        self.size = 0
        self._pos: Any = None

    def rows(self) -> Iterator[RawRow]:
        raise NotImplementedError

    def position(self) -> int:
        return int(self._pos()) if self._pos else 0

    def medicines(self) -> list[RawRow]:
        return []

    def _open_table(self, looks_like: Any, refusal: str, **csv_options: Any) -> Any:
        """Open ``self.path`` as a CSV table for an app's importer, or refuse it with
        ``refusal`` (what the header lacks) when ``looks_like(header)`` is false."""
        table = read_csv(self.path, **csv_options)
        self._pos = table.position
        self.size = self.path.stat().st_size
        if not looks_like(table.header):
            table.close()
            raise InputError("path", f"{table.label}, row 1 (header): {refusal}")
        return table


def parse_id(value: Any, where: str, column: str = "id") -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, TooLong):
        raise refuse(where, column, f"is {value!r}; not an entry id")
    if isinstance(value, bool):
        raise refuse(where, column, "is not an entry id (a whole number)")
    try:
        f = float(value)
        if not f.is_integer() or f <= 0 or f > 2**62:
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise refuse(where, column, f"{str(value)[:40]!r} is not an entry id (a whole number)"
                     ) from None
    return int(f)


def csv_cells(kind: str, path: Path) -> CellSource | None:
    """One file of a CSV export as a ``CellSource``: its rows as lists of cells, and the
    builder of the ``RawRow`` the generic pipeline reads for a row (the engine's fast
    path falls back on it for every row it does not take itself).  None when the file
    has no header (nothing to import)."""
    table = read_csv(path)
    label = table.label
    cols = COLUMNS[kind]
    time_col = TIME_COLUMN.get(kind, "at")
    header = table.header
    if not header:
        table.close()
        return None
    # An unknown column is tolerated while it stays empty (a spreadsheet's extra column);
    # a value in it makes that row a bad row, the column its field (CONTRACT section 4).
    unknown = {h for h in header if h not in cols}
    for c in (time_col, *_REQUIRED[kind]):
        if c not in header:
            table.close()
            raise InputError(c, f"{label}, row 1 (header): the column {c!r} is missing")
    text_cols = TEXT_COLUMNS[kind]
    from ..kinds import public_to_field

    field_of = public_to_field(kind)  # the kind description's public name -> field
    colmap = {("at" if c == time_col else field_of.get(c, c)): c for c in cols}
    dc = table.decimal_comma

    # per column, in header order: its name, input field name (None: unknown column,
    # "" the id) and whether it is text (formula guard) or a value
    plan = [(h, "" if h == "id" else None if h in unknown else
             "at" if h == time_col else field_of.get(h, h), h in text_cols) for h in header]
    known = ", ".join(cols)

    def build(n: int, line: int, cells: list[str]) -> RawRow:
        where = f"{label} row {n} (line {line})"
        data: dict[str, Any] = {}
        entry_id = None
        for (h, fname, text), v in zip(plan, cells, strict=True):
            if fname == "":
                if v:
                    entry_id = parse_id(v.strip(), where)
                continue
            if v == "":
                continue
            if fname is None:
                if not v.strip():
                    continue
                raise refuse(where, h, f"unknown column {h!r} holds {v[:30]!r}; the columns "
                                       f"of {label} are {known}")
            if text:
                if v[0] == "'":
                    v = unguard_cell(v)
            elif dc:
                v = decimal(v, dc)
            data[fname] = v
        return RawRow(kind, data, entry_id, where, colmap)

    return CellSource(kind, label, table.lists, header.index(time_col),
                      header.index("id") if "id" in header else None, build, table.position,
                      len(header))


class CsvFolder(Source):
    def rows(self) -> Iterator[RawRow]:
        for cells in self.cell_sources():
            yield from (cells.build(n, line, row) for n, line, row in cells.rows)

    def fast_rows(self) -> Iterator[CellSource]:
        """The files as ``CellSource``s, for the engine's fast path (``engine.run``)."""
        return self.cell_sources()

    def cell_sources(self) -> Iterator[CellSource]:
        p = self.path
        if p.is_dir():
            found = [(k, p / n) for k, n in CSV_FILES.items() if (p / n).exists()]
            if not found:
                raise InputError("path", f"{p} holds none of the files of a Cramp Diary CSV "
                                         f"export ({', '.join(CSV_FILES.values())})")
        else:
            found = [(KIND_BY_FILE[p.name], p)]
        self.size = sum(check_regular(f) for _, f in found)
        done = 0
        for kind, f in found:
            cells = csv_cells(kind, f)
            if cells is not None:
                base = done
                self._pos = lambda pos=cells.position, base=base: base + pos()
                yield cells
            done += f.stat().st_size


_JSON_PLANS: dict[str, tuple[str, frozenset[str], dict[str, str]]] = {}


def _json_plan(kind: str) -> tuple[str, frozenset[str], dict[str, str]]:
    """A kind's time column, the keys its JSON entries may have, and public name -> input
    field (made once per kind, not once per entry)."""
    plan = _JSON_PLANS.get(kind)
    if plan is None:
        from ..kinds import public_to_field

        allowed = set(COLUMNS[kind]) | {"kind", "at"}
        if kind == "stretch":
            allowed |= {"stretch_kind"}
        plan = _JSON_PLANS[kind] = (TIME_COLUMN.get(kind, "at"), frozenset(allowed),
                                    dict(public_to_field(kind)))
    return plan


class JsonFile(Source):
    def __init__(self, path: Path):
        super().__init__(path)
        self._meds: list[Any] = []
        self.size = check_regular(path)
        with open(path, "rb") as fh:
            if b"\x00" in fh.read(65536):
                raise InputError("path", f"{path.name} is not a text file (it looks binary); "
                                         "nothing was imported")

    def medicines(self) -> list[RawRow]:
        label = self.path.name
        return [RawRow("medicine", m if isinstance(m, dict) else {"_bad": m}, None,
                       f"{label} medicine {i + 1} (medicines[{i}])")
                for i, m in enumerate(self._meds)]

    def rows(self) -> Iterator[RawRow]:
        label = self.path.name
        stream = JsonStream(self.path, label)
        self._pos = stream.position
        i = -1
        for i, item in enumerate(stream.items("entries")):
            if i == 0:
                self._check_head(stream, label)
            yield self._row(item, i, label)
        self._check_head(stream, label)
        if stream.top == "object" and stream.head.get("entries") is not True:
            raise InputError("path", f"{label} is JSON but not a Cramp Diary export "
                                     "(no list of \"entries\")")
        meds = stream.head.get("medicines") or []
        if not isinstance(meds, list):
            raise InputError("medicines", f"{label}: \"medicines\" must be a list")
        self._meds = meds

    @staticmethod
    def _check_head(stream: JsonStream, label: str) -> None:
        head = stream.head
        if head.get("resourceType") == "Bundle":
            raise InputError("path", f"{label} is a FHIR bundle; Cramp Diary imports its own "
                                     "CSV and JSON exports and the exports of the apps listed "
                                     "in --from")
        fmt = head.get("format")
        if fmt not in (None, JSON_FORMAT):
            raise InputError("path", f"{label} is a {str(fmt)[:40]!r} file, not a Cramp Diary "
                                     "export")
        version = head.get("version", JSON_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version > JSON_VERSION:
            raise InputError("path", f"{label} was written by a newer version of Cramp Diary "
                                     f"(format version {version!r}); nothing was imported")

    @staticmethod
    def _row(item: Any, i: int, label: str) -> RawRow:
        where = f"{label} entry {i + 1} (entries[{i}])"
        if not isinstance(item, dict):
            raise InputError("entry", f"{where}: is not an object")
        kind = item.get("kind")
        if not isinstance(kind, str) or kind not in COLUMNS:
            raise refuse(where, "kind", f"unknown kind {str(kind)[:40]!r}; choose from "
                                        f"{', '.join(COLUMNS)}")
        time_col, allowed, field_of = _json_plan(kind)
        data: dict[str, Any] = {}
        entry_id = None
        colmap = {"at": time_col}
        for key, v in item.items():
            if key not in allowed:
                raise refuse(where, key, f"is not a field of a {kind} entry")
            if key == "id":
                entry_id = parse_id(v, where)
                continue
            if key == "kind":
                continue
            if v is None or v == "":
                continue
            fname = "at" if key in (time_col, "at") else field_of.get(key) or key
            data[fname] = v
            colmap.setdefault(fname, key)
        if "at" not in data:
            raise refuse(where, time_col, "is required")
        return RawRow(kind, data, entry_id, where, colmap)
