"""Opening a database into a main window, with the first-start wizard when needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from app.ui.main_window import MainWindow


def open_main_window(db_path: Path, *, show_wizard: bool = True) -> MainWindow | None:
    """Open ``db_path`` (migrating it), show the window; None if the file was refused."""
    from app.services.database import open_database
    from app.services.errors import UserError
    from app.services.identity import get_identity
    from app.ui.application import show_fatal
    from app.ui.workspace import Workspace

    try:
        db = open_database(db_path)
    except UserError as exc:
        show_fatal(str(exc))
        return None
    workspace = Workspace(db)
    window = MainWindow(workspace)
    workspace.setParent(window)
    window.show()
    QApplication.processEvents()
    if show_wizard and not workspace.read(get_identity).chosen:
        from app.ui.dialogs.identity_wizard import IdentityWizard

        wizard = IdentityWizard(workspace, first_start=True, parent=window)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            pass  # the user may choose later (File → This PC's Identity)
    window.load()
    window.destroyed.connect(db.close)
    return window
