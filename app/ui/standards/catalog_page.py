"""The catalog editor: choose a catalog and year, edit its tree and each point's targets.

The quality office edits; a unit's PC sees the same page read-only and is told why
(catalogs are the office's and arrive in bundles, :mod:`app.services.standards.store`).
A year without a catalog shows nothing but the offer to create it from the latest
earlier year's (or the shipped defaults). Every edit is an undo command on the open
:class:`CatalogDocument`, which saves itself a second after the last edit and when the
page is left.

Keys in the tree: Insert adds after the current entry (same level), Shift+Insert adds
inside it, F2 renames in place, Del retires, Ctrl+↑/↓ moves; Enter on a control point
goes to its targets, where Insert adds a target and Del removes one.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QMessageBox,
    QWidget,
)

from app.services import identity
from app.services.catalogs import KINDS
from app.services.errors import UserError
from app.services.standards import levels as lv
from app.services.standards import store
from app.services.standards.doc import EntryDoc
from app.ui.autosave import warn_save_refused
from app.ui.forms.ui_standards_catalog_page import Ui_StandardsCatalogPage
from app.ui.messages import show_error
from app.ui.plans.labels import HINT_COLOR, smart_hint_text
from app.ui.standards.catalog_document import CatalogDocument
from app.ui.standards.catalog_model import LEVEL, NAME, REFS, TARGETS, CatalogTreeModel
from app.ui.standards.labels import kind_label, level_label
from app.ui.standards.targets_model import MEASURE, TargetsTableModel
from app.ui.workspace import Workspace

_REF_SPLIT = re.compile(r"[/、,，;；\s]+")


class _Keys(QObject):
    """The editing keys of the tree and of the targets table (not while a cell is edited)."""

    def __init__(self, page: CatalogPage) -> None:
        super().__init__(page)
        self.page = page
        page.ui.treeView.installEventFilter(self)
        page.ui.targetsView.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        view = watched
        assert isinstance(view, QAbstractItemView)
        if view.state() == QAbstractItemView.State.EditingState:
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        page = self.page
        if view is page.ui.targetsView:
            if key == Qt.Key.Key_Insert:
                page.add_target()
            elif key == Qt.Key.Key_Delete:
                page.remove_target()
            else:
                return False
            return True
        if key == Qt.Key.Key_Insert:
            page.add_inside() if shift else page.add_after()
        elif key == Qt.Key.Key_Delete:
            page.retire_or_restore(retire_only=True)
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            page.move(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and page.ui.targetsBox.isEnabled():
            page.focus_targets()
        else:
            return False
        return True


class CatalogPage(QWidget):
    """Catalog and year choosers, the tree, the entry's details and the point's targets."""

    status_message = Signal(str)
    #: another catalog was opened (or none): the area points Undo/Redo at its stack
    document_did_change = Signal()
    #: the open catalog saved a change (the own-standard page reads it again)
    catalog_did_save = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_StandardsCatalogPage()
        self.ui.setupUi(self)
        self.document: CatalogDocument | None = None
        self.empty_model = CatalogTreeModel(None, self)
        self.targets_model = TargetsTableModel(self)
        self._filling = False
        self._kind = ""
        self._year = 0
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        for kind in KINDS:
            ui.kindCombo.addItem(kind_label(kind), kind)
        ui.treeView.setModel(self.empty_model)
        ui.treeView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.targetsView.setModel(self.targets_model)
        ui.targetsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = ui.targetsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.targetsView.selectionModel().currentChanged.connect(lambda *_: self._show_sentence())
        self.targets_model.modelReset.connect(self._show_sentence)
        self.targets_model.dataChanged.connect(lambda *_: self._show_sentence())
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 4)
        _Keys(self)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.yearCombo.currentIndexChanged.connect(self._year_changed)
        ui.createButton.clicked.connect(self.create_catalog)
        ui.addButton.clicked.connect(self.add_after)
        ui.addButton.setMenu(QMenu(ui.addButton))
        ui.addButton.menu().aboutToShow.connect(self._fill_add_menu)
        ui.renameButton.clicked.connect(self.rename)
        ui.retireButton.clicked.connect(lambda: self.retire_or_restore())
        ui.upButton.clicked.connect(lambda: self.move(-1))
        ui.downButton.clicked.connect(lambda: self.move(1))
        ui.addTargetButton.clicked.connect(self.add_target)
        ui.removeTargetButton.clicked.connect(self.remove_target)
        ui.findEdit.textEdited.connect(lambda _t: self.find_next(from_current=False))
        ui.findEdit.returnPressed.connect(lambda: self.find_next(from_current=True))
        ui.refsEdit.editingFinished.connect(self._refs_edited)
        ui.previewButton.clicked.connect(self.preview)
        ui.hintEdit.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview)
        self._update_panels()

    # -- choosing a catalog ------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData() or "major")

    @property
    def year(self) -> int:
        return int(self.ui.yearCombo.currentData() or date.today().year)

    def start(self) -> None:
        """Open the default catalog (first showing): 表5 of the latest year up to this one."""
        self._fill_years(self.kind, None)
        self.open_catalog(self.kind, self.year)

    def _fill_years(self, kind: str, wanted: int | None) -> None:
        """Years that have a catalog of ``kind``, plus this year and next; select one."""
        stored = sorted({s.year for s in self.workspace.read(store.list_catalogs, kind=kind)})
        this_year = date.today().year
        years = sorted({*stored, this_year, this_year + 1}, reverse=True)
        if wanted is None:
            past = [y for y in stored if y <= this_year]
            wanted = past[-1] if past else (stored[0] if stored else this_year)
        self._filling = True
        try:
            combo = self.ui.yearCombo
            combo.clear()
            for year in years:
                text = str(year)
                if year not in stored:
                    text += QCoreApplication.translate("CatalogPage", " (no catalog yet)")
                combo.addItem(text, year)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
        finally:
            self._filling = False

    @Slot(int)
    def _kind_changed(self, _index: int) -> None:
        if self._filling:
            return
        year = self.year
        self._fill_years(self.kind, year)
        self.open_catalog(self.kind, self.year)

    @Slot(int)
    def _year_changed(self, _index: int) -> None:
        if not self._filling:
            self.open_catalog(self.kind, self.year)

    def select_catalog(self, kind: str, year: int) -> bool:
        """Choose a kind and year in the combos and open that catalog (tests, links)."""
        self._filling = True
        try:
            self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(kind), 0))
        finally:
            self._filling = False
        self._fill_years(kind, year)
        return self.open_catalog(kind, year)

    def _unit_reason(self) -> str:
        """Why this PC only reads catalogs ("" on the quality office's PC)."""
        ident = self.workspace.read(identity.get_identity)
        if ident.role != identity.UNIT:
            return ""
        return QCoreApplication.translate(
            "CatalogPage",
            "Read-only: standards catalogs are compiled by the quality office and sent to the "
            "departments in data bundles. This PC belongs to %1, so it shows them but cannot "
            "change them.",
        ).replace("%1", ident.unit_name or "")

    def open_catalog(self, kind: str, year: int) -> bool:
        """Show the catalog of ``kind`` for ``year`` (saving the one open before)."""
        if not self.flush():
            self.status_message.emit(
                QCoreApplication.translate(
                    "CatalogPage",
                    "The open catalog could not be saved: undo the refused change first.",
                )
            )
            if self.document is not None:
                self.select_catalog(self.document.doc.kind, self.document.doc.year)
            return False
        self._kind, self._year = kind, year
        catalog_id = self.workspace.read(store.catalog_id_for, kind=kind, year=year)
        document = None
        if catalog_id is not None:
            try:
                doc = self.workspace.read(store.load_catalog_doc, catalog_id=catalog_id)
            except UserError as exc:
                show_error(self, exc)
                return False
            document = CatalogDocument(
                self.workspace, doc, read_only_reason=self._unit_reason(), parent=self
            )
            document.save_refused.connect(self._save_refused)
            document.did_save.connect(self.catalog_did_save)
            document.model.entry_did_change.connect(self._entry_changed)
        self._set_document(document)
        return document is not None

    def _set_document(self, document: CatalogDocument | None) -> None:
        old = self.document
        self.document = document
        tree = self.ui.treeView
        tree.setModel(document.model if document is not None else self.empty_model)
        tree.selectionModel().currentChanged.connect(lambda *_: self._update_panels())
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (LEVEL, TARGETS, REFS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.setColumnHidden(REFS, self._kind != "diagnosis")
        tree.expandToDepth(0 if self._kind in lv.STANDARD_KINDS else 1)
        self.targets_model.show_point(None, None)
        if document is not None and document.model.rowCount():
            first = document.model.index(0, NAME)
            tree.setCurrentIndex(
                document.model.index(0, NAME, first)
                if self._kind in lv.STANDARD_KINDS and document.model.rowCount(first)
                else first
            )
        self._update_banner()
        self._update_panels()
        self.document_did_change.emit()
        if old is not None:
            old.deleteLater()

    # -- banner and panels ----------------------------------------------------------------
    def _update_banner(self) -> None:
        document, ui = self.document, self.ui
        lines: list[str] = []
        reason = self._unit_reason()
        if document is None:
            if reason:
                lines.append(
                    QCoreApplication.translate(
                        "CatalogPage",
                        "The college has no %1 for %2 on this PC yet: the quality office "
                        "creates it and sends it with its next data bundle.",
                    )
                    .replace("%1", kind_label(self._kind))
                    .replace("%2", str(self._year))
                )
            else:
                lines.append(
                    QCoreApplication.translate(
                        "CatalogPage",
                        "There is no %1 for %2 yet. Create it to edit it: it starts as a copy "
                        "of the latest earlier year's catalog, or of the shipped defaults.",
                    )
                    .replace("%1", kind_label(self._kind))
                    .replace("%2", str(self._year))
                )
        elif document.read_only:
            lines.append(document.read_only_reason)
        elif document.doc.in_use:
            lines.append(
                QCoreApplication.translate(
                    "CatalogPage",
                    "In use: %1 own targets of majors, courses, teachers or classes are written "
                    "against this catalog. Edits reach them: a renamed point shows its earlier "
                    "name beside their targets, and saved entries are retired, never deleted.",
                ).replace("%1", str(document.doc.own_target_count))
            )
        ui.bannerLabel.setText("\n".join(lines))
        ui.banner.setVisible(bool(lines))
        editable = document is not None and not document.read_only
        ui.createButton.setVisible(document is None and not reason)
        ui.keysLabel.setVisible(editable)
        ui.previewButton.setEnabled(document is not None)
        for button in (ui.addButton, ui.renameButton, ui.retireButton, ui.upButton, ui.downButton):
            button.setVisible(editable)
        self._update_counts()

    def _update_counts(self) -> None:
        document = self.document
        if document is None:
            self.ui.countValue.setText("")
            return
        doc = document.doc
        levels = [lvl for lvl in lv.LEVELS if lvl != lv.SECTION and doc.count(lvl)]
        parts = [f"{level_label(doc.kind, lvl)} {doc.count(lvl)}" for lvl in levels]
        retired = sum(1 for x in doc.walk() if x.entry.retired)
        if retired:
            parts.append(
                QCoreApplication.translate("CatalogPage", "retired %1").replace("%1", str(retired))
            )
        self.ui.countValue.setText(" · ".join(parts))

    def current_entry(self) -> EntryDoc | None:
        """The entry the tree's cursor is on."""
        if self.document is None:
            return None
        return self.document.model.entry(self.ui.treeView.currentIndex())

    def _update_panels(self) -> None:
        ui, document, entry = self.ui, self.document, self.current_entry()
        editable = document is not None and not document.read_only
        has = entry is not None
        ui.renameButton.setEnabled(editable and has)
        ui.retireButton.setEnabled(editable and has)
        if entry is not None and entry.retired:
            ui.retireButton.setText(QCoreApplication.translate("CatalogPage", "&Restore"))
            ui.retireButton.setToolTip(
                QCoreApplication.translate(
                    "CatalogPage", "Put the retired entry back in force (can be undone)"
                )
            )
        else:
            ui.retireButton.setText(QCoreApplication.translate("CatalogPage", "&Retire"))
            ui.retireButton.setToolTip(
                QCoreApplication.translate(
                    "CatalogPage",
                    "Retire the current entry: greyed here, left out of the printed catalog "
                    "and of new targets (Del, can be undone)",
                )
            )
        model = document.model if document is not None else None
        ui.upButton.setEnabled(
            editable and model is not None and entry is not None and model.level_index(entry) > 0
        )
        ui.downButton.setEnabled(
            editable
            and model is not None
            and entry is not None
            and model.level_index(entry) < model.same_level_count(entry) - 1
        )
        ui.addButton.setEnabled(editable)
        self._show_entry(entry)
        is_point = (
            document is not None and entry is not None and (entry.level == document.doc.point_level)
        )
        point_id = entry.id if is_point and entry is not None else None
        if point_id != self.targets_model.point_id or document is not self.targets_model.document:
            self.targets_model.show_point(document if is_point else None, point_id)
            self._size_target_columns()
        ui.targetsBox.setEnabled(is_point)
        point_label = level_label(self._kind, lv.POINT_LEVEL.get(self._kind, lv.CONTROL_POINT))
        if is_point and entry is not None:
            ui.targetsBox.setTitle(
                QCoreApplication.translate("CatalogPage", "Targets of %1").replace(
                    "%1", f"{point_label} {entry.label}"
                )
            )
        else:
            ui.targetsBox.setTitle(
                QCoreApplication.translate("CatalogPage", "Targets (choose a %1)").replace(
                    "%1", point_label
                )
            )
        can_target = editable and is_point
        ui.addTargetButton.setEnabled(can_target)
        ui.removeTargetButton.setEnabled(can_target and bool(self.targets_model.targets))
        ui.addTargetButton.setVisible(document is None or not document.read_only)
        ui.removeTargetButton.setVisible(document is None or not document.read_only)
        self._show_sentence()

    def _size_target_columns(self) -> None:
        view = self.ui.targetsView
        width = max(view.viewport().width(), 400)
        for column, share in enumerate((0.34, 0.12, 0.08, 0.18)):
            view.setColumnWidth(column, int(width * share))

    def _show_entry(self, entry: EntryDoc | None) -> None:
        ui, document = self.ui, self.document
        diagnosis_point = entry is not None and document is not None and entry.level == lv.POINT
        for widget in (ui.hintCaption, ui.hintEdit, ui.refsCaption, ui.refsEdit):
            widget.setVisible(self._kind == "diagnosis")
        ui.hintEdit.setEnabled(diagnosis_point)
        ui.refsEdit.setEnabled(diagnosis_point)
        read_only = document is None or document.read_only
        ui.hintEdit.setReadOnly(read_only)
        ui.refsEdit.setReadOnly(read_only)
        if entry is None or document is None:
            ui.entryValue.setText("")
            ui.hintEdit.setPlainText("")
            ui.refsEdit.setText("")
            return
        ancestors: list[str] = []
        parent = document.model.parent_entry(entry)
        while parent is not None:
            ancestors.insert(0, parent.label)
            parent = document.model.parent_entry(parent)
        text = f"{level_label(self._kind, entry.level)} {entry.label}"
        if ancestors:
            text += "（" + " › ".join(ancestors) + "）"
        if not document.model.active(entry):
            text += QCoreApplication.translate(
                "CatalogPage", " — retired: not printed, offered for no new targets"
            )
        ui.entryValue.setText(text)
        if ui.hintEdit.toPlainText() != entry.hint:
            ui.hintEdit.setPlainText(entry.hint)
        refs = "/".join(entry.platform_refs)
        if ui.refsEdit.text() != refs:
            ui.refsEdit.setText(refs)

    @Slot()
    def _show_sentence(self) -> None:
        """The current target as one sentence, and its SMART hint in amber."""
        row = self.ui.targetsView.currentIndex().row()
        if row < 0 and self.targets_model.rowCount():
            row = 0
        sentence = self.targets_model.sentence(row)
        hint = self.targets_model.hint(row)
        text = sentence
        if hint:
            text = (
                f"{sentence}<br><span style='color:{HINT_COLOR}'>⚠ {smart_hint_text(hint)}</span>"
            )
        self.ui.sentenceValue.setText(text)

    @Slot(str)
    def _entry_changed(self, _entry_id: str) -> None:
        self._update_counts()
        self._update_panels()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.hintEdit and event.type() == QEvent.Type.FocusOut:
            self._hint_edited()
        return super().eventFilter(watched, event)

    def _hint_edited(self) -> None:
        entry, document = self.current_entry(), self.document
        if entry is None or document is None or document.read_only or entry.level != lv.POINT:
            return
        text = self.ui.hintEdit.toPlainText().strip()
        if text != entry.hint:
            document.edit(entry.id, hint=text)

    def _refs_edited(self) -> None:
        entry, document = self.current_entry(), self.document
        if entry is None or document is None or document.read_only or entry.level != lv.POINT:
            return
        refs = [r for r in _REF_SPLIT.split(self.ui.refsEdit.text()) if r]
        if refs != entry.platform_refs:
            document.edit(entry.id, platform_refs=refs)

    # -- editing the tree ------------------------------------------------------------------
    def _editable(self) -> CatalogDocument | None:
        """The open document if this PC may edit it; otherwise says why and gives None."""
        document = self.document
        if document is None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "CatalogPage", "No catalog is open: create the year's standards first."
                )
            )
            return None
        if document.read_only:
            QMessageBox.information(
                self,
                QCoreApplication.translate("CatalogPage", "Standards Catalogs"),
                document.read_only_reason,
            )
            return None
        return document

    def _select(self, entry_id: str, *, edit: bool = False) -> None:
        if self.document is None:
            return
        index = self.document.model.index_of(entry_id)
        if not index.isValid():
            return
        tree = self.ui.treeView
        tree.setCurrentIndex(index)
        tree.scrollTo(index)
        tree.setFocus()
        if edit:
            tree.edit(index)

    def _add(self, *, level: str, parent_id: str | None, index: int | None) -> None:
        document = self._editable()
        if document is None:
            return
        try:
            entry = document.add_entry(level=level, parent_id=parent_id, index=index)
        except UserError as exc:
            show_error(self, exc)
            return
        if entry is not None:
            parent_index = document.model.index_of(parent_id) if parent_id else QModelIndex()
            if parent_index.isValid():
                self.ui.treeView.expand(parent_index)
            self._select(entry.id, edit=True)

    def add_after(self) -> None:
        """Insert: a new entry of the current one's level right after it."""
        document, entry = self.document, self.current_entry()
        if document is None or entry is None:
            tops = lv.allowed_children(self._kind, None)
            if document is not None and tops:
                self._add(level=tops[0], parent_id=None, index=None)
            else:
                self._editable()
            return
        parent = document.model.parent_entry(entry)
        self._add(
            level=entry.level,
            parent_id=parent.id if parent else None,
            index=document.model.level_index(entry) + 1,
        )

    def add_inside(self, level: str | None = None) -> None:
        """Shift+Insert: a new entry inside the current one (the last of its level)."""
        entry = self.current_entry()
        if entry is None:
            self.add_after()
            return
        allowed = lv.allowed_children(self._kind, entry.level)
        if not allowed:
            self.status_message.emit(
                QCoreApplication.translate(
                    "CatalogPage", "Nothing can be added inside a %1."
                ).replace("%1", level_label(self._kind, entry.level))
            )
            return
        self._add(level=level or allowed[-1], parent_id=entry.id, index=None)

    def _fill_add_menu(self) -> None:
        menu = self.ui.addButton.menu()
        menu.clear()
        entry = self.current_entry()
        if entry is not None:
            menu.addAction(
                QCoreApplication.translate("CatalogPage", "%1 After This\tInsert").replace(
                    "%1", level_label(self._kind, entry.level)
                ),
                self.add_after,
            )
            for level in lv.allowed_children(self._kind, entry.level):
                menu.addAction(
                    QCoreApplication.translate("CatalogPage", "%1 Inside This").replace(
                        "%1", level_label(self._kind, level)
                    ),
                    lambda checked=False, lvl=level: self.add_inside(lvl),
                )
        for level in lv.allowed_children(self._kind, None):
            menu.addAction(
                QCoreApplication.translate("CatalogPage", "%1 at the Top Level").replace(
                    "%1", level_label(self._kind, level)
                ),
                lambda checked=False, lvl=level: self._add(level=lvl, parent_id=None, index=None),
            )

    def rename(self) -> None:
        """F2 / the button: rename the current entry in place."""
        entry = self.current_entry()
        if entry is not None and self._editable() is not None:
            self._select(entry.id, edit=True)

    def retire_or_restore(self, *, retire_only: bool = False) -> None:
        """Retire the current entry (Del), or restore a retired one (the button)."""
        entry = self.current_entry()
        document = self._editable() if entry is not None else None
        if entry is None or document is None:
            return
        if entry.retired:
            if retire_only:
                self.status_message.emit(
                    QCoreApplication.translate(
                        "CatalogPage", "“%1” is retired already; Restore brings it back."
                    ).replace("%1", entry.name)
                )
                return
            document.restore(entry.id)
        else:
            document.retire(entry.id)
        if document.model.index_of(entry.id).isValid():
            self._select(entry.id)

    def move(self, delta: int) -> None:
        """Ctrl+↑/↓: move the current entry among those of its level."""
        entry = self.current_entry()
        document = self._editable() if entry is not None else None
        if entry is not None and document is not None and document.move(entry.id, delta):
            self._select(entry.id)

    # -- targets -----------------------------------------------------------------------------
    def focus_targets(self) -> None:
        view = self.ui.targetsView
        view.setFocus()
        if not view.currentIndex().isValid() and self.targets_model.rowCount():
            view.setCurrentIndex(self.targets_model.index(0, MEASURE))

    def add_target(self) -> None:
        """A new empty target on the current point, its first cell open for typing."""
        entry = self.current_entry()
        document = self._editable()
        if document is None or entry is None or entry.level != document.doc.point_level:
            return
        row = document.add_target(entry.id)
        if row is not None:
            index = self.targets_model.index(row, MEASURE)
            view = self.ui.targetsView
            view.setFocus()
            view.setCurrentIndex(index)
            view.edit(index)

    def remove_target(self) -> None:
        entry = self.current_entry()
        document = self._editable()
        if document is None or entry is None or not entry.targets:
            return
        row = max(self.ui.targetsView.currentIndex().row(), 0)
        document.remove_target(entry.id, min(row, len(entry.targets) - 1))

    # -- finding -----------------------------------------------------------------------------
    def focus_find(self) -> None:
        self.ui.findEdit.setFocus()
        self.ui.findEdit.selectAll()

    def find_next(self, *, from_current: bool) -> bool:
        """Select the next entry whose number or name holds the find text."""
        text = self.ui.findEdit.text().strip().lower()
        document = self.document
        if not text or document is None:
            return False
        entries = [x.entry for x in document.doc.walk()]
        current = self.current_entry()
        start = entries.index(current) + 1 if from_current and current in entries else 0
        for entry in entries[start:] + entries[:start]:
            if text in entry.label.lower():
                self._select(entry.id)
                self.ui.findEdit.setFocus()
                return True
        self.status_message.emit(
            QCoreApplication.translate("CatalogPage", "No entry holds “%1”.").replace("%1", text)
        )
        return False

    # -- creating, saving, printing ---------------------------------------------------------
    def create_catalog(self) -> bool:
        """The office makes the year's editable catalog (seed_catalog); refused elsewhere."""
        kind, year = self._kind or self.kind, self._year or self.year
        try:
            self.workspace.write(store.seed_catalog, kind=kind, year=year)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._fill_years(kind, year)
        opened = self.open_catalog(kind, year)
        self.catalog_did_save.emit()
        self.status_message.emit(
            QCoreApplication.translate("CatalogPage", "Created the %1 of %2.")
            .replace("%1", kind_label(kind))
            .replace("%2", str(year))
        )
        return opened

    def flush(self) -> bool:
        """Save the open catalog now; False if the store refused it."""
        return self.document.save_now() if self.document is not None else True

    @Slot(str)
    def _save_refused(self, message: str) -> None:
        warn_save_refused(self, message)

    def preview(self) -> None:
        """The catalog as it prints, to print or save as PDF."""
        from app.ui.standards.preview import show_catalog_preview

        if self.document is None:
            return
        self.flush()  # what is printed is what is stored
        show_catalog_preview(self, self.document.doc)
