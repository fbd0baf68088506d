"""The plans list: filters, opening with the keyboard, new plan, copy to next year, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.plans.new_plan_dialog import NewPlanDialog
from tests.ui.plan_support import YEAR, create_major_plan, open_with_keyboard, plans_area


def test_list_filters_and_enter_opens_the_editor(window, qtbot) -> None:
    """The 2030 filter shows our plan; Enter on it opens the editor; Alt+Left goes back."""
    plan_id = create_major_plan(window)
    area = plans_area(window)
    page = area.list_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(YEAR))
    assert page.proxy.rowCount() == 1
    page.ui.levelCombo.setCurrentIndex(page.ui.levelCombo.findData("teacher"))
    assert page.proxy.rowCount() == 0
    page.ui.levelCombo.setCurrentIndex(0)
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["年份", "层面", "部门", "对象", "工作名称", "版本", "状态", "任务数"]
    document = open_with_keyboard(qtbot, area, plan_id)
    assert area.editor.ui.workNameEdit.text() == document.doc.work_name
    qtbot.keyClick(area.editor.ui.taskView, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not area.editing()
    assert page.selected_ids() == [plan_id]


def test_new_plan_dialog_creates_from_the_template_and_opens(window, modals) -> None:
    """新建计划: level 班级, a class, year 2030; the editor opens on the class template."""
    area = plans_area(window)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPlanDialog)
        dialog.ui.levelCombo.setCurrentIndex(dialog.ui.levelCombo.findData("class"))
        dialog.ui.yearSpin.setValue(YEAR)
        assert dialog.ui.subjectCombo.count() > 0
        dialog.ui.buttons.accepted.emit()

    modals.then(choose)
    window.ui.actionAdd.trigger()  # Ctrl+N on the list: a new plan
    assert area.editing()
    doc = area.document.doc
    assert (doc.level, doc.year) == ("class", YEAR)
    assert doc.tasks[0].name == "思想政治素质提升"


def test_copy_to_next_year_and_delete_the_draft(window, modals) -> None:
    """复制上一年计划 makes a 2031 draft and opens it; back on the list it can be deleted."""
    plan_id = create_major_plan(window)
    area = plans_area(window)
    area.list_page.select_plan(plan_id)
    area.list_page.ui.copyButton.click()
    assert area.editing() and area.document.doc.year == YEAR + 1
    copy_id = area.document.doc.id
    area.show_list()
    assert area.list_page.selected_ids() == [copy_id]
    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    area.list_page.ui.deleteButton.click()
    assert area.list_page.model.row_of(copy_id) < 0
    assert area.list_page.model.row_of(plan_id) >= 0


def test_a_tree_node_offers_its_plan(window, modals) -> None:
    """A major's "Open One-Page Plan" opens this year's plan, creating it if there is none."""
    from datetime import date

    from app.services.plans.subjects import subjects
    from app.ui.plans.nav_hook import open_node_plan

    major = window.workspace.read(subjects, level="major")[-1]
    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    open_node_plan(window.navigator, "major", major.id)
    area = window.current_page()
    assert area.editing()
    doc = area.document.doc
    assert (doc.subject_id, doc.year) == (major.id, date.today().year)


def test_export_to_excel_and_import_back(window, modals, tmp_path) -> None:
    """A plan goes to a form-shaped workbook and back; a file that is not one is refused."""
    import openpyxl

    from app.services.plans import store

    plan_id = create_major_plan(window)
    area = plans_area(window)
    page = area.list_page
    assert page.select_plan(plan_id) and page.ui.exportXlsxButton.isEnabled()
    target = tmp_path / "plan.xlsx"
    assert page.export_selected_xlsx(target) == target
    sheet = openpyxl.load_workbook(target).worksheets[0]
    texts = {str(c.value) for row in sheet.iter_rows() for c in row if c.value}
    workspace = window.workspace
    original = workspace.read(store.load_plan, plan_id=plan_id)
    assert any(original.tasks[0].name in t for t in texts)

    changed = workspace.read(store.load_plan, plan_id=plan_id)
    changed.work_name = "改过的名称"
    workspace.write(store.save_plan, doc=changed)
    assert page.import_xlsx(target) == plan_id
    assert workspace.read(store.load_plan, plan_id=plan_id).work_name == original.work_name
    assert page.selected_ids() == [plan_id]

    bad = tmp_path / "bad.xlsx"
    bad.write_text("这不是表格", encoding="utf-8")
    assert page.import_xlsx(bad) is None
    assert modals.texts and "bad.xlsx" in modals.texts[-1]


def test_progress_rollup_by_department_and_level_leads_to_the_plans(window, qtbot) -> None:
    """进度汇总 lists every department with its plans; a double-click filters the list."""
    from app.services.plans import tracking

    area = plans_area(window)
    page = area.list_page
    dialog = page.show_progress(modal=False)
    qtbot.addWidget(dialog)
    year = dialog.year
    rows = dialog.model.rows
    assert rows and sum(r.plans for r in rows) > 0
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "部门"
    expected = window.workspace.read(tracking.rollup, year=year, month=dialog.month, by="unit")
    assert [r.label for r in rows] == [r.label for r in expected]
    assert "份计划" in dialog.ui.totalValue.text()

    dialog.ui.byCombo.setCurrentIndex(1)  # by level
    assert [dialog.model.index(r, 0).data() for r in range(5)] == [
        "部门",
        "专业",
        "课程",
        "教师",
        "班级",
    ]
    dialog.ui.byCombo.setCurrentIndex(0)
    unit_row = next(i for i, r in enumerate(dialog.model.rows) if r.plans)
    unit = dialog.model.rows[unit_row]
    dialog.ui.rollupView.activated.emit(dialog.proxy.mapFromSource(dialog.model.index(unit_row, 0)))
    assert page.ui.unitCombo.currentData() == unit.key
    assert page.proxy.rowCount() == unit.plans


def test_rollup_says_how_many_approved_plans_are_being_revised(qtbot) -> None:
    """An approved plan with a newer revision in review still counts as approved, and the
    roll-up says how many of the approved are being revised."""
    from app.services.plans.tracking import BY_UNIT, RollupRow
    from app.ui.plans.progress_dialog import _COLUMNS, RollupModel

    model = RollupModel()
    model.set_rows(
        [RollupRow(key="u", label="水利工程系", plans=3, approved=3, revising=1)], BY_UNIT
    )
    assert model.index(0, _COLUMNS.index("Approved")).data() == "3（1 份修订中）"
    model.set_rows([RollupRow(key="u", label="水利工程系", plans=3, approved=3)], BY_UNIT)
    assert model.index(0, _COLUMNS.index("Approved")).data() == "3"
