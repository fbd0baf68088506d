"""Two parts of the editor with their own logic: the checks list and the review panel.

Checks re-run as the plan changes (they are cheap) and show where each mistake is:
the cell's background in the tables, the field's colour in the header, and a list
that jumps to the place when clicked. The review panel shows the status, the lock
banner, the review history and the buttons this PC's identity may use.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from app.models.plans import PlanStatus, ReviewAction
from app.services.errors import UserError
from app.services.plans import workflow
from app.ui.messages import show_error
from app.ui.plans.document import COSTS, DOC_SECTION, HEADER, OBJECTIVES, TASKS, PlanDocument
from app.ui.plans.labels import (
    STATUS_COLORS,
    action_label,
    dot_icon,
    hint_icon,
    month_label,
    smart_hint_text,
    status_label,
)
from app.ui.plans.review_dialog import Permissions, ReviewDialog, permissions

if TYPE_CHECKING:
    from app.ui.plans.editor import PlanEditor

ProblemRole = Qt.ItemDataRole.UserRole + 1
_ACTION_COLORS = {
    ReviewAction.SUBMIT: "#1a56b8",
    ReviewAction.APPROVE: "#1e7b3a",
    ReviewAction.RETURN: "#b3261e",
}
_FIELD_STYLE = "background: #fde7e5;"


class ChecksPanel(QObject):
    """The problems list, the error rate and the header fields' marks."""

    def __init__(self, editor: PlanEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ui = editor.ui
        self.ui.problemsList.itemClicked.connect(self.jump)
        self.ui.problemsList.itemActivated.connect(self.jump)
        self._document: PlanDocument | None = None

    def attach(self, document: PlanDocument) -> None:
        """Follow ``document``'s checks."""
        if self._document is not None and self._document is not document:
            self._document.problems_did_change.disconnect(self.refresh)
        self._document = document
        document.problems_did_change.connect(self.refresh)
        self.refresh()

    def _header_fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "work_name": ui.workNameEdit,
            "leader": ui.leaderEdit,
            "plan_date": ui.dateEdit,
            "objective": ui.objectiveEdit,
            "objectives": ui.objectivesView,
            "tasks": ui.taskView,
        }

    @Slot()
    def refresh(self) -> None:
        """Show the current problems everywhere they belong."""
        document = self._document
        if document is None:
            return
        problems = document.problems
        listing = self.ui.problemsList
        listing.clear()
        for problem in problems:
            item = QListWidgetItem(problem.message)
            item.setData(ProblemRole, (problem.section, problem.item_id, problem.field))
            listing.addItem(item)
        if not problems:
            done = QListWidgetItem(
                QCoreApplication.translate("PlanEditor", "No problems.")
                if document.locked
                else QCoreApplication.translate(
                    "PlanEditor", "No problems: the plan can be submitted."
                )
            )
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            done.setForeground(QColor("#1e7b3a"))
            listing.addItem(done)
        # SMART hints after the problems: advice, which never blocks a submission.
        for hint in document.smart_hints:
            item = QListWidgetItem(hint_icon(), smart_hint_text(hint.message))
            item.setData(ProblemRole, (hint.section, hint.item_id, hint.field))
            item.setForeground(QColor("#8a5a00"))
            listing.addItem(item)
        rate = document.error_rate * 100
        good = rate < 5
        self.ui.errorRateLabel.setText(
            QCoreApplication.translate("PlanEditor", "Error rate %1% (must stay below 5%)").replace(
                "%1", f"{rate:.1f}"
            )
        )
        self.ui.errorRateLabel.setStyleSheet(
            f"color: {'#1e7b3a' if good else '#d93025'}; font-weight: bold;"
        )
        tabs = self.ui.sideTabs
        title = (
            QCoreApplication.translate("PlanEditor", "Checks (%1)").replace(
                "%1", str(len(problems))
            )
            if problems
            else QCoreApplication.translate("PlanEditor", "Checks")
        )
        tabs.setTabText(tabs.indexOf(self.ui.checksTab), title)
        goal_hint = document.smart_hint_at(HEADER, None)
        for name, widget in self._header_fields().items():
            messages = document.problems_at(HEADER, None, name)
            if name == "objective" and goal_hint is not None:
                messages.append(smart_hint_text(goal_hint.message))
            if name in ("work_name", "leader", "plan_date"):
                widget.setStyleSheet(_FIELD_STYLE if messages else "")
            widget.setToolTip("\n".join(messages))

    @Slot(QListWidgetItem)
    def jump(self, item: QListWidgetItem) -> None:
        """Select the cell or field a problem is about."""
        where = item.data(ProblemRole)
        editor, document = self.editor, self._document
        if where is None or document is None:
            return
        section, item_id, field = where
        section = DOC_SECTION.get(section, section)
        if section == TASKS and editor.task_model is not None:
            row = editor.task_model.row_of(item_id)
            if row >= 0:
                editor.ui.taskView.setFocus()
                editor.ui.taskView.select_cell(row, editor.task_model.column_of(field))
        elif section in (OBJECTIVES, COSTS):
            view = editor.ui.objectivesView if section == OBJECTIVES else editor.ui.costsView
            row = document.index_of(section, item_id)
            if row >= 0:
                view.setFocus()
                view.setCurrentIndex(view.model().index(row, 1 if section == OBJECTIVES else 0))
        else:
            widget = self._header_fields().get(field)
            if widget is not None:
                widget.setFocus()

    def show(self) -> None:
        """Bring the list to the front (after a refused submission)."""
        self.ui.sideTabs.setCurrentWidget(self.ui.checksTab)


class ReviewPanel(QObject):
    """Status, lock banner, review buttons and history of the open plan."""

    def __init__(self, editor: PlanEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ui = editor.ui
        self.permissions = Permissions(False, False, "")
        ui = self.ui
        ui.submitButton.clicked.connect(self.submit)
        ui.approveButton.clicked.connect(lambda: self.review(ReviewAction.APPROVE))
        ui.returnButton.clicked.connect(lambda: self.review(ReviewAction.RETURN))
        ui.reviseButton.clicked.connect(self.revise)
        ui.monthlyButton.clicked.connect(self.monthly_update)
        ui.previewButton.clicked.connect(self.preview)
        ui.historyView.setSpacing(3)

    @property
    def document(self) -> PlanDocument | None:
        """The plan shown."""
        return self.editor.document

    def refresh(self) -> None:
        """Re-read who may act and the history; show status, banner and buttons."""
        document = self.document
        if document is None:
            return
        doc = document.doc
        workspace = self.editor.workspace
        self.permissions = workspace.run(lambda s: permissions(s, doc=doc))
        status = doc.status
        ui = self.ui
        ui.statusLabel.setText(
            QCoreApplication.translate("PlanEditor", "%1 · revision %2")
            .replace("%1", status_label(status))
            .replace("%2", str(doc.revision))
        )
        ui.statusLabel.setStyleSheet(
            f"QLabel {{ color: white; background: {STATUS_COLORS.get(status, '#5f6368')};"
            " border-radius: 3px; padding: 2px 8px; font-weight: bold; }"
        )
        history = workspace.read(workflow.history, plan_id=doc.id)
        self._show_history(history)
        self._show_banner(status, history)
        self.refresh_buttons()

    def refresh_buttons(self) -> None:
        """Which review buttons show, and which this PC may press."""
        document = self.document
        if document is None:
            return
        status, perms, ui = document.doc.status, self.permissions, self.ui
        editable = status in (PlanStatus.DRAFT, PlanStatus.RETURNED)
        ui.submitButton.setVisible(editable)
        ui.submitButton.setEnabled(perms.may_submit)
        for button in (ui.approveButton, ui.returnButton):
            button.setVisible(status == PlanStatus.SUBMITTED)
            button.setEnabled(perms.may_review)
            button.setToolTip(
                ""
                if perms.may_review
                else QCoreApplication.translate(
                    "PlanEditor", "Only %1 can review this plan."
                ).replace("%1", perms.reviewer_name)
            )
        ui.reviseButton.setVisible(status == PlanStatus.APPROVED)
        ui.reviseButton.setEnabled(perms.may_submit)

    def _show_banner(self, status: str, history: list[workflow.ReviewStep]) -> None:
        ui = self.ui
        last = history[-1] if history else None
        if status == PlanStatus.SUBMITTED:
            text = QCoreApplication.translate(
                "PlanEditor",
                "Submitted for review by %1. The content is locked until the plan is approved "
                "or returned; monthly progress can still be recorded.",
            ).replace("%1", self.permissions.reviewer_name)
        elif status == PlanStatus.APPROVED:
            text = QCoreApplication.translate(
                "PlanEditor",
                "Approved: the content is locked; monthly progress can still be recorded. "
                "To change the plan, revise it: the new revision goes through review again.",
            )
        elif status == PlanStatus.RETURNED and last is not None:
            text = (
                QCoreApplication.translate("PlanEditor", "Returned by %1: %2")
                .replace("%1", last.unit_name)
                .replace("%2", last.comment)
            )
        else:
            text = ""
        ui.lockLabel.setText(text)
        ui.lockBanner.setVisible(bool(text))

    def _show_history(self, history: list[workflow.ReviewStep]) -> None:
        """Newest first, one entry per step: when, what, who; the comment below."""
        view = self.ui.historyView
        view.clear()
        for step in reversed(history):
            when = step.acted_at
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)  # stored in UTC; shown in local time
            local = datetime.fromtimestamp(when.timestamp()).strftime("%Y-%m-%d %H:%M")
            who = step.actor or ""
            if step.unit_name:
                who = f"{who}（{step.unit_name}）" if who else step.unit_name
            lines = [f"{local}  {action_label(step.action)}  {who}"]
            if step.comment:
                lines.append(step.comment)
            icon = dot_icon(_ACTION_COLORS.get(step.action, "#5f6368"))
            view.addItem(QListWidgetItem(icon, "\n".join(lines)))
        tabs = self.ui.sideTabs
        title = QCoreApplication.translate("PlanEditor", "Review History (%1)").replace(
            "%1", str(len(history))
        )
        tabs.setTabText(tabs.indexOf(self.ui.historyTab), title)

    # -- steps -----------------------------------------------------------------------
    def _after_step(self, message: str) -> None:
        document = self.document
        assert document is not None
        document.reload()
        self.editor.refresh_all()
        self.refresh()
        self.editor.workspace.plan_did_change.emit(document.doc.id)
        self.editor.status_message.emit(message)

    @Slot()
    def submit(self) -> None:
        """Submit; if the checks find problems, say so and show the list."""
        document = self.document
        if document is None or not self.editor.flush():
            return
        workspace = self.editor.workspace
        plan_id = document.doc.id
        actor = ""
        document.run_checks()  # the last keystroke's may still be pending
        if not document.problems:
            dialog = ReviewDialog(ReviewAction.SUBMIT, document.doc, self.editor)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            actor = dialog.actor()
        try:
            workspace.write(workflow.submit, plan_id=plan_id, actor=actor)
        except UserError as exc:
            self.editor.checks.show()
            show_error(
                self.editor, exc, title=QCoreApplication.translate("PlanEditor", "Cannot Submit")
            )
            return
        self._after_step(QCoreApplication.translate("PlanEditor", "Submitted for review."))

    def review(self, action: str) -> None:
        """Approve or return, with the reviewer's name and comment."""
        document = self.document
        if document is None or not self.editor.flush():
            return
        dialog = ReviewDialog(action, document.doc, self.editor)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fn = workflow.approve if action == ReviewAction.APPROVE else workflow.return_plan
        try:
            self.editor.workspace.write(
                fn, plan_id=document.doc.id, actor=dialog.actor(), comment=dialog.comment()
            )
        except UserError as exc:
            show_error(self.editor, exc)
            return
        self._after_step(
            QCoreApplication.translate("PlanEditor", "Plan approved.")
            if action == ReviewAction.APPROVE
            else QCoreApplication.translate("PlanEditor", "Plan returned.")
        )

    @Slot()
    def revise(self) -> None:
        """Start revision N+1 of an approved plan and open it."""
        document = self.document
        if document is None:
            return
        try:
            new_id = self.editor.workspace.write(workflow.new_revision, plan_id=document.doc.id)
        except UserError as exc:
            show_error(self.editor, exc)
            return
        self.editor.workspace.plan_did_change.emit(new_id)
        self.editor.open_requested.emit(new_id)
        self.editor.status_message.emit(
            QCoreApplication.translate(
                "PlanEditor", "Revision %1 created; it goes through review again."
            ).replace("%1", str(document.doc.revision + 1))
        )

    @Slot()
    def monthly_update(self) -> None:
        """The month's states, spending and summary in one dialog."""
        from app.ui.plans.monthly_dialog import MonthlyDialog

        document = self.document
        if document is None or not self.editor.flush():
            return
        dialog = MonthlyDialog(
            self.editor.workspace, document.doc, month=self.editor.note_month, parent=self.editor
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_step(
                QCoreApplication.translate("PlanEditor", "Monthly update of %1 saved.").replace(
                    "%1", dialog.month_text()
                )
            )
        elif dialog.recorded_months:  # a month was recorded on switching, then Cancel
            self._after_step(
                QCoreApplication.translate("PlanEditor", "Monthly update of %1 saved.").replace(
                    "%1", "、".join(month_label(m) for m in sorted(dialog.recorded_months))
                )
            )

    @Slot()
    def preview(self) -> None:
        """The printed page, in the app."""
        from app.ui.plans.preview import show_preview

        document = self.document
        if document is None:
            return
        self.editor.flush()
        show_preview(self.editor, document.doc, self.editor.workspace)
