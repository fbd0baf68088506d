"""Helpers for the job descriptions UI tests: the sample college's manuals, opened in the window.

The sample college (``zhengai demo``) has a manual for every unit; 教务科研处's holds
the seed's 教学管理岗位. The window's PC is the quality office, so every manual is
editable unless a test makes it a unit's PC.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid

from app.services.database import open_database
from app.services.jobs import store
from app.services.jobs.doc import ManualDoc
from app.ui.jobs.area import JobsArea

TEACHING_OFFICE = "教务科研处"


def stored_manual(db_path: Path, unit_id: str) -> ManualDoc:
    """The manual as the database holds it (a separate connection, like a restart)."""
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as session:
            return store.load_manual(session, unit_id=unit_id)
    finally:
        db.close()


def unit_id_of(window: object, name: str) -> str:
    """A unit's id by name."""
    rows = window.workspace.read(store.list_manuals)  # type: ignore[attr-defined]
    return next(r.unit_id for r in rows if r.unit_name == name)


def jobs_area(window: object, unit: str | None = TEACHING_OFFICE) -> JobsArea:
    """Show the job descriptions area (with ``unit``'s manual open) and return it."""
    assert window.select_node("area", "jobs")  # type: ignore[attr-defined]
    area = window.current_page()  # type: ignore[attr-defined]
    assert isinstance(area, JobsArea)
    if unit is not None:
        combo = area.manual_page.ui.unitCombo
        combo.setCurrentIndex(combo.findData(unit_id_of(window, unit)))
        assert area.document is not None and area.document.doc.unit_name == unit
    return area


def type_into_cell(qtbot: object, view: object, text: str) -> None:
    """F2, replace the text, Enter (non-ASCII text arrives as an input method inserts it)."""
    qtbot.keyClick(view, Qt.Key.Key_F2)  # type: ignore[attr-defined]
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), type(editor)
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not isValid(editor) or not editor.isVisible(), timeout=2000
    )


def cell_text(index: QModelIndex) -> str:
    """What a cell shows."""
    return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
