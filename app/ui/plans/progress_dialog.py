"""进度汇总: how the plans of a year stand at the end of a month, per department or level.

The quality office's monitoring view (and a department head's): review states, task
progress, spending, and which plans were not updated that month. The numbers come
from ``tracking.rollup`` (about 0.2 s for the sample college's ~900 plans, so it runs
with a busy cursor rather than a progress dialog). Double-clicking a department asks
the plans list to show that department's plans.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.services.plans.tracking import BY_LEVEL, BY_UNIT, RollupRow
from app.ui.forms.ui_plan_progress_dialog import Ui_PlanProgressDialog
from app.ui.plans.labels import level_label, month_label
from app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1

# Column keys, in order; their (translated) headers are in _HEADERS.
_COLUMNS: tuple[str, ...] = (
    "Name",
    "Plans",
    "Approved",
    "Awaiting review",
    "Returned",
    "Drafts",
    "Tasks",
    "Done",
    "Late",
    "At risk",
    "Not updated",
    "Completion",
    "Budget (10k yuan)",
    "Spent (10k yuan)",
)
_HEADERS = {
    "Name": lambda by: (
        QCoreApplication.translate("PlanProgress", "Department")
        if by == BY_UNIT
        else QCoreApplication.translate("PlanProgress", "Level")
    ),
    "Plans": lambda _by: QCoreApplication.translate("PlanProgress", "Plans"),
    "Approved": lambda _by: QCoreApplication.translate("PlanProgress", "Approved"),
    "Awaiting review": lambda _by: QCoreApplication.translate("PlanProgress", "Awaiting review"),
    "Returned": lambda _by: QCoreApplication.translate("PlanProgress", "Returned"),
    "Drafts": lambda _by: QCoreApplication.translate("PlanProgress", "Drafts"),
    "Tasks": lambda _by: QCoreApplication.translate("PlanProgress", "Tasks"),
    "Done": lambda _by: QCoreApplication.translate("PlanProgress", "Done"),
    "Late": lambda _by: QCoreApplication.translate("PlanProgress", "Late"),
    "At risk": lambda _by: QCoreApplication.translate("PlanProgress", "At risk"),
    "Not updated": lambda _by: QCoreApplication.translate("PlanProgress", "Not updated"),
    "Completion": lambda _by: QCoreApplication.translate("PlanProgress", "Completion"),
    "Budget (10k yuan)": lambda _by: QCoreApplication.translate(
        "PlanProgress", "Budget (10k yuan)"
    ),
    "Spent (10k yuan)": lambda _by: QCoreApplication.translate("PlanProgress", "Spent (10k yuan)"),
}
_WARN = QColor("#d93025")
_MUTED = QColor("#80868b")


def _value(row: RollupRow, column: str) -> Any:
    """The sortable value of a cell."""
    return {
        "Name": row.label,
        "Plans": row.plans,
        "Approved": row.approved,
        "Awaiting review": row.submitted,
        "Returned": row.returned,
        "Drafts": row.drafts,
        "Tasks": row.tasks,
        "Done": row.tasks_done,
        "Late": row.tasks_late,
        "At risk": row.tasks_at_risk,
        "Not updated": row.not_updated,
        "Completion": row.average_completion if row.average_completion is not None else -1.0,
        "Budget (10k yuan)": row.budget_yuan,
        "Spent (10k yuan)": row.spent_yuan,
    }[column]


class RollupModel(QAbstractTableModel):
    """Rows of the roll-up; the order of the organisation (or of the levels) by default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RollupRow] = []
        self.by = BY_UNIT

    def set_rows(self, rows: list[RollupRow], by: str) -> None:
        """Show a new roll-up."""
        self.beginResetModel()
        self.rows, self.by = rows, by
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[_COLUMNS[section]](self.by)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], _COLUMNS[index.column()]
        if role == SortRole:
            return _value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "Name":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.plans == 0:
                return _MUTED  # a department without a plan: listed, and greyed
            if column in ("Late", "Not updated", "Returned") and _value(row, column):
                return _WARN
        return None

    def _text(self, row: RollupRow, column: str) -> str:
        if column == "Name":
            return row.label if self.by == BY_UNIT else level_label(row.key)
        if column == "Completion":
            average = row.average_completion
            return "—" if average is None else f"{average:.1f}%"
        if column == "Approved" and row.revising:
            # an approved plan whose new revision is in writing or review is still in force
            return (
                QCoreApplication.translate("PlanProgress", "%1 (%2 being revised)")
                .replace("%1", str(row.approved))
                .replace("%2", str(row.revising))
            )
        if column in ("Budget (10k yuan)", "Spent (10k yuan)"):
            yuan = _value(row, column)
            return f"{yuan / 10000:.2f}" if yuan else ""
        return str(_value(row, column))


class ProgressDialog(QDialog):
    """The roll-up for a year and month, by department or by level."""

    # A department was double-clicked: list its plans (the unit id, the year).
    unit_chosen = Signal(str, int)

    def __init__(
        self, workspace: Workspace, *, years: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanProgressDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        today = date.today()
        for year in sorted(set(years) | {today.year}, reverse=True):
            self.ui.yearCombo.addItem(str(year), year)
        self.ui.yearCombo.setCurrentIndex(max(self.ui.yearCombo.findData(today.year), 0))
        for month in range(1, 13):
            self.ui.monthCombo.addItem(month_label(month), month)
        self._select_default_month()
        self.ui.byCombo.addItem(self.tr("Department"), BY_UNIT)
        self.ui.byCombo.addItem(self.tr("Level"), BY_LEVEL)
        self.model = RollupModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        view = self.ui.rollupView
        view.setModel(self.proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the organisation's order
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.activated.connect(self._activated)
        self.ui.yearCombo.currentIndexChanged.connect(self._year_changed)
        self.ui.monthCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.byCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    @property
    def year(self) -> int:
        return int(self.ui.yearCombo.currentData())

    @property
    def month(self) -> int:
        return int(self.ui.monthCombo.currentData())

    @property
    def by(self) -> str:
        return str(self.ui.byCombo.currentData())

    def _select_default_month(self) -> None:
        today = date.today()
        month = today.month if self.year == today.year else (12 if self.year < today.year else 1)
        self.ui.monthCombo.blockSignals(True)
        self.ui.monthCombo.setCurrentIndex(month - 1)
        self.ui.monthCombo.blockSignals(False)

    def _year_changed(self) -> None:
        self._select_default_month()
        self.refresh()

    def refresh(self) -> None:
        """Compute the roll-up for the chosen year, month and grouping."""
        from app.services.plans.tracking import rollup

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = self.workspace.read(rollup, year=self.year, month=self.month, by=self.by)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows(rows, self.by)
        plans = sum(r.plans for r in rows)
        tasks = sum(r.tasks for r in rows)
        done = sum(r.tasks_done for r in rows)
        self.ui.totalValue.setText(
            self.tr("%1 plan(s) · %2 of %3 task(s) done")
            .replace("%1", str(plans))
            .replace("%2", str(done))
            .replace("%3", str(tasks))
        )
        self.ui.rollupView.setToolTip(
            self.tr("Double-click a department to list its plans") if self.by == BY_UNIT else ""
        )

    def _activated(self, index: QModelIndex) -> None:
        if self.by != BY_UNIT or not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.unit_chosen.emit(row.key, self.year)
        self.accept()
