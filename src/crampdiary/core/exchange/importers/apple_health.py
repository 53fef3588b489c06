"""Apple Health's export: ``export.xml`` (or the ``export.zip`` around it), read as a stream.

``xml.etree.ElementTree.iterparse`` walks the file; every top-level element is cleared
once read, so memory stays flat however large the export is (a zip member is streamed
too, never unpacked).  Mapping:

* ``Record`` ``HKQuantityTypeIdentifierDietaryWater`` -> water (mL, L, fl_oz_us,
  fl_oz_imp, cup_us converted to mL);
* ``Correlation`` ``HKCorrelationTypeIdentifierBloodPressure`` (its systolic and diastolic
  records) -> vitals;
* ``Record`` ``HKQuantityTypeIdentifierHeartRate`` (count/min) -> vitals pulse;
* ``Workout`` ``HKWorkoutActivityTypeFlexibility`` -> stretching (its duration in minutes).

Times are ``startDate`` ("2026-03-01 08:00:00 +0100").  Everything else is left out.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError, iterparse

from ...errors import InputError
from ..common import refuse
from ..engine import RawRow
from ..native import Source
from ..reader import MAX_XML_BYTES, check_regular, open_binary

LABEL = "Apple Health"
WATER = "HKQuantityTypeIdentifierDietaryWater"
HEART = "HKQuantityTypeIdentifierHeartRate"
BP = "HKCorrelationTypeIdentifierBloodPressure"
SYS = "HKQuantityTypeIdentifierBloodPressureSystolic"
DIA = "HKQuantityTypeIdentifierBloodPressureDiastolic"
FLEX = "HKWorkoutActivityTypeFlexibility"
_ML = {"ml": 1.0, "l": 1000.0, "dl": 100.0, "cl": 10.0, "fl_oz_us": 29.5735295625,
       "fl_oz_imp": 28.4130625, "cup_us": 236.5882365, "cup_imp": 284.130625}
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$")
_MIN = {"min": 1.0, "s": 1 / 60, "sec": 1 / 60, "h": 60.0, "hr": 60.0}


def apple_time(text: str | None, where: str, field: str) -> str:
    if not text:
        raise refuse(where, field, "is required")
    m = _DATE.match(text.strip())
    if m:
        return f"{m.group(1)}T{m.group(2)}{m.group(3)}:{m.group(4)}"
    return text.strip()  # ISO already, or refused by the time parser with the field named


def sniff(head: bytes) -> bool:
    return b"<HealthData" in head or b"<!DOCTYPE HealthData" in head


def _member(zf: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    names = [i for i in zf.infolist() if i.filename.endswith("export.xml")
             and "cda" not in i.filename.lower()]
    return min(names, key=lambda i: len(i.filename)) if names else None


class AppleHealthSource(Source):
    name = "apple-health"
    label = LABEL

    def _open(self) -> tuple[IO[bytes], str, Any]:
        self.size = check_regular(self.path, MAX_XML_BYTES)
        raw = open_binary(self.path)
        if raw.read(4) == b"PK\x03\x04":
            raw.seek(0)
            try:
                zf = zipfile.ZipFile(raw)
            except zipfile.BadZipFile:
                raw.close()
                raise InputError("path", f"{self.path.name} is a damaged zip file; nothing "
                                         "was imported") from None
            info = _member(zf)
            if info is None:
                raw.close()
                raise InputError("path", f"{self.path.name} holds no export.xml; it is not an "
                                         "Apple Health export")
            if info.file_size > MAX_XML_BYTES:
                raw.close()
                raise InputError("path", f"{info.filename} in {self.path.name} is larger than "
                                         f"{MAX_XML_BYTES >> 30} GB; nothing was imported")
            member = zf.open(info)
            self._closers = [zf, raw]
            return member, Path(info.filename).name, raw.tell
        raw.seek(0)
        return raw, self.path.name, raw.tell

    def rows(self) -> Iterator[RawRow]:
        stream, label, tell = self._open()
        self._pos = tell
        n = 0
        depth = 0
        root = None
        try:
            for event, elem in iterparse(stream, events=("start", "end")):
                if event == "start":
                    if root is None:
                        root = elem
                        if elem.tag != "HealthData":
                            raise InputError("path", f"{label} is XML but not an Apple Health "
                                                     "export (no <HealthData>)")
                    depth += 1
                    continue
                depth -= 1
                if depth != 1:
                    continue
                n += 1
                row = self._row(elem, f"{label} element {n} (<{elem.tag}>)")
                if row is not None:
                    yield row
                root.clear()  # type: ignore[union-attr]
        except ParseError as exc:
            raise InputError("path", f"{label} is not well-formed XML (line "
                                     f"{exc.position[0]}, column {exc.position[1]}); nothing "
                                     "was imported") from None
        finally:
            stream.close()
            for c in getattr(self, "_closers", []):
                c.close()

    @staticmethod
    def _row(elem: Any, where: str) -> RawRow | None:
        tag, a = elem.tag, elem.attrib
        if tag == "Record":
            t = a.get("type")
            if t == WATER:
                unit = (a.get("unit") or "mL").strip().lower()
                factor = _ML.get(unit)
                if factor is None:
                    raise refuse(where, "unit", f"{unit[:20]!r} is not a volume unit")
                value = _number(a.get("value"), where, "value")
                return RawRow("water", {"at": apple_time(a.get("startDate"), where, "startDate"),
                                        "ml": round(value * factor, 1)}, None, where,
                              {"at": "startDate", "ml": "value"})
            if t == HEART:
                value = _number(a.get("value"), where, "value")
                return RawRow("vitals", {"at": apple_time(a.get("startDate"), where, "startDate"),
                                         "pulse": round(value)}, None, where,
                              {"at": "startDate", "pulse": "value"})
            return None
        if tag == "Correlation" and a.get("type") == BP:
            sys_v = dia_v = None
            for child in elem.iter("Record"):
                if child.get("type") == SYS:
                    sys_v = _number(child.get("value"), where, "systolic value")
                elif child.get("type") == DIA:
                    dia_v = _number(child.get("value"), where, "diastolic value")
            if sys_v is None or dia_v is None:
                raise refuse(where, "Record", "a blood-pressure correlation needs a systolic "
                                              "and a diastolic record")
            return RawRow("vitals", {"at": apple_time(a.get("startDate"), where, "startDate"),
                                     "systolic": round(sys_v), "diastolic": round(dia_v)},
                          None, where, {"at": "startDate", "systolic": "systolic value",
                                        "diastolic": "diastolic value"})
        if tag == "Workout" and a.get("workoutActivityType") == FLEX:
            at = apple_time(a.get("startDate"), where, "startDate")
            if a.get("duration"):
                unit = (a.get("durationUnit") or "min").lower()
                minutes = _number(a.get("duration"), where, "duration") * _MIN.get(unit, 1.0)
            else:
                end = apple_time(a.get("endDate"), where, "endDate")
                try:
                    minutes = (datetime.fromisoformat(end) - datetime.fromisoformat(at)
                               ).total_seconds() / 60
                except ValueError:
                    raise refuse(where, "endDate", "is not a date and time") from None
            return RawRow("stretch", {"at": at, "minutes": round(minutes, 2),
                                      "stretch_kind": "flexibility workout (imported from "
                                                      "Apple Health)"},
                          None, where, {"at": "startDate", "minutes": "duration"})
        return None


def _number(text: str | None, where: str, field: str) -> float:
    if text is None or not text.strip():
        raise refuse(where, field, "is required")
    if len(text) > 40:
        raise refuse(where, field, f"is a number with {len(text)} characters; too large")
    try:
        v = float(text)
    except ValueError:
        raise refuse(where, field, f"{text[:30]!r} is not a number") from None
    if v != v or v in (float("inf"), float("-inf")):
        raise refuse(where, field, "must be a finite number")
    return v
