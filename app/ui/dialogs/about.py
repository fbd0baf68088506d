"""About box: version, data file, this PC's identity and its signing key.

The key id and fingerprint are here because this is where a secretary looks
when the quality office asks her, over the phone, to read her fingerprint.
"""

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
        self._show_key(workspace)

    def _show_key(self, workspace: Workspace) -> None:
        """This PC's key id and fingerprint (the key is made at first use, as the CLI does)."""
        from app.services.errors import UserError
        from app.services.sync.keys import ensure_key

        try:
            info = workspace.write(ensure_key, db_path=workspace.db.path)
        except UserError as exc:  # e.g. the key file went missing: say so, in place
            self.ui.keyIdValue.setText(exc.message)
            self.ui.fingerprintValue.setText("—")
            return
        self.ui.keyIdValue.setText(info.key_id)
        self.ui.fingerprintValue.setText(info.fingerprint)
