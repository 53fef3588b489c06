"""Encryption at rest: the diary's key, the key file and the one way to open a connection.

* A diary is encrypted when its key file (``diary.key.json`` beside ``diary.sqlite3``)
  exists and the diary file does not start with SQLite's plain header.  A plain diary
  never imports ``sqlcipher3``, ``argon2`` or ``cryptography`` (the command line's hot
  path stays as fast as before): :func:`connect` is ``sqlite3.connect`` until a key has
  been unlocked in this process.
* The database key is 32 random bytes, handed to SQLCipher as a raw key (no second key
  derivation inside SQLCipher).  The key file holds it twice, wrapped with AES-256-GCM:
  once under a key derived from the passphrase with Argon2id (salt and parameters
  stored beside it), once under a key derived (HKDF-SHA256) from a random 160-bit
  recovery key that is shown to the user once.  The passphrase itself is never written
  anywhere.
* :func:`encrypt_diary` and :func:`decrypt_diary` build every new file in a staging
  folder first; the rename of the diary file itself is the moment the change happens.
  A program killed before that leaves the old diary (the staging folder is removed by
  the next start); killed after it, the next start finishes moving the staged backups
  into place.  Neither needs the passphrase.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import EnvironmentProblem, InputError
from .i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_FILE_SUFFIX = ".key.json"
STAGING = ".crypt-staging"
FORMAT = "crampdiary-key"
FORMAT_VERSION = 1
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 1
TARGET_SECONDS = 0.3  # what one derivation should cost on the machine that encrypts
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, shown as 8 groups of 4
ENV_PASSPHRASE = "CRAMPDIARY_PASSPHRASE"
ENV_NEW_PASSPHRASE = "CRAMPDIARY_NEW_PASSPHRASE"
ENV_RECOVERY = "CRAMPDIARY_RECOVERY_KEY"
# Test hooks (documented in docs/ENCRYPTION.md): a named step of encrypt/decrypt kills the
# process (SIGKILL) or pauses it; a cheap key derivation for the test suite's speed.
ENV_TEST_KILL_AT = "CRAMPDIARY_TEST_KILL_AT"
ENV_TEST_PAUSE_AT = "CRAMPDIARY_TEST_PAUSE_AT"
ENV_TEST_FAST_KDF = "CRAMPDIARY_TEST_FAST_KDF"


class _State:
    key: bytearray | None = None  # the unlocked database key
    folder: Path | None = None  # the data folder it belongs to
    secrets: list[str] = []  # passphrases typed in this process, for scrub()


_state = _State()


# --------------------------------------------------------------------------- small helpers
def _rmtree(path: Path, ignore_errors: bool = True) -> None:
    import shutil  # not at the top: it brings bz2 and lzma, and plain diaries never need it

    shutil.rmtree(path, ignore_errors=ignore_errors)


def key_path(db: Path) -> Path:
    db = Path(db)
    return db.with_name(db.stem + KEY_FILE_SUFFIX)


def key_copy_path(db: Path) -> Path:
    """A second copy of the key file among the backups (they are useless without it)."""
    return Path(db).parent / "backups" / key_path(db).name


def _key_files(db: Path) -> list[Path]:
    return [key_path(db), key_copy_path(db)]


def has_key_file(db: Path) -> bool:
    return any(p.exists() for p in _key_files(db))


def _unlink_key_files(db: Path) -> None:
    for p in _key_files(db):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _file_of(database: str | os.PathLike[str]) -> Path:
    text = os.fspath(database)
    if text.startswith("file:"):
        from urllib.parse import unquote

        text = unquote(text[5:].split("?", 1)[0])
    return Path(text)


def is_plain_file(path: Path) -> bool:
    """True when ``path`` starts with SQLite's plain header (or is missing or empty)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return True
    return head == b"" or head == SQLITE_HEADER


def is_encrypted(db: Path) -> bool:
    """The diary at ``db`` is encrypted (its key file exists and it is not plain SQLite)."""
    db = Path(db)
    return has_key_file(db) and not is_plain_file(db)


def unlocked() -> bool:
    return _state.key is not None


def key_for(database: str | os.PathLike[str]) -> bytes | None:
    """The key to open ``database`` with, or None for a plain file.

    Fast for plain diaries: while no key is unlocked in this process it reads nothing.
    """
    if _state.key is None:
        return None
    if is_plain_file(_file_of(database)):
        return None
    return bytes(_state.key)


def normalise(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def scrub(text: str) -> str:
    """``text`` with every passphrase and recovery key this process saw replaced."""
    for secret in _state.secrets:
        if secret and secret in text:
            text = text.replace(secret, "[secret]")
    return text


def _remember(secret: str) -> None:
    if secret and secret not in _state.secrets:
        _state.secrets.append(secret)


def _steps_hook(name: str) -> None:
    """A named step of encrypt/decrypt, for the crash tests (no-op unless asked)."""
    if os.environ.get(ENV_TEST_KILL_AT) == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get(ENV_TEST_PAUSE_AT) == name:
        sys.stderr.write(f"paused at {name}\n")
        sys.stderr.flush()
        sys.stdin.read()  # until the test kills us (or closes our stdin)


# --------------------------------------------------------------------------- connections
def connect(database: str | os.PathLike[str], *, key: Any = "auto", **kwargs: Any) -> Any:
    """The one way the storage layer opens a connection.

    ``key="auto"`` uses the unlocked key when the file is encrypted; ``key=None`` forces
    plain SQLite; bytes open (or create) the file with SQLCipher under that key.
    A plain file gives a ``sqlite3.Connection``; an encrypted one a thin wrapper whose
    errors are ``sqlite3``'s own classes, so every ``except sqlite3.Error`` still works.
    """
    if key == "auto":
        key = key_for(database)
    if key is None:
        return sqlite3.connect(database, **kwargs)
    import sqlcipher3

    if kwargs.get("factory") is not None:  # the same class body on SQLCipher's connection
        kwargs["factory"] = _cipher_factory(kwargs["factory"])
    try:
        con = sqlcipher3.connect(database, **kwargs)
    except sqlcipher3.Error as exc:
        raise _translate(exc) from None
    wrapped = _Wrapped(con)
    _apply_key(wrapped, bytes(key))
    return wrapped


_FACTORIES: dict[type, type] = {}


def _cipher_factory(factory: type) -> type:
    """A ``sqlcipher3.Connection`` subclass with the attributes of ``factory`` (a
    ``sqlite3.Connection`` subclass such as the diary's person-scoped connection)."""
    import sqlcipher3

    made = _FACTORIES.get(factory)
    if made is None:
        body = {k: v for k, v in vars(factory).items()
                if k not in ("__dict__", "__weakref__", "__module__", "__qualname__")}
        made = _FACTORIES[factory] = type(factory.__name__, (sqlcipher3.Connection,), body)
    return made


def _apply_key(con: Any, key: bytes, schema: str = "") -> None:
    prefix = f"{schema}." if schema else ""
    con.execute(f"PRAGMA {prefix}key = \"x'{key.hex()}'\"")


def _translate(exc: BaseException) -> BaseException:
    cls = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    if not (isinstance(cls, type) and issubclass(cls, Exception)):
        cls = sqlite3.DatabaseError
    new = cls(*exc.args)
    for attr in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(exc, attr):
            try:
                setattr(new, attr, getattr(exc, attr))
            except AttributeError:
                pass
    return new


def _unwrap(value: Any) -> Any:
    return value._obj if isinstance(value, _Wrapped) else value


class _Wrapped:
    """A sqlcipher3 connection or cursor that raises ``sqlite3`` exceptions."""

    __slots__ = ("_obj",)

    def __init__(self, obj: Any) -> None:
        object.__setattr__(self, "_obj", obj)

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._obj, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            import sqlcipher3

            args = tuple(_unwrap(a) for a in args)
            kwargs = {k: _unwrap(v) for k, v in kwargs.items()}
            try:
                result = attr(*args, **kwargs)
            except sqlcipher3.Error as exc:
                raise _translate(exc) from None
            if isinstance(result, sqlcipher3.Cursor | sqlcipher3.Connection):
                return _Wrapped(result)
            return result

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "row_factory" and value is sqlite3.Row:
            import sqlcipher3

            value = sqlcipher3.Row
        setattr(self._obj, name, value)

    def __iter__(self) -> _Wrapped:
        return self

    def __next__(self) -> Any:
        import sqlcipher3

        try:
            return next(self._obj)
        except sqlcipher3.Error as exc:
            raise _translate(exc) from None

    def __enter__(self) -> _Wrapped:
        self._obj.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        import sqlcipher3

        try:
            return self._obj.__exit__(*exc)
        except sqlcipher3.Error as err:
            raise _translate(err) from None


# --------------------------------------------------------------------------- key file
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(slot: str) -> bytes:
    return f"{FORMAT} v{FORMAT_VERSION} {slot}".encode("ascii")


def _argon2(secret: bytes, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret, salt, time_cost=time_cost, memory_cost=memory_kib,
                           parallelism=parallelism, hash_len=32, type=Type.ID)


def calibrate() -> dict[str, int]:
    """Argon2id parameters so that one derivation takes about TARGET_SECONDS here."""
    import time

    if os.environ.get(ENV_TEST_FAST_KDF):
        return {"time_cost": 1, "memory_kib": 8 * 1024, "parallelism": 1}
    # CPU time, not the wall clock: on a busy machine the wall clock would choose too few
    # passes (one lane: the derivation runs on this thread alone).
    # One pass and three passes: half the difference is the cost of a pass, the rest
    # (filling 64 MiB) is paid once.
    cost = []
    for passes in (1, 3):
        t0 = time.process_time()
        _argon2(b"calibration", os.urandom(16), passes, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM)
        cost.append(time.process_time() - t0)
    per_pass = max((cost[1] - cost[0]) / 2, 1e-3)
    fixed = max(cost[0] - per_pass, 0.0)
    time_cost = max(2, min(16, round((TARGET_SECONDS - fixed) / per_pass)))
    return {"time_cost": time_cost, "memory_kib": ARGON2_MEMORY_KIB,
            "parallelism": ARGON2_PARALLELISM}


def _seal(kek: bytes, key: bytes, slot: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, _aad(slot)))}


def _open_seal(kek: bytes, slot: dict[str, Any], name: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(name))
    except InvalidTag:
        return None


def _passphrase_slot(passphrase: str, key: bytes) -> dict[str, Any]:
    params = calibrate()
    salt = os.urandom(16)
    kek = _argon2(normalise(passphrase), salt, **params)
    return {"kdf": "argon2id", "salt": _b64(salt), **params, **_seal(kek, key, "passphrase")}


def _recovery_kek(raw: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"crampdiary recovery key v1").derive(raw)


def _recovery_slot(raw: bytes, key: bytes) -> dict[str, Any]:
    salt = os.urandom(16)
    return {"kdf": "hkdf-sha256", "salt": _b64(salt),
            **_seal(_recovery_kek(raw, salt), key, "recovery")}


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The recovery key's bytes; spaces, dashes and case do not matter (0/1/8 read as O/I/B)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32:
        return None
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        return None
    return raw if len(raw) == RECOVERY_BYTES else None


def _new_key_file(key: bytes, passphrase: str) -> tuple[dict[str, Any], str]:
    raw = os.urandom(RECOVERY_BYTES)
    data = {"format": FORMAT, "version": FORMAT_VERSION, "cipher": "sqlcipher4-raw-key",
            "passphrase": _passphrase_slot(passphrase, key),
            "recovery": _recovery_slot(raw, key)}
    return data, format_recovery_key(raw)


def read_key_file(db: Path) -> dict[str, Any]:
    """The key file beside the diary, or else its copy among the backups."""
    path = key_path(db)
    data: Any = None
    problem: BaseException | None = None
    for cand in _key_files(db):
        try:
            data = json.loads(cand.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problem = problem or exc
            continue
        path = cand
        break
    if data is None:
        raise EnvironmentProblem(
            f"The diary's key file {key_path(db)} cannot be read ({problem}); the diary cannot "
            "be opened without it.", "Put back the key file from where you keep a copy.")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise EnvironmentProblem(f"{path} is not a Cramp Diary key file.")
    if data.get("version") != FORMAT_VERSION:
        raise EnvironmentProblem(f"The key file {path} was written by another version of "
                                 "Cramp Diary.", "Install the newer version to open it.")
    return data


def _write_key_file(path: Path, data: dict[str, Any]) -> None:
    from .. import paths

    paths.write_private(path, (json.dumps(data, indent=2) + "\n").encode("ascii"))
    _fsync_dir(path.parent)


def unwrap(db: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> bytes:
    """The database key from the key file; InputError (field ``passphrase``) if wrong."""
    data = read_key_file(db)
    try:
        if recovery_key is not None:
            _remember(recovery_key)
            raw = parse_recovery_key(recovery_key)
            if raw is not None:
                slot = data["recovery"]
                key = _open_seal(_recovery_kek(raw, _unb64(slot["salt"])), slot, "recovery")
                if key is not None:
                    return key
        if passphrase is not None:
            _remember(passphrase)
            slot = data["passphrase"]
            kek = _argon2(normalise(passphrase), _unb64(slot["salt"]), int(slot["time_cost"]),
                          int(slot["memory_kib"]), int(slot["parallelism"]))
            key = _open_seal(kek, slot, "passphrase")
            if key is not None:
                return key
    except (KeyError, TypeError, ValueError) as exc:
        raise EnvironmentProblem(f"The key file {key_path(db)} is damaged ({type(exc).__name__})."
                                 ) from None
    if passphrase is None:
        raise InputError("passphrase", tr("crypto", "the recovery key is wrong; nothing was "
                                                    "changed"))
    raise InputError("passphrase", tr("crypto", "the passphrase is wrong; nothing was changed"))


# --------------------------------------------------------------------------- unlocking
def _terminal_prompt(label: str) -> str | None:
    if not (sys.stdin and sys.stdin.isatty()):
        return None
    import getpass

    try:
        return getpass.getpass(f"{label}: ")
    except (EOFError, KeyboardInterrupt):
        return None


# The command line prompts on a terminal; the window installs its own (the lock screen
# unlocks before it opens the diary, so it never needs one).
prompt: Callable[[str], str | None] = _terminal_prompt


def secrets_from_env_or_prompt() -> tuple[str | None, str | None]:
    """(passphrase, recovery key) from the environment, else a terminal prompt."""
    passphrase = os.environ.get(ENV_PASSPHRASE)
    recovery = os.environ.get(ENV_RECOVERY)
    if passphrase is None and recovery is None:
        passphrase = prompt(tr("crypto", "Passphrase"))
    return passphrase, recovery


def unlock(db: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> None:
    """Check the passphrase (or recovery key) and keep the key for this process."""
    db = Path(db)
    key = unwrap(db, passphrase=passphrase, recovery_key=recovery_key)
    _state.key = bytearray(key)
    _state.folder = db.parent.resolve()


def lock() -> None:
    """Forget the key (overwrite the one mutable copy this module keeps)."""
    if _state.key is not None:
        for i in range(len(_state.key)):
            _state.key[i] = 0
    _state.key = None
    _state.folder = None


def needs_unlock(db: Path) -> bool:
    db = Path(db)
    finish_interrupted(db)
    if not is_encrypted(db):
        return False
    return _state.key is None or _state.folder != db.parent.resolve()


def prepare_open(db: Path) -> None:
    """Called first thing by ``open_diary``: finish an interrupted encrypt/decrypt and,
    for an encrypted diary, unlock it (environment or terminal) or refuse with exit 2.

    Costs two ``stat`` calls for a plain diary."""
    db = Path(db)
    if not needs_unlock(db):
        return
    passphrase, recovery = secrets_from_env_or_prompt()
    if not passphrase and not recovery:
        raise InputError("passphrase", tr(
            "crypto", "this diary is encrypted: give the passphrase (typed on a terminal or "
            "in {env}) or the recovery key ({recovery_env}); nothing was changed").format(
                env=ENV_PASSPHRASE, recovery_env=ENV_RECOVERY))
    unlock(db, passphrase=passphrase or None, recovery_key=recovery or None)


# --------------------------------------------------------------------------- files
def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        _fsync(folder)
    except OSError:
        pass


def _side_files(db: Path) -> list[Path]:
    return [Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal")]


def _fresh(path: Path) -> None:
    """An empty new file 0600; refuses to reuse an existing one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _stray(p: Path) -> bool:
    """Temporary files a killed program may have left (plain copies among them)."""
    return p.name.startswith(".") and (".tmp-" in p.name or ".restore-" in p.name)


def _backup_files(folder: Path) -> list[Path]:
    b = folder / "backups"
    if not b.is_dir():
        return []
    return sorted(p for p in b.iterdir() if p.is_file() and not _stray(p)
                  and not p.name.endswith(("-wal", "-shm", "-journal", KEY_FILE_SUFFIX)))


def _remove_strays(folder: Path) -> None:
    for base in (folder, folder / "backups"):
        if base.is_dir():
            for p in base.iterdir():
                if p.is_file() and _stray(p):
                    try:
                        p.unlink()
                    except OSError:
                        pass


def _export(src: Path, src_key: bytes | None, dest: Path, dest_key: bytes | None) -> None:
    """SQLCipher's ``sqlcipher_export`` of ``src`` into the fresh file ``dest``."""
    import sqlcipher3

    _fresh(dest)
    con = sqlcipher3.connect(str(src), isolation_level=None, timeout=30)
    try:
        if src_key is not None:
            _apply_key(con, src_key)
        version = con.execute("PRAGMA main.user_version").fetchone()[0]
        dk = f"x'{dest_key.hex()}'" if dest_key is not None else ""
        con.execute(f"ATTACH DATABASE ? AS crypt_out KEY \"{dk}\"", (str(dest),))
        try:
            con.execute("SELECT sqlcipher_export('crypt_out')")
            con.execute(f"PRAGMA crypt_out.user_version = {int(version)}")
        finally:
            con.execute("DETACH DATABASE crypt_out")
    except sqlcipher3.Error as exc:
        raise _translate(exc) from None
    finally:
        con.close()
    os.chmod(dest, 0o600)
    _fsync(dest)


def _plan(staging: Path) -> str | None:
    try:
        op: str | None = json.loads((staging / "plan.json").read_text(encoding="ascii")).get("op")
        return op
    except (OSError, ValueError, AttributeError):
        return None


def finish_interrupted(db: Path) -> None:
    """Roll an interrupted encrypt/decrypt back (not yet committed) or forward (committed).

    The commit is the rename of the new diary file over the old one, so the diary's own
    header says which: a plain file after ``encrypt`` means it never happened."""
    db = Path(db)
    staging = db.parent / STAGING
    if not staging.exists():
        return
    op = _plan(staging)
    plain = is_plain_file(db)
    committed = (op == "encrypt" and not plain) or (op == "decrypt" and plain)
    if committed:
        _roll_forward(db, staging, op)
    else:
        if op == "encrypt" and plain:
            _unlink_key_files(db)
        _rmtree(staging, ignore_errors=True)
        _fsync_dir(db.parent)


def _roll_forward(db: Path, staging: Path, op: str | None) -> None:
    folder = db.parent
    if op == "decrypt":
        _unlink_key_files(db)
    staged = staging / "backups"
    if staged.is_dir():
        (folder / "backups").mkdir(mode=0o700, exist_ok=True)
        for i, p in enumerate(sorted(staged.iterdir())):
            os.replace(p, folder / "backups" / p.name)
            _steps_hook(f"backup-moved:{i}")
        _fsync_dir(folder / "backups")
    _remove_strays(folder)
    _rmtree(staging, ignore_errors=True)
    _fsync_dir(folder)


def _begin(db: Path, op: str) -> Path:
    from .. import paths

    staging = db.parent / STAGING
    _rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    (staging / "backups").mkdir(mode=0o700)
    paths.write_private(staging / "plan.json", json.dumps({"op": op}).encode("ascii"))
    _fsync_dir(db.parent)
    return staging


def _quiet_connection(db: Path, key: bytes | None) -> Any:
    """A connection that holds the diary still: journal out of WAL, write lock taken."""
    import sqlcipher3

    con = sqlcipher3.connect(str(db), isolation_level=None, timeout=5)
    try:
        if key is not None:
            _apply_key(con, key)
        mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlcipher3.OperationalError("database is locked")
        con.execute("BEGIN IMMEDIATE")
    except sqlcipher3.Error as exc:
        con.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise EnvironmentProblem("The diary is open in another program (the window?), so "
                                     "it was not changed.", "Close it and try again.") from None
        raise _translate(exc) from None
    return con


def _convert(db: Path, op: str, src_key: bytes | None, dest_key: bytes | None,
             key_data: dict[str, Any] | None) -> None:
    folder = db.parent
    _remove_strays(folder)
    staging = _begin(db, op)
    _steps_hook("staging")
    try:
        for i, p in enumerate(_backup_files(folder)):
            if op == "encrypt" and not is_plain_file(p):
                continue  # already encrypted (with this key: it was made by this diary)
            if op == "decrypt" and is_plain_file(p):
                continue
            try:
                _export(p, src_key, staging / "backups" / p.name, dest_key)
            except sqlite3.DatabaseError as exc:
                raise EnvironmentProblem(
                    f"The backup {p} cannot be read as a diary ({exc}), so the diary was not "
                    f"{op}ed. Nothing was changed.",
                    "Move that file out of the data folder (or delete it) and try again.") from None
            _steps_hook(f"backup-exported:{i}")
        con = _quiet_connection(db, src_key)
        try:
            _export(db, src_key, staging / db.name, dest_key)
            _steps_hook("diary-exported")
            if key_data is not None:
                _write_key_file(staging / key_path(db).name, key_data)
            _fsync_dir(staging)
            _steps_hook("staged")
            if key_data is not None:
                os.replace(staging / key_path(db).name, key_path(db))
                _fsync_dir(folder)
                (folder / "backups").mkdir(mode=0o700, exist_ok=True)
                _write_key_file(key_copy_path(db), key_data)
                _steps_hook("key-placed")
            for side in _side_files(db):
                if side.exists() and side.name.endswith("-wal") and side.stat().st_size:
                    raise EnvironmentProblem("The diary is open in another program, so it was "
                                             "not changed.", "Close it and try again.")
            os.replace(staging / db.name, db)  # the commit
            _fsync_dir(folder)
        finally:
            con.close()
        for side in _side_files(db):
            try:
                side.unlink()
            except FileNotFoundError:
                pass
        _steps_hook("committed")
    except BaseException:
        if not (staging / "plan.json").exists() or (is_plain_file(db) == (op == "encrypt")):
            finish_interrupted(db)  # not committed: roll back now
        raise
    _roll_forward(db, staging, op)
    _steps_hook("done")


def key_for_new(path: Path) -> bytes | None:
    """The key for a new file the program makes beside the diary (a restore's checked copy):
    the unlocked key when it is the diary of that folder, else None (plain)."""
    if _state.key is None or _state.folder != Path(path).parent.resolve():
        return None
    return bytes(_state.key)


def encrypt_diary(db: Path, passphrase: str) -> str:
    """Encrypt the diary and every backup; return the recovery key (to be shown once)."""
    from .db import open_diary

    db = Path(db)
    finish_interrupted(db)
    if is_encrypted(db):
        raise InputError("diary", tr("crypto", "is already encrypted (change-passphrase sets "
                                               "a new passphrase); nothing was changed"))
    if not passphrase:
        raise InputError("passphrase", tr("crypto", "is empty; nothing was changed"))
    _remember(passphrase)
    old_key = key_path(db)
    if has_key_file(db) and any(not is_plain_file(p) for p in _backup_files(db.parent)):
        # Backups encrypted under an earlier key: a new key file would lock them out for ever.
        raise EnvironmentProblem(
            f"The backups folder holds encrypted backups that only the key file {old_key} "
            "opens, and encrypting again would replace that key file. Nothing was changed.",
            "Move the encrypted backups and the key file somewhere else first (or restore one "
            "of them), then run encrypt again.")
    open_diary(db, auto_backup=False).close()  # created or brought up to date first
    key = os.urandom(32)
    data, recovery = _new_key_file(key, passphrase)
    _remember(recovery)
    _convert(db, "encrypt", None, key, data)
    _state.key = bytearray(key)
    _state.folder = db.parent.resolve()
    return recovery


def decrypt_diary(db: Path) -> None:
    """Make the diary and its backups plain again (the diary must be unlocked)."""
    db = Path(db)
    finish_interrupted(db)
    if not is_encrypted(db):
        raise InputError("diary", tr("crypto", "is not encrypted; nothing was changed"))
    prepare_open(db)
    key = bytes(_state.key or b"")
    _convert(db, "decrypt", key, None, None)
    lock()


def change_passphrase(db: Path, new_passphrase: str) -> None:
    """Re-wrap the unlocked key under a new passphrase; the entries are not touched."""
    db = Path(db)
    if not new_passphrase:
        raise InputError("new-passphrase", tr("crypto", "is empty; nothing was changed"))
    _remember(new_passphrase)
    if _state.key is None:
        raise InputError("passphrase", tr("crypto", "the diary is locked"))
    data = read_key_file(db)
    data["passphrase"] = _passphrase_slot(new_passphrase, bytes(_state.key))
    _write_key_file(key_path(db), data)
    if key_copy_path(db).parent.is_dir():
        _write_key_file(key_copy_path(db), data)


__all__ = ["connect", "key_for", "key_path", "is_encrypted", "unlock", "lock", "prepare_open",
           "needs_unlock", "encrypt_diary", "decrypt_diary", "change_passphrase", "scrub",
           "finish_interrupted", "format_recovery_key", "parse_recovery_key", "key_for_new"]
