"""About box: version, data file, this PC's identity."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app import __version__
from app.services import identity
from app.ui.forms.ui_about_dialog import Ui_AboutDialog
from app.ui.workspace import Workspace


class AboutDialog(QDialog):
    """Shows what a maintainer asks for first: which version, which file, which PC."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ident = workspace.read(identity.get_identity)
        self.ui.versionValue.setText(__version__)
        self.ui.dataFileValue.setText(str(workspace.db.path))
        self.ui.identityValue.setText(ident.describe())
        self.ui.installationValue.setText(ident.installation_id)
