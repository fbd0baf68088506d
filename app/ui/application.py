"""Start-up of the window: Qt application, font, translators, the database, first-start.

The window appears before SQLAlchemy is imported and the database opened (those
cost ~0.6 s), so the user sees the application at once.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__
from app.paths import FONT_FILE, data_dir, resource
from app.ui import i18n

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, settings location, font and language."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    register_font(app)
    i18n.install_translators(app)
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "Zhengai Workbench"))
    icon = resource("icons", "zhengai.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def register_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and use it wherever the system font lacks a glyph."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled CJK font could not be registered")
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])
    app.setFont(font)
    return families[0]


def _setup_logging() -> None:
    logging.basicConfig(
        filename=str(data_dir() / "zhengai.log"),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _install_excepthook() -> None:
    """An error escaping a slot is logged and explained, never a silent traceback."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
            return
        from app.ui.messages import show_error

        log.error("unhandled error", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def run_gui(*, db_path: Path) -> int:
    """Show the main window on ``db_path``; returns the process exit code."""
    _setup_logging()
    _install_excepthook()
    app = create_application()
    from app.ui.main_window_loader import open_main_window

    window = open_main_window(db_path)
    if window is None:
        return 2
    return app.exec()


def show_fatal(message: str) -> None:
    """A message box for failures before the main window exists."""
    QMessageBox.critical(
        None, QCoreApplication.translate("Application", "Zhengai Workbench"), message
    )
