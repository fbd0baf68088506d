"""Open conflicts, and for one of them the two versions side by side, field by field.

The person keeps one side whole, or picks a side per field (the default picks,
for each field, the side that changed it since the two last agreed, so a soft
conflict merges in one click). The choice goes to
:func:`app.services.sync.conflicts.resolve`, which writes a version that
dominates both; it reaches the other side with the next bundle.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from app.services.sync import conflicts
from app.services.sync.conflicts import INCOMING, LOCAL, ConflictView, FieldDiff
from app.ui.forms.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog
from app.ui.messages import show_error
from app.ui.sync import labels
from app.ui.sync.models import ConflictListModel
from app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
_CHOSEN = QColor("#e6f4ea")
ORG_TYPES = frozenset(
    {"institutions", "units", "people", "majors", "courses", "student_classes", "role_assignments"}
)


class ConflictFieldsModel(QAbstractTableModel):
    """Field | this PC's value | the other side's value | who changed it; a side chosen per row."""

    COL_FIELD, COL_LOCAL, COL_INCOMING, COL_CHANGED = range(4)
    SIDES: ClassVar[dict[int, str]] = {COL_LOCAL: LOCAL, COL_INCOMING: INCOMING}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.diffs: list[FieldDiff] = []
        self.choices: dict[str, str] = {}

    def set_conflict(self, view: ConflictView | None) -> None:
        """Show ``view``'s differing fields with the default choices."""
        self.beginResetModel()
        self.diffs = list(view.diffs) if view else []
        self.choices = {d.name: d.suggested for d in self.diffs}
        self.endResetModel()

    def merge_choices(self) -> dict[str, str]:
        """What a field-by-field merge sends: the fields that may be merged (the others keep
        this PC's value; taking the other side whole is how to adopt those)."""
        return {d.name: self.choices[d.name] for d in self.diffs if d.mergeable}

    def choose(self, row: int, side: str) -> None:
        """Keep ``side``'s value of the field in ``row``."""
        name = self.diffs[row].name
        if not self.diffs[row].mergeable:
            return
        if self.choices.get(name) != side:
            self.choices[name] = side
            first, last = self.index(row, self.COL_LOCAL), self.index(row, self.COL_INCOMING)
            self.dataChanged.emit(first, last)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.diffs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (
                QCoreApplication.translate("SyncConflicts", "Field"),
                QCoreApplication.translate("SyncConflicts", "This PC"),
                QCoreApplication.translate("SyncConflicts", "Other side"),
                QCoreApplication.translate("SyncConflicts", "Changed since last agreed"),
            )
            return titles[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.SIDES and self.diffs[index.row()].mergeable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        diff = self.diffs[index.row()]
        column = index.column()
        side = self.SIDES.get(column)
        chosen = side is not None and self.choices.get(diff.name) == side
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_FIELD:
                return labels.field_label(diff.name)
            if column == self.COL_LOCAL:
                return labels.show_value(diff.local)
            if column == self.COL_INCOMING:
                return labels.show_value(diff.incoming)
            return _changed_text(diff)
        if role == Qt.ItemDataRole.CheckStateRole and side is not None:
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            return _CHOSEN
        if role == Qt.ItemDataRole.FontRole and chosen:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_FIELD:
                return diff.name
            if not diff.mergeable and side is not None:
                return QCoreApplication.translate(
                    "SyncConflicts",
                    "This field says who wrote the record or whether it was deleted: it cannot "
                    "be merged. Take the other side's version whole to adopt it.",
                )
            if diff.ancestor is not None and side is not None:
                return QCoreApplication.translate(
                    "SyncConflicts", "Before both changes: %1"
                ).replace("%1", labels.show_value(diff.ancestor))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        side = self.SIDES.get(index.column())
        if role != Qt.ItemDataRole.CheckStateRole or side is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        other = INCOMING if side == LOCAL else LOCAL
        self.choose(index.row(), side if checked else other)
        return True


def _changed_text(diff: FieldDiff) -> str:
    if diff.changed_here is None:
        return QCoreApplication.translate("SyncConflicts", "Unknown (no common version)")
    if diff.changed_here and diff.changed_there:
        return QCoreApplication.translate("SyncConflicts", "Both sides")
    if diff.changed_here:
        return QCoreApplication.translate("SyncConflicts", "This PC")
    return QCoreApplication.translate("SyncConflicts", "Other side") if diff.changed_there else "—"


class ConflictsDialog(QDialog):
    """The open conflicts and the side-by-side view of the selected one."""

    conflict_did_resolve = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_SyncConflictsDialog()
        self.ui.setupUi(self)
        self.list_model = ConflictListModel(self)
        self.fields_model = ConflictFieldsModel(self)
        ui = self.ui
        ui.conflictsView.setModel(self.list_model)
        ui.fieldsView.setModel(self.fields_model)
        header = ui.conflictsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        fields = ui.fieldsView.horizontalHeader()
        fields.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ConflictFieldsModel.COL_LOCAL, ConflictFieldsModel.COL_INCOMING):
            fields.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        ui.fieldsView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setSizes([380, 700])
        ui.conflictsView.selectionModel().currentRowChanged.connect(self._show_selected)
        ui.fieldsView.clicked.connect(self._clicked)
        ui.takeLocalButton.clicked.connect(lambda: self.resolve(take=LOCAL))
        ui.takeIncomingButton.clicked.connect(lambda: self.resolve(take=INCOMING))
        ui.mergeButton.clicked.connect(lambda: self.resolve())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the open conflicts; select ``select_id`` or the first."""
        views = self.workspace.read(conflicts.list_conflicts)
        self.list_model.set_rows(views)
        row = next((i for i, v in enumerate(views) if v.id == select_id), 0)
        if views:
            self.ui.conflictsView.selectRow(row)
            self.ui.conflictsView.setCurrentIndex(self.list_model.index(row, 0))
        self._show_selected()

    def current(self) -> ConflictView | None:
        """The conflict shown on the right."""
        index = self.ui.conflictsView.currentIndex()
        return self.list_model.rows[index.row()] if index.isValid() else None

    @Slot()
    def _show_selected(self, *_: Any) -> None:
        view = self.current()
        self.fields_model.set_conflict(view)
        ui = self.ui
        for widget in (ui.takeLocalButton, ui.takeIncomingButton, ui.mergeButton, ui.fieldsView):
            widget.setEnabled(view is not None)
        # Nothing to choose field by field (only the author or the deletion differs).
        ui.mergeButton.setEnabled(view is not None and any(d.mergeable for d in view.diffs))
        if view is None:
            ui.recordValue.setText(
                QCoreApplication.translate(
                    "SyncConflicts", "No open conflicts: both sides agree on everything."
                )
            )
            return
        ui.recordValue.setText(
            QCoreApplication.translate("SyncConflicts", "%1 “%2” — %3; from %4, arrived %5")
            .replace("%1", labels.type_label(view.type_name, view.type_label))
            .replace("%2", view.title)
            .replace("%3", labels.severity_label(view.kind, view.severity))
            .replace("%4", view.origin_name)
            .replace("%5", labels.local_time(view.created_at))
        )

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        side = ConflictFieldsModel.SIDES.get(index.column())
        if side is not None:
            self.fields_model.choose(index.row(), side)

    def resolve(self, *, take: str | None = None) -> bool:
        """Resolve the shown conflict: one side whole, or the per-field choices."""
        view = self.current()
        if view is None:
            return False
        kwargs: dict[str, Any] = (
            {"take": take} if take else {"merge": self.fields_model.merge_choices()}
        )
        try:
            self.workspace.write(conflicts.resolve, conflict_id=view.id, **kwargs)
        except Exception as exc:
            show_error(self, exc)
            return False
        if view.type_name in ORG_TYPES:
            self.workspace.changed_from_outside()
        else:
            self.workspace.plan_did_change.emit("")
        self.conflict_did_resolve.emit(view.id)
        self.reload()
        return True
