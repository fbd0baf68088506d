"""One open plan: the in-memory :class:`PlanDoc`, its undo stack, its checks and its autosave.

Edits are undo commands that change the document in memory (cheap, never fail);
the document saves itself about a second after the last edit, and at once when the
editor is left, through ``store.save_plan``, which writes only what changed. So a
crash loses at most a second, and undo never waits for the database.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand

from app.services.plans import checks, store
from app.services.plans.doc import CostDoc, ObjectiveDoc, PlanDoc, TaskDoc
from app.ui.autosave import AutosavingDocument
from app.ui.workspace import Workspace

# Sections of a plan and the list each holds.
OBJECTIVES = "objectives"
TASKS = "tasks"
COSTS = "costs"
HEADER = "header"
NOTE = "note"  # a month's 概述与预测; the path's item is the month

# The checks name sections in the singular.
_PROBLEM_SECTION = {OBJECTIVES: "objective", TASKS: "task", COSTS: "cost", HEADER: "header"}
#: and back: a problem's section → the document's
DOC_SECTION = {v: k for k, v in _PROBLEM_SECTION.items()}

Item = ObjectiveDoc | TaskDoc | CostDoc


@dataclass(frozen=True)
class FieldPath:
    """Where a value lives: a header field, a field of one item, or a month's note."""

    section: str  # HEADER, OBJECTIVES, TASKS, COSTS or NOTE
    item_id: str | None  # the item's id; the month (as text) for NOTE
    name: str  # the attribute


class PlanDocument(AutosavingDocument):
    """The plan being edited, shared by the editor's widgets and models."""

    #: a value changed (section, item id or "", field name)
    value_did_change = Signal(str, str, str)
    #: items of a section are about to be added, removed or reordered (models reset)
    items_will_change = Signal(str)
    #: … and now they have been
    items_did_change = Signal(str)
    #: the checks' result changed
    problems_did_change = Signal()

    def __init__(self, workspace: Workspace, doc: PlanDoc, parent: QObject | None = None) -> None:
        super().__init__(workspace, parent)
        self.doc = doc
        self.problems: list[checks.PlanProblem] = []
        self.smart_hints: list[checks.SmartHint] = []
        self.error_rate = 0.0
        self._check_timer = QTimer(self, singleShot=True, interval=0)
        self._check_timer.timeout.connect(self.run_checks)
        self.run_checks()

    # -- status --------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Submitted or approved: the content is locked, tracking is not."""
        return self.doc.status not in store.EDITABLE

    # -- reading and changing values ----------------------------------------
    def items(self, section: str) -> list[Any]:
        """The list of objectives, tasks or cost lines."""
        return getattr(self.doc, section)

    def index_of(self, section: str, item_id: str) -> int:
        """Position of an item in its section, or -1."""
        for i, item in enumerate(self.items(section)):
            if item.id == item_id:
                return i
        return -1

    def find(self, section: str, item_id: str) -> Any:
        """The item with ``item_id`` (KeyError if gone)."""
        position = self.index_of(section, item_id)
        if position < 0:
            raise KeyError(item_id)
        return self.items(section)[position]

    def value(self, path: FieldPath) -> Any:
        """The current value at ``path`` (a copy for lists, so commands can keep it)."""
        if path.section == HEADER:
            return copy.deepcopy(getattr(self.doc, path.name))
        if path.section == NOTE:
            return self.doc.notes.get(int(path.item_id or 0), "")
        return copy.deepcopy(getattr(self.find(path.section, path.item_id or ""), path.name))

    def set_value(self, path: FieldPath, value: Any) -> None:
        """Change one value and tell the views (used by the undo commands)."""
        value = copy.deepcopy(value)
        if path.section == HEADER:
            setattr(self.doc, path.name, value)
        elif path.section == NOTE:
            self.doc.notes[int(path.item_id or 0)] = value
        else:
            setattr(self.find(path.section, path.item_id or ""), path.name, value)
        self.value_did_change.emit(path.section, path.item_id or "", path.name)
        self._check_timer.start()

    def insert_item(self, section: str, position: int, item: Item) -> None:
        """Put ``item`` at ``position`` of its section."""
        self.items_will_change.emit(section)
        self.items(section).insert(position, item)
        self._items_changed(section)

    def remove_item(self, section: str, position: int) -> Item:
        """Take the item at ``position`` out of its section."""
        self.items_will_change.emit(section)
        item = self.items(section).pop(position)
        self._items_changed(section)
        return item

    def move_item(self, section: str, source: int, target: int) -> None:
        """Move an item to another position (for Ctrl+↑/↓ and the arrow buttons)."""
        self.items_will_change.emit(section)
        items = self.items(section)
        items.insert(target, items.pop(source))
        self._items_changed(section)

    def _items_changed(self, section: str) -> None:
        self.items_did_change.emit(section)
        self._check_timer.start()

    def push(self, command: QUndoCommand) -> None:
        """Do an edit through the undo stack."""
        self.undo_stack.push(command)

    # -- checks ----------------------------------------------------------------
    @Slot()
    def run_checks(self) -> None:
        """Re-run the plan's checks and SMART hints (about a millisecond) and tell the views."""
        self.problems = checks.check_plan(self.doc)
        self.error_rate = checks.error_rate(self.doc)
        self.smart_hints = checks.smart_hints(self.doc)  # ~0.2 ms a text
        self.problems_did_change.emit()

    def smart_hint_at(self, section: str, item_id: str | None) -> checks.SmartHint | None:
        """The SMART hint on an item's text (the header's goal with ``item_id`` None)."""
        wanted = _PROBLEM_SECTION.get(section, section)
        return next(
            (h for h in self.smart_hints if h.section == wanted and h.item_id == item_id), None
        )

    def problems_at(self, section: str, item_id: str | None, name: str | None = None) -> list[str]:
        """Messages of the problems found at an item (and field, if given)."""
        wanted = _PROBLEM_SECTION.get(section, section)
        return [
            p.message
            for p in self.problems
            if p.section == wanted and p.item_id == item_id and (name is None or p.field == name)
        ]

    # -- saving ----------------------------------------------------------------
    def _write(self) -> bool:
        return self.workspace.write(store.save_plan, doc=self.doc)

    def _did_write(self, changed: bool) -> None:
        if changed:
            self.workspace.plan_did_change.emit(self.doc.id)

    def reload(self) -> None:
        """Read the plan again after a change made outside the editor (review, monthly update).

        The undo history is dropped: its steps describe a document that no longer exists.
        """
        self.save_now()
        doc = self.workspace.read(store.load_plan, plan_id=self.doc.id)
        for section in (OBJECTIVES, TASKS, COSTS):
            self.items_will_change.emit(section)
        self.doc = doc
        self.undo_stack.clear()
        self.mark_saved()
        for section in (OBJECTIVES, TASKS, COSTS):
            self.items_did_change.emit(section)
        self.value_did_change.emit(HEADER, "", "")
        self.run_checks()
