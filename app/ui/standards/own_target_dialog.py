"""The form for one own target: the five values and a note, with a live SMART hint.

It starts from the subject's own values, else the college's (a subject "adopts and
adjusts"); the sentence the values make and its SMART hint are shown as one types,
judged against the point's name as the printed standard will be.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.services.standards.own import OwnRow
from app.services.standards.targets import TargetValues, smart_hint
from app.ui.forms.ui_standards_own_target_dialog import Ui_OwnTargetDialog
from app.ui.plans.labels import HINT_COLOR, smart_hint_text
from app.ui.standards.labels import smart_line


class OwnTargetDialog(QDialog):
    """Edit an own target; :attr:`values` and :attr:`note` hold the result when accepted."""

    def __init__(self, row: OwnRow, *, extra: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OwnTargetDialog()
        self.ui.setupUi(self)
        self.row = row
        ui = self.ui
        ui.pointValue.setText(row.point_label)
        if extra:
            self.setWindowTitle(QCoreApplication.translate("OwnTargetDialog", "Extra Own Target"))
            ui.collegeValue.setText(
                QCoreApplication.translate(
                    "OwnTargetDialog",
                    "(a target of the subject's own, beside the college's on this point)",
                )
            )
            start = TargetValues()
            note = ""
        else:
            college = row.college.sentence() if row.college is not None else ""
            ui.collegeValue.setText(
                college or QCoreApplication.translate("OwnTargetDialog", "(none)")
            )
            start = row.own or row.college or TargetValues()
            note = row.note
        ui.measureEdit.setText(start.measure)
        ui.valueEdit.setText(start.target_value)
        ui.unitEdit.setText(start.unit)
        ui.deadlineEdit.setText(start.deadline)
        ui.evidenceEdit.setText(start.evidence)
        ui.noteEdit.setText(note)
        for edit in (ui.measureEdit, ui.valueEdit, ui.unitEdit, ui.deadlineEdit, ui.evidenceEdit):
            edit.textChanged.connect(self._update)
        ui.measureEdit.setFocus()
        self._update()

    @property
    def values(self) -> TargetValues:
        ui = self.ui
        return TargetValues(
            ui.measureEdit.text(),
            ui.valueEdit.text(),
            ui.unitEdit.text(),
            ui.deadlineEdit.text(),
            ui.evidenceEdit.text(),
        ).cleaned()

    @property
    def note(self) -> str:
        return self.ui.noteEdit.text().strip()

    def _update(self) -> None:
        values = self.values
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not values.blank)
        self.ui.sentenceValue.setText(
            QCoreApplication.translate("OwnTargetDialog", "Reads: %1").replace(
                "%1", values.sentence()
            )
            if not values.blank
            else ""
        )
        line = (
            "" if values.blank else smart_line(smart_hint(values, point_name=self.row.point_name))
        )
        self.ui.smartValue.setText(
            f"<span style='color:{HINT_COLOR}'>⚠ {smart_hint_text(line)}</span>" if line else ""
        )
