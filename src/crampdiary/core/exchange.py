"""Exports (CSV, JSON, FHIR R4) and imports (CSV, JSON) of CONTRACT.md section 4.

Export
  * ``csv``: a folder (created 0700) with six UTF-8 files, one per kind, header row
    first, columns in the order of ``records.COLUMNS``.  No byte-order mark: a BOM
    would become part of the first header name for many CSV readers (``csv.DictReader``
    reads it as ``\\ufeffid``).  Spreadsheets open the files as UTF-8 when asked; the
    importer accepts files with or without a BOM (a spreadsheet may add one on save).
    Cells are quoted where needed (commas, quotes, new lines survive).  To keep a
    spreadsheet from running a note as a formula, a text cell that starts with
    ``= + - @``, a tab, a carriage return or an apostrophe gets one leading
    apostrophe; the importer removes exactly that apostrophe again, so the round
    trip is exact.
  * ``json``: one file ``{"format": "crampdiary", "version": 1, ..., "medicines": [...],
    "entries": [...]}``; each entry has the shape of ``list --json``.
  * ``fhir``: one FHIR R4 Bundle of type ``collection`` (plain JSON dicts; see
    ``_fhir_*`` below for the codes).

Import
  A CSV folder (any of the six files may be missing; one of the six files on its own
  works too), a JSON export, or the array printed by ``list --json``.  Every row is
  validated first (``models.validate_input``); one bad row refuses the whole import
  with a message naming the file, the row and the field, and nothing is written.
  Then everything is written in one transaction.

  * Ids: an entry keeps the id from the file when that id is free in the diary
    (so an export imported into an empty diary gives back the same ids); otherwise
    it gets a new id.  The ``id`` column may be empty or missing.
  * Duplicates: an entry counts as already present when the diary holds an entry
    of the same kind at the same instant with the same values.  Counting is by
    multiset: two identical rows in the file and one in the diary add one.
  * Times without an offset are local wall-clock time (``TZ``).
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .. import paths
from .catalog import load_catalog
from .db import Diary
from .errors import InputError
from .records import COLUMNS, CSV_FILES, TIME_COLUMN, Record, csv_row, num, to_public
from .timeutil import UTC, day_range_utc, iso, local_zone, now_utc
from .vocab import DRINKS, MUSCLES, RED_FLAGS, RELIEFS, SIDES

FORMATS = ("csv", "json", "fhir")
JSON_FORMAT = "crampdiary"
JSON_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024  # far above ten years of entries
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
# Text columns that the formula guard applies to (never numbers, times or codes).
TEXT_COLUMNS = {
    "cramp": {"trigger", "note"},
    "dose": {"drug", "note"},
    "water": set(),
    "stretch": {"kind"},
    "vitals": set(),
    "symptom": {"name", "note"},
}


@dataclass
class ImportResult:
    added: int = 0
    skipped: int = 0
    medicines_added: int = 0

    def __str__(self) -> str:
        return f"imported {self.added} entries, skipped {self.skipped} already present"


# =========================================================================== export
def _records(diary: Diary, start: date | None, end: date | None) -> list[Record]:
    from .diary import list_entries

    lo, hi = day_range_utc(start, end)
    return list_entries(diary, None, lo, hi - timedelta(microseconds=1) if hi else None)


def export(diary: Diary, fmt: str, path: Path, start: date | None = None,
           end: date | None = None) -> int:
    """Write the entries of local days ``start``..``end`` (inclusive) to ``path``.

    Returns the number of entries written.
    """
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise InputError("format", f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    path = Path(path).expanduser()
    recs = _records(diary, start, end)
    if fmt == "csv":
        _export_csv(recs, path)
    elif fmt == "json":
        _check_file_target(path)
        _write(path, json_document(diary, recs, start, end))
    else:
        _check_file_target(path)
        _write(path, fhir_bundle(recs))
    return len(recs)


def _write(path: Path, obj: Any) -> None:
    # No indent: json's C encoder only runs without one (about 5x faster at ten years).
    data = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    paths.write_private(path, data)


def _check_file_target(path: Path) -> None:
    if path.is_dir():
        raise InputError("out", f"{path} is a folder; give a file name such as diary.json")
    if not path.parent.exists():
        paths.secure_dir(path.parent)


def guard_cell(text: str) -> str:
    """Protect a text cell from being read as a spreadsheet formula (reversible)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unguard_cell(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


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


def _export_csv(recs: list[Record], folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InputError("out", f"{folder} is a file; a CSV export needs a folder")
    if not folder.exists():
        paths.secure_dir(folder)  # a new folder is private (0700); an existing one is left as it is
    by_kind: dict[str, list[Record]] = {k: [] for k in CSV_FILES}
    for r in recs:
        by_kind[r.kind].append(r)
    for kind, name in CSV_FILES.items():
        paths.write_private(folder / name, csv_text(kind, by_kind[kind]).encode("utf-8"))


def json_document(diary: Diary, recs: list[Record], start: date | None = None,
                  end: date | None = None) -> dict[str, Any]:
    from .diary import list_medicines

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


# --------------------------------------------------------------------------- FHIR
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ROUTE_ORAL = {"system": SNOMED, "code": "26643006", "display": "Oral route"}
ENTRY_ID_SYSTEM = "urn:crampdiary:entry-id"
_UCUM_UNITS = {"mg": "mg", "g": "g", "mcg": "ug", "µg": "ug", "ug": "ug", "ml": "mL",
               "mL": "mL"}


def _iso(dt: datetime, zone: Any) -> str:
    """ISO 8601 with the local offset (``timeutil.iso`` without a zone lookup per call)."""
    loc = dt.astimezone(zone)
    return loc.isoformat(timespec="seconds" if loc.microsecond == 0 else "microseconds")


def _cc(text: str, *codings: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if codings:
        out["coding"] = list(codings)
    out["text"] = text
    return out


def _qty(value: float | int, unit: str, code: str | None = None) -> dict[str, Any]:
    q: dict[str, Any] = {"value": num(value), "unit": unit}
    if code:
        q["system"] = UCUM
        q["code"] = code
    return q


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": code, "display": display}]}]


def _comp(text: str, key: str, value: Any, coding: dict[str, str] | None = None) -> dict[str, Any]:
    return {"code": _cc(text, coding) if coding else _cc(text), key: value}


def _fhir_cramp(r: Any, base: dict[str, Any], when: str) -> dict[str, Any]:
    site = MUSCLES.get(r.muscle, r.muscle)
    if r.side:
        site += f", {SIDES.get(r.side, r.side).lower()}"
    comps = [_comp("Severity (0-10)", "valueInteger", r.severity,
                   {"system": SNOMED, "code": "246112005", "display": "Severity"})]
    if r.duration_s is not None:
        comps.append(_comp("Duration", "valueQuantity", _qty(r.duration_s, "s", "s"),
                           {"system": SNOMED, "code": "103335007", "display": "Duration"}))
    comps.append(_comp("Woke from sleep", "valueBoolean", bool(r.woke)))
    if r.relief:
        comps.append(_comp("Relief tried", "valueString",
                           ", ".join(RELIEFS.get(x, x) for x in r.relief)))
    if r.relief_score is not None:
        comps.append(_comp("How much the relief helped (0-10)", "valueInteger", r.relief_score))
    for f in r.red_flags:
        comps.append(_comp("Red flag reported", "valueString", RED_FLAGS.get(f, (f, ""))[0]))
    if r.trigger:
        comps.append(_comp("Possible trigger", "valueString", r.trigger))
    res = {
        **base,
        "code": _cc("Muscle cramp", {"system": SNOMED, "code": "55300003",
                                     "display": "Cramp (finding)"}),
        "effectiveDateTime": when,
        "bodySite": _cc(site),
        "component": comps,
    }
    if r.note:
        res["note"] = [{"text": r.note}]
    return res


def _fhir_dose(r: Any, subject: dict[str, str], when: str) -> dict[str, Any]:
    drug = load_catalog().get(r.drug_key) if r.drug_key else None
    codings = []
    if drug is not None and drug.rxnorm:
        codings.append({"system": RXNORM, "code": str(drug.rxnorm), "display": drug.name})
    dosage: dict[str, Any] = {"dose": _qty(r.amount, r.unit, _UCUM_UNITS.get(r.unit))}
    if r.form in ("tablet", "capsule", "liquid"):
        dosage["route"] = _cc("By mouth", ROUTE_ORAL)
    texts = []
    if r.form:
        texts.append(r.form)
    if r.with_food is not None:
        texts.append("with food" if r.with_food else "without food")
    if texts:
        dosage["text"] = ", ".join(texts)
    res: dict[str, Any] = {
        "resourceType": "MedicationAdministration",
        "identifier": [{"system": ENTRY_ID_SYSTEM, "value": str(r.id)}],
        "status": "completed",
        "medicationCodeableConcept": _cc(r.drug, *codings),
        "subject": subject,
        "effectiveDateTime": when,
        "dosage": dosage,
    }
    if r.note:
        res["note"] = [{"text": r.note}]
    return res


_WATER_CATEGORY = _category("social-history", "Social History")
_WATER_CODE = _cc("Fluid intake by mouth", {"system": LOINC, "code": "9000-1",
                                            "display": "Fluid intake oral Estimated"})
_DRINK_COMPONENT = {k: {"code": {"text": "Drink"}, "valueString": v} for k, v in DRINKS.items()}


def fhir_resources(r: Record, subject: dict[str, str], zone: Any = None) -> list[dict[str, Any]]:
    """The FHIR resources (plain dicts) for one entry."""
    when = _iso(r.at, zone or local_zone())
    base = {
        "resourceType": "Observation",
        "identifier": [{"system": ENTRY_ID_SYSTEM, "value": str(r.id)}],
        "status": "final",
        "subject": subject,
    }
    k = r.kind
    if k == "cramp":
        return [_fhir_cramp(r, base, when)]
    if k == "dose":
        return [_fhir_dose(r, subject, when)]
    if k == "water":  # the most common entry: constant parts are shared (JSON copies them)
        drink = _DRINK_COMPONENT.get(r.drink)  # type: ignore[union-attr]
        if drink is None:
            drink = {"code": {"text": "Drink"}, "valueString": DRINKS.get(r.drink, r.drink)}  # type: ignore[union-attr]
        return [{**base, "category": _WATER_CATEGORY, "code": _WATER_CODE,
                 "effectiveDateTime": when,
                 "valueQuantity": {"value": num(r.ml), "unit": "mL", "system": UCUM,  # type: ignore[union-attr]
                                   "code": "mL"},
                 "component": [drink]}]
    if k == "stretch":
        res = {**base, "category": _category("activity", "Activity"),
               "code": _cc("Stretching exercise"),
               "effectiveDateTime": when,
               "valueQuantity": _qty(r.minutes, "min", "min")}  # type: ignore[union-attr]
        if r.stretch_kind:  # type: ignore[union-attr]
            res["note"] = [{"text": r.stretch_kind}]  # type: ignore[union-attr]
        return [res]
    if k == "vitals":
        out = []
        vs = _category("vital-signs", "Vital Signs")
        if r.systolic is not None:  # type: ignore[union-attr]
            out.append({
                **base, "category": vs,
                "code": _cc("Blood pressure", {"system": LOINC, "code": "85354-9",
                                               "display": "Blood pressure panel with all children optional"}),
                "effectiveDateTime": when,
                "component": [
                    _comp("Systolic blood pressure", "valueQuantity",
                          _qty(r.systolic, "mmHg", "mm[Hg]"),  # type: ignore[union-attr]
                          {"system": LOINC, "code": "8480-6", "display": "Systolic blood pressure"}),
                    _comp("Diastolic blood pressure", "valueQuantity",
                          _qty(r.diastolic, "mmHg", "mm[Hg]"),  # type: ignore[union-attr]
                          {"system": LOINC, "code": "8462-4", "display": "Diastolic blood pressure"}),
                ],
            })
        if r.pulse is not None:  # type: ignore[union-attr]
            out.append({
                **base, "category": vs,
                "code": _cc("Pulse", {"system": LOINC, "code": "8867-4", "display": "Heart rate"}),
                "effectiveDateTime": when,
                "valueQuantity": _qty(r.pulse, "beats/minute", "/min"),  # type: ignore[union-attr]
            })
        return out
    # symptom
    res = {**base, "code": _cc(r.name),  # type: ignore[union-attr]
           "effectiveDateTime": when,
           "component": [_comp("Severity (0-10)", "valueInteger", r.severity,  # type: ignore[union-attr]
                               {"system": SNOMED, "code": "246112005", "display": "Severity"})]}
    if r.note:  # type: ignore[union-attr]
        res["note"] = [{"text": r.note}]  # type: ignore[union-attr]
    return [res]


def fhir_bundle(recs: list[Record], patient_name: str | None = None) -> dict[str, Any]:
    """A FHIR R4 ``collection`` Bundle of the entries (plain JSON dicts)."""
    # urn:uuid full URLs: one random UUID per export, its last 48 bits counting up
    # (valid, unique within the bundle and across exports, and fast for 10 years).
    prefix = str(uuid.uuid4())[:24]
    counter = 0

    def url() -> str:
        nonlocal counter
        counter += 1
        return f"urn:uuid:{prefix}{counter:012x}"

    patient_url = url()
    patient: dict[str, Any] = {"resourceType": "Patient", "active": True}
    if patient_name:
        patient["name"] = [{"text": patient_name}]
    subject = {"reference": patient_url}
    entries: list[dict[str, Any]] = [{"fullUrl": patient_url, "resource": patient}]
    zone = local_zone()
    for r in recs:
        for res in fhir_resources(r, subject, zone):
            entries.append({"fullUrl": url(), "resource": res})
    return {
        "resourceType": "Bundle",
        "identifier": {"system": "urn:crampdiary:export", "value": str(uuid.uuid4())},
        "type": "collection",
        "timestamp": iso(now_utc().replace(microsecond=0)),
        "entry": entries,
    }


# =========================================================================== import
@dataclass
class _Row:
    kind: str
    data: dict[str, Any]
    entry_id: int | None
    where: str  # "cramps.csv row 2 (line 3)"
    colmap: dict[str, str]  # input field -> column name, for messages


# validate_input's field names (CLI option names) -> input field names
_ERR_FIELD = {"duration": "duration_s", "relief-score": "relief_score", "red-flag": "red_flags",
              "with-food": "with_food"}


def _refuse(where: str, column: str, message: str) -> InputError:
    return InputError(column, f"{where}, field {column!r}: {message}")


def _read_text(path: Path, label: str) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError("path", f"{path} cannot be read: {exc.strerror}") from None
    if size > MAX_IMPORT_BYTES:
        raise InputError("path", f"{label} is {size // (1024 * 1024)} MB, too large to be a "
                                 "Cramp Diary export; nothing was imported")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError("path", f"{label} cannot be read: {exc.strerror}") from None
    if b"\x00" in raw[:65536]:
        raise InputError("path", f"{label} is not a text file (it looks binary); "
                                 "nothing was imported")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("path", f"{label} is not UTF-8 text (bad byte at position "
                                 f"{exc.start}); nothing was imported") from None


def _parse_id(value: Any, where: str, column: str = "id") -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _refuse(where, column, "is not an entry id (a whole number)")
    try:
        f = float(value)
        if not f.is_integer() or f <= 0 or f > 2**62:
            raise ValueError
    except (TypeError, ValueError):
        raise _refuse(where, column, f"{value!r} is not an entry id (a whole number)") from None
    return int(f)


def _csv_rows(kind: str, path: Path) -> list[_Row]:
    label = path.name
    text = _read_text(path, label)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    cols = COLUMNS[kind]
    time_col = TIME_COLUMN.get(kind, "at")
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError("path", f"{label}, row 1: not a readable CSV header ({exc})") from None
    if header is None or header == []:
        return []
    header = [h.strip() for h in header]
    for h in header:
        if h not in cols:
            raise InputError(h or "header", f"{label}, row 1 (header): unknown column {h!r}; "
                                            f"the columns of {label} are {', '.join(cols)}")
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise InputError(dup, f"{label}, row 1 (header): column {dup!r} appears twice")
    required = {"cramp": ("muscle", "severity"), "dose": ("drug", "amount"),
                "water": ("ml",), "stretch": ("minutes",), "vitals": (),
                "symptom": ("name", "severity")}[kind]
    for c in (time_col, *required):
        if c not in header:
            raise InputError(c, f"{label}, row 1 (header): the column {c!r} is missing")
    text_cols = TEXT_COLUMNS[kind]
    rows: list[_Row] = []
    n = 1
    prev_line = 1
    colmap = {("at" if c == time_col else "stretch_kind" if kind == "stretch" and c == "kind"
               else c): c for c in cols}
    try:
        for cells in reader:
            n += 1
            first_line = prev_line + 1
            prev_line = reader.line_num
            where = f"{label} row {n - 1} (line {first_line})"
            if not cells or all(c == "" for c in cells):
                continue
            if len(cells) != len(header):
                raise InputError("row", f"{where}: has {len(cells)} cells but the header "
                                        f"has {len(header)} columns")
            data: dict[str, Any] = {}
            entry_id = None
            for h, v in zip(header, cells, strict=True):
                if h == "id":
                    entry_id = _parse_id(v.strip(), where)
                    continue
                if v == "":
                    continue
                if h in text_cols:
                    v = unguard_cell(v)
                field = "at" if h == time_col else h
                if kind == "stretch" and h == "kind":
                    field = "stretch_kind"
                data[field] = v
            rows.append(_Row(kind, data, entry_id, where, colmap))
    except csv.Error as exc:
        raise InputError("row", f"{label} line {reader.line_num}: not valid CSV ({exc})") from None
    return rows


_KIND_BY_FILE = {v: k for k, v in CSV_FILES.items()}


def _json_rows(path: Path) -> list[_Row]:
    label = path.name
    text = _read_text(path, label)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("path", f"{label} is not valid JSON (line {exc.lineno}, column "
                                 f"{exc.colno}: {exc.msg}); nothing was imported") from None
    except RecursionError:  # "[[[[..." nested thousands deep: no export looks like that
        raise InputError("path", f"{label} is JSON nested too deeply to be a Cramp Diary "
                                 "export; nothing was imported") from None
    medicines: list[Any] = []
    if isinstance(doc, dict):
        if doc.get("resourceType") == "Bundle":
            raise InputError("path", f"{label} is a FHIR bundle; Cramp Diary imports only its "
                                     "own CSV and JSON exports")
        if "entries" not in doc or not isinstance(doc["entries"], list):
            raise InputError("path", f"{label} is JSON but not a Cramp Diary export "
                                     "(no list of \"entries\")")
        fmt = doc.get("format")
        if fmt not in (None, JSON_FORMAT):
            raise InputError("path", f"{label} is a {fmt!r} file, not a Cramp Diary export")
        version = doc.get("version", JSON_VERSION)
        if not isinstance(version, int) or version > JSON_VERSION:
            raise InputError("path", f"{label} was written by a newer version of Cramp Diary "
                                     f"(format version {version}); nothing was imported")
        items = doc["entries"]
        medicines = doc.get("medicines") or []
        if not isinstance(medicines, list):
            raise InputError("medicines", f"{label}: \"medicines\" must be a list")
    elif isinstance(doc, list):
        items = doc
    else:
        raise InputError("path", f"{label} is JSON but not a Cramp Diary export")
    rows: list[_Row] = []
    for i, item in enumerate(items):
        where = f"{label} entry {i + 1} (entries[{i}])"
        if not isinstance(item, dict):
            raise InputError("entry", f"{where}: is not an object")
        kind = item.get("kind")
        if not isinstance(kind, str) or kind not in COLUMNS:
            raise _refuse(where, "kind", f"unknown kind {kind!r}; choose from "
                                         f"{', '.join(COLUMNS)}")
        time_col = TIME_COLUMN.get(kind, "at")
        allowed = set(COLUMNS[kind]) | {"kind", "at"}
        if kind == "stretch":
            allowed |= {"stretch_kind"}
        data: dict[str, Any] = {}
        entry_id = None
        colmap = {"at": time_col}
        for key, v in item.items():
            if key not in allowed:
                raise _refuse(where, key, f"is not a field of a {kind} entry")
            if key == "id":
                entry_id = _parse_id(v, where)
                continue
            if key == "kind":
                continue  # the entry kind; the sort of stretching is "stretch_kind"
            if v is None or v == "":
                continue
            field = "at" if key in (time_col, "at") else key
            if field != "at" and isinstance(v, (dict,)):
                raise _refuse(where, key, "must be a plain value")
            data[field] = v
            colmap.setdefault(field, key)
        if "at" not in data:
            raise _refuse(where, time_col, "is required")
        rows.append(_Row(kind, data, entry_id, where, colmap))
    rows_meds = [_Row("medicine", m if isinstance(m, dict) else {"_bad": m}, None,
                      f"{label} medicine {i + 1} (medicines[{i}])", {})
                 for i, m in enumerate(medicines)]
    return rows + rows_meds


def _gather(path: Path) -> list[_Row]:
    path = Path(path).expanduser()
    if not path.exists():
        raise InputError("path", f"{path} does not exist")
    if path.is_dir():
        found = [(k, path / n) for k, n in CSV_FILES.items() if (path / n).is_file()]
        if not found:
            raise InputError("path", f"{path} holds none of the files of a Cramp Diary CSV "
                                     f"export ({', '.join(CSV_FILES.values())})")
        rows: list[_Row] = []
        for kind, p in found:
            rows.extend(_csv_rows(kind, p))
        return rows
    if path.name in _KIND_BY_FILE:
        return _csv_rows(_KIND_BY_FILE[path.name], path)
    if path.suffix.lower() == ".csv":
        raise InputError("path", f"{path.name} is not one of the files of a Cramp Diary CSV "
                                 f"export ({', '.join(CSV_FILES.values())}); import the folder")
    return _json_rows(path)


def _canon(kind: str, at: datetime, values: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two entries 'the same': kind, instant and values."""
    items = []
    for k in sorted(values):
        v = values[k]
        if isinstance(v, float):
            v = round(v, 9)
        elif isinstance(v, list):
            v = tuple(v)
        items.append((k, v))
    return (kind, at.astimezone(UTC).replace(tzinfo=None), tuple(items))


def _rec_values(rec: Record) -> dict[str, Any]:
    """Storage values of an existing record, as ``diary._row_values`` produces them."""
    from dataclasses import fields

    out: dict[str, Any] = {}
    for f in fields(rec):  # type: ignore[arg-type]
        if f.name in ("id", "at"):
            continue
        v = getattr(rec, f.name)
        name = "kind" if f.name == "stretch_kind" else f.name
        if isinstance(v, tuple):
            v = ";".join(v)
        elif isinstance(v, int) and not isinstance(v, bool) and f.name in ("amount", "ml", "minutes"):
            v = float(v)
        out[name] = v
    return out


def _fmt(dt: datetime) -> str:
    # the form in which the diary stores times: naive UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def import_path(diary: Diary, path: Path, progress: Any = None) -> ImportResult:
    """Import a CSV folder or a JSON export into ``diary`` (all or nothing)."""
    from .diary import _row_values, list_entries
    from .medicines import MedicineIn
    from .models import KIND_TABLES, validate_input

    rows = _gather(Path(path))
    # 1. validate everything before writing anything
    valid: list[tuple[_Row, Any, dict[str, Any]]] = []
    meds: list[tuple[_Row, Any]] = []
    for row in rows:
        if row.kind == "medicine":
            if "_bad" in row.data or not isinstance(row.data, dict):
                raise InputError("medicines", f"{row.where}: is not an object")
            try:
                meds.append((row, MedicineIn.checked(
                    {k: v for k, v in row.data.items() if v is not None})))
            except InputError as exc:
                raise _refuse(row.where, exc.field, exc.message) from None
            continue
        try:
            inp = validate_input(row.kind, row.data)
            values = _row_values(inp)
        except InputError as exc:
            field = _ERR_FIELD.get(exc.field, exc.field)
            if row.kind == "stretch" and field == "kind":
                field = "stretch_kind"
            col = row.colmap.get(field, exc.field)
            raise _refuse(row.where, col, exc.message) from None
        valid.append((row, inp, values))
    if progress:
        progress(0.5, "checked")
    # 2. what is already there (only the time span of the import matters)
    result = ImportResult()
    if valid:
        lo = min(inp.at for _, inp, _ in valid)
        hi = max(inp.at for _, inp, _ in valid)
        present = Counter(_canon(r.kind, r.at, _rec_values(r))
                          for r in list_entries(diary, None, lo, hi))
    else:
        present = Counter()
    now = _fmt(now_utc())
    with diary.write() as s:
        conn = s.connection()
        used = {r[0] for r in conn.exec_driver_sql("SELECT id FROM entry").fetchall()}
        next_id = max(used, default=0) + 1
        todo: list[tuple[int | None, Any, dict[str, Any]]] = []
        for row, inp, values in valid:
            if present:
                key = _canon(inp.kind, inp.at, values)
                if present[key] > 0:
                    present[key] -= 1
                    result.skipped += 1
                    continue
            eid = row.entry_id if row.entry_id is not None and row.entry_id not in used else None
            if eid is not None:
                used.add(eid)
            todo.append((eid, inp, values))
        next_id = max(used, default=0) + 1
        entry_rows = []
        kind_rows: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for eid, inp, values in todo:
            if eid is None:
                eid = next_id
                next_id += 1
            entry_rows.append((eid, inp.kind, _fmt(inp.at), now, now))
            kind_rows.setdefault(inp.kind, []).append((eid, values))
        if entry_rows:
            conn.exec_driver_sql(
                "INSERT INTO entry (id, kind, at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                entry_rows)
        for kind, items in kind_rows.items():
            table = KIND_TABLES[kind].__tablename__  # type: ignore[attr-defined]
            cols = ["id", *items[0][1].keys()]
            sql = (f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) "
                   f"VALUES ({', '.join('?' for _ in cols)})")
            conn.exec_driver_sql(sql, [(eid, *(v[c] for c in cols[1:]))
                                       for eid, v in items])
        result.added = len(entry_rows)
        if meds:
            result.medicines_added = _add_medicines(s, meds)
    if progress:
        progress(1.0, "done")
    return result


def _add_medicines(session: Any, meds: list[tuple[_Row, Any]]) -> int:
    """Add the medicines of a JSON export that the diary's list does not have yet."""
    from sqlmodel import select

    from .catalog import load_catalog
    from .models import Medicine

    cat = load_catalog()
    have = {m.name.casefold() for m in session.exec(select(Medicine))}
    added = 0
    for _row, m in meds:
        values = m.model_dump()
        drug = cat.resolve(m.name)
        values["drug_key"] = drug.key if drug else None
        if drug:
            values["name"] = drug.name
        if values["name"].casefold() in have:
            continue
        values["schedule"] = ";".join(values.get("schedule") or [])
        session.add(Medicine(**values))
        have.add(values["name"].casefold())
        added += 1
    session.flush()
    return added


def _q(col: str) -> str:
    return f'"{col}"'


__all__ = ["export", "import_path", "ImportResult", "fhir_bundle", "json_document", "csv_text",
           "FORMATS"]
