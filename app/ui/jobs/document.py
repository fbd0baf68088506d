"""One open manual: the unit's :class:`ManualDoc`, its undo stack, its checks and its autosave.

Edits are undo commands that change the document in memory (cheap, never fail);
the document saves itself about a second after the last edit, and at once when the
area is left or another unit is chosen, through ``store.save_manual``, which writes
only what changed. Structural edits (add, copy, move, delete, paste a list of
standards) keep the whole document before and after: the services' operations are
pure functions on the document, so a snapshot is the simplest inverse that cannot
drift from them. Typing changes one value by id.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand

from app.services.jobs import checks, store
from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
)
from app.services.smart import SmartVerdict
from app.ui.autosave import AutosavingDocument
from app.ui.workspace import Workspace

T = TypeVar("T")

# Kinds of records, as the checks name their sections.
DUTY = "duty"
POST = "post"
CATEGORY = "category"
ITEM = "item"
STANDARD = "standard"

Record = DutyDoc | PostDoc | CategoryDoc | WorkItemDoc | StandardDoc
Snapshot = tuple[list[DutyDoc], list[PostDoc]]


@dataclass(frozen=True)
class ValuePath:
    """Where a value lives: one field of one record, found by id."""

    kind: str  # DUTY, POST, CATEGORY, ITEM or STANDARD
    record_id: str
    name: str  # the attribute


@dataclass(frozen=True)
class Focus:
    """Where the cursor should go after an edit (or its undo): a record and its kind."""

    kind: str
    record_id: str
    post_id: str | None = None  # the post it is in (None for duties and posts)
    edit: bool = False  # open the cell for typing (a new, empty row)


@dataclass(frozen=True)
class Located:
    """A record with the post and parents it sits in (what the checks and the editor need)."""

    post: PostDoc | None
    category: CategoryDoc | None
    item: WorkItemDoc | None
    record: Record


class ManualDocument(AutosavingDocument):
    """The unit's manual being edited, shared by the manual page and the post editor."""

    #: a value changed by typing (kind, record id, field name)
    value_did_change = Signal(str, str, str)
    #: records are about to be added, removed, reordered or restored (models reset)
    structure_will_change = Signal()
    #: … and now they have been
    structure_did_change = Signal()
    #: an undo/redo step asks to show a place (a :class:`Focus`)
    focus_requested = Signal(object)
    #: the checks' result changed
    checks_did_change = Signal()
    checks_ms = 120  # checks wait for a pause in typing (the whole manual: ~20 ms)

    def __init__(
        self,
        workspace: Workspace,
        doc: ManualDoc,
        *,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.doc = doc
        self.read_only = read_only
        self.problems: list[checks.JobProblem] = []
        self.coverage = checks.Coverage()
        self.smart: dict[str, SmartVerdict] = {}
        self._problems_at: dict[tuple[str, str | None], list[checks.JobProblem]] = {}
        self._unlinked: set[str] = set()
        self._uncovered: set[str] = set()
        self._check_timer = QTimer(self, singleShot=True, interval=self.checks_ms)
        self._check_timer.timeout.connect(self.run_checks)
        #: where the cursor is now (set by the area), so undoing an edit returns there
        self.focus_provider: Callable[[], Focus | None] | None = None
        self.run_checks()

    # -- finding records -----------------------------------------------------------
    def locate(self, kind: str, record_id: str) -> Located:
        """A record with its post, category and work item; KeyError if gone."""
        doc = self.doc
        if kind == DUTY:
            for duty in doc.duties:
                if duty.id == record_id:
                    return Located(None, None, None, duty)
            raise KeyError(record_id)
        for post in doc.posts:
            if kind == POST and post.id == record_id:
                return Located(post, None, None, post)
            for cat in post.categories:
                if kind == CATEGORY and cat.id == record_id:
                    return Located(post, cat, None, cat)
                for item in cat.items:
                    if kind == ITEM and item.id == record_id:
                        return Located(post, cat, item, item)
                    if kind == STANDARD:
                        for std in item.standards:
                            if std.id == record_id:
                                return Located(post, cat, item, std)
        raise KeyError(record_id)

    def post(self, post_id: str) -> PostDoc | None:
        """A post by id, or None if it is gone (deleted, or undone)."""
        return next((p for p in self.doc.posts if p.id == post_id), None)

    def value(self, path: ValuePath) -> Any:
        """The current value at ``path`` (a copy, so commands can keep it)."""
        return copy.deepcopy(getattr(self.locate(path.kind, path.record_id).record, path.name))

    # -- changing ------------------------------------------------------------------
    def set_value(self, path: ValuePath, value: Any) -> None:
        """Change one value and tell the views (used by the undo commands)."""
        setattr(self.locate(path.kind, path.record_id).record, path.name, copy.deepcopy(value))
        self.value_did_change.emit(path.kind, path.record_id, path.name)
        self._check_timer.start()

    def snapshot(self) -> Snapshot:
        """The manual's content as it is now (deep copies)."""
        return copy.deepcopy(self.doc.duties), copy.deepcopy(self.doc.posts)

    def restore(self, snapshot: Snapshot) -> None:
        """Put the content of ``snapshot`` back (used by the structural undo commands)."""
        self.structure_will_change.emit()
        duties, posts = copy.deepcopy(snapshot)
        self.doc.duties = duties
        self.doc.posts = posts
        self.structure_did_change.emit()
        self._check_timer.start()

    def push(self, command: QUndoCommand) -> bool:
        """Do an edit through the undo stack; refused (False) on a read-only manual."""
        if self.read_only:
            return False
        self.undo_stack.push(command)
        return True

    def apply(
        self,
        text: str,
        edit: Callable[[ManualDoc], T],
        *,
        focus: Callable[[T], Focus | None] | None = None,
    ) -> T | None:
        """Run a pure edit on a copy of the manual and push it as one undo step.

        ``edit`` gets the copy and may return what it made (a new post …); ``focus``
        turns that into the place the cursor goes. Returns ``edit``'s result, or None
        when the manual is read-only.
        """
        from app.ui.jobs.commands import SnapshotCommand

        if self.read_only:
            return None
        work = ManualDoc(
            unit_id=self.doc.unit_id,
            duties=copy.deepcopy(self.doc.duties),
            posts=copy.deepcopy(self.doc.posts),
        )
        result = edit(work)
        where = focus(result) if focus is not None else None
        self.push(SnapshotCommand(self, text, (work.duties, work.posts), focus=where))
        return result

    def current_focus(self) -> Focus | None:
        """Where the cursor is now, if a view says so."""
        return self.focus_provider() if self.focus_provider is not None else None

    def request_focus(self, focus: Focus | None) -> None:
        """Ask the views to show ``focus`` (after an undo or redo)."""
        if focus is not None:
            self.focus_requested.emit(focus)

    # -- checks ----------------------------------------------------------------------
    @Slot()
    def run_checks(self) -> None:
        """Re-run the form checks, the duty coverage and the SMART hints; tell the views."""
        self._check_timer.stop()
        doc = self.doc
        self.problems = checks.check_manual(doc)
        self.coverage = checks.coverage(doc)
        self.smart = {k: v for k, v in checks.smart_hints(doc).items() if not v.ok}
        self._problems_at = {}
        for problem in self.problems:
            self._problems_at.setdefault((problem.section, problem.item_id), []).append(problem)
        self._unlinked = {u.item_id for u in self.coverage.unlinked_items}
        self._uncovered = {d.id for _n, d in self.coverage.uncovered_duties}
        self.checks_did_change.emit()

    def problems_at(self, kind: str, record_id: str | None, name: str | None = None) -> list[str]:
        """Messages of the form problems at a record (and field, if given)."""
        return [
            p.message
            for p in self._problems_at.get((kind, record_id), [])
            if name is None or p.field == name
        ]

    def unlinked(self, item_id: str) -> bool:
        """A work item that serves no unit duty (and is not the catch-all 其它工作)."""
        return item_id in self._unlinked

    def uncovered(self, duty_id: str) -> bool:
        """A unit duty that no post's work carries out."""
        return duty_id in self._uncovered

    def smart_at(self, standard_id: str) -> SmartVerdict | None:
        """The SMART verdict of a standard line, if it has a hint."""
        return self.smart.get(standard_id)

    def carried_by(self, duty_id: str) -> list[str]:
        """Titles of the posts whose work carries out a duty."""
        return self.coverage.carried_by.get(duty_id, [])

    # -- saving ----------------------------------------------------------------------
    def _write(self) -> bool:
        self.workspace.write(store.save_manual, doc=self.doc)
        return True

    def replace(self, doc: ManualDoc) -> None:
        """Show the manual as stored now (changed by a sync import or another program).

        The undo history is dropped: its steps describe a manual that no longer exists.
        """
        self.structure_will_change.emit()
        self.doc = doc
        self.structure_did_change.emit()
        self.undo_stack.clear()
        self.mark_saved()
        self.run_checks()

    def content(self) -> Any:
        """Duties and posts with their ids, texts as stored (what a reload compares)."""
        return content_of(self.doc)


def content_of(doc: ManualDoc) -> Any:
    """A manual's duties and posts as plain data, texts stripped as the store keeps them."""

    def normal(value: Any) -> Any:
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, dict):
            return {k: normal(v) for k, v in value.items()}
        if isinstance(value, list):
            return [normal(v) for v in value]
        return value

    data = doc.to_data()
    return normal({"duties": data["duties"], "posts": data["posts"]})
