"""The post editor: header, the 岗位职责 table by keyboard and mouse, undo, autosave, checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.ui.autosave import SAVED
from app.ui.jobs.manual_models import PROBLEM_BACKGROUND
from app.ui.jobs.post_model import COL_CATEGORY, COL_DUTY, COL_ITEM, COL_STANDARD
from tests.ui.jobs_support import cell_text, jobs_area, stored_manual, type_into_cell

PASTED_CELL = (
    "1.每学期开学第 1 周内完成期初教学检查并通报结果； "
    "2.每学期第 10 周前完成期中教学检查，检查覆盖全部教学单位；\n"
    "3.加强教学检查工作。"
)


def _new_post(window, qtbot):
    """教务科研处's manual open; Ctrl+N on the posts table adds a post and opens it."""
    area = jobs_area(window)
    area.manual_page.ui.postsView.setFocus()
    count = len(area.document.doc.posts)
    window.ui.actionAdd.trigger()
    assert area.editing()
    assert len(area.document.doc.posts) == count + 1
    return area, area.editor.post()


def test_new_post_header_typing_is_one_undo_step_and_autosave_reaches_the_database(
    window, qtbot, demo_db: Path
) -> None:
    """岗位名称 typed in two bursts of one field is one undo step; a second later it is stored."""
    area, post = _new_post(window, qtbot)
    editor = area.editor
    assert (post.title, post.headcount) == ("", 1)  # store.new_post: one person
    assert [c.name for c in post.categories] == ["其它工作"]
    title = editor.ui.titleEdit
    title.setFocus()
    title.insert("教学质量管理")
    title.insert("岗位")
    assert post.title == "教学质量管理岗位"
    assert "修改岗位名称" in window.undo_action.text()
    window.undo_action.trigger()
    assert post.title == "" and title.text() == ""
    window.redo_action.trigger()
    assert title.text() == "教学质量管理岗位"

    editor.ui.headcountSpin.setValue(2)
    editor.ui.supervisorEdit.setFocus()
    editor.ui.supervisorEdit.insert("处长")
    editor.ui.subordinatesEdit.setFocus()
    editor.ui.subordinatesEdit.insert("无")
    editor.ui.coefficientEdit.setFocus()
    qtbot.keyClicks(editor.ui.coefficientEdit, "1.2")
    editor.ui.educationEdit.setFocus()
    editor.ui.educationEdit.setPlainText("本科及以上学历，中级及以上职称")
    assert (post.headcount, post.supervisor, post.coefficient) == (2, "处长", "1.2")
    assert post.education == "本科及以上学历，中级及以上职称"
    assert area.document.state != SAVED
    assert "正在保存" in area.save_label.text()
    qtbot.waitUntil(lambda: area.document.state == SAVED, timeout=3000)
    stored = stored_manual(demo_db, area.document.doc.unit_id).post(post.id)
    assert (stored.title, stored.headcount, stored.coefficient, stored.supervisor) == (
        "教学质量管理岗位",
        2,
        "1.2",
        "处长",
    )
    assert stored.subordinates == "无" and stored.education.startswith("本科")
    assert "已保存" in area.save_label.text()


def test_table_type_work_pasted_standards_duty_link_smart_hint_and_undo(window, qtbot) -> None:
    """The form's table filled from the keyboard: a type, a work item, a pasted standards cell
    that splits into three lines, the duty it serves; the vague line gets a SMART hint."""
    area, _post = _new_post(window, qtbot)
    editor, document = area.editor, area.document
    view, model = editor.ui.postView, editor.table_model

    def post_now():
        return editor.post()  # undo and redo put fresh copies in place

    view.setFocus()
    view.setCurrentIndex(model.index(0, COL_CATEGORY))
    qtbot.keyClick(view, Qt.Key.Key_Insert)  # a new duty type, opened for typing
    assert [c.name for c in post_now().categories] == ["", "其它工作"]  # 其它工作 stays last
    line = QApplication.focusWidget()
    line.insert("二、教学运行管理")  # the number is a position, not part of the name
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: post_now().categories[0].name == "教学运行管理", timeout=2000)
    assert cell_text(model.index(0, COL_CATEGORY)) == "一、教学运行管理"

    view.setCurrentIndex(model.index(0, COL_ITEM))  # the type's empty work cell
    type_into_cell(qtbot, view, "1.组织期初、期中、期末教学检查")
    qtbot.waitUntil(lambda: len(post_now().categories[0].items) == 1, timeout=2000)
    item = post_now().categories[0].items[0]
    assert item.text == "组织期初、期中、期末教学检查"

    view.setCurrentIndex(model.index(0, COL_STANDARD))  # "(no standard: type or paste)"
    type_into_cell(qtbot, view, PASTED_CELL)
    qtbot.waitUntil(lambda: len(post_now().categories[0].items[0].standards) == 3, timeout=2000)
    item = post_now().categories[0].items[0]
    assert [s.text for s in item.standards] == [
        "每学期开学第 1 周内完成期初教学检查并通报结果",
        "每学期第 10 周前完成期中教学检查，检查覆盖全部教学单位",
        "加强教学检查工作。",
    ]
    assert cell_text(model.index(1, COL_STANDARD)).startswith("2.每学期第 10 周")
    assert view.rowSpan(0, COL_ITEM) == 3 and view.rowSpan(0, COL_CATEGORY) == 3
    assert view.rowHeight(0) >= 26

    document.run_checks()  # now, not after the typing pause
    assert model.index(2, COL_STANDARD).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, COL_STANDARD).data(Qt.ItemDataRole.DecorationRole) is None
    assert "SMART" in model.index(2, COL_STANDARD).data(Qt.ItemDataRole.ToolTipRole)
    hints = [e.text for e in editor.checks_model.entries if e.severity == "hint"]
    assert any("加强" in text or "组织期初" in text for text in hints)

    # The work serves no duty yet: its duty cell is marked and the checks list it.
    assert model.index(0, COL_DUTY).data(Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert any(e.severity == "gap" for e in editor.checks_model.entries)
    view.setCurrentIndex(model.index(0, COL_DUTY))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    duty = document.doc.duties[2]
    combo.setCurrentIndex(combo.findData(duty.id))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: post_now().categories[0].items[0].duty_id == duty.id, timeout=2000)
    document.run_checks()
    assert model.index(0, COL_DUTY).data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell_text(model.index(0, COL_DUTY)) == f"3. {duty.text}"
    assert not any(e.severity == "gap" for e in editor.checks_model.entries)

    window.undo_action.trigger()  # the link
    assert post_now().categories[0].items[0].duty_id is None
    window.undo_action.trigger()  # the pasted cell
    assert post_now().categories[0].items[0].standards == []
    window.redo_action.trigger()
    window.redo_action.trigger()
    item = post_now().categories[0].items[0]
    assert len(item.standards) == 3 and item.duty_id == duty.id


def test_keys_move_and_delete_rows_and_a_check_jumps_to_its_cell(window, qtbot) -> None:
    """Ctrl+↓ moves a standard line, Del deletes it (undoable); a click on a check goes there."""
    area = jobs_area(window)
    doc = area.document.doc
    post = next(p for p in doc.posts if p.title == "教学管理岗位")
    assert area.open_post(post.id)
    editor = area.editor
    view, model = editor.ui.postView, editor.table_model
    item = post.categories[0].items[0]
    first, second = (s.text for s in item.standards[:2])
    view.setFocus()
    view.setCurrentIndex(model.index(0, COL_STANDARD))
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    item = editor.post().categories[0].items[0]
    assert [s.text for s in item.standards[:2]] == [second, first]
    assert view.currentIndex().row() == 1  # the moved line stays current
    count = len(item.standards)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the window's Delete, on the focused table
    assert len(editor.post().categories[0].items[0].standards) == count - 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [s.text for s in editor.post().categories[0].items[0].standards[:2]] == [first, second]

    editor.ui.supervisorEdit.setFocus()
    editor.ui.supervisorEdit.selectAll()
    editor.ui.supervisorEdit.del_()
    editor.ui.supervisorEdit.textEdited.emit("")  # cleared by the user
    area.document.run_checks()
    assert "直接上级" in editor.ui.supervisorEdit.toolTip()
    checks = editor.ui.checksView
    row = next(n for n, e in enumerate(editor.checks_model.entries) if e.field == "supervisor")
    index = editor.checks_model.index(row, 0)
    qtbot.mouseClick(
        checks.viewport(), Qt.MouseButton.LeftButton, pos=checks.visualRect(index).center()
    )
    assert QApplication.focusWidget() is editor.ui.supervisorEdit

    hint_row = next(n for n, e in enumerate(editor.checks_model.entries) if e.severity == "hint")
    entry = editor.checks_model.entries[hint_row]
    index = editor.checks_model.index(hint_row, 0)
    qtbot.mouseClick(
        checks.viewport(), Qt.MouseButton.LeftButton, pos=checks.visualRect(index).center()
    )
    current = view.currentIndex()
    assert current.column() == COL_STANDARD
    assert model.rows[current.row()].standard_id == entry.focus.record_id


def test_a_refused_save_is_told_once_in_chinese_and_stays_undoable(
    window, qtbot, modals, demo_db: Path
) -> None:
    """岗位系数 0 is refused by the store: one message, the edit stays; undo and it saves."""
    area, post = _new_post(window, qtbot)
    editor = area.editor
    editor.ui.coefficientEdit.setFocus()
    qtbot.keyClicks(editor.ui.coefficientEdit, "0")
    assert not area.flush()
    assert not area.flush()  # the same reason again: not told twice
    qtbot.waitUntil(lambda: len(modals.texts) == 1, timeout=2000)
    assert "岗位系数应为正数" in modals.texts[0]
    assert "未保存" in area.save_label.text()
    assert post.coefficient == "0"
    window.undo_action.trigger()
    assert area.flush()
    stored = stored_manual(demo_db, area.document.doc.unit_id).post(post.id)
    assert stored.coefficient == ""
    assert len(modals.texts) == 1


def test_undoing_a_new_post_returns_to_the_list(window, qtbot) -> None:
    """Undo of 新建岗位 while editing it takes the editor back to the posts, the post gone."""
    area, post = _new_post(window, qtbot)
    window.undo_action.trigger()
    assert area.document.post(post.id) is None
    assert not area.editing()
