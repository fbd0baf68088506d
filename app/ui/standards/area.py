"""The standards work area: the college's catalogs, and subjects' own standards, as two tabs.

The window's Undo/Redo follow the tab shown: the open catalog's stack on the catalogs
tab, the own-standard page's stack on the other (an empty stack while no catalog is
open, so Ctrl+Z never undoes something out of sight). The catalog is saved when the
area or its tab is left; a saved catalog change makes the own-standard tab read again.
The window's New/Delete/Find act on the tab shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QWidget

from app.ui.standards.catalog_page import CatalogPage
from app.ui.standards.own_page import OwnStandardPage
from app.ui.workspace import Workspace


class StandardsArea(QTabWidget):
    """Catalogs ⇄ own standards."""

    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standardsArea")
        self.workspace = workspace
        self.catalog_page = CatalogPage(workspace)
        self.own_page = OwnStandardPage(workspace)
        self.addTab(self.catalog_page, QCoreApplication.translate("StandardsArea", "&Catalogs"))
        self.addTab(self.own_page, QCoreApplication.translate("StandardsArea", "&Own Standards"))
        self.setTabToolTip(
            0,
            QCoreApplication.translate(
                "StandardsArea",
                "The college's standards catalogs per year: dimensions, standards, control "
                "points and their targets",
            ),
        )
        self.setTabToolTip(
            1,
            QCoreApplication.translate(
                "StandardsArea",
                "自身发展标准: a major, course, teacher or class sets its own targets against "
                "its catalog, starting from the college's",
            ),
        )
        self._idle_stack = QUndoStack(self)  # active while no catalog is open
        #: the catalog's save state, for the window's status bar (shown while the area is)
        self.save_label = QLabel()
        self.save_label.setObjectName("standardsSaveStateValue")
        self.save_label.hide()
        self._started = False
        self.catalog_page.status_message.connect(self.status_message)
        self.own_page.status_message.connect(self.status_message)
        self.catalog_page.document_did_change.connect(self._document_changed)
        self.catalog_page.catalog_did_save.connect(self.own_page.mark_stale)
        workspace.org_did_change.connect(lambda *_: self.own_page.mark_stale())
        self.currentChanged.connect(self._tab_changed)

    # -- undo and saving ------------------------------------------------------------------
    def _stack(self) -> QUndoStack:
        if self.currentWidget() is self.own_page:
            return self.own_page.undo_stack
        document = self.catalog_page.document
        return document.undo_stack if document is not None else self._idle_stack

    def _activate(self) -> None:
        if self.isVisible():
            self.workspace.activate_undo_stack(self._stack())

    @Slot()
    def _document_changed(self) -> None:
        document = self.catalog_page.document
        if document is not None:
            document.save_state_did_change.connect(self._save_state_changed)
        self._save_state_changed(document.state if document is not None else "")
        self._activate()

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if self.currentWidget() is not self.catalog_page:
            self.catalog_page.flush()
        self._activate()

    @Slot(str)
    def _save_state_changed(self, _state: str) -> None:
        document = self.catalog_page.document
        if document is None or document.read_only:
            self.save_label.setText("")
        else:
            self.save_label.setText(document.state_text())

    def flush(self) -> bool:
        """Save the open catalog now; False if the store refused it."""
        return self.catalog_page.flush()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._started:
            self._started = True
            self.catalog_page.start()
        self.save_label.show()
        super().showEvent(event)
        self._activate()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        self.workspace.activate_undo_stack(None)
        self.save_label.hide()
        super().hideEvent(event)

    # -- the window's Edit actions -----------------------------------------------------------
    def add_record(self) -> None:
        """New (Ctrl+N): an entry after the current one, or a target / an extra own target."""
        if self.currentWidget() is self.own_page:
            self.own_page.add_extra()
        elif QApplication.focusWidget() is self.catalog_page.ui.targetsView:
            self.catalog_page.add_target()
        else:
            self.catalog_page.add_after()

    def delete_selected(self) -> None:
        """Delete (Del): retire the entry, remove the target, or clear the own target."""
        focus = QApplication.focusWidget()
        if self.currentWidget() is self.own_page:
            if focus is self.own_page.ui.rowsView:
                self.own_page.clear_own()
        elif focus is self.catalog_page.ui.targetsView:
            self.catalog_page.remove_target()
        elif focus is self.catalog_page.ui.treeView:
            self.catalog_page.retire_or_restore(retire_only=True)

    def find(self) -> None:
        """Find (Ctrl+F): an entry of the catalog, or a subject."""
        if self.currentWidget() is self.own_page:
            self.own_page.focus_find()
        else:
            self.catalog_page.focus_find()
