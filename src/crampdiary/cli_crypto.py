"""``encrypt``, ``decrypt`` and ``change-passphrase`` (CONTRACT.md section 7).

Passphrases come from the terminal (typed twice where a new one is set, never echoed)
or from ``CRAMPDIARY_PASSPHRASE`` / ``CRAMPDIARY_NEW_PASSPHRASE``; the recovery key
from ``CRAMPDIARY_RECOVERY_KEY``.  None of them is ever written anywhere.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from . import paths
from .core.errors import InputError
from .core.i18n import tr

MIN_SUGGESTED = 8


def add_parsers(sub: Any) -> None:
    sub.add_parser("encrypt", help="encrypt the diary and its backups with a passphrase")
    sub.add_parser("decrypt", help="make an encrypted diary plain again")
    sub.add_parser("change-passphrase", help="set a new passphrase (the entries are not rewritten)")


def _new_passphrase(env: str, field: str) -> str:
    from .core import crypto

    value = os.environ.get(env)
    if value is None:
        first = crypto.prompt(tr("cli", "New passphrase"))
        if first is None:
            raise InputError(field, tr("cli", "give the new passphrase on a terminal or in "
                                              "{env}; nothing was changed").format(env=env))
        again = crypto.prompt(tr("cli", "The same passphrase again"))
        if again != first:
            raise InputError(field, tr("cli", "the two passphrases typed differ; nothing was "
                                              "changed"))
        value = first
    if not value:
        raise InputError(field, tr("cli", "is empty; nothing was changed"))
    if "\x00" in value:
        raise InputError(field, tr("cli", "contains a NUL character; nothing was changed"))
    if len(value) < MIN_SUGGESTED:
        print(tr("cli", "crampdiary: note: a passphrase of fewer than {n} characters is easy "
                        "to guess for someone who has the file.").format(n=MIN_SUGGESTED),
              file=sys.stderr)
    return value


def _refuse_while_window_open() -> None:
    """The window keeps its connection to the old file: converting under it would lose what
    it writes next.  Its lock file names its process (see ui/app.py)."""
    from .core.errors import EnvironmentProblem

    try:
        pid = int((paths.data_dir() / "window.lock").read_text(encoding="ascii").strip() or "0")
    except (OSError, ValueError):
        return
    if pid <= 0 or pid == os.getpid():
        return
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return
    except OSError:
        pass
    raise EnvironmentProblem(tr("cli", "The Cramp Diary window is open on this diary, so "
                                       "nothing was changed."),
                             tr("cli", "Quit the window (File > Quit) and run this again."))


def cmd_encrypt(ns: argparse.Namespace) -> int:
    from .core import crypto

    db = paths.db_path()
    crypto.finish_interrupted(db)
    if crypto.is_encrypted(db):
        raise InputError("diary", tr("crypto", "is already encrypted (change-passphrase sets "
                                               "a new passphrase); nothing was changed"))
    _refuse_while_window_open()
    passphrase = _new_passphrase(crypto.ENV_PASSPHRASE, "passphrase")
    recovery = crypto.encrypt_diary(db, passphrase)
    print(tr("cli", "The diary in {folder} and its backups are encrypted.").format(
        folder=db.parent))
    print(tr("cli", "Keep the recovery key below somewhere safe, away from this computer: it "
                    "opens the diary if the passphrase is forgotten, and it is shown only this "
                    "once."))
    print(f"recovery key: {recovery}")  # the contract's line, in English whatever the language
    return 0


def cmd_decrypt(ns: argparse.Namespace) -> int:
    from .core import crypto

    db = paths.db_path()
    crypto.finish_interrupted(db)
    if not crypto.is_encrypted(db):
        raise InputError("diary", tr("crypto", "is not encrypted; nothing was changed"))
    crypto.prepare_open(db)
    _refuse_while_window_open()
    crypto.decrypt_diary(db)
    print(tr("cli", "The diary in {folder} and its backups are plain (not encrypted) "
                    "again.").format(folder=db.parent))
    return 0


def cmd_change_passphrase(ns: argparse.Namespace) -> int:
    from .core import crypto

    db = paths.db_path()
    crypto.finish_interrupted(db)
    if not crypto.is_encrypted(db):
        raise InputError("diary", tr("cli", "is not encrypted (encrypt sets a passphrase); "
                                            "nothing was changed"))
    if os.environ.get(crypto.ENV_PASSPHRASE) is None and os.environ.get(crypto.ENV_RECOVERY) is None:
        old = crypto.prompt(tr("cli", "Current passphrase"))
        if not old:
            raise InputError("passphrase", tr(
                "cli", "give the current passphrase on a terminal or in {env} (or the "
                "recovery key in {recovery_env}); nothing was changed").format(
                    env=crypto.ENV_PASSPHRASE, recovery_env=crypto.ENV_RECOVERY))
        crypto.unlock(db, passphrase=old)
    else:
        crypto.prepare_open(db)
    new = _new_passphrase(crypto.ENV_NEW_PASSPHRASE, "new-passphrase")
    crypto.change_passphrase(db, new)
    print(tr("cli", "The passphrase was changed; the recovery key stays the same."))
    return 0


COMMANDS = {"encrypt": cmd_encrypt, "decrypt": cmd_decrypt,
            "change-passphrase": cmd_change_passphrase}
