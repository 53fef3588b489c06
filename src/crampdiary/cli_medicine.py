"""``crampdiary medicine add|list|edit|stop`` (CONTRACT.md section 1, "Medicines")."""

from __future__ import annotations

import argparse
import json
from typing import Any

from .core.errors import InputError

UNITS = ("mg", "g", "mcg", "tablet", "capsule", "ml")


def _options(p: argparse.ArgumentParser) -> None:
    S = argparse.SUPPRESS
    p.add_argument("name", metavar="NAME")
    p.add_argument("--dose", metavar="X", default=S)
    p.add_argument("--unit", metavar="|".join(UNITS), default=S)
    p.add_argument("--strength-mg", metavar="X", dest="strength_mg", default=S)
    p.add_argument("--form", metavar="tablet|capsule|liquid|patch|inhaler|other", default=S)
    p.add_argument("--with-food", metavar="yes|no", dest="with_food", default=S)
    p.add_argument("--times", metavar="HH:MM[,HH:MM...]", default=S)
    p.add_argument("--started", metavar="DATE", default=S)


def register(sub: Any, parser_class: type) -> None:
    med = sub.add_parser("medicine", help="your list of medicines")
    ms = med.add_subparsers(dest="medicine_command", required=True, parser_class=parser_class)
    _options(ms.add_parser("add", help="add a medicine"))
    ls = ms.add_parser("list", help="list your medicines")
    ls.add_argument("--json", action="store_true")
    _options(ms.add_parser("edit", help="change a medicine"))
    st = ms.add_parser("stop", help="record that you stopped a medicine")
    st.add_argument("name", metavar="NAME")
    st.add_argument("--on", metavar="DATE")


def _data(ns: argparse.Namespace) -> dict[str, Any]:
    from .core.timeutil import parse_date

    out: dict[str, Any] = {}
    v = vars(ns)
    if "dose" in v:
        out["usual_amount"] = _positive(v["dose"], "dose")
    if "unit" in v:
        u = str(v["unit"]).strip().lower()
        if u not in UNITS:
            raise InputError("unit", f"{v['unit']!r} is not one of {', '.join(UNITS)}")
        out["unit"] = u
    if "strength_mg" in v:
        out["strength_mg"] = _positive(v["strength_mg"], "strength-mg")
    if "form" in v:
        out["form"] = v["form"]
    if "with_food" in v:
        s = str(v["with_food"]).strip().lower()
        if s not in ("yes", "no"):
            raise InputError("with-food", f"{v['with_food']!r} is not yes or no")
        out["with_food"] = s == "yes"
    if "times" in v:
        out["schedule"] = [t for t in str(v["times"]).split(",") if t.strip()]
    if "started" in v:
        out["started_on"] = parse_date(v["started"], "started")
    return out


def _positive(text: Any, field: str) -> float:
    import math

    try:
        x = float(str(text).strip())
    except ValueError:
        raise InputError(field, f"{text!r} is not a number") from None
    if not math.isfinite(x) or x <= 0 or x >= 1e6:
        raise InputError(field, "must be more than zero")
    return x


def _field(name: str) -> str:
    return {"usual_amount": "dose", "strength_mg": "strength-mg", "schedule": "times",
            "started_on": "started", "stopped_on": "on", "with_food": "with-food"}.get(name, name)


def cmd_medicine(ns: argparse.Namespace) -> int:
    from .core import medicines as m
    from .core.db import open_diary
    from .core.i18n import tr

    cmd = ns.medicine_command
    with open_diary() as d:
        if cmd == "list":
            rows = m.medicine_list(d)
            if ns.json:
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            else:
                for r in rows:
                    dose = f"{r['dose']} {r['unit']}" if r["dose"] is not None else ""
                    state = (tr("cli", "stopped {date}").format(date=r["stopped"])
                             if r["stopped"] else tr("cli", "current"))
                    print(f"{r['name']}  {dose}  {','.join(r['times'])}  {state}".rstrip())
                if not rows:
                    print(tr("cli", "No medicines."))
            return 0
        try:
            if cmd == "add":
                rec = m.add_medicine(d, ns.name, _data(ns))
                print(tr("cli", "added {name}").format(name=rec["name"]))
            elif cmd == "edit":
                rec = m.edit_medicine(d, ns.name, _data(ns))
                print(tr("cli", "changed {name}").format(name=rec["name"]))
            else:
                from .core.timeutil import local_zone, now_utc, parse_date

                on = parse_date(ns.on, "on") if ns.on else now_utc().astimezone(local_zone()).date()
                rec, text = m.stop_medicine(d, ns.name, on)
                print(tr("cli", "stopped {name} on {date}").format(name=rec["name"],
                                                                   date=rec["stopped"]))
                if text:
                    print(text)
        except InputError as exc:
            raise InputError(_field(exc.field), exc.message) from None
    return 0
