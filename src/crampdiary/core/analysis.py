"""The old name of :mod:`crampdiary.core.insights.analysis` (moved into ``core/insights``).

``from crampdiary.core import analysis`` gives the very same module object, so code
and tests that patch an attribute here patch the one the program uses.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .insights import analysis as _analysis

if TYPE_CHECKING:
    from .insights.analysis import *  # noqa: F403

sys.modules[__name__] = _analysis
