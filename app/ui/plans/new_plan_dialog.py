"""新建计划: choose the level, the subject (department, major, course, teacher, class), the year.

The plan is created from the level's template at once, so the editor opens on
something to correct rather than an empty form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from app.models.plans import PlanLevel
from app.services import identity, org_queries
from app.services.errors import UserError
from app.services.plans import store
from app.services.plans.subjects import subjects
from app.ui.forms.ui_new_plan_dialog import Ui_NewPlanDialog
from app.ui.messages import show_error
from app.ui.plans.labels import level_label
from app.ui.workspace import Workspace


class NewPlanDialog(QDialog):
    """Creates the plan on OK; ``plan_id`` then holds its id."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        level: str | None = None,
        unit_id: str | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewPlanDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.plan_id: str | None = None
        for value in PlanLevel:
            self.ui.levelCombo.addItem(level_label(value), value.value)
        self.ui.unitCombo.addItem(QCoreApplication.translate("NewPlanDialog", "All"), "")
        for unit, name in workspace.read(org_queries.reference_choices).get("unit", []):
            self.ui.unitCombo.addItem(name, unit)
        if unit_id is None:
            ident = workspace.read(identity.get_identity)
            unit_id = ident.unit_id if ident.role == identity.UNIT else None
        self.ui.unitCombo.setCurrentIndex(max(self.ui.unitCombo.findData(unit_id or ""), 0))
        self.ui.levelCombo.setCurrentIndex(max(self.ui.levelCombo.findData(level or "unit"), 0))
        self.ui.yearSpin.setValue(year or date.today().year)
        completer = QCompleter(self.ui.subjectCombo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ui.subjectCombo.setCompleter(completer)
        self._load_subjects()
        self.ui.levelCombo.currentIndexChanged.connect(lambda _i: self._load_subjects())
        self.ui.unitCombo.currentIndexChanged.connect(lambda _i: self._load_subjects())
        self.ui.buttons.accepted.connect(self.accept)

    def _load_subjects(self) -> None:
        unit_id = self.ui.unitCombo.currentData() or None
        rows = self.workspace.read(
            subjects, level=self.ui.levelCombo.currentData(), unit_id=unit_id
        )
        combo = self.ui.subjectCombo
        combo.clear()
        for subject in rows:
            label = subject.name
            if not unit_id and subject.unit_name != subject.name:
                label += f" · {subject.unit_name}"
            combo.addItem(label, subject.id)
        combo.setCurrentIndex(0 if rows else -1)

    def select_subject(self, subject_id: str) -> bool:
        """Choose a subject (tests, or a tree node that offers its plan)."""
        position = self.ui.subjectCombo.findData(subject_id)
        if position >= 0:
            self.ui.subjectCombo.setCurrentIndex(position)
        return position >= 0

    def accept(self) -> None:
        """Create the plan; stay open with the reason if it cannot be created."""
        combo = self.ui.subjectCombo
        position = combo.findText(combo.currentText())
        subject_id = combo.itemData(position) if position >= 0 else None
        if not subject_id:
            show_error(
                self,
                UserError(
                    QCoreApplication.translate("NewPlanDialog", "Choose whom the plan is for.")
                ),
            )
            return
        try:
            doc = self.workspace.write(
                store.create_plan,
                level=self.ui.levelCombo.currentData(),
                subject_id=subject_id,
                year=self.ui.yearSpin.value(),
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.plan_id = doc.id
        self.workspace.plan_did_change.emit(doc.id)
        super().accept()
