"""The OPPM editor: matrix, months, owners, tasks by mouse and keyboard; undo; autosave; checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from app.services import org_queries
from app.services.org_queries import Scope
from app.ui.autosave import SAVED
from app.ui.plans.owners_dialog import OwnersDialog
from app.ui.plans.task_model import COL_NAME, FIRST_OBJECTIVE
from tests.ui.plan_support import cell_centre, plan_area, stored_plan, type_into_cell

__all__ = ["plan_area"]  # the fixture


def test_task_name_objective_dot_and_month_by_mouse_and_keyboard_with_undo(
    window, qtbot, plan_area
) -> None:
    """F2 edits a name, a click flips a dot, Space plans a month; the window's Undo/Redo follow."""
    area, _plan_id = plan_area
    view, model = area.editor.ui.taskView, area.editor.task_model
    task = model.task(0)
    view.setFocus()
    view.setCurrentIndex(model.index(0, COL_NAME))
    type_into_cell(qtbot, view, "专业建设（含人才培养方案修订）")
    assert task.name == "专业建设（含人才培养方案修订）"
    assert "修改任务名称" in window.undo_action.text()

    dot = model.index(0, FIRST_OBJECTIVE)
    assert dot.data(Qt.ItemDataRole.DisplayRole) == "●"  # the template links task and goal
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell_centre(view, dot))
    assert task.objective_ids == []

    march = model.index(0, model.month_column(3))
    view.setCurrentIndex(march)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert task.planned_months == [3, 4]
    assert march.data(Qt.ItemDataRole.DisplayRole) == "○"

    for _ in range(2):  # the two months
        window.undo_action.trigger()
    assert task.planned_months == []
    window.undo_action.trigger()  # the dot
    assert task.objective_ids == [area.document.doc.objectives[0].id]
    window.undo_action.trigger()  # the name
    assert task.name == "专业建设"
    assert not window.undo_action.isEnabled()
    for _ in range(4):
        window.redo_action.trigger()
    assert (task.name, task.objective_ids, task.planned_months) == (
        "专业建设（含人才培养方案修订）",
        [],
        [3, 4],
    )


def test_owner_with_priority_a_and_ctrl_n_adds_a_task(window, qtbot, modals, plan_area) -> None:
    """Enter on the owners cell opens the picker; Ctrl+N adds task 05 ready for its name."""
    area, _plan_id = plan_area
    view, model = area.editor.ui.taskView, area.editor.task_model
    doc = area.document.doc
    person = window.workspace.read(
        org_queries.list_rows, kind="person", scope=Scope(unit_id=doc.unit_id)
    )[0]

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, OwnersDialog)
        dialog.ui.personCombo.setEditText(person["name"])
        dialog.ui.priorityCombo.setCurrentIndex(0)  # A
        dialog.ui.addButton.click()
        dialog.ui.buttons.accepted.emit()

    modals.then(pick)
    view.setFocus()
    view.setCurrentIndex(model.index(1, model.owners_column))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    task = model.task(1)
    assert [(o.person_id, o.priority) for o in task.owners] == [(person["id"], "A")]
    assert model.index(1, model.owners_column).data() == f"{person['name']}(A)"

    count = len(doc.tasks)
    view.setCurrentIndex(model.index(count - 1, COL_NAME))
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.tasks) == count + 1
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()  # typing the new name right away
    editor.insert("校企合作")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.tasks[-1].name == "校企合作", timeout=2000)
    assert model.index(count, 0).data() == f"{count + 1:02d}"

    window.undo_action.trigger()  # the name
    window.undo_action.trigger()  # the new task
    assert len(doc.tasks) == count
    window.undo_action.trigger()  # the owner
    assert task.owners == []
    window.redo_action.trigger()
    assert task.owners[0].priority == "A"


def test_autosave_writes_the_plan_and_leaving_saves_at_once(
    window, qtbot, plan_area, demo_db: Path
) -> None:
    """About a second after typing the plan is in the database; going back saves what is left."""
    area, plan_id = plan_area
    editor = area.editor
    editor.ui.leaderEdit.setFocus()
    qtbot.keyClicks(editor.ui.leaderEdit, "Liu")
    assert area.document.state != SAVED
    assert "正在保存" in area.save_label.text()
    qtbot.waitUntil(lambda: area.document.state == SAVED, timeout=3000)
    assert stored_plan(demo_db, plan_id).leader == "Liu"
    assert "已保存" in area.save_label.text()

    editor.ui.leaderEdit.insert("Jiang")
    area.show_list()  # no waiting: leaving the editor saves
    assert stored_plan(demo_db, plan_id).leader == "LiuJiang"

    area.open_plan(plan_id)
    editor.ui.leaderEdit.insert("!")
    window.close()  # closing the window saves too
    assert stored_plan(demo_db, plan_id).leader == "LiuJiang!"


def test_typing_is_one_undo_step_per_field(window, qtbot, plan_area) -> None:
    """Ctrl+Z in the work name undoes the whole burst (the plan's stack, not the field's own);
    Ctrl+Shift+Z redoes it."""
    area, _plan_id = plan_area
    field = area.editor.ui.workNameEdit
    before = field.text()
    field.setFocus()
    qtbot.keyClicks(field, "2030")
    assert field.text() == before + "2030"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == before == area.document.doc.work_name
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(field, Qt.Key.Key_Z, redo)
    assert area.document.doc.work_name == before + "2030" == field.text()


def test_checks_update_as_you_type_and_a_click_selects_the_faulty_cell(qtbot, plan_area) -> None:
    """The template plan lacks owners, months and dates; each problem leads to its cell."""
    area, _plan_id = plan_area
    editor = area.editor
    listing = editor.ui.problemsList
    before = listing.count()
    assert any("没有 A 级负责人" in listing.item(i).text() for i in range(before))
    assert "差错率 100.0%" in editor.ui.errorRateLabel.text()
    editor.ui.leaderEdit.setFocus()
    qtbot.keyClicks(editor.ui.leaderEdit, "Liu")
    qtbot.waitUntil(lambda: listing.count() == before - 1, timeout=1000)
    texts = [listing.item(i).text() for i in range(listing.count())]
    item = listing.item(next(i for i, t in enumerate(texts) if "任务 02：没有 A 级负责人" in t))
    listing.scrollToItem(item)
    qtbot.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center()
    )
    current = editor.ui.taskView.currentIndex()
    assert (current.row(), current.column()) == (1, editor.task_model.owners_column)
    assert editor.ui.taskView.hasFocus()
    assert current.data(Qt.ItemDataRole.BackgroundRole) is not None  # marked in place
    assert "没有 A 级负责人" in current.data(Qt.ItemDataRole.ToolTipRole)


def test_deleting_an_objective_and_moving_a_task_undo_in_one_step(window, qtbot, plan_area) -> None:
    """Del on objective ① removes it and its dots; Ctrl+↓ renumbers tasks; undo restores both."""
    area, _plan_id = plan_area
    editor, doc = area.editor, area.document.doc
    first, second = doc.tasks[0], doc.tasks[1]
    objective = doc.objectives[0]
    view = editor.ui.objectivesView
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.objectives == [] and first.objective_ids == []
    assert editor.task_model.owners_column == FIRST_OBJECTIVE  # the dot column is gone
    window.undo_action.trigger()
    assert doc.objectives[0].id == objective.id and first.objective_ids == [objective.id]

    tasks = editor.ui.taskView
    tasks.setFocus()
    tasks.setCurrentIndex(editor.task_model.index(0, COL_NAME))
    qtbot.keyClick(tasks, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert doc.tasks[:2] == [second, first]
    assert tasks.currentIndex().row() == 1  # the moved task stays current
    assert editor.task_model.index(1, 0).data() == "02"
    window.undo_action.trigger()
    assert doc.tasks[:2] == [first, second]


def test_a_refused_save_is_told_once_and_the_edit_stays_undoable(
    window, qtbot, modals, plan_area, demo_db: Path
) -> None:
    """If the plan was submitted elsewhere, saving is refused: one message, the edit kept."""
    from app.services.plans import workflow
    from tests.ui.plan_support import complete_plan

    area, plan_id = plan_area
    document = area.document
    person = window.workspace.read(
        org_queries.list_rows, kind="person", scope=Scope(unit_id=document.doc.unit_id)
    )[0]
    complete_plan(document, person["id"], person["name"])
    assert area.editor.flush()
    window.workspace.write(workflow.submit, plan_id=plan_id)  # another window did this
    leader = area.editor.ui.leaderEdit
    leader.setFocus()
    qtbot.keyClicks(leader, "X")
    assert not area.editor.flush()
    qtbot.keyClicks(leader, "Y")
    assert not area.editor.flush()
    assert len([t for t in modals.texts if "已锁定" in t]) == 1
    assert "未保存" in area.save_label.text()
    assert stored_plan(demo_db, plan_id).leader == "刘江"
    window.undo_action.trigger()
    assert leader.text() == "刘江" and area.editor.flush()


def test_smart_hints_show_beside_the_text_and_in_the_list(qtbot, plan_area) -> None:
    """A vague objective gets the hint mark and tooltip; hints never count as problems."""
    from app.ui.plans.commands import SetValueCommand
    from app.ui.plans.document import OBJECTIVES, FieldPath

    area, _plan_id = plan_area
    editor, document = area.editor, area.document
    listing = editor.ui.problemsList
    problems_before = len(document.problems)
    objective = document.doc.objectives[0]
    path = FieldPath(OBJECTIVES, objective.id, "text")
    document.push(SetValueCommand(document, path, "进一步加强专业建设", text="目标"))
    qtbot.waitUntil(lambda: document.smart_hint_at(OBJECTIVES, objective.id) is not None)
    index = editor.ui.objectivesView.model().index(0, 1)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "SMART 提示" in index.data(Qt.ItemDataRole.ToolTipRole)
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert any(t.startswith("SMART 提示：目标 1：") for t in texts)
    assert len(document.problems) <= problems_before  # advice, never a problem
    assert not any("SMART" in p.message for p in document.problems)

    document.push(SetValueCommand(document, path, "6 月底前完成 3 门专业教学标准修订", text="目标"))
    qtbot.waitUntil(lambda: document.smart_hint_at(OBJECTIVES, objective.id) is None)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
