"""The open document: the database, its undo stack and the app-wide change signal.

Views listen to ``org_did_change`` and refresh only what they show (the idea of
Anki's ``OpChanges``); edits go through :class:`QUndoStack` commands that wrap
service calls, so every edit can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.database import Database

T = TypeVar("T")


class Workspace(QObject):
    """One open database; lives as long as the main window."""

    #: kind ("unit", "major" …) and the ids that changed; an empty tuple means "many".
    org_did_change = Signal(str, tuple)
    identity_did_change = Signal()
    #: a plan was saved, created, deleted or reviewed: its id ("" means "many").
    plan_did_change = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        # The window's Undo/Redo act on the group's active stack: this one, or the
        # stack of the document being edited (a plan) while its editor is shown.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)

    def activate_undo_stack(self, stack: QUndoStack | None) -> None:
        """Point Undo/Redo at ``stack`` (a document's), or back at the organisation's."""
        stack = stack or self.undo_stack
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)

    def changed_from_outside(self) -> None:
        """Many records changed at once, not by an edit here (an import, a sync, a resolution).

        The organisation's undo steps remember values from before: undoing one now would
        silently overwrite what was just imported. So that history is dropped, as the
        documents drop theirs when they read a changed record again, and every view
        reads again.
        """
        self.undo_stack.clear()
        self.org_did_change.emit("", ())
        self.plan_did_change.emit("")

    def read(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a read-only service function in its own session."""
        with self.db.session() as session:
            return fn(session, **kwargs)

    def write(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a service function that changes data, in one transaction."""
        with self.db.session() as session:
            return fn(session, **kwargs)

    def run(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` in one transaction (for small compositions of services)."""
        with self.db.session() as session:
            return fn(session)
