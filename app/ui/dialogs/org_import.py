"""Organisation workbook: import (with a problems list and a choice), export, template.

Reading, checking and importing run in the background with progress; nothing is
written from a file with problems unless the user chooses "import the good rows",
and the import is one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from app.ui.forms.ui_import_problems_dialog import Ui_ImportProblemsDialog
from app.ui.messages import show_error
from app.ui.tasks import run_task
from app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


def _xlsx_filter() -> str:
    return QCoreApplication.translate("OrgImport", "Excel workbooks (*.xlsx)")


class ProblemsModel(QAbstractTableModel):
    """Sheet, row, column and message of each problem."""

    def __init__(self, problems: list[Any]) -> None:
        super().__init__()
        self.problems = problems
        self.headers = [
            QCoreApplication.translate("OrgImport", "Sheet"),
            QCoreApplication.translate("OrgImport", "Row"),
            QCoreApplication.translate("OrgImport", "Column"),
            QCoreApplication.translate("OrgImport", "Problem"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        p = self.problems[index.row()]
        return (p.sheet, p.row or "", p.column or "", p.message)[index.column()]


class ImportProblemsDialog(QDialog):
    """Lists the problems; offers to import only the good rows, or to cancel."""

    def __init__(self, problems: list[Any], *, good_rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ImportProblemsDialog()
        self.ui.setupUi(self)
        self.model = ProblemsModel(problems)
        self.ui.problemsView.setModel(self.model)
        self.ui.problemsView.resizeColumnsToContents()
        self.ui.summaryLabel.setText(
            QCoreApplication.translate(
                "OrgImport",
                "The workbook has %1 problem(s); nothing has been imported. Correct them in "
                "Excel and import again, or import only the %2 row(s) without problems.",
            )
            .replace("%1", str(len(problems)))
            .replace("%2", str(good_rows))
        )
        self.import_button = self.ui.buttons.addButton(
            QCoreApplication.translate("OrgImport", "Import Good Rows Only"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(good_rows > 0)
        self.ui.buttons.accepted.connect(self.accept)


def import_org_flow(parent: QWidget, workspace: Workspace, path: Path | None = None) -> None:
    """Ask for a workbook, check it, maybe ask about problems, import; all off the UI thread."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("OrgImport", "Import Organisation"),
            str(Path.home()),
            _xlsx_filter(),
        )
        if not name:
            return
        path = Path(name)

    def check(progress: Any) -> tuple[Any, list[Any]]:
        from app.excel.org_workbook import read_org
        from app.services.org_import import validate_org

        parsed = read_org(path, progress=progress)
        with workspace.db.session() as session:
            problems = list(parsed.problems) + list(validate_org(session, parsed))
        return parsed, problems

    def checked(result: tuple[Any, list[Any]]) -> None:
        parsed, problems = result
        if problems:
            dialog = ImportProblemsDialog(
                problems, good_rows=parsed.good_row_count(), parent=parent
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        _run_import(parent, workspace, parsed)

    run_task(
        parent,
        title=QCoreApplication.translate("OrgImport", "Checking the workbook…"),
        fn=check,
        on_success=checked,
        on_error=lambda exc: show_error(parent, exc),
    )


def _run_import(parent: QWidget, workspace: Workspace, parsed: Any) -> None:
    def work(progress: Any) -> Any:
        from app.services.database import backup
        from app.services.org_import import import_org

        backup(workspace.db.path, reason="before-import")
        with workspace.db.session() as session:
            return import_org(session, parsed, progress=progress)

    def done(summary: Any) -> None:
        workspace.changed_from_outside()
        QMessageBox.information(
            parent, QCoreApplication.translate("OrgImport", "Import Finished"), summary.describe()
        )

    run_task(
        parent,
        title=QCoreApplication.translate("OrgImport", "Importing the organisation…"),
        fn=work,
        on_success=done,
        on_error=lambda exc: show_error(parent, exc),
    )


def _ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), _xlsx_filter()
    )
    if not name:
        return None
    return Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")


def export_org_flow(parent: QWidget, workspace: Workspace, path: Path | None = None) -> None:
    """Write the organisation to a workbook in the background."""
    path = path or _ask_save_path(
        parent, QCoreApplication.translate("OrgImport", "Export Organisation"), "组织机构.xlsx"
    )
    if path is None:
        return

    def work(progress: Any) -> Path:
        from app.excel.org_workbook import export_org

        progress.start(0, QCoreApplication.translate("OrgImport", "Writing the workbook…"))
        with workspace.db.session() as session:
            export_org(session, path)
        return path

    run_task(
        parent,
        title=QCoreApplication.translate("OrgImport", "Exporting the organisation…"),
        fn=work,
        on_success=lambda p: QMessageBox.information(
            parent,
            QCoreApplication.translate("OrgImport", "Export Finished"),
            QCoreApplication.translate("OrgImport", "Saved to %1").replace("%1", str(p)),
        ),
        on_error=lambda exc: show_error(parent, exc),
    )


def write_template_flow(parent: QWidget, path: Path | None = None) -> None:
    """Save the empty import template with its documentation sheet."""
    path = path or _ask_save_path(
        parent,
        QCoreApplication.translate("OrgImport", "Save Import Template"),
        "组织机构导入模板.xlsx",
    )
    if path is None:
        return
    try:
        from app.excel.org_workbook import write_template

        write_template(path)
    except Exception as exc:
        show_error(parent, exc)
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("OrgImport", "Template Saved"),
        QCoreApplication.translate("OrgImport", "Saved to %1").replace("%1", str(path)),
    )
