"""The list of plans with its filters and actions: new, copy to next year, open, delete, print.

Enter or a double-click opens the editor; the list re-reads itself when a plan
changes anywhere (``workspace.plan_did_change``), but only when it is shown.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from app.models.plans import PlanLevel, PlanStatus
from app.services import org_queries
from app.services.errors import UserError
from app.services.plans import store
from app.services.plans.store import PlanSummary
from app.ui.forms.ui_plans_list_page import Ui_PlansListPage
from app.ui.messages import show_error
from app.ui.plans.labels import level_label, status_label
from app.ui.plans.list_model import (
    COL_WORK_NAME,
    PlanFilter,
    PlanIdRole,
    PlanListModel,
)
from app.ui.workspace import Workspace


class PlanListPage(QWidget):
    """Filterable table of plans."""

    open_requested = Signal(str)
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_PlansListPage()
        self.ui.setupUi(self)
        self.model = PlanListModel(workspace)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.plansView
        view.setModel(self.proxy)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(100)  # measure 100 rows, not all ~900
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WORK_NAME, QHeaderView.ResizeMode.Stretch)
        self._stale = True
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._reload_if_shown)
        self._fill_filters()
        self._connect()
        workspace.plan_did_change.connect(self._plans_changed)
        workspace.org_did_change.connect(lambda *_: self._plans_changed(""))

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.levelCombo.addItem(QCoreApplication.translate("PlanList", "All levels"), "")
        for level in PlanLevel:
            ui.levelCombo.addItem(level_label(level), level.value)
        ui.statusCombo.addItem(QCoreApplication.translate("PlanList", "All statuses"), "")
        for status in PlanStatus:
            ui.statusCombo.addItem(status_label(status), status.value)
        self._fill_units()

    def _fill_units(self) -> None:
        combo = self.ui.unitCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("PlanList", "All departments"), "")
        for unit_id, name in self.workspace.read(org_queries.reference_choices).get("unit", []):
            combo.addItem(name, unit_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        current = combo.currentData()
        this_year = date.today().year
        years = sorted({r.year for r in self.model.rows} | {this_year}, reverse=True)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("PlanList", "All years"), 0)
        for year in years:
            combo.addItem(str(year), year)
        if current is None:  # first time: the latest year that has plans
            with_plans = [r.year for r in self.model.rows]
            current = max(with_plans) if with_plans else this_year
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self._apply_filters()

    def _connect(self) -> None:
        ui = self.ui
        for combo in (ui.yearCombo, ui.levelCombo, ui.unitCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        ui.searchEdit.textChanged.connect(lambda _t: self._apply_filters())
        ui.plansView.activated.connect(self._activated)
        ui.plansView.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.newButton.clicked.connect(self.new_plan)
        ui.copyButton.clicked.connect(self.copy_to_next_year)
        ui.openButton.clicked.connect(self.open_selected)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.previewButton.clicked.connect(self.preview_selected)
        ui.printPdfButton.clicked.connect(self.print_selected)
        ui.exportXlsxButton.clicked.connect(lambda: self.export_selected_xlsx())
        ui.importXlsxButton.clicked.connect(lambda: self.import_xlsx())
        ui.progressButton.clicked.connect(lambda: self.show_progress())

    # -- loading -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Re-read the plans, keeping the selection where possible."""
        selected = self.selected_ids()
        self.model.reload()
        self._stale = False
        self._fill_years()
        for plan_id in selected[:1]:
            self.select_plan(plan_id)
        self._update_buttons()

    @Slot(str)
    def _plans_changed(self, _plan_id: str) -> None:
        # Coalesced, and only if still shown: opening the editor right after
        # creating a plan must not pay for re-reading hundreds of plans.
        self._stale = True
        self._reload_timer.start()

    def _reload_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self._fill_units()
            self.reload()

    def _apply_filters(self) -> None:
        ui = self.ui
        self.proxy.set_filters(
            year=ui.yearCombo.currentData() or None,
            level=ui.levelCombo.currentData() or None,
            unit_id=ui.unitCombo.currentData() or None,
            status=ui.statusCombo.currentData() or None,
            text=ui.searchEdit.text(),
        )
        ui.countLabel.setText(
            QCoreApplication.translate("PlanList", "%1 of %2 plan(s)")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )
        self._update_buttons()

    # -- selection -----------------------------------------------------------------
    def selected(self) -> list[PlanSummary]:
        """The selected plans, in view order."""
        rows = sorted({i.row() for i in self.ui.plansView.selectionModel().selectedRows()})
        return [
            self.model.summary(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows
        ]

    def selected_ids(self) -> list[str]:
        """Ids of the selected plans."""
        return [s.id for s in self.selected()]

    def select_plan(self, plan_id: str) -> bool:
        """Make a plan current (clearing filters that hide it)."""
        row = self.model.row_of(plan_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.ui.searchEdit.clear()
            for combo in (self.ui.levelCombo, self.ui.unitCombo, self.ui.statusCombo):
                combo.setCurrentIndex(0)
            self.ui.yearCombo.setCurrentIndex(
                max(self.ui.yearCombo.findData(self.model.summary(row).year), 0)
            )
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.plansView.setCurrentIndex(index)
        self.ui.plansView.selectRow(index.row())
        self.ui.plansView.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected()
        ui = self.ui
        ui.openButton.setEnabled(len(chosen) == 1)
        ui.copyButton.setEnabled(len(chosen) == 1)
        ui.previewButton.setEnabled(len(chosen) == 1)
        ui.exportXlsxButton.setEnabled(len(chosen) == 1)
        ui.printPdfButton.setEnabled(bool(chosen))
        ui.deleteButton.setEnabled(bool(chosen) and all(s.status in store.EDITABLE for s in chosen))

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        plan_id = index.data(PlanIdRole)
        if plan_id:
            self.open_requested.emit(plan_id)

    # -- actions -------------------------------------------------------------------
    def open_selected(self) -> None:
        """Open the selected plan."""
        chosen = self.selected_ids()
        if chosen:
            self.open_requested.emit(chosen[0])

    def new_plan(self, *, level: str | None = None, subject_id: str | None = None) -> None:
        """Choose level, subject and year; create from the template; open it."""
        from app.ui.plans.new_plan_dialog import NewPlanDialog

        dialog = NewPlanDialog(
            self.workspace,
            level=level,
            unit_id=self.ui.unitCombo.currentData() or None,
            parent=self,
        )
        if subject_id:
            dialog.ui.unitCombo.setCurrentIndex(0)
            dialog.select_subject(subject_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.plan_id:
            self.open_requested.emit(dialog.plan_id)

    def copy_to_next_year(self) -> None:
        """复制上一年计划: the selected plan becomes next year's draft, then opens."""
        chosen = self.selected()
        if len(chosen) != 1:
            return
        source = chosen[0]
        try:
            doc = self.workspace.write(
                store.copy_plan_to_year, plan_id=source.id, year=source.year + 1
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.workspace.plan_did_change.emit(doc.id)
        self.status_message.emit(
            QCoreApplication.translate("PlanList", "Copied to %1 as a draft.").replace(
                "%1", str(source.year + 1)
            )
        )
        self.open_requested.emit(doc.id)

    def delete_selected(self) -> None:
        """Delete the selected drafts after asking (this cannot be undone)."""
        chosen = self.selected()
        if not chosen:
            self.status_message.emit(
                QCoreApplication.translate("PlanList", "Select the plans to delete first.")
            )
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("PlanList", "Delete Plans"),
            QCoreApplication.translate(
                "PlanList", "Delete %1 plan draft(s)? This cannot be undone."
            ).replace("%1", str(len(chosen))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete(session: object) -> None:
            for summary in chosen:
                store.delete_plan(session, plan_id=summary.id)  # type: ignore[arg-type]

        try:
            self.workspace.run(delete)  # all or none
        except UserError as exc:
            show_error(self, exc)
            return
        self.workspace.plan_did_change.emit("")
        self.reload()  # at once: the user is looking at this list
        self.status_message.emit(
            QCoreApplication.translate("PlanList", "Deleted %1 plan(s).").replace(
                "%1", str(len(chosen))
            )
        )

    def preview_selected(self) -> None:
        """Preview (and print) the selected plan."""
        from app.ui.plans.preview import show_preview

        chosen = self.selected_ids()
        if len(chosen) == 1:
            try:
                doc = self.workspace.read(store.load_plan, plan_id=chosen[0])
            except UserError as exc:
                show_error(self, exc)
                return
            show_preview(self, doc, self.workspace)

    def print_selected(self) -> None:
        """Every selected plan into one PDF, in the background."""
        from app.ui.plans.preview import print_plans_to_pdf

        ids = self.selected_ids()
        if not ids:
            self.status_message.emit(
                QCoreApplication.translate("PlanList", "Select the plans to print first.")
            )
            return
        print_plans_to_pdf(self, self.workspace, ids)

    def export_selected_xlsx(self, path: Path | None = None) -> Path | None:
        """The selected plan to an Excel workbook laid out like the form."""
        from app.ui.plans.excel_flow import export_plan_flow

        chosen = self.selected_ids()
        if len(chosen) != 1:
            return None
        written = export_plan_flow(self, self.workspace, chosen[0], path=path)
        if written is not None:
            self.status_message.emit(
                QCoreApplication.translate("PlanList", "Exported to %1.").replace(
                    "%1", str(written)
                )
            )
        return written

    def import_xlsx(self, path: Path | None = None) -> str | None:
        """A plan workbook back into the database; the imported plan is selected."""
        from app.ui.plans.excel_flow import import_plan_flow

        doc = import_plan_flow(self, self.workspace, path=path)
        if doc is None:
            return None
        self.reload()
        self.select_plan(doc.id)
        self.status_message.emit(
            QCoreApplication.translate("PlanList", "Imported the %1 plan of %2.")
            .replace("%1", str(doc.year))
            .replace("%2", doc.subject_name)
        )
        return doc.id

    def show_progress(self, *, modal: bool = True) -> QDialog:
        """进度汇总; double-clicking a department lists its plans here."""
        from app.ui.plans.progress_dialog import ProgressDialog

        dialog = ProgressDialog(
            self.workspace, years=sorted({r.year for r in self.model.rows}), parent=self
        )
        dialog.unit_chosen.connect(self.show_unit_plans)
        if modal:
            dialog.exec()
        return dialog

    def show_unit_plans(self, unit_id: str, year: int) -> None:
        """Filter the list to one department's plans of a year."""
        ui = self.ui
        ui.searchEdit.clear()
        for combo in (ui.levelCombo, ui.statusCombo):
            combo.setCurrentIndex(0)
        ui.yearCombo.setCurrentIndex(max(ui.yearCombo.findData(year), 0))
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(unit_id), 0))

    def focus_search(self) -> None:
        """Ctrl+F on the list."""
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()
