"""The manual page: units, duties and posts, copy/delete/move, coverage, find, read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import identity
from app.ui.autosave import SAVED
from app.ui.jobs.manual_models import DUTY_POSTS, DUTY_TEXT, PROBLEM_BACKGROUND
from app.ui.jobs.post_model import COL_DUTY
from tests.ui.jobs_support import (
    TEACHING_OFFICE,
    jobs_area,
    stored_manual,
    unit_id_of,
)


def test_the_office_pc_opens_its_own_unit_and_can_open_any(window) -> None:
    """On the quality office's PC its own manual opens first; the combo opens another unit's."""
    area = jobs_area(window, unit=None)
    office = window.workspace.read(identity.get_identity)
    assert area.document.doc.unit_id == office.unit_id
    assert not area.document.read_only
    area = jobs_area(window, TEACHING_OFFICE)
    page = area.manual_page
    doc = area.document.doc
    assert page.duties_model.rowCount() == len(doc.duties) == 8
    assert page.posts_model.rowCount() == len(doc.posts)
    titles = [page.posts_model.index(r, 1).data() for r in range(page.posts_model.rowCount())]
    assert "教学管理岗位" in titles
    headers = [page.posts_model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:3] == ["序号", "岗位名称", "定员"]
    assert "岗位" in page.ui.summaryValue.text() and "工作标准" in page.ui.summaryValue.text()
    # every duty says how many posts carry it out
    assert all(
        int(page.duties_model.index(r, DUTY_POSTS).data()) >= 1
        for r in range(page.duties_model.rowCount())
    )


def test_copy_post_then_undo_and_the_copy_reaches_the_database(
    window, qtbot, demo_db: Path
) -> None:
    """复制岗位 puts “教学管理岗位（副本）” right after it with the same work and standards."""
    area = jobs_area(window)
    page = area.manual_page
    doc = area.document.doc
    source = next(p for p in doc.posts if p.title == "教学管理岗位")
    position = doc.posts.index(source)
    assert page.select_post(source.id)
    page.ui.copyPostButton.click()
    copy = area.document.doc.posts[position + 1]
    assert copy.title == "教学管理岗位（副本）"
    assert [s.text for _i, s in copy.standards()] == [s.text for _i, s in source.standards()]
    assert [i.duty_id for i in copy.items()] == [i.duty_id for i in source.items()]
    assert page.current_post_id() == copy.id
    qtbot.waitUntil(lambda: area.document.state == SAVED, timeout=3000)
    stored = stored_manual(demo_db, doc.unit_id)
    assert [p.title for p in stored.posts][position + 1] == "教学管理岗位（副本）"
    window.undo_action.trigger()
    assert all(p.title != "教学管理岗位（副本）" for p in area.document.doc.posts)
    assert area.flush()
    assert len(stored_manual(demo_db, doc.unit_id).posts) == len(stored.posts) - 1


def test_delete_post_asks_first_and_can_be_undone(window, qtbot, modals) -> None:
    """Del on the posts table asks; No keeps the post, Yes deletes it, Undo brings it back."""
    area = jobs_area(window)
    page = area.manual_page
    post = area.document.doc.posts[1]
    count = len(area.document.doc.posts)
    page.select_post(post.id)
    page.ui.postsView.setFocus()
    modals.then(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.keyClick(page.ui.postsView, Qt.Key.Key_Delete)
    assert len(area.document.doc.posts) == count
    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(page.ui.postsView, Qt.Key.Key_Delete)
    assert len(area.document.doc.posts) == count - 1
    assert any(post.title in t for t in modals.texts)
    window.undo_action.trigger()
    assert [p.id for p in area.document.doc.posts][1] == post.id
    # Ctrl+↓ moves it down, keeping it current
    page.select_post(post.id)
    qtbot.keyClick(page.ui.postsView, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert area.document.doc.posts[2].id == post.id
    assert page.current_post_id() == post.id


def test_a_new_duty_is_uncovered_until_a_work_item_is_linked_to_it(window, qtbot) -> None:
    """Insert on the duties adds one, typed in place; the coverage check lists it until a post's
    work is linked to it in the editor; then it shows one post carrying it out."""
    area = jobs_area(window)
    page, document = area.manual_page, area.document
    view = page.ui.dutiesView
    view.setFocus()
    view.setCurrentIndex(page.duties_model.index(len(document.doc.duties) - 1, DUTY_TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    line = QApplication.focusWidget()
    line.insert("负责教学档案的归档与管理")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: document.doc.duties[-1].text == "负责教学档案的归档与管理", timeout=2000
    )
    duty = document.doc.duties[-1]
    document.run_checks()
    row = len(document.doc.duties) - 1
    assert page.duties_model.index(row, DUTY_TEXT).data(Qt.ItemDataRole.BackgroundRole) == (
        PROBLEM_BACKGROUND
    )
    assert any("负责教学档案" in e.text for e in page.checks_model.entries)

    post = next(p for p in document.doc.posts if p.title == "教学管理岗位")
    page.select_post(post.id)
    page.ui.postsView.setFocus()
    qtbot.keyClick(page.ui.postsView, Qt.Key.Key_Return)
    assert area.editing()
    editor = area.editor
    model = editor.table_model
    assert model.setData(model.index(0, COL_DUTY), duty.id)
    document.run_checks()
    assert not any("负责教学档案" in e.text for e in page.checks_model.entries)
    assert page.duties_model.index(row, DUTY_POSTS).data() == 1
    qtbot.keyClick(editor.ui.postView, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not area.editing() and page.current_post_id() == post.id


def test_ctrl_f_finds_a_post_and_enter_finds_the_next(window, qtbot) -> None:
    """The window's Find goes to the find box; typing selects the first post that matches."""
    area = jobs_area(window)
    page = area.manual_page
    area.open_post(area.document.doc.posts[0].id)
    window.ui.actionFind.trigger()
    assert not area.editing()
    assert QApplication.focusWidget() is page.ui.findEdit
    page.ui.findEdit.insert("教学管理")
    assert area.document.post(page.current_post_id()).title == "教学管理岗位"


def test_a_units_pc_sees_other_units_manuals_read_only(window, qtbot, modals) -> None:
    """A department's PC edits its own manual; another unit's opens read-only, with a banner."""
    workspace = window.workspace
    hr = unit_id_of(window, "人事处")
    workspace.write(identity.set_unit, unit_id=hr)
    area = jobs_area(window, unit=None)
    assert area.document.doc.unit_name == "人事处" and not area.document.read_only
    area = jobs_area(window, TEACHING_OFFICE)
    document = area.document
    assert document.read_only
    assert area.manual_page.ui.readOnlyBanner.isVisibleTo(area.manual_page)
    assert "人事处" in area.manual_page.ui.readOnlyLabel.text()
    count = len(document.doc.posts)
    area.manual_page.ui.postsView.setFocus()
    window.ui.actionAdd.trigger()
    assert len(document.doc.posts) == count and not area.editing()
    area.open_post(document.doc.posts[0].id)
    model = area.editor.table_model
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert area.editor.ui.titleEdit.isReadOnly()


def test_a_manual_changed_elsewhere_is_read_again(window, qtbot) -> None:
    """After a sync import (which says “many things changed”) the open manual is re-read,
    so an old copy never overwrites what arrived; its undo history goes with it."""
    from app.services.jobs import store

    area = jobs_area(window)
    document = area.document
    unit_id = document.doc.unit_id
    area.manual_page.select_post(document.doc.posts[1].id)
    area.manual_page.move("posts", 1)  # an undoable edit, saved below
    assert area.flush() and document.undo_stack.canUndo()

    def rename(session: object) -> None:
        doc = store.load_manual(session, unit_id=unit_id)
        doc.posts[0].title = "改名后的岗位"
        store.save_manual(session, doc=doc)

    window.workspace.run(rename)
    window.workspace.plan_did_change.emit("")  # what the sync flows emit after an import
    qtbot.waitUntil(lambda: document.doc.posts[0].title == "改名后的岗位", timeout=2000)
    assert area.manual_page.posts_model.index(0, 1).data() == "改名后的岗位"
    assert not document.undo_stack.canUndo()
    assert not area.reload_if_changed()  # nothing new the second time


def test_a_click_on_a_manual_check_opens_the_post_at_its_cell(window, qtbot) -> None:
    """The manual's checks list names the posts with SMART hints; a click opens the editor on
    the first hinted standard line."""
    from app.ui.jobs.post_model import COL_STANDARD

    area = jobs_area(window)
    page = area.manual_page
    entries = page.checks_model.entries
    row = next(n for n, e in enumerate(entries) if e.severity == "hint")
    entry = entries[row]
    view = page.ui.checksView
    index = page.checks_model.index(row, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert area.editing() and area.editor.post_id == entry.focus.post_id
    current = area.editor.ui.postView.currentIndex()
    assert current.column() == COL_STANDARD
    assert area.editor.table_model.rows[current.row()].standard_id == entry.focus.record_id
