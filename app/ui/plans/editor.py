"""The plan editor: the paper form's parts on one page, edited in place by mouse and keyboard.

A page of the plans area (not a separate window): the secretary works on one plan
at a time, keeps the navigation tree as context, and the window's Edit menu,
status bar and shortcuts stay the same. Every edit is an undo command on the
plan's own stack, which the window's Undo/Redo follow while this page is shown;
leaving the page saves at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from app.services.plans import store
from app.services.plans.doc import CostDoc, ObjectiveDoc, TaskDoc
from app.ui.autosave import warn_save_refused
from app.ui.forms.ui_plan_editor import Ui_PlanEditor
from app.ui.plans.commands import (
    InsertItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
    SetValueCommand,
)
from app.ui.plans.document import (
    COSTS,
    HEADER,
    NOTE,
    OBJECTIVES,
    TASKS,
    FieldPath,
    PlanDocument,
)
from app.ui.plans.editor_panels import ChecksPanel, ReviewPanel
from app.ui.plans.labels import STATE_COLORS, level_label, month_label, state_label
from app.ui.plans.side_models import COST_CATEGORY, OBJ_TEXT, CostsModel, ObjectivesModel
from app.ui.plans.task_model import COL_NAME, TaskTableModel
from app.ui.workspace import Workspace

_SECTION_LIMITS = {TASKS: store.MAX_TASKS, OBJECTIVES: store.MAX_OBJECTIVES, COSTS: store.MAX_COSTS}


def default_month(year: int, today: date | None = None) -> int:
    """The month to show: this month in the plan's year, else its last or first month."""
    today = today or date.today()
    if year == today.year:
        return today.month
    return 12 if year < today.year else 1


class _ListKeys(QObject):
    """Insert / Del / Ctrl+↑↓ on the objectives and costs tables, as on the task matrix."""

    def __init__(self, view: QTableView, editor: PlanEditor, section: str) -> None:
        super().__init__(view)
        self.view, self.editor, self.section = view, editor, section
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() == Qt.Key.Key_Insert:
            self.editor.add_item(self.section)
        elif event.key() == Qt.Key.Key_Delete:
            self.editor.remove_item(self.section)
        elif ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.editor.move_item(self.section, -1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            return False
        return True


class PlanEditor(QWidget):
    """Edits one :class:`PlanDocument` at a time."""

    back_requested = Signal()
    open_requested = Signal(str)  # another plan (a new revision)
    status_message = Signal(str)
    save_state_text = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_PlanEditor()
        self.ui.setupUi(self)
        self.document: PlanDocument | None = None
        self.task_model: TaskTableModel | None = None
        self._updating = False
        self._bursts: dict[str, int] = {}
        self.note_month = 0
        self.checks = ChecksPanel(self)
        self.review = ReviewPanel(self)
        self._setup_views()
        self._connect()
        self.ui.legendLabel.setText(self._legend())

    # -- set-up ------------------------------------------------------------------
    def _setup_views(self) -> None:
        ui = self.ui
        for view in (ui.objectivesView, ui.costsView):
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(24)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            view.setTabKeyNavigation(False)
        _ListKeys(ui.objectivesView, self, OBJECTIVES)
        _ListKeys(ui.costsView, self, COSTS)
        for month in range(1, 13):
            ui.noteMonthCombo.addItem(month_label(month), month)
        for widget in (ui.workNameEdit, ui.leaderEdit, ui.objectiveEdit, ui.dateEdit, ui.noteEdit):
            widget.installEventFilter(self)
        for text_edit in (ui.objectiveEdit, ui.noteEdit):
            text_edit.setUndoRedoEnabled(False)  # the plan's stack undoes, not the widget
        ui.noteEdit.setPlaceholderText(
            QCoreApplication.translate(
                "PlanEditor", "What was achieved this month, what is late and why, what comes next."
            )
        )
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.bottomLayout.setStretch(0, 4)
        ui.bottomLayout.setStretch(1, 3)
        ui.bottomLayout.setStretch(2, 4)
        ui.headerRow.setStretch(0, 5)
        ui.headerRow.setStretch(1, 4)

    def _connect(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(self.back_requested)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.back_requested.emit)
        QShortcut(QKeySequence.StandardKey.Print, self, self.review.preview)
        ui.workNameEdit.textEdited.connect(lambda t: self._set_header("work_name", t))
        ui.leaderEdit.textEdited.connect(lambda t: self._set_header("leader", t))
        ui.objectiveEdit.textChanged.connect(
            lambda: self._set_header("objective", ui.objectiveEdit.toPlainText())
        )
        ui.dateEdit.dateChanged.connect(lambda d: self._set_header("plan_date", d.toPython()))
        ui.noteEdit.textChanged.connect(self._note_edited)
        ui.noteMonthCombo.currentIndexChanged.connect(self._note_month_changed)
        ui.addTaskButton.clicked.connect(lambda: self.add_item(TASKS))
        ui.removeTaskButton.clicked.connect(lambda: self.remove_item(TASKS))
        ui.taskUpButton.clicked.connect(lambda: self.move_item(TASKS, -1))
        ui.taskDownButton.clicked.connect(lambda: self.move_item(TASKS, 1))
        ui.ownersButton.clicked.connect(lambda: self.edit_owners(ui.taskView.currentIndex()))
        ui.addObjectiveButton.clicked.connect(lambda: self.add_item(OBJECTIVES))
        ui.removeObjectiveButton.clicked.connect(lambda: self.remove_item(OBJECTIVES))
        ui.objectiveUpButton.clicked.connect(lambda: self.move_item(OBJECTIVES, -1))
        ui.objectiveDownButton.clicked.connect(lambda: self.move_item(OBJECTIVES, 1))
        ui.addCostButton.clicked.connect(lambda: self.add_item(COSTS))
        ui.removeCostButton.clicked.connect(lambda: self.remove_item(COSTS))
        view = ui.taskView
        view.toggle_requested.connect(self._toggle)
        view.owners_requested.connect(self.edit_owners)
        view.add_requested.connect(lambda: self.add_item(TASKS))
        view.remove_requested.connect(lambda: self.remove_item(TASKS))
        view.move_requested.connect(lambda d: self.move_item(TASKS, d))

    @staticmethod
    def _legend() -> str:
        planned = QCoreApplication.translate("PlanEditor", "planned")
        marks = [f"<span style='color:#5f6368'>○</span> {planned}"]
        for state in ("on_track", "done", "at_risk", "late", "not_started"):
            color = STATE_COLORS[state].name()
            marks.append(f"<span style='color:{color}'>●</span> {state_label(state)}")
        return "&nbsp;&nbsp;".join(marks)

    # -- the document ------------------------------------------------------------
    def set_document(self, document: PlanDocument) -> None:
        """Show ``document`` (the previous one has been saved by the caller)."""
        old = self.document
        if old is not None:
            old.undo_stack.indexChanged.disconnect(self._stack_moved)
        self.document = document
        doc = document.doc
        today = date.today()
        self.task_model = TaskTableModel(
            document, current_month=today.month if doc.year == today.year else 0
        )
        self.objectives_model = ObjectivesModel(document)
        self.costs_model = CostsModel(document)
        self.costs_model.edit_failed.connect(self._edit_refused)
        self.ui.taskView.setModel(self.task_model)
        self.ui.objectivesView.setModel(self.objectives_model)
        self.ui.costsView.setModel(self.costs_model)
        self._size_side_columns()
        document.value_did_change.connect(self._value_changed)
        document.save_state_did_change.connect(self._save_state_changed)
        document.save_refused.connect(self._save_refused)
        document.undo_stack.indexChanged.connect(self._stack_moved)
        self.note_month = default_month(doc.year)
        self._updating = True
        self.ui.noteMonthCombo.setCurrentIndex(self.note_month - 1)
        self._updating = False
        self.refresh_all()
        self.checks.attach(document)
        self.review.refresh()
        if old is not None and old is not document:
            old.deleteLater()
        if self.isVisible():
            self.workspace.activate_undo_stack(document.undo_stack)
        if self.task_model.rowCount():
            self.ui.taskView.select_cell(0, COL_NAME)

    def _size_side_columns(self) -> None:
        header = self.ui.objectivesView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 36)
        header.setSectionResizeMode(OBJ_TEXT, QHeaderView.ResizeMode.Stretch)
        costs = self.ui.costsView.horizontalHeader()
        costs.setSectionResizeMode(COST_CATEGORY, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            costs.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def refresh_all(self) -> None:
        """Fill every field from the document (after opening, reloading, or a review step)."""
        document = self.document
        if document is None:
            return
        doc = document.doc
        self._updating = True
        try:
            ui = self.ui
            ui.titleValue.setText(f"{doc.subject_name} · {level_label(doc.level)} · {doc.year}")
            ui.workNameEdit.setText(doc.work_name)
            ui.leaderEdit.setText(doc.leader)
            ui.objectiveEdit.setPlainText(doc.objective)
            ui.dateEdit.setMinimumDate(QDate(doc.year - 1, 1, 1))
            ui.dateEdit.setDate(QDate(doc.plan_date) if doc.plan_date else QDate(doc.year, 3, 1))
            ui.noteEdit.setPlainText(doc.notes.get(self.note_month, ""))
        finally:
            self._updating = False
        locked = document.locked
        for widget in (ui.workNameEdit, ui.leaderEdit, ui.objectiveEdit, ui.dateEdit):
            widget.setReadOnly(locked)
        for button in (
            ui.addTaskButton,
            ui.removeTaskButton,
            ui.taskUpButton,
            ui.taskDownButton,
            ui.ownersButton,
            ui.addObjectiveButton,
            ui.removeObjectiveButton,
            ui.objectiveUpButton,
            ui.objectiveDownButton,
            ui.addCostButton,
            ui.removeCostButton,
        ):
            button.setEnabled(not locked)
        self._save_state_changed(document.state)

    @Slot(str, str, str)
    def _value_changed(self, section: str, item_id: str, name: str) -> None:
        """Undo/redo changed a header field or a note: show it, keeping the cursor if typing."""
        document = self.document
        if document is None or section not in (HEADER, NOTE):
            return
        doc = document.doc
        self._updating = True
        try:
            if section == NOTE and int(item_id) == self.note_month:
                self._set_plain(self.ui.noteEdit, doc.notes.get(self.note_month, ""))
            elif section == HEADER:
                ui = self.ui
                if ui.workNameEdit.text() != doc.work_name:
                    ui.workNameEdit.setText(doc.work_name)
                if ui.leaderEdit.text() != doc.leader:
                    ui.leaderEdit.setText(doc.leader)
                self._set_plain(ui.objectiveEdit, doc.objective)
                if doc.plan_date and ui.dateEdit.date().toPython() != doc.plan_date:
                    ui.dateEdit.setDate(QDate(doc.plan_date))
        finally:
            self._updating = False

    @staticmethod
    def _set_plain(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)
            cursor = edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            edit.setTextCursor(cursor)

    # -- typing in the header and the note --------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field gaining focus starts a new typing burst; Ctrl+Z goes to the plan's stack."""
        if event.type() == QEvent.Type.FocusIn:
            name = watched.objectName()
            self._bursts[name] = self._bursts.get(name, 0) + 1
        elif (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # let the window's Undo/Redo have it
            return True
        return super().eventFilter(watched, event)

    def _burst(self, widget: QWidget) -> tuple[str, int]:
        name = widget.objectName()
        return name, self._bursts.get(name, 0)

    def _set_header(self, name: str, value: object) -> None:
        document = self.document
        if self._updating or document is None or document.locked:
            return
        if document.value(FieldPath(HEADER, None, name)) == value:
            return
        widget = {
            "work_name": self.ui.workNameEdit,
            "leader": self.ui.leaderEdit,
            "objective": self.ui.objectiveEdit,
            "plan_date": self.ui.dateEdit,
        }[name]
        text = {
            "work_name": QCoreApplication.translate("PlanEditor", "Edit work name"),
            "leader": QCoreApplication.translate("PlanEditor", "Edit project leader"),
            "objective": QCoreApplication.translate("PlanEditor", "Edit project goal"),
            "plan_date": QCoreApplication.translate("PlanEditor", "Change date"),
        }[name]
        document.push(
            SetValueCommand(
                document, FieldPath(HEADER, None, name), value, text=text, burst=self._burst(widget)
            )
        )

    def _note_edited(self) -> None:
        document = self.document
        if self._updating or document is None:
            return
        text = self.ui.noteEdit.toPlainText()
        path = FieldPath(NOTE, str(self.note_month), "summary")
        if document.value(path) == text:
            return
        document.push(
            SetValueCommand(
                document,
                path,
                text,
                text=QCoreApplication.translate("PlanEditor", "Edit summary of %1").replace(
                    "%1", month_label(self.note_month)
                ),
                burst=self._burst(self.ui.noteEdit),
            )
        )

    def _note_month_changed(self, position: int) -> None:
        self.note_month = position + 1
        if self.document is not None:
            self._updating = True
            self.ui.noteEdit.setPlainText(self.document.doc.notes.get(self.note_month, ""))
            self._updating = False

    # -- tasks, objectives, cost lines ---------------------------------------------
    def _view(self, section: str) -> QTableView:
        return {TASKS: self.ui.taskView, OBJECTIVES: self.ui.objectivesView}.get(
            section, self.ui.costsView
        )

    def _refuse_if_locked(self) -> bool:
        if self.document is None:
            return True
        if self.document.locked:
            self.status_message.emit(
                QCoreApplication.translate(
                    "PlanEditor", "This plan is locked. Revise it to change its content."
                )
            )
            return True
        return False

    def add_item(self, section: str) -> None:
        """Insert/Ctrl+N: a new item below the current one, ready for typing its name."""
        if self._refuse_if_locked():
            return
        document = self.document
        assert document is not None
        items = document.items(section)
        if len(items) >= _SECTION_LIMITS[section]:
            self.status_message.emit(
                QCoreApplication.translate(
                    "PlanEditor", "A one-page plan holds at most %1 of these."
                ).replace("%1", str(_SECTION_LIMITS[section]))
            )
            return
        view = self._view(section)
        current = view.currentIndex().row() if view.currentIndex().isValid() else len(items) - 1
        position = min(current + 1, len(items))
        item: TaskDoc | ObjectiveDoc | CostDoc
        item = {TASKS: TaskDoc, OBJECTIVES: ObjectiveDoc}.get(section, CostDoc)()
        document.push(InsertItemCommand(document, section, position, item))
        column = {TASKS: COL_NAME, OBJECTIVES: OBJ_TEXT}.get(section, COST_CATEGORY)
        index = view.model().index(position, column)
        view.setFocus()
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.edit(index)

    def remove_item(self, section: str) -> None:
        """Del: remove the current item (one undo step)."""
        if self._refuse_if_locked():
            return
        document = self.document
        assert document is not None
        index = self._view(section).currentIndex()
        if not index.isValid():
            return
        item_id = document.items(section)[index.row()].id
        document.push(RemoveItemCommand(document, section, item_id))

    def move_item(self, section: str, delta: int) -> None:
        """Ctrl+↑/↓: move the current item, keeping it current."""
        if self._refuse_if_locked():
            return
        document = self.document
        assert document is not None
        view = self._view(section)
        index = view.currentIndex()
        if not index.isValid():
            return
        target = index.row() + delta
        if not 0 <= target < len(document.items(section)):
            return
        document.push(MoveItemCommand(document, section, index.row(), target))
        view.setCurrentIndex(view.model().index(target, index.column()))

    @Slot(object)
    def _toggle(self, index: object) -> None:
        if self.task_model is not None and not self._refuse_if_locked():
            self.task_model.toggle(index)  # type: ignore[arg-type]

    @Slot(object)
    def edit_owners(self, index: object) -> None:
        """Open the owners picker for the task of ``index``."""
        from app.ui.plans.owners_dialog import OwnersDialog

        model, document = self.task_model, self.document
        if model is None or document is None or self._refuse_if_locked():
            return
        row = index.row() if index.isValid() else -1  # type: ignore[attr-defined]
        if row < 0:
            return
        task = model.task(row)
        dialog = OwnersDialog(
            self.workspace,
            unit_id=document.doc.unit_id,
            task_name=f"{row + 1:02d}  {task.name}",
            owners=task.owners,
            parent=self,
        )
        accepted = dialog.exec() == dialog.DialogCode.Accepted
        owners = dialog.owners()
        dialog.deleteLater()
        if accepted:
            model.set_owners(row, owners)

    # -- saving and the undo stack -------------------------------------------------
    @Slot(int)
    def _stack_moved(self, _index: int) -> None:
        self.review.refresh_buttons()

    @Slot(str)
    def _save_state_changed(self, _state: str) -> None:
        if self.document is not None:
            self.save_state_text.emit(self.document.state_text())

    @Slot(str)
    def _save_refused(self, message: str) -> None:
        warn_save_refused(self, message)

    @Slot(str)
    def _edit_refused(self, message: str) -> None:
        QMessageBox.warning(
            self, QCoreApplication.translate("PlanEditor", "Cannot Change"), message
        )

    def flush(self) -> bool:
        """Save now (leaving the editor, closing the window); False if refused."""
        return self.document.save_now() if self.document is not None else True

    def showEvent(self, event: QShowEvent) -> None:
        if self.document is not None:
            self.workspace.activate_undo_stack(self.document.undo_stack)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        self.workspace.activate_undo_stack(None)
        super().hideEvent(event)

    def focus_line(self) -> QLineEdit:
        """The work name field (where a new plan starts)."""
        return self.ui.workNameEdit
