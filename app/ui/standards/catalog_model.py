"""The catalog tree as a Qt model, and the primitive edits the undo commands make through it.

Rows are the :class:`~app.services.standards.doc.EntryDoc` tree of one open catalog:
sections → dimensions, standards, control points (表5–表7, side by side as the seed
lists them, or nested where the college nested them), types → elements (表8), items →
elements → diagnostic points (附件2). Indexes carry an integer key per entry rather
than a Python pointer, so an index outliving its entry (a dropped, never-saved entry)
can never reach freed memory.

Each primitive (:meth:`insert_new`, :meth:`take`, :meth:`put_back`, :meth:`move` …)
wraps one :class:`CatalogDoc` call in the matching ``begin…/end…`` pair, so the view
keeps its expanded branches and selection. The rows an edit touches are worked out
before the call and checked after it; should they ever disagree with the document
(a change of its rules), the model resets instead of showing a wrong tree.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.services.smart import SmartVerdict
from app.services.standards.doc import CatalogDoc, EntryDoc, Removal, TargetDoc
from app.ui.plans.labels import hint_icon, smart_hint_text
from app.ui.standards.labels import level_label, retired_mark, smart_line

_Index = QModelIndex | QPersistentModelIndex

NAME, LEVEL, TARGETS, REFS = range(4)
COLUMNS = 4
EntryIdRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
ActiveRole = Qt.ItemDataRole.UserRole + 3

_GREY = QColor("#9aa0a6")


def _header(section: int) -> str:
    return {
        NAME: QCoreApplication.translate("CatalogModel", "Entry"),
        LEVEL: QCoreApplication.translate("CatalogModel", "Level"),
        TARGETS: QCoreApplication.translate("CatalogModel", "Targets"),
        REFS: QCoreApplication.translate("CatalogModel", "Data platform"),
    }[section]


def full_index(siblings: list[EntryDoc], level: str, index: int | None) -> int:
    """Where the ``index``-th sibling of ``level`` sits in a parent's mixed child list.

    The same rule as :meth:`CatalogDoc.add_entry` and :meth:`CatalogDoc.move` follow
    (the three lists of 表5–表7 share one parent), needed here *before* the call so
    the view can be told which row appears.
    """
    same = [i for i, s in enumerate(siblings) if s.level == level]
    if index is None or index >= len(same):
        return (same[-1] + 1) if same else len(siblings)
    return same[max(index, 0)]


class CatalogTreeModel(QAbstractItemModel):
    """The entries of one catalog (an empty tree when ``doc`` is None)."""

    #: an entry's content or targets changed (its id); the page refreshes its panels
    entry_did_change = Signal(str)
    #: the user renamed an entry in place (id, new name); the document makes it undoable
    rename_requested = Signal(str, str)

    def __init__(self, doc: CatalogDoc | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.read_only = True
        self._keys: dict[str, int] = {}
        self._by_key: dict[int, EntryDoc] = {}
        self._parents: dict[str, EntryDoc | None] = {}
        self._smart: dict[tuple[str, tuple[str, ...]], SmartVerdict] = {}
        self._reindex()

    # -- bookkeeping --------------------------------------------------------------------
    def _reindex(self) -> None:
        """Parent links after a change of structure (a few hundred entries: microseconds)."""
        self._parents = {}
        if self.doc is None:
            return

        def visit(entries: list[EntryDoc], parent: EntryDoc | None) -> None:
            for entry in entries:
                self._parents[entry.id] = parent
                visit(entry.children, entry)

        visit(self.doc.entries, None)

    def _key(self, entry: EntryDoc) -> int:
        key = self._keys.get(entry.id)
        if key is None:
            key = self._keys[entry.id] = len(self._keys) + 1
        self._by_key[key] = entry  # the latest object of that id (undo brings it back)
        return key

    def entry(self, index: _Index) -> EntryDoc | None:
        """The entry of an index (None for the root or a stale index)."""
        if not index.isValid():
            return None
        entry = self._by_key.get(index.internalId())
        return entry if entry is not None and entry.id in self._parents else None

    def siblings(self, parent: EntryDoc | None) -> list[EntryDoc]:
        """The child list an entry under ``parent`` lives in."""
        if self.doc is None:
            return []
        return parent.children if parent is not None else self.doc.entries

    def parent_entry(self, entry: EntryDoc) -> EntryDoc | None:
        return self._parents.get(entry.id)

    def index_of(self, entry_id: str, column: int = NAME) -> QModelIndex:
        """The index of an entry by id (invalid if it is not in the tree)."""
        if self.doc is None or entry_id not in self._parents:
            return QModelIndex()
        for entry in self.siblings(self._parents[entry_id]):
            if entry.id == entry_id:
                row = self.siblings(self._parents[entry_id]).index(entry)
                return self.createIndex(row, column, self._key(entry))
        return QModelIndex()

    def active(self, entry: EntryDoc) -> bool:
        """In force: neither the entry nor an ancestor is retired."""
        node: EntryDoc | None = entry
        while node is not None:
            if node.retired:
                return False
            node = self._parents.get(node.id)
        return True

    def level_index(self, entry: EntryDoc) -> int:
        """The entry's position among its same-level siblings (what ``move`` counts)."""
        same = [s for s in self.siblings(self.parent_entry(entry)) if s.level == entry.level]
        return same.index(entry)

    def same_level_count(self, entry: EntryDoc) -> int:
        return sum(1 for s in self.siblings(self.parent_entry(entry)) if s.level == entry.level)

    def smart(self, point: EntryDoc, target: TargetDoc) -> SmartVerdict:
        """A target's SMART verdict, remembered per text (the view asks on every paint)."""
        key = (point.name, tuple(target.values.as_dict().values()))
        verdict = self._smart.get(key)
        if verdict is None:
            verdict = self._smart[key] = point.smart(target)
        return verdict

    def hints(self, point: EntryDoc) -> list[str]:
        """The SMART hint lines of a point's targets."""
        return [line for t in point.targets if (line := smart_line(self.smart(point, t)))]

    # -- the model ----------------------------------------------------------------------
    def set_doc(self, doc: CatalogDoc | None, *, read_only: bool) -> None:
        """Show another catalog (or none)."""
        self.beginResetModel()
        self.doc = doc
        self.read_only = read_only
        self._keys.clear()
        self._by_key.clear()
        self._reindex()
        self.endResetModel()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if self.doc is None or column < 0 or column >= COLUMNS:
            return QModelIndex()
        children = self.siblings(self.entry(parent)) if parent.isValid() else self.doc.entries
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, self._key(children[row]))

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        entry = self.entry(index)
        if entry is None:
            return QModelIndex()
        parent = self._parents.get(entry.id)
        if parent is None:
            return QModelIndex()
        row = self.siblings(self._parents.get(parent.id)).index(parent)
        return self.createIndex(row, 0, self._key(parent))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if self.doc is None or parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self.doc.entries)
        entry = self.entry(parent)
        return len(entry.children) if entry is not None else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index)
        if entry is None or self.doc is None:
            return None
        column = index.column()
        if role == EntryIdRole:
            return entry.id
        if role == LevelRole:
            return entry.level
        if role == ActiveRole:
            return self.active(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.EditRole and column == NAME:
            return entry.name
        if role == Qt.ItemDataRole.ForegroundRole and not self.active(entry):
            return _GREY
        if role == Qt.ItemDataRole.FontRole and column == NAME and self.parent_entry(entry) is None:
            font = QFont()
            font.setBold(True)
            return font
        is_point = entry.level == self.doc.point_level
        if role == Qt.ItemDataRole.DecorationRole and column == TARGETS and is_point:
            return hint_icon() if self.hints(entry) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        return None

    def _display(self, entry: EntryDoc, column: int) -> str:
        assert self.doc is not None
        if column == NAME:
            return entry.label + (retired_mark() if entry.retired else "")
        if column == LEVEL:
            return level_label(self.doc.kind, entry.level)
        if column == TARGETS:
            if entry.level != self.doc.point_level:
                return ""
            return str(len(entry.targets)) if entry.targets else "—"
        if column == REFS:
            return "/".join(entry.platform_refs)
        return ""

    def _tooltip(self, entry: EntryDoc, column: int) -> str | None:
        lines: list[str] = []
        if column == TARGETS:
            lines = [smart_hint_text(h) for h in self.hints(entry)]
        elif column == NAME:
            if entry.hint:
                lines.append(entry.hint)
            if not self.active(entry):
                lines.append(
                    QCoreApplication.translate(
                        "CatalogModel",
                        "Retired: left out of the printed catalog and of new targets; "
                        "subjects' targets already written against it stay readable.",
                    )
                )
        return "\n".join(lines) or None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Renaming in place goes through the page (an undo command), not straight here."""
        entry = self.entry(index)
        if entry is None or index.column() != NAME or role != Qt.ItemDataRole.EditRole:
            return False
        name = " ".join(str(value).split())
        if not name or name == entry.name:
            return False
        self.rename_requested.emit(entry.id, name)
        return True

    # -- primitive edits (called by the undo commands) -----------------------------------
    def _changed(self, entry: EntryDoc, *, subtree: bool = False) -> None:
        first = self.index_of(entry.id, 0)
        last = self.index_of(entry.id, COLUMNS - 1)
        if first.isValid():
            self.dataChanged.emit(first, last)
        if subtree:
            for child in entry.children:
                self._changed(child, subtree=True)
        self.entry_did_change.emit(entry.id)

    def _reset(self) -> None:
        self.beginResetModel()
        self._reindex()
        self.endResetModel()

    def insert_new(
        self, *, level: str, name: str, parent_id: str | None, index: int | None
    ) -> EntryDoc:
        """Add a new entry (see :meth:`CatalogDoc.add_entry`)."""
        assert self.doc is not None
        parent = self.doc.find(parent_id) if parent_id else None
        siblings = self.siblings(parent)
        row = full_index(siblings, level, index)
        parent_index = self.index_of(parent.id) if parent else QModelIndex()
        self.beginInsertRows(parent_index, row, row)
        try:
            entry = self.doc.add_entry(level=level, name=name, parent_id=parent_id, index=index)
        finally:
            self._reindex()
            self.endInsertRows()
        if siblings.index(entry) != row:
            self._reset()
        self.entry_did_change.emit(entry.id)
        return entry

    def take(self, entry_id: str) -> Removal:
        """Drop a never-saved entry, or retire a saved one (see :meth:`CatalogDoc.remove`)."""
        assert self.doc is not None
        entry = self.doc.find(entry_id)
        parent = self.parent_entry(entry)
        saved = bool(_subtree_ids(entry) & self.doc.stored_ids)
        if saved:
            removal = self.doc.remove(entry_id)
            self._changed(entry, subtree=True)
            if not removal.retired:
                self._reset()
            return removal
        row = self.siblings(parent).index(entry)
        parent_index = self.index_of(parent.id) if parent else QModelIndex()
        self.beginRemoveRows(parent_index, row, row)
        try:
            removal = self.doc.remove(entry_id)
        finally:
            self._reindex()
            self.endRemoveRows()
        if removal.retired:
            self._reset()
        self.entry_did_change.emit(entry_id)
        return removal

    def put_back(self, removal: Removal) -> None:
        """Undo :meth:`take`."""
        assert self.doc is not None
        if removal.retired:
            self.doc.undo_remove(removal)
            self._changed(removal.entry, subtree=True)
            return
        parent = self.doc.find(removal.parent_id) if removal.parent_id else None
        siblings = self.siblings(parent)
        row = min(removal.index, len(siblings))
        parent_index = self.index_of(parent.id) if parent else QModelIndex()
        self.beginInsertRows(parent_index, row, row)
        try:
            self.doc.undo_remove(removal)
        finally:
            self._reindex()
            self.endInsertRows()
        self.entry_did_change.emit(removal.entry.id)

    def set_retired(self, entry_id: str, retired: bool) -> bool:
        """Retire or restore; returns the previous state."""
        assert self.doc is not None
        previous = self.doc.set_retired(entry_id, retired)
        self._changed(self.doc.find(entry_id), subtree=True)
        return previous

    def move(self, entry_id: str, index: int) -> int:
        """Move an entry among its same-level siblings; returns its old position there."""
        assert self.doc is not None
        entry = self.doc.find(entry_id)
        parent = self.parent_entry(entry)
        siblings = self.siblings(parent)
        source = siblings.index(entry)
        rest = [s for s in siblings if s is not entry]
        target = full_index(rest, entry.level, index)
        parent_index = self.index_of(parent.id) if parent else QModelIndex()
        if target == source:
            return self.level_index(entry)
        destination = target + 1 if target > source else target
        if not self.beginMoveRows(parent_index, source, source, parent_index, destination):
            _, old = self.doc.move(entry_id, index=index)
            self._reset()
            return old
        try:
            _, old = self.doc.move(entry_id, index=index)
        finally:
            self._reindex()
            self.endMoveRows()
        if siblings.index(entry) != target:
            self._reset()
        self.entry_did_change.emit(entry_id)
        return old

    def edit(self, entry_id: str, **changes: Any) -> dict[str, Any]:
        """Change an entry's name, hint or data-platform references; returns the old values."""
        assert self.doc is not None
        previous = self.doc.edit_entry(entry_id, **changes)
        self._changed(self.doc.find(entry_id))
        return previous

    def set_targets(self, entry_id: str, targets: list[TargetDoc]) -> list[TargetDoc]:
        """Replace a point's targets; returns the previous list."""
        assert self.doc is not None
        previous = self.doc.set_targets(entry_id, targets)
        self._changed(self.doc.find(entry_id))
        return previous


def _subtree_ids(entry: EntryDoc) -> set[str]:
    ids = {entry.id}
    for child in entry.children:
        ids |= _subtree_ids(child)
    return ids
