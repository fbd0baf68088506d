"""The OPPM matrix as a table: one row per task, columns laid out like the paper form.

Columns: 序号, 主要任务, one narrow column per objective (a dot where the task
serves it), 负责人/优先级, 目标日期, then the twelve months. The number of
objective columns follows the plan, so the later columns are computed, not fixed.
Edits become undo commands on the plan's document.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QFont

from app.services.plans.doc import TaskDoc
from app.ui.plans.commands import SetValueCommand
from app.ui.plans.document import OBJECTIVES, TASKS, FieldPath, PlanDocument
from app.ui.plans.labels import (
    hint_icon,
    month_label,
    objective_mark,
    smart_hint_text,
    state_label,
)

_Index = QModelIndex | QPersistentModelIndex

COL_NUMBER = 0
COL_NAME = 1
FIRST_OBJECTIVE = 2

# Column kinds (ColumnKindRole).
NUMBER, NAME, OBJECTIVE, OWNERS, TARGET, MONTH = (
    "number",
    "name",
    "objective",
    "owners",
    "target",
    "month",
)

TaskIdRole = Qt.ItemDataRole.UserRole + 1
ColumnKindRole = Qt.ItemDataRole.UserRole + 2
#: for a month cell: (planned, state or None); for an objective cell: served (bool)
MarkRole = Qt.ItemDataRole.UserRole + 3
#: the check problems at this cell (list of messages)
ProblemRole = Qt.ItemDataRole.UserRole + 4

PROBLEM_BACKGROUND = QColor("#fde7e5")
CURRENT_MONTH_BACKGROUND = QColor("#eaf2fd")
# Which task field a problem names, by column kind.
_FIELD_OF_KIND = {
    NAME: "name",
    OBJECTIVE: "objectives",
    OWNERS: "owners",
    TARGET: "target_date",
    MONTH: "planned_months",
}


def owners_text(task: TaskDoc) -> str:
    """张三(A) 李四(B), as the printed form shows them."""
    return " ".join(f"{o.name or '?'}({o.priority})" for o in task.owners)


class TaskTableModel(QAbstractTableModel):
    """The tasks of one plan with the matrix, owners, target dates and months."""

    def __init__(self, document: PlanDocument, *, current_month: int = 0) -> None:
        super().__init__()
        self.document = document
        self.current_month = current_month
        document.items_will_change.connect(self._items_will_change)
        document.items_did_change.connect(self._items_changed)
        document.value_did_change.connect(self._value_changed)
        document.problems_did_change.connect(self._redraw_all)

    # -- columns ---------------------------------------------------------------
    @property
    def objective_count(self) -> int:
        """How many objective columns there are."""
        return len(self.document.doc.objectives)

    @property
    def owners_column(self) -> int:
        """Column of 负责人/优先级."""
        return FIRST_OBJECTIVE + self.objective_count

    @property
    def target_column(self) -> int:
        """Column of 目标日期."""
        return self.owners_column + 1

    def month_column(self, month: int) -> int:
        """Column of a month (1–12)."""
        return self.target_column + month

    def column_kind(self, column: int) -> tuple[str, int]:
        """What a column shows: (kind, objective position or month; else 0)."""
        if column == COL_NUMBER:
            return NUMBER, 0
        if column == COL_NAME:
            return NAME, 0
        if column < self.owners_column:
            return OBJECTIVE, column - FIRST_OBJECTIVE
        if column == self.owners_column:
            return OWNERS, 0
        if column == self.target_column:
            return TARGET, 0
        return MONTH, column - self.target_column

    def column_of(self, field: str) -> int:
        """The first column showing a task field (to select where a problem is)."""
        return {
            "name": COL_NAME,
            "objectives": FIRST_OBJECTIVE if self.objective_count else COL_NAME,
            "owners": self.owners_column,
            "target_date": self.target_column,
            "planned_months": self.month_column(1),
        }.get(field, COL_NAME)

    def task(self, row: int) -> TaskDoc:
        """The task shown in ``row``."""
        return self.document.doc.tasks[row]

    def row_of(self, task_id: str) -> int:
        """Row of a task, or -1."""
        return self.document.index_of(TASKS, task_id)

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.document.doc.tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.month_column(12) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        kind, n = self.column_kind(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NUMBER: QCoreApplication.translate("TaskModel", "No."),
                NAME: QCoreApplication.translate("TaskModel", "Major task"),
                OWNERS: QCoreApplication.translate("TaskModel", "Owners / priority"),
                TARGET: QCoreApplication.translate("TaskModel", "Target date"),
            }.get(kind) or (objective_mark(n + 1) if kind == OBJECTIVE else str(n))
        if role == Qt.ItemDataRole.ToolTipRole:
            if kind == OBJECTIVE:
                text = self.document.doc.objectives[n].text
                return (
                    QCoreApplication.translate("TaskModel", "Objective %1: %2")
                    .replace("%1", str(n + 1))
                    .replace("%2", text)
                )
            if kind == MONTH:
                return month_label(n)
            if kind == OWNERS:
                return QCoreApplication.translate(
                    "TaskModel", "A owner, B primary helper, C secondary helper"
                )
        if role == Qt.ItemDataRole.FontRole and kind == MONTH and n == self.current_month:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.task(index.row())
        kind, n = self.column_kind(index.column())
        if role == TaskIdRole:
            return task.id
        if role == ColumnKindRole:
            return kind
        if role == ProblemRole:
            return self._problems(task, kind)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._problems(task, kind):
                return PROBLEM_BACKGROUND
            if kind == MONTH and n == self.current_month:
                return CURRENT_MONTH_BACKGROUND  # "now" runs down the schedule
            return None
        if role == MarkRole:
            if kind == OBJECTIVE:
                return self.document.doc.objectives[n].id in task.objective_ids
            if kind == MONTH:
                return n in task.planned_months, task.month_states.get(n)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(task, kind, n, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, kind, n)
        if role == Qt.ItemDataRole.DecorationRole and kind == NAME:
            return hint_icon() if self.document.smart_hint_at(TASKS, task.id) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and kind not in (NAME, OWNERS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, task: TaskDoc, kind: str, n: int, role: int) -> Any:
        if kind == NUMBER:
            return f"{self.row_of(task.id) + 1:02d}"
        if kind == NAME:
            return task.name
        if kind == OWNERS:
            return owners_text(task)
        if kind == TARGET:
            if role == Qt.ItemDataRole.EditRole:
                return task.target_date
            return self._date_text(task.target_date)
        if kind == OBJECTIVE:
            served = self.document.doc.objectives[n].id in task.objective_ids
            return "●" if served else ""
        planned, state = n in task.planned_months, task.month_states.get(n)
        return "●" if state else ("○" if planned else "")

    def _date_text(self, value: date | None) -> str:
        if value is None:
            return ""
        if value.year != self.document.doc.year:
            return value.isoformat()  # the wrong year shows, so it can be seen
        return (
            QCoreApplication.translate("TaskModel", "%1/%2")
            .replace("%1", str(value.month))
            .replace("%2", str(value.day))
        )

    def _tooltip(self, task: TaskDoc, kind: str, n: int) -> str | None:
        problems = self._problems(task, kind)
        lines: list[str] = []
        if kind == MONTH:
            planned, state = n in task.planned_months, task.month_states.get(n)
            parts = [month_label(n)]
            if planned:
                parts.append(QCoreApplication.translate("TaskModel", "planned"))
            if state:
                parts.append(state_label(state))
            lines.append(" · ".join(parts))
        elif kind == NAME and task.name:
            lines.append(task.name)
            hint = self.document.smart_hint_at(TASKS, task.id)
            if hint is not None:
                lines.append(smart_hint_text(hint.message))
        elif kind == OWNERS and task.owners:
            lines.append(owners_text(task))
        return "\n".join(lines + problems) or None

    def _problems(self, task: TaskDoc, kind: str) -> list[str]:
        name = _FIELD_OF_KIND.get(kind)
        if name is None:
            return []
        return self.document.problems_at(TASKS, task.id, name)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.document.locked:
            return base
        kind, _ = self.column_kind(index.column())
        if kind in (NAME, TARGET):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.document.locked:
            return False
        task = self.task(index.row())
        kind, _ = self.column_kind(index.column())
        if kind == NAME:
            value = str(value).strip()
            if value == task.name:
                return False
            self._set(
                task, "name", value, QCoreApplication.translate("TaskModel", "Edit task name")
            )
            return True
        if kind == TARGET:
            if value == task.target_date:
                return False
            self._set(
                task,
                "target_date",
                value,
                QCoreApplication.translate("TaskModel", "Change target date"),
            )
            return True
        return False

    # -- edits that are not typing -----------------------------------------------
    def toggle(self, index: _Index) -> bool:
        """Space or a click on an objective or month cell: flip the dot or the planned month."""
        if not index.isValid() or self.document.locked:
            return False
        task = self.task(index.row())
        kind, n = self.column_kind(index.column())
        if kind == OBJECTIVE:
            objective_id = self.document.doc.objectives[n].id
            ids = [i for i in task.objective_ids if i != objective_id]
            if len(ids) == len(task.objective_ids):
                ids.append(objective_id)
            self._set(
                task,
                "objective_ids",
                ids,
                QCoreApplication.translate("TaskModel", "Change task objectives"),
            )
            return True
        if kind == MONTH:
            months = sorted(set(task.planned_months) ^ {n})
            self._set(
                task,
                "planned_months",
                months,
                QCoreApplication.translate("TaskModel", "Change planned months"),
            )
            return True
        return False

    def set_owners(self, row: int, owners: list[Any]) -> None:
        """Replace a task's owners (from the owners dialog) as one undo step."""
        task = self.task(row)
        if [(o.person_id, o.priority) for o in owners] == [
            (o.person_id, o.priority) for o in task.owners
        ]:
            return
        self._set(task, "owners", owners, QCoreApplication.translate("TaskModel", "Change owners"))

    def _set(self, task: TaskDoc, name: str, value: Any, text: str) -> None:
        path = FieldPath(TASKS, task.id, name)
        self.document.push(SetValueCommand(self.document, path, value, text=text))

    # -- following the document ------------------------------------------------
    @Slot(str)
    def _items_will_change(self, section: str) -> None:
        if section in (TASKS, OBJECTIVES):  # objectives are columns here
            self.beginResetModel()

    @Slot(str)
    def _items_changed(self, section: str) -> None:
        if section in (TASKS, OBJECTIVES):
            self.endResetModel()

    @Slot(str, str, str)
    def _value_changed(self, section: str, item_id: str, _name: str) -> None:
        if section == OBJECTIVES:
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, FIRST_OBJECTIVE, self.owners_column
            )
            return
        if section != TASKS:
            return
        row = self.row_of(item_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @Slot()
    def _redraw_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
