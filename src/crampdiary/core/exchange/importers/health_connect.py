"""Health Connect's export (Android settings: "Export data"): a zip holding an SQLite
database, or that database on its own.

Tables read (the others are left out):

* ``hydration_record_table``: ``start_time`` (ms since 1970), ``start_zone_offset``
  (seconds), ``volume`` (litres) -> water;
* ``blood_pressure_record_table``: ``time``, ``zone_offset``, ``systolic``,
  ``diastolic`` (mmHg) -> vitals;
* ``heart_rate_record_table`` (``row_id``, ``start_zone_offset``) with its samples in
  ``heart_rate_record_series_table`` (``parent_key``, ``epoch_millis``,
  ``beats_per_minute``) -> vitals pulse.

A zip member is copied into the private data folder (never the system temporary
folder), read with SQLite read-only and removed again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from ...errors import InputError
from ..common import refuse
from ..engine import RawRow
from ..native import Source
from ..reader import MAX_IMPORT_BYTES, check_regular

LABEL = "Health Connect"
SQLITE_MAGIC = b"SQLite format 3\x00"


def _iso(ms: Any, offset_s: Any, where: str, field: str) -> str:
    if isinstance(ms, bool) or not isinstance(ms, (int, float)):
        raise refuse(where, field, "is not a time in milliseconds")
    try:
        off = int(offset_s or 0)
        tz = timezone(timedelta(seconds=off))
        return datetime.fromtimestamp(ms / 1000, tz).isoformat()
    except (ValueError, OverflowError, OSError):
        raise refuse(where, field, f"{ms!r} is out of range") from None


def _tables(con: sqlite3.Connection) -> set[str]:
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _cols(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f"PRAGMA table_info({table})")}


class HealthConnectSource(Source):
    name = "health-connect"
    label = LABEL

    def _database(self) -> tuple[Path, Path | None]:
        self.size = check_regular(self.path)
        with open(self.path, "rb") as fh:
            head = fh.read(16)
        if head == SQLITE_MAGIC:
            return self.path, None
        if head[:4] != b"PK\x03\x04":
            raise InputError("path", f"{self.path.name} is neither a Health Connect zip nor "
                                     "its SQLite database")
        try:
            zf = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile:
            raise InputError("path", f"{self.path.name} is a damaged zip file") from None
        with zf:
            dbs = [i for i in zf.infolist() if i.filename.endswith(".db")]
            if not dbs:
                raise InputError("path", f"{self.path.name} holds no .db file; it is not a "
                                         "Health Connect export")
            info = dbs[0]
            if info.file_size > MAX_IMPORT_BYTES:
                raise InputError("path", f"{info.filename} is too large to import")
            from .... import paths

            folder = paths.data_dir()
            tmp = folder / f".import-health-connect-{os.getpid()}.db"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out, zf.open(info) as src:
                shutil.copyfileobj(src, out, 1 << 20)
        return tmp, tmp

    def rows(self) -> Iterator[RawRow]:
        db, tmp = self._database()
        try:
            uri = f"file:{db}?mode=ro&immutable=1"
            try:
                con = sqlite3.connect(uri, uri=True)
                tables = _tables(con)
            except sqlite3.DatabaseError:
                raise InputError("path", f"{self.path.name} is not a readable SQLite "
                                         "database") from None
            wanted = {"hydration_record_table", "blood_pressure_record_table",
                      "heart_rate_record_table"}
            if not tables & wanted:
                raise InputError("path", f"{self.path.name} has none of Health Connect's "
                                         "hydration, blood pressure or heart rate tables")
            try:
                yield from self._read(con, tables)
            finally:
                con.close()
        finally:
            if tmp is not None:
                tmp.unlink(missing_ok=True)

    def _read(self, con: sqlite3.Connection, tables: set[str]) -> Iterator[RawRow]:
        lab = self.path.name
        if "hydration_record_table" in tables:
            t = "hydration_record_table"
            off = "start_zone_offset" if "start_zone_offset" in _cols(con, t) else "NULL"
            for i, (ms, zo, vol) in enumerate(con.execute(
                    f"SELECT start_time, {off}, volume FROM {t} ORDER BY start_time")):
                where = f"{lab} {t} row {i + 1}"
                if isinstance(vol, bool) or not isinstance(vol, (int, float)):
                    raise refuse(where, "volume", "is not a number")
                yield RawRow("water", {"at": _iso(ms, zo, where, "start_time"),
                                       "ml": round(vol * 1000, 1)}, None, where,
                             {"at": "start_time", "ml": "volume"})
        if "blood_pressure_record_table" in tables:
            t = "blood_pressure_record_table"
            off = "zone_offset" if "zone_offset" in _cols(con, t) else "NULL"
            for i, (ms, zo, s, d) in enumerate(con.execute(
                    f"SELECT time, {off}, systolic, diastolic FROM {t} ORDER BY time")):
                where = f"{lab} {t} row {i + 1}"
                for name, v in (("systolic", s), ("diastolic", d)):
                    if isinstance(v, bool) or not isinstance(v, (int, float)):
                        raise refuse(where, name, "is not a number")
                yield RawRow("vitals", {"at": _iso(ms, zo, where, "time"),
                                        "systolic": round(s), "diastolic": round(d)}, None,
                             where, {"at": "time"})
        if {"heart_rate_record_table", "heart_rate_record_series_table"} <= tables:
            off = ("p.start_zone_offset" if "start_zone_offset" in
                   _cols(con, "heart_rate_record_table") else "NULL")
            sql = (f"SELECT s.epoch_millis, {off}, s.beats_per_minute FROM "
                   "heart_rate_record_series_table s JOIN heart_rate_record_table p "
                   "ON s.parent_key = p.row_id ORDER BY s.epoch_millis")
            for i, (ms, zo, bpm) in enumerate(con.execute(sql)):
                where = f"{lab} heart_rate_record_series_table row {i + 1}"
                if isinstance(bpm, bool) or not isinstance(bpm, (int, float)):
                    raise refuse(where, "beats_per_minute", "is not a number")
                yield RawRow("vitals", {"at": _iso(ms, zo, where, "epoch_millis"),
                                        "pulse": round(bpm)}, None, where,
                             {"at": "epoch_millis", "pulse": "beats_per_minute"})
