"""Review, lock and revision, preview and printing, from the editor."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.models.plans import PlanStatus
from app.services import identity, org_queries
from app.services.org_queries import Scope
from app.services.plans import store, workflow
from app.services.plans.subjects import subjects
from app.ui.plans.preview import PreviewDialog, print_pdf, print_plans_to_pdf
from app.ui.plans.review_dialog import ReviewDialog
from app.ui.plans.task_model import COL_NAME
from tests.ui.plan_support import complete_plan, plan_area, stored_plan

__all__ = ["plan_area"]  # the fixture


def _complete(window, area) -> None:
    doc = area.document.doc
    person = window.workspace.read(
        org_queries.list_rows, kind="person", scope=Scope(unit_id=doc.unit_id)
    )[0]
    complete_plan(area.document, person["id"], person["name"])


def _accept(dialog: QWidget) -> None:
    assert isinstance(dialog, ReviewDialog)
    dialog.ui.actorEdit.setText("王老师")
    dialog.ui.commentEdit.setPlainText("同意")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_submit_is_refused_with_problems_then_fixed_and_submitted(
    window, modals, plan_area, demo_db: Path
) -> None:
    """The refusal lists the problems and shows the checks; once fixed, the plan is submitted."""
    area, plan_id = plan_area
    ui = area.editor.ui
    ui.sideTabs.setCurrentWidget(ui.historyTab)
    ui.submitButton.click()
    assert any("处问题" in t for t in modals.texts)
    assert ui.sideTabs.currentWidget() is ui.checksTab
    assert stored_plan(demo_db, plan_id).status == PlanStatus.DRAFT

    _complete(window, area)
    assert "没有发现问题" in ui.problemsList.item(0).text()
    assert "差错率 0.0%" in ui.errorRateLabel.text()
    modals.then(_accept)
    ui.submitButton.click()
    assert stored_plan(demo_db, plan_id).status == PlanStatus.SUBMITTED
    assert area.document.locked and ui.lockBanner.isVisibleTo(area.editor)
    assert "已提交  王老师（" in ui.historyView.item(0).text()
    assert not ui.submitButton.isVisibleTo(area.editor)
    assert ui.approveButton.isEnabled()  # this PC is the quality office


def test_approved_plan_is_read_only_and_revise_creates_revision_2(
    window, qtbot, modals, plan_area, demo_db: Path
) -> None:
    """Approve through the dialog; nothing in the content can be changed; 修订计划 opens rev. 2."""
    area, plan_id = plan_area
    _complete(window, area)
    area.editor.flush()
    window.workspace.write(workflow.submit, plan_id=plan_id)
    area.document.reload()
    area.editor.refresh_all()
    area.editor.review.refresh()
    ui = area.editor.ui
    modals.then(_accept)
    ui.approveButton.click()
    assert stored_plan(demo_db, plan_id).status == PlanStatus.APPROVED
    assert ui.historyView.count() == 2
    assert ui.historyView.item(0).text().splitlines()[1] == "同意"  # newest first, comment below

    view, model = ui.taskView, area.editor.task_model
    task = model.task(0)
    before = (task.name, list(task.planned_months), len(area.document.doc.tasks))
    assert ui.leaderEdit.isReadOnly() and not ui.addTaskButton.isEnabled()
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.month_column(9)))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    view.setCurrentIndex(model.index(0, COL_NAME))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.state() != view.State.EditingState
    assert (task.name, task.planned_months, len(area.document.doc.tasks)) == before
    assert "已通过" in ui.lockLabel.text()

    ui.reviseButton.click()
    doc = area.document.doc
    assert (doc.revision, doc.previous_id, doc.status) == (2, plan_id, PlanStatus.DRAFT)
    assert not ui.leaderEdit.isReadOnly() and not ui.lockBanner.isVisibleTo(area.editor)


def test_return_needs_a_comment(window, modals, plan_area, demo_db: Path) -> None:
    """退回 keeps OK disabled until the reviewer says what must change."""
    area, plan_id = plan_area
    _complete(window, area)
    area.editor.flush()
    window.workspace.write(workflow.submit, plan_id=plan_id)
    area.document.reload()
    area.editor.review.refresh()
    seen: list[bool] = []

    def return_with_comment(dialog: QWidget) -> None:
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append(ok.isEnabled())
        dialog.ui.commentEdit.setPlainText("目标不够具体")
        seen.append(ok.isEnabled())
        ok.click()

    ident = window.workspace.read(identity.get_identity)
    other = window.workspace.read(subjects, level="unit")[0]
    window.workspace.write(identity.set_unit, unit_id=other.id)  # not the reviewer
    area.editor.review.refresh()
    assert not area.editor.ui.returnButton.isEnabled()
    assert "只有" in area.editor.ui.returnButton.toolTip()
    window.workspace.write(identity.set_office)
    area.editor.review.refresh()
    assert ident.role == identity.OFFICE and area.editor.ui.returnButton.isEnabled()

    modals.then(return_with_comment)
    area.editor.ui.returnButton.click()
    assert seen == [False, True]
    assert stored_plan(demo_db, plan_id).status == PlanStatus.RETURNED
    assert "目标不够具体" in area.editor.ui.lockLabel.text()


def test_preview_is_one_page_and_prints(window, qtbot, modals, plan_area, tmp_path: Path) -> None:
    """The preview holds one landscape page; printing draws it; many plans go into one PDF."""
    area, plan_id = plan_area
    dialog = PreviewDialog(area.document.doc, window)
    qtbot.addWidget(dialog)
    assert dialog.pdf is not None and dialog.pdf.pageCount() == 1
    size = dialog.pdf.pagePointSize(0)
    assert size.width() > size.height()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.pdf, printer) == 1
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 1

    other = window.workspace.write(store.copy_plan_to_year, plan_id=plan_id, year=2031).id
    target = tmp_path / "meeting.pdf"
    task = print_plans_to_pdf(window, window.workspace, [plan_id, other], path=target)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert len(pypdf.PdfReader(target).pages) == 2
    assert any("已将 2 份计划打印到" in t for t in modals.texts)


def test_preview_warns_when_a_text_is_cut(window, qtbot) -> None:
    """A plan whose texts are too long for the page: the preview says how many end in "…"."""
    from app.reports.oppm_sample import sample_plan

    ordinary = PreviewDialog(sample_plan(), window)
    qtbot.addWidget(ordinary)
    assert ordinary.cut == 0 and "截断" not in ordinary.ui.infoValue.text()
    crowded = PreviewDialog(sample_plan(tasks=20, objectives=6, long_text=True), window)
    qtbot.addWidget(crowded)
    assert crowded.cut > 0
    assert f"有 {crowded.cut} 处文字过长" in crowded.ui.infoValue.text()


def test_preview_prints_a_recorded_month_as_it_was(window, qtbot) -> None:
    """A demo plan with monthly records offers each month; choosing one shows its snapshot."""
    from app.services.plans import tracking

    workspace = window.workspace
    plan = next(
        p
        for p in workspace.read(store.list_plans)
        if workspace.read(tracking.recorded_months, plan_id=p.id)
    )
    months = workspace.read(tracking.recorded_months, plan_id=plan.id)
    doc = workspace.read(store.load_plan, plan_id=plan.id)

    dialog = PreviewDialog(
        doc,
        window,
        months=months,
        load_month=lambda m: workspace.read(tracking.snapshot_doc, plan_id=plan.id, month=m),
    )
    qtbot.addWidget(dialog)
    assert dialog.ui.monthCombo.count() == len(months) + 1
    assert not dialog.ui.monthCombo.isHidden()

    dialog.show_month(months[0])
    assert dialog.doc.as_of_month == months[0]
    text = pypdf.PdfReader(io.BytesIO(dialog.data)).pages[0].extract_text()
    assert f"截至 {months[0]} 月" in text
    assert dialog.doc.fingerprint() in dialog.ui.infoValue.text()

    dialog.show_month(0)
    assert dialog.doc is doc and dialog.doc.as_of_month is None

    plain = PreviewDialog(doc, window)  # no months offered: the choice is hidden
    qtbot.addWidget(plain)
    assert plain.ui.monthCombo.isHidden()
