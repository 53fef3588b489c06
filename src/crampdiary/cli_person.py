"""``crampdiary person add|list|edit|remove`` (CONTRACT section 7)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .core.i18n import tr

_CTX = "cli"


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    pe = sub.add_parser("person", help="the people whose diaries this file keeps")
    psub = pe.add_subparsers(dest="person_command", required=True, parser_class=parser_class)
    add = psub.add_parser("add", help="add a person")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--birth-year", metavar="YYYY")
    add.add_argument("--condition", action="append", metavar="C",
                     help="liver, kidney, pregnant or breastfeeding (repeat for several)")
    ls = psub.add_parser("list", help="list the people")
    ls.add_argument("--json", action="store_true")
    ed = psub.add_parser("edit", help="change a person")
    ed.add_argument("name", metavar="NAME")
    ed.add_argument("--rename", metavar="NEW")
    ed.add_argument("--birth-year", metavar="YYYY")
    group = ed.add_mutually_exclusive_group()
    group.add_argument("--condition", action="append", metavar="C")
    group.add_argument("--no-conditions", action="store_true")
    ed.add_argument("--default", action="store_true", help="make this the default person")
    rm = psub.add_parser("remove", help="remove a person who has no entries")
    rm.add_argument("name", metavar="NAME")


def _line(p: Any) -> str:
    bits = [p.name]
    if p.default:
        bits.append(tr(_CTX, "(default)"))
    if p.birth_year:
        bits.append(tr(_CTX, "born {year}").format(year=p.birth_year))
    if p.conditions:
        bits.append(", ".join(p.conditions))
    from .core.i18n import ntr

    bits.append(ntr(_CTX, "{n} entry", "{n} entries", p.entries))
    return "  ".join(bits)


def cmd_person(ns: argparse.Namespace, open_diary: Any) -> int:
    from .core import people

    diary = open_diary()
    try:
        if ns.person_command == "list":
            with diary.sql_read() as con:
                everyone = people.list_people(con)
            if ns.json:
                json.dump([p.to_json() for p in everyone], sys.stdout, ensure_ascii=False)
                sys.stdout.write("\n")
            else:
                for p in everyone:
                    print(_line(p))
            return 0
        with diary.sql_write() as con:
            if ns.person_command == "add":
                p = people.add_person(con, ns.name, ns.birth_year, ns.condition or ())
                print(tr(_CTX, "added {name}").format(name=p.name))
            elif ns.person_command == "edit":
                p = people.edit_person(con, ns.name, rename=ns.rename,
                                       birth_year=ns.birth_year, conditions=ns.condition,
                                       no_conditions=ns.no_conditions,
                                       make_default=ns.default)
                print(_line(p))
            else:
                p = people.remove_person(con, ns.name)
                print(tr(_CTX, "removed {name}").format(name=p.name))
        return 0
    finally:
        diary.close()
