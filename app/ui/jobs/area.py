"""The job descriptions work area: a unit's manual page, and the post editor on the same page.

One manual is open at a time, with one undo stack for everything done to it (duties,
posts, every cell of every post); the window's Undo/Redo follow that stack while
the area is shown. The manual saves itself a second after the last edit and at once
when the area is left or another unit is chosen. A unit's PC opens its own manual
for editing and other units' read-only; the quality office may edit any (as with
plans, :func:`app.ui.plans.review_dialog.permissions`).

The window's New/Delete/Find act here too: on the manual page they mean duties or
posts (whichever table has the focus), in the editor the 岗位职责 rows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget

from app.services import identity
from app.services.errors import UserError
from app.services.jobs import store
from app.ui.autosave import warn_save_refused
from app.ui.jobs.document import DUTY, Focus, ManualDocument, content_of
from app.ui.jobs.editor import PostEditor
from app.ui.jobs.manual_page import DUTIES, POSTS, ManualPage
from app.ui.messages import show_error
from app.ui.workspace import Workspace


class JobsArea(QStackedWidget):
    """Manual page ⇄ post editor, over one open :class:`ManualDocument`."""

    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.manual_page = ManualPage(workspace)
        self.editor = PostEditor(workspace)
        self.addWidget(self.manual_page)
        self.addWidget(self.editor)
        self.document: ManualDocument | None = None
        #: the save state, for the window's status bar (shown while the area is)
        self.save_label = QLabel()
        self.save_label.setObjectName("jobsSaveStateValue")
        self.save_label.hide()
        page, editor = self.manual_page, self.editor
        page.unit_chosen.connect(self.open_unit)
        page.open_requested.connect(self.open_post)
        page.focus_in_post.connect(self._focus_in_post)
        page.status_message.connect(self.status_message)
        page.ui.previewManualButton.clicked.connect(lambda: self.preview(None))
        page.ui.previewPostButton.clicked.connect(lambda: self.preview(page.current_post_id()))
        page.ui.exportXlsxButton.clicked.connect(lambda: self.export_xlsx())
        page.ui.importXlsxButton.clicked.connect(lambda: self.import_xlsx())
        QShortcut(QKeySequence.StandardKey.Print, page, lambda: self.preview(None))
        editor.back_requested.connect(self.show_manual)
        editor.preview_requested.connect(self.preview)
        editor.status_message.connect(self.status_message)
        workspace.org_did_change.connect(self._org_changed)
        # A sync import (or F5) says "many things changed" with an empty id.
        workspace.plan_did_change.connect(lambda plan_id: plan_id or self._mark_stale())
        workspace.identity_did_change.connect(self._identity_changed)
        self._started = False
        self._stale = False

    # -- opening ------------------------------------------------------------------------
    def _default_unit(self) -> str | None:
        """This PC's own unit; else the first unit that has a manual; else the first unit."""
        ident = self.workspace.read(identity.get_identity)
        if ident.unit_id:
            return ident.unit_id
        rows = self.workspace.read(store.list_manuals)
        with_manual = [r for r in rows if r.post_count]
        return (with_manual or rows)[0].unit_id if rows else None

    def start(self) -> None:
        """Open the default unit's manual (on first showing)."""
        self._started = True
        unit_id = self._default_unit()
        self.manual_page.fill_units(unit_id)
        if unit_id:
            self.open_unit(unit_id)

    def _read_only_reason(self, unit_id: str) -> str:
        """Why this PC may not edit the unit's manual ("" if it may)."""
        ident = self.workspace.read(identity.get_identity)
        if ident.role == identity.UNIT and ident.unit_id != unit_id:
            return QCoreApplication.translate(
                "JobsArea",
                "Read-only: this PC belongs to %1 and edits only its own job descriptions. "
                "The quality office or the department itself can change this manual.",
            ).replace("%1", ident.unit_name or "")
        return ""

    @Slot(str)
    def open_unit(self, unit_id: str, *, force: bool = False) -> bool:
        """Open a unit's manual (saving the one open before); ``force`` re-reads it if open."""
        same = self.document is not None and self.document.doc.unit_id == unit_id
        if same and not force:
            self.manual_page.select_unit(unit_id)
            return True
        if not self.flush():
            self.status_message.emit(
                QCoreApplication.translate(
                    "JobsArea",
                    "The open manual could not be saved: undo the refused change, then choose "
                    "another department.",
                )
            )
            if self.document is not None:
                self.manual_page.select_unit(self.document.doc.unit_id)
            return False
        try:
            doc = self.workspace.read(store.load_manual, unit_id=unit_id)
        except UserError as exc:
            show_error(self, exc)
            return False
        reason = self._read_only_reason(unit_id)
        document = ManualDocument(self.workspace, doc, read_only=bool(reason), parent=self)
        document.focus_provider = self._current_focus
        document.focus_requested.connect(self._show_focus)
        document.save_state_did_change.connect(self._save_state_changed)
        document.save_refused.connect(self._save_refused)
        old = self.document
        self.document = document
        self.manual_page.set_document(document, reason)
        self.editor.set_document(document)
        self.editor.set_read_only(bool(reason), reason)
        self.manual_page.select_unit(unit_id)
        self.setCurrentWidget(self.manual_page)
        if self.isVisible():
            self.workspace.activate_undo_stack(document.undo_stack)
        if old is not None:
            self.workspace.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self._save_state_changed(document.state)
        return True

    @Slot(str)
    def open_post(self, post_id: str, *, focus_title: bool = True) -> bool:
        """Show a post of the open manual in the editor."""
        if not self.editor.show_post(post_id):
            return False
        self.setCurrentWidget(self.editor)
        if focus_title:
            title = self.editor.ui.titleEdit
            title.setFocus()
            title.selectAll()
        return True

    @Slot()
    def show_manual(self) -> None:
        """Back to the duties and posts, with the post just edited selected."""
        post_id = self.editor.post_id
        self.setCurrentWidget(self.manual_page)
        if post_id and self.manual_page.select_post(post_id):
            self.manual_page.ui.postsView.setFocus()

    def editing(self) -> bool:
        """Whether the post editor is the visible page."""
        return self.currentWidget() is self.editor

    # -- where the cursor is --------------------------------------------------------------
    def _current_focus(self) -> Focus | None:
        return self.editor.current_focus() if self.editing() else self.manual_page.current_focus()

    @Slot(object)
    def _show_focus(self, focus: Focus) -> None:
        """An undo or redo step shows its place: in the editor if a post's, else on the page."""
        if self.editing():
            if focus.kind == DUTY:
                return  # a duty's text changed; the duty column shows it
            post_id = focus.post_id
            if post_id and self.document is not None and self.document.post(post_id) is None:
                return  # the editor goes back to the page on its own
            self.editor.show_focus(focus)
            return
        self.manual_page.show_focus(focus)

    def _focus_in_post(self, focus: Focus, field: str | None) -> None:
        if focus.post_id and self.open_post(focus.post_id, focus_title=False):
            self.editor.show_focus(focus, field)

    # -- saving ---------------------------------------------------------------------------
    @Slot(str)
    def _save_state_changed(self, _state: str) -> None:
        self.save_label.setText(self.document.state_text() if self.document is not None else "")

    @Slot(str)
    def _save_refused(self, message: str) -> None:
        warn_save_refused(self, message)

    def flush(self) -> bool:
        """Save the open manual now; False if the store refused it."""
        return self.document.save_now() if self.document is not None else True

    def showEvent(self, event: QShowEvent) -> None:
        if not self._started:
            self.start()
        elif self._stale:
            self.reload_if_changed()
        if self.document is not None:
            self.workspace.activate_undo_stack(self.document.undo_stack)
        self.save_label.show()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        self.workspace.activate_undo_stack(None)
        self.save_label.hide()
        super().hideEvent(event)

    def _org_changed(self, _kind: str = "", ids: tuple = ()) -> None:
        """Units renamed, added or deleted: list them again (and re-read after a sync import)."""
        if self._started:
            current = self.document.doc.unit_id if self.document else None
            self.manual_page.fill_units(current)
            if not _kind and not ids:
                self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self.reload_if_changed)

    def reload_if_changed(self) -> bool:
        """Re-read the open manual if the database holds another one; True if it did.

        A sync import or another program may have changed it while it was open; saving
        the old copy over it would undo their changes record by record.
        """
        self._stale = False
        document = self.document
        if document is None or not self.flush():
            return False
        try:
            stored = self.workspace.read(store.load_manual, unit_id=document.doc.unit_id)
        except UserError:
            return False
        if content_of(stored) == document.content():
            return False
        document.replace(stored)
        self.status_message.emit(
            QCoreApplication.translate(
                "JobsArea", "The manual of %1 was changed elsewhere and has been read again."
            ).replace("%1", stored.unit_name)
        )
        return True

    def _identity_changed(self) -> None:
        """This PC became another unit's or the office's: what it may edit changes."""
        document = self.document
        if document is None:
            return
        if bool(self._read_only_reason(document.doc.unit_id)) != document.read_only:
            self.open_unit(document.doc.unit_id, force=True)  # reopen, with the new rights

    # -- printing and Excel -----------------------------------------------------------------
    def preview(self, post_id: str | None) -> None:
        """Preview one post or the whole manual, and print or save it."""
        from app.ui.jobs.preview import show_preview

        if self.document is None:
            return
        self.flush()  # what is printed is what is stored
        show_preview(self, self.document.doc, post_id)

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        """The manual to an Excel workbook laid out like 表4."""
        from app.ui.jobs.excel_flow import export_flow

        if self.document is None:
            return None
        self.flush()
        written = export_flow(self, self.document.doc, path=path)
        if written is not None:
            self.status_message.emit(
                QCoreApplication.translate("JobsArea", "Exported to %1.").replace(
                    "%1", str(written)
                )
            )
        return written

    def import_xlsx(self, path: Path | None = None, *, ask: bool = True) -> bool:
        """A workbook as the unit's manual (one undo step)."""
        from app.ui.jobs.excel_flow import import_flow

        document = self.document
        if document is None or document.read_only:
            return False
        stored = import_flow(self, document, path=path, ask=ask)
        if stored is None:
            return False
        self.setCurrentWidget(self.manual_page)
        self.manual_page.fill_units(stored.unit_id)
        self.status_message.emit(
            QCoreApplication.translate(
                "JobsArea", "Imported: %1 duties, %2 posts, %3 standard lines."
            )
            .replace("%1", str(len(stored.duties)))
            .replace("%2", str(len(stored.posts)))
            .replace("%3", str(stored.standard_count()))
        )
        return True

    # -- the window's Edit actions ---------------------------------------------------------
    def add_record(self) -> None:
        """New (Ctrl+N): a post or duty on the page; a row of the table in the editor."""
        if self.editing():
            self.editor.add(self.editor.ui.postView.level())
            return
        focus = QApplication.focusWidget()
        self.manual_page.add(DUTIES if focus is self.manual_page.ui.dutiesView else POSTS)

    def delete_selected(self) -> None:
        """Delete (Del): the current duty or post; in the editor the current row's record."""
        focus = QApplication.focusWidget()
        if self.editing():
            if focus is self.editor.ui.postView:
                self.editor.remove()
            return
        if focus is self.manual_page.ui.dutiesView:
            self.manual_page.remove(DUTIES)
        elif focus is self.manual_page.ui.postsView:
            self.manual_page.remove(POSTS)

    def find(self) -> None:
        """Find (Ctrl+F): a post by name."""
        if self.editing():
            self.show_manual()
        self.manual_page.focus_find()

    def current_post(self) -> str | None:
        """The post shown in the editor, or selected on the page."""
        return self.editor.post_id if self.editing() else self.manual_page.current_post_id()
