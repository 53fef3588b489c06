"""The two kinds of error the program knows apart.

``InputError`` is the user's input being refused (exit status 2 on the command
line, a message at the field in the window).  ``EnvironmentProblem`` is the
user's environment getting in the way (locked, corrupt or newer database, full
disk): a plain message and a way forward.  Anything else is a bug.
"""

from __future__ import annotations


class CrampDiaryError(Exception):
    """Base of the errors the program expects and explains."""


class InputError(CrampDiaryError, ValueError):
    """Input refused.  ``field`` names what was wrong, ``message`` says why."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class NotFound(CrampDiaryError, LookupError):
    """An entry id that does not exist."""


class EnvironmentProblem(CrampDiaryError, RuntimeError):
    """The environment (disk, lock, file) prevents the operation."""

    def __init__(self, message: str, hint: str = ""):
        self.message = message
        self.hint = hint
        super().__init__(message + (f" {hint}" if hint else ""))


class DatabaseTooNew(EnvironmentProblem):
    """The diary file was written by a newer version of the program."""


class DatabaseCorrupt(EnvironmentProblem):
    """The diary file is damaged or is not a diary at all."""


# --------------------------------------------------------------------------- SQLite codes
# SQLite's primary result codes (the low byte of an extended code) that mean the
# user's machine or file is in the way.  Every other code (SQLITE_ERROR for "no
# such column", SQLITE_MISUSE, SQLITE_CONSTRAINT, ...) is a bug in the program.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

ENVIRONMENT_CODES: dict[int, str] = {
    SQLITE_FULL: "full",
    SQLITE_BUSY: "busy",
    SQLITE_LOCKED: "busy",
    SQLITE_READONLY: "readonly",
    SQLITE_PERM: "readonly",
    SQLITE_CORRUPT: "corrupt",
    SQLITE_NOTADB: "corrupt",
    SQLITE_IOERR: "io",
    SQLITE_CANTOPEN: "cantopen",
    SQLITE_NOMEM: "nomem",
}


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's (extended) result code of ``exc`` or of the error it wraps, if any."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def environment_kind(exc: BaseException) -> str | None:
    """'full', 'busy', 'readonly', 'corrupt', 'io', 'cantopen' or 'nomem' when the
    SQLite error ``exc`` is caused by the environment; None when it is a bug."""
    code = sqlite_code(exc)
    if code is None:
        return None
    return ENVIRONMENT_CODES.get(code & 0xFF)
