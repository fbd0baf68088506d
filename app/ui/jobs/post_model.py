"""A post's 岗位职责 as the form's table: 职责类型 | 工作内容 | 工作标准 | 对应部门职责.

One row per 工作标准 line, in form order; the duty type cell spans the rows of its
type and the work item and duty cells span the rows of their item, as on paper
(the view sets the spans from :meth:`PostTableModel.spans`). A work item without
standards, or a type without work, still has a row, so there is a cell to type in:
typing into such an empty cell creates the record. Numbers (一、 1. 1.) are
positions, drawn here and never stored. Edits become undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)

from app.services.jobs.checks import is_catch_all
from app.services.jobs.doc import ManualDoc, PostDoc, category_label, standards_from_text
from app.ui.jobs import post_ops
from app.ui.jobs.checks_model import smart_reason
from app.ui.jobs.commands import SetValueCommand
from app.ui.jobs.document import (
    CATEGORY,
    ITEM,
    STANDARD,
    Focus,
    ManualDocument,
    ValuePath,
)
from app.ui.jobs.manual_models import MUTED, PROBLEM_BACKGROUND
from app.ui.plans.labels import hint_icon, smart_hint_text

_Index = QModelIndex | QPersistentModelIndex

COL_CATEGORY, COL_ITEM, COL_STANDARD, COL_DUTY = range(4)
COLUMN_COUNT = 4
#: which record a column edits
LEVEL_OF_COLUMN = {COL_CATEGORY: CATEGORY, COL_ITEM: ITEM, COL_STANDARD: STANDARD, COL_DUTY: ITEM}

RowRole = Qt.ItemDataRole.UserRole + 1
#: (kind, id) of the record a cell shows; id None for an empty placeholder cell
RecordRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    """One line of the table: a standard of a work item of a duty type (or a placeholder)."""

    category_id: str
    item_id: str | None
    standard_id: str | None
    category_no: int
    item_no: int  # 0: the type has no work yet
    standard_no: int  # 0: the item has no standard yet
    category_first: bool
    item_first: bool
    category_rows: int
    item_rows: int


def build_rows(post: PostDoc) -> list[Row]:
    """The rows of ``post`` in form order."""
    rows: list[Row] = []
    for c_no, cat in enumerate(post.categories, start=1):
        lines: list[tuple[str | None, str | None, int, int, bool, int]] = []
        if not cat.items:
            lines.append((None, None, 0, 0, True, 1))
        for i_no, item in enumerate(cat.items, start=1):
            stds = item.standards or [None]
            for s_no, std in enumerate(stds, start=1):
                lines.append(
                    (item.id, std.id if std else None, i_no, s_no if std else 0, s_no == 1,
                     len(stds))
                )  # fmt: skip
        for n, (item_id, std_id, i_no, s_no, item_first, item_rows) in enumerate(lines):
            rows.append(
                Row(cat.id, item_id, std_id, c_no, i_no, s_no, n == 0, item_first, len(lines),
                    item_rows)
            )  # fmt: skip
    return rows


class PostTableModel(QAbstractTableModel):
    """The 岗位职责 of one post of the open manual."""

    def __init__(self, document: ManualDocument, post_id: str) -> None:
        super().__init__()
        self.document = document
        self.post_id = post_id
        self.rows: list[Row] = []
        self._rebuild()
        document.structure_will_change.connect(self.beginResetModel)
        document.structure_did_change.connect(self._structure_changed)
        document.value_did_change.connect(self._value_changed)
        document.checks_did_change.connect(self._redraw)

    # -- structure -------------------------------------------------------------------
    def post(self) -> PostDoc | None:
        """The post shown (None once it is deleted or undone)."""
        return self.document.post(self.post_id)

    def _rebuild(self) -> None:
        post = self.post()
        self.rows = build_rows(post) if post is not None else []

    @Slot()
    def _structure_changed(self) -> None:
        self._rebuild()
        self.endResetModel()

    def spans(self) -> Iterator[tuple[int, int, int]]:
        """(row, column, rows) of every cell that spans rows: duty types, work items, duties."""
        for n, row in enumerate(self.rows):
            if row.category_first and row.category_rows > 1:
                yield n, COL_CATEGORY, row.category_rows
            if row.item_first and row.item_rows > 1:
                yield n, COL_ITEM, row.item_rows
                yield n, COL_DUTY, row.item_rows

    def row_of(self, kind: str, record_id: str) -> int:
        """The first row showing a record, or -1."""
        attr = {CATEGORY: "category_id", ITEM: "item_id", STANDARD: "standard_id"}[kind]
        return next((n for n, r in enumerate(self.rows) if getattr(r, attr) == record_id), -1)

    def record_at(self, index: _Index) -> tuple[str, str | None]:
        """(kind, id) of what a cell edits; the id is None for an empty placeholder."""
        row = self.rows[index.row()]
        kind = LEVEL_OF_COLUMN[index.column()]
        record_id = {CATEGORY: row.category_id, ITEM: row.item_id, STANDARD: row.standard_id}[kind]
        return kind, record_id

    def focus_at(self, index: _Index) -> Focus | None:
        """The record a cell shows, as a :class:`Focus` (the nearest real one for a placeholder)."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        kind, record_id = self.record_at(index)
        if record_id is None:
            kind, record_id = (ITEM, row.item_id) if row.item_id else (CATEGORY, row.category_id)
        return Focus(kind, record_id or "", self.post_id)

    # -- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PostTable", "Duty type"),
                QCoreApplication.translate("PostTable", "Work content"),
                QCoreApplication.translate("PostTable", "Work standards"),
                QCoreApplication.translate("PostTable", "Unit duty served"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("PostTable", "Insert adds a duty type here"),
                QCoreApplication.translate("PostTable", "Insert adds a work item here"),
                QCoreApplication.translate(
                    "PostTable",
                    "One line per standard; pasting a whole cell “1.…；2.…” makes one line each",
                ),
                QCoreApplication.translate(
                    "PostTable", "The unit duty this work carries out (部门职责 → 岗位工作)"
                ),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        post = self.post()
        if not index.isValid() or post is None or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == RecordRole:
            return self.record_at(index)
        located = self._records(post, row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, located)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(column, located)
        if role == Qt.ItemDataRole.ForegroundRole:
            _kind, record_id = self.record_at(index)
            return MUTED if record_id is None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return PROBLEM_BACKGROUND if self._messages(row, column, located) else None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STANDARD and row.standard_id:
            return hint_icon() if self.document.smart_at(row.standard_id) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, located)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = (
                Qt.AlignmentFlag.AlignVCenter
                if column in (COL_CATEGORY, COL_DUTY)
                else (Qt.AlignmentFlag.AlignTop)
            )
            return int(Qt.AlignmentFlag.AlignLeft | vertical)
        return None

    @staticmethod
    def _records(post: PostDoc, row: Row) -> tuple[Any, Any, Any]:
        cat = next(c for c in post.categories if c.id == row.category_id)
        item = next((i for i in cat.items if i.id == row.item_id), None)
        std = None
        if item is not None and row.standard_id:
            std = next((s for s in item.standards if s.id == row.standard_id), None)
        return cat, item, std

    def _display(self, row: Row, column: int, located: tuple[Any, Any, Any]) -> str:
        cat, item, std = located
        if column == COL_CATEGORY:
            return category_label(row.category_no, cat.name)
        if column == COL_ITEM:
            if item is None:
                return QCoreApplication.translate("PostTable", "(no work item: type or Insert)")
            return f"{row.item_no}.{item.text}"
        if column == COL_STANDARD:
            if std is not None:
                return f"{row.standard_no}.{std.text}"
            if item is None or is_catch_all(item, cat):
                return ""
            return QCoreApplication.translate("PostTable", "(no standard: type or paste)")
        if item is None:
            return ""
        number = self.document.doc.duty_number(item.duty_id)
        if number is None:
            return ""
        return f"{number}. {self.document.doc.duties[number - 1].text}"

    @staticmethod
    def _edit_value(column: int, located: tuple[Any, Any, Any]) -> Any:
        cat, item, std = located
        if column == COL_CATEGORY:
            return cat.name
        if column == COL_ITEM:
            return item.text if item is not None else ""
        if column == COL_STANDARD:
            return std.text if std is not None else ""
        return item.duty_id if item is not None else None

    def _messages(self, row: Row, column: int, located: tuple[Any, Any, Any]) -> list[str]:
        document = self.document
        _cat, item, std = located
        if column == COL_CATEGORY:
            return document.problems_at(CATEGORY, row.category_id)
        if item is None:
            return []
        if column == COL_ITEM:
            return document.problems_at(ITEM, item.id, "text")
        if column == COL_STANDARD:
            if std is not None:
                return document.problems_at(STANDARD, std.id)
            return document.problems_at(ITEM, item.id, "standards")
        if document.unlinked(item.id):
            return [
                QCoreApplication.translate(
                    "PostTable", "This work serves no unit duty: choose the duty it carries out."
                )
            ]
        return []

    def _tooltip(self, row: Row, column: int, located: tuple[Any, Any, Any]) -> str | None:
        lines = []
        text = self._display(row, column, located)
        _cat, item, std = located
        real = column != COL_ITEM or item is not None
        if text and real and (column != COL_STANDARD or std is not None):
            lines.append(text)
        lines += self._messages(row, column, located)
        if column == COL_STANDARD and std is not None:
            verdict = self.document.smart_at(std.id)
            if verdict is not None:
                lines.append(smart_hint_text(smart_reason(verdict)))
        return "\n".join(lines) or None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.document.read_only or index.row() >= len(self.rows):
            return base
        row = self.rows[index.row()]
        if index.column() in (COL_STANDARD, COL_DUTY) and row.item_id is None:
            return base  # a type without work: type the work item first
        return base | Qt.ItemFlag.ItemIsEditable

    # -- editing ---------------------------------------------------------------------
    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        post = self.post()
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or post is None:
            return False
        row = self.rows[index.row()]
        cat, item, std = self._records(post, row)
        column = index.column()
        if column == COL_CATEGORY:
            name = post_ops.plain_category_name(str(value))
            return name != cat.name and self._set(
                CATEGORY,
                cat.id,
                "name",
                name,
                QCoreApplication.translate("PostTable", "Edit duty type"),
            )
        if column == COL_ITEM:
            text = post_ops.plain_item_text(str(value))
            if item is None:
                if not text:
                    return False
                self._later(
                    QCoreApplication.translate("PostTable", "Add work item"),
                    lambda doc: post_ops.add_item(doc, self.post_id, cat.id, text=text),
                    lambda made: Focus(ITEM, made.id, self.post_id),
                )
                return True
            return text != item.text and self._set(
                ITEM,
                item.id,
                "text",
                text,
                QCoreApplication.translate("PostTable", "Edit work content"),
            )
        if column == COL_STANDARD:
            return self._set_standards(cat, item, std, str(value))
        if item is None:
            return False
        duty_id = value or None
        return duty_id != item.duty_id and self._set(
            ITEM,
            item.id,
            "duty_id",
            duty_id,
            QCoreApplication.translate("PostTable", "Link unit duty"),
        )

    def _set_standards(self, _cat: Any, item: Any, std: Any, value: str) -> bool:
        """One line typed, or a pasted cell split into its numbered lines."""
        if item is None:
            return False
        lines = standards_from_text(value)
        if std is not None and len(lines) <= 1:
            text = lines[0] if lines else ""
            return text != std.text and self._set(
                STANDARD,
                std.id,
                "text",
                text,
                QCoreApplication.translate("PostTable", "Edit work standard"),
            )
        if not lines:
            return False
        if std is None:
            self._later(
                QCoreApplication.translate("PostTable", "Add work standards"),
                lambda doc: post_ops.add_standards(doc, self.post_id, item.id, lines),
                lambda made: Focus(STANDARD, made[-1].id, self.post_id),
            )
        else:
            self._later(
                QCoreApplication.translate("PostTable", "Split pasted standards"),
                lambda doc: post_ops.replace_standard(doc, self.post_id, std.id, lines),
                lambda made: Focus(STANDARD, made[-1].id, self.post_id),
            )
        return True

    def _later(
        self, text: str, edit: Callable[[ManualDoc], Any], focus: Callable[[Any], Focus]
    ) -> None:
        """A structural edit from a cell, on the next turn of the event loop.

        The view is still inside its commit of the cell editor; resetting the model
        under it would pull the editor away while Qt is closing it.
        """
        if self.document.read_only:
            return
        QTimer.singleShot(0, self, lambda: self.document.apply(text, edit, focus=focus))

    def _set(self, kind: str, record_id: str, name: str, value: Any, text: str) -> bool:
        return self.document.push(
            SetValueCommand(
                self.document,
                ValuePath(kind, record_id, name),
                value,
                text=text,
                post_id=self.post_id,
            )
        )

    # -- following the document --------------------------------------------------------
    @Slot(str, str, str)
    def _value_changed(self, kind: str, record_id: str, _name: str) -> None:
        if kind not in (CATEGORY, ITEM, STANDARD) and kind != "duty":
            return
        if kind == "duty":  # a duty's text shows in the duty column
            self._redraw()
            return
        row = self.row_of(kind, record_id)
        if row < 0:
            return
        last = row
        while last + 1 < len(self.rows) and (
            (kind == CATEGORY and self.rows[last + 1].category_id == record_id)
            or (kind == ITEM and self.rows[last + 1].item_id == record_id)
        ):
            last += 1
        self.dataChanged.emit(self.index(row, 0), self.index(last, COLUMN_COUNT - 1))

    @Slot()
    def _redraw(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, COLUMN_COUNT - 1)
            )
