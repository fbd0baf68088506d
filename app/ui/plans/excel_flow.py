"""A plan to and from Excel in the window: choose the file, write or read it, say what happened.

The workbook is laid out like the paper form (app.excel.oppm_workbook), so a
secretary who prefers Excel or WPS can fill it there and bring it back. Reading
refuses a wrong sheet naming the cell; storing happens in one transaction, so a
refused file leaves every plan as it was. Both take well under a second for one
plan (benchmarks/bench_oppm_xlsx.py), so they run in the UI thread with a busy
cursor rather than behind a progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.errors import UserError
from app.ui.messages import show_error
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.plans.doc import PlanDoc

_FOLDER_KEY = "plans/excelFolder"


def _last_folder() -> str:
    return str(QSettings().value(_FOLDER_KEY, str(Path.home())))


def _remember(path: Path) -> None:
    QSettings().setValue(_FOLDER_KEY, str(path.parent))


def export_plan_flow(
    parent: QWidget, workspace: Workspace, plan_id: str, *, path: Path | None = None
) -> Path | None:
    """Write the plan to an .xlsx the user chooses; the file written, or None."""
    from app.excel.oppm_workbook import export_plan
    from app.services.plans.store import load_plan
    from app.services.plans.transfer import staff_numbers

    def read(session: Session) -> tuple[PlanDoc, dict[str, str]]:
        doc = load_plan(session, plan_id=plan_id)
        return doc, staff_numbers(session, doc=doc)  # owners as “张三(20050089)A”

    try:
        doc, staff_nos = workspace.run(read)
    except UserError as exc:
        show_error(parent, exc)
        return None
    if path is None:
        suggested = Path(_last_folder()) / f"{doc.year}-{doc.subject_name}-一页纸计划.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PlanExcel", "Export Plan to Excel"),
            str(suggested),
            QCoreApplication.translate("PlanExcel", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_plan(doc, path, staff_nos=staff_nos)
    except (UserError, OSError) as exc:
        show_error(parent, exc)
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    _remember(path)
    return path


def import_plan_flow(
    parent: QWidget, workspace: Workspace, *, path: Path | None = None
) -> PlanDoc | None:
    """Read a plan workbook and store it (over the same plan, or as a new one)."""
    from app.excel.oppm_workbook import read_plan
    from app.services.plans.transfer import import_plan_doc

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("PlanExcel", "Import Plan from Excel"),
            _last_folder(),
            QCoreApplication.translate("PlanExcel", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        doc = read_plan(path)
        stored = workspace.write(import_plan_doc, doc=doc)
    except (UserError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    _remember(path)
    workspace.plan_did_change.emit(stored.id)
    return stored
