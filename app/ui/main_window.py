"""The main window: navigation tree on the left, the selected page on the right.

It composes the Designer form (forms/main_window.ui), routes menu actions to the
current page, and rebuilds the tree when the organisation changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, QSettings, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QStandardItemModel,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from app.services import identity, org, org_queries
from app.services.org_queries import Scope
from app.ui import i18n
from app.ui.dialogs import org_import
from app.ui.dialogs.about import AboutDialog
from app.ui.dialogs.identity_wizard import IdentityWizard
from app.ui.forms.ui_main_window import Ui_MainWindow
from app.ui.nav_model import IdRole, KindRole, build_nav_model
from app.ui.org.tables_page import OrgTablesPage
from app.ui.placeholder_page import PlaceholderPage
from app.ui.workspace import Workspace

COLLEGE_KINDS = ("unit", "major", "course", "person", "class")
ACADEMIC_KINDS = ("major", "course", "class", "person")


class MainWindow(QMainWindow):
    """One window per open database."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.nav_model = QStandardItemModel(self)
        self.ui.navTree.setModel(self.nav_model)
        self.ui.splitter.setStretchFactor(1, 1)
        self._pages: dict[tuple[str, str | None], QWidget] = {}
        self._setup_undo()
        self._setup_actions()
        self._identity_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self._identity_label)
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self.rebuild_navigation)
        workspace.org_did_change.connect(lambda *_: self._rebuild_timer.start())
        workspace.identity_did_change.connect(self._show_identity)
        self.ui.navTree.selectionModel().currentChanged.connect(self._nav_changed)
        self._restore_geometry()

    # -- set-up ----------------------------------------------------------------
    def _setup_undo(self) -> None:
        stack = self.workspace.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        first = self.ui.menuEdit.actions()[0]
        self.ui.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        self.ui.menuEdit.insertSeparator(first)
        tool_first = self.ui.toolBar.actions()[0]
        self.ui.toolBar.insertActions(tool_first, [self.undo_action, self.redo_action])
        self.ui.toolBar.insertSeparator(tool_first)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionIdentity.triggered.connect(self.change_identity)
        ui.actionImportOrg.triggered.connect(
            lambda: org_import.import_org_flow(self, self.workspace)
        )
        ui.actionExportOrg.triggered.connect(
            lambda: org_import.export_org_flow(self, self.workspace)
        )
        ui.actionWriteTemplate.triggered.connect(lambda: org_import.write_template_flow(self))
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionFocusNav.triggered.connect(ui.navTree.setFocus)
        ui.actionAdd.triggered.connect(self._add)
        ui.actionDelete.triggered.connect(self._delete)
        ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.db.path.parent)))
        )
        languages = QActionGroup(self)
        for action, code in ((ui.actionChinese, "zh_CN"), (ui.actionEnglish, "en")):
            languages.addAction(action)
            action.setChecked(i18n.current_language() == code)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([280, 900])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window layout."""
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        super().closeEvent(event)

    # -- content ---------------------------------------------------------------
    def load(self) -> None:
        """Show the organisation; select the college."""
        self.rebuild_navigation()
        self._show_identity()

    def _current_key(self) -> tuple[str, str | None] | None:
        index = self.ui.navTree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KindRole), index.data(IdRole)

    @Slot()
    def rebuild_navigation(self) -> None:
        """Re-read the tree, keeping the selection and expanded nodes where they still exist."""
        current = self._current_key()
        expanded = self._expanded_keys()
        root = self.workspace.read(org_queries.tree)
        build_nav_model(self.nav_model, root)
        self.ui.navTree.expand(self.nav_model.index(0, 0))
        for row in range(self.nav_model.rowCount(self.nav_model.index(0, 0))):
            self.ui.navTree.expand(self.nav_model.index(row, 0, self.nav_model.index(0, 0)))
        self.ui.navTree.expand(self.nav_model.index(1, 0))
        self._expand_keys(expanded)
        target = self._find(current) if current else None
        self.ui.navTree.setCurrentIndex(target or self.nav_model.index(0, 0))
        title = root.label or self.tr("No organisation yet")
        self.setWindowTitle(self.tr("Zhengai Workbench — %1").replace("%1", title))
        self._refresh_page_titles()

    def _walk(self, parent: QModelIndex = QModelIndex()) -> Iterator[QModelIndex]:
        for row in range(self.nav_model.rowCount(parent)):
            index = self.nav_model.index(row, 0, parent)
            yield index
            yield from self._walk(index)

    def _expanded_keys(self) -> set[tuple[str, str | None]]:
        return {
            (i.data(KindRole), i.data(IdRole))
            for i in self._walk()
            if self.ui.navTree.isExpanded(i)
        }

    def _expand_keys(self, keys: set[tuple[str, str | None]]) -> None:
        for index in self._walk():
            if (index.data(KindRole), index.data(IdRole)) in keys:
                self.ui.navTree.expand(index)

    def _find(self, key: tuple[str, str | None]) -> QModelIndex | None:
        for index in self._walk():
            if (index.data(KindRole), index.data(IdRole)) == key:
                return index
        return None

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
        kind, record_id = current.data(KindRole), current.data(IdRole)
        page, tab, select = self._page_for(kind, record_id, current)
        if page is None:
            return
        self.ui.pages.setCurrentWidget(page)
        if isinstance(page, OrgTablesPage) and tab:
            view = page.show_kind(tab)
            if view is not None and select:
                view.select_record(select)
        self._update_action_state()

    def _page_for(
        self, kind: str, record_id: str | None, index: QModelIndex
    ) -> tuple[QWidget | None, str | None, str | None]:
        """The page, tab and record to show for a tree node."""
        parent = index.parent()
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
        return inst.name if inst else self.tr("College")

    def _unit_page(self, unit_id: str | None) -> QWidget:
        def make() -> QWidget:
            row = self.workspace.read(org_queries.get_row, kind="unit", record_id=unit_id)
            academic = row is not None and row["kind"] == "academic"
            return OrgTablesPage(
                self.workspace,
                title=row["name"] if row else "",
                kinds=ACADEMIC_KINDS if academic else ("person",),
                scope=Scope(unit_id=unit_id),
            )

        return self._cached(("unit", unit_id), make)

    def _major_page(self, major_id: str | None) -> QWidget:
        def make() -> QWidget:
            row = self.workspace.read(org_queries.get_row, kind="major", record_id=major_id)
            return OrgTablesPage(
                self.workspace,
                title=row["name"] if row else "",
                kinds=("course", "class"),
                scope=Scope(major_id=major_id),
            )

        return self._cached(("major", major_id), make)

    def _area_page(self, key: str) -> QWidget:
        return self._cached(("area", key), lambda: PlaceholderPage(key))

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

    def current_page(self) -> QWidget:
        """The page on the right."""
        return self.ui.pages.currentWidget()

    def _update_action_state(self) -> None:
        editable = isinstance(self.current_page(), OrgTablesPage)
        self.ui.actionAdd.setEnabled(editable)
        self.ui.actionDelete.setEnabled(editable)

    def _add(self) -> None:
        page = self.current_page()
        if isinstance(page, OrgTablesPage):
            page.add_record()

    def _delete(self) -> None:
        page = self.current_page()
        if isinstance(page, OrgTablesPage):
            page.delete_selected()

    @Slot()
    def refresh(self) -> None:
        """Re-read everything (F5), e.g. after another program changed the file."""
        for page in self._pages.values():
            if isinstance(page, OrgTablesPage):
                for view in page.views.values():
                    if view.source._loaded:
                        view.source.reload()
        self.rebuild_navigation()
        self.ui.statusBar.showMessage(self.tr("Refreshed."), 3000)

    @Slot()
    def _show_identity(self) -> None:
        ident = self.workspace.read(identity.get_identity)
        self._identity_label.setText(self.tr("This PC: %1").replace("%1", ident.describe()))

    # -- dialogs ---------------------------------------------------------------
    @Slot()
    def show_about(self) -> None:
        """Version, data file, identity."""
        AboutDialog(self.workspace, self).exec()

    @Slot()
    def change_identity(self) -> None:
        """Re-run the identity choice."""
        IdentityWizard(self.workspace, first_start=False, parent=self).exec()

    def _set_language(self, code: str) -> None:
        if code == i18n.current_language():
            return
        i18n.save_language(code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language takes effect when the workbench starts next time."),
        )
