"""A page of organisation tables for one tree node: the college, a unit or a major.

Each tab is a filterable, sortable table edited in place; 新增/删除 act on the
current tab, and every change goes through the undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import org
from app.services.errors import UserError
from app.services.org_queries import Scope
from app.ui.org.commands import CreateRecordCommand, DeleteRecordsCommand
from app.ui.org.delegate import OrgItemDelegate
from app.ui.org.table_model import OrgTableModel
from app.ui.workspace import Workspace

TAB_TITLES = {
    "institution": QT_TRANSLATE_NOOP("OrgTablesPage", "College"),
    "unit": QT_TRANSLATE_NOOP("OrgTablesPage", "Units"),
    "major": QT_TRANSLATE_NOOP("OrgTablesPage", "Majors"),
    "course": QT_TRANSLATE_NOOP("OrgTablesPage", "Courses"),
    "person": QT_TRANSLATE_NOOP("OrgTablesPage", "People"),
    "class": QT_TRANSLATE_NOOP("OrgTablesPage", "Classes"),
    "role": QT_TRANSLATE_NOOP("OrgTablesPage", "Roles"),
}


def _translated(source: str) -> str:
    """Translate a source marked elsewhere with QT_TRANSLATE_NOOP."""
    return QCoreApplication.translate("OrgTablesPage", source)


class OrgTableView(QTableView):
    """A table of one kind with a search filter in front of it."""

    def __init__(self, model: OrgTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setItemDelegate(OrgItemDelegate(self))
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        names = [f.name for f in model.fields]
        if "name" in names:  # the name takes the spare width, not the last column
            header.setSectionResizeMode(names.index("name"), QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(_translated(TAB_TITLES.get(model.kind, model.kind)))

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in view order."""
        rows = sorted(
            {self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()}
        )
        return [self.source.record_id(r) for r in rows]

    def select_record(self, record_id: str, *, edit_column: int | None = None) -> bool:
        """Make ``record_id`` current (and optionally start editing a cell)."""
        row = self.source.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.source.index(row, edit_column or 0))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if edit_column is not None:
            self.edit(index)
        return True


class OrgTablesPage(QWidget):
    """Tabs of tables for a scope; knows how to add and delete in the current tab."""

    status_message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        *,
        title: str,
        kinds: Sequence[str],
        scope: Scope = Scope(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.scope = scope
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            QCoreApplication.translate("OrgTablesPage", "Filter rows (name, code, staff number…)")
        )
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.views: dict[str, OrgTableView] = {}
        for kind in kinds:
            model = OrgTableModel(workspace, kind, scope)
            model.edit_failed.connect(self._edit_failed)
            view = OrgTableView(model)
            self.views[kind] = view
            self.tabs.addTab(view, _translated(TAB_TITLES[kind]))
        self.filter.textChanged.connect(self._apply_filter)
        self.tabs.currentChanged.connect(self._tab_shown)
        workspace.org_did_change.connect(self._org_changed)

    def showEvent(self, event: QShowEvent) -> None:
        self._tab_shown()
        super().showEvent(event)

    def reload(self) -> None:
        """Re-read every table this page has shown."""
        for view in self.views.values():
            if view.source.loaded:
                view.source.reload()

    def current_view(self) -> OrgTableView:
        """The table of the visible tab."""
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def show_kind(self, kind: str) -> OrgTableView | None:
        """Switch to the tab of ``kind`` if this page has one."""
        view = self.views.get(kind)
        if view is not None:
            self.tabs.setCurrentWidget(view)
            view.source.ensure_loaded()
        return view

    def _tab_shown(self, *_args: object) -> None:
        view = self.current_view()
        if view is not None:
            view.source.ensure_loaded()
            view.resizeColumnsToContents()
            self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        self.current_view().proxy.setFilterFixedString(text.strip())

    def _org_changed(self, kind: str, ids: tuple[str, ...]) -> None:
        for view_kind, view in self.views.items():
            if view_kind == kind:
                view.source.refresh_records(ids)
            else:
                view.source.refresh_choices()

    def _edit_failed(self, message: str) -> None:
        QMessageBox.warning(
            self, QCoreApplication.translate("OrgTablesPage", "Cannot Save This Change"), message
        )

    # -- actions -------------------------------------------------------------
    def add_record(self) -> None:
        """Add a row to the current table with sensible defaults, then edit its name."""
        view = self.current_view()
        kind = view.source.kind
        try:
            values = self.workspace.read(
                org.new_record_defaults,
                kind=kind,
                unit_id=self.scope.unit_id,
                major_id=self.scope.major_id,
            )
            command = CreateRecordCommand(self.workspace, kind, values)
            command.execute()
        except UserError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("OrgTablesPage", "Cannot Add"), str(exc)
            )
            return
        if self.filter.text():
            self.filter.clear()
        fields = [f.name for f in org.kind_of(kind).fields]
        view.select_record(command.record_id or "", edit_column=fields.index("name"))

    def delete_selected(self) -> None:
        """Soft-delete the selected rows of the current table, as one undo step."""
        view = self.current_view()
        ids = view.selected_ids()
        if not ids:
            self.status_message.emit(
                QCoreApplication.translate("OrgTablesPage", "Select the rows to delete first.")
            )
            return
        try:
            DeleteRecordsCommand(self.workspace, view.source.kind, ids).execute()
        except UserError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("OrgTablesPage", "Cannot Delete"), str(exc)
            )
            return
        self.status_message.emit(self.tr("Deleted %n row(s). Undo with Ctrl+Z.", "", len(ids)))
