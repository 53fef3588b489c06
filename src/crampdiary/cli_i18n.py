"""The command line's help in the user's language.

argparse builds the help text; this formatter puts each option's help, the section
headings and the "usage:" prefix through ``core.i18n`` (context ``cli-help``).
Command names, option names and option values stay English (CONTRACT.md section 8).
"""

from __future__ import annotations

import argparse

from .core.i18n import tr

_HEADINGS = {"options": "options", "positional arguments": "positional arguments",
             "optional arguments": "optional arguments"}


class TranslatingFormatter(argparse.HelpFormatter):
    def _expand_help(self, action: argparse.Action) -> str:
        if action.help and action.help is not argparse.SUPPRESS:
            action = argparse.Action(action.option_strings, action.dest, nargs=action.nargs,
                                     const=action.const, default=action.default,
                                     type=action.type, choices=action.choices,  # type: ignore[arg-type]
                                     required=action.required,
                                     help=tr("cli-help", action.help), metavar=action.metavar)
        return super()._expand_help(action)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = tr("cli-help", text)
        super().add_text(text)

    def start_section(self, heading: str | None) -> None:
        if heading in _HEADINGS:
            heading = tr("cli-help", heading)
        super().start_section(heading)

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        if prefix is None:
            prefix = tr("cli-help", "usage: ")
        super().add_usage(usage, actions, groups, prefix)
