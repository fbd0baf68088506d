"""One open catalog: its tree model, undo stack and autosave.

Edits are undo commands that change the :class:`CatalogDoc` in memory (cheap; the
document's own rules refuse what is not allowed, before anything is pushed); the catalog
saves itself about a second after the last edit and at once when the page is left,
through :func:`app.services.standards.store.save_catalog`, which writes only what
changed. A refused save (this PC is a unit's, a second catalog of the year arrived …)
is reported once per reason; the edits stay in memory and can be undone.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand

from app.services.errors import UserError
from app.services.standards import levels as lv
from app.services.standards import store
from app.services.standards.doc import CatalogDoc, EntryDoc, TargetDoc
from app.ui.autosave import AutosavingDocument
from app.ui.standards.catalog_commands import (
    AddEntryCommand,
    EditEntryCommand,
    MoveEntryCommand,
    RemoveEntryCommand,
    SetRetiredCommand,
    SetTargetsCommand,
)
from app.ui.standards.catalog_model import CatalogTreeModel
from app.ui.standards.labels import level_label
from app.ui.workspace import Workspace


class CatalogDocument(AutosavingDocument):
    """The catalog being edited (or only read, with ``read_only_reason`` saying why)."""

    #: a save wrote something (other pages showing the catalog read it again)
    did_save = Signal()

    def __init__(
        self,
        workspace: Workspace,
        doc: CatalogDoc,
        *,
        read_only_reason: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.doc = doc
        self.read_only_reason = read_only_reason
        self.model = CatalogTreeModel(doc, self)
        self.model.read_only = self.read_only
        self.model.rename_requested.connect(self.rename)

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def _label(self, level: str) -> str:
        return level_label(self.doc.kind, level)

    def _push(self, command: QUndoCommand) -> bool:
        if self.read_only:
            return False
        self.undo_stack.push(command)
        return True

    # -- edits (each one undo step) --------------------------------------------------------
    def add_entry(
        self, *, level: str, parent_id: str | None, index: int | None, name: str = ""
    ) -> EntryDoc | None:
        """Add an entry; named "新质控点" … unless a name is given. None if read-only."""
        label = self._label(level)
        name = name or QCoreApplication.translate("CatalogCommands", "New %1").replace("%1", label)
        command = AddEntryCommand(
            self.model,
            level=level,
            name=name,
            parent_id=parent_id,
            index=index,
            text=QCoreApplication.translate("CatalogCommands", "Add %1").replace("%1", label),
        )
        parent = self.doc.find(parent_id) if parent_id else None  # a Chinese error if gone
        if level not in lv.allowed_children(self.doc.kind, parent.level if parent else None):
            raise UserError(
                QCoreApplication.translate("CatalogCommands", "%1 cannot be added here.").replace(
                    "%1", label
                )
            )
        return command.entry if self._push(command) else None

    @Slot(str, str)
    def rename(self, entry_id: str, name: str) -> bool:
        entry = self.doc.find(entry_id)
        if " ".join(name.split()) == entry.name:
            return False
        text = QCoreApplication.translate("CatalogCommands", "Rename %1").replace(
            "%1", self._label(entry.level)
        )
        return self._push(EditEntryCommand(self.model, entry_id, text=text, name=name))

    def edit(self, entry_id: str, **changes: Any) -> bool:
        """Change a diagnostic point's hint or data-platform references."""
        entry = self.doc.find(entry_id)
        if all(getattr(entry, k) == v for k, v in changes.items()):
            return False
        text = QCoreApplication.translate("CatalogCommands", "Edit %1").replace(
            "%1", self._label(entry.level)
        )
        return self._push(EditEntryCommand(self.model, entry_id, text=text, **changes))

    def retire(self, entry_id: str) -> bool:
        """Retire an entry (an unsaved one is dropped); False if it is retired already."""
        entry = self.doc.find(entry_id)
        if entry.retired:
            return False
        text = QCoreApplication.translate("CatalogCommands", "Retire %1").replace(
            "%1", self._label(entry.level)
        )
        return self._push(RemoveEntryCommand(self.model, entry_id, text=text))

    def restore(self, entry_id: str) -> bool:
        entry = self.doc.find(entry_id)
        if not entry.retired:
            return False
        text = QCoreApplication.translate("CatalogCommands", "Restore %1").replace(
            "%1", self._label(entry.level)
        )
        return self._push(SetRetiredCommand(self.model, entry_id, False, text=text))

    def move(self, entry_id: str, delta: int) -> bool:
        """Move up (-1) or down (+1) among the entries of the same level and parent."""
        entry = self.doc.find(entry_id)
        position = self.model.level_index(entry) + delta
        if not 0 <= position < self.model.same_level_count(entry):
            return False
        text = QCoreApplication.translate("CatalogCommands", "Move %1").replace(
            "%1", self._label(entry.level)
        )
        return self._push(MoveEntryCommand(self.model, entry_id, position, text=text))

    def set_targets(self, entry_id: str, targets: list[TargetDoc], *, text: str) -> bool:
        return self._push(SetTargetsCommand(self.model, entry_id, targets, text=text))

    def set_target_value(self, entry_id: str, row: int, field: str, value: str) -> bool:
        """Change one value of one of a point's targets."""
        targets = copy.deepcopy(self.doc.find(entry_id).targets)
        if not 0 <= row < len(targets) or getattr(targets[row], field) == value:
            return False
        setattr(targets[row], field, value)
        return self.set_targets(
            entry_id, targets, text=QCoreApplication.translate("CatalogCommands", "Edit target")
        )

    def add_target(self, entry_id: str) -> int | None:
        """Add an empty target to a point; its row, or None if read-only."""
        targets = copy.deepcopy(self.doc.find(entry_id).targets)
        targets.append(TargetDoc())
        if self.set_targets(
            entry_id, targets, text=QCoreApplication.translate("CatalogCommands", "Add target")
        ):
            return len(targets) - 1
        return None

    def remove_target(self, entry_id: str, row: int) -> bool:
        """Remove one of a point's targets (subjects' own copies of it stay theirs)."""
        targets = copy.deepcopy(self.doc.find(entry_id).targets)
        if not 0 <= row < len(targets):
            return False
        del targets[row]
        return self.set_targets(
            entry_id, targets, text=QCoreApplication.translate("CatalogCommands", "Remove target")
        )

    # -- saving ----------------------------------------------------------------------------
    def _write(self) -> bool:
        return self.workspace.write(store.save_catalog, doc=self.doc)

    def _did_write(self, changed: bool) -> None:
        if changed:
            self.did_save.emit()
