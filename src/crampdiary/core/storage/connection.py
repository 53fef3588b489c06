"""The one open path for every SQLite file the program opens.

Every connection, to the live diary or to a backup being checked, gets:

* ``trusted_schema=OFF``: functions and virtual tables named in the schema
  (a view, trigger, default or CHECK) may only be SQLite's harmless built-ins;
* defensive mode: on Python 3.12+ ``SQLITE_DBCONFIG_DEFENSIVE`` through
  ``Connection.setconfig``; on older Pythons (this module is tested on 3.11,
  which has no ``setconfig``) the pragmas that cover the same ground we rely
  on: ``writable_schema=OFF`` and ``cell_size_check=ON``, and for read-only
  opens ``query_only=ON``;
* the busy timeout, so two programs queue instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 30_000


def ro_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path`` (safe for '?', '#', '%' and spaces in names)."""
    from urllib.parse import quote

    return "file:" + quote(str(Path(path).absolute()), safe="/:\\") + "?mode=ro"


def harden(con: sqlite3.Connection, *, readonly: bool = False) -> sqlite3.Connection:
    """Apply the program's safety settings to an open connection."""
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    con.execute("PRAGMA trusted_schema=OFF")
    setconfig = getattr(con, "setconfig", None)
    defensive = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)
    if setconfig is not None and defensive is not None:  # Python 3.12+
        setconfig(defensive, True)
    con.execute("PRAGMA writable_schema=OFF")
    con.execute("PRAGMA cell_size_check=ON")
    if readonly:
        con.execute("PRAGMA query_only=ON")
    return con


def connect(path: Path | str, *, readonly: bool = False, check_same_thread: bool = True,
            autocommit: bool = True, key: Any = "auto",
            factory: type[sqlite3.Connection] | None = None) -> Any:
    """Open ``path`` (read-only through a ``mode=ro`` URI when asked), hardened.

    An encrypted file opens with SQLCipher under the unlocked key (``key="auto"``, see
    ``core/crypto.py``); ``key=`` bytes create or open a file under that key, ``None``
    forces plain SQLite.  A plain diary never loads SQLCipher.  ``factory``: a
    ``sqlite3.Connection`` subclass (the diary's person-scoped one; for SQLCipher the
    same class body on SQLCipher's connection)."""
    from .. import crypto

    kw: dict[str, object] = {"timeout": BUSY_TIMEOUT_MS / 1000,
                             "check_same_thread": check_same_thread}
    if factory is not None:
        kw["factory"] = factory
    if autocommit:
        kw["isolation_level"] = None
    if readonly:
        con = crypto.connect(ro_uri(Path(path)), uri=True, key=key, **kw)
    else:
        con = crypto.connect(str(path), key=key, **kw)
    try:
        return harden(con, readonly=readonly)
    except BaseException:
        con.close()
        raise


@contextmanager
def bigger_cache(con: sqlite3.Connection, kib: int) -> Iterator[None]:
    """A page cache of ``kib`` KiB while the block runs (a large import), the old one after."""
    old = con.execute("PRAGMA cache_size").fetchone()[0]
    con.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        con.execute(f"PRAGMA cache_size = {int(old)}")


def checkpoint(con: sqlite3.Connection) -> None:
    """Copy what the write-ahead log holds into the diary file, without waiting for readers."""
    con.execute("PRAGMA wal_checkpoint(PASSIVE)")


@contextmanager
def snapshot(con: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around the block: every read inside sees the same diary."""
    con.execute("BEGIN")
    try:
        yield
    finally:
        try:
            if con.in_transaction:
                con.execute("COMMIT")
        except sqlite3.ProgrammingError:  # the diary was closed before the reader finished
            pass


def is_defensive_native() -> bool:
    """True when SQLite's own defensive flag is set (Python 3.12+)."""
    return hasattr(sqlite3.Connection, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE")
