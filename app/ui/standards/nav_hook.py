"""How the navigator shows the standards area (one entry in app/ui/area_pages.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.standards.area import StandardsArea

if TYPE_CHECKING:
    from app.ui.navigator import Navigator


def standards_area(navigator: Navigator) -> StandardsArea:
    """The standards page, wired to the window's status bar."""
    area = StandardsArea(navigator.workspace)
    status = navigator.ui.statusBar
    area.status_message.connect(lambda message: status.showMessage(message, 5000))
    status.insertPermanentWidget(0, area.save_label)
    return area
