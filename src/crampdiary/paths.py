"""Where the diary lives: ``--data-dir``, ``CRAMPDIARY_DATA_DIR`` or the appdirs folder.

The data folder is created 0700 and every file the program writes there 0600.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
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


_warned_shared: set[str] = set()


def secure_dir(d: Path) -> Path:
    """Make sure folder ``d`` exists; a folder made here is 0700.

    A folder that already existed is never chmodded (it may be a shared one: a
    1777 or setgid folder given with ``--data-dir``); when others can enter it,
    a warning says so once on stderr, and the program's own files in it stay 0600.
    """
    d = Path(d)
    try:
        d.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        if not d.is_dir():
            raise
        _warn_if_shared(d)
        return d
    try:
        os.chmod(d, 0o700)  # mkdir's mode is masked by the umask
    except OSError:
        pass
    return d


def _warn_if_shared(d: Path) -> None:
    import stat
    import sys

    try:
        st = d.stat()
    except OSError:
        return
    shared = st.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    key = str(d)
    if shared and key not in _warned_shared:
        _warned_shared.add(key)
        print(f"crampdiary: warning: the folder {d} can be opened by other users "
              f"(mode {stat.S_IMODE(st.st_mode):o}); it was left as it is, and Cramp Diary's "
              "own files in it are readable by you only.", file=sys.stderr)


def db_path() -> Path:
    return data_dir() / DB_NAME


def backup_dir() -> Path:
    return secure_dir(data_dir() / "backups")


def log_dir() -> Path:
    return secure_dir(data_dir() / "logs")


def print_folder() -> Path:
    """Where the window puts a report it prints (inside the private data folder, never
    the system's temporary folder); files older than a day are removed on start."""
    return secure_dir(data_dir() / "prints")


PRINT_KEEP_S = 24 * 3600


def settings_path() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """``resources/`` both in an installed wheel and in a source checkout."""
    here = Path(__file__).resolve().parent
    for cand in (here / "resources", here.parent.parent / "resources"):
        if (cand / "catalog.json").is_file():
            return cand
    raise FileNotFoundError("Cramp Diary's resources folder is missing; reinstall the program.")


# --------------------------------------------------------------------------- writing files
TMP_MARK = ".tmp-"
_PENDING = ".pending-"


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_name(path: Path) -> Path:
    """The temporary file beside ``path`` that the program writes before renaming."""
    path = Path(path)
    return path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")


def _pending_marker(tmp: Path) -> Path | None:
    """Note a temporary file outside the data folder, so the next start can remove it
    if this program is killed before the rename."""
    try:
        folder = data_dir(create=False)
        if not folder.is_dir() or tmp.parent.resolve() == folder.resolve():
            return None  # the data folder's own stale files are found by name
        marker = folder / f"{_PENDING}{os.getpid()}-{abs(hash(str(tmp))):x}"
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(str(tmp.absolute()))
        return marker
    except OSError:
        return None


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yield a fresh, empty 0600 temporary file beside ``path`` to write into.

    When the block ends normally the file is fsynced and renamed over ``path``
    (atomic: a reader sees the old file or the new one), then the folder is fsynced.
    On any error the temporary file is removed and ``path`` is left as it was.
    The one way the program writes a file (exports, report, backups, settings,
    crash logs).
    """
    path = Path(path)
    tmp = temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    os.close(fd)
    marker = _pending_marker(tmp)
    try:
        yield tmp
        os.chmod(tmp, 0o600)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    finally:
        if marker is not None:
            try:
                marker.unlink()
            except OSError:
                pass


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (temporary file, fsync, rename, fsync folder), 0600."""
    with atomic_target(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_stale_temp(folder: Path | None = None) -> list[Path]:
    """Remove the temporary files a killed program of ours left behind.

    In the data folder (and its ``backups``) by name (``.NAME.tmp-PID`` and
    ``.NAME.restore-PID`` whose PID is no longer running); elsewhere through the
    ``.pending-*`` notes written before each write outside the data folder.
    Returns what was removed.
    """
    import re

    folder = Path(folder) if folder else data_dir()
    removed: list[Path] = []
    own = re.compile(r"^\..+\.(?:tmp|restore)-(\d+)$")
    for d in (folder, folder / "backups"):
        try:
            names = list(d.iterdir())
        except OSError:
            continue
        for p in names:
            m = own.match(p.name)
            if m and not _pid_alive(int(m.group(1))) and p.is_file() and not p.is_symlink():
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    pass
    import time

    try:
        prints = list((folder / "prints").iterdir())
    except OSError:
        prints = []
    for p in prints:
        try:
            if p.is_file() and time.time() - p.stat().st_mtime > PRINT_KEEP_S:
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    try:
        markers = list(folder.glob(f"{_PENDING}*"))
    except OSError:
        markers = []
    for marker in markers:
        try:
            pid = int(marker.name[len(_PENDING):].split("-")[0])
        except ValueError:
            continue
        if _pid_alive(pid):
            continue
        try:
            target = Path(marker.read_text(encoding="utf-8").strip())
            if (target.name.startswith(".") and target.name.endswith(f"{TMP_MARK}{pid}")
                    and target.is_file() and not target.is_symlink()):
                target.unlink()
                removed.append(target)
        except OSError:
            pass
        try:
            marker.unlink()
        except OSError:
            pass
    return removed


# --------------------------------------------------------------------------- --out targets
def _own_files(folder: Path) -> list[Path]:
    return [folder / DB_NAME, folder / f"{DB_NAME}-wal", folder / f"{DB_NAME}-shm",
            folder / f"{DB_NAME}-journal", folder / "settings.json"]


def check_output_target(path: Path, *, directory: bool = False, field: str = "out") -> Path:
    """Refuse an ``--out`` that would overwrite the diary or anything that is not a file.

    Refused (``InputError`` on ``field``): the live diary, its ``-wal``/``-shm``,
    the settings, anything inside the data folder's ``backups`` or ``logs``, the
    data folder itself, a FIFO, a device, a socket, and (unless ``directory``: the
    caller writes into a folder it is given) an existing folder.  A regular file or
    a missing path is fine.  Returns the path.
    """
    import stat

    from .core.errors import InputError

    path = Path(path).expanduser()
    target = path.absolute()
    try:
        real = target.resolve()
    except (OSError, RuntimeError):
        raise InputError(field, f"{path} cannot be used (a loop of symbolic links)") from None
    folder = data_dir(create=False).resolve()
    protected = {p.resolve() for p in _own_files(folder)} | {folder}
    if real in protected or (real.parent == folder and real.name.startswith(DB_NAME)):
        raise InputError(field, f"{path} is Cramp Diary's own file in its data folder; "
                                "choose another place to write")
    for inner in (folder / "backups", folder / "logs"):
        if real == inner.resolve() or inner.resolve() in real.parents:
            raise InputError(field, f"{path} is inside Cramp Diary's data folder ({inner}); "
                                    "choose another place to write")
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise InputError(field, f"{path} cannot be used ({exc.strerror})") from None
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        if directory:
            return path
        raise InputError(field, f"{path} is a folder; give a file name")
    if not stat.S_ISREG(mode):
        what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        raise InputError(field, f"{path} is {what}; only a regular file can be written")
    return path
