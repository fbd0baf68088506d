"""Undo commands for organisation edits; each wraps a service call and its inverse.

The first ``redo`` happens before the command is pushed (so a refused edit never
enters the stack); ``QUndoStack.push`` then calls ``redo`` once more, which we skip.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.services import org
from app.ui.workspace import Workspace


class _OrgCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, kind: str, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.kind = kind
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # already done by execute()
            return
        self._apply(forward=True)

    def undo(self) -> None:
        self._apply(forward=False)

    def execute(self) -> None:
        """Do the edit now (may raise UserError), then push it onto the stack."""
        self._apply(forward=True)
        self.workspace.undo_stack.push(self)

    def _apply(self, *, forward: bool) -> None:
        raise NotImplementedError


class EditRecordCommand(_OrgCommand):
    """Change fields of one record."""

    def __init__(
        self, workspace: Workspace, kind: str, record_id: str, changes: dict[str, Any]
    ) -> None:
        super().__init__(
            workspace,
            kind,
            QCoreApplication.translate("OrgCommands", "Edit %1").replace(
                "%1", org.kind_of(kind).label
            ),
        )
        self.record_id = record_id
        self.new = changes
        self.old: dict[str, Any] = {}

    def _apply(self, *, forward: bool) -> None:
        values = self.new if forward else self.old
        old = self.workspace.write(
            org.update, kind=self.kind, record_id=self.record_id, changes=values
        )
        if forward:
            self.old = old
        self.workspace.org_did_change.emit(self.kind, (self.record_id,))


class CreateRecordCommand(_OrgCommand):
    """Add a record; undo leaves a tombstone, redo restores the same record."""

    def __init__(self, workspace: Workspace, kind: str, values: dict[str, Any]) -> None:
        super().__init__(
            workspace,
            kind,
            QCoreApplication.translate("OrgCommands", "Add %1").replace(
                "%1", org.kind_of(kind).label
            ),
        )
        self.values = values
        self.record_id: str | None = None

    def _apply(self, *, forward: bool) -> None:
        if forward and self.record_id is None:
            self.record_id = self.workspace.write(org.create, kind=self.kind, values=self.values)
        else:
            self.workspace.write(
                org.set_deleted, kind=self.kind, record_id=self.record_id, deleted=not forward
            )
        self.workspace.org_did_change.emit(self.kind, ())


class DeleteRecordsCommand(_OrgCommand):
    """Soft-delete several records at once (one undo step)."""

    def __init__(self, workspace: Workspace, kind: str, record_ids: list[str]) -> None:
        text = QCoreApplication.translate("OrgCommands", "Delete %1 × %2").replace(
            "%1", org.kind_of(kind).label
        )
        super().__init__(workspace, kind, text.replace("%2", str(len(record_ids))))
        self.record_ids = record_ids

    def _apply(self, *, forward: bool) -> None:
        def change(session: Any) -> None:
            for record_id in self.record_ids:
                org.set_deleted(session, kind=self.kind, record_id=record_id, deleted=forward)

        self.workspace.run(change)  # all or none
        self.workspace.org_did_change.emit(self.kind, ())
