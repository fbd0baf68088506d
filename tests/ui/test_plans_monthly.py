"""The monthly update (月度更新) from the editor: states, spending and summary recorded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.ui.plans.monthly_dialog import MonthlyDialog
from tests.ui.plan_support import plan_area, stored_plan

__all__ = ["plan_area"]  # the fixture


def test_monthly_update_writes_states_spending_and_summary(
    modals, plan_area, demo_db: Path
) -> None:
    """月度更新: a state per task, a month's spending and the summary reach the database."""
    area, plan_id = plan_area
    month = area.editor.note_month

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MonthlyDialog)
        combo = dialog.state_combo(0)
        combo.setCurrentIndex(combo.findData("at_risk"))
        dialog.spent_edit(0).setText("0.35")
        dialog.ui.summaryEdit.setPlainText("实训基地建设滞后，下月追赶。")
        dialog.ui.buttons.accepted.emit()

    modals.then(fill)
    area.editor.ui.monthlyButton.click()
    stored = stored_plan(demo_db, plan_id)
    assert stored.tasks[0].month_states == {month: "at_risk"}
    assert stored.costs[0].spent_yuan == {month: 3500}
    assert stored.notes[month] == "实训基地建设滞后，下月追赶。"
    model = area.editor.task_model
    assert model.index(0, model.month_column(month)).data() == "●"
    assert area.editor.ui.noteEdit.toPlainText() == "实训基地建设滞后，下月追赶。"


def test_switching_month_offers_to_record_what_was_typed(
    window, qtbot, modals, plan_area, demo_db: Path
) -> None:
    """Entries typed for one month are recorded (Save), kept on screen (Cancel) or dropped."""
    from PySide6.QtWidgets import QMessageBox

    area, plan_id = plan_area
    month = 5
    dialog = MonthlyDialog(window.workspace, area.document.doc, month=month, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.is_dirty()
    dialog.ui.summaryEdit.setPlainText("五月：完成调研。")
    assert dialog.is_dirty()

    modals.then(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    dialog.ui.monthCombo.setCurrentIndex(month)  # June
    assert dialog.month == month and dialog.ui.summaryEdit.toPlainText() == "五月：完成调研。"

    modals.then(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    dialog.ui.monthCombo.setCurrentIndex(month)
    assert dialog.month == month + 1 and dialog.ui.summaryEdit.toPlainText() == ""
    assert stored_plan(demo_db, plan_id).notes[month] == "五月：完成调研。"
    assert dialog.recorded_months == {month}

    dialog.ui.summaryEdit.setPlainText("六月：草稿")
    modals.then(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    dialog.ui.monthCombo.setCurrentIndex(month - 1)  # back to May, June dropped
    assert dialog.ui.summaryEdit.toPlainText() == "五月：完成调研。"
    assert month + 1 not in stored_plan(demo_db, plan_id).notes
