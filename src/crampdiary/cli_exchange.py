"""The command line's ``export`` and ``import`` (CONTRACT.md sections 1 and 4)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_export_options(ex: argparse.ArgumentParser) -> None:
    ex.add_argument("--bundle", choices=("collection", "transaction"), default="collection",
                    help="FHIR bundle type: collection (to read) or transaction (for a "
                         "clinic's FHIR server)")
    ex.add_argument("--name", metavar="TEXT", help="the patient's name in a FHIR export")
    ex.add_argument("--bom", action="store_true",
                    help="start each CSV file with a byte-order mark (for Excel)")


def add_import_options(im: argparse.ArgumentParser) -> None:
    im.add_argument("--from", dest="source", default="auto",
                    choices=("auto", "crampdiary", "bearable", "medtimer", "apple-health",
                             "health-connect"),
                    help="where the file comes from (default: recognised by its content)")
    im.add_argument("--dry-run", action="store_true", dest="dry_run",
                    help="show what would be imported and write nothing")


def cmd_export(ns: argparse.Namespace, open_diary: Any, date_bounds: Any) -> int:
    from .core import exchange

    start, end = date_bounds(ns)
    if ns.format != "fhir" and (ns.bundle != "collection" or ns.name is not None):
        from .core.errors import InputError

        raise InputError("bundle" if ns.bundle != "collection" else "name",
                         "is only used with --format fhir")
    from . import paths

    out = paths.check_output_target(Path(ns.out), directory=ns.format == "csv")
    with open_diary() as d:
        n = exchange.export(d, ns.format, out, start=start, end=end,
                            bundle=ns.bundle, name=ns.name, bom=ns.bom)
    from .core.i18n import ntr

    print(ntr("export", "exported {n} entry to {out}", "exported {n} entries to {out}", n)
          .replace("{out}", str(ns.out)))
    return 0


def _progress() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, message: str) -> None:
        sys.stderr.write(f"\rimporting: {fraction * 100:5.1f}%  {message}   ")
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_import(ns: argparse.Namespace, open_diary: Any) -> int:
    from .core import exchange

    with open_diary() as d:
        res = exchange.import_path(d, Path(ns.path), _progress(), source=ns.source,
                                   dry_run=ns.dry_run)
    from .core.exchange.common import source_label, where_text
    from .core.i18n import tr

    label = source_label(res.source)
    if ns.dry_run:  # kinds and JSON fields stay English (they are the file's words)
        print(tr("cli", "dry run ({source}): nothing was written").format(source=label))
        for kind, (add, present) in sorted(res.per_kind.items()):
            print("  " + tr("cli", "{kind}: would add {add}, already present {present}").format(
                kind=kind, add=add, present=present))
        if not res.per_kind:
            print("  " + tr("cli", "no entries found"))
        if res.medicines_added:
            print("  " + tr("cli", "medicines: would add {n}").format(n=res.medicines_added))
        if res.preview:
            print(tr("cli", "first rows:"))
            for row in res.preview:
                status = tr("cli", "new") if row["status"] == "new" else tr("cli",
                                                                            "already present")
                rest = {k: v for k, v in row.items() if k not in ("kind", "at", "where",
                                                                   "status")}
                print("  " + tr("cli", "{where}: {kind} at {at} ({status})").format(
                    where=where_text(row["where"]), kind=row["kind"], at=row["at"], status=status)
                      + f" {json.dumps(rest, ensure_ascii=False)}")
        return 0
    if res.backup is not None:
        print(tr("cli", "a backup was made first: {path}").format(path=res.backup))
    print(str(res) + (" " + tr("cli", "(from {source})").format(source=label)
                      if res.source != "crampdiary" else ""))
    return 0
