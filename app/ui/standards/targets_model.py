"""The college's targets of the chosen control point, as an editable table.

One row per target: what is measured, the target value and unit, the deadline and the
evidence expected (the five printed columns). A cell edit becomes one undo step of
the open catalog (:meth:`CatalogDocument.set_target_value`); the SMART hint sits on the
target text (the measure column): the amber mark, and the one-line reason as tooltip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from app.services.standards.doc import EntryDoc, TargetDoc
from app.ui.plans.labels import hint_icon, smart_hint_text
from app.ui.standards.catalog_document import CatalogDocument
from app.ui.standards.labels import smart_line

_Index = QModelIndex | QPersistentModelIndex

MEASURE, VALUE, UNIT, DEADLINE, EVIDENCE = range(5)
FIELDS = ("measure", "target_value", "unit", "deadline", "evidence")


def _header(column: int) -> str:
    return (
        QCoreApplication.translate("TargetsModel", "What is measured"),
        QCoreApplication.translate("TargetsModel", "Target value"),
        QCoreApplication.translate("TargetsModel", "Unit"),
        QCoreApplication.translate("TargetsModel", "Deadline"),
        QCoreApplication.translate("TargetsModel", "Evidence expected"),
    )[column]


def _tip(column: int) -> str:
    return (
        QCoreApplication.translate(
            "TargetsModel", "What is measured, e.g. the share of double-qualified teachers"
        ),
        QCoreApplication.translate("TargetsModel", "The value to reach, e.g. ≥60 or 2"),
        QCoreApplication.translate("TargetsModel", "Unit of the value, e.g. % or times"),
        QCoreApplication.translate(
            "TargetsModel", "A date (2026-12-31 prints as 2026年12月31日前) or words (每学期末)"
        ),
        QCoreApplication.translate("TargetsModel", "What proves it was reached"),
    )[column]


class TargetsTableModel(QAbstractTableModel):
    """The targets of one point of the open catalog (no rows when none is chosen)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: CatalogDocument | None = None
        self.point_id: str | None = None
        self._rows = 0  # rows the view knows of (a reset when a target comes or goes)

    # -- what is shown -------------------------------------------------------------------
    def show_point(self, document: CatalogDocument | None, point_id: str | None) -> None:
        """Show another point's targets (or none)."""
        if self.document is not None and self.document is not document:
            self.document.model.entry_did_change.disconnect(self._entry_changed)
        self.beginResetModel()
        if document is not None and self.document is not document:
            document.model.entry_did_change.connect(self._entry_changed)
        self.document = document
        self.point_id = point_id
        self._rows = len(self.targets)
        self.endResetModel()

    @property
    def point(self) -> EntryDoc | None:
        document = self.document
        if document is None or self.point_id is None:
            return None
        if not document.model.index_of(self.point_id).isValid():
            return None  # dropped (an undone addition)
        entry = document.doc.find(self.point_id)
        return entry if entry.level == document.doc.point_level else None

    @property
    def targets(self) -> list[TargetDoc]:
        point = self.point
        return point.targets if point is not None else []

    @property
    def editable(self) -> bool:
        return self.document is not None and not self.document.read_only and self.point is not None

    @Slot(str)
    def _entry_changed(self, entry_id: str) -> None:
        if entry_id != self.point_id:
            return
        rows = len(self.targets)
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(FIELDS) - 1))

    # -- the model ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tip(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        targets, point = self.targets, self.point
        if not index.isValid() or point is None or index.row() >= len(targets):
            return None
        target = targets[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(target, FIELDS[column])
        if column == MEASURE and role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            assert self.document is not None
            line = smart_line(self.document.model.smart(point, target))
            if role == Qt.ItemDataRole.DecorationRole:
                return hint_icon() if line else None
            return smart_hint_text(line) if line else target.values.sentence()
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable or not index.isValid():
            return False
        assert self.document is not None and self.point_id is not None
        return self.document.set_target_value(
            self.point_id, index.row(), FIELDS[index.column()], str(value).strip()
        )

    def sentence(self, row: int) -> str:
        """A target as one sentence (shown under the table)."""
        targets = self.targets
        return targets[row].values.sentence() if 0 <= row < len(targets) else ""

    def hint(self, row: int) -> str:
        """The SMART hint line of a target ("" if none)."""
        targets, point = self.targets, self.point
        if point is None or not 0 <= row < len(targets) or self.document is None:
            return ""
        return smart_line(self.document.model.smart(point, targets[row]))
