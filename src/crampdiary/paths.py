"""Where the diary lives: ``--data-dir``, ``CRAMPDIARY_DATA_DIR`` or the appdirs folder.

The data folder is created 0700 and every file the program writes there 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "CrampDiary"
DB_NAME = "diary.sqlite3"
_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = True) -> Path:
    if _override is not None:
        d = _override
    elif os.environ.get("CRAMPDIARY_DATA_DIR"):
        d = Path(os.environ["CRAMPDIARY_DATA_DIR"]).expanduser().resolve()
    else:
        import appdirs

        d = Path(appdirs.user_data_dir(APP_NAME, False))
    if create:
        secure_dir(d)
    return d


def secure_dir(d: Path) -> Path:
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(d, 0o700)
    except OSError:
        pass
    return d


def db_path() -> Path:
    return data_dir() / DB_NAME


def backup_dir() -> Path:
    return secure_dir(data_dir() / "backups")


def log_dir() -> Path:
    return secure_dir(data_dir() / "logs")


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """``resources/`` both in an installed wheel and in a source checkout."""
    here = Path(__file__).resolve().parent
    for cand in (here / "resources", here.parent.parent / "resources"):
        if (cand / "catalog.json").is_file():
            return cand
    raise FileNotFoundError("Cramp Diary's resources folder is missing; reinstall the program.")


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (temporary file then rename), mode 0600."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
