"""Which page each work area shows: one line per area that is built.

The navigator asks :func:`area_page_factory` for an area's page and shows a
placeholder for an area that has none yet. Each factory imports its package only
when called, so a work area costs nothing at start-up until the user opens it;
adding an area is one entry here and a package under ``app/ui/``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.navigator import Navigator

#: area key → "module:function"; the function takes the navigator, returns the page.
AREA_PAGES: dict[str, str] = {
    "plans": "app.ui.plans.nav_hook:plans_area",
    "jobs": "app.ui.jobs.nav_hook:jobs_area",
    "standards": "app.ui.standards.nav_hook:standards_area",
    "exchange": "app.ui.sync.nav_hook:exchange_area",
}


def area_page_factory(key: str) -> Callable[[Navigator], QWidget] | None:
    """The function that builds ``key``'s page, or None for an area not built yet."""
    target = AREA_PAGES.get(key)
    if target is None:
        return None
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)
