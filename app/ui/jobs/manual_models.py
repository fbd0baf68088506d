"""The manual page's two tables: the unit's duties (部门职责) and its posts (岗位).

Both read the open :class:`ManualDocument` and follow its signals; a duty's text is
edited in place through an undo command. Each duty shows how many posts carry it
out, so a duty nobody covers stands out before the coverage list is even read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor

from app.services.jobs.doc import DutyDoc, PostDoc
from app.ui.jobs.commands import SetValueCommand
from app.ui.jobs.document import DUTY, POST, ManualDocument, ValuePath

_Index = QModelIndex | QPersistentModelIndex

PROBLEM_BACKGROUND = QColor("#fde7e5")
MUTED = QColor("#5f6368")
RecordIdRole = Qt.ItemDataRole.UserRole + 1

# Duties table
DUTY_NUMBER, DUTY_TEXT, DUTY_POSTS = 0, 1, 2
# Posts table
(
    POST_NUMBER,
    POST_TITLE,
    POST_HEADCOUNT,
    POST_COEFFICIENT,
    POST_SUPERVISOR,
    POST_ITEMS,
    POST_STANDARDS,
    POST_CHECKS,
) = range(8)


class _ManualModel(QAbstractTableModel):
    """Rows follow the document: reset on structural change, redrawn on checks."""

    kind = ""

    def __init__(self, document: ManualDocument) -> None:
        super().__init__()
        self.document = document
        document.structure_will_change.connect(self.beginResetModel)
        document.structure_did_change.connect(self.endResetModel)
        document.value_did_change.connect(self._value_changed)
        document.checks_did_change.connect(self._redraw)

    def records(self) -> list[Any]:
        """The rows' records, in order."""
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records())

    def record_id(self, row: int) -> str:
        """Id of the record in ``row``."""
        return self.records()[row].id

    def row_of(self, record_id: str) -> int:
        """Row of a record, or -1."""
        return next((n for n, r in enumerate(self.records()) if r.id == record_id), -1)

    @Slot(str, str, str)
    def _value_changed(self, kind: str, record_id: str, _name: str) -> None:
        if kind != self.kind:
            return
        row = self.row_of(record_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @Slot()
    def _redraw(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


class DutiesModel(_ManualModel):
    """部门职责: number, text (editable), how many posts carry it out."""

    kind = DUTY

    def records(self) -> list[DutyDoc]:
        return self.document.doc.duties

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("JobTables", "No."),
                QCoreApplication.translate("JobTables", "Unit duty"),
                QCoreApplication.translate("JobTables", "Posts"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == DUTY_POSTS:
            return QCoreApplication.translate(
                "JobTables", "How many posts' work items carry the duty out"
            )
        return None

    def _messages(self, duty: DutyDoc) -> list[str]:
        messages = self.document.problems_at(DUTY, duty.id)
        if duty.text.strip() and self.document.uncovered(duty.id):
            messages.append(
                QCoreApplication.translate("JobTables", "No post's work carries this duty out.")
            )
        return messages

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        duty = self.records()[index.row()]
        column = index.column()
        if role == RecordIdRole:
            return duty.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == DUTY_NUMBER:
                return str(index.row() + 1)
            if column == DUTY_TEXT:
                return duty.text
            return len(self.document.carried_by(duty.id))
        if role == Qt.ItemDataRole.BackgroundRole and self._messages(duty):
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = self._messages(duty)
            titles = self.document.carried_by(duty.id)
            if titles:
                lines.append(
                    QCoreApplication.translate("JobTables", "Carried out by: %1").replace(
                        "%1", "、".join(t or "…" for t in titles)
                    )
                )
            if column == DUTY_TEXT and duty.text:
                lines.insert(0, duty.text)
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != DUTY_TEXT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == DUTY_TEXT and not self.document.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != DUTY_TEXT:
            return False
        duty = self.records()[index.row()]
        text = " ".join(str(value).split())
        if text == duty.text:
            return False
        return self.document.push(
            SetValueCommand(
                self.document,
                ValuePath(DUTY, duty.id, "text"),
                text,
                text=QCoreApplication.translate("JobTables", "Edit unit duty"),
            )
        )


class PostsModel(_ManualModel):
    """岗位: number, title, 定员, 岗位系数, 直接上级, size and checks."""

    kind = POST

    def records(self) -> list[PostDoc]:
        return self.document.doc.posts

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("JobTables", "No."),
            QCoreApplication.translate("JobTables", "Post"),
            QCoreApplication.translate("JobTables", "Headcount"),
            QCoreApplication.translate("JobTables", "Coefficient"),
            QCoreApplication.translate("JobTables", "Reports to"),
            QCoreApplication.translate("JobTables", "Work items"),
            QCoreApplication.translate("JobTables", "Standards"),
            QCoreApplication.translate("JobTables", "Checks"),
        )[section]

    def counts(self, post: PostDoc) -> tuple[int, int]:
        """(form problems and unlinked work, SMART hints) of a post."""
        problems = sum(1 for p in self.document.problems if p.post_id == post.id)
        problems += sum(1 for i in post.items() if self.document.unlinked(i.id))
        hints = sum(1 for _i, s in post.standards() if self.document.smart_at(s.id))
        return problems, hints

    def _checks_text(self, post: PostDoc) -> str:
        problems, hints = self.counts(post)
        parts = []
        if problems:
            parts.append(
                QCoreApplication.translate("JobTables", "%1 problem(s)").replace(
                    "%1", str(problems)
                )
            )
        if hints:
            parts.append(
                QCoreApplication.translate("JobTables", "%1 hint(s)").replace("%1", str(hints))
            )
        return " · ".join(parts) or QCoreApplication.translate("JobTables", "OK")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self.records()[index.row()]
        column = index.column()
        if role == RecordIdRole:
            return post.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(index.row() + 1),
                post.title or QCoreApplication.translate("JobTables", "(untitled post)"),
                "" if post.headcount is None else str(post.headcount),
                post.coefficient,
                post.supervisor,
                str(len(post.items())),
                str(len(post.standards())),
                self._checks_text(post),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == POST_TITLE and not post.title:
                return MUTED
            if column == POST_CHECKS:
                problems, hints = self.counts(post)
                return QColor("#d93025" if problems else "#8a5a00" if hints else "#1e7b3a")
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == POST_TITLE
            and self.document.problems_at(POST, post.id, "title")
        ):
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column in (POST_TITLE, POST_CHECKS):
            lines = [p.message for p in self.document.problems if p.post_id == post.id]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            POST_TITLE,
            POST_SUPERVISOR,
            POST_CHECKS,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
