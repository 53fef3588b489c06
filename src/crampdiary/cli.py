"""The command line of CONTRACT.md section 1.

Exit status: 0 done; 2 input refused (message names the field; nothing written);
1 anything else, with a message and never a bare traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from . import __version__, paths
from .core.errors import CrampDiaryError, EnvironmentProblem, InputError, NotFound
from .core.i18n import tr, tr_message

KIND_CHOICES = ("cramp", "dose", "water", "stretch", "vitals", "symptom")


class Refused(Exception):
    """argparse's own complaints, turned into exit status 2."""


# The hot path builds only the sub-commands named on its command line: argparse spends
# most of its set-up on the help texts of the other twenty (see docs/ARCHITECTURE.md).
_WANTED: set[str] | None = None  # words of the command line; None: build every sub-command


class _Unused:
    """A sub-command this command line does not name: its options are not built."""

    def __getattr__(self, name: str) -> Any:
        return self._nothing

    def _nothing(self, *args: Any, **kwargs: Any) -> _Unused:
        return self


class _SubCommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if _WANTED is not None and name not in _WANTED and not _WANTED & set(kwargs.get("aliases", ())):
            return _Unused()
        return super().add_parser(name, **kwargs)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _SubCommands)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise Refused(message)

    def _get_formatter(self) -> argparse.HelpFormatter:
        from .cli_i18n import TranslatingFormatter  # help in the user's language

        # argparse makes a formatter for every option it adds (to check its metavar);
        # the width given here spares the import of shutil on every command line.
        return TranslatingFormatter(prog=self.prog, width=_help_width())


def _help_width() -> int:
    """What ``argparse.HelpFormatter`` takes by default: the terminal's columns - 2
    (``COLUMNS`` first, as ``shutil.get_terminal_size`` reads them; else 80)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns - 2


# --------------------------------------------------------------------------- parser
def _entry_options(p: argparse.ArgumentParser, kind: str | None) -> None:
    """Options of ``log KIND`` (kind given) or of ``edit`` (kind None: all, optional)."""
    S = argparse.SUPPRESS
    every = kind is None

    def add(*names: str, **kw: Any) -> None:
        kw.setdefault("default", S)
        p.add_argument(*names, **kw)

    add("--at", metavar="T", help="when (ISO 8601; default now)")
    if every or kind == "cramp":
        add("--muscle", metavar="M", required=not every)
        add("--side", metavar="left|right|both")
        add("--severity", metavar="0..10", required=not every)
        add("--duration", metavar="D", help="45s, 3m, 1h30m or seconds")
        add("--woke", nargs="?", const="yes", metavar="yes|no", help="woke me from sleep")
        add("--relief", metavar="R[,R...]")
        add("--relief-score", metavar="0..10", dest="relief_score")
        add("--red-flag", nargs="+", action="extend", metavar="F", dest="red_flag")
        add("--trigger", metavar="TEXT")
    if every or kind == "dose":
        add("--drug", metavar="NAME", required=not every)
        add("--amount", metavar="X", required=not every)
        add("--unit", metavar="UNIT")
        add("--form", metavar="tablet|capsule|liquid|other")
        add("--with-food", metavar="yes|no", dest="with_food")
    if every or kind == "water":
        add("--ml", metavar="X", required=not every)
        add("--drink", metavar="KIND")
    if every or kind == "stretch":
        add("--minutes", metavar="X", required=not every)
        add("--kind", metavar="TEXT", dest="stretch_kind")
    if every or kind == "vitals":
        add("--systolic", metavar="N")
        add("--diastolic", metavar="N")
        add("--pulse", metavar="N")
    if every or kind == "symptom":
        add("--name", metavar="NAME", required=not every)
        if kind == "symptom":
            add("--severity", metavar="0..10", required=True)
    if every or kind in ("cramp", "dose", "symptom"):
        add("--note", metavar="TEXT")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="crampdiary", description="Cramp Diary: a private diary for muscle cramps and medicines.")
    p.add_argument("--version", action="version", version=f"crampdiary {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="data folder (default: per-user data folder)")
    p.add_argument("--person", metavar="NAME", dest="chosen_person",
                   help="whose diary to read and write (default: CRAMPDIARY_PERSON, "
                        "else the default person)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", help="open the window (the default)")

    log = sub.add_parser("log", help="log an entry")
    logsub = log.add_subparsers(dest="kind", required=True, parser_class=_Parser)
    for k in KIND_CHOICES:
        _entry_options(logsub.add_parser(k), k)

    ls = sub.add_parser("list", help="list entries")
    ls.add_argument("--kind", choices=KIND_CHOICES)
    ls.add_argument("--from", dest="date_from", metavar="DATE")
    ls.add_argument("--to", dest="date_to", metavar="DATE")
    ls.add_argument("--json", action="store_true")

    ed = sub.add_parser("edit", help="change an entry")
    ed.add_argument("id", metavar="ID")
    _entry_options(ed, None)

    de = sub.add_parser("delete", help="delete an entry")
    de.add_argument("id", metavar="ID")

    w = sub.add_parser("warnings", help="flags of the last 7 days", description=(
        "Flags of the 7 days up to --at: events, and each ongoing episode once. Dose "
        "timing allows for the tolerances of the catalog's rules (early_tolerance_min, "
        "drift_tolerance_min; product choices, see docs/RULES.md)."))
    w.add_argument("--at", metavar="T")
    w.add_argument("--since", metavar="T")
    w.add_argument("--json", action="store_true")

    nd = sub.add_parser("next-dose", help="when the next dose would raise no timing flag",
                        description=("When another dose would raise neither DRUG.interval nor "
                                     "DRUG.doses-24h, with the catalog's tolerances "
                                     "(early_tolerance_min, drift_tolerance_min)."))
    nd.add_argument("drug", metavar="DRUG")
    nd.add_argument("--at", metavar="T")
    nd.add_argument("--json", action="store_true")

    rp = sub.add_parser("report", help="write the PDF report for your doctor")
    rp.add_argument("--from", dest="date_from", metavar="DATE")
    rp.add_argument("--to", dest="date_to", metavar="DATE")
    rp.add_argument("--out", metavar="FILE.pdf")
    rp.add_argument("--name", metavar="TEXT")
    rp.add_argument("--full-log", action="store_true", dest="full_log",
                    help="every single entry, also for a period over 92 days")

    ex = sub.add_parser("export", help="export the diary")
    ex.add_argument("--format", required=True, choices=("csv", "json", "fhir"))
    ex.add_argument("--out", required=True, metavar="PATH")
    ex.add_argument("--from", dest="date_from", metavar="DATE")
    ex.add_argument("--to", dest="date_to", metavar="DATE")
    from .cli_exchange import add_export_options, add_import_options

    add_export_options(ex)

    im = sub.add_parser("import", help="import an export of Cramp Diary or of another app")
    im.add_argument("path", metavar="PATH")
    add_import_options(im)

    bk = sub.add_parser("backup", help="make a backup copy of the diary")
    bk.add_argument("--out", metavar="FILE")

    rs = sub.add_parser("restore", help="replace the diary with a backup")
    rs.add_argument("file", metavar="FILE")

    dm = sub.add_parser("demo", help="fill an empty diary with realistic sample data")
    dm.add_argument("--days", default="180", metavar="N")
    dm.add_argument("--seed", default="1", metavar="S")

    from .cli_medicine import register as _register_medicine

    _register_medicine(sub, _Parser)

    ins = sub.add_parser("insights", help="what goes with what, with honest statistics")
    ins.add_argument("--from", dest="date_from", metavar="DATE")
    ins.add_argument("--to", dest="date_to", metavar="DATE")
    ins.add_argument("--json", action="store_true")

    from .cli_person import add_parser as add_person_parser

    add_person_parser(sub, _Parser)
    from .cli_desktop import add_parser as _desktop_parser

    _desktop_parser(sub)

    from .cli_crypto import add_parsers as add_crypto_parsers

    add_crypto_parsers(sub)
    return p


# --------------------------------------------------------------------------- helpers
_OPT_TO_FIELD = {
    "duration": "duration_s", "relief_score": "relief_score", "red_flag": "red_flags",
    "with_food": "with_food",
}


def _entry_data(ns: argparse.Namespace, defaults_now: bool) -> dict[str, Any]:
    from .core.timeutil import now_utc, parse_datetime_noted

    data: dict[str, Any] = {}
    for key, value in vars(ns).items():
        if key in ("command", "kind", "data_dir", "id", "chosen_person"):
            continue
        if key == "at":
            data["at"], note = parse_datetime_noted(value, "at")
            if note:  # a daylight-saving gap or overlap: say how it was read
                print(f"note: {note}", file=sys.stderr)
            continue
        if key == "relief":
            value = [v for v in value.split(",")]
        if key == "red_flag":
            value = [x for v in value for x in v.split(",")]
        data[_OPT_TO_FIELD.get(key, key)] = value
    if "at" not in data and defaults_now:
        data["at"] = now_utc().replace(microsecond=0)
    return data


_PATH_OPTIONS = {"data_dir", "out", "path", "file"}  # file names may hold any bytes
_DEST_NAMES = {"date_from": "from", "date_to": "to", "stretch_kind": "kind",
               "chosen_person": "person"}


def _refuse_undecodable(ns: argparse.Namespace) -> None:
    """Text that is not valid UTF-8 (bytes the shell passed through) is refused, not stored."""
    for key, value in vars(ns).items():
        if key in _PATH_OPTIONS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    field = _DEST_NAMES.get(key, key).replace("_", "-")
                    raise InputError(field, "contains bytes that are not valid UTF-8 text") from None


def _int_id(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise InputError("id", f"{text!r} is not an entry id (a whole number)") from None
    if not 0 < v < 2**63:
        raise InputError("id", f"{text!r} is not an entry id")
    return v


def _open():  # type: ignore[no-untyped-def]
    from .core.db import open_diary

    return open_diary()


def _date_bounds(ns: argparse.Namespace) -> tuple[Any, Any]:
    from .core.timeutil import parse_date

    start = parse_date(ns.date_from, "from") if getattr(ns, "date_from", None) else None
    end = parse_date(ns.date_to, "to") if getattr(ns, "date_to", None) else None
    if start and end and end < start:
        raise InputError("to", "is before --from")
    return start, end


def _print_flags(flags: list[Any]) -> None:
    """Flags as text: the same lines for ``log``/``edit`` and ``warnings``."""
    from .core.timeutil import iso

    for f in flags:  # the severity stays a contract word (info, warning, danger)
        print(f"{iso(f.at)}  {f.severity.upper()}: {f.rule}: {f.title}")
        print(f"  {f.message}")
        since = ("   " + tr("cli", "Since: {when}").format(when=iso(f.first_at))
                 if f.first_at != f.at else "")
        print("  " + tr("cli", "Entries: {ids}   Source: {source}").format(
            ids=", ".join(map(str, f.entries)), source=f.source) + since)


def _rule_inputs(d: Any) -> dict[str, Any]:
    from .core.use_cases import rule_inputs

    return rule_inputs(d)


def _jdump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


# --------------------------------------------------------------------------- commands
def cmd_log(ns: argparse.Namespace) -> int:
    from .core import use_cases as uc

    data = _entry_data(ns, defaults_now=True)
    with _open() as d:
        res = uc.log_entry(d, ns.kind, data)
    print(res.id)
    _print_flags(res.flags)
    return 0


def cmd_edit(ns: argparse.Namespace) -> int:
    from .core import use_cases as uc
    from .core.inputs import INPUT_MODELS

    entry_id = _int_id(ns.id)
    changes = _entry_data(ns, defaults_now=False)
    if not changes:
        raise InputError("options", "give at least one field to change, e.g. --severity 5")
    with _open() as d:
        try:
            old = uc.get_entry(d, entry_id)
        except NotFound:
            raise InputError("id", f"there is no entry {entry_id}") from None
        model = INPUT_MODELS[old.kind]
        allowed = set(model.model_fields) | {"duration_s", "stretch_kind", "red_flags"}
        if old.kind != "stretch":
            allowed.discard("stretch_kind")
        for k in changes:
            if k not in allowed or (k == "stretch_kind" and old.kind != "stretch"):
                opt = {v: k2 for k2, v in _OPT_TO_FIELD.items()}.get(k, k)
                opt = "kind" if opt == "stretch_kind" else opt.replace("_", "-")
                raise InputError(opt, f"is not a field of a {old.kind} entry")
        res = uc.edit_entry(d, entry_id, changes)
    print(res.id)
    _print_flags(res.flags)
    return 0


def cmd_delete(ns: argparse.Namespace) -> int:
    from .core import use_cases as uc

    entry_id = _int_id(ns.id)
    with _open() as d:
        try:
            uc.delete_entry(d, entry_id)
        except NotFound:
            raise InputError("id", f"there is no entry {entry_id}") from None
    print(tr("cli", "deleted {id}").format(id=entry_id))
    return 0


def _json_item(obj: dict[str, Any]) -> str:
    """One element of ``list --json``'s array, exactly as ``json.dumps(array, indent=2,
    ensure_ascii=False)`` writes it, but with the C string encoder (list is on the hot path)."""
    from json.encoder import encode_basestring as q  # type: ignore[attr-defined]

    parts = []
    for k, v in obj.items():
        if isinstance(v, str):
            t = q(v)
        elif v is None:
            t = "null"
        elif v is True:
            t = "true"
        elif v is False:
            t = "false"
        elif isinstance(v, int):
            t = int.__repr__(v)
        elif isinstance(v, float) and v == v and v not in (float("inf"), float("-inf")):
            t = float.__repr__(v)
        else:  # anything else: the general encoder, indented one level
            t = json.dumps(v, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        parts.append(f"{q(k)}: {t}")
    return "{\n    " + ",\n    ".join(parts) + "\n  }" if parts else "{}"


def cmd_list(ns: argparse.Namespace) -> int:
    from .core import use_cases as uc
    from .core.describe import describe
    from .core.records import to_public
    from .core.timeutil import day_range_utc, iso

    start, end = _date_bounds(ns)
    lo, hi = day_range_utc(start, end)
    out = sys.stdout
    n = 0
    with _open() as d, closing(uc.iter_entries(
            d, ns.kind, lo, hi - timedelta(microseconds=1) if hi else None)) as recs:
        # closing(): a failure half-way ends the read transaction before the diary closes
        if ns.json:
            # The array written one entry at a time (constant memory), byte for byte
            # what json.dumps(list, indent=2) would print.
            chunk: list[str] = []
            for r in recs:
                chunk.append(("[\n  " if n == 0 else ",\n  ") + _json_item(to_public(r)))
                n += 1
                if len(chunk) >= 1000:  # a few writes, not one per entry
                    out.write("".join(chunk))
                    chunk.clear()
            chunk.append("\n]\n" if n else "[]\n")
            out.write("".join(chunk))
        else:
            lines: list[str] = []
            for r in recs:
                lines.append(f"{r.id:>6}  {iso(r.at)}  {r.kind:<8} {describe(r)}\n")
                n += 1
                if len(lines) >= 1000:
                    out.write("".join(lines))
                    lines.clear()
            out.write("".join(lines))
            if not n:
                print(tr("cli", "No entries."), file=sys.stderr)
    return 0


def _parse_at(text: str | None, field: str) -> datetime:
    from .core.timeutil import now_utc, parse_datetime

    return parse_datetime(text, field) if text else now_utc()


def cmd_warnings(ns: argparse.Namespace) -> int:
    from .core import rules
    from .core import use_cases as uc

    at = _parse_at(ns.at, "at")
    since = _parse_at(ns.since, "since") if ns.since else at - timedelta(days=7)
    with _open() as d:  # only what the rules read: no stretches, of the drinks alcohol
        hist = uc.load_history(d, since - uc.RULES_LOOKBACK, at, **rules.engine.reads())
        inputs = _rule_inputs(d)
    flags = rules.evaluate(hist, at, since=since, **inputs)
    if ns.json:
        _jdump([f.to_json() for f in flags])
    else:
        if not flags:
            print(tr("cli", "No flags in this period."))
        _print_flags(flags)
    return 0


def cmd_next_dose(ns: argparse.Namespace) -> int:
    from .core.today import next_dose_for  # the window's next-dose cards, the same answer

    at = _parse_at(ns.at, "at")
    with _open() as d:
        card = next_dose_for(d, ns.drug, at)
    if ns.json:
        _jdump(card.to_json())
    else:
        print(card.describe(at))
    return 0


def cmd_medicine(ns: argparse.Namespace) -> int:
    from .cli_medicine import cmd_medicine as run_medicine

    return run_medicine(ns)


def cmd_report(ns: argparse.Namespace) -> int:
    from .report import write_report

    start, end = _date_bounds(ns)
    out = paths.check_output_target(Path(ns.out) if ns.out else Path.cwd() / "crampdiary-report.pdf",
                                    directory=True)
    with _open() as d:
        name = ns.name
        if name is None:  # the chosen person's name on every page (docs/DECISIONS.md)
            from .core.people import document_name

            name = document_name(d.person)
        path = write_report(d, out, start=start, end=end, name=name, full_log=ns.full_log)
    print(path)
    return 0


def cmd_export(ns: argparse.Namespace) -> int:
    from .cli_exchange import cmd_export as run

    return run(ns, _open, _date_bounds)


def cmd_import(ns: argparse.Namespace) -> int:
    from .cli_exchange import cmd_import as run

    return run(ns, _open)


def cmd_backup(ns: argparse.Namespace) -> int:
    from .core.backup_cmd import backup_command

    return backup_command(ns.out)


def cmd_restore(ns: argparse.Namespace) -> int:
    from .core.backup_cmd import restore_command

    return restore_command(ns.file)


def cmd_demo(ns: argparse.Namespace) -> int:
    from .core.demo import generate

    try:
        days = int(ns.days)
    except ValueError:
        raise InputError("days", f"{ns.days!r} is not a whole number") from None
    try:
        seed = int(ns.seed)
    except ValueError:
        raise InputError("seed", f"{ns.seed!r} is not a whole number") from None
    if not 1 <= days <= 3660 * 2:
        raise InputError("days", "must be from 1 to 7320")
    with _open() as d:
        n = generate(d, days=days, seed=seed)
    from .core.i18n import ntr

    print(ntr("cli", "added {n} demo entry over {days} days",
              "added {n} demo entries over {days} days", n).format(days=days))
    return 0


def cmd_insights(ns: argparse.Namespace) -> int:
    from .core.analysis import insights, render_text

    start, end = _date_bounds(ns)
    with _open() as d:
        findings = insights(d, start=start, end=end)
    if ns.json:
        _jdump([f.to_json() for f in findings])
    else:
        print(render_text(findings))
    return 0


def cmd_gui(ns: argparse.Namespace) -> int:
    from .ui.app import run_gui

    return run_gui()


COMMANDS = {
    "log": cmd_log, "edit": cmd_edit, "delete": cmd_delete, "list": cmd_list,
    "warnings": cmd_warnings, "next-dose": cmd_next_dose, "report": cmd_report,
    "export": cmd_export, "import": cmd_import, "backup": cmd_backup, "restore": cmd_restore,
    "demo": cmd_demo, "insights": cmd_insights, "gui": cmd_gui,
    "medicine": cmd_medicine,
    "person": lambda ns: __import__("crampdiary.cli_person", fromlist=["cmd_person"])
    .cmd_person(ns, _open),
}
from .cli_crypto import COMMANDS as _CRYPTO_COMMANDS  # noqa: E402

COMMANDS.update(_CRYPTO_COMMANDS)


def _cmd_desktop_install(ns: argparse.Namespace) -> int:
    from .cli_desktop import cmd_desktop_install

    return cmd_desktop_install(ns)


COMMANDS["desktop-install"] = _cmd_desktop_install


def _crash_text(exc: BaseException) -> str:
    """The program's own frames and the exception types only: no exception text and no
    local variables, so nothing of the diary ends up in the log file."""
    import platform
    import traceback

    lines = [f"Cramp Diary {__version__} command-line crash report",
             f"Python {platform.python_version()} on {platform.platform()}", "",
             "Traceback (most recent call last; exception text left out to keep diary "
             "content out of this file):"]
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    for i, e in enumerate(reversed(chain)):
        if i:
            lines.append("During handling of the above exception, another exception occurred:")
        for fs in traceback.extract_tb(e.__traceback__):
            lines.append(f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}')
            if fs.line:
                lines.append(f"    {fs.line}")
        lines.append(f"{type(e).__module__}.{type(e).__qualname__}")
    return "\n".join(lines) + "\n"


def _log_crash(exc: BaseException) -> Path | None:
    try:
        from .core.timeutil import now_utc

        folder = paths.log_dir()
        path = folder / f"crash-{now_utc().strftime('%Y%m%dT%H%M%S%f')}.log"
        paths.write_private(path, _crash_text(exc).encode("utf-8"))
        return path
    except Exception:  # noqa: BLE001
        return None


def _parse(argv: list[str]) -> argparse.Namespace:
    """Parse with only the named sub-commands built; if that refuses, parse again with all
    of them, so every message (and --help) is exactly the full parser's."""
    global _WANTED
    if not {"-h", "--help"} & set(argv):
        _WANTED = {a for a in argv if not a.startswith("-")}
        try:
            return build_parser().parse_args(argv)
        except Refused:
            pass  # the full parser below gives the message
        finally:
            _WANTED = None
    return build_parser().parse_args(argv)


def run(argv: list[str]) -> int:
    from .ui.qtargs import take as _take_qt_options

    argv = _take_qt_options(list(argv))  # -style Fusion, -platform, -reverse: Qt's, for the window
    try:
        ns = _parse(argv)
    except Refused as exc:
        msg = str(exc)
        if not msg.startswith("argument "):  # e.g. "unrecognized arguments: ...": name the field
            msg = f"options: {msg}"
        print(tr("cli", "crampdiary: refused: {reason}").format(reason=tr_message("argparse", msg)),
              file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    try:
        if ns.data_dir:
            paths.set_data_dir(ns.data_dir)
        _refuse_undecodable(ns)
        from .core.people import choose

        choose(getattr(ns, "chosen_person", None))
        command = ns.command or "gui"
        return COMMANDS[command](ns)
    except InputError as exc:
        from .core.exchange.common import refusal_text  # the import's row descriptors too

        field = exc.field if exc.field.isprintable() else ascii(exc.field)  # no raw escapes
        print(tr("cli", "crampdiary: refused: {reason}").format(
            reason=f"{field}: {refusal_text(exc.message)}"), file=sys.stderr)
        return 2
    except EnvironmentProblem as exc:
        print(f"crampdiary: {tr_message('errors', exc.message)}"
              + (f" {tr_message('errors', exc.hint)}" if exc.hint else ""), file=sys.stderr)
        return 1
    except CrampDiaryError as exc:
        print(f"crampdiary: {tr_message('errors', str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(tr("cli", "crampdiary: interrupted"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 1
    except OSError as exc:
        print(f"crampdiary: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001  a bug: message + saved details, no traceback
        from .core.errors import environment_kind

        if environment_kind(exc) is not None:  # SQLite's code says: the machine, not a bug
            from .core.db import _environment_error

            problem = _environment_error(exc, paths.db_path(), "done")
            print(f"crampdiary: {problem.message} {problem.hint}".rstrip(), file=sys.stderr)
            return 1
        where = _log_crash(exc)
        from .core.crypto import scrub

        print(tr("cli", "crampdiary: unexpected error ({error}).").format(
            error=f"{type(exc).__name__}: {scrub(str(exc))}"), file=sys.stderr)
        if where:
            print(tr("cli", "Details were saved to {path}.").format(path=where), file=sys.stderr)
        return 1
    finally:
        if getattr(ns, "chosen_person", None) is not None:  # run() may be called again
            from .core.people import choose

            choose(None)
