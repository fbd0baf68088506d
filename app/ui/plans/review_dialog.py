"""Review steps from the editor: submit, approve, return (with a comment), and who may take them.

The workflow service decides and records (and refuses with a Chinese reason);
this module asks for the name and comment, and tells the buttons whether this
PC's identity may act at all, so the buttons that would only be refused are off.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.models.plans import ReviewAction
from app.services import identity
from app.services.errors import UserError
from app.services.plans import workflow
from app.services.plans.doc import PlanDoc
from app.ui.forms.ui_plan_review_dialog import Ui_PlanReviewDialog
from app.ui.plans.labels import level_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_ACTOR_SETTING = "plans/actor"


@dataclass(frozen=True)
class Permissions:
    """What this PC's identity may do with a plan."""

    may_submit: bool
    may_review: bool
    reviewer_name: str


def permissions(session: Session, *, doc: PlanDoc) -> Permissions:
    """The quality office's PC may act for anyone; a unit's PC for its own role."""
    ident = identity.get_identity(session)
    office = ident.role == identity.OFFICE
    try:
        reviewer = workflow.reviewer_unit(session, level=doc.level)
    except UserError:
        return Permissions(office or ident.unit_id == doc.unit_id, False, "")
    return Permissions(
        may_submit=office or ident.unit_id == doc.unit_id,
        may_review=office or ident.unit_id == reviewer.id,
        reviewer_name=reviewer.name,
    )


class ReviewDialog(QDialog):
    """Who takes the step, and the comment (required to return a plan)."""

    def __init__(self, action: str, doc: PlanDoc, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanReviewDialog()
        self.ui.setupUi(self)
        self.action = action
        title, explanation, button = {
            ReviewAction.SUBMIT: (
                QCoreApplication.translate("ReviewDialog", "Submit for Review"),
                QCoreApplication.translate(
                    "ReviewDialog",
                    "The plan goes to its reviewing office. Its content is locked until it "
                    "is returned; monthly progress can still be recorded.",
                ),
                QCoreApplication.translate("ReviewDialog", "Submit"),
            ),
            ReviewAction.APPROVE: (
                QCoreApplication.translate("ReviewDialog", "Approve Plan"),
                QCoreApplication.translate(
                    "ReviewDialog",
                    "Approving locks the plan's content. Changes later need a new revision.",
                ),
                QCoreApplication.translate("ReviewDialog", "Approve"),
            ),
            ReviewAction.RETURN: (
                QCoreApplication.translate("ReviewDialog", "Return Plan"),
                QCoreApplication.translate(
                    "ReviewDialog",
                    "The plan goes back to its unit for changes. Say what must change.",
                ),
                QCoreApplication.translate("ReviewDialog", "Return"),
            ),
        }[ReviewAction(action)]
        self.setWindowTitle(title)
        self.ui.explanationLabel.setText(explanation)
        self.ui.planValue.setText(
            f"{doc.year} · {level_label(doc.level)} · {doc.subject_name} · {doc.work_name}"
        )
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(button)
        self.ui.actorEdit.setText(str(QSettings().value(_ACTOR_SETTING, "") or ""))
        if action == ReviewAction.SUBMIT:
            self.ui.commentCaption.hide()
            self.ui.commentEdit.hide()
            self.resize(self.width(), 160)
        if action == ReviewAction.RETURN:
            self.ui.commentEdit.setPlaceholderText(
                QCoreApplication.translate("ReviewDialog", "Required: what must change")
            )
            self.ui.commentEdit.textChanged.connect(self._update_ok)
            self._update_ok()
        (self.ui.commentEdit if action != ReviewAction.SUBMIT else self.ui.actorEdit).setFocus()

    def _update_ok(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.comment()))

    def actor(self) -> str:
        """The name typed (remembered for next time)."""
        return self.ui.actorEdit.text().strip()

    def comment(self) -> str:
        """The comment typed."""
        return self.ui.commentEdit.toPlainText().strip()

    def accept(self) -> None:
        """Remember the name for the next review step on this PC."""
        QSettings().setValue(_ACTOR_SETTING, self.actor())
        super().accept()
