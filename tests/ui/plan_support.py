"""Helpers for the plans UI tests: a plan of our own on the sample college, opened in the window.

The sample college may or may not already hold a year of plans; the tests make a
plan for a year the sample never uses (2030), from the major template, so they
know exactly what it contains.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid

from app.services.database import open_database
from app.services.plans import store
from app.services.plans.doc import Owner, PlanDoc
from app.services.plans.subjects import subjects
from app.ui.plans.area import PlansArea
from app.ui.plans.commands import SetValueCommand
from app.ui.plans.document import HEADER, OBJECTIVES, TASKS, FieldPath, PlanDocument

YEAR = 2030


def stored_plan(db_path: Path, plan_id: str) -> PlanDoc:
    """The plan as the database holds it (a separate connection, like a restart)."""
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as session:
            return store.load_plan(session, plan_id=plan_id)
    finally:
        db.close()


def create_major_plan(window: object) -> str:
    """A 2030 plan for the first major, from the template; its id."""
    workspace = window.workspace  # type: ignore[attr-defined]
    major = workspace.read(subjects, level="major")[0]
    doc = workspace.write(store.create_plan, level="major", subject_id=major.id, year=YEAR)
    workspace.plan_did_change.emit(doc.id)
    return doc.id


def plans_area(window: object) -> PlansArea:
    """Show the plans area and return it."""
    assert window.select_node("area", "plans")  # type: ignore[attr-defined]
    page = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(page, PlansArea)
    return page


def open_with_keyboard(qtbot: object, area: PlansArea, plan_id: str) -> PlanDocument:
    """Select the plan in the list and press Enter."""
    view = area.list_page.ui.plansView
    assert area.list_page.select_plan(plan_id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert area.editing()
    assert area.document is not None and area.document.doc.id == plan_id
    return area.document


@pytest.fixture
def plan_area(window: object, qtbot: object) -> Iterator[tuple[PlansArea, str]]:
    """The plans area with our 2030 major plan open in the editor."""
    plan_id = create_major_plan(window)
    # Open before showing the area, so the list of the sample's ~900 plans is never
    # read (the list tests cover opening from it).
    area = window.navigator._area_page("plans")  # type: ignore[attr-defined]
    assert area.open_plan(plan_id)
    plans_area(window)
    area.editor.ui.taskView.setFocus()
    yield area, plan_id


def cell_centre(view: object, index: QModelIndex) -> QPoint:
    """Where to click a cell."""
    return view.visualRect(index).center()  # type: ignore[attr-defined]


def type_into_cell(qtbot: object, view: object, text: str) -> None:
    """F2, replace the text, Enter (non-ASCII text arrives as an input method inserts it)."""
    qtbot.keyClick(view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not isValid(editor) or not editor.isVisible(), timeout=2000
    )


def complete_plan(document: PlanDocument, person_id: str, name: str) -> None:
    """Fix every problem through undo commands (what a secretary would type)."""
    doc = document.doc

    def push(section: str, item_id: str | None, field: str, value: object) -> None:
        document.push(
            SetValueCommand(document, FieldPath(section, item_id, field), value, text="test")
        )

    push(HEADER, None, "leader", "刘江")
    for objective in doc.objectives:
        push(OBJECTIVES, objective.id, "text", "人才培养方案修订并通过论证")
    for task in doc.tasks:
        push(TASKS, task.id, "owners", [Owner(person_id, "A", name)])
        push(TASKS, task.id, "planned_months", [3, 4, 5])
        push(TASKS, task.id, "target_date", date(YEAR, 6, 30))
        push(TASKS, task.id, "objective_ids", [doc.objectives[0].id])
        if not task.name:
            push(TASKS, task.id, "name", "新任务")
    for cost in doc.costs:
        if not cost.category:
            push("costs", cost.id, "category", "培训经费")
    document.run_checks()  # now, not on the next turn of the event loop
