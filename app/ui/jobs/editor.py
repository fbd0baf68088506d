"""The post editor: one post's 表4 on a page, filled in like the paper form.

Basic information at the top (岗位名称, 定员, 岗位系数, 直接上级, 直接下级), the
岗位职责 table in the middle, 任职资格 below, the post's checks on the right. Every
edit is an undo command on the manual's stack, which the window's Undo/Redo follow
while the area is shown; typing in one field is one step. The page belongs to the
jobs area, which saves the manual when it is left.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.services.jobs.doc import PostDoc, copy_post_in
from app.ui.forms.ui_job_post_editor import Ui_JobPostEditor
from app.ui.jobs import post_ops
from app.ui.jobs.checks_model import CheckEntry, ChecksModel, EntryRole, post_entries
from app.ui.jobs.commands import SetValueCommand
from app.ui.jobs.document import CATEGORY, ITEM, POST, STANDARD, Focus, ManualDocument, ValuePath
from app.ui.jobs.post_model import COL_DUTY, COL_STANDARD, PostTableModel
from app.ui.workspace import Workspace

_FIELD_STYLE = "background: #fde7e5;"
# Header and qualification fields: attribute → (widget name, undo text)
_TEXT_FIELDS = {
    "title": ("titleEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit post title")),
    "coefficient": ("coefficientEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit coefficient")),
    "supervisor": ("supervisorEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit reports-to")),
    "subordinates": ("subordinatesEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit supervises")),
    "education": ("educationEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit education / title")),
    "knowledge": ("knowledgeEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit knowledge and skills")),
    "experience": ("experienceEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit experience")),
    "certificates": ("certificatesEdit", QT_TRANSLATE_NOOP("PostEditor", "Edit certificates")),
}
_QUALIFICATIONS = ("education", "knowledge", "experience", "certificates")


class PostEditor(QWidget):
    """Edits one post of the open manual at a time."""

    back_requested = Signal()
    preview_requested = Signal(str)  # the post id
    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_JobPostEditor()
        self.ui.setupUi(self)
        self.document: ManualDocument | None = None
        self.post_id = ""
        self.table_model: PostTableModel | None = None
        self.checks_model = ChecksModel()
        self.ui.checksView.setModel(self.checks_model)
        self._updating = False
        self._bursts: dict[str, int] = {}
        self._setup()

    # -- set-up ----------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        ui.headcountSpin.setSpecialValueText("—")  # 0 stands for "not given"
        ui.mainSplitter.setStretchFactor(0, 4)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setSizes([900, 280])
        for name in ("educationEdit", "knowledgeEdit", "experienceEdit", "certificatesEdit"):
            getattr(ui, name).setUndoRedoEnabled(False)  # the manual's stack undoes
        for widget in self._field_widgets().values():
            widget.installEventFilter(self)
        self._tooltips = {
            name: widget.toolTip()
            for name, widget in {**self._field_widgets(), "headcount": ui.headcountSpin}.items()
        }
        ui.headcountSpin.installEventFilter(self)
        for attribute, (name, _text) in _TEXT_FIELDS.items():
            widget = getattr(ui, name)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda t, a=attribute: self._set_field(a, t))
            else:
                widget.textChanged.connect(
                    lambda a=attribute, w=widget: self._set_field(a, w.toPlainText())
                )
        ui.headcountSpin.valueChanged.connect(self._headcount_changed)
        ui.backButton.clicked.connect(self.back_requested)
        ui.previewButton.clicked.connect(lambda: self.preview_requested.emit(self.post_id))
        ui.copyButton.clicked.connect(self.copy_post)
        ui.previousButton.clicked.connect(lambda: self.step_post(-1))
        ui.nextButton.clicked.connect(lambda: self.step_post(1))
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, self.back_requested.emit)
        QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self, lambda: self.step_post(-1)
        )
        QShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self, lambda: self.step_post(1)
        )
        QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            lambda: self.preview_requested.emit(self.post_id),
        )
        ui.addCategoryButton.clicked.connect(lambda: self.add(CATEGORY))
        ui.addItemButton.clicked.connect(lambda: self.add(ITEM))
        ui.addStandardButton.clicked.connect(lambda: self.add(STANDARD))
        ui.removeButton.clicked.connect(self.remove)
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        view = ui.postView
        view.add_requested.connect(self.add)
        view.remove_requested.connect(self.remove)
        view.move_requested.connect(self.move)
        ui.checksView.clicked.connect(self._entry_chosen)
        ui.checksView.activated.connect(self._entry_chosen)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {attribute: getattr(ui, name) for attribute, (name, _t) in _TEXT_FIELDS.items()}

    # -- the document and the post --------------------------------------------------------
    def set_document(self, document: ManualDocument) -> None:
        """Follow a newly opened manual (the area opens a post next)."""
        old = self.document
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.document = document
        for signal, slot in self._connections(document):
            signal.connect(slot)
        self.post_id = ""
        self.ui.readOnlyBanner.setVisible(document.read_only)

    def _connections(self, document: ManualDocument) -> list[tuple[object, object]]:
        return [
            (document.value_did_change, self._value_changed),
            (document.structure_did_change, self._structure_changed),
            (document.checks_did_change, self._checks_changed),
        ]

    def post(self) -> PostDoc | None:
        """The post being edited."""
        return self.document.post(self.post_id) if self.document and self.post_id else None

    def show_post(self, post_id: str) -> bool:
        """Edit another post of the manual; False if it is not there."""
        document = self.document
        if document is None or document.post(post_id) is None:
            return False
        if post_id == self.post_id and self.table_model is not None:
            return True
        self.post_id = post_id
        model = PostTableModel(document, post_id)
        old = self.table_model
        self.table_model = model
        self.ui.postView.setModel(model)
        if old is not None:
            old.deleteLater()
        self.refresh_fields()
        self._checks_changed()
        if model.rowCount():
            self.ui.postView.setCurrentIndex(model.index(0, COL_STANDARD))
        return True

    def set_read_only(self, read_only: bool, message: str) -> None:
        """Lock every field and button (another unit's manual on a unit's PC)."""
        ui = self.ui
        ui.readOnlyBanner.setVisible(read_only)
        ui.readOnlyLabel.setText(message)
        for widget in self._field_widgets().values():
            widget.setReadOnly(read_only)  # type: ignore[attr-defined]
        ui.headcountSpin.setReadOnly(read_only)
        for button in (
            ui.addCategoryButton,
            ui.addItemButton,
            ui.addStandardButton,
            ui.removeButton,
            ui.upButton,
            ui.downButton,
            ui.copyButton,
        ):
            button.setEnabled(not read_only)

    def refresh_fields(self) -> None:
        """Fill the header and qualification fields from the post (keeping a typing cursor)."""
        post, document = self.post(), self.document
        if post is None or document is None:
            return
        self._updating = True
        try:
            for attribute, widget in self._field_widgets().items():
                value = getattr(post, attribute)
                if isinstance(widget, QLineEdit):
                    if widget.text() != value:
                        widget.setText(value)
                elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != value:
                    widget.setPlainText(value)
                    cursor = widget.textCursor()
                    cursor.movePosition(cursor.MoveOperation.End)
                    widget.setTextCursor(cursor)
            headcount = post.headcount or 0
            if self.ui.headcountSpin.value() != headcount:
                self.ui.headcountSpin.setValue(headcount)
            self.ui.unitValue.setText(document.doc.unit_name)
        finally:
            self._updating = False
        self._show_title()

    def _show_title(self) -> None:
        post, document = self.post(), self.document
        if post is None or document is None:
            return
        title = post.title or QCoreApplication.translate("PostEditor", "(untitled post)")
        self.ui.titleValue.setText(f"{document.doc.unit_name} · {title}")
        position = document.doc.posts.index(post)
        count = len(document.doc.posts)
        self.ui.positionValue.setText(f"{position + 1} / {count}")
        self.ui.previousButton.setEnabled(position > 0)
        self.ui.nextButton.setEnabled(position + 1 < count)

    @Slot(str, str, str)
    def _value_changed(self, kind: str, record_id: str, _name: str) -> None:
        if kind == POST and record_id == self.post_id:
            self.refresh_fields()

    @Slot()
    def _structure_changed(self) -> None:
        if self.post() is None:
            if self.isVisible():
                self.back_requested.emit()  # the post was deleted or its adding undone
            return
        self.refresh_fields()

    # -- typing in the fields ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field gaining focus starts a new typing burst; Ctrl+Z goes to the manual's stack."""
        if event.type() == QEvent.Type.FocusIn:
            name = watched.objectName()
            self._bursts[name] = self._bursts.get(name, 0) + 1
        elif (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # let the window's Undo/Redo have it
            return True
        return super().eventFilter(watched, event)

    def _burst(self, name: str) -> tuple[str, int]:
        return name, self._bursts.get(name, 0)

    def _set_field(self, attribute: str, value: object) -> None:
        document = self.document
        if self._updating or document is None or not self.post_id or document.read_only:
            return
        path = ValuePath(POST, self.post_id, attribute)
        if document.value(path) == value:
            return
        name, source = _TEXT_FIELDS[attribute]
        document.push(
            SetValueCommand(
                document,
                path,
                value,
                text=QCoreApplication.translate("PostEditor", source),
                burst=self._burst(name),
                post_id=self.post_id,
            )
        )
        if attribute == "title":
            self._show_title()

    def _headcount_changed(self, value: int) -> None:
        document = self.document
        if self._updating or document is None or not self.post_id or document.read_only:
            return
        path = ValuePath(POST, self.post_id, "headcount")
        headcount = value or None
        if document.value(path) == headcount:
            return
        document.push(
            SetValueCommand(
                document,
                path,
                headcount,
                text=QCoreApplication.translate("PostEditor", "Change headcount"),
                burst=self._burst("headcountSpin"),
                post_id=self.post_id,
            )
        )

    # -- the 岗位职责 table ------------------------------------------------------------------
    def _current(self) -> tuple[str, str | None, QModelIndex]:
        """(level, record id or None, index) of the current cell."""
        index = self.ui.postView.currentIndex()
        level = self.ui.postView.level()
        if not index.isValid() or self.table_model is None:
            return level, None, index
        _kind, record_id = self.table_model.record_at(index)
        return level, record_id, index

    def _refuse_if_read_only(self) -> bool:
        if self.document is None or not self.post_id:
            return True
        if self.document.read_only:
            self.status_message.emit(
                QCoreApplication.translate("PostEditor", "This manual is read-only on this PC.")
            )
            return True
        return False

    def add(self, level: str) -> None:
        """Insert: a new duty type, work item or standard after the current one, ready to type."""
        if self._refuse_if_read_only() or self.table_model is None:
            return
        document, post_id = self.document, self.post_id
        assert document is not None
        _level, _record, index = self._current()
        row = self.table_model.rows[index.row()] if index.isValid() else None
        if level == STANDARD and row is not None and row.item_id is None:
            level = ITEM  # a type without work takes a work item first
        if level in (ITEM, STANDARD) and row is None:
            level = CATEGORY  # nothing yet: start with a duty type
        if level == CATEGORY:
            after = row.category_id if row else None
            document.apply(
                QCoreApplication.translate("PostEditor", "Add duty type"),
                lambda doc: post_ops.add_category(doc, post_id, after_id=after),
                focus=lambda made: Focus(CATEGORY, made.id, post_id, edit=True),
            )
        elif level == ITEM:
            assert row is not None
            category_id, after = row.category_id, row.item_id
            document.apply(
                QCoreApplication.translate("PostEditor", "Add work item"),
                lambda doc: post_ops.add_item(doc, post_id, category_id, after_id=after),
                focus=lambda made: Focus(ITEM, made.id, post_id, edit=True),
            )
        else:
            assert row is not None and row.item_id is not None
            item_id, after = row.item_id, row.standard_id
            document.apply(
                QCoreApplication.translate("PostEditor", "Add work standard"),
                lambda doc: post_ops.add_standards(doc, post_id, item_id, [""], after_id=after),
                focus=lambda made: Focus(STANDARD, made[0].id, post_id, edit=True),
            )

    def remove(self) -> None:
        """Del: the duty type, work item or standard of the current cell (one undo step)."""
        if self._refuse_if_read_only():
            return
        level, record_id, _index = self._current()
        if record_id is None:
            return
        document, post_id = self.document, self.post_id
        assert document is not None
        text = {
            CATEGORY: QCoreApplication.translate("PostEditor", "Delete duty type"),
            ITEM: QCoreApplication.translate("PostEditor", "Delete work item"),
            STANDARD: QCoreApplication.translate("PostEditor", "Delete work standard"),
        }[level]
        document.apply(text, lambda doc: post_ops.remove(doc, post_id, level, record_id))

    def move(self, delta: int) -> None:
        """Ctrl+↑/↓: move the record of the current cell within its list."""
        if self._refuse_if_read_only():
            return
        level, record_id, index = self._current()
        post = self.post()
        if (
            record_id is None
            or post is None
            or not post_ops.can_move(post, level, record_id, delta)
        ):
            return
        document, post_id = self.document, self.post_id
        assert document is not None
        text = {
            CATEGORY: QCoreApplication.translate("PostEditor", "Move duty type"),
            ITEM: QCoreApplication.translate("PostEditor", "Move work item"),
            STANDARD: QCoreApplication.translate("PostEditor", "Move work standard"),
        }[level]
        column = index.column()
        document.apply(
            text,
            lambda doc: post_ops.move(doc, post_id, level, record_id, delta),
            focus=lambda _r: Focus(level, record_id, post_id),
        )
        self.ui.postView.select_record(level, record_id, column)

    # -- whole posts ---------------------------------------------------------------------
    def copy_post(self) -> None:
        """复制岗位: a copy right after this post, opened here."""
        if self._refuse_if_read_only():
            return
        document, post_id = self.document, self.post_id
        assert document is not None
        document.apply(
            QCoreApplication.translate("PostEditor", "Copy post"),
            lambda doc: copy_post_in(doc, post_id),
            focus=lambda made: Focus(POST, made.id, made.id),
        )
        self.status_message.emit(
            QCoreApplication.translate("PostEditor", "Copied: now editing the copy.")
        )

    def step_post(self, delta: int) -> None:
        """The previous or next post of the manual."""
        document, post = self.document, self.post()
        if document is None or post is None:
            return
        position = document.doc.posts.index(post) + delta
        if 0 <= position < len(document.doc.posts):
            self.show_post(document.doc.posts[position].id)

    # -- where things are ------------------------------------------------------------------
    def current_focus(self) -> Focus | None:
        """The record of the current cell (undo comes back here)."""
        if self.table_model is None:
            return None
        focused = self.focusWidget()
        if focused is not None and focused is not self.ui.postView:
            return Focus(POST, self.post_id, self.post_id)
        return self.table_model.focus_at(self.ui.postView.currentIndex())

    def show_focus(self, focus: Focus, field: str | None = None) -> None:
        """Put the cursor on a record of this post (after undo, or a click in the checks)."""
        if focus.post_id and focus.post_id != self.post_id:
            self.show_post(focus.post_id)
        view = self.ui.postView
        if focus.kind == POST:
            widget = self._widget_for(field)
            if widget is not None:
                widget.setFocus()
            return
        column = COL_DUTY if field == "duty_id" else None
        if focus.kind == ITEM and field == "standards":
            column = COL_STANDARD
        if view.select_record(focus.kind, focus.record_id, column):
            view.setFocus()
            if focus.edit:
                view.edit(view.currentIndex())

    def _widget_for(self, field: str | None) -> QWidget | None:
        if field in _TEXT_FIELDS:
            return self._field_widgets()[field]
        if field == "headcount":
            return self.ui.headcountSpin
        if field == "qualifications":
            return self.ui.educationEdit
        if field == "categories":
            return self.ui.postView
        return None

    @Slot(QModelIndex)
    def _entry_chosen(self, index: QModelIndex) -> None:
        entry: CheckEntry | None = index.data(EntryRole)
        if entry is not None and entry.focus is not None:
            self.show_focus(entry.focus, entry.field)

    # -- checks -----------------------------------------------------------------------------
    @Slot()
    def _checks_changed(self) -> None:
        document = self.document
        if document is None or not self.post_id or self.post() is None:
            return
        self.checks_model.set_entries(post_entries(document, self.post_id))
        problems = self.checks_model.count("problem", "gap")
        hints = self.checks_model.count("hint")
        title = QCoreApplication.translate("PostEditor", "Checks: %1 problem(s), %2 hint(s)")
        self.ui.checksBox.setTitle(title.replace("%1", str(problems)).replace("%2", str(hints)))
        fields = {**self._field_widgets(), "headcount": self.ui.headcountSpin}
        for attribute, widget in fields.items():
            messages = document.problems_at(POST, self.post_id, attribute)
            if attribute in _QUALIFICATIONS:
                messages += document.problems_at(POST, self.post_id, "qualifications")
            widget.setStyleSheet(_FIELD_STYLE if messages else "")
            widget.setToolTip("\n".join([self._tooltips.get(attribute, ""), *messages]).strip())
        empty = document.problems_at(POST, self.post_id, "categories")
        self.ui.dutiesBox.setToolTip("\n".join(empty))
