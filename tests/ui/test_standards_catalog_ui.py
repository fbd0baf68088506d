"""The standards area's catalog tab: choose a catalog, edit its tree and targets, undo, save.

The window's PC is the quality office (tests/ui/conftest.py), which compiles the
catalogs; a unit's PC reads them only. The sample college has every catalog of this year.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid

from app.services import identity
from app.services.database import open_database
from app.services.standards import levels as lv
from app.services.standards import store
from app.services.standards.doc import CatalogDoc
from app.ui.standards.area import StandardsArea
from app.ui.standards.catalog_model import NAME, REFS
from app.ui.standards.targets_model import FIELDS

YEAR = date.today().year


def standards_area(window: object) -> StandardsArea:
    """Show the standards area on its catalogs tab."""
    assert window.select_node("area", "standards")  # type: ignore[attr-defined]
    area = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(area, StandardsArea)
    area.setCurrentWidget(area.catalog_page)
    return area


def stored_catalog(db_path: Path, kind: str, year: int) -> CatalogDoc | None:
    """The catalog as the database holds it (another connection, as after a restart)."""
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as session:
            catalog_id = store.catalog_id_for(session, kind=kind, year=year)
            if catalog_id is None:
                return None
            return store.load_catalog_doc(session, catalog_id=catalog_id)
    finally:
        db.close()


def first_point(page: object) -> object:
    """Put the tree's cursor on the catalog's first control point and return it."""
    doc = page.document.doc  # type: ignore[attr-defined]
    point = next(x.entry for x in doc.walk() if x.entry.level == doc.point_level)
    page._select(point.id)  # type: ignore[attr-defined]
    assert page.current_entry() is point  # type: ignore[attr-defined]
    return point


def type_in_open_editor(qtbot: object, text: str) -> None:
    """Replace the text of the in-place editor that has the focus and press Enter."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), type(editor)
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not isValid(editor) or not editor.isVisible(), timeout=2000
    )


def test_the_major_catalog_opens_first_with_the_seed_counts(window) -> None:
    """表5 of this year opens first: 3 dimensions, 9 standards, 19 control points, editable."""
    area = standards_area(window)
    page = area.catalog_page
    assert page.kind == "major" and page.year == YEAR
    document = page.document
    assert document is not None and not document.read_only
    doc = document.doc
    assert (doc.count(lv.DIMENSION), doc.count(lv.STANDARD), doc.count(lv.CONTROL_POINT)) == (
        3,
        9,
        19,
    )
    counts = page.ui.countValue.text()
    assert "3" in counts and "9" in counts and "19" in counts
    # 表5 lists its dimensions, standards and points as three lists under one heading
    top = page.ui.treeView.model().index(0, NAME)
    assert page.ui.treeView.model().rowCount() == 1
    assert page.ui.treeView.model().rowCount(top) == 3 + 9 + 19
    assert page.ui.addButton.isVisibleTo(page) and not page.ui.createButton.isVisibleTo(page)
    assert page.ui.treeView.isColumnHidden(REFS)  # only the diagnostic table has references


def test_the_diagnostic_table_shows_its_platform_references(window) -> None:
    """Choosing 诊断要素表 in the kind combo opens it with the data-platform column and a
    point's hint in the details."""
    page = standards_area(window).catalog_page
    combo = page.ui.kindCombo
    combo.setCurrentIndex(combo.findData("diagnosis"))
    doc = page.document.doc
    assert doc.kind == "diagnosis"
    assert not page.ui.treeView.isColumnHidden(REFS)
    point = first_point(page)
    assert page.ui.hintEdit.isVisibleTo(page) and page.ui.hintEdit.toPlainText() == point.hint
    assert page.ui.refsEdit.text() == "/".join(point.platform_refs)


def test_insert_names_a_new_point_in_place_then_undo_and_redo(window, qtbot, demo_db) -> None:
    """Insert on a control point adds the next one below it, its name open for typing;
    Ctrl+Z takes it away and Ctrl+Y brings it back; the saved catalog has it."""
    area = standards_area(window)
    page = area.catalog_page
    document = page.document
    before = document.doc.count(lv.CONTROL_POINT)
    point = first_point(page)
    tree = page.ui.treeView
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Insert)
    type_in_open_editor(qtbot, "实训基地利用率")
    added = page.current_entry()
    assert added is not point and added.name == "实训基地利用率"
    assert added.level == lv.CONTROL_POINT
    parent = document.model.parent_entry(added)
    assert parent is document.model.parent_entry(point)
    assert document.model.siblings(parent).index(added) == (
        document.model.siblings(parent).index(point) + 1
    )
    assert document.doc.count(lv.CONTROL_POINT) == before + 1
    window.undo_action.trigger()  # the rename
    window.undo_action.trigger()  # the insertion
    assert document.doc.count(lv.CONTROL_POINT) == before
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert document.doc.count(lv.CONTROL_POINT) == before + 1
    assert area.flush()
    stored = stored_catalog(demo_db, "major", YEAR)
    assert "实训基地利用率" in [x.entry.name for x in stored.walk()]


def test_f2_renames_and_the_catalog_saves_itself_after_a_second(window, qtbot, demo_db) -> None:
    """F2 edits a standard's name in place; the autosave writes it without leaving the page."""
    page = standards_area(window).catalog_page
    document = page.document
    top = document.model.index(0, NAME)
    standard_index = document.model.index(0, NAME, top)
    standard = document.model.entry(standard_index)
    tree = page.ui.treeView
    tree.setFocus()
    tree.setCurrentIndex(standard_index)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    type_in_open_editor(qtbot, "专业定位与人才培养目标")
    assert standard.name == "专业定位与人才培养目标"
    assert document.dirty
    qtbot.waitUntil(lambda: not document.dirty, timeout=5000)
    stored = stored_catalog(demo_db, "major", YEAR)
    assert stored.find(standard.id).name == "专业定位与人才培养目标"


def test_del_retires_a_saved_point_and_restore_brings_it_back(window, qtbot, demo_db) -> None:
    """A saved point is retired, never deleted: Del greys it and the counts say so; the button
    (now 恢复) restores it; what is stored follows."""
    page = standards_area(window).catalog_page
    document = page.document
    point = first_point(page)
    active = document.doc.count(lv.CONTROL_POINT)
    tree = page.ui.treeView
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert point.retired and document.doc.find(point.id) is point
    assert document.doc.count(lv.CONTROL_POINT) == active - 1
    assert document.doc.count(lv.CONTROL_POINT, include_retired=True) == active
    assert page.ui.retireButton.text().startswith("恢复")
    assert page.flush()
    assert stored_catalog(demo_db, "major", YEAR).find(point.id).retired
    page.ui.retireButton.click()
    assert not point.retired
    assert page.flush()
    assert not stored_catalog(demo_db, "major", YEAR).find(point.id).retired


def test_ctrl_down_moves_a_point_below_its_neighbour(window, qtbot) -> None:
    """Ctrl+↓ moves a control point one place down among the points; Ctrl+Z puts it back."""
    page = standards_area(window).catalog_page
    document = page.document
    point = first_point(page)

    def points() -> list[str]:
        parent = document.model.parent_entry(point)
        return [e.id for e in document.model.siblings(parent) if e.level == point.level]

    before = points()
    assert before[0] == point.id
    tree = page.ui.treeView
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert points() == [before[1], point.id, *before[2:]]
    assert page.current_entry() is point
    assert document.model.level_index(point) == 1
    window.undo_action.trigger()
    assert points() == before


def test_a_target_typed_in_the_table_is_saved_and_hinted(window, qtbot, demo_db) -> None:
    """添加目标 on a control point opens its first cell; a vague target gets a SMART hint in
    the sentence below; the values reach the database; Ctrl+Z removes the target."""
    page = standards_area(window).catalog_page
    document = page.document
    point = first_point(page)
    count = len(point.targets)
    assert page.ui.addTargetButton.isEnabled()
    page.ui.addTargetButton.click()
    assert len(point.targets) == count + 1
    type_in_open_editor(qtbot, "加强专业调研")
    assert point.targets[-1].measure == "加强专业调研"
    assert "⚠" in page.ui.sentenceValue.text()  # no number, no deadline: a hint
    model = page.targets_model
    view = page.ui.targetsView
    row = len(point.targets) - 1
    for field, text in zip(FIELDS[1:4], ("2", "次", "每年 6 月前"), strict=True):
        view.setCurrentIndex(model.index(row, FIELDS.index(field)))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        type_in_open_editor(qtbot, text)
    target = point.targets[-1]
    assert (target.target_value, target.unit, target.deadline) == ("2", "次", "每年 6 月前")
    assert page.flush()
    stored = stored_catalog(demo_db, "major", YEAR).find(point.id)
    assert [t.measure for t in stored.targets][-1] == "加强专业调研"
    assert stored.targets[-1].deadline == "每年 6 月前"
    while len(point.targets) > count:
        window.undo_action.trigger()
    assert len(point.targets) == count
    assert document.undo_stack.canRedo()


def test_next_year_is_created_from_this_years_catalog(window, qtbot, demo_db) -> None:
    """Next year has no catalog yet: the page offers to create it, and the new one copies
    this year's tree (the college's edits carry over)."""
    page = standards_area(window).catalog_page
    this_year = page.document.doc
    combo = page.ui.yearCombo
    combo.setCurrentIndex(combo.findData(YEAR + 1))
    assert page.document is None
    assert page.ui.banner.isVisibleTo(page) and page.ui.createButton.isVisibleTo(page)
    assert str(YEAR + 1) in page.ui.bannerLabel.text()
    page.ui.createButton.click()
    document = page.document
    assert document is not None and document.doc.year == YEAR + 1
    names = [x.entry.name for x in document.doc.walk()]
    assert names == [x.entry.name for x in this_year.walk() if not x.entry.retired]
    assert stored_catalog(demo_db, "major", YEAR + 1) is not None
    assert "（" not in combo.currentText()  # no longer “(no catalog yet)”


def test_find_selects_the_next_entry_holding_the_text(window, qtbot) -> None:
    """Ctrl+F goes to the find box; typing selects the first entry whose number or name holds
    the text, Enter the next one."""
    page = standards_area(window).catalog_page
    window.ui.actionFind.trigger()
    assert QApplication.focusWidget() is page.ui.findEdit
    page.ui.findEdit.insert("师资")
    page.find_next(from_current=False)
    first = page.current_entry()
    assert first is not None and "师资" in first.label
    qtbot.keyClick(page.ui.findEdit, Qt.Key.Key_Return)
    second = page.current_entry()
    assert "师资" in second.label


def test_a_units_pc_reads_catalogs_only_and_is_told_why(window, qtbot, modals) -> None:
    """On a department's PC the catalog opens read-only with a banner naming the unit; Insert
    and Del change nothing and say why; no create button for a missing year."""
    from tests.ui.jobs_support import unit_id_of

    window.workspace.write(identity.set_unit, unit_id=unit_id_of(window, "人事处"))
    page = standards_area(window).catalog_page
    document = page.document
    assert document.read_only
    assert page.ui.banner.isVisibleTo(page) and "人事处" in page.ui.bannerLabel.text()
    assert not page.ui.addButton.isVisibleTo(page)
    count = document.doc.count(lv.CONTROL_POINT)
    point = first_point(page)
    tree = page.ui.treeView
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(modals.texts), timeout=2000)
    assert "人事处" in modals.texts[-1]
    assert not point.retired and document.doc.count(lv.CONTROL_POINT) == count
    assert not document.undo_stack.canUndo()
    combo = page.ui.yearCombo
    combo.setCurrentIndex(combo.findData(YEAR + 1))
    assert page.document is None and not page.ui.createButton.isVisibleTo(page)
    assert "质量督导处" in page.ui.bannerLabel.text()


def test_ctrl_p_previews_the_catalog_as_printed(window, qtbot, modals) -> None:
    """预览/打印 opens the catalog's PDF in the preview dialog."""
    from app.ui.pdf_preview import PdfPreviewDialog

    page = standards_area(window).catalog_page
    seen: list[int] = []

    def look(widget: object) -> None:
        assert isinstance(widget, PdfPreviewDialog)
        seen.append(widget.pdf.pageCount())
        widget.close()

    modals.then(look)
    page.ui.previewButton.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] >= 1
