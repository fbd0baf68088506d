"""The standards area's own-standard tab (自身发展标准): choose a subject, set, clear and adopt
targets, undo, and read-only on another department's PC.

Own targets are written straight to the database, so every check reads them back with
another connection (as after a restart).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import identity
from app.services.database import open_database
from app.services.standards.own import OwnStandardDoc, own_standard
from app.ui.standards.area import StandardsArea
from app.ui.standards.own_page import OwnStandardPage


def own_page(window: object) -> OwnStandardPage:
    """Show the standards area on its own-standard tab."""
    assert window.select_node("area", "standards")  # type: ignore[attr-defined]
    area = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(area, StandardsArea)
    area.setCurrentWidget(area.own_page)
    return area.own_page


def stored_own(db_path: Path, page: OwnStandardPage) -> OwnStandardDoc:
    """The shown subject's own standard as the database holds it."""
    assert page.subject is not None and page.doc is not None
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as session:
            return own_standard(
                session,
                subject_level=page.subject.level,
                subject_id=page.subject.id,
                year=page.doc.year,
            )
    finally:
        db.close()


def show_fresh_major(page: OwnStandardPage) -> None:
    """Show a major that has no own targets yet (the college's all apply)."""
    counts = page.subjects_model.counts
    fresh = next(s for s in page.subjects_model.subjects if not counts.get(s.id))
    assert page.select_subject("major", fresh.id)
    assert page.doc is not None and page.doc.own_count == 0


def row_without_own(page: OwnStandardPage) -> int:
    """Put the cursor on the first row with a college target and no own one; its number."""
    rows = page.rows_model.rows
    number = next(n for n, r in enumerate(rows) if r.college is not None and r.own is None)
    page.ui.rowsView.setCurrentIndex(page.rows_model.index(number, 0))
    return number


def fill_dialog(value: str, note: str = "") -> object:
    """A modal handler: type ``value`` as the target value (and a note), then OK."""

    def handle(widget: object) -> None:
        assert isinstance(widget, QDialog), type(widget)
        ui = widget.ui  # type: ignore[attr-defined]
        ui.valueEdit.setText(value)
        ui.noteEdit.setText(note)
        widget.accept()

    return handle


def test_a_subject_with_own_targets_opens_first(window) -> None:
    """On the quality office's PC the tab opens a major that has own targets, with every point
    of its catalog as a row and the count in the subject list."""
    page = own_page(window)
    assert page.level == "major" and page.subject is not None and page.doc is not None
    assert page.doc.own_count > 0
    assert page.rows_model.rowCount() == len(page.doc.rows) >= 19
    assert page.subjects_model.counts[page.subject.id] == page.doc.own_count
    assert page.subject.name in page.ui.headingValue.text()
    assert not page.ui.banner.isVisibleTo(page)
    assert page.ui.setButton.isEnabled() and page.ui.adoptButton.isEnabled()


def test_enter_sets_an_own_target_from_the_colleges_then_undo(
    window, qtbot, modals, demo_db: Path
) -> None:
    """Enter on a row opens the form filled with the college's target; a higher value and a note
    make it the subject's own, stored at once; Ctrl+Z takes it back and Ctrl+Y again."""
    page = own_page(window)
    show_fresh_major(page)
    number = row_without_own(page)
    row = page.rows_model.rows[number]
    before = page.doc.own_count
    seen: list[str] = []

    def look_then_fill(widget: object) -> None:
        seen.append(widget.ui.measureEdit.text())  # type: ignore[attr-defined]
        fill_dialog("99", "本专业起点较高")(widget)

    modals.then(look_then_fill)
    page.ui.rowsView.setFocus()
    qtbot.keyClick(page.ui.rowsView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.doc.own_count == before + 1, timeout=3000)
    assert seen == [row.college.measure]
    own = next(r for r in page.doc.rows if r.point_id == row.point_id and r.is_own)
    assert own.own.target_value == "99" and own.note == "本专业起点较高"
    assert own.own.measure == row.college.measure
    stored = stored_own(demo_db, page)
    assert stored.own_count == before + 1
    assert any(
        r.point_id == row.point_id and r.own and r.own.target_value == "99" for r in stored.rows
    )
    window.undo_action.trigger()
    assert page.doc.own_count == before
    assert stored_own(demo_db, page).own_count == before
    window.redo_action.trigger()
    assert stored_own(demo_db, page).own_count == before + 1


def test_del_clears_an_own_target_and_undo_sets_it_again(window, qtbot, demo_db: Path) -> None:
    """Del on an own target removes it (the college's applies again); Ctrl+Z restores the same
    values."""
    page = own_page(window)
    rows = page.rows_model.rows
    number = next(n for n, r in enumerate(rows) if r.is_own)
    row = rows[number]
    before = page.doc.own_count
    page.ui.rowsView.setCurrentIndex(page.rows_model.index(number, 0))
    page.ui.rowsView.setFocus()
    qtbot.keyClick(page.ui.rowsView, Qt.Key.Key_Delete)
    assert page.doc.own_count == before - 1
    assert stored_own(demo_db, page).own_count == before - 1
    window.undo_action.trigger()
    back = next(r for r in stored_own(demo_db, page).rows if r.own_target_id == row.own_target_id)
    assert back.own == row.own


def test_adopt_copies_every_remaining_college_target_and_undo_removes_just_those(
    window, demo_db: Path
) -> None:
    """采用学院目标 turns every college target not yet replaced into an own target; a second
    adopt has nothing to do; Ctrl+Z removes exactly what the adoption added."""
    page = own_page(window)
    show_fresh_major(page)
    before = page.doc.own_count
    missing = sum(1 for r in page.doc.rows if r.college is not None and r.own is None)
    assert missing > 0
    assert page.adopt()
    assert page.doc.own_count == before + missing
    assert stored_own(demo_db, page).own_count == before + missing
    assert not page.adopt()  # nothing left: said in the status bar, nothing pushed
    window.undo_action.trigger()
    assert stored_own(demo_db, page).own_count == before


def test_another_level_and_the_search_choose_the_subject(window, qtbot) -> None:
    """The level combo lists courses; the search box narrows the list to names holding it."""
    page = own_page(window)
    combo = page.ui.levelCombo
    combo.setCurrentIndex(combo.findData("course"))
    assert page.level == "course" and page.subjects_model.rowCount() > 50
    name = page.subjects_model.subjects[3].name
    window.ui.actionFind.trigger()
    assert page.ui.searchEdit.hasFocus() or page.ui.searchEdit is page.focusWidget()
    page.ui.searchEdit.insert(name[:4])  # as an input method types Chinese
    shown = page.subjects_model.subjects
    assert shown and all(name[:4].lower() in s.name.lower() for s in shown)
    assert page.subject is not None and page.subject.level == "course"


def test_another_departments_subject_is_read_only_on_a_units_pc(
    window, qtbot, modals, demo_db: Path
) -> None:
    """A department's PC sets its own subjects' targets only: another department's major shows
    a banner naming both, and Enter explains instead of writing."""
    page = own_page(window)
    subject = page.subject
    assert subject is not None
    from tests.ui.jobs_support import unit_id_of

    other = next(name for name in ("人事处", "教务科研处") if name != subject.unit_name)
    window.workspace.write(identity.set_unit, unit_id=unit_id_of(window, other))
    page.refresh()
    assert page.select_subject("major", subject.id)
    assert page.ui.banner.isVisibleTo(page)
    assert subject.unit_name in page.ui.bannerLabel.text() and other in page.ui.bannerLabel.text()
    assert not page.ui.setButton.isEnabled() and not page.ui.adoptButton.isEnabled()
    before = stored_own(demo_db, page).own_count
    page.ui.rowsView.setFocus()
    qtbot.keyClick(page.ui.rowsView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(modals.texts), timeout=2000)
    assert subject.unit_name in modals.texts[-1]
    assert stored_own(demo_db, page).own_count == before
    assert not page.undo_stack.canUndo()


def test_a_catalog_edit_reaches_the_own_tab(window, qtbot) -> None:
    """Renaming a control point on the catalogs tab shows on the own tab after switching."""
    from app.services.standards import levels as lv

    page = own_page(window)
    area = window.current_page()
    point_id = page.rows_model.rows[0].point_id
    area.setCurrentWidget(area.catalog_page)
    catalog = area.catalog_page
    combo = catalog.ui.kindCombo
    combo.setCurrentIndex(combo.findData("major"))
    document = catalog.document
    entry = document.doc.find(point_id)
    assert entry.level == lv.CONTROL_POINT
    assert document.rename(point_id, "专业调研与论证（改）")
    area.setCurrentWidget(page)  # leaving the tab saves the catalog
    qtbot.waitUntil(
        lambda: page.rows_model.rows[0].point_name == "专业调研与论证（改）", timeout=3000
    )
