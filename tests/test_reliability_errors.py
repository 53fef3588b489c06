"""Issue 12: SQLite errors are sorted by SQLite's result code, never by their words.

The user's environment (full, busy/locked, read-only, corrupt/not a database, I/O,
cannot open) gets a plain message and a way forward, exit 1, no crash log.
Everything else (``no such column``, misuse, constraint, ...) is a bug: exit 1,
"unexpected error" and a crash log.
"""

from __future__ import annotations

import sqlite3

import pytest

from crampdiary import paths
from crampdiary.core import db as dbmod
from crampdiary.core.errors import environment_kind


class _Failing:
    """A connection whose INSERTs fail with a given SQLite error (fault injection)."""

    def __init__(self, con: sqlite3.Connection, exc: sqlite3.Error) -> None:
        self._con, self._exc = con, exc

    def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
        if sql.lstrip().upper().startswith("INSERT"):
            raise self._exc
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._con, name)


def _error(code: int, name: str, text: str, cls: type = sqlite3.OperationalError) -> sqlite3.Error:
    exc = cls(text)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = name
    return exc


def _inject(monkeypatch, exc: sqlite3.Error) -> None:
    real = dbmod.connect

    def failing(path, **kw):  # type: ignore[no-untyped-def]
        return _Failing(real(path, **kw), exc)

    monkeypatch.setattr(dbmod, "connect", failing)


def _crash_logs() -> list:
    d = paths.data_dir() / "logs"
    return sorted(d.glob("crash-*.log")) if d.exists() else []


# The words are chosen to mislead: a word-based sorter would get every one wrong.
ENVIRONMENT = [
    (13, "SQLITE_FULL", "no such column: full", "disk is full"),
    (5, "SQLITE_BUSY", "no such table: x", "busy in another program"),
    (6, "SQLITE_LOCKED", "syntax error", "busy in another program"),
    (8, "SQLITE_READONLY", "misuse", "read-only"),
    (11, "SQLITE_CORRUPT", "something", "damaged"),
    (26, "SQLITE_NOTADB", "something", "damaged"),
    (10, "SQLITE_IOERR", "disk is full", "input/output error"),
    (778, "SQLITE_IOERR_WRITE", "locked", "input/output error"),
    (14, "SQLITE_CANTOPEN", "readonly", "cannot be opened"),
]


@pytest.mark.parametrize(("code", "name", "words", "expect"), ENVIRONMENT)
def test_environment_codes_get_a_plain_message(cli, monkeypatch, code, name, words, expect):
    assert cli("log", "water", "--ml", "100").rc == 0
    _inject(monkeypatch, _error(code, name, words))
    res = cli("log", "water", "--ml", "200")
    assert res.rc == 1
    assert expect in res.err, res.err
    assert "unexpected error" not in res.err
    assert _crash_logs() == []


BUGS = [
    (1, "SQLITE_ERROR", "no such column: x", sqlite3.OperationalError),
    (1, "SQLITE_ERROR", "disk is full", sqlite3.OperationalError),  # words lie
    (21, "SQLITE_MISUSE", "database is locked", sqlite3.ProgrammingError),
    (19, "SQLITE_CONSTRAINT", "read-only", sqlite3.IntegrityError),
    (25, "SQLITE_RANGE", "corrupt", sqlite3.ProgrammingError),
]


@pytest.mark.parametrize(("code", "name", "words", "cls"), BUGS)
def test_other_codes_are_bugs_with_a_crash_log(cli, monkeypatch, code, name, words, cls):
    assert cli("log", "water", "--ml", "100").rc == 0
    _inject(monkeypatch, _error(code, name, words, cls))
    res = cli("log", "water", "--ml", "200")
    assert res.rc == 1
    assert "unexpected error" in res.err, res.err
    assert len(_crash_logs()) == 1
    assert words not in _crash_logs()[0].read_text()  # no exception text in the log


def test_real_no_such_column_is_a_bug(cli, monkeypatch):
    from crampdiary.core.storage import entries

    assert cli("log", "water", "--ml", "100").rc == 0
    monkeypatch.setitem(entries.SELECTS, "water",
                        entries.SELECTS["water"].replace('w."ml"', 'w."millilitres"'))
    res = cli("list", "--json")
    assert res.rc == 1 and "unexpected error" in res.err
    assert len(_crash_logs()) == 1


def test_real_busy(cli, monkeypatch):
    from crampdiary.core.storage import connection

    assert cli("log", "water", "--ml", "100").rc == 0
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(paths.db_path(), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        res = cli("log", "water", "--ml", "200")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert res.rc == 1 and "busy in another program" in res.err, res.err
    assert _crash_logs() == []


def test_real_full(diary):
    from crampdiary.core.errors import EnvironmentProblem
    from crampdiary.core.timeutil import now_utc
    from crampdiary.core.use_cases import log_entry

    with diary.sql_read() as con:
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(EnvironmentProblem, match="disk is full"):
        for i in range(2000):
            log_entry(diary, "dose", {"at": now_utc(), "drug": "x", "amount": 1,
                                      "note": "x" * 1900}, with_flags=False)
            assert i < 1999


def test_real_readonly(diary):
    from crampdiary.core.errors import EnvironmentProblem
    from crampdiary.core.timeutil import now_utc
    from crampdiary.core.use_cases import log_entry

    with diary.sql_read() as con:
        con.execute("PRAGMA query_only = ON")
    with pytest.raises(EnvironmentProblem, match="read-only"):
        log_entry(diary, "water", {"at": now_utc(), "ml": 100}, with_flags=False)


def test_real_cantopen(tmp_path):
    """A diary path that is a folder: SQLite cannot open it."""
    from crampdiary.core.db import Diary
    from crampdiary.core.errors import EnvironmentProblem

    folder = tmp_path / "adir"
    folder.mkdir()
    d = Diary(folder)
    with pytest.raises((EnvironmentProblem, sqlite3.OperationalError)) as info:
        with d.sql_read() as con:
            con.execute("SELECT 1 FROM entry")
    if isinstance(info.value, sqlite3.OperationalError):
        assert environment_kind(info.value) == "cantopen"


def test_real_corrupt(cli):
    assert cli("log", "water", "--ml", "100").rc == 0
    data = bytearray(paths.db_path().read_bytes())
    data[:16] = b"not a database!!"
    paths.db_path().write_bytes(bytes(data))
    res = cli("list")
    assert res.rc == 1 and "damaged" in res.err or "not a Cramp Diary" in res.err
    assert _crash_logs() == []


def test_codes_read_from_wrapped_errors():
    class Wrapped(Exception):
        orig = _error(13, "SQLITE_FULL", "x")

    assert environment_kind(Wrapped()) == "full"
    assert environment_kind(ValueError("disk is full")) is None
    assert environment_kind(_error(1, "SQLITE_ERROR", "database or disk is full")) is None


def test_window_shows_the_crash_dialog_for_an_sql_bug(qtbot, monkeypatch, diary):
    """In the window, a read that hits "no such column" (SQLITE_ERROR) is a bug: crash
    dialog and log; a full disk (SQLITE_FULL) is the plain message."""
    from crampdiary.core.errors import EnvironmentProblem
    from crampdiary.core.storage import entries
    from crampdiary.ui import errors

    crashes: list = []
    plain: list = []
    monkeypatch.setattr(errors, "show_crash_dialog", lambda t, p: crashes.append((t, p)))
    monkeypatch.setattr(errors, "show_environment_problem", lambda e, parent=None: plain.append(e))
    from crampdiary.core.use_cases import list_entries

    with monkeypatch.context() as m:
        m.setitem(entries.SELECTS, "water",
                  entries.SELECTS["water"].replace('w."ml"', 'w."millilitres"'))
        try:
            list_entries(diary, "water")
        except Exception as exc:  # noqa: BLE001
            errors.excepthook(type(exc), exc, exc.__traceback__)
    assert len(crashes) == 1 and crashes[0][0] is sqlite3.OperationalError and crashes[0][1]
    _inject(monkeypatch, _error(13, "SQLITE_FULL", "no such column: x"))
    diary.close()
    from crampdiary.core.timeutil import now_utc
    from crampdiary.core.use_cases import log_entry

    try:
        log_entry(diary, "water", {"at": now_utc(), "ml": 1}, with_flags=False)
    except Exception as exc:  # noqa: BLE001
        errors.excepthook(type(exc), exc, exc.__traceback__)
    assert len(crashes) == 1 and len(plain) == 1 and isinstance(plain[0], EnvironmentProblem)
