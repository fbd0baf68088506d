"""A unit's manual to and from Excel in the window: choose the file, write or read it, say so.

The workbook is laid out like 表4, one sheet per post (app.excel.jobs_write), so a
secretary who prefers Excel or WPS can fill it there and bring it back. Reading
refuses a wrong sheet naming the cell; storing happens in one transaction
(``import_manual_doc``, which keeps the ids of the records it matches), so a refused
file leaves the manual as it was. The import is one undo step in the editor: the
manual before it is kept, and undoing writes it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.errors import UserError
from app.services.jobs.doc import ManualDoc
from app.ui.jobs.document import ManualDocument
from app.ui.messages import show_error

_FOLDER_KEY = "jobs/excelFolder"


def _last_folder() -> str:
    return str(QSettings().value(_FOLDER_KEY, str(Path.home())))


def _remember(path: Path) -> None:
    QSettings().setValue(_FOLDER_KEY, str(path.parent))


def export_flow(parent: QWidget, doc: ManualDoc, *, path: Path | None = None) -> Path | None:
    """Write the manual to an .xlsx the user chooses; the file written, or None."""
    from app.excel.jobs_write import export_manual

    if path is None:
        suggested = Path(_last_folder()) / f"{doc.unit_name}-岗位说明书.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("JobsExcel", "Export Job Descriptions to Excel"),
            str(suggested),
            QCoreApplication.translate("JobsExcel", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_manual(doc, path)
    except (UserError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    _remember(path)
    return path


def import_flow(
    parent: QWidget, document: ManualDocument, *, path: Path | None = None, ask: bool = True
) -> ManualDoc | None:
    """Read a workbook and make it the unit's manual (one undo step); the stored manual, or None."""
    from app.excel.jobs_read import read_manual
    from app.services.jobs.transfer import import_manual_doc

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("JobsExcel", "Import Job Descriptions from Excel"),
            _last_folder(),
            QCoreApplication.translate("JobsExcel", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    target = document.doc
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        read = read_manual(path)
    except (UserError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    if ask:
        other = read.unit_name and read.unit_name != target.unit_name
        question = (
            QCoreApplication.translate(
                "JobsExcel",
                "The file holds the job descriptions of %1. Import them into %2, replacing "
                "its %3 duties and %4 posts? Undo (Ctrl+Z) brings the current manual back.",
            )
            if other
            else QCoreApplication.translate(
                "JobsExcel",
                "Replace the job descriptions of %2 (%3 duties, %4 posts) with the file's? "
                "Undo (Ctrl+Z) brings the current manual back.",
            )
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("JobsExcel", "Import from Excel"),
            question.replace("%1", read.unit_name)
            .replace("%2", target.unit_name)
            .replace("%3", str(len(target.duties)))
            .replace("%4", str(len(target.posts))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    if not document.save_now():  # the manual before the import is what undo brings back
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        stored, _changed = document.workspace.write(
            import_manual_doc, doc=read, unit_id=target.unit_id
        )
    except (UserError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    _remember(path)
    document.apply(
        QCoreApplication.translate("JobsExcel", "Import from Excel"),
        lambda doc: _replace(doc, stored),
    )
    return stored


def _replace(doc: ManualDoc, stored: ManualDoc) -> None:
    doc.duties = stored.duties
    doc.posts = stored.posts
