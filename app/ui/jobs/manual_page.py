"""The manual page: which unit, its duties (部门职责), its posts, and what the checks found.

Duties are edited in place; a post opens in the editor (Enter or double-click). Insert
adds, Del deletes, Ctrl+↑/↓ moves in whichever table has the focus; a post is deleted
only after asking, and everything is undoable. A click on a check goes to its place:
a duty here, anything inside a post in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from app.services.jobs import store
from app.services.jobs.doc import (
    DutyDoc,
    ManualDoc,
    PostDoc,
    copy_post_in,
    move_in_list,
    move_post,
    remove_duty,
)
from app.ui.forms.ui_jobs_manual_page import Ui_JobsManualPage
from app.ui.jobs.checks_model import CheckEntry, ChecksModel, EntryRole, manual_entries
from app.ui.jobs.document import DUTY, POST, Focus, ManualDocument
from app.ui.jobs.manual_models import (
    DUTY_NUMBER,
    DUTY_POSTS,
    DUTY_TEXT,
    POST_CHECKS,
    POST_TITLE,
    DutiesModel,
    PostsModel,
)
from app.ui.workspace import Workspace

DUTIES = "duties"
POSTS = "posts"


class _TableKeys(QObject):
    """Insert / Del / Ctrl+↑↓ (and Enter on the posts) for one of the page's tables."""

    def __init__(self, view: QTableView, page: ManualPage, section: str) -> None:
        super().__init__(view)
        self.view, self.page, self.section = view, page, section
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if self.view.state() == QAbstractItemView.State.EditingState:
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        key = event.key()
        if key == Qt.Key.Key_Insert:
            self.page.add(self.section)
        elif key == Qt.Key.Key_Delete:
            self.page.remove(self.section)
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.page.move(self.section, -1 if key == Qt.Key.Key_Up else 1)
        elif self.section == POSTS and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.page.open_current()
        else:
            return False
        return True


class ManualPage(QWidget):
    """The unit chooser, the duties and posts tables and the manual's checks."""

    unit_chosen = Signal(str)
    open_requested = Signal(str)  # a post id
    #: a check about a place inside a post: (Focus, field)
    focus_in_post = Signal(object, object)
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_JobsManualPage()
        self.ui.setupUi(self)
        self.document: ManualDocument | None = None
        self.duties_model: DutiesModel | None = None
        self.posts_model: PostsModel | None = None
        self.checks_model = ChecksModel()
        self.ui.checksView.setModel(self.checks_model)
        self._filling = False
        self._current: tuple[str | None, str | None] = (None, None)
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        duties = ui.dutiesView
        duties.verticalHeader().setVisible(False)
        # Duties are sentences: rows grow to show them whole (a unit has a handful).
        duties.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        duties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        duties.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        duties.setTabKeyNavigation(False)
        ui.postsView.verticalHeader().setDefaultSectionSize(26)
        _TableKeys(duties, self, DUTIES)
        _TableKeys(ui.postsView, self, POSTS)
        ui.topSplitter.setStretchFactor(0, 2)
        ui.topSplitter.setStretchFactor(1, 3)
        ui.mainSplitter.setStretchFactor(0, 3)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.unitCombo.currentIndexChanged.connect(self._unit_changed)
        ui.addDutyButton.clicked.connect(lambda: self.add(DUTIES))
        ui.removeDutyButton.clicked.connect(lambda: self.remove(DUTIES))
        ui.dutyUpButton.clicked.connect(lambda: self.move(DUTIES, -1))
        ui.dutyDownButton.clicked.connect(lambda: self.move(DUTIES, 1))
        ui.addPostButton.clicked.connect(lambda: self.add(POSTS))
        ui.copyPostButton.clicked.connect(self.copy_post)
        ui.openPostButton.clicked.connect(self.open_current)
        ui.removePostButton.clicked.connect(lambda: self.remove(POSTS))
        ui.postUpButton.clicked.connect(lambda: self.move(POSTS, -1))
        ui.postDownButton.clicked.connect(lambda: self.move(POSTS, 1))
        ui.postsView.doubleClicked.connect(lambda _i: self.open_current())
        ui.checksView.clicked.connect(self._entry_chosen)
        ui.checksView.activated.connect(self._entry_chosen)
        ui.findEdit.textEdited.connect(lambda _t: self.find_next(from_current=False))
        ui.findEdit.returnPressed.connect(lambda: self.find_next(from_current=True))

    # -- units ---------------------------------------------------------------------------
    def fill_units(self, selected: str | None) -> None:
        """List the units (with the size of their manuals) and select one."""
        combo = self.ui.unitCombo
        rows = self.workspace.read(store.list_manuals)
        self._filling = True
        try:
            combo.clear()
            for row in rows:
                label = row.unit_name
                if row.post_count:
                    label += QCoreApplication.translate("JobsManual", " (%1 posts)").replace(
                        "%1", str(row.post_count)
                    )
                combo.addItem(label, row.unit_id)
            combo.setCurrentIndex(max(combo.findData(selected), 0))
        finally:
            self._filling = False

    def unit_id(self) -> str | None:
        """The unit chosen in the combo."""
        return self.ui.unitCombo.currentData()

    def _unit_changed(self, _index: int) -> None:
        if not self._filling and self.unit_id():
            self.unit_chosen.emit(self.unit_id())

    def select_unit(self, unit_id: str) -> None:
        """Show a unit in the combo without asking to open it (the area already did)."""
        self._filling = True
        self.ui.unitCombo.setCurrentIndex(max(self.ui.unitCombo.findData(unit_id), 0))
        self._filling = False

    # -- the document ----------------------------------------------------------------------
    def set_document(self, document: ManualDocument, read_only_message: str = "") -> None:
        """Show a newly opened manual."""
        old = self.document
        if old is not None:
            old.checks_did_change.disconnect(self._checks_changed)
            old.structure_will_change.disconnect(self._remember_current)
            old.structure_did_change.disconnect(self._restore_current)
        self.document = document
        self.duties_model = DutiesModel(document)
        self.posts_model = PostsModel(document)
        ui = self.ui
        for view, model in ((ui.dutiesView, self.duties_model), (ui.postsView, self.posts_model)):
            previous = view.model()
            view.setModel(model)
            if previous is not None:
                previous.deleteLater()
            view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        duties = ui.dutiesView.horizontalHeader()
        duties.setSectionResizeMode(DUTY_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        duties.setSectionResizeMode(DUTY_TEXT, QHeaderView.ResizeMode.Stretch)
        duties.setSectionResizeMode(DUTY_POSTS, QHeaderView.ResizeMode.ResizeToContents)
        ui.dutiesView.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if document.read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        posts = ui.postsView.horizontalHeader()
        posts.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        posts.setSectionResizeMode(POST_TITLE, QHeaderView.ResizeMode.Stretch)
        posts.setSectionResizeMode(POST_CHECKS, QHeaderView.ResizeMode.ResizeToContents)
        document.checks_did_change.connect(self._checks_changed)
        document.structure_will_change.connect(self._remember_current)
        document.structure_did_change.connect(self._restore_current)
        ui.readOnlyBanner.setVisible(document.read_only)
        ui.readOnlyLabel.setText(read_only_message)
        self._checks_changed()
        if self.posts_model.rowCount():
            ui.postsView.selectRow(0)
        if self.duties_model.rowCount():
            ui.dutiesView.setCurrentIndex(self.duties_model.index(0, DUTY_TEXT))
        self._update_buttons()

    @Slot()
    def _checks_changed(self) -> None:
        document = self.document
        if document is None:
            return
        doc = document.doc
        self.checks_model.set_entries(manual_entries(document))
        problems = self.checks_model.count("problem", "gap")
        hints = sum(1 for p in doc.posts for _i, s in p.standards() if document.smart_at(s.id))
        self.ui.checksBox.setTitle(
            QCoreApplication.translate(
                "JobsManual", "Checks: %1 problem(s); %2 standard line(s) with a SMART hint"
            )
            .replace("%1", str(problems))
            .replace("%2", str(hints))
        )
        headcount = sum(p.headcount or 0 for p in doc.posts)
        self.ui.summaryValue.setText(
            QCoreApplication.translate(
                "JobsManual", "%1 duties · %2 posts · headcount %3 · %4 standard lines"
            )
            .replace("%1", str(len(doc.duties)))
            .replace("%2", str(len(doc.posts)))
            .replace("%3", str(headcount))
            .replace("%4", str(doc.standard_count()))
        )

    def _update_buttons(self) -> None:
        document = self.document
        ui = self.ui
        editable = document is not None and not document.read_only
        has_post = self.current_post_id() is not None
        has_duty = self.current_duty_id() is not None
        for button in (ui.addDutyButton, ui.addPostButton, ui.importXlsxButton):
            button.setEnabled(editable)
        for button in (ui.removeDutyButton, ui.dutyUpButton, ui.dutyDownButton):
            button.setEnabled(editable and has_duty)
        for button in (ui.copyPostButton, ui.removePostButton, ui.postUpButton, ui.postDownButton):
            button.setEnabled(editable and has_post)
        ui.openPostButton.setEnabled(has_post)
        ui.previewPostButton.setEnabled(has_post)
        ui.previewManualButton.setEnabled(document is not None and bool(document.doc.posts))

    def _remember_current(self) -> None:
        self._current = (self.current_duty_id(), self.current_post_id())

    def _restore_current(self) -> None:
        """Keep the current duty and post through an edit that resets the tables."""
        duty_id, post_id = self._current
        if duty_id and self.duties_model is not None:
            row = self.duties_model.row_of(duty_id)
            if row >= 0:
                self.ui.dutiesView.setCurrentIndex(self.duties_model.index(row, DUTY_TEXT))
        if post_id:
            self.select_post(post_id)
        self._update_buttons()

    # -- current records ------------------------------------------------------------------------
    def current_post_id(self) -> str | None:
        """The post of the posts table's current row."""
        index = self.ui.postsView.currentIndex()
        if self.posts_model is None or not index.isValid():
            return None
        return self.posts_model.record_id(index.row())

    def current_duty_id(self) -> str | None:
        """The duty of the duties table's current row."""
        index = self.ui.dutiesView.currentIndex()
        if self.duties_model is None or not index.isValid():
            return None
        return self.duties_model.record_id(index.row())

    def current_focus(self) -> Focus | None:
        """Where the cursor is (undo comes back here)."""
        if self.ui.dutiesView.hasFocus() and self.current_duty_id():
            return Focus(DUTY, self.current_duty_id() or "")
        post_id = self.current_post_id()
        return Focus(POST, post_id, post_id) if post_id else None

    def select_post(self, post_id: str) -> bool:
        """Make a post the current row."""
        if self.posts_model is None:
            return False
        row = self.posts_model.row_of(post_id)
        if row < 0:
            return False
        self.ui.postsView.selectRow(row)
        self.ui.postsView.scrollTo(self.posts_model.index(row, POST_TITLE))
        self._update_buttons()
        return True

    def select_duty(self, duty_id: str, *, edit: bool = False) -> bool:
        """Make a duty the current row (and open its text for typing)."""
        if self.duties_model is None:
            return False
        row = self.duties_model.row_of(duty_id)
        if row < 0:
            return False
        index = self.duties_model.index(row, DUTY_TEXT)
        view = self.ui.dutiesView
        view.setFocus()
        view.setCurrentIndex(index)
        view.scrollTo(index)
        if edit:
            view.edit(index)
        self._update_buttons()
        return True

    def show_focus(self, focus: Focus) -> None:
        """Select what an undo step or a check is about, on this page."""
        if focus.kind == DUTY:
            self.select_duty(focus.record_id, edit=focus.edit)
        elif focus.post_id:
            self.select_post(focus.post_id)

    # -- editing ----------------------------------------------------------------------------
    def _editable(self) -> ManualDocument | None:
        document = self.document
        if document is None:
            return None
        if document.read_only:
            self.status_message.emit(
                QCoreApplication.translate("JobsManual", "This manual is read-only on this PC.")
            )
            return None
        return document

    def add(self, section: str) -> None:
        """Insert: a duty below the current one (typing it), or a new post (opened)."""
        document = self._editable()
        if document is None:
            return
        if section == DUTIES:
            after = self.current_duty_id()

            def add_duty(doc: ManualDoc) -> DutyDoc:
                duties = doc.duties
                position = next((n + 1 for n, d in enumerate(duties) if d.id == after), len(duties))
                duty = DutyDoc()
                duties.insert(position, duty)
                return duty

            document.apply(
                QCoreApplication.translate("JobsManual", "Add unit duty"),
                add_duty,
                focus=lambda duty: Focus(DUTY, duty.id, edit=True),
            )
            return
        if len(document.doc.posts) >= store.MAX_POSTS:
            self.status_message.emit(
                QCoreApplication.translate(
                    "JobsManual", "A department has at most %1 posts."
                ).replace("%1", str(store.MAX_POSTS))
            )
            return
        after_post = self.current_post_id()

        def add_post(doc: ManualDoc) -> PostDoc:
            posts = doc.posts
            position = next((n + 1 for n, p in enumerate(posts) if p.id == after_post), len(posts))
            post = store.new_post()
            posts.insert(position, post)
            return post

        post = document.apply(
            QCoreApplication.translate("JobsManual", "Add post"),
            add_post,
            focus=lambda made: Focus(POST, made.id, made.id, edit=True),
        )
        if post is not None:
            self.open_requested.emit(post.id)

    def remove(self, section: str) -> None:
        """Del: the current duty (its work items are unlinked), or the current post after asking."""
        document = self._editable()
        if document is None:
            return
        if section == DUTIES:
            duty_id = self.current_duty_id()
            if duty_id:
                document.apply(
                    QCoreApplication.translate("JobsManual", "Delete unit duty"),
                    lambda doc: remove_duty(doc, duty_id),
                )
            return
        post_id = self.current_post_id()
        post = document.post(post_id) if post_id else None
        if post is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("JobsManual", "Delete Post"),
            QCoreApplication.translate(
                "JobsManual",
                "Delete the post “%1” with its %2 work item(s) and %3 standard line(s)? "
                "Undo (Ctrl+Z) brings it back.",
            )
            .replace(
                "%1", post.title or QCoreApplication.translate("JobsManual", "(untitled post)")
            )
            .replace("%2", str(len(post.items())))
            .replace("%3", str(len(post.standards()))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        document.apply(
            QCoreApplication.translate("JobsManual", "Delete post"),
            lambda doc: doc.posts.remove(doc.post(post.id)),
        )
        self.status_message.emit(
            QCoreApplication.translate("JobsManual", "Deleted the post “%1”.").replace(
                "%1", post.title
            )
        )

    def move(self, section: str, delta: int) -> None:
        """Ctrl+↑/↓ on a duty or a post."""
        document = self._editable()
        if document is None:
            return
        if section == DUTIES:
            duty_id = self.current_duty_id()
            ids = [d.id for d in document.doc.duties]
            if duty_id is None or not 0 <= ids.index(duty_id) + delta < len(ids):
                return
            target = ids.index(duty_id) + delta
            document.apply(
                QCoreApplication.translate("JobsManual", "Move unit duty"),
                lambda doc: move_in_list(doc.duties, duty_id, target),
                focus=lambda _r: Focus(DUTY, duty_id),
            )
            return
        post_id = self.current_post_id()
        ids = [p.id for p in document.doc.posts]
        if post_id is None or not 0 <= ids.index(post_id) + delta < len(ids):
            return
        target = ids.index(post_id) + delta
        document.apply(
            QCoreApplication.translate("JobsManual", "Move post"),
            lambda doc: move_post(doc, post_id, target),
            focus=lambda _r: Focus(POST, post_id, post_id),
        )

    def copy_post(self) -> None:
        """复制岗位: a copy right after the current post, selected (its title says 副本)."""
        document = self._editable()
        post_id = self.current_post_id()
        if document is None or post_id is None:
            return
        if len(document.doc.posts) >= store.MAX_POSTS:
            return
        clone = document.apply(
            QCoreApplication.translate("JobsManual", "Copy post"),
            lambda doc: copy_post_in(doc, post_id),
            focus=lambda made: Focus(POST, made.id, made.id),
        )
        if clone is not None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "JobsManual", "Copied as “%1”: open it to rename and adapt it."
                ).replace("%1", clone.title)
            )

    def open_current(self) -> None:
        """Open the current post in the editor."""
        post_id = self.current_post_id()
        if post_id:
            self.open_requested.emit(post_id)

    # -- finding ------------------------------------------------------------------------------
    def focus_find(self) -> None:
        """Ctrl+F: the find box."""
        self.ui.findEdit.setFocus()
        self.ui.findEdit.selectAll()

    def find_next(self, *, from_current: bool) -> bool:
        """Select the next post whose title contains the find text (wrapping round)."""
        text = self.ui.findEdit.text().strip()
        document = self.document
        if not text or document is None or not document.doc.posts:
            return False
        posts = document.doc.posts
        current = self.current_post_id()
        start = next((n for n, p in enumerate(posts) if p.id == current), -1)
        start = start + 1 if from_current else max(start, 0)
        for step in range(len(posts)):
            post = posts[(start + step) % len(posts)]
            if text in post.title:
                self.select_post(post.id)
                return True
        self.status_message.emit(
            QCoreApplication.translate("JobsManual", "No post named like “%1”.").replace("%1", text)
        )
        return False

    @Slot(QModelIndex)
    def _entry_chosen(self, index: QModelIndex) -> None:
        entry: CheckEntry | None = index.data(EntryRole)
        if entry is None or entry.focus is None:
            return
        if entry.focus.kind == DUTY:
            self.select_duty(entry.focus.record_id)
        elif entry.focus.post_id:
            self.select_post(entry.focus.post_id)
            self.focus_in_post.emit(entry.focus, entry.field)
