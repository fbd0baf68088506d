"""The main window on the sample college: navigation, in-place edits, undo/redo, add/delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from app.models import Major, Unit
from app.services.database import open_database
from app.ui.org.tables_page import OrgTablesPage


def _db_value(path: Path, model: type, name: str, field: str) -> object:
    db = open_database(path, daily_backup=False)
    try:
        with db.session() as s:
            row = s.scalars(select(model).where(model.name == name)).first()
            return None if row is None else getattr(row, field)
    finally:
        db.close()


def _units_view(window):
    window.select_node(
        "institution", window.nav_model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    )
    page = window.current_page()
    assert isinstance(page, OrgTablesPage)
    view = page.show_kind("unit")
    return page, view


def _cell(view, name: str, field: str):
    fields = [f.name for f in view.source.fields]
    row = next(r for r in range(view.source.rowCount()) if view.source._rows[r]["name"] == name)
    return view.proxy.mapFromSource(view.source.index(row, fields.index(field)))


def _type_and_commit(qtbot, editor: QLineEdit, text: str) -> None:
    """Type into a cell editor and press Return; Qt commits on the next event-loop turn.

    QTest can only synthesise ASCII keys; Chinese arrives through an input method,
    which inserts the composed text, so non-ASCII text is inserted the same way.
    """
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)


def test_window_shows_the_sample_college(window, demo_db: Path) -> None:
    """Title, tree and status bar show the college and this PC's identity, in Chinese."""
    assert "桂江水利电力职业技术学院" in window.windowTitle()
    assert window.windowTitle().startswith("诊改工作台")
    root = window.nav_model.index(0, 0)
    groups = [window.nav_model.index(r, 0, root).data() for r in range(2)]
    assert groups == ["职能部门", "系部"]
    academic = window.nav_model.index(1, 0, root)
    assert window.nav_model.rowCount(academic) == 10
    assert "质量督导处" in window.identity_label.text()


def test_navigating_to_a_major_shows_its_courses_and_classes(window, qtbot) -> None:
    """Selecting a major (by keyboard) opens its page with course and class tabs filled."""
    tree = window.ui.navTree
    root = window.nav_model.index(0, 0)
    unit = window.nav_model.index(0, 0, window.nav_model.index(1, 0, root))
    major = window.nav_model.index(0, 0, unit)
    tree.setFocus()
    tree.setCurrentIndex(unit)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # expand
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # first major
    assert tree.currentIndex() == major
    page = window.current_page()
    assert isinstance(page, OrgTablesPage)
    assert page.title.text() == major.data()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["课程", "班级"]
    courses = page.views["course"].source
    assert courses.rowCount() == sum(
        1
        for r in range(window.nav_model.rowCount(major))
        if window.nav_model.index(r, 0, major).data(Qt.ItemDataRole.UserRole + 1) == "course"
    )
    assert courses.rowCount() > 0


def test_edit_a_cell_by_keyboard_then_undo_and_redo(window, qtbot, demo_db: Path) -> None:
    """Typing a new unit code saves it; Ctrl+Z restores the old one; Ctrl+Shift+Z redoes."""
    _page, view = _units_view(window)
    index = _cell(view, "人事处", "code")
    old = _db_value(demo_db, Unit, "人事处", "code")
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    _type_and_commit(qtbot, editor, "RS-01")
    assert _db_value(demo_db, Unit, "人事处", "code") == "RS-01"
    assert window.undo_action.isEnabled()
    assert "修改部门" in window.undo_action.text()
    window.undo_action.trigger()
    assert _db_value(demo_db, Unit, "人事处", "code") == old
    assert view.model().data(_cell(view, "人事处", "code")) == old
    window.redo_action.trigger()
    assert _db_value(demo_db, Unit, "人事处", "code") == "RS-01"


def test_renaming_a_unit_renames_it_in_the_tree(window, qtbot, demo_db: Path) -> None:
    """The tree follows an edit made in a table (one app-wide change signal)."""
    _page, view = _units_view(window)
    assert view.model().setData(_cell(view, "团委", "name"), "共青团委员会")
    qtbot.waitUntil(
        lambda: (
            "共青团委员会"
            in [
                window.nav_model.index(
                    r, 0, window.nav_model.index(0, 0, window.nav_model.index(0, 0))
                ).data()
                for r in range(
                    window.nav_model.rowCount(
                        window.nav_model.index(0, 0, window.nav_model.index(0, 0))
                    )
                )
            ]
        ),
        timeout=2000,
    )
    window.undo_action.trigger()
    assert _db_value(demo_db, Unit, "团委", "deleted") is False


def test_refused_edit_explains_and_changes_nothing(window, modals, demo_db: Path) -> None:
    """Clearing a required name shows the service's Chinese reason; the stack stays empty."""
    _page, view = _units_view(window)
    assert not view.model().setData(_cell(view, "财务处", "name"), "   ")
    assert any("不能为空" in t for t in modals.texts)
    assert _db_value(demo_db, Unit, "财务处", "name") == "财务处"
    assert not window.undo_action.isEnabled()


def test_add_then_undo_leaves_a_tombstone_and_redo_restores(window, qtbot, demo_db: Path) -> None:
    """New adds a row ready for typing its name; undo deletes it (tombstone), redo restores it."""
    root = window.nav_model.index(0, 0)
    unit = window.nav_model.index(0, 0, window.nav_model.index(1, 0, root))
    window.ui.navTree.setCurrentIndex(unit)
    page = window.current_page()
    page.show_kind("major")
    before = page.views["major"].source.rowCount()
    window.ui.actionAdd.trigger()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    _type_and_commit(qtbot, editor, "智慧水务")
    assert page.views["major"].source.rowCount() == before + 1
    assert _db_value(demo_db, Major, "智慧水务", "deleted") is False
    window.undo_action.trigger()  # the rename
    window.undo_action.trigger()  # the add
    assert page.views["major"].source.rowCount() == before
    assert _db_value(demo_db, Major, "新专业", "deleted") is True
    window.redo_action.trigger()
    assert _db_value(demo_db, Major, "新专业", "deleted") is False


def test_delete_selected_rows_is_one_undo_step(window, demo_db: Path) -> None:
    """Deleting two classes and undoing once brings both back."""
    root = window.nav_model.index(0, 0)
    unit = window.nav_model.index(0, 0, window.nav_model.index(1, 0, root))
    window.ui.navTree.setCurrentIndex(window.nav_model.index(0, 0, unit))
    page = window.current_page()
    view = page.show_kind("class")
    count = view.source.rowCount()
    view.selectRow(0)
    view.selectionModel().select(
        view.model().index(1, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    names = [
        view.source._rows[view.proxy.mapToSource(view.model().index(r, 0)).row()]["name"]
        for r in (0, 1)
    ]
    window.ui.actionDelete.trigger()
    assert view.source.rowCount() == count - 2
    window.undo_action.trigger()
    assert view.source.rowCount() == count
    from app.models import StudentClass

    assert all(_db_value(demo_db, StudentClass, n, "deleted") is False for n in names)


def test_work_areas_say_they_are_not_available_yet(window) -> None:
    """Areas that later releases build show an honest page, and New/Delete are disabled there."""
    assert window.select_node("area", "alerts")
    page = window.current_page()
    texts = " ".join(w.text() for w in page.findChildren(type(window.identity_label)))
    assert "预警" in texts and "尚未提供" in texts
    assert not window.ui.actionAdd.isEnabled()


def test_window_geometry_is_remembered(app, qtbot, demo_db: Path) -> None:
    """Size set in one session is restored in the next."""
    from app.ui.main_window_loader import open_main_window

    first = open_main_window(demo_db, show_wizard=False)
    first.resize(720, 520)
    first.close()
    assert QSettings().value("main_window/geometry") is not None
    second = open_main_window(demo_db, show_wizard=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)
    second.close()


def test_ctrl_f_filters_the_current_table(window, qtbot) -> None:
    """Ctrl+F puts the cursor in the filter; typing narrows the table to matching rows."""
    _page, view = _units_view(window)
    window.ui.actionFind.trigger()
    page = window.current_page()
    assert page.filter.hasFocus()
    qtbot.keyClicks(page.filter, "10")  # codes 101–113: the functional offices
    assert 0 < view.model().rowCount() < view.source.rowCount()


def test_every_menu_gives_each_item_its_own_access_key(window) -> None:
    """Alt+F then a letter runs one item: two items of a menu sharing a key would only cycle."""
    import re

    from PySide6.QtWidgets import QMenu

    def key(text: str) -> str | None:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        return found.group(1).upper() if found else None

    menus = [m for m in window.findChildren(QMenu) if m.actions()]
    assert len(menus) >= 4
    for menu in menus:
        keys = [key(a.text()) for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        used = [k for k in keys if k]
        assert len(used) == len(set(used)), (menu.title(), keys)


def test_first_start_creates_the_key_pair(app, qtbot, tmp_path: Path) -> None:
    """A new installation has its Ed25519 key once the window shows, before any export;
    a data file whose key file is missing is left for a person to decide."""
    from app.models import LocalKey
    from app.services.sync import keys
    from app.ui.main_window_loader import open_main_window

    path = tmp_path / "new" / "zhengai.sqlite3"
    open_database(path, daily_backup=False).close()
    assert not keys.key_path(path).exists()
    win = open_main_window(path, show_wizard=False)
    assert win is not None
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: keys.key_path(path).exists(), timeout=3000)
    db = open_database(path, daily_backup=False)
    try:
        with db.session() as s:
            row = s.get(LocalKey, 1)
            assert row is not None
            assert keys.ensure_key(s, db_path=path).key_id == row.key_id
    finally:
        db.close()
    win.close()
    keys.key_path(path).unlink()
    again = open_main_window(path, show_wizard=False)
    assert again is not None
    qtbot.addWidget(again)
    qtbot.wait(50)
    assert not keys.key_path(path).exists(), "a lost key file is not silently replaced"
    again.close()
