"""Tables of the own-standard page: the subjects to choose from, and a subject's standard.

:class:`SubjectsModel` lists majors, courses, teachers or classes with their department
and how many own targets each has written for the year (so the ones that set their own
standard are easy to find). :class:`OwnRowsModel` shows an
:class:`~app.services.standards.own.OwnStandardDoc` row by row: the point, the college's
target, the subject's own, which one is in force, and the SMART hint of that one.
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
)
from PySide6.QtGui import QColor, QFont

from app.services.plans.subjects import Subject
from app.services.standards.own import OwnRow, OwnStandardDoc
from app.ui.plans.labels import hint_icon, smart_hint_text
from app.ui.standards.labels import retired_mark, smart_line

_Index = QModelIndex | QPersistentModelIndex
SubjectIdRole = Qt.ItemDataRole.UserRole + 1

NAME, UNIT, OWN_COUNT = range(3)


class SubjectsModel(QAbstractTableModel):
    """Subjects of one level (already filtered by the page), with their own-target counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.subjects: list[Subject] = []
        self.counts: dict[str, int] = {}

    def set_subjects(self, subjects: list[Subject], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self.subjects = subjects
        self.counts = counts
        self.endResetModel()

    def row_of(self, subject_id: str) -> int:
        return next((i for i, s in enumerate(self.subjects) if s.id == subject_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.subjects)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("OwnModels", "Name"),
            QCoreApplication.translate("OwnModels", "Department"),
            QCoreApplication.translate("OwnModels", "Own targets"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.subjects):
            return None
        subject = self.subjects[index.row()]
        count = self.counts.get(subject.id, 0)
        if role == SubjectIdRole:
            return subject.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (subject.name, subject.unit_name, str(count) if count else "")[index.column()]
        if role == Qt.ItemDataRole.FontRole and count and index.column() == NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == OWN_COUNT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


POINT, COLLEGE, OWN, IN_FORCE, SMART = range(5)
_GREY = QColor("#9aa0a6")
_OWN = QColor("#1a73e8")


class OwnRowsModel(QAbstractTableModel):
    """A subject's standard: one row per college target (or own target, or bare point)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: OwnStandardDoc | None = None

    @property
    def rows(self) -> tuple[OwnRow, ...]:
        return self.doc.rows if self.doc is not None else ()

    def set_doc(self, doc: OwnStandardDoc | None) -> None:
        self.beginResetModel()
        self.doc = doc
        self.endResetModel()

    def row(self, index: int) -> OwnRow | None:
        rows = self.rows
        return rows[index] if 0 <= index < len(rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("OwnModels", "Control point"),
            QCoreApplication.translate("OwnModels", "College target"),
            QCoreApplication.translate("OwnModels", "Own target"),
            QCoreApplication.translate("OwnModels", "In force"),
            QCoreApplication.translate("OwnModels", "SMART"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == SMART:
            return hint_icon() if smart_line(row.smart) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.point_retired and column == POINT:
                return _GREY
            if column == IN_FORCE and row.is_own:
                return _OWN
        if role == Qt.ItemDataRole.FontRole and column == IN_FORCE and row.is_own:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _display(row: OwnRow, column: int) -> str:
        if column == POINT:
            text = row.point_label + (retired_mark() if row.point_retired else "")
            if row.renamed_from:
                text += QCoreApplication.translate("OwnModels", " (was “%1”)").replace(
                    "%1", row.renamed_from
                )
            return text
        if column == COLLEGE:
            return row.college.sentence() if row.college is not None else "—"
        if column == OWN:
            return row.own.sentence() if row.own is not None else ""
        if column == IN_FORCE:
            if row.is_own:
                return QCoreApplication.translate("OwnModels", "Own")
            if row.college is not None:
                return QCoreApplication.translate("OwnModels", "College")
            return QCoreApplication.translate("OwnModels", "None")
        if column == SMART:
            return "、".join(row.smart.failures) if row.smart is not None else ""
        return ""

    @staticmethod
    def _tooltip(row: OwnRow, column: int) -> str | None:
        if column == POINT:
            lines = [" › ".join(row.path)] if row.path else []
            if row.renamed_from:
                lines.append(
                    QCoreApplication.translate(
                        "OwnModels", "The own target was written when the point read “%1”."
                    ).replace("%1", row.renamed_from)
                )
            if row.point_retired:
                lines.append(
                    QCoreApplication.translate(
                        "OwnModels",
                        "The college retired this point; the subject's target on it stays "
                        "readable but no new one can be set.",
                    )
                )
            return "\n".join(lines) or None
        if column == OWN and row.note:
            return QCoreApplication.translate("OwnModels", "Why it differs: %1").replace(
                "%1", row.note
            )
        if column == SMART:
            line = smart_line(row.smart)
            return smart_hint_text(line) if line else None
        if column in (COLLEGE, OWN):
            return OwnRowsModel._display(row, column) or None
        return None
