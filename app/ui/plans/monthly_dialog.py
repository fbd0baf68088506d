"""月度更新: one screen to set a month's state of every task, its spending and its summary.

It writes through ``tracking.record_month``, which is allowed on locked plans too
(tracking is not planning) and keeps a snapshot of the plan as it stood that month.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from app.models.plans import TaskState
from app.services.errors import UserError
from app.services.plans.doc import PlanDoc, wan_to_yuan, yuan_to_wan
from app.ui.forms.ui_plan_monthly_dialog import Ui_PlanMonthlyDialog
from app.ui.messages import show_error
from app.ui.plans.labels import STATE_COLORS, dot_icon, level_label, month_label, state_label
from app.ui.workspace import Workspace

COL_NUMBER, COL_NAME, COL_PLANNED, COL_STATE = range(4)
COST_CATEGORY, COST_BUDGET, COST_MONTH = range(3)


def months_text(months: list[int]) -> str:
    """[3, 4, 5, 6, 9] → "3–6, 9": the planned months at a glance."""
    runs: list[list[int]] = []
    for month in sorted(set(months)):
        if runs and month == runs[-1][-1] + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


class MonthlyDialog(QDialog):
    """Fill in a month; OK records it (and the month's snapshot)."""

    def __init__(
        self, workspace: Workspace, doc: PlanDoc, *, month: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanMonthlyDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.doc = doc
        self.ui.planValue.setText(
            f"{doc.year} · {level_label(doc.level)} · {doc.subject_name} · {doc.work_name}"
        )
        for m in range(1, 13):
            self.ui.monthCombo.addItem(month_label(m), m)
        self.ui.monthCombo.setCurrentIndex(month - 1)
        self._setup_tables()
        self._fill()
        self._shown_month = month
        #: months recorded while the dialog was open (a switch can record the month left)
        self.recorded_months: set[int] = set()
        self.ui.monthCombo.currentIndexChanged.connect(lambda _i: self._month_changed())
        self.ui.allOnTrackButton.clicked.connect(self.planned_on_track)
        self.ui.buttons.accepted.connect(self.accept)

    @property
    def month(self) -> int:
        """The month being filled in."""
        return int(self.ui.monthCombo.currentData())

    def month_text(self) -> str:
        """ "3月"."""
        return month_label(self.month)

    def _setup_tables(self) -> None:
        tasks = self.ui.tasksTable
        tasks.setRowCount(len(self.doc.tasks))
        header = tasks.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NUMBER, COL_PLANNED, COL_STATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tasks.verticalHeader().setDefaultSectionSize(28)
        for row, task in enumerate(self.doc.tasks):
            tasks.setItem(row, COL_NUMBER, QTableWidgetItem(f"{row + 1:02d}"))
            tasks.setItem(row, COL_NAME, QTableWidgetItem(task.name))
            tasks.setItem(row, COL_PLANNED, QTableWidgetItem(months_text(task.planned_months)))
            combo = QComboBox(tasks)
            combo.addItem(QCoreApplication.translate("MonthlyDialog", "— not filled in —"), "")
            for state in TaskState:
                combo.addItem(dot_icon(STATE_COLORS[state]), state_label(state), state.value)
            tasks.setCellWidget(row, COL_STATE, combo)
        costs = self.ui.costsTable
        costs.setRowCount(len(self.doc.costs))
        header = costs.horizontalHeader()
        header.setSectionResizeMode(COST_CATEGORY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COST_BUDGET, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COST_MONTH, QHeaderView.ResizeMode.ResizeToContents)
        costs.verticalHeader().setDefaultSectionSize(28)
        for row, cost in enumerate(self.doc.costs):
            costs.setItem(row, COST_CATEGORY, QTableWidgetItem(cost.category))
            budget = QTableWidgetItem(yuan_to_wan(cost.budget_yuan))
            budget.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            costs.setItem(row, COST_BUDGET, budget)
            amount = QLineEdit(costs)
            validator = QDoubleValidator(0, 99999, 4, amount)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(QLocale.c())  # "1.5", whatever the system's decimal mark
            amount.setValidator(validator)
            amount.setPlaceholderText("0")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            costs.setCellWidget(row, COST_MONTH, amount)
        self.ui.costsBox.setVisible(bool(self.doc.costs))

    def _recorded(self, month: int) -> tuple[dict[str, str], dict[str, int], str]:
        """What the plan holds for ``month``, in the shape of :meth:`values`."""
        states = {t.id: t.month_states[month] for t in self.doc.tasks if t.month_states.get(month)}
        spent = {c.id: c.spent_yuan.get(month, 0) for c in self.doc.costs}
        return states, spent, self.doc.notes.get(month, "")

    def is_dirty(self) -> bool:
        """The entries on screen differ from what is recorded for their month."""
        try:
            return self.values() != self._recorded(self._shown_month)
        except ValueError:  # a half-typed amount is an entry too
            return True

    def _month_changed(self) -> None:
        """Switch months, first offering to record what was typed for the one left."""
        left, wanted = self._shown_month, self.month
        if left == wanted:
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("MonthlyDialog", "Monthly Update"),
                QCoreApplication.translate(
                    "MonthlyDialog", "Record what you entered for %1 before switching to %2?"
                )
                .replace("%1", month_label(left))
                .replace("%2", month_label(wanted)),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self._record(left)
            ):
                self._show_month_in_combo(left)
                return
        self._shown_month = wanted
        self._fill()

    def _show_month_in_combo(self, month: int) -> None:
        combo = self.ui.monthCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(month - 1)
        combo.blockSignals(False)

    def _fill(self) -> None:
        """Show what is recorded for the chosen month."""
        month = self.month
        for row, task in enumerate(self.doc.tasks):
            combo = self.state_combo(row)
            combo.setCurrentIndex(max(combo.findData(task.month_states.get(month, "")), 0))
            planned = month in task.planned_months
            font = self.ui.tasksTable.item(row, COL_NAME).font()
            font.setBold(planned)  # what is due this month stands out
            self.ui.tasksTable.item(row, COL_NAME).setFont(font)
        for row, cost in enumerate(self.doc.costs):
            spent = cost.spent_yuan.get(month, 0)
            self.spent_edit(row).setText(yuan_to_wan(spent) if spent else "")
        self.ui.summaryEdit.setPlainText(self.doc.notes.get(month, ""))

    def state_combo(self, row: int) -> QComboBox:
        """The state chooser of a task row."""
        widget = self.ui.tasksTable.cellWidget(row, COL_STATE)
        assert isinstance(widget, QComboBox)
        return widget

    def spent_edit(self, row: int) -> QLineEdit:
        """The month's spending of a cost row, in 万元 ("0.35")."""
        widget = self.ui.costsTable.cellWidget(row, COST_MONTH)
        assert isinstance(widget, QLineEdit)
        return widget

    def planned_on_track(self) -> None:
        """Tasks planned this month and not filled in yet: on track (the usual case)."""
        for row, task in enumerate(self.doc.tasks):
            combo = self.state_combo(row)
            if self.month in task.planned_months and not combo.currentData():
                combo.setCurrentIndex(combo.findData(TaskState.ON_TRACK.value))

    def values(self) -> tuple[dict[str, str], dict[str, int], str]:
        """States, spending in whole 元, and the summary, as record_month takes them."""
        states = {
            task.id: self.state_combo(row).currentData()
            for row, task in enumerate(self.doc.tasks)
            if self.state_combo(row).currentData()
        }
        spent = {
            cost.id: wan_to_yuan(self.spent_edit(row).text() or "0")
            for row, cost in enumerate(self.doc.costs)
        }
        return states, spent, self.ui.summaryEdit.toPlainText()

    def _record(self, month: int) -> bool:
        """Record the entries on screen as ``month``; False (after saying why) if refused."""
        from app.services.plans import store, tracking

        try:
            states, spent, summary = self.values()
        except ValueError:
            show_error(
                self,
                UserError(
                    QCoreApplication.translate(
                        "MonthlyDialog", "Type the spending in 10k yuan, e.g. 0.35 (up to 1 yuan)."
                    )
                ),
            )
            return False
        try:
            self.workspace.write(
                tracking.record_month,
                plan_id=self.doc.id,
                month=month,
                states=states,
                spent=spent,
                summary=summary,
            )
        except UserError as exc:
            show_error(self, exc)
            return False
        self.doc = self.workspace.read(store.load_plan, plan_id=self.doc.id)
        self.recorded_months.add(month)
        return True

    def accept(self) -> None:
        """Record the month; stay open with the reason if it is refused."""
        if self._record(self.month):
            super().accept()
