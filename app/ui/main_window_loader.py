"""Opening a database into a main window, with the first-start wizard when needed.

The window is shown before SQLAlchemy is imported, so the user sees it at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.ui.workspace import Workspace


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
    QTimer.singleShot(0, lambda: _make_key_at_first_start(workspace))
    return window


def _make_key_at_first_start(workspace: Workspace) -> None:
    """Create this installation's key pair once the window shows (issue 5: "at first start").

    A failure here (a read-only folder) is not the user's business yet: it is
    logged, and the first export or the About box says what is wrong in Chinese.
    """
    import logging

    from app.services.errors import UserError
    from app.services.sync.keys import create_key_if_missing

    try:
        workspace.write(create_key_if_missing, db_path=workspace.db.path)
    except (UserError, OSError):
        logging.getLogger(__name__).warning("could not create the key pair", exc_info=True)
