"""Choosing a task's owners: people of the plan's unit (or everyone), each with priority A/B/C.

A dialog rather than an in-cell editor, because a task has several owners and the
people list wants a search box; the result is one undo step on the task.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QHeaderView, QTableWidgetItem, QWidget

from app.services import org_queries
from app.services.org_queries import Scope
from app.services.plans.doc import Owner
from app.ui.forms.ui_plan_owners_dialog import Ui_PlanOwnersDialog
from app.ui.workspace import Workspace

PRIORITIES = ("A", "B", "C")


def priority_label(priority: str) -> str:
    """ "A 负责人" …: the letter and what it means."""
    meaning = {
        "A": QCoreApplication.translate("OwnersDialog", "owner"),
        "B": QCoreApplication.translate("OwnersDialog", "primary helper"),
        "C": QCoreApplication.translate("OwnersDialog", "secondary helper"),
    }[priority]
    return f"{priority} {meaning}"


def _priority_combo(priority: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for p in PRIORITIES:
        combo.addItem(priority_label(p), p)
    combo.setCurrentIndex(PRIORITIES.index(priority) if priority in PRIORITIES else 0)
    return combo


class OwnersDialog(QDialog):
    """Edit the list of (person, priority) of one task."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        unit_id: str,
        task_name: str,
        owners: list[Owner],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanOwnersDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.unit_id = unit_id
        self.ui.taskValue.setText(task_name)
        for p in PRIORITIES:
            self.ui.priorityCombo.addItem(priority_label(p), p)
        completer = QCompleter(self.ui.personCombo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.ui.personCombo.setCompleter(completer)
        self.ui.personCombo.installEventFilter(self)
        header = self.ui.ownersTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addButton.clicked.connect(self.add_selected)
        self.ui.removeButton.clicked.connect(self._remove)
        self.ui.upButton.clicked.connect(lambda: self._move(-1))
        self.ui.downButton.clicked.connect(lambda: self._move(1))
        self.ui.allPeopleCheck.toggled.connect(self._load_people)
        self._load_people(False)
        for owner in owners:
            self._append(owner.person_id, owner.name, owner.priority)
        # A first owner defaults to A; later ones to B.
        self.ui.priorityCombo.setCurrentIndex(1 if owners else 0)
        self.ui.personCombo.setFocus()

    def _load_people(self, everyone: bool) -> None:
        scope = Scope() if everyone else Scope(unit_id=self.unit_id)
        rows = self.workspace.read(org_queries.list_rows, kind="person", scope=scope)
        units = dict(self.workspace.read(org_queries.reference_choices).get("unit", []))
        combo = self.ui.personCombo
        combo.clear()
        for row in rows:
            label = row["name"]
            if row.get("staff_no"):
                label += f"（{row['staff_no']}）"
            if everyone and row.get("unit_id") in units:
                label += f" · {units[row['unit_id']]}"
            combo.addItem(label, (row["id"], row["name"]))
        combo.setCurrentIndex(-1)
        combo.setEditText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box adds the person instead of closing the dialog."""
        if (
            watched is self.ui.personCombo
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.add_selected()
            return True
        return super().eventFilter(watched, event)

    # -- the list ----------------------------------------------------------------
    def _append(self, person_id: str, name: str, priority: str) -> None:
        table = self.ui.ownersTable
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        table.setItem(row, 0, item)
        table.setCellWidget(row, 1, _priority_combo(priority, table))
        table.setCurrentCell(row, 0)

    def add_selected(self, *, priority: str | None = None) -> bool:
        """Add the person found by the search box with the chosen priority."""
        combo = self.ui.personCombo
        text = combo.currentText().strip()
        position = combo.findText(text) if text else -1
        if position < 0 and text:
            position = combo.findText(text, Qt.MatchFlag.MatchContains)
        if position < 0:
            return False
        person_id, name = combo.itemData(position)
        if person_id in [o.person_id for o in self.owners()]:
            return False
        self._append(person_id, name, priority or self.ui.priorityCombo.currentData())
        self.ui.priorityCombo.setCurrentIndex(1)
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        return True

    def _remove(self) -> None:
        row = self.ui.ownersTable.currentRow()
        if row >= 0:
            self.ui.ownersTable.removeRow(row)

    def _move(self, delta: int) -> None:
        table = self.ui.ownersTable
        row = table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < table.rowCount():
            return
        owners = self.owners()
        owners.insert(target, owners.pop(row))
        table.setRowCount(0)
        for owner in owners:
            self._append(owner.person_id, owner.name, owner.priority)
        table.setCurrentCell(target, 0)

    def owners(self) -> list[Owner]:
        """The owners as chosen, in order."""
        table = self.ui.ownersTable
        result = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            combo = table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            result.append(
                Owner(item.data(Qt.ItemDataRole.UserRole), combo.currentData(), item.text())
            )
        return result
