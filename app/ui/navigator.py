"""What fills the main window once a database is open: the tree, its pages and their actions.

The tree (units → majors → courses, classes; people) is rebuilt when the
organisation changes; pages are made on first visit and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import QWidget

from app.services import identity, org, org_queries
from app.services.org_queries import Scope
from app.ui.dialogs import org_import
from app.ui.nav_model import IdRole, KindRole, build_nav_model
from app.ui.org.tables_page import OrgTablesPage
from app.ui.placeholder_page import PlaceholderPage
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

COLLEGE_KINDS = ("institution", "unit", "major", "course", "person", "class", "role")
ACADEMIC_KINDS = ("major", "course", "class", "person", "role")
OFFICE_KINDS = ("person", "role")


class Navigator(QObject):
    """Owns the navigation model and the pages of one window."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.ui = window.ui
        self.workspace = workspace
        self.model = QStandardItemModel(self)
        self.ui.navTree.setModel(self.model)
        self._pages: dict[tuple[str, str | None], QWidget] = {}
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        workspace.org_did_change.connect(lambda *_: self._rebuild_timer.start())
        workspace.identity_did_change.connect(self.show_identity)
        self.ui.navTree.selectionModel().currentChanged.connect(self._nav_changed)
        self._connect_actions()
        from app.ui.plans.nav_hook import install_plan_menu

        install_plan_menu(self)

    def _connect_actions(self) -> None:
        ui, win, ws = self.ui, self.window, self.workspace
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionIdentity.triggered.connect(self.change_identity)
        ui.actionImportOrg.triggered.connect(lambda: org_import.import_org_flow(win, ws))
        ui.actionExportOrg.triggered.connect(lambda: org_import.export_org_flow(win, ws))
        ui.actionWriteTemplate.triggered.connect(lambda: org_import.write_template_flow(win))
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionAdd.triggered.connect(self._add)
        ui.actionDelete.triggered.connect(self._delete)
        ui.actionFind.triggered.connect(self._find_in_table)
        ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ws.db.path.parent)))
        )
        from app.ui.sync.nav_hook import connect_sync_actions

        connect_sync_actions(self)

    # -- the tree --------------------------------------------------------------
    def load(self) -> None:
        """Show the organisation and this PC's identity; select the college."""
        self.rebuild()
        self.show_identity()

    def _current_key(self) -> tuple[str, str | None] | None:
        index = self.ui.navTree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KindRole), index.data(IdRole)

    @Slot()
    def rebuild(self) -> None:
        """Re-read the tree, keeping the selection and expanded nodes where they still exist."""
        from app.ui.main_window import window_title

        current = self._current_key()
        expanded = {self._key(i) for i in self._walk() if self.ui.navTree.isExpanded(i)}
        root = self.workspace.read(org_queries.tree)
        build_nav_model(self.model, root)
        college = self.model.index(0, 0)
        self.ui.navTree.expand(college)
        for row in range(self.model.rowCount(college)):
            self.ui.navTree.expand(self.model.index(row, 0, college))
        self.ui.navTree.expand(self.model.index(1, 0))
        for index in self._walk():
            if self._key(index) in expanded:
                self.ui.navTree.expand(index)
        target = self._find(current) if current else None
        self.ui.navTree.setCurrentIndex(target or college)
        self.window.setWindowTitle(
            window_title(
                root.label or QCoreApplication.translate("MainWindow", "No organisation yet")
            )
        )
        self._refresh_page_titles()

    @staticmethod
    def _key(index: QModelIndex) -> tuple[str, str | None]:
        return index.data(KindRole), index.data(IdRole)

    def _walk(self, parent: QModelIndex = QModelIndex()) -> Iterator[QModelIndex]:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            yield index
            yield from self._walk(index)

    def _find(self, key: tuple[str, str | None]) -> QModelIndex | None:
        return next((i for i in self._walk() if self._key(i) == key), None)

    def select_node(self, kind: str, record_id: str | None) -> bool:
        """Select a tree node programmatically (tests, links between pages)."""
        index = self._find((kind, record_id))
        if index is None:
            return False
        self.ui.navTree.setCurrentIndex(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _nav_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind, record_id = self._key(current)
        page, tab, select = self._page_for(kind, record_id, current.parent())
        if page is None:
            return
        self.ui.pages.setCurrentWidget(page)
        if isinstance(page, OrgTablesPage) and tab:
            view = page.show_kind(tab)
            if view is not None and select:
                view.select_record(select)
        editable = hasattr(page, "add_record")  # organisation tables, plans
        for action in (self.ui.actionAdd, self.ui.actionDelete, self.ui.actionFind):
            action.setEnabled(editable)

    # -- pages -----------------------------------------------------------------
    def _page_for(
        self, kind: str, record_id: str | None, parent: QModelIndex
    ) -> tuple[QWidget | None, str | None, str | None]:
        """The page, tab and record to show for a tree node."""
        if kind == "institution":
            return self._college_page(), None, None
        if kind == "group":
            return self._college_page(), "unit", None
        if kind == "unit":
            return self._unit_page(record_id), None, None
        if kind == "people":
            return self._unit_page(record_id), "person", None
        if kind == "person":
            return self._unit_page(parent.data(IdRole)), "person", record_id
        if kind == "major":
            return self._major_page(record_id), None, None
        if kind in ("course", "class"):
            return self._major_page(parent.data(IdRole)), kind, record_id
        if kind == "area":
            return self._area_page(record_id or ""), None, None
        if kind == "areas":
            return self._area_page("plans"), None, None
        return None, None, None

    def _cached(self, key: tuple[str, str | None], make: Callable[[], QWidget]) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            page = make()
            if isinstance(page, OrgTablesPage):
                page.status_message.connect(lambda m: self.ui.statusBar.showMessage(m, 5000))
            self._pages[key] = page
            self.ui.pages.addWidget(page)
        return page

    def _college_page(self) -> QWidget:
        return self._cached(
            ("college", None),
            lambda: OrgTablesPage(self.workspace, title=self._college_title(), kinds=COLLEGE_KINDS),
        )

    def _college_title(self) -> str:
        inst = self.workspace.read(org.institution)
        return inst.name if inst else QCoreApplication.translate("MainWindow", "College")

    def _scoped_page(self, kind: str, record_id: str | None) -> QWidget:
        def make() -> QWidget:
            row = self.workspace.read(org_queries.get_row, kind=kind, record_id=record_id)
            if kind == "major":
                kinds, scope = ("course", "class"), Scope(major_id=record_id)
            else:
                academic = row is not None and row["kind"] == "academic"
                kinds, scope = (
                    (ACADEMIC_KINDS if academic else OFFICE_KINDS),
                    Scope(unit_id=record_id),
                )
            title = row["name"] if row else ""
            return OrgTablesPage(self.workspace, title=title, kinds=kinds, scope=scope)

        return self._cached((kind, record_id), make)

    def _unit_page(self, unit_id: str | None) -> QWidget:
        return self._scoped_page("unit", unit_id)

    def _major_page(self, major_id: str | None) -> QWidget:
        return self._scoped_page("major", major_id)

    def _area_page(self, key: str) -> QWidget:
        from app.ui.area_pages import area_page_factory

        factory = area_page_factory(key)
        if factory is None:
            return self._cached(("area", key), lambda: PlaceholderPage(key))
        return self._cached(("area", key), lambda: factory(self))

    def _refresh_page_titles(self) -> None:
        for (kind, record_id), page in self._pages.items():
            if not isinstance(page, OrgTablesPage):
                continue
            if kind == "college":
                page.title.setText(self._college_title())
            else:
                row = self.workspace.read(org_queries.get_row, kind=kind, record_id=record_id)
                if row:
                    page.title.setText(row["name"])

    # -- actions ---------------------------------------------------------------
    def _add(self) -> None:
        page = self.window.current_page()
        if hasattr(page, "add_record"):
            page.add_record()

    def _delete(self) -> None:
        page = self.window.current_page()
        if hasattr(page, "delete_selected"):
            page.delete_selected()

    def _find_in_table(self) -> None:
        page = self.window.current_page()
        if isinstance(page, OrgTablesPage):
            page.filter.setFocus()
            page.filter.selectAll()
        elif hasattr(page, "find"):
            page.find()

    @Slot()
    def refresh(self) -> None:
        """Re-read everything (F5), e.g. after another program changed the file."""
        for page in self._pages.values():
            if isinstance(page, OrgTablesPage):
                page.reload()
        self.workspace.plan_did_change.emit("")  # the plans list re-reads too
        self.rebuild()
        self.ui.statusBar.showMessage(QCoreApplication.translate("MainWindow", "Refreshed."), 3000)

    @Slot()
    def show_identity(self) -> None:
        """This PC's identity in the status bar."""
        ident = self.workspace.read(identity.get_identity)
        self.window.identity_label.setText(
            QCoreApplication.translate("MainWindow", "This PC: %1").replace("%1", ident.describe())
        )

    @Slot()
    def show_about(self) -> None:
        """Version, data file, identity."""
        from app.ui.dialogs.about import AboutDialog

        AboutDialog(self.workspace, self.window).exec()

    @Slot()
    def change_identity(self) -> None:
        """Re-run the identity choice."""
        from app.ui.dialogs.identity_wizard import IdentityWizard

        IdentityWizard(self.workspace, first_start=False, parent=self.window).exec()
