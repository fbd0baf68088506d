"""Importing an organisation workbook from the window: problems listed, good rows on request."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select

from app.excel.org_workbook import write_template
from app.models import Major
from app.services.database import open_database
from app.ui.dialogs.org_import import ImportProblemsDialog, export_org_flow, import_org_flow


def _workbook(path: Path) -> Path:
    """Two new majors: one under a real department, one under a department that does not exist."""
    write_template(path)
    wb = openpyxl.load_workbook(path)
    wb["专业"].append(["460199", "智能水务管理", "水利工程系", "", 9])
    wb["专业"].append(["460198", "海洋工程技术", "海洋系", "", 10])
    wb.save(path)
    return path


def _majors(db_path: Path) -> set[str]:
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as s:
            return set(s.scalars(select(Major.name).where(Major.deleted.is_(False))))
    finally:
        db.close()


def test_problems_are_listed_and_good_rows_imported_on_request(
    window,
    qtbot,
    modals,
    demo_db: Path,
    tmp_path: Path,
) -> None:
    """The bad row is listed by sheet, row and column; "good rows only" imports the rest."""
    shown: list[list[str]] = []

    def import_good_rows(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportProblemsDialog)
        model = dialog.model
        shown.extend(
            [str(model.index(r, c).data()) for c in range(4)] for r in range(model.rowCount())
        )
        dialog.import_button.click()

    modals.then(import_good_rows)
    import_org_flow(window, window.workspace, _workbook(tmp_path / "org.xlsx"))
    qtbot.waitUntil(lambda: any("导入" in t for t in modals.texts), timeout=10000)
    assert shown and shown[0][:3] == ["专业", "3", "所属系部"]
    assert "海洋系" in shown[0][3]
    majors = _majors(demo_db)
    assert "智能水务管理" in majors and "海洋工程技术" not in majors
    qtbot.waitUntil(
        lambda: window.select_node("major", _major_id(window, "智能水务管理")), timeout=3000
    )


def _major_id(window, name: str) -> str | None:
    from app.services import org_queries

    rows = window.workspace.read(org_queries.list_rows, kind="major")
    return next((r["id"] for r in rows if r["name"] == name), None)


def test_cancelling_at_the_problems_list_imports_nothing(
    window,
    qtbot,
    modals,
    demo_db: Path,
    tmp_path: Path,
) -> None:
    """Cancel on the problems list leaves the database as it was."""
    before = _majors(demo_db)
    cancelled: list[bool] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        dialog.reject()
        cancelled.append(True)

    modals.then(cancel)
    import_org_flow(window, window.workspace, _workbook(tmp_path / "org.xlsx"))
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10000)
    qtbot.wait(200)
    assert _majors(demo_db) == before


def test_not_a_workbook_gives_a_clear_message(window, qtbot, modals, tmp_path: Path) -> None:
    """A file that is not an .xlsx is explained in Chinese, never a traceback."""
    bogus = tmp_path / "组织.xlsx"
    bogus.write_text("这不是工作簿", encoding="utf-8")
    import_org_flow(window, window.workspace, bogus)
    qtbot.waitUntil(lambda: bool(modals.texts), timeout=10000)
    assert "不是 Excel 工作簿" in modals.texts[0]


def test_export_writes_a_workbook(window, qtbot, modals, tmp_path: Path) -> None:
    """Export runs in the background and writes every sheet."""
    target = tmp_path / "导出.xlsx"
    export_org_flow(window, window.workspace, target)
    qtbot.waitUntil(lambda: bool(modals.texts), timeout=10000)
    assert target.exists()
    assert "专业" in openpyxl.load_workbook(target, read_only=True).sheetnames


def test_an_import_drops_the_undo_history_so_undo_cannot_overwrite_it(
    window, qtbot, modals, demo_db: Path, tmp_path: Path
) -> None:
    """Edit a unit's code, import a workbook that sets it again: Undo must not silently
    restore the value from before the import, so the history ends at the import."""
    from app.models import Unit
    from app.services import org_queries
    from app.ui.org.commands import EditRecordCommand

    def code() -> str:
        db = open_database(demo_db, daily_backup=False)
        try:
            with db.session() as s:
                return s.scalars(select(Unit.code).where(Unit.id == unit_id)).one()
        finally:
            db.close()

    unit_id = next(
        r["id"]
        for r in window.workspace.read(org_queries.list_rows, kind="unit")
        if r["name"] == "水利工程系"
    )
    EditRecordCommand(window.workspace, "unit", unit_id, {"code": "EDIT1"}).execute()
    assert window.undo_action.isEnabled() and code() == "EDIT1"

    path = tmp_path / "units.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    wb["部门"].append(["水利工程系", "系部", "IMPORTED", "", "否", 1])
    wb.save(path)
    import_org_flow(window, window.workspace, path)
    qtbot.waitUntil(lambda: any("导入" in t for t in modals.texts), timeout=10000)

    assert code() == "IMPORTED"
    assert not window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert code() == "IMPORTED"
