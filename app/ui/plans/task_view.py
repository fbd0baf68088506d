"""The matrix view: keyboard and mouse behaviour of the OPPM task table, and how marks look.

Arrow keys move; Space (or Enter, or a click) flips an objective dot or a planned
month; Enter/F2 edits a name or date and opens the owners picker; Insert or
Ctrl+N adds a task, Del removes it, Ctrl+↑/↓ moves it. The view only reports what
was asked (signals); the editor decides and pushes undo commands.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.plans.labels import STATE_COLORS
from app.ui.plans.task_model import (
    MONTH,
    NAME,
    OBJECTIVE,
    OWNERS,
    TARGET,
    ColumnKindRole,
    MarkRole,
    TaskIdRole,
    TaskTableModel,
)

_Index = QModelIndex | QPersistentModelIndex
_TOGGLES = (OBJECTIVE, MONTH)
_OUTLINE = QColor("#5f6368")
_DOT = QColor("#202124")


class MatrixDelegate(QStyledItemDelegate):
    """Draws dots and month marks; edits dates with a calendar; toggles marks on click."""

    toggle_requested = Signal(QModelIndex)

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year

    # -- painting ----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        kind = index.data(ColumnKindRole)
        if kind not in _TOGGLES:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(option.rect)
        radius = min(rect.width(), rect.height()) * 0.28
        centre = rect.center()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind == OBJECTIVE:
            if index.data(MarkRole):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_DOT)
                painter.drawEllipse(centre, radius * 0.8, radius * 0.8)
        else:
            planned, state = index.data(MarkRole)
            self._paint_month(painter, centre, radius, planned, state)
        painter.restore()

    @staticmethod
    def _paint_month(
        painter: QPainter, centre: QPointF, radius: float, planned: bool, state: str | None
    ) -> None:
        """Open circle: planned; filled: the month's actual state (outlined if also planned)."""
        if state:
            painter.setBrush(STATE_COLORS.get(state, _OUTLINE))
            painter.setPen(QPen(_OUTLINE, 1.2) if planned else Qt.PenStyle.NoPen)
            painter.drawEllipse(centre, radius, radius)
            if state == "done":
                painter.setPen(QPen(QColor("white"), 1.6))
                r = radius * 0.55
                painter.drawPolyline(
                    [
                        QPointF(centre.x() - r, centre.y()),
                        QPointF(centre.x() - r * 0.2, centre.y() + r * 0.7),
                        QPointF(centre.x() + r, centre.y() - r * 0.6),
                    ]
                )
        elif planned:
            painter.setBrush(QColor("white"))
            painter.setPen(QPen(_OUTLINE, 1.4))
            painter.drawEllipse(centre, radius, radius)

    # -- editing -------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if index.data(ColumnKindRole) == TARGET:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            # The earliest date stands for "no date" (shown as a dash).
            editor.setMinimumDate(QDate(self.year - 1, 1, 1))
            editor.setSpecialValueText("—")
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setDate(QDate(value) if value else QDate(self.year, 12, 31))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QDateEdit):
            chosen = editor.date()
            value: date | None = (
                None if chosen == editor.minimumDate() else chosen.toPython()  # type: ignore[assignment]
            )
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        """A left click on a dot or month cell flips it (like a check box: on release)."""
        if index.data(ColumnKindRole) in _TOGGLES and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if event.type() == QEvent.Type.MouseButtonRelease:
                if option.rect.contains(event.position().toPoint()):
                    self.toggle_requested.emit(QModelIndex(index))
                return True
            return event.type() == QEvent.Type.MouseButtonDblClick
        return super().editorEvent(event, model, option, index)


class TaskMatrixView(QTableView):
    """The task table; emits what the user asked for, the editor does it."""

    toggle_requested = Signal(QModelIndex)
    owners_requested = Signal(QModelIndex)
    add_requested = Signal()
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
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setMinimumSectionSize(24)
        self._restore: tuple[str, int, int] | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Keep the current cell through the model's resets (objectives added, undo …)."""
        super().setModel(model)
        if isinstance(model, TaskTableModel):
            model.modelAboutToBeReset.connect(self._remember_current)
            model.modelReset.connect(self._restore_current)
            delegate = MatrixDelegate(model.document.doc.year, self)
            delegate.toggle_requested.connect(self.toggle_requested)
            self.setItemDelegate(delegate)
            self.apply_column_widths()

    def matrix(self) -> TaskTableModel:
        """The model, typed."""
        return self.model()  # type: ignore[return-value]

    def apply_column_widths(self) -> None:
        """Narrow mark columns, a stretching task name; re-applied when columns change."""
        model = self.matrix()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            kind, _ = model.column_kind(column)
            if kind == NAME:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            width = {OBJECTIVE: 28, MONTH: 28, OWNERS: 170, TARGET: 84}.get(kind, 40)
            header.resizeSection(column, width)

    def _remember_current(self) -> None:
        index = self.currentIndex()
        self._restore = (
            (index.data(TaskIdRole), index.row(), index.column()) if index.isValid() else None
        )

    def _restore_current(self) -> None:
        self.apply_column_widths()
        model = self.matrix()
        if self._restore is None or not model.rowCount():
            return
        task_id, old_row, column = self._restore
        row = model.row_of(task_id) if task_id else -1
        row = row if row >= 0 else min(old_row, model.rowCount() - 1)
        self.setCurrentIndex(model.index(row, min(column, model.columnCount() - 1)))

    def select_cell(self, row: int, column: int) -> None:
        """Make a cell current and visible."""
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    # -- keyboard and mouse ---------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        index = self.currentIndex()
        kind = index.data(ColumnKindRole) if index.isValid() else None
        if self.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Insert or (ctrl and key == Qt.Key.Key_N):
                self.add_requested.emit()
                return
            if key == Qt.Key.Key_Delete and not mods:
                self.remove_requested.emit()
                return
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
                return
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and kind in _TOGGLES:
                self.toggle_requested.emit(index)
                return
            if kind == OWNERS and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.owners_requested.emit(index)
                return
            if kind in (NAME, TARGET) and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(index)
                return
            typed = bool(event.text()) and event.text().isprintable() and not ctrl
            if typed and (kind in _TOGGLES or kind == OWNERS):
                return  # typing does not edit a mark or the owners
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.data(ColumnKindRole) == OWNERS:
            self.setCurrentIndex(index)
            self.owners_requested.emit(index)
            return
        super().mouseDoubleClickEvent(event)
