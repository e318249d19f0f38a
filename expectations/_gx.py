"""Lazy, offline access to Great Expectations.

``great_expectations`` takes seconds to import, and these modules sit on Airflow DAG
import paths, so nothing here imports it at module level. :func:`gx` switches GX's
usage statistics off (``GX_ANALYTICS_ENABLED=false``) before the first import; the
ephemeral context itself never talks to the network (no cloud mode, no version check).
"""

from __future__ import annotations

import os
from types import ModuleType


def gx() -> ModuleType:
    """Import and return ``great_expectations`` with analytics disabled."""
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    import great_expectations

    return great_expectations
