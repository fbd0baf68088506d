"""How the navigator shows the job descriptions area (one entry in app/ui/area_pages.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.jobs.area import JobsArea

if TYPE_CHECKING:
    from app.ui.navigator import Navigator


def jobs_area(navigator: Navigator) -> JobsArea:
    """The job descriptions page, wired to the window's status bar."""
    area = JobsArea(navigator.workspace)
    status = navigator.ui.statusBar
    area.status_message.connect(lambda message: status.showMessage(message, 5000))
    status.insertPermanentWidget(0, area.save_label)
    return area
