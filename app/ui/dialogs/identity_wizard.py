"""First-start wizard: is this PC the quality office or one unit's? Also reachable later.

A unit's PC is best set up from the enrolment file the quality office writes:
the wizard's last page then imports it (app/ui/sync/enrol.py), which also
makes this PC trust the office's key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.services import identity, org
from app.ui.forms.ui_identity_page import Ui_IdentityPage
from app.ui.workspace import Workspace


class IntroPage(QWizardPage):
    """Greets the user and says what the wizard decides."""

    def __init__(self, *, has_org: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Zhengai Workbench"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "This workbench keeps your unit's one-page plans, job descriptions and "
                "standards on this PC, and exchanges them with the quality office as "
                "signed files on a USB stick. First, tell it who uses this PC."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        if not has_org:
            hint = QLabel(
                self.tr(
                    "This data file has no organisation yet. The quality office can import "
                    "one from Excel (File → Import Organisation) after this wizard."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addStretch(1)


class IdentityPage(QWizardPage):
    """The choice itself, laid out in Qt Designer (forms/identity_page.ui)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IdentityPage()
        self.ui.setupUi(self)
        units, current = workspace.run(lambda s: (org.units(s), identity.get_identity(s)))
        for unit in units:
            if not unit.is_quality_office:
                self.ui.unitCombo.addItem(unit.name, unit.id)
        if self.ui.unitCombo.count() == 0:
            self.ui.unitRadio.setEnabled(False)
            self.ui.hintLabel.setText(
                self.tr("No units yet: import the organisation first to choose a unit.")
            )
        if current.role == identity.UNIT and current.unit_id:
            self.ui.unitRadio.setChecked(True)
            self.ui.unitCombo.setCurrentIndex(max(self.ui.unitCombo.findData(current.unit_id), 0))
        self.ui.enrolRadio.toggled.connect(lambda _on: self.completeChanged.emit())
        self.enrol_page_id = -1  # set by the wizard once the enrolment page is added

    def chosen_unit_id(self) -> str | None:
        """The unit picked, or None for the quality office."""
        if self.ui.unitRadio.isChecked():
            return self.ui.unitCombo.currentData()
        return None

    def enrolling(self) -> bool:
        """Is this PC to be set up from an enrolment file (the next page)?"""
        return self.ui.enrolRadio.isChecked()

    def nextId(self) -> int:
        """The enrolment page when enrolling; otherwise this page finishes the wizard."""
        return self.enrol_page_id if self.enrolling() else -1


class IdentityWizard(QWizard):
    """Sets this installation's identity through the identity service."""

    def __init__(self, workspace: Workspace, *, first_start: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(
            self.tr("First Start") if first_start else self.tr("This PC's Identity")
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        if first_start:
            has_org = workspace.read(org.institution) is not None
            self.addPage(IntroPage(has_org=has_org))
        self.identity_page = IdentityPage(workspace)
        self.addPage(self.identity_page)
        from app.ui.sync.enrol import EnrolPage

        self.enrol_page = EnrolPage(workspace)
        self.identity_page.enrol_page_id = self.addPage(self.enrol_page)

    def accept(self) -> None:
        """Store the choice, then close (an enrolment stores itself when its page finishes)."""
        if self.identity_page.enrolling():
            super().accept()  # the enrolment page validates: it runs, then closes the wizard
            return
        unit_id = self.identity_page.chosen_unit_id()
        if unit_id:
            self.workspace.write(identity.set_unit, unit_id=unit_id)
        else:
            self.workspace.run(identity.set_office)
        self.workspace.identity_did_change.emit()
        super().accept()
