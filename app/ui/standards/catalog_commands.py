"""Undo commands on an open catalog; each makes one :class:`CatalogTreeModel` primitive call
and knows its inverse (the document's methods return what the inverse needs).

Commands address entries by id, never by object or row, so they stay valid however the
tree is reordered. An added entry is put back as the *same* entry (same id) when its
addition is redone, so later commands that name it still find it.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.services.standards.doc import EntryDoc, Removal, TargetDoc
from app.ui.standards.catalog_model import CatalogTreeModel


class AddEntryCommand(QUndoCommand):
    """Add a dimension, standard, control point … under a parent at a position."""

    def __init__(
        self,
        model: CatalogTreeModel,
        *,
        level: str,
        name: str,
        parent_id: str | None,
        index: int | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.level = level
        self.name = name
        self.parent_id = parent_id
        self.index = index
        self.entry: EntryDoc | None = None
        self.removal: Removal | None = None

    @property
    def entry_id(self) -> str | None:
        return self.entry.id if self.entry is not None else None

    def redo(self) -> None:
        if self.removal is not None:
            self.model.put_back(self.removal)
            self.removal = None
            return
        self.entry = self.model.insert_new(
            level=self.level, name=self.name, parent_id=self.parent_id, index=self.index
        )

    def undo(self) -> None:
        # Saved by now (autosave), the entry is retired rather than dropped: a saved
        # entry is never deleted (app.services.standards.doc).
        assert self.entry is not None
        self.removal = self.model.take(self.entry.id)


class RemoveEntryCommand(QUndoCommand):
    """Retire an entry (Del); one added since the last save is simply dropped."""

    def __init__(self, model: CatalogTreeModel, entry_id: str, *, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.entry_id = entry_id
        self.removal: Removal | None = None

    def redo(self) -> None:
        self.removal = self.model.take(self.entry_id)

    def undo(self) -> None:
        assert self.removal is not None
        self.model.put_back(self.removal)


class SetRetiredCommand(QUndoCommand):
    """Retire or restore an entry."""

    def __init__(self, model: CatalogTreeModel, entry_id: str, retired: bool, *, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.entry_id = entry_id
        self.retired = retired
        self.previous = retired

    def redo(self) -> None:
        self.previous = self.model.set_retired(self.entry_id, self.retired)

    def undo(self) -> None:
        self.model.set_retired(self.entry_id, self.previous)


class MoveEntryCommand(QUndoCommand):
    """Move an entry up or down among its same-level siblings."""

    def __init__(self, model: CatalogTreeModel, entry_id: str, index: int, *, text: str) -> None:
        super().__init__(text)
        self.model = model
        self.entry_id = entry_id
        self.index = index
        self.old = index

    def redo(self) -> None:
        self.old = self.model.move(self.entry_id, self.index)

    def undo(self) -> None:
        self.model.move(self.entry_id, self.old)


class EditEntryCommand(QUndoCommand):
    """Rename an entry, or change a diagnostic point's hint or data-platform references."""

    def __init__(self, model: CatalogTreeModel, entry_id: str, *, text: str, **changes: Any):
        super().__init__(text)
        self.model = model
        self.entry_id = entry_id
        self.changes = copy.deepcopy(changes)
        self.previous: dict[str, Any] = {}

    def redo(self) -> None:
        self.previous = self.model.edit(self.entry_id, **self.changes)

    def undo(self) -> None:
        self.model.edit(self.entry_id, **self.previous)


class SetTargetsCommand(QUndoCommand):
    """Replace a point's targets (one cell edited, a target added or removed)."""

    def __init__(
        self, model: CatalogTreeModel, entry_id: str, targets: list[TargetDoc], *, text: str
    ) -> None:
        super().__init__(text)
        self.model = model
        self.entry_id = entry_id
        self.targets = copy.deepcopy(targets)
        self.previous: list[TargetDoc] = []

    def redo(self) -> None:
        self.previous = copy.deepcopy(self.model.set_targets(self.entry_id, self.targets))

    def undo(self) -> None:
        self.model.set_targets(self.entry_id, self.previous)
