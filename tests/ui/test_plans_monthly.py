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
