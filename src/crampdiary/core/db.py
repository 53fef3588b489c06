"""The old name of :mod:`crampdiary.core.storage.db` (the module moved into storage).

``import crampdiary.core.db`` gives the very same module object, so code and tests
that patch an attribute here patch the one the program uses.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .storage import db as _db

if TYPE_CHECKING:
    from .storage.db import *  # noqa: F403
    from .storage.db import _environment_error as _environment_error

sys.modules[__name__] = _db
