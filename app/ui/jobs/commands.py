"""Undo commands on an open manual: one value typed, or the whole content before and after.

A :class:`SetValueCommand` addresses its record by id, so it stays valid however
the lists are reordered or restored; typing in one field is one undo step (a
command with a ``burst`` token merges with the next one of the same field and
token; the editor starts a new token whenever a field gains focus or a cell is
opened). A :class:`SnapshotCommand` keeps the duties and posts before and after a
structural edit and puts either back.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.ui.jobs.document import Focus, ManualDocument, Snapshot, ValuePath

_MERGE_ID = 0x4A44  # "JD"


class SetValueCommand(QUndoCommand):
    """Change one value: a duty's text, a post's header field, a work item's duty link …"""

    def __init__(
        self,
        document: ManualDocument,
        path: ValuePath,
        value: Any,
        *,
        text: str,
        burst: object | None = None,
        post_id: str | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.path = path
        self.old = document.value(path)
        self.new = copy.deepcopy(value)
        self.burst = burst
        self.focus = Focus(path.kind, path.record_id, post_id)
        self._first = True

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
        if not self._first:  # the first time, the cursor is already there
            self.document.request_focus(self.focus)
        self._first = False

    def undo(self) -> None:
        self.document.set_value(self.path, self.old)
        self.document.request_focus(self.focus)


class SnapshotCommand(QUndoCommand):
    """A structural edit: the duties and posts before it, and after it."""

    def __init__(
        self,
        document: ManualDocument,
        text: str,
        after: Snapshot,
        *,
        focus: Focus | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = document.snapshot()
        self.after: Snapshot = copy.deepcopy(after)
        self.focus = focus
        self.focus_before = document.current_focus()
        self._first = True

    def redo(self) -> None:
        self.document.restore(self.after)
        focus = self.focus
        if focus is not None and not self._first:
            focus = replace(focus, edit=False)  # open a new row for typing only once
        self._first = False
        self.document.request_focus(focus)

    def undo(self) -> None:
        self.document.restore(self.before)
        self.document.request_focus(self.focus_before or self.focus)
