"""Showing failures: a clear message for the user, the traceback only in the log."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import Cancelled, UserError, os_reason

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Tell the user what went wrong, in words they can act on."""
    title = title or QCoreApplication.translate("Messages", "Zhengai Workbench")
    if isinstance(exc, Cancelled):
        QMessageBox.information(
            parent, title, QCoreApplication.translate("Messages", "Cancelled. Nothing was changed.")
        )
        return
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, title, str(exc))
        return
    if isinstance(exc, PermissionError):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Messages", "The file cannot be written or read: %1. Is it open in another program?"
            ).replace("%1", str(exc.filename or "")),
        )
        return
    if isinstance(exc, OSError):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("Messages", "The file operation failed: %1").replace(
                "%1", os_reason(exc)
            ),
        )
        return
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc)))
    log_file = next(
        (h.baseFilename for h in logging.getLogger().handlers if hasattr(h, "baseFilename")), ""
    )
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "Messages",
            "An internal error stopped the operation; your data was not changed. "
            "Details were written to the log file: %1",
        ).replace("%1", log_file),
    )
