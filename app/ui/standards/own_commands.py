"""Undo commands on a subject's own standard; each wraps the services of
:mod:`app.services.standards.own` and knows its inverse.

Own targets are written straight to the database (they are small and belong to the
subject's unit, which sync sends on), so a command's first step runs *before* it is
pushed: a refusal (not this PC's unit, a retired point …) is shown and nothing enters
the stack. Undo then uses the inverses the services name: a new own target is cleared
(a tombstone), a changed one gets its previous values back, a cleared one is set
again under the same id, and an adoption clears exactly the targets it added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.services.standards.own import (
    adopt_college_targets,
    clear_own_target,
    own_standard,
    set_own_target,
)
from app.services.standards.targets import TargetValues
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class SubjectYear:
    """Whose own standard, and for which year."""

    level: str
    id: str
    year: int

    def args(self) -> dict[str, object]:
        return {"subject_level": self.level, "subject_id": self.id, "year": self.year}


@dataclass(frozen=True)
class OwnValues:
    """An own target's values and its note (why the subject differs)."""

    values: TargetValues
    note: str = ""


Refresh = Callable[[str | None], None]  # the page re-reads, selecting a point


class _OwnCommand(QUndoCommand):
    """Runs :meth:`apply` once before being pushed; redo skips that first time."""

    focus: str | None = None  # the point to select after undo or redo

    def __init__(self, workspace: Workspace, subject: SubjectYear, refresh: Refresh, text: str):
        super().__init__(text)
        self.workspace = workspace
        self.subject = subject
        self.refresh = refresh
        self._applied = False

    def apply(self) -> None:
        """Do the change (raises UserError if refused); called before pushing."""
        self.forward()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.forward()
        self.refresh(self.focus)

    def undo(self) -> None:
        self.backward()
        self.refresh(self.focus)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class SetOwnTargetCommand(_OwnCommand):
    """Write a subject's own target on a point (new, or replacing its previous values)."""

    def __init__(
        self,
        workspace: Workspace,
        subject: SubjectYear,
        refresh: Refresh,
        *,
        point_id: str,
        base_target_id: str | None,
        own_target_id: str | None,
        new: OwnValues,
        previous: OwnValues | None,
        text: str,
    ) -> None:
        super().__init__(workspace, subject, refresh, text)
        self.focus = point_id
        self.point_id = point_id
        self.base_target_id = base_target_id
        self.own_target_id = own_target_id
        self.new = new
        self.previous = previous

    def _set(self, values: OwnValues) -> None:
        self.own_target_id = self.workspace.write(
            set_own_target,
            **self.subject.args(),
            point_id=self.point_id,
            values=values.values,
            base_target_id=None if self.own_target_id else self.base_target_id,
            own_target_id=self.own_target_id,
            note=values.note,
        )

    def forward(self) -> None:
        self._set(self.new)

    def backward(self) -> None:
        if self.previous is None:
            assert self.own_target_id is not None
            self.workspace.write(clear_own_target, own_target_id=self.own_target_id)
        else:
            self._set(self.previous)


class ClearOwnTargetCommand(_OwnCommand):
    """Remove an own target: the college's applies again."""

    def __init__(
        self,
        workspace: Workspace,
        subject: SubjectYear,
        refresh: Refresh,
        *,
        point_id: str,
        own_target_id: str,
        previous: OwnValues,
        text: str,
    ) -> None:
        super().__init__(workspace, subject, refresh, text)
        self.focus = point_id
        self.point_id = point_id
        self.own_target_id = own_target_id
        self.previous = previous

    def forward(self) -> None:
        self.workspace.write(clear_own_target, own_target_id=self.own_target_id)

    def backward(self) -> None:
        self.workspace.write(
            set_own_target,
            **self.subject.args(),
            point_id=self.point_id,
            values=self.previous.values,
            own_target_id=self.own_target_id,
            note=self.previous.note,
        )


@dataclass(frozen=True)
class _Added:
    own_target_id: str
    point_id: str
    values: TargetValues


class AdoptCollegeTargetsCommand(_OwnCommand):
    """Copy every college target the subject has not replaced yet into its own standard."""

    def __init__(
        self, workspace: Workspace, subject: SubjectYear, refresh: Refresh, *, text: str
    ) -> None:
        super().__init__(workspace, subject, refresh, text)
        self.added: list[_Added] = []

    def forward(self) -> None:
        if self.added:  # redo: the same targets, under the same ids
            self.workspace.run(self._restore)
            return
        self.added = self.workspace.run(self._adopt)

    def _adopt(self, session: Session) -> list[_Added]:
        args = self.subject.args()
        before = {r.own_target_id for r in own_standard(session, **args).rows if r.is_own}
        adopt_college_targets(session, **args)
        return [
            _Added(r.own_target_id, r.point_id, r.own)
            for r in own_standard(session, **args).rows
            if r.own_target_id and r.own is not None and r.own_target_id not in before
        ]

    def _restore(self, session: Session) -> None:
        for added in self.added:
            set_own_target(
                session,
                **self.subject.args(),
                point_id=added.point_id,
                values=added.values,
                own_target_id=added.own_target_id,
            )

    def backward(self) -> None:
        def clear(session: Session) -> None:
            for added in self.added:
                clear_own_target(session, own_target_id=added.own_target_id)

        self.workspace.run(clear)
