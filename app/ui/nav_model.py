"""The navigation tree: the college (units → majors → courses, classes; people) and work areas."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.services.org_queries import Node
from app.ui.placeholder_page import AREAS, area_title

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

GROUP_TITLES = {
    "office": QT_TRANSLATE_NOOP("Navigation", "Functional Offices"),
    "academic": QT_TRANSLATE_NOOP("Navigation", "Academic Departments"),
}
PEOPLE_TITLE = QT_TRANSLATE_NOOP("Navigation", "People (%1)")
COLLEGE_TITLE = QT_TRANSLATE_NOOP("Navigation", "College (no organisation yet)")
AREAS_TITLE = QT_TRANSLATE_NOOP("Navigation", "Work Areas")


def _translated(source: str) -> str:
    """Translate a source marked elsewhere with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate("Navigation", source)


def _item(kind: str, record_id: str | None, label: str) -> QStandardItem:
    item = QStandardItem(label)
    item.setEditable(False)
    item.setData(kind, KindRole)
    item.setData(record_id, IdRole)
    return item


def _add(parent: QStandardItem, node: Node) -> None:
    if node.kind == "group":
        label = _translated(GROUP_TITLES[node.id or ""])
    elif node.kind == "people":
        label = _translated(PEOPLE_TITLE).replace("%1", str(len(node.children)))
    else:
        label = node.label
    item = _item(node.kind, node.id, label)
    parent.appendRow(item)
    for child in node.children:
        _add(item, child)


def build_nav_model(model: QStandardItemModel, root: Node) -> None:
    """Fill ``model`` from the service's tree plus the fixed work areas."""
    model.clear()
    invisible = model.invisibleRootItem()
    college = _item("institution", root.id, root.label or _translated(COLLEGE_TITLE))
    invisible.appendRow(college)
    for child in root.children:
        _add(college, child)
    areas = _item("areas", None, _translated(AREAS_TITLE))
    invisible.appendRow(areas)
    for key in AREAS:
        areas.appendRow(_item("area", key, area_title(key)))
