"""The command line's ``backup`` and ``restore`` (registered in cli.py)."""

from __future__ import annotations

from pathlib import Path


def backup_command(out: str | None) -> int:
    from .. import paths
    from .backups import backup_name, copy_database, make_backup
    from .db import open_diary

    target: Path | None = None
    if out:
        target = paths.check_output_target(Path(out), directory=True)
        if target.is_dir():
            target = paths.check_output_target(target / backup_name("manual"))
    with open_diary(full_check=True) as d:  # never copy a diary that fails its check
        if target is not None:
            path = copy_database(d.path, target)
        else:
            path = make_backup(d.path, paths.backup_dir(), "manual")
    print(path)
    return 0


def restore_command(file: str) -> int:
    from .. import paths
    from .i18n import tr
    from .restore import restore

    kept = restore(paths.db_path(), Path(file))
    if kept:
        print(tr("cli", "restored {file}; the replaced diary was kept as {kept}").format(
            file=file, kept=kept))
    else:
        print(tr("cli", "restored {file}").format(file=file))
    return 0
