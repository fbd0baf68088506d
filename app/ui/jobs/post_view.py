"""The 岗位职责 table's view: spanned cells as on paper, rows as tall as their text, keys.

Arrow keys move; F2, Enter or typing edits the cell (the duty column opens a list of
the unit's duties); Insert adds a type, work item or standard according to the
column; Del deletes the record of the current cell; Ctrl+↑/↓ moves it. The view only
reports what was asked (signals); the editor decides and pushes undo commands.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.jobs.document import CATEGORY, ITEM, STANDARD, Focus
from app.ui.jobs.post_model import (
    COL_CATEGORY,
    COL_DUTY,
    COL_ITEM,
    COL_STANDARD,
    PostTableModel,
)

_Index = QModelIndex | QPersistentModelIndex
_MIN_ROW = 26
_PADDING = 10  # cell margins and grid, so wrapped text never touches the border
_ICON = 20  # room for the SMART hint icon in the standards column
_COLUMN_OF = {CATEGORY: COL_CATEGORY, ITEM: COL_ITEM, STANDARD: COL_STANDARD}


class DutyDelegate(QStyledItemDelegate):
    """Edits the duty column with a list of the unit's duties; text cells with a line edit."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        model = index.model()
        if index.column() != COL_DUTY or not isinstance(model, PostTableModel):
            return super().createEditor(parent, option, index)
        from PySide6.QtCore import QCoreApplication

        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("PostTable", "(serves no unit duty)"), "")
        for number, duty in enumerate(model.document.doc.duties, start=1):
            combo.addItem(f"{number}. {duty.text}", duty.id)
        combo.setMaxVisibleItems(20)
        # A choice commits at once, as a click in a list would.
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(
                max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0)
            )
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or None, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        """A line editor sits at the top of a tall cell, where the text starts."""
        rect = option.rect
        height = max(_MIN_ROW, editor.sizeHint().height())
        editor.setGeometry(QRect(rect.x(), rect.y(), rect.width(), min(rect.height(), height)))


class PostTableView(QTableView):
    """The 岗位职责 table; emits what the user asked for, the editor does it."""

    add_requested = Signal(str)  # the level: category, item or standard
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.setItemDelegate(DutyDelegate(self))
        self._remembered: tuple[Focus | None, int] = (None, 0)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Spans and row heights follow the model; the current cell survives its resets."""
        old = self.model()
        if isinstance(old, PostTableModel):
            old.modelAboutToBeReset.disconnect(self._remember)
            old.modelReset.disconnect(self._after_reset)
            old.dataChanged.disconnect(self._fit_timer.start)
        super().setModel(model)
        if isinstance(model, PostTableModel):
            model.modelAboutToBeReset.connect(self._remember)
            model.modelReset.connect(self._after_reset)
            model.dataChanged.connect(self._fit_timer.start)
            header = self.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(COL_STANDARD, QHeaderView.ResizeMode.Stretch)
            for column, width in ((COL_CATEGORY, 130), (COL_ITEM, 220), (COL_DUTY, 170)):
                header.resizeSection(column, width)
            self._after_reset()

    def table(self) -> PostTableModel:
        """The model, typed."""
        return self.model()  # type: ignore[return-value]

    # -- spans and heights ------------------------------------------------------------
    def _remember(self) -> None:
        index = self.currentIndex()
        self._remembered = (self.table().focus_at(index), index.column() if index.isValid() else 0)

    def _after_reset(self) -> None:
        self.clearSpans()
        for row, column, rows in self.table().spans():
            self.setSpan(row, column, rows, 1)
        self.fit_rows()
        focus, column = self._remembered
        if focus is not None and not self.select_record(focus.kind, focus.record_id, column):
            model = self.table()
            if model.rowCount():
                self.setCurrentIndex(model.index(model.rowCount() - 1, column))

    def fit_rows(self) -> None:
        """Make every row as tall as its text, spanned cells spreading over their rows."""
        model = self.model()
        if not isinstance(model, PostTableModel) or not model.rowCount():
            return
        metrics = QFontMetrics(self.font())

        def height(row: int, column: int) -> int:
            text = str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            width = self.columnWidth(column) - _PADDING - (_ICON if column == COL_STANDARD else 0)
            rect = metrics.boundingRect(
                QRect(0, 0, max(width, 20), 100000), int(Qt.TextFlag.TextWordWrap), text
            )
            return rect.height() + _PADDING

        rows = model.rows
        heights = [max(_MIN_ROW, height(n, COL_STANDARD)) for n in range(len(rows))]
        for n, row in enumerate(rows):
            spans = []
            if row.item_first:
                spans += [(COL_ITEM, row.item_rows), (COL_DUTY, row.item_rows)]
            if row.category_first:
                spans.append((COL_CATEGORY, row.category_rows))
            for column, count in spans:
                need = height(n, column)
                have = sum(heights[n : n + count])
                if need > have:
                    heights[n + count - 1] += need - have
        header = self.verticalHeader()
        for n, value in enumerate(heights):
            if header.sectionSize(n) != value:
                header.resizeSection(n, value)

    # -- moving around --------------------------------------------------------------------
    def select_record(self, kind: str, record_id: str, column: int | None = None) -> bool:
        """Make the cell of a record current and visible; False if it is not in this post."""
        model = self.table()
        row = model.row_of(kind, record_id)
        if row < 0:
            return False
        if column is None or column not in self._columns_for(kind):
            column = _COLUMN_OF[kind]
        index = model.index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    @staticmethod
    def _columns_for(kind: str) -> tuple[int, ...]:
        return {CATEGORY: (COL_CATEGORY,), ITEM: (COL_ITEM, COL_DUTY)}.get(kind, (COL_STANDARD,))

    def level(self) -> str:
        """The level the current cell stands for: category, item or standard."""
        index = self.currentIndex()
        column = index.column() if index.isValid() else COL_STANDARD
        return {COL_CATEGORY: CATEGORY, COL_ITEM: ITEM, COL_DUTY: ITEM}.get(column, STANDARD)

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if self.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Insert:
                self.add_requested.emit(self.level())
                return
            if key == Qt.Key.Key_Delete and not mods:
                self.remove_requested.emit()
                return
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
            index = self.currentIndex()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid()
            if enter and self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                return
        super().keyPressEvent(event)
