"""Opening a database into a main window, with the first-start wizard when needed.

The window is shown before SQLAlchemy is imported, so the user sees it at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


def open_main_window(db_path: Path, *, show_wizard: bool = True) -> MainWindow | None:
    """Show a window, open ``db_path`` (migrating it) into it; None if the file was refused."""
    window = MainWindow()
    window.show()
    QApplication.processEvents()  # paint before the slow imports below

    from app.services.database import open_database
    from app.services.errors import UserError
    from app.services.identity import get_identity
    from app.ui.application import show_fatal
    from app.ui.workspace import Workspace

    try:
        db = open_database(db_path)
    except UserError as exc:
        window.close()
        window.deleteLater()
        show_fatal(str(exc))
        return None
    workspace = Workspace(db, window)
    navigator = window.attach(workspace)
    if show_wizard and not workspace.read(get_identity).chosen:
        from app.ui.dialogs.identity_wizard import IdentityWizard

        IdentityWizard(workspace, first_start=True, parent=window).exec()  # may be skipped
    navigator.load()
    window.destroyed.connect(db.close)
    return window
