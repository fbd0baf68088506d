"""One table model for every organisation kind, driven by the service's field specs.

Cells show names for references (a major's unit, a course's lead …); editing a
cell pushes an undoable command instead of writing directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.services import org, org_queries
from app.services.errors import UserError
from app.services.org_queries import Scope
from app.ui.org.commands import EditRecordCommand
from app.ui.workspace import Workspace

ChoicesRole = Qt.ItemDataRole.UserRole + 1
RecordIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

# Column titles: English sources, translated in context "OrgColumns".
TITLES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("OrgColumns", "Name"),
    "kind": QT_TRANSLATE_NOOP("OrgColumns", "Type"),
    "code": QT_TRANSLATE_NOOP("OrgColumns", "Code"),
    "head_id": QT_TRANSLATE_NOOP("OrgColumns", "Head"),
    "is_quality_office": QT_TRANSLATE_NOOP("OrgColumns", "Quality office"),
    "sort_order": QT_TRANSLATE_NOOP("OrgColumns", "Order"),
    "unit_id": QT_TRANSLATE_NOOP("OrgColumns", "Unit"),
    "lead_id": QT_TRANSLATE_NOOP("OrgColumns", "Lead"),
    "major_id": QT_TRANSLATE_NOOP("OrgColumns", "Major"),
    "hours": QT_TRANSLATE_NOOP("OrgColumns", "Hours"),
    "staff_no": QT_TRANSLATE_NOOP("OrgColumns", "Staff No."),
    "gender": QT_TRANSLATE_NOOP("OrgColumns", "Gender"),
    "title": QT_TRANSLATE_NOOP("OrgColumns", "Title"),
    "education": QT_TRANSLATE_NOOP("OrgColumns", "Education"),
    "is_teacher": QT_TRANSLATE_NOOP("OrgColumns", "Teacher"),
    "is_dual_qualified": QT_TRANSLATE_NOOP("OrgColumns", "Dual-qualified"),
    "phone": QT_TRANSLATE_NOOP("OrgColumns", "Phone"),
    "grade": QT_TRANSLATE_NOOP("OrgColumns", "Grade"),
    "counsellor_id": QT_TRANSLATE_NOOP("OrgColumns", "Counsellor"),
    "student_count": QT_TRANSLATE_NOOP("OrgColumns", "Students"),
    "president": QT_TRANSLATE_NOOP("OrgColumns", "President"),
    "person_id": QT_TRANSLATE_NOOP("OrgColumns", "Person"),
    "role": QT_TRANSLATE_NOOP("OrgColumns", "Role"),
}
ROLE_TITLES = {
    "secretary": QT_TRANSLATE_NOOP("OrgColumns", "Secretary"),
    "deputy_head": QT_TRANSLATE_NOOP("OrgColumns", "Deputy head"),
    "quality_officer": QT_TRANSLATE_NOOP("OrgColumns", "Quality officer"),
    "discipline_leader": QT_TRANSLATE_NOOP("OrgColumns", "Discipline leader"),
    "key_teacher": QT_TRANSLATE_NOOP("OrgColumns", "Key teacher"),
}
UNIT_KIND_LABELS = {
    "office": QT_TRANSLATE_NOOP("OrgColumns", "Functional office"),
    "academic": QT_TRANSLATE_NOOP("OrgColumns", "Academic department"),
}


def column_title(field_name: str) -> str:
    """Translated column title."""
    return QCoreApplication.translate("OrgColumns", TITLES[field_name])


class OrgTableModel(QAbstractTableModel):
    """Rows of one kind within a scope (all, one unit, one major)."""

    edit_failed = Signal(str)

    def __init__(self, workspace: Workspace, kind: str, scope: Scope = Scope()) -> None:
        super().__init__()
        self.workspace = workspace
        self.kind = kind
        self.scope = scope
        self.spec = org.kind_of(kind)
        self.fields = self.spec.fields
        self._rows: list[dict[str, Any]] = []
        self._choices: dict[str, list[tuple[str, str]]] = {}
        self._labels: dict[str, dict[str, str]] = {}
        self.loaded = False

    # -- loading -------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Load on first display (pages build many models; most are never seen)."""
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Re-read every row and the reference choices."""
        self.beginResetModel()
        rows, choices = self.workspace.run(
            lambda s: (
                org_queries.list_rows(s, kind=self.kind, scope=self.scope),
                org_queries.reference_choices(s),
            )
        )
        self._rows = rows
        self._set_choices(choices)
        self.loaded = True
        self.endResetModel()

    def _set_choices(self, choices: dict[str, list[tuple[str, str]]]) -> None:
        self._choices = choices
        self._labels = {key: dict(values) for key, values in choices.items()}

    def refresh_records(self, ids: tuple[str, ...]) -> None:
        """Re-read only the given records (after an edit) if they are shown here."""
        if not self.loaded:
            return
        positions = {row["id"]: i for i, row in enumerate(self._rows)}
        if not ids or any(i not in positions for i in ids):
            self.reload()
            return
        for record_id in ids:
            row = self.workspace.read(org_queries.get_row, kind=self.kind, record_id=record_id)
            i = positions[record_id]
            if row is None:
                self.reload()
                return
            self._rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.fields) - 1))

    def refresh_choices(self) -> None:
        """Names of referenced records changed (a unit renamed …): redraw labels."""
        if not self.loaded:
            return
        self._set_choices(self.workspace.read(org_queries.reference_choices))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.fields) - 1)
            )

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(self.fields[section].name)
        return None

    def record_id(self, row: int) -> str:
        """Id of the record shown in ``row``."""
        return self._rows[row]["id"]

    def row_of(self, record_id: str) -> int:
        """Row showing ``record_id``, or -1."""
        for i, row in enumerate(self._rows):
            if row["id"] == record_id:
                return i
        return -1

    def _choice_key(self, field: org.Field) -> str | None:
        if field.type == "unit" and self.kind == "major":
            return "academic_unit"
        if field.type in ("unit", "major", "person"):
            return field.type
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        field = self.fields[index.column()]
        value = row[field.name]
        if role == RecordIdRole:
            return row["id"]
        if field.type == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if field.type == "kind":
                return QCoreApplication.translate("OrgColumns", UNIT_KIND_LABELS.get(value, value))
            if field.type == "role":
                return QCoreApplication.translate("OrgColumns", ROLE_TITLES.get(value, value))
            key = self._choice_key(field)
            if key:
                return self._labels.get(field.type, {}).get(value, "") if value else ""
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == ChoicesRole:
            if field.type == "role":
                return [
                    (k, QCoreApplication.translate("OrgColumns", label))
                    for k, label in ROLE_TITLES.items()
                ]
            if field.type == "kind":
                return [
                    (k, QCoreApplication.translate("OrgColumns", label))
                    for k, label in UNIT_KIND_LABELS.items()
                ]
            key = self._choice_key(field)
            if key:
                choices = self._choices.get(key, [])
                return choices if field.required else [("", ""), *choices]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and field.type == "int":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        if self.fields[index.column()].type == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and field.type == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if row[field.name] == value or (
            field.type == "text" and str(value).strip() == row[field.name]
        ):
            return False
        try:
            EditRecordCommand(self.workspace, self.kind, row["id"], {field.name: value}).execute()
        except UserError as exc:
            self.edit_failed.emit(str(exc))
            return False
        return True
