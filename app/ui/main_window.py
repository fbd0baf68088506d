"""The main window shell: menus, toolbar, status bar, layout memory, language.

It imports nothing but Qt, so it can be on screen before SQLAlchemy is loaded and
the database opened (~0.8 s); :meth:`MainWindow.attach` then hands the open
workspace to a :class:`~app.ui.navigator.Navigator`, which fills the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from app.ui import i18n
from app.ui.forms.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from app.ui.navigator import Navigator
    from app.ui.workspace import Workspace

# Actions that need an open database.
_DATA_ACTIONS = (
    "actionImportOrg",
    "actionExportOrg",
    "actionIdentity",
    "actionOpenDataFolder",
    "actionAdd",
    "actionDelete",
    "actionFind",
    "actionRefresh",
    "actionAbout",
)


class MainWindow(QMainWindow):
    """One window per open database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(1, 1)
        self.workspace: Workspace | None = None
        self.navigator: Navigator | None = None
        self.identity_label = QLabel()
        self.ui.statusBar.addPermanentWidget(self.identity_label)
        loading = QLabel(self.tr("Opening the data file…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.pages.addWidget(loading)
        for name in _DATA_ACTIONS:
            getattr(self.ui, name).setEnabled(False)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionFocusNav.triggered.connect(self.ui.navTree.setFocus)
        self._setup_languages()
        self._restore_geometry()

    def attach(self, workspace: Workspace) -> Navigator:
        """Show ``workspace`` in this window (after the database has opened)."""
        from app.ui.navigator import Navigator

        self.workspace = workspace
        self._setup_undo(workspace)
        for name in _DATA_ACTIONS:
            getattr(self.ui, name).setEnabled(True)
        self.navigator = Navigator(self, workspace)
        return self.navigator

    def _setup_undo(self, workspace: Workspace) -> None:
        # The group follows whichever stack is active: the organisation's, or the
        # open plan's while its editor is shown.
        group = workspace.undo_group
        self.undo_action = group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y, Ctrl+Shift+Z
        first = self.ui.menuEdit.actions()[0]
        self.ui.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        self.ui.menuEdit.insertSeparator(first)
        tool_first = self.ui.toolBar.actions()[0]
        self.ui.toolBar.insertActions(tool_first, [self.undo_action, self.redo_action])
        self.ui.toolBar.insertSeparator(tool_first)

    def _setup_languages(self) -> None:
        languages = QActionGroup(self)
        for action, code in ((self.ui.actionChinese, "zh_CN"), (self.ui.actionEnglish, "en")):
            languages.addAction(action)
            action.setChecked(i18n.current_language() == code)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))

    def _set_language(self, code: str) -> None:
        if code == i18n.current_language():
            return
        i18n.save_language(code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language takes effect when the workbench starts next time."),
        )

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

    # Conveniences for tests and links between pages.
    def current_page(self) -> QWidget:
        """The page on the right."""
        return self.ui.pages.currentWidget()

    def select_node(self, kind: str, record_id: str | None) -> bool:
        """Select a tree node (see :meth:`Navigator.select_node`)."""
        return self.navigator is not None and self.navigator.select_node(kind, record_id)

    @property
    def nav_model(self) -> QStandardItemModel:
        """The navigation tree's model."""
        assert self.navigator is not None
        return self.navigator.model


def window_title(college: str) -> str:
    """The title bar text for a college."""
    return QCoreApplication.translate("MainWindow", "Zhengai Workbench — %1").replace("%1", college)
