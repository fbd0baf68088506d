"""The plans list as a table model, and the proxy that filters it by year, level, unit and status.

All plans are read once (``store.list_plans``: each subject's latest revision) and
filtered in memory, so changing a filter is instant and the year list shows the
years that exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.models.plans import PlanLevel
from app.services import org_queries
from app.services.plans import store
from app.services.plans.store import PlanSummary
from app.services.plans.subjects import preload_subjects
from app.ui.plans.labels import STATUS_COLORS, level_label, status_label
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_Index = QModelIndex | QPersistentModelIndex

COL_YEAR = 0
COL_LEVEL = 1
COL_UNIT = 2
COL_SUBJECT = 3
COL_WORK_NAME = 4
COL_REVISION = 5
COL_STATUS = 6
COL_TASKS = 7
COLUMN_COUNT = 8

PlanIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class PlanListModel(QAbstractTableModel):
    """One row per plan (latest revision of each subject and year)."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.rows: list[PlanSummary] = []
        self.loaded = False

    def reload(self) -> None:
        """Read the list again."""

        def read(session: Session) -> list[PlanSummary]:
            loaded = preload_subjects(session)  # one query per kind, not one per plan
            rows = store.list_plans(session)
            del loaded
            # Departments in the organisation's order (offices first), as in the tree.
            units = [u for u, _name in org_queries.reference_choices(session)["unit"]]
            order = {u: i for i, u in enumerate(units)}
            levels = {level: i for i, level in enumerate(PlanLevel)}
            rows.sort(
                key=lambda r: (
                    -r.year,
                    order.get(r.unit_id, len(order)),
                    levels.get(r.level, 9),
                    r.subject_name,
                )
            )
            return rows

        self.beginResetModel()
        self.rows = self.workspace.run(read)
        self.loaded = True
        self.endResetModel()

    def summary(self, row: int) -> PlanSummary:
        """The plan in ``row``."""
        return self.rows[row]

    def row_of(self, plan_id: str) -> int:
        """Row of a plan, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == plan_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PlanList", "Year"),
            QCoreApplication.translate("PlanList", "Level"),
            QCoreApplication.translate("PlanList", "Department"),
            QCoreApplication.translate("PlanList", "Subject"),
            QCoreApplication.translate("PlanList", "Work name"),
            QCoreApplication.translate("PlanList", "Revision"),
            QCoreApplication.translate("PlanList", "Status"),
            QCoreApplication.translate("PlanList", "Tasks"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == PlanIdRole:
            return r.id
        if role == SortRole:
            numbers = {COL_YEAR: r.year, COL_REVISION: r.revision, COL_TASKS: r.task_count}
            if column in numbers:
                return numbers[column]
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(r.year),
                level_label(r.level),
                r.unit_name,
                r.subject_name,
                r.work_name,
                str(r.revision),
                status_label(r.status),
                str(r.task_count),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QColor(STATUS_COLORS.get(r.status, "#5f6368"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_YEAR,
            COL_REVISION,
            COL_TASKS,
            COL_STATUS,
            COL_LEVEL,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PlanFilter(QSortFilterProxyModel):
    """Year, level, unit and status filters plus free text (subject, work name)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year: int | None = None
        self.level: str | None = None
        self.unit_id: str | None = None
        self.status: str | None = None
        self.text = ""
        self.setSortRole(SortRole)

    def set_filters(self, **filters: Any) -> None:
        """Change some filters and apply them."""
        self.beginFilterChange()
        for key, value in filters.items():
            setattr(self, key, value)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PlanListModel)
        r = model.summary(source_row)
        if self.year is not None and r.year != self.year:
            return False
        if self.level and r.level != self.level:
            return False
        if self.unit_id and r.unit_id != self.unit_id:
            return False
        if self.status and r.status != self.status:
            return False
        text = self.text.strip().lower()
        return not text or any(
            text in value.lower() for value in (r.subject_name, r.work_name, r.unit_name)
        )
