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
