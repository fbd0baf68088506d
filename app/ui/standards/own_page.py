"""Own standards (自身发展标准): a major, course, teacher or class sets its targets per year.

Choose the subject (level, department filter, search) and year; the table lists the
points of the subject's catalog with the college's target, the subject's own, the one
in force and its SMART hint. Set, clear, add an extra target or adopt the college's
targets; each is one undo step (:mod:`app.ui.standards.own_commands`). Own targets are
written by the subject's own department's PC or the quality office: elsewhere the page
is read-only and says why, and anything tried anyway is explained, not ignored.

Keys: Enter sets the current row's own target, Insert adds an extra one, Del clears;
Ctrl+F finds a subject.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from app.services import identity
from app.services.errors import UserError
from app.services.plans.subjects import Subject, subjects
from app.services.standards import levels as lv
from app.services.standards import store
from app.services.standards.counts import own_target_counts
from app.services.standards.own import OwnRow, OwnStandardDoc, own_standard
from app.ui.forms.ui_standards_own_page import Ui_StandardsOwnPage
from app.ui.messages import show_error
from app.ui.standards.labels import kind_label, subject_label
from app.ui.standards.own_commands import (
    AdoptCollegeTargetsCommand,
    ClearOwnTargetCommand,
    OwnValues,
    SetOwnTargetCommand,
    SubjectYear,
)
from app.ui.standards.own_models import (
    COLLEGE,
    IN_FORCE,
    OWN,
    POINT,
    SMART,
    OwnRowsModel,
    SubjectIdRole,
    SubjectsModel,
)
from app.ui.workspace import Workspace

LEVELS = ("major", "course", "teacher", "class")


class _Keys(QObject):
    """Enter / Insert / Del on the standard's rows; Enter on a subject goes to its rows."""

    def __init__(self, page: OwnStandardPage) -> None:
        super().__init__(page)
        self.page = page
        page.ui.rowsView.installEventFilter(self)
        page.ui.subjectsView.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        key, page = event.key(), self.page
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is page.ui.subjectsView:
            if enter:
                page.focus_rows()
                return True
            return False
        if enter:
            page.set_own()
        elif key == Qt.Key.Key_Insert:
            page.add_extra()
        elif key == Qt.Key.Key_Delete:
            page.clear_own()
        else:
            return False
        return True


class OwnStandardPage(QWidget):
    """Subject chooser and the subject's own standard for a year."""

    status_message = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_StandardsOwnPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self.subjects_model = SubjectsModel(self)
        self.rows_model = OwnRowsModel(self)
        self.subject: Subject | None = None
        self.doc: OwnStandardDoc | None = None
        self.read_only_reason = ""
        self._filling = False
        self._started = False
        self._stale = False
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        for level in LEVELS:
            ui.levelCombo.addItem(subject_label(level), level)
        ui.subjectsView.setModel(self.subjects_model)
        ui.subjectsView.horizontalHeader().setStretchLastSection(False)
        subjects_header = ui.subjectsView.horizontalHeader()
        subjects_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        subjects_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.subjectsView.verticalHeader().setDefaultSectionSize(24)
        ui.rowsView.setModel(self.rows_model)
        ui.rowsView.verticalHeader().setVisible(False)
        ui.rowsView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = ui.rowsView.horizontalHeader()
        header.setSectionResizeMode(POINT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLLEGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(IN_FORCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SMART, QHeaderView.ResizeMode.ResizeToContents)
        ui.rowsView.setColumnWidth(POINT, 190)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 4)
        ui.splitter.setSizes([380, 900])  # names of majors are long
        _Keys(self)
        ui.levelCombo.currentIndexChanged.connect(self._level_changed)
        ui.unitCombo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        ui.searchEdit.textChanged.connect(lambda _t: self._filter_changed())
        ui.yearCombo.currentIndexChanged.connect(self._year_changed)
        ui.subjectsView.selectionModel().currentRowChanged.connect(self._subject_chosen)
        ui.rowsView.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.rowsView.doubleClicked.connect(lambda _i: self.set_own())
        ui.setButton.clicked.connect(self.set_own)
        ui.extraButton.clicked.connect(self.add_extra)
        ui.clearButton.clicked.connect(self.clear_own)
        ui.adoptButton.clicked.connect(self.adopt)
        ui.previewButton.clicked.connect(self.preview)
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview)
        self._update_buttons()

    # -- choosing ---------------------------------------------------------------------------
    @property
    def level(self) -> str:
        return str(self.ui.levelCombo.currentData() or "major")

    @property
    def unit_id(self) -> str | None:
        return self.ui.unitCombo.currentData() or None

    @property
    def year(self) -> int:
        return int(self.ui.yearCombo.currentData() or date.today().year)

    def start(self) -> None:
        """First showing: this PC's department (a unit's PC), its first subject with targets."""
        self._started = True
        ident = self.workspace.read(identity.get_identity)
        self._fill_units(ident.unit_id if ident.role == identity.UNIT else None)
        self._fill_years(None)
        self._fill_subjects(None, prefer_targets=True)

    def mark_stale(self) -> None:
        """The catalogs changed: read again when next shown (or now, if shown)."""
        if not self._started:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Re-read years, subjects and the standard shown (after catalog or org changes)."""
        self._stale = False
        subject_id = self.subject.id if self.subject else None
        self._fill_units(self.unit_id)
        self._fill_years(self.year)
        self._fill_subjects(subject_id)

    def _fill_units(self, selected: str | None) -> None:
        units = self.workspace.read(subjects, level="unit")
        self._filling = True
        try:
            combo = self.ui.unitCombo
            combo.clear()
            combo.addItem(QCoreApplication.translate("OwnStandardPage", "All departments"), "")
            for unit in units:
                combo.addItem(unit.name, unit.id)
            combo.setCurrentIndex(max(combo.findData(selected), 0) if selected else 0)
        finally:
            self._filling = False

    def _fill_years(self, wanted: int | None) -> None:
        kind = lv.subject_kind(self.level)
        stored = sorted({s.year for s in self.workspace.read(store.list_catalogs, kind=kind)})
        this_year = date.today().year
        if wanted is None:
            past = [y for y in stored if y <= this_year]
            wanted = past[-1] if past else this_year
        years = sorted({*stored, this_year, wanted}, reverse=True)
        self._filling = True
        try:
            combo = self.ui.yearCombo
            combo.clear()
            for year in years:
                combo.addItem(str(year), year)
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
        finally:
            self._filling = False

    def _fill_subjects(self, keep: str | None, *, prefer_targets: bool = False) -> None:
        """List the level's subjects (department and search applied), selecting one."""
        found = self.workspace.read(subjects, level=self.level, unit_id=self.unit_id)
        text = self.ui.searchEdit.text().strip().lower()
        if text:
            found = [s for s in found if text in s.name.lower()]
        counts = self.workspace.read(own_target_counts, subject_level=self.level, year=self.year)
        self.subjects_model.set_subjects(found, counts)
        row = self.subjects_model.row_of(keep) if keep else -1
        if row < 0 and prefer_targets:
            row = next((i for i, s in enumerate(found) if counts.get(s.id)), -1)
        if row < 0 and found:
            row = 0
        view = self.ui.subjectsView
        if row >= 0:
            index = self.subjects_model.index(row, 0)
            view.setCurrentIndex(index)
            view.scrollTo(index)
            self._subject_chosen(index)  # the same row again: show it read afresh
        else:
            self._show(None)

    @Slot(int)
    def _level_changed(self, _index: int) -> None:
        if self._filling:
            return
        self._fill_years(self.year)
        self._fill_subjects(None, prefer_targets=True)

    def _filter_changed(self) -> None:
        if not self._filling:
            self._fill_subjects(self.subject.id if self.subject else None)

    @Slot(int)
    def _year_changed(self, _index: int) -> None:
        if not self._filling:
            self._fill_subjects(self.subject.id if self.subject else None)

    @Slot(QModelIndex)
    def _subject_chosen(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        subject_id = current.data(SubjectIdRole) if current.isValid() else None
        subject = next((s for s in self.subjects_model.subjects if s.id == subject_id), None)
        self._show(subject)

    def select_subject(self, level: str, subject_id: str, year: int | None = None) -> bool:
        """Show one subject (tests, links): its level, all departments, no search."""
        self._filling = True
        try:
            self.ui.levelCombo.setCurrentIndex(max(self.ui.levelCombo.findData(level), 0))
            self.ui.unitCombo.setCurrentIndex(0)
            self.ui.searchEdit.clear()
        finally:
            self._filling = False
        self._fill_years(year or self.year)
        self._fill_subjects(subject_id)
        return self.subject is not None and self.subject.id == subject_id

    # -- showing a subject's standard ---------------------------------------------------------
    def _reason(self, subject: Subject) -> str:
        ident = self.workspace.read(identity.get_identity)
        if ident.role == identity.UNIT and ident.unit_id != subject.unit_id:
            return (
                QCoreApplication.translate(
                    "OwnStandardPage",
                    "Read-only: %1 belongs to %2; only that department's PC or the quality "
                    "office sets its own standard. This PC belongs to %3.",
                )
                .replace("%1", subject.name)
                .replace("%2", subject.unit_name)
                .replace("%3", ident.unit_name or "")
            )
        return ""

    def _show(self, subject: Subject | None, point_id: str | None = None) -> None:
        changed = subject != self.subject or (self.doc is not None and self.doc.year != self.year)
        if changed:
            self.undo_stack.clear()  # its steps were about another subject or year
        self.subject = subject
        self.reload(point_id)

    def reload(self, point_id: str | None = None) -> None:
        """Read the subject's standard again, keeping (or moving to) a point's row."""
        ui, subject = self.ui, self.subject
        current = self.rows_model.row(ui.rowsView.currentIndex().row())
        point_id = point_id or (current.point_id if current else None)
        message = ""
        doc = None
        if subject is not None:
            try:
                doc = self.workspace.read(
                    own_standard, subject_level=subject.level, subject_id=subject.id, year=self.year
                )
            except UserError as exc:
                message = str(exc)
        self.doc = doc
        self.read_only_reason = self._reason(subject) if subject is not None else ""
        self.rows_model.set_doc(doc)
        if doc is not None:
            rows = self.rows_model.rows
            row = next((i for i, r in enumerate(rows) if r.point_id == point_id), 0)
            if rows:
                ui.rowsView.setCurrentIndex(self.rows_model.index(row, POINT))
        lines = [line for line in (self.read_only_reason, message) if line]
        ui.bannerLabel.setText("\n".join(lines))
        ui.banner.setVisible(bool(lines))
        self._update_heading()
        self._update_buttons()
        self._update_count()

    def _update_heading(self) -> None:
        ui, doc, subject = self.ui, self.doc, self.subject
        if subject is None:
            ui.headingValue.setText(
                QCoreApplication.translate("OwnStandardPage", "Choose a subject on the left.")
            )
            ui.summaryValue.setText("")
            return
        if doc is None:
            ui.headingValue.setText(f"{subject.name}（{subject.unit_name}）")
            ui.summaryValue.setText("")
            return
        ui.headingValue.setText(doc.heading)
        hints = sum(1 for r in doc.rows if r.smart is not None and not r.smart.ok)
        ui.summaryValue.setText(
            QCoreApplication.translate(
                "OwnStandardPage",
                "%1 · against the %2 · %3 own targets on %4 rows · %5 SMART hints",
            )
            .replace("%1", subject.unit_name)
            .replace("%2", kind_label(doc.kind))
            .replace("%3", str(doc.own_count))
            .replace("%4", str(len(doc.rows)))
            .replace("%5", str(hints))
        )

    def _update_count(self) -> None:
        """The subject list's count for the subject shown (after an edit)."""
        if self.subject is None or self.doc is None:
            return
        model = self.subjects_model
        row = model.row_of(self.subject.id)
        if row >= 0 and model.counts.get(self.subject.id, 0) != self.doc.own_count:
            model.counts[self.subject.id] = self.doc.own_count
            model.dataChanged.emit(model.index(row, 0), model.index(row, 2))

    def current_row(self) -> OwnRow | None:
        return self.rows_model.row(self.ui.rowsView.currentIndex().row())

    def _update_buttons(self) -> None:
        ui, row = self.ui, self.current_row()
        writable = self.doc is not None and not self.read_only_reason
        ui.setButton.setEnabled(writable and row is not None)
        ui.extraButton.setEnabled(writable and row is not None and not row.point_retired)
        ui.clearButton.setEnabled(writable and row is not None and row.is_own)
        ui.adoptButton.setEnabled(writable)
        ui.previewButton.setEnabled(self.doc is not None)
        for button in (ui.setButton, ui.extraButton, ui.clearButton, ui.adoptButton):
            button.setToolTip(button.toolTip().split("\n")[0])
            if self.read_only_reason:
                button.setToolTip(button.toolTip() + "\n" + self.read_only_reason)

    def focus_rows(self) -> None:
        self.ui.rowsView.setFocus()

    def focus_find(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- editing -------------------------------------------------------------------------------
    def _writable(self) -> tuple[SubjectYear, OwnRow | None] | None:
        """The subject and current row if this PC may write them; else says why."""
        if self.subject is None or self.doc is None:
            return None
        if self.read_only_reason:
            QMessageBox.information(
                self,
                QCoreApplication.translate("OwnStandardPage", "Own Standard"),
                self.read_only_reason,
            )
            return None
        who = SubjectYear(self.subject.level, self.subject.id, self.doc.year)
        return who, self.current_row()

    def _run(self, command: SetOwnTargetCommand | ClearOwnTargetCommand) -> bool:
        """Do the command's change, then push it; a refusal is explained instead."""
        try:
            command.apply()
        except UserError as exc:
            show_error(self, exc)
            self.reload()
            return False
        self.undo_stack.push(command)
        self.reload(command.focus)
        return True

    def set_own(self) -> bool:
        """Enter: the current row's own target, in a form starting from the college's."""
        from app.ui.standards.own_target_dialog import OwnTargetDialog

        found = self._writable()
        if found is None or found[1] is None:
            return False
        who, row = found
        assert row is not None
        dialog = OwnTargetDialog(row, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.write_own(row, OwnValues(dialog.values, dialog.note), who=who)

    def write_own(self, row: OwnRow, new: OwnValues, *, who: SubjectYear | None = None) -> bool:
        """Set ``row``'s own target to ``new`` (one undo step)."""
        if who is None:
            found = self._writable()
            if found is None:
                return False
            who = found[0]
        previous = OwnValues(row.own, row.note) if row.own is not None else None
        if previous == new:
            return False
        return self._run(
            SetOwnTargetCommand(
                self.workspace,
                who,
                self.reload,
                point_id=row.point_id,
                base_target_id=row.college_target_id,
                own_target_id=row.own_target_id,
                new=new,
                previous=previous,
                text=QCoreApplication.translate("OwnStandardPage", "Set own target"),
            )
        )

    def add_extra(self) -> bool:
        """Insert: a target of the subject's own on the current point, beside the college's."""
        from app.ui.standards.own_target_dialog import OwnTargetDialog

        found = self._writable()
        if found is None or found[1] is None:
            return False
        who, row = found
        assert row is not None
        dialog = OwnTargetDialog(row, extra=True, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._run(
            SetOwnTargetCommand(
                self.workspace,
                who,
                self.reload,
                point_id=row.point_id,
                base_target_id=None,
                own_target_id=None,
                new=OwnValues(dialog.values, dialog.note),
                previous=None,
                text=QCoreApplication.translate("OwnStandardPage", "Add extra own target"),
            )
        )

    def clear_own(self) -> bool:
        """Del: remove the current row's own target (the college's applies again)."""
        found = self._writable()
        if found is None:
            return False
        who, row = found
        if row is None or row.own is None or row.own_target_id is None:
            self.status_message.emit(
                QCoreApplication.translate(
                    "OwnStandardPage", "This row has no own target: the college's applies."
                )
            )
            return False
        return self._run(
            ClearOwnTargetCommand(
                self.workspace,
                who,
                self.reload,
                point_id=row.point_id,
                own_target_id=row.own_target_id,
                previous=OwnValues(row.own, row.note),
                text=QCoreApplication.translate("OwnStandardPage", "Clear own target"),
            )
        )

    def adopt(self) -> bool:
        """Copy every college target not yet replaced into the subject's own standard."""
        found = self._writable()
        if found is None:
            return False
        command = AdoptCollegeTargetsCommand(
            self.workspace,
            found[0],
            self.reload,
            text=QCoreApplication.translate("OwnStandardPage", "Adopt the college's targets"),
        )
        try:
            command.apply()
        except UserError as exc:
            show_error(self, exc)
            return False
        if not command.added:
            self.status_message.emit(
                QCoreApplication.translate(
                    "OwnStandardPage",
                    "Nothing to adopt: every college target already has an own target here.",
                )
            )
            return False
        self.undo_stack.push(command)
        self.reload()
        self.status_message.emit(
            QCoreApplication.translate(
                "OwnStandardPage", "Adopted %1 college targets as own targets (Ctrl+Z undoes)."
            ).replace("%1", str(len(command.added)))
        )
        return True

    def preview(self) -> None:
        """The subject's own standard beside the college's, as it prints."""
        from app.ui.standards.preview import show_own_preview

        if self.doc is not None:
            show_own_preview(self, self.doc)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._started:
            self.start()
        elif self._stale:
            self.refresh()
        super().showEvent(event)
