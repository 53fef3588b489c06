"""Exports (CSV, JSON, FHIR R4) and imports (our CSV and JSON, and the exports of
Bearable, medTimer, Apple Health and Health Connect) of CONTRACT.md section 4.

``export(diary, fmt, path, start, end, bundle=, name=, bom=)`` writes; ``import_path(
diary, path, progress=None, source="auto", dry_run=False)`` reads any supported file
through one pipeline (``engine``): streamed, checked row by row, written in batches in
one transaction (all or nothing), duplicates skipped.  ``detect(path)`` names the
source a file comes from.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from ..errors import InputError
from .common import diary_uuid, guard_cell, unguard_cell
from .engine import ImportResult, Progress, run
from .export import (
    FORMATS,
    JSON_FORMAT,
    JSON_VERSION,
    TEXT_COLUMNS,
    csv_text,
    export,
    json_document,
)
from .fhir import BUNDLE_TYPES, fhir_bundle, fhir_resources
from .importers import LABELS, SOURCES
from .reader import MAX_IMPORT_BYTES, check_regular

IMPORT_SOURCES = ("auto", "crampdiary", *SOURCES)


def detect(path: Path) -> str:
    """Which source a file or folder comes from, by its content (``--from auto``)."""
    from ..records import CSV_FILES
    from .importers import apple_health, bearable, medtimer
    from .native import KIND_BY_FILE

    path = Path(path).expanduser()
    if path.is_dir():
        check_regular(path, allow_dir=True)
        if any((path / n).exists() for n in CSV_FILES.values()):
            return "crampdiary"
        raise InputError("path", f"{path} holds none of the files of a Cramp Diary CSV export "
                                 f"({', '.join(CSV_FILES.values())})")
    check_regular(path, 1 << 62)
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if head.startswith(b"SQLite format 3\x00"):
        return "health-connect"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except zipfile.BadZipFile:
            raise InputError("path", f"{path.name} is a damaged zip file") from None
        if any(n.endswith("export.xml") for n in names):
            return "apple-health"
        if any(n.endswith(".db") for n in names):
            return "health-connect"
        raise InputError("path", f"{path.name} is a zip file of no known app export")
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<") or path.suffix.lower() == ".xml":
        if apple_health.sniff(head):
            return "apple-health"
        raise InputError("path", f"{path.name} is XML but not an Apple Health export")
    if text.startswith((b"{", b"[")):
        return "crampdiary"
    if path.name in KIND_BY_FILE:
        return "crampdiary"
    first = text.split(b"\n", 1)[0].decode("utf-8", "replace").strip("\r")
    delim = ";" if first.count(";") > first.count(",") else ","
    header = [h.strip().strip('"') for h in first.split(delim)]
    if medtimer.looks_like(header):
        return "medtimer"
    if bearable.looks_like(header):
        return "bearable"
    if path.suffix.lower() in (".json", ".csv", ".txt"):
        return "crampdiary"  # its own checks say what is wrong with the file
    raise InputError("path", f"{path.name}: the format was not recognised; give --from with "
                             f"one of {', '.join(IMPORT_SOURCES[1:])}")


def make_source(path: Path, source: str = "auto") -> Any:
    from .importers import get_source
    from .native import KIND_BY_FILE, CsvFolder, JsonFile

    path = Path(path).expanduser()
    if source not in IMPORT_SOURCES:
        raise InputError("from", f"unknown source {source!r}; choose from "
                                 f"{', '.join(IMPORT_SOURCES)}")
    if source == "auto":
        source = detect(path)
    if source == "crampdiary":
        if path.is_dir():
            return CsvFolder(path)
        check_regular(path)
        if path.name in KIND_BY_FILE:
            return CsvFolder(path)
        if path.suffix.lower() == ".csv":
            raise InputError("path", f"{path.name} is not one of the files of a Cramp Diary "
                                     "CSV export (cramps.csv, doses.csv, ...); import the folder")
        return JsonFile(path)
    check_regular(path, 1 << 62)
    return get_source(source, path)


def import_path(diary: Any, path: Path, progress: Progress | None = None, *,
                source: str = "auto", dry_run: bool = False) -> ImportResult:
    """Import a file or folder into ``diary`` (all or nothing), or count with ``dry_run``."""
    src = make_source(Path(path), source)
    # a CSV export's files go whole to the engine's fast path (``engine.CellSource``)
    rows = src.fast_rows() if hasattr(src, "fast_rows") else src.rows()
    first = next(rows, None)  # opens the file: its size and position are known from here
    import itertools

    it = itertools.chain([first], rows) if first is not None else iter(())
    return run(diary, it, dry_run=dry_run, progress=progress, position=src.position,
               size=src.size, source=src.name, medicines=src.medicines)


__all__ = ["export", "import_path", "ImportResult", "fhir_bundle", "fhir_resources",
           "json_document", "csv_text", "FORMATS", "BUNDLE_TYPES", "IMPORT_SOURCES", "LABELS",
           "MAX_IMPORT_BYTES", "detect", "diary_uuid", "guard_cell", "unguard_cell",
           "JSON_FORMAT", "JSON_VERSION", "TEXT_COLUMNS", "make_source"]
