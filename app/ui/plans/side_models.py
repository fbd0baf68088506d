"""The two small tables beside the matrix: the objectives (目标) and the cost lines (成本).

Both edit the plan's document through undo commands and mark the rows the checks
complain about, like the task table does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor

from app.services.plans.doc import wan_to_yuan, yuan_to_wan
from app.ui.plans.commands import SetValueCommand
from app.ui.plans.document import COSTS, OBJECTIVES, FieldPath, PlanDocument
from app.ui.plans.labels import hint_icon, objective_mark, smart_hint_text
from app.ui.plans.task_model import PROBLEM_BACKGROUND

_Index = QModelIndex | QPersistentModelIndex

ItemIdRole = Qt.ItemDataRole.UserRole + 1
OVER_BUDGET = QColor("#d93025")

# Objectives table
OBJ_NUMBER, OBJ_TEXT = 0, 1
# Costs table
COST_CATEGORY, COST_BUDGET, COST_SPENT = 0, 1, 2


class _SectionModel(QAbstractTableModel):
    """Rows are the items of one section of the document."""

    section = ""
    edit_failed = Signal(str)

    def __init__(self, document: PlanDocument) -> None:
        super().__init__()
        self.document = document
        document.items_will_change.connect(self._items_will_change)
        document.items_did_change.connect(self._items_changed)
        document.value_did_change.connect(self._value_changed)
        document.problems_did_change.connect(self._redraw)

    def items(self) -> list[Any]:
        """The section's items, in order."""
        return self.document.items(self.section)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items())

    def item_id(self, row: int) -> str:
        """Id of the item in ``row``."""
        return self.items()[row].id

    def _problems(self, row: int) -> list[str]:
        return self.document.problems_at(self.section, self.item_id(row))

    def _common(self, index: _Index, role: int) -> Any:
        if role == ItemIdRole:
            return self.item_id(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and self._problems(index.row()):
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._problems(index.row())) or None
        return None

    def _set(self, row: int, name: str, value: Any, text: str) -> None:
        path = FieldPath(self.section, self.item_id(row), name)
        self.document.push(SetValueCommand(self.document, path, value, text=text))

    @Slot(str)
    def _items_will_change(self, section: str) -> None:
        if section == self.section:
            self.beginResetModel()

    @Slot(str)
    def _items_changed(self, section: str) -> None:
        if section == self.section:
            self.endResetModel()

    @Slot(str, str, str)
    def _value_changed(self, section: str, item_id: str, _name: str) -> None:
        if section != self.section:
            return
        row = self.document.index_of(section, item_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @Slot()
    def _redraw(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


class ObjectivesModel(_SectionModel):
    """目标: number and text."""

    section = OBJECTIVES

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PlanTables", "No."),
                QCoreApplication.translate("PlanTables", "Objective"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.column() == OBJ_TEXT and role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            hint = self.document.smart_hint_at(OBJECTIVES, self.item_id(index.row()))
            if role == Qt.ItemDataRole.DecorationRole:
                return hint_icon() if hint else None
            lines = self._problems(index.row()) + ([smart_hint_text(hint.message)] if hint else [])
            return "\n".join(lines) or None
        common = self._common(index, role)
        if common is not None:
            return common
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == OBJ_NUMBER:
                return objective_mark(index.row() + 1)
            return self.items()[index.row()].text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == OBJ_NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == OBJ_TEXT and not self.document.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != OBJ_TEXT:
            return False
        text = str(value).strip()
        if text == self.items()[index.row()].text:
            return False
        self._set(
            index.row(), "text", text, QCoreApplication.translate("PlanTables", "Edit objective")
        )
        return True


class CostsModel(_SectionModel):
    """成本: category, budget and what has been spent, in 万元."""

    section = COSTS

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PlanTables", "Cost item"),
                QCoreApplication.translate("PlanTables", "Budget (10k yuan)"),
                QCoreApplication.translate("PlanTables", "Spent (10k yuan)"),
            )[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == COST_SPENT
        ):
            return QCoreApplication.translate("PlanTables", "Total recorded in the monthly updates")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        common = self._common(index, role)
        if common is not None:
            return common
        cost = self.items()[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == COST_CATEGORY:
                return cost.category
            if index.column() == COST_BUDGET:
                return yuan_to_wan(cost.budget_yuan)
            return yuan_to_wan(cost.spent_total)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != COST_CATEGORY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        over = index.column() == COST_SPENT and cost.spent_total > cost.budget_yuan
        if over and role == Qt.ItemDataRole.ForegroundRole:
            return OVER_BUDGET
        if over and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PlanTables", "Over budget")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != COST_SPENT and not self.document.locked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        cost = self.items()[index.row()]
        if index.column() == COST_CATEGORY:
            text = str(value).strip()
            if text == cost.category:
                return False
            self._set(
                index.row(),
                "category",
                text,
                QCoreApplication.translate("PlanTables", "Edit cost item"),
            )
            return True
        if index.column() == COST_BUDGET:
            try:
                yuan = wan_to_yuan(value or "0")
            except ValueError:
                self.edit_failed.emit(
                    QCoreApplication.translate(
                        "PlanTables",
                        "“%1” is not an amount. Type the budget in 10k yuan, e.g. 1.5.",
                    ).replace("%1", str(value))
                )
                return False
            if yuan < 0:
                self.edit_failed.emit(
                    QCoreApplication.translate("PlanTables", "A budget cannot be negative.")
                )
                return False
            if yuan == cost.budget_yuan:
                return False
            self._set(
                index.row(),
                "budget_yuan",
                yuan,
                QCoreApplication.translate("PlanTables", "Change budget"),
            )
            return True
        return False
