"""Setting a unit's PC up from the quality office's enrolment file: wizard page and dialog.

The file is read first (:func:`~app.services.sync.enrol.peek_enrolment`) to show
which unit this PC becomes and the office's fingerprint; the secretary compares
it with what the office reads over the phone (typing the digits makes the check
exact). Only then :func:`~app.services.sync.enrol.import_enrolment` runs, in the
background; afterwards this PC's own fingerprint is shown for the way back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.errors import UserError, os_reason
from app.services.sync import keys
from app.services.sync.enrol import EnrolmentPreview, EnrolResult, peek_enrolment
from app.ui.forms.ui_sync_enrol_widget import Ui_SyncEnrolWidget
from app.ui.messages import show_error
from app.ui.sync import flows
from app.ui.sync.signing import run_signed
from app.ui.workspace import Workspace


class EnrolWidget(QWidget):
    """File choice, what the file says, and the fingerprint check."""

    # the choice is complete (a readable file, fingerprint confirmed) or not any more
    ready_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncEnrolWidget()
        self.ui.setupUi(self)
        self.preview: EnrolmentPreview | None = None
        self.ui.previewBox.setEnabled(False)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.fileEdit.editingFinished.connect(lambda: self.set_file(self.path()))
        self.ui.typedEdit.textChanged.connect(self._update)
        self.ui.matchCheck.toggled.connect(self._update)

    def path(self) -> Path | None:
        """The file named in the field."""
        text = self.ui.fileEdit.text().strip()
        return Path(text) if text else None

    @Slot()
    def browse(self) -> None:
        """Choose the enrolment file."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncEnrol", "Enrolment File"),
            flows.last_folder(),
            QCoreApplication.translate("SyncEnrol", "Enrolment files (*.zge);;All files (*)"),
        )
        if name:
            flows.remember_folder(Path(name))
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        """Read ``path`` and show what it says (or why it cannot be used)."""
        ui = self.ui
        self.preview = None
        if path is not None:
            ui.fileEdit.setText(str(path))
            try:
                self.preview = peek_enrolment(path)
            except UserError as exc:
                ui.problemValue.setText(exc.message)
            except OSError as exc:
                ui.problemValue.setText(os_reason(exc))
        preview = self.preview
        if preview is not None:
            ui.problemValue.setText("")
        ui.previewBox.setEnabled(preview is not None)
        ui.unitValue.setText(preview.unit_name if preview else "")
        ui.officeValue.setText(
            QCoreApplication.translate("SyncEnrol", "%1 (key %2)")
            .replace("%1", preview.office_name)
            .replace("%2", preview.office_key_id)
            if preview
            else ""
        )
        ui.fingerprintValue.setText(preview.office_fingerprint if preview else "")
        self._update()

    def typed(self) -> str | None:
        """The digits typed, if any."""
        return keys.normalise_fingerprint(self.ui.typedEdit.text()) or None

    def is_ready(self) -> bool:
        """A readable file whose fingerprint the user typed correctly or confirmed."""
        if self.preview is None:
            return False
        typed = self.typed()
        if typed is None:
            return self.ui.matchCheck.isChecked()
        return typed == keys.normalise_fingerprint(self.preview.office_fingerprint)

    @Slot()
    def _update(self) -> None:
        typed = self.typed()
        if self.preview is not None and typed is not None:
            expected = keys.normalise_fingerprint(self.preview.office_fingerprint)
            if typed == expected:
                self.ui.problemValue.setText("")
            elif len(typed) >= len(expected):
                self.ui.problemValue.setText(
                    QCoreApplication.translate(
                        "SyncEnrol",
                        "The digits you typed do NOT match the file's fingerprint. Do not use "
                        "this file; call the quality office.",
                    )
                )
            else:
                self.ui.problemValue.setText("")
        self.ready_changed.emit(self.is_ready())


def run_enrolment(
    parent: QWidget,
    workspace: Workspace,
    widget: EnrolWidget,
    *,
    on_success: Callable[[EnrolResult], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Import the enrolment file in the background; say what this PC became and its fingerprint."""
    from app.services.sync.enrol import import_enrolment

    path = widget.path()
    if path is None:
        return
    typed = widget.typed()

    def work(passphrase: str | None, progress: Any) -> EnrolResult:
        return import_enrolment(
            workspace.db, path=path, fingerprint=typed, passphrase=passphrase, progress=progress
        )

    def done(result: EnrolResult) -> None:
        workspace.identity_did_change.emit()
        workspace.changed_from_outside()
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncEnrol", "This PC Is Set Up"),
            QCoreApplication.translate(
                "SyncEnrol",
                "This PC now works for %1 (%2 records imported) and trusts the quality "
                "office's key.\n\nNow read this PC's fingerprint to the quality office, or "
                "give them this PC's key file (Keys and Trust), so that they accept your "
                "bundles:\n%3",
            )
            .replace("%1", result.unit_name)
            .replace("%2", str(result.record_count))
            .replace("%3", result.own_key.fingerprint),
        )
        on_success(result)

    run_signed(
        parent,
        title=QCoreApplication.translate("SyncEnrol", "Setting this PC up…"),
        fn=work,
        on_success=done,
        on_error=on_error,
    )


class EnrolPage(QWizardPage):
    """The identity wizard's page for a unit's PC set up from the enrolment file.

    Finishing runs the enrolment; the wizard closes only once it succeeded.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setTitle(QCoreApplication.translate("SyncEnrol", "Set Up from the Enrolment File"))
        self.setSubTitle(
            QCoreApplication.translate(
                "SyncEnrol",
                "Choose the file the quality office wrote for your unit and compare "
                "its fingerprint.",
            )
        )
        layout = QVBoxLayout(self)
        self.enrol = EnrolWidget(self)
        layout.addWidget(self.enrol)
        self.enrol.ready_changed.connect(lambda _ready: self.completeChanged.emit())
        self.result: EnrolResult | None = None
        self._running = False

    def isComplete(self) -> bool:
        """Finish is offered once the file is read and its fingerprint confirmed."""
        return self.enrol.is_ready() and not self._running

    def validatePage(self) -> bool:
        """Start the enrolment; the wizard finishes when it succeeded (see module doc)."""
        if self.result is not None:
            return True
        if not self._running:
            self._running = True
            self.completeChanged.emit()
            run_enrolment(
                self, self.workspace, self.enrol, on_success=self._done, on_error=self._failed
            )
        return False

    def _done(self, result: EnrolResult) -> None:
        self.result = result
        self._running = False
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.completeChanged.emit()
        show_error(self, exc)


class EnrolDialog(QDialog):
    """File → Set Up from Enrolment File: the same choice outside the first-start wizard."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(
            QCoreApplication.translate("SyncEnrol", "Set Up from the Enrolment File")
        )
        self.resize(620, 440)
        layout = QVBoxLayout(self)
        self.enrol = EnrolWidget(self)
        layout.addWidget(self.enrol)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("SyncEnrol", "&Set Up This PC"))
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.enrol.ready_changed.connect(self.ok_button.setEnabled)
        self.result: EnrolResult | None = None

    @Slot()
    def start(self) -> None:
        """Run the enrolment; close when it succeeded, stay open with the message if not."""
        self.ok_button.setEnabled(False)

        def done(result: EnrolResult) -> None:
            self.result = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(self.enrol.is_ready())
            show_error(self, exc)

        run_enrolment(self, self.workspace, self.enrol, on_success=done, on_error=failed)
