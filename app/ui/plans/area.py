"""The plans work area: the list, and the editor on the same page when a plan is open.

The navigator shows this page for the "One-Page Plans" node and asks it to open a
subject's plan when a department, major, course, teacher or class offers its own.
The window's New/Delete/Find actions act here too: on the list they mean plans,
in the editor tasks (or the objective or cost line that has the focus).
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStackedWidget, QWidget

from app.services.errors import UserError
from app.services.plans import store
from app.services.plans.subjects import subject_of
from app.ui.messages import show_error
from app.ui.plans.document import COSTS, OBJECTIVES, TASKS, PlanDocument
from app.ui.plans.editor import PlanEditor
from app.ui.plans.list_page import PlanListPage
from app.ui.workspace import Workspace


def _warm_up() -> None:
    from app.services.smart import load_rules

    with contextlib.suppress(UserError):  # a broken rules file is told where it is used
        load_rules()


class PlansArea(QStackedWidget):
    """List ⇄ editor."""

    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.list_page = PlanListPage(workspace)
        self.editor = PlanEditor(workspace)
        self.addWidget(self.list_page)
        self.addWidget(self.editor)
        #: the save state, for the window's status bar (shown while the editor is)
        self.save_label = QLabel()
        self.save_label.setObjectName("saveStateValue")
        self.save_label.hide()
        self.list_page.open_requested.connect(self.open_plan)
        self.list_page.status_message.connect(self.status_message)
        self.editor.back_requested.connect(self.show_list)
        self.editor.open_requested.connect(self.open_plan)
        self.editor.status_message.connect(self.status_message)
        self.editor.save_state_text.connect(self.save_label.setText)
        self.currentChanged.connect(self._page_changed)
        # The SMART rules (~40 ms of regex compiling) are needed by the first plan opened;
        # compile them while the user is still reading the list, not when they click.
        QTimer.singleShot(0, _warm_up)

    @property
    def document(self) -> PlanDocument | None:
        """The plan open in the editor, if any."""
        return self.editor.document

    def editing(self) -> bool:
        """Whether the editor is the visible page."""
        return self.currentWidget() is self.editor

    @Slot(str)
    def open_plan(self, plan_id: str) -> bool:
        """Open a plan in the editor (saving the one open before)."""
        if self.document is not None and self.document.doc.id == plan_id:
            self.setCurrentWidget(self.editor)  # still open, edits and undo history kept
            return True
        if not self.editor.flush():
            self.status_message.emit(
                QCoreApplication.translate(
                    "PlansArea",
                    "The open plan could not be saved: undo the refused change, then open another.",
                )
            )
            self.setCurrentWidget(self.editor)
            return False
        try:
            doc = self.workspace.read(store.load_plan, plan_id=plan_id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.editor.set_document(PlanDocument(self.workspace, doc))
        self.setCurrentWidget(self.editor)
        self.editor.ui.taskView.setFocus()
        return True

    @Slot()
    def show_list(self) -> None:
        """Back to the list, with the plan just edited selected."""
        self.editor.flush()
        current = self.document.doc.id if self.document else None
        self.setCurrentWidget(self.list_page)
        if current:
            self.list_page.select_plan(current)
        self.list_page.ui.plansView.setFocus()

    def _page_changed(self, _index: int) -> None:
        self.save_label.setVisible(self.editing())

    def open_subject(self, level: str, subject_id: str, *, year: int | None = None) -> None:
        """A tree node's "its plan": open this year's, or offer to create it."""
        year = year or date.today().year
        plans = [
            p
            for p in self.workspace.read(store.list_plans, level=level, year=year)
            if p.subject_id == subject_id
        ]
        if plans:
            self.open_plan(plans[0].id)
            return
        try:
            subject = self.workspace.read(subject_of, level=level, subject_id=subject_id)
        except UserError as exc:
            show_error(self, exc)
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("PlansArea", "New One-Page Plan"),
            QCoreApplication.translate(
                "PlansArea", "%1 has no one-page plan for %2 yet. Create it now from the template?"
            )
            .replace("%1", subject.name)
            .replace("%2", str(year)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.show_list()
            return
        try:
            doc = self.workspace.write(
                store.create_plan, level=level, subject_id=subject_id, year=year
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.workspace.plan_did_change.emit(doc.id)
        self.open_plan(doc.id)

    # -- the window's Edit actions -------------------------------------------------
    def add_record(self) -> None:
        """New: a plan on the list; in the editor a task (or objective/cost line in focus)."""
        if not self.editing():
            self.list_page.new_plan()
            return
        self.editor.add_item(self._focused_section() or TASKS)

    def delete_selected(self) -> None:
        """Delete: drafts on the list; in the editor the current task/objective/cost line."""
        if not self.editing():
            self.list_page.delete_selected()
            return
        section = self._focused_section()
        if section is not None:  # not while the focus is on a field or the problems list
            self.editor.remove_item(section)

    def find(self) -> None:
        """Find: the list's search box."""
        if self.editing():
            self.show_list()
        self.list_page.focus_search()

    def _focused_section(self) -> str | None:
        focus = QApplication.focusWidget()
        return {
            self.editor.ui.taskView: TASKS,
            self.editor.ui.objectivesView: OBJECTIVES,
            self.editor.ui.costsView: COSTS,
        }.get(focus)

    def flush(self) -> bool:
        """Save the open plan now."""
        return self.editor.flush()
