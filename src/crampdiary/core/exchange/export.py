"""Exports of CONTRACT.md section 4: a CSV folder, one JSON file, one FHIR Bundle.

* ``csv``: a folder (created 0700) with six UTF-8 files, one per kind, header row first,
  columns in the order of ``records.COLUMNS``.  ``bom=True`` (``--bom``) starts each file
  with a UTF-8 byte-order mark, which Excel needs to read UTF-8; the importer accepts
  files with or without one.  A text cell that starts with ``= + - @``, a tab, a carriage
  return or an apostrophe gets one leading apostrophe, so a spreadsheet does not run it
  as a formula; the importer removes exactly that apostrophe again.
* ``json``: ``{"format": "crampdiary", "version": 1, ..., "medicines": [...],
  "entries": [...]}``; each entry has the shape of ``list --json``.
* ``fhir``: see ``exchange.fhir``.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ... import paths
from ..db import Diary
from ..errors import InputError
from ..records import COLUMNS, CSV_FILES, Record, csv_row, num, to_public
from ..timeutil import day_range_utc, iso, local_zone, now_utc
from .common import diary_uuid, guard_cell
from .fhir import BUNDLE_TYPES, fhir_bundle

FORMATS = ("csv", "json", "fhir")
JSON_FORMAT = "crampdiary"
JSON_VERSION = 1
# Text columns that the formula guard applies to (never numbers, times or codes).
TEXT_COLUMNS = {
    "cramp": {"trigger", "note"},
    "dose": {"drug", "note"},
    "water": set(),
    "stretch": {"kind"},
    "vitals": set(),
    "symptom": {"name", "note"},
}


def _records(diary: Diary, start: date | None, end: date | None) -> list[Record]:
    from ..use_cases import list_entries

    lo, hi = day_range_utc(start, end)
    return list_entries(diary, None, lo, hi - timedelta(microseconds=1) if hi else None)


def export(diary: Diary, fmt: str, path: Path, start: date | None = None,
           end: date | None = None, *, bundle: str = "collection", name: str | None = None,
           bom: bool = False) -> int:
    """Write the entries of local days ``start``..``end`` (inclusive) to ``path``.

    Returns the number of entries written.
    """
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise InputError("format", f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if bundle not in BUNDLE_TYPES:
        raise InputError("bundle", f"unknown bundle type {bundle!r}; choose collection or "
                                   "transaction")
    if bundle != "collection" and fmt != "fhir":
        raise InputError("bundle", "only a FHIR export has a bundle type")
    if bom and fmt != "csv":
        raise InputError("bom", "a byte-order mark is only written for a CSV export")
    if name is not None:
        from .common import has_bad_text

        name = name.strip()
        if not name or len(name) > 200 or has_bad_text(name):
            raise InputError("name", "must be a name of 1 to 200 printable characters")
    path = Path(path).expanduser()
    recs = _records(diary, start, end)
    if fmt == "csv":
        _export_csv(recs, path, bom)
    elif fmt == "json":
        _check_file_target(path)
        _write(path, json_document(diary, recs, start, end))
    else:
        _check_file_target(path)
        from ..people import document_name

        person = diary.person
        _write(path, fhir_bundle(recs, name if name is not None else document_name(person),
                                 diary_id=diary_uuid(diary), bundle=bundle,
                                 patient_key=patient_key(person.id)))
    return len(recs)


def patient_key(person_id: int) -> str:
    """The FHIR Patient's identifier value of a person: ``patient`` for the first person
    (the one every entry belonged to before a diary had people, so a clinic's server that
    loaded an earlier export keeps the same Patient), ``person-<id>`` for the others."""
    return "patient" if int(person_id) == 1 else f"person-{int(person_id)}"


def _write(path: Path, obj: Any) -> None:
    # No indent: json's C encoder only runs without one (about 5x faster at ten years).
    data = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    paths.write_private(path, data)


def _check_file_target(path: Path) -> None:
    if path.is_dir():
        raise InputError("out", f"{path} is a folder; give a file name such as diary.json")
    if path.exists() and not path.is_file():
        raise InputError("out", f"{path} is not a regular file; give a file name such as "
                                "diary.json")
    if not path.parent.exists():
        paths.secure_dir(path.parent)


def csv_text(kind: str, recs: list[Record]) -> str:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    cols = COLUMNS[kind]
    w.writerow(cols)
    text_idx = [i for i, c in enumerate(cols) if c in TEXT_COLUMNS[kind]]
    for r in recs:
        row = csv_row(r)
        for i in text_idx:
            if row[i]:
                row[i] = guard_cell(row[i])
        w.writerow(row)
    return buf.getvalue()


def _export_csv(recs: list[Record], folder: Path, bom: bool = False) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError("out", f"{folder} is a file; a CSV export needs a folder")
    if not folder.exists():
        paths.secure_dir(folder)  # a new folder is private (0700); an existing one is left as it is
    by_kind: dict[str, list[Record]] = {k: [] for k in CSV_FILES}
    for r in recs:
        by_kind[r.kind].append(r)
    prefix = "\ufeff" if bom else ""
    for kind, fname in CSV_FILES.items():
        paths.write_private(folder / fname, (prefix + csv_text(kind, by_kind[kind])).encode("utf-8"))


def json_document(diary: Diary, recs: list[Record], start: date | None = None,
                  end: date | None = None) -> dict[str, Any]:
    from ..use_cases import list_medicines

    meds = []
    for m in list_medicines(diary):
        meds.append({
            "name": m.name, "form": m.form, "usual_amount": num(m.usual_amount),
            "unit": m.unit, "with_food": m.with_food,
            "schedule": m.schedule or None,
            "started_on": m.started_on.isoformat() if m.started_on else None,
            "stopped_on": m.stopped_on.isoformat() if m.stopped_on else None,
            "note": m.note,
        })
    zone = local_zone()
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": iso(now_utc().replace(microsecond=0)),
        "time_zone": getattr(zone, "key", str(zone)),
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "count": len(recs),
        "medicines": meds,
        "entries": [to_public(r) for r in recs],
    }
