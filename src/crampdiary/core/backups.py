"""The old name of :mod:`crampdiary.core.storage.backups` (the module moved into storage).

``import crampdiary.core.backups`` gives the very same module object, so code and
tests that patch an attribute here patch the one the program uses.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .storage import backups as _backups

if TYPE_CHECKING:
    from .storage.backups import *  # noqa: F403

sys.modules[__name__] = _backups
