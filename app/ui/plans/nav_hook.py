"""How the navigator shows the plans area, and how a tree node offers its own plan.

Kept here so the navigator needs only a few lines: a department, major, course,
class or teacher node gets "Open One-Page Plan" in its context menu (right click,
or the menu key), which opens this year's plan or offers to create it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from app.models.plans import PlanLevel
from app.ui.nav_model import IdRole, KindRole
from app.ui.plans.area import PlansArea

if TYPE_CHECKING:
    from app.ui.navigator import Navigator

#: tree node kind → plan level
NODE_LEVELS = {
    "unit": PlanLevel.UNIT,
    "major": PlanLevel.MAJOR,
    "course": PlanLevel.COURSE,
    "class": PlanLevel.CLASS,
    "person": PlanLevel.TEACHER,
}


def plans_area(navigator: Navigator) -> PlansArea:
    """The plans page, wired to the window's status bar."""
    area = PlansArea(navigator.workspace)
    status = navigator.ui.statusBar
    area.status_message.connect(lambda message: status.showMessage(message, 5000))
    status.insertPermanentWidget(0, area.save_label)
    return area


def install_plan_menu(navigator: Navigator) -> None:
    """Give subject nodes of the tree an "Open One-Page Plan" context menu."""
    tree = navigator.ui.navTree
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    tree.customContextMenuRequested.connect(lambda pos: _menu(navigator, pos))


def _menu(navigator: Navigator, pos: QPoint) -> None:
    tree = navigator.ui.navTree
    index = tree.indexAt(pos)
    if not index.isValid():
        index = tree.currentIndex()
        pos = tree.visualRect(index).center()
    level = NODE_LEVELS.get(index.data(KindRole))
    if level is None:
        return
    menu = QMenu(tree)
    action = menu.addAction(QCoreApplication.translate("Navigation", "Open One-Page Plan"))
    action.triggered.connect(lambda: open_node_plan(navigator, level, index.data(IdRole)))
    menu.popup(tree.viewport().mapToGlobal(pos))


def open_node_plan(navigator: Navigator, level: str, subject_id: str) -> None:
    """Show the plans area and open (or offer to create) the subject's plan of this year."""
    navigator.select_node("area", "plans")
    page = navigator.window.current_page()
    if isinstance(page, PlansArea):
        page.open_subject(level, subject_id)
