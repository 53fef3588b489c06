"""Entry point: ``crampdiary`` and ``python -m crampdiary``.

Kept tiny so the command line starts fast: the rest is imported only when needed.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # every file the program creates is private
    from .cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
