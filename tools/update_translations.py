#!/usr/bin/env python3
"""Extract every user-facing sentence and merge it into resources/i18n/crampdiary_LANG.ts.

    .venv/bin/python tools/update_translations.py          # update de and es
    .venv/bin/python tools/update_translations.py --check  # exit 1 if a .ts is out of date
    .venv/bin/python tools/update_translations.py --list-untranslated de

Sources of sentences:

* the window: ``pyside6-lupdate`` over ``src/crampdiary/ui`` (``self.tr(...)``);
  the contexts it cannot know are fixed the way PySide6 looks them up at run time
  (``window.tr`` in ``app.py`` -> ``MainWindow``; ``parent.tr`` on any widget ->
  ``QWidget``, which every widget class has in its method resolution order);
* ``tr("ctx", "...")``, ``ntr("ctx", "singular", "plural", n)`` and
  ``QCoreApplication.translate("ctx", "...")`` anywhere under ``src/crampdiary``
  (and ``ntr_mark("ctx", "singular", "plural")``, a pair counted later)
  (core, report, the command line), and calls of a one-line helper such as
  ``def _tr(text): return QCoreApplication.translate("Ctx", text)``;
* the input validators' refusals (``ValueError``/``InputError`` messages in
  ``core/inputs.py`` and ``cli.py``): an f-string becomes a template whose
  ``{name}`` holes match any text (``core.i18n.tr_message``), context ``inputs``;
* the command line's help texts (``help="..."``), context ``cli-help``, and
  argparse's own complaints (listed below), context ``argparse``;
* the words of ``core.vocab`` (context ``vocab``) and the texts of
  ``resources/catalog.json`` shown to people (context ``catalog``).

Merging keeps every existing translation; new sentences come in as
``type="unfinished"``; sentences gone from the source are kept as ``vanished``
(so a translation comes back with its sentence).  No network, no Qt import.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "crampdiary"
I18N = ROOT / "resources" / "i18n"
LANGS = {"de": "de_DE", "es": "es_ES"}
NUMERUS_FORMS = {"de": 2, "es": 2}

# argparse's own messages (Python 3.10-3.13) that reach the user as refusals.
ARGPARSE = [
    "argument {option}: invalid choice: {value} (choose from {choices})",
    "argument {option}: expected one argument",
    "argument {option}: expected at least one argument",
    "argument {option}: ignored explicit argument {value}",
    "argument {option}: invalid {type} value: {value}",
    "argument {option}: not allowed with argument {other}",
    "argument {option}: {reason}",
    "options: the following arguments are required: {names}",
    "options: unrecognized arguments: {names}",
    "options: ambiguous option: {option} could match {matches}",
    "options: one of the arguments {names} is required",
]
HELP_HEADINGS = ["usage: ", "options", "positional arguments", "optional arguments",
                 "show this help message and exit", "show program's version number and exit"]


class Msg:
    def __init__(self, context: str, source: str, where: list[tuple[str, int]],
                 plural: str | None = None, comment: str | None = None) -> None:
        self.context, self.source, self.where = context, source, where
        self.plural, self.comment = plural, comment


def _rel(path: Path) -> str:
    return os.path.relpath(path, I18N).replace(os.sep, "/")


# ----------------------------------------------------------------------- the window
def lupdate_messages() -> list[Msg]:
    exe = shutil.which("pyside6-lupdate", path=os.pathsep.join(
        [str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    if exe is None:
        raise SystemExit("pyside6-lupdate not found (it ships with PySide6-Essentials)")
    files = sorted(str(p) for p in (SRC / "ui").glob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ui.ts"
        subprocess.run([exe, "-silent", *files, "-ts", str(out)], check=True)
        root = ET.parse(out).getroot()
    msgs = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            where = []
            for loc in m.findall("location"):
                fn = Path(tmp) / loc.get("filename", "")
                where.append((Path(os.path.normpath(fn)), int(loc.get("line", "0"))))
            files_ = {p.name for p, _ in where}
            context = name
            if name in ("", "window") and files_ <= {"app.py"}:
                context = "MainWindow"
            elif name in ("parent", "self.parent()", "w", "widget", ""):
                context = "QWidget"
            msgs.append(Msg(context, m.findtext("source") or "",
                            [(_rel(p), n) for p, n in where]))
    return msgs


# ----------------------------------------------------------------------- python code
def _const(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _template(node: ast.AST) -> str | None:
    """A string constant, or an f-string with its holes named after their expressions."""
    s = _const(node)
    if s is not None:
        return s
    if not isinstance(node, ast.JoinedStr):
        return None
    out, used = [], {}
    for part in node.values:
        if isinstance(part, ast.Constant):
            out.append(str(part.value))
        elif isinstance(part, ast.FormattedValue):
            v = part.value
            if isinstance(v, ast.Name):
                name = v.id
            elif isinstance(v, ast.Attribute):
                name = v.attr
            elif isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "len":
                name = "n"
            else:
                name = "value"
            used[name] = used.get(name, 0) + 1
            if used[name] > 1:
                name = f"{name}{used[name]}"
            out.append("{" + name + "}")
    return "".join(out)


def _call_name(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def _module_constants(path: Path, seen: set[Path] | None = None) -> dict[str, str]:
    """Module-level ``NAME = "text"`` of a file, and those it imports from its package
    (``from .words import C``): contexts are often a constant (``tr(C, "...")``)."""
    seen = seen or set()
    if path in seen or not path.is_file():
        return {}
    seen.add(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and _const(node.value) is not None:
            for t in node.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = _const(node.value) or ""
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            target = base.joinpath(*(node.module or "").split(".")) if node.module else base
            src = target.with_suffix(".py") if target.with_suffix(".py").is_file() \
                else target / "__init__.py"
            theirs = _module_constants(src, seen)
            for alias in node.names:
                if alias.name in theirs:
                    out[alias.asname or alias.name] = theirs[alias.name]
    return out


def python_messages() -> list[Msg]:
    msgs: list[Msg] = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = _module_constants(path)

        def ctx_of(node: ast.AST, consts: dict[str, str] = consts) -> str | None:
            if _const(node) is not None:
                return _const(node)
            if isinstance(node, ast.Name):
                return consts.get(node.id)
            return None

        helpers: dict[str, str] = {}
        for fn in ast.walk(tree):  # def _tr(text): return QCoreApplication.translate("Ctx", text)
            if isinstance(fn, ast.FunctionDef) and fn.body \
                    and all(isinstance(st, (ast.Import, ast.ImportFrom)) for st in fn.body[:-1]) \
                    and isinstance(fn.body[-1], ast.Return) \
                    and isinstance(fn.body[-1].value, ast.Call) \
                    and _call_name(fn.body[-1].value) in ("translate", "tr") \
                    and len(fn.body[-1].value.args) == 2 \
                    and ctx_of(fn.body[-1].value.args[0]) is not None:
                helpers[fn.name] = ctx_of(fn.body[-1].value.args[0]) or ""
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name, args = _call_name(node), node.args
            where = [(_rel(path), node.lineno)]
            in_ui = rel.startswith("ui/")
            if name in helpers and len(args) == 1 and _const(args[0]) is not None:
                msgs.append(Msg(helpers[name], _const(args[0]) or "", where))
            elif name in ("tr", "translate", "tr_message") and len(args) >= 2 \
                    and ctx_of(args[0]) is not None \
                    and _const(args[1]) is not None and not (in_ui and name == "tr"):
                msgs.append(Msg(ctx_of(args[0]) or "", _const(args[1]) or "", where))
            elif name in ("ntr", "ntr_mark") and len(args) >= 3 and ctx_of(args[0]) is not None \
                    and all(_const(a) is not None for a in args[1:3]):
                msgs.append(Msg(ctx_of(args[0]) or "", _const(args[1]) or "", where,
                                plural=_const(args[2])))
            elif name in ("ValueError", "InputError") and rel in ("core/inputs.py", "cli.py",
                                                                  "core/medicines.py"):
                arg = args[-1] if args else None
                t = _template(arg) if arg is not None else None
                if t and any(c.isalpha() for c in re.sub(r"\{\w+\}", "", t)):
                    msgs.append(Msg("inputs", t, where))
            elif name in ("EnvironmentProblem", "DatabaseCorrupt", "DatabaseTooNew", "NotFound") \
                    and rel.startswith("core/"):
                for arg in args:  # the message and the hint (a plain message and a way forward)
                    t = _template(arg)
                    if t and any(c.isalpha() for c in re.sub(r"\{\w+\}", "", t)):
                        msgs.append(Msg("errors", t, where))
            if rel.startswith("cli") and "/" not in rel:  # cli.py, cli_medicine.py ...
                for kw in node.keywords:
                    if kw.arg in ("help", "description") and _const(kw.value):
                        msgs.append(Msg("cli-help", _const(kw.value) or "", where))
    msgs += [Msg("argparse", s, [], comment="argparse's message; keep every {hole}")
             for s in ARGPARSE]
    msgs += [Msg("cli-help", s, []) for s in HELP_HEADINGS]
    return msgs


# ----------------------------------------------------------------------- self.tr(variable)
def _strings(value: object, *, values_only: bool = True) -> list[str]:
    """The sentences inside a constant: a dict's values, a sequence's items, nested."""
    if isinstance(value, str):
        return [value] if re.search(r"[A-Z ]", value) and re.search(r"[a-z]", value) else []
    if isinstance(value, dict):
        out = [] if values_only else _strings(list(value))
        for v in value.values():
            out += _strings(v)
        return out
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _strings(v)]
    return []


def kinds_messages() -> list[Msg]:
    """How the fields of ``core.kinds`` are shown (labels, summary words), context
    ``kinds``: ``core.describe`` and the report's log table translate them at run time."""
    sys.path.insert(0, str(SRC.parent))
    from crampdiary.core import kinds

    return [Msg("kinds", text, [], comment="how an entry's field is shown; keep {value}")
            for text in kinds.words()]


def vocab_messages() -> list[Msg]:
    """The words of ``core.vocab.word_tables()`` (body parts, reliefs, symptoms...),
    context ``vocab``: ``core.vocab.word(table, key)`` translates them at run time."""
    sys.path.insert(0, str(SRC.parent))
    from crampdiary.core import vocab

    out: list[Msg] = kinds_messages()  # and how the fields of core.kinds are shown
    seen: set[str] = set()
    for name, table in vocab.word_tables().items():
        for key, text in table.items():
            if text not in seen:
                seen.add(text)
                out.append(Msg("vocab", text, [], comment=f"vocab {name}: {key}"))
    return out


def catalog_messages() -> list[Msg]:
    """The texts of ``resources/catalog.json`` shown to people (cautions, cramp reasons,
    withdrawal signs, monitoring notes, not-for-cramps positions, source titles),
    context ``catalog``: ``core.catalog.catalog_text`` translates them at run time, so a
    drug added to the file brings its texts here by itself."""
    import json

    sys.path.insert(0, str(SRC.parent))
    from crampdiary.core.catalog import catalog_texts

    data = json.loads((ROOT / "resources" / "catalog.json").read_text(encoding="utf-8"))
    out: list[Msg] = []
    seen: set[str] = set()
    for where, text in catalog_texts(data):
        if text not in seen:
            seen.add(text)
            out.append(Msg("catalog", text, [], comment=f"catalog.json: {where}"))
    return out


def dynamic_messages() -> list[Msg]:
    """``self.tr(x)`` where ``x`` is a loop variable over, an item of, or the name of a
    constant (``RELIEFS``, ``TITLES[kind]``, ``DISCLAIMER``...): lupdate cannot see
    these, so the constant's sentences are listed under the calling class.  The
    modules are imported to read the constants (no window is made)."""
    import importlib

    sys.path.insert(0, str(SRC.parent))
    msgs: list[Msg] = []
    for path in sorted((SRC / "ui").glob("*.py")):
        mod_name = f"crampdiary.ui.{path.stem}"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        try:
            module = importlib.import_module(mod_name)
        except Exception as exc:  # noqa: BLE001
            print(f"warning: {mod_name} not imported ({exc}); its self.tr(x) are skipped")
            continue
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            klass = getattr(module, cls.name, None)
            parents: dict[ast.AST, ast.AST] = {}
            for node in ast.walk(cls):
                for child in ast.iter_child_nodes(node):
                    parents[child] = node

            def const(expr: ast.AST, module=module, klass=klass) -> object:  # type: ignore[no-untyped-def]
                if isinstance(expr, ast.Name):
                    return getattr(module, expr.id, None)
                if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name) \
                        and expr.value.id == "self":
                    return getattr(klass, expr.attr, None)
                return None

            def resolve(expr: ast.AST, at: ast.AST, depth: int = 0,  # type: ignore[no-untyped-def]
                        parents=parents, module=module, const=const) -> list[str]:
                if depth > 4:
                    return []
                if isinstance(expr, ast.Subscript):
                    return _strings(const(expr.value))
                if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
                        and expr.func.attr == "get":
                    return _strings(const(expr.func.value))
                if isinstance(expr, ast.IfExp):
                    return resolve(expr.body, at, depth + 1) + resolve(expr.orelse, at, depth + 1)
                if isinstance(expr, ast.Attribute):
                    return _strings(const(expr))
                if not isinstance(expr, ast.Name):
                    return []
                node = at
                while node in parents:  # a loop variable of an enclosing for
                    node = parents[node]
                    if isinstance(node, ast.For) and expr.id in {
                            n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}:
                        it = node.iter
                        if isinstance(it, ast.Call) and _call_name(it) == "enumerate":
                            it = it.args[0]
                        if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) \
                                and it.func.attr in ("items", "values"):
                            return _strings(const(it.func.value))
                        return _strings(const(it))
                    if isinstance(node, ast.FunctionDef):
                        for st in ast.walk(node):
                            if isinstance(st, ast.Assign) and any(
                                    isinstance(t, ast.Name) and t.id == expr.id
                                    for t in st.targets):
                                return resolve(st.value, st, depth + 1)
                            if isinstance(st, ast.ImportFrom) and any(
                                    (a.asname or a.name) == expr.id for a in st.names):
                                src_mod = importlib.import_module(
                                    "." * st.level + (st.module or ""), "crampdiary.ui")
                                real = next(a.name for a in st.names
                                            if (a.asname or a.name) == expr.id)
                                return _strings(getattr(src_mod, real, None))
                        break
                return _strings(getattr(module, expr.id, None))

            for node in ast.walk(cls):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr == "tr" and isinstance(node.func.value, ast.Name) \
                        and node.func.value.id == "self" and node.args \
                        and _const(node.args[0]) is None:
                    for text in resolve(node.args[0], node):
                        msgs.append(Msg(cls.name, text, [(_rel(path), node.lineno)]))
    return msgs


def all_messages() -> list[Msg]:
    merged: dict[tuple[str, str], Msg] = {}
    for m in (lupdate_messages() + python_messages() + dynamic_messages() + vocab_messages()
              + catalog_messages()):
        key = (m.context, m.source)
        if key in merged:
            merged[key].where += [w for w in m.where if w not in merged[key].where]
        else:
            merged[key] = m
    return list(merged.values())


# ----------------------------------------------------------------------- .ts files
def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()
    return {((c.findtext("name") or ""), m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.iter("message")}


def _x(s: str) -> str:
    return escape(s, {'"': "&quot;"})


def render(lang: str, msgs: list[Msg], old: dict[tuple[str, str], ET.Element]) -> str:
    contexts: dict[str, list[str]] = {}
    by_key = {(m.context, m.source): m for m in msgs}
    for m in msgs:
        contexts.setdefault(m.context, []).append(m.source)
    for (ctx, src), el in old.items():  # vanished: keep a translation for later
        tr_el = el.find("translation")
        text = "".join(tr_el.itertext()).strip() if tr_el is not None else ""
        if (ctx, src) not in by_key and text:
            contexts.setdefault(ctx, []).append(src)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGS[lang]}" sourcelanguage="en">']
    for ctx in sorted(contexts):
        lines += ["<context>", f"    <name>{_x(ctx)}</name>"]
        for src in contexts[ctx]:
            m = by_key.get((ctx, src))
            prev = old.get((ctx, src))
            numerus = (m.plural is not None) if m else (prev is not None
                                                         and prev.get("numerus") == "yes")
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            # file names only: line numbers would change with every edit of the code
            for fn in dict.fromkeys(fn for fn, _ln in (m.where if m else [])):
                lines.append(f'        <location filename="{_x(fn)}"/>')
            lines.append(f"        <source>{_x(src)}</source>")
            comment = (m.comment if m else None) or (
                f"English plural: {m.plural}" if m and m.plural else None)
            if comment:
                lines.append(f"        <extracomment>{_x(comment)}</extracomment>")
            tr_el = prev.find("translation") if prev is not None else None
            state = tr_el.get("type") if tr_el is not None else "unfinished"
            if m is None:
                state = "vanished"
            elif state in ("vanished", "obsolete"):
                state = None
            attr = f' type="{state}"' if state else ""
            if numerus:
                forms = [f.text or "" for f in tr_el.findall("numerusform")] \
                    if tr_el is not None else []
                forms += [""] * (NUMERUS_FORMS[lang] - len(forms))
                lines.append(f"        <translation{attr}>")
                lines += [f"            <numerusform>{_x(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                text = (tr_el.text or "") if tr_el is not None else ""
                lines.append(f"        <translation{attr}>{_x(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if a .ts would change")
    ap.add_argument("--list-untranslated", metavar="LANG")
    ns = ap.parse_args(argv)
    msgs = all_messages()
    if ns.list_untranslated:
        old = read_ts(I18N / f"crampdiary_{ns.list_untranslated}.ts")
        for m in msgs:
            el = old.get((m.context, m.source))
            t = el.find("translation") if el is not None else None
            if t is None or t.get("type") == "unfinished":
                print(f"{m.context}\t{m.source}")
        return 0
    stale = []
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        path = I18N / f"crampdiary_{lang}.ts"
        text = render(lang, msgs, read_ts(path))
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(path.name)
            if not ns.check:
                path.write_text(text, encoding="utf-8")
    if ns.check and stale:
        print("out of date: " + ", ".join(stale) + " (run tools/update_translations.py)")
        return 1
    print(f"{len(msgs)} sentences; " + (f"updated {', '.join(stale)}" if stale else "up to date"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
