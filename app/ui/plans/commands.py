"""Undo commands on an open plan; each changes the in-memory document and knows its inverse.

Commands address items by id, never by object, so they stay valid however the
document's lists are reordered. Typing in one field is one undo step: a command
with a ``burst`` token merges with the next one of the same field and token
(the editor starts a new token whenever a field gains focus).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.ui.plans.document import OBJECTIVES, TASKS, FieldPath, Item, PlanDocument

_MERGE_ID = 0x504C  # "PL"


class SetValueCommand(QUndoCommand):
    """Change one value: a header field, a task's name, months or owners, a note …"""

    def __init__(
        self,
        document: PlanDocument,
        path: FieldPath,
        value: Any,
        *,
        text: str,
        burst: object | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.path = path
        self.old = document.value(path)
        self.new = copy.deepcopy(value)
        self.burst = burst

    def id(self) -> int:
        return _MERGE_ID if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetValueCommand)
            and other.path == self.path
            and other.burst == self.burst
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True

    def redo(self) -> None:
        self.document.set_value(self.path, self.new)

    def undo(self) -> None:
        self.document.set_value(self.path, self.old)


class InsertItemCommand(QUndoCommand):
    """Add an objective, task or cost line at a position."""

    def __init__(self, document: PlanDocument, section: str, position: int, item: Item) -> None:
        super().__init__(
            {
                OBJECTIVES: QCoreApplication.translate("PlanCommands", "Add objective"),
                TASKS: QCoreApplication.translate("PlanCommands", "Add task"),
            }.get(section, QCoreApplication.translate("PlanCommands", "Add cost line"))
        )
        self.document = document
        self.section = section
        self.position = position
        self.item = item

    def redo(self) -> None:
        self.document.insert_item(self.section, self.position, copy.deepcopy(self.item))

    def undo(self) -> None:
        self.document.remove_item(self.section, self.position)


class RemoveItemCommand(QUndoCommand):
    """Remove an item; removing an objective also takes it out of the tasks that served it."""

    def __init__(self, document: PlanDocument, section: str, item_id: str) -> None:
        super().__init__(
            {
                OBJECTIVES: QCoreApplication.translate("PlanCommands", "Delete objective"),
                TASKS: QCoreApplication.translate("PlanCommands", "Delete task"),
            }.get(section, QCoreApplication.translate("PlanCommands", "Delete cost line"))
        )
        self.document = document
        self.section = section
        self.item_id = item_id
        self.position = document.index_of(section, item_id)
        self.item: Item = copy.deepcopy(document.items(section)[self.position])
        # For an objective: which tasks pointed at it, and their lists before.
        self.served: dict[str, list[str]] = {}
        if section == OBJECTIVES:
            self.served = {
                t.id: list(t.objective_ids)
                for t in document.doc.tasks
                if item_id in t.objective_ids
            }

    def redo(self) -> None:
        for task_id in self.served:
            task = self.document.find(TASKS, task_id)
            task.objective_ids = [i for i in task.objective_ids if i != self.item_id]
        self.document.remove_item(self.section, self.position)

    def undo(self) -> None:
        # The links first: the task table redraws when the objective comes back.
        for task_id, ids in self.served.items():
            self.document.find(TASKS, task_id).objective_ids = list(ids)
        self.document.insert_item(self.section, self.position, copy.deepcopy(self.item))


class MoveItemCommand(QUndoCommand):
    """Move an item up or down (tasks are renumbered 01, 02 … by position)."""

    def __init__(self, document: PlanDocument, section: str, source: int, target: int) -> None:
        super().__init__(
            {
                OBJECTIVES: QCoreApplication.translate("PlanCommands", "Move objective"),
                TASKS: QCoreApplication.translate("PlanCommands", "Move task"),
            }.get(section, QCoreApplication.translate("PlanCommands", "Move cost line"))
        )
        self.document = document
        self.section = section
        self.source = source
        self.target = target

    def redo(self) -> None:
        self.document.move_item(self.section, self.source, self.target)

    def undo(self) -> None:
        self.document.move_item(self.section, self.target, self.source)
