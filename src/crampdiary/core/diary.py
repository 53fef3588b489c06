"""The old name of :mod:`crampdiary.core.use_cases` (the entry use cases).

"Diary" now names one thing, the open diary file (``storage.db.Diary``); the use cases
(log, edit, delete, undo, list, history, medicines) live in ``core.use_cases``.
``import crampdiary.core.diary`` gives the very same module object.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from . import use_cases as _use_cases

if TYPE_CHECKING:
    from .use_cases import *  # noqa: F403

sys.modules[__name__] = _use_cases
