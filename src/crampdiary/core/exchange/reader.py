"""Reading import files safely: regular files only, a size limit, streamed CSV and JSON.

* Only regular files (or, for a Cramp Diary CSV export, a folder of them) are read:
  ``/dev/zero``, a FIFO, a socket or a device are refused before anything is opened.
* A file over the size limit is refused at once.
* CSV: the separator is found from the header (``,`` or ``;``; with ``;`` a decimal comma
  is read), a UTF-8 byte-order mark is accepted, columns whose header is empty are
  ignored as long as their cells are empty too, CR LF and CR inside a cell become LF.
* JSON: parsed as a stream (the ``entries`` array one element at a time), numbers with
  more than ``MAX_DIGITS`` digits come back as ``TooLong`` so the field can be named.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from .common import MAX_DIGITS, describe_char

MAX_IMPORT_BYTES = 1024 * 1024 * 1024  # 1 GiB for CSV, JSON and app exports
MAX_XML_BYTES = 8 * 1024 * 1024 * 1024  # Apple Health exports grow large
_CHUNK = 1 << 20
_MAX_ELEMENT = 4 << 20  # one JSON entry larger than this is no diary entry


class TooLong:
    """A number with too many digits (kept as text so the message can name the field)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return f"a number with {len(self.text.lstrip('-+'))} digits"


def check_regular(path: Path, limit: int | None = None, *, allow_dir: bool = False) -> int:
    """Refuse anything but a regular file (or a folder when allowed); return its size."""
    limit = MAX_IMPORT_BYTES if limit is None else limit
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("path", f"{path} does not exist") from None
    except OSError as exc:
        raise InputError("path", f"{path} cannot be read: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        if allow_dir:
            return 0
        raise InputError("path", f"{path} is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        what = ("a named pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise InputError("path", f"{path} is {what}; only regular files can be imported; "
                                 "nothing was imported")
    if st.st_size > limit:
        raise InputError("path", f"{path.name} is too large to import ({st.st_size:,} bytes; "
                                 f"the limit is {limit:,} bytes); nothing was imported")
    return int(st.st_size)


def open_binary(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        raise InputError("path", f"{path} cannot be read: {exc.strerror}") from None


# --------------------------------------------------------------------------- CSV
_DECIMAL_COMMA = re.compile(r"^\s*[+-]?\d+,\d+\s*$")


@dataclass
class CsvTable:
    """A streamed CSV file: its header (ignored empty columns removed) and rows."""

    label: str
    header: list[str]
    delimiter: str
    rows: Iterator[tuple[int, int, dict[str, str]]]  # (row number, first line, cells)
    position: Callable[[], int]
    close: Callable[[], None] = lambda: None
    # the same rows as lists of cells in ``header`` order (read one or the other)
    lists: Iterator[tuple[int, int, list[str]]] = iter(())

    @property
    def decimal_comma(self) -> bool:
        return self.delimiter == ";"


def _sniff(line: str) -> str:
    """``;`` when the header has more semicolons than commas outside quotes, else ``,``."""
    commas = semis = 0
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch == ",":
                commas += 1
            elif ch == ";":
                semis += 1
    return ";" if semis > commas else ","


def read_csv(path: Path, label: str | None = None, *, limit: int | None = None,
             delimiter: str | None = None) -> CsvTable:
    """Open a CSV file as a stream of rows keyed by header name."""
    label = label or path.name
    check_regular(path, limit)
    raw = open_binary(path)
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
    try:
        first = text.readline()
    except UnicodeDecodeError as exc:
        text.close()
        raise InputError("path", f"{label}, row 1 (header): not UTF-8 text (bad byte "
                                 f"0x{exc.object[exc.start]:02x}); nothing was imported") from None
    if "\x00" in first:
        text.close()
        raise InputError("path", f"{label} is not a text file (it holds NUL bytes); nothing "
                                 "was imported")
    delim = delimiter or _sniff(first)
    stream = itertools.chain((first,), text)  # the file's own line iterator: no Python step
    reader = csv.reader(stream, delimiter=delim, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        text.close()
        raise InputError("path", f"{label}, row 1: not a readable CSV header ({exc})") from None
    if header is None:
        text.close()
        return CsvTable(label, [], delim, iter(()), lambda: 0)
    header = [h.strip() for h in header]
    keep = [i for i, h in enumerate(header) if h != ""]
    names = [header[i] for i in keep]
    dup = next((h for h in names if names.count(h) > 1), None)
    if dup is not None:
        text.close()
        raise InputError(dup, f"{label}, row 1 (header): column {dup!r} appears twice")

    plain = len(keep) == len(header)  # no ignored column: cells map straight onto names
    width = len(header)

    def cell_lists() -> Iterator[tuple[int, int, list[str]]]:
        n = 1
        prev = reader.line_num
        try:
            for cells in reader:
                n += 1
                first_line, prev = prev + 1, reader.line_num
                if plain and len(cells) == width:
                    if any(cells):
                        yield n - 1, first_line, cells
                    continue
                if not cells or all(c == "" for c in cells):
                    continue
                where = f"{label} row {n - 1} (line {first_line})"
                if len(cells) > len(header):
                    extra = cells[len(header):]
                    if any(c.strip() for c in extra):
                        raise InputError("row", f"{where}: has {len(cells)} cells but the "
                                                f"header has {len(header)} columns")
                    cells = cells[:len(header)]
                elif len(cells) < len(header):
                    # a spreadsheet may drop trailing empty cells of ignored columns
                    if any(i >= len(cells) for i in keep):
                        raise InputError("row", f"{where}: has {len(cells)} cells but the "
                                                f"header has {len(header)} columns")
                out: list[str] = []
                for i, c in enumerate(cells):
                    if header[i] == "":
                        if c.strip():
                            raise InputError(f"column {i + 1}",
                                             f"{where}, field column {i + 1}: an unnamed "
                                             f"column holds {c[:30]!r}; give it a header or "
                                             "empty it")
                        continue
                    out.append(c)
                yield n - 1, first_line, out
        except csv.Error as exc:
            msg = str(exc)
            if "NUL" in msg:
                raise InputError("path", f"{label} line {reader.line_num + 1}: contains "
                                         f"{describe_char(chr(0))}; nothing was imported"
                                 ) from None
            raise InputError("row", f"{label} line {reader.line_num}: not valid CSV ({msg})"
                             ) from None
        except UnicodeDecodeError as exc:
            raise InputError("path", f"{label} after line {reader.line_num}: not UTF-8 text "
                                     f"(bad byte 0x{exc.object[exc.start]:02x}); nothing was "
                                     "imported") from None
        finally:
            text.close()

    lists = cell_lists()

    def rows() -> Iterator[tuple[int, int, dict[str, str]]]:
        for n, line, cells in lists:
            yield n, line, dict(zip(names, cells, strict=True))

    def position() -> int:
        try:
            return raw.tell()
        except (OSError, ValueError):
            return 0

    return CsvTable(label, names, delim, rows(), position, text.close, lists)


def decimal(value: str, decimal_comma: bool) -> str:
    """'1,5' -> '1.5' where the file uses ';' between cells."""
    if decimal_comma and _DECIMAL_COMMA.match(value):
        return value.replace(",", ".")
    return value


# --------------------------------------------------------------------------- JSON
def _int_hook(s: str) -> Any:
    if len(s.lstrip("-")) > MAX_DIGITS:
        return TooLong(s)
    return int(s)


def _float_hook(s: str) -> Any:
    if len(s) > 400:
        return TooLong(s)
    return float(s)


_DECODER = json.JSONDecoder(parse_int=_int_hook, parse_float=_float_hook)
_WS = " \t\r\n"


class JsonStream:
    """A streaming reader of a JSON document whose big part is one array.

    ``items(key)`` yields the elements of ``doc[key]`` (or of the top-level array) one at
    a time; the other members of a top-level object are decoded whole (they are small)
    and collected in ``head``.
    """

    def __init__(self, path: Path, label: str, limit: int | None = None):
        self.label = label
        self.size = check_regular(path, limit)
        self._raw = open_binary(path)
        self._dec = io.TextIOWrapper(self._raw, encoding="utf-8-sig", errors="strict")
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.head: dict[str, Any] = {}
        self.top: str | None = None

    def position(self) -> int:
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        self._dec.close()

    def _fill(self) -> bool:
        if self.eof:
            return False
        try:
            chunk = self._dec.read(_CHUNK)
        except UnicodeDecodeError as exc:
            raise InputError("path", f"{self.label} is not UTF-8 text (bad byte "
                                     f"0x{exc.object[exc.start]:02x}); nothing was imported"
                             ) from None
        if not chunk:
            self.eof = True
            return False
        if "\x00" in chunk:
            raise InputError("path", f"{self.label} is not a text file (it holds NUL bytes); "
                                     "nothing was imported")
        self.buf = self.buf[self.pos:] + chunk
        self.pos = 0
        return True

    def _peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def _expect(self, chars: str) -> str:
        ch = self._peek()
        if ch == "" or ch not in chars:
            self._bad(f"expected {' or '.join(repr(c) for c in chars)}")
        self.pos += 1
        return ch

    def _bad(self, what: str) -> None:
        raise InputError("path", f"{self.label} is not valid JSON ({what} near character "
                                 f"{self.position()}); nothing was imported")

    def _value(self) -> Any:
        self._peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if exc.pos >= len(self.buf) - 1 or not self.eof:
                    if len(self.buf) - self.pos > _MAX_ELEMENT:
                        raise InputError("path", f"{self.label}: one value is larger than "
                                                 f"{_MAX_ELEMENT >> 20} MB; no diary entry "
                                                 "is that large; nothing was imported"
                                         ) from None
                    if self._fill():
                        continue
                raise InputError("path", f"{self.label} is not valid JSON ({exc.msg}); "
                                         "nothing was imported") from None
            except RecursionError:
                raise InputError("path", f"{self.label} is JSON nested too deeply to be a "
                                         "Cramp Diary export; nothing was imported") from None
            # a number at the very end of the buffer may continue in the next chunk
            if end >= len(self.buf) and not self.eof and isinstance(value, (int, float, TooLong)):
                if self._fill():
                    continue
            self.pos = end
            return value

    def _array(self) -> Iterator[Any]:
        self._expect("[")
        if self._peek() == "]":
            self.pos += 1
            return
        while True:
            yield self._value()
            if self._expect(",]") == "]":
                return

    def items(self, key: str) -> Iterator[Any]:
        """The elements of the top-level array or of ``doc[key]``; the rest goes to head."""
        try:
            first = self._peek()
            if first == "[":
                self.top = "array"
                yield from self._array()
                return
            if first != "{":
                self._bad("a JSON object or array was expected")
            self.top = "object"
            self.pos += 1
            if self._peek() == "}":
                self.pos += 1
                return
            while True:
                name = self._value()
                if not isinstance(name, str):
                    self._bad("a member name was expected")
                self._expect(":")
                if name == key and self._peek() == "[":
                    self.head[key] = True
                    yield from self._array()
                else:
                    self.head[name] = self._value()
                if self._expect(",}") == "}":
                    break
            if self._peek() != "":
                self._bad("extra data after the document")
        finally:
            self.close()
