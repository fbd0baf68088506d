"""Preview and printing: the printed page in the app (QtPdf), the system printer, many plans to PDF.

The page comes from the report module as PDF bytes, so the preview, the printer
and the PDF file all show the same page. Printing draws each PDF page as an image
at up to 300 dpi onto the printer: every printer driver takes images, and the
text is as sharp as the printer can show at that resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.services.plans.doc import PlanDoc
from app.ui.forms.ui_plan_preview_dialog import Ui_PlanPreviewDialog
from app.ui.messages import show_error
from app.ui.pdf_preview import load_pdf, print_pdf
from app.ui.tasks import Task, run_task
from app.ui.workspace import Workspace

PAPERS = ("A4", "A3")


def render_bytes(doc: PlanDoc, paper: str) -> bytes:
    """The plan's page as PDF bytes (imported late: reportlab loads in ~0.1 s)."""
    from app.reports.oppm import render_plan_bytes

    return render_plan_bytes(doc, paper=paper)


def cut_count(doc: PlanDoc) -> int:
    """Texts the page cuts with "…" (imported late, as :func:`render_bytes`)."""
    from app.reports.oppm import cut_texts

    return cut_texts(doc)


def make_printer(paper: str) -> QPrinter:
    """A landscape printer set for the paper size."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.A3 if paper == "A3" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


class PreviewDialog(QDialog):
    """One plan's page, zoomable, with Print and Save as PDF.

    ``months`` are the recorded months whose snapshot ``load_month`` returns: the
    "As of" list then offers the plan as it stood at each, so a past month's page is
    printed exactly as it was shown at that month's meeting.
    """

    def __init__(
        self,
        doc: PlanDoc,
        parent: QWidget | None = None,
        *,
        months: list[int] | None = None,
        load_month: Callable[[int], PlanDoc] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPreviewDialog()
        self.ui.setupUi(self)
        self.current_doc = doc
        self.doc = doc
        self._load_month = load_month
        self.data = b""
        self.cut = 0
        self.pdf: QPdfDocument | None = None
        for paper in PAPERS:
            self.ui.paperCombo.addItem(paper, paper)
        self.ui.monthCombo.addItem(QCoreApplication.translate("PlanPreview", "Now"), 0)
        for month in months if (months and load_month) else []:
            self.ui.monthCombo.addItem(
                QCoreApplication.translate("PlanPreview", "Month %1 (as recorded)").replace(
                    "%1", str(month)
                ),
                month,
            )
        has_months = self.ui.monthCombo.count() > 1
        self.ui.monthCombo.setVisible(has_months)
        self.ui.monthCaption.setVisible(has_months)
        view = self.ui.pdfView
        view.setPageMode(QPdfView.PageMode.SinglePage)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.ui.paperCombo.currentIndexChanged.connect(lambda _i: self.render())
        self.ui.monthCombo.currentIndexChanged.connect(lambda _i: self._month_changed())
        self.ui.printButton.clicked.connect(self.print_)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.fitButton.clicked.connect(lambda: view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.ui.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        self.ui.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(0.8))
        self.setWindowTitle(
            QCoreApplication.translate("PlanPreview", "Print Preview — %1").replace(
                "%1", doc.subject_name
            )
        )
        self.render()

    def show_month(self, month: int) -> None:
        """Show the snapshot of ``month`` (0: the plan as it is now)."""
        index = self.ui.monthCombo.findData(month)
        if index >= 0:
            self.ui.monthCombo.setCurrentIndex(index)

    def _month_changed(self) -> None:
        month = int(self.ui.monthCombo.currentData() or 0)
        if not month or self._load_month is None:
            self.doc = self.current_doc
        else:
            try:
                self.doc = self._load_month(month)
            except Exception as exc:  # a snapshot that cannot be read: say so, keep "now"
                show_error(self, exc)
                self.ui.monthCombo.setCurrentIndex(0)
                return
        self.render()

    @property
    def paper(self) -> str:
        """A4 or A3."""
        return str(self.ui.paperCombo.currentData())

    def render(self) -> None:
        """Lay the page out again (on opening and when the paper changes)."""
        self.data = render_bytes(self.doc, self.paper)
        old = self.pdf
        self.pdf = load_pdf(self.data, self)
        self.ui.pdfView.setDocument(self.pdf)
        if old is not None:
            old.deleteLater()
        info = (
            QCoreApplication.translate("PlanPreview", "%1 landscape · %2 page(s) · fingerprint %3")
            .replace("%1", self.paper)
            .replace("%2", str(self.pdf.pageCount()))
            .replace("%3", self.doc.fingerprint())
        )
        self.cut = cut_count(self.doc)
        if self.cut:
            info += " · " + QCoreApplication.translate(
                "PlanPreview", "%1 text(s) too long for their box end in “…”: shorten them"
            ).replace("%1", str(self.cut))
        self.ui.infoValue.setText(info)
        self.ui.infoValue.setStyleSheet("color: #b3261e;" if self.cut else "color: #5f6368;")

    def _zoom(self, factor: float) -> None:
        view = self.ui.pdfView
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.2, min(view.zoomFactor() * factor, 6.0)))

    def print_(self) -> None:
        """The system printer dialog, then the page."""
        printer = make_printer(self.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("PlanPreview", "Print Plan"))
        if dialog.exec() != QDialog.DialogCode.Accepted or self.pdf is None:
            return
        try:
            print_pdf(self.pdf, printer)
        except OSError as exc:
            show_error(self, exc)

    def save_as(self) -> None:
        """Write the page as a PDF file."""
        suggested = f"{self.doc.year}-{self.doc.subject_name}-一页纸计划.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PlanPreview", "Save as PDF"),
            str(Path.home() / suggested),
            QCoreApplication.translate("PlanPreview", "PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            show_error(self, exc)


def show_preview(
    parent: QWidget, doc: PlanDoc, workspace: Workspace | None = None
) -> PreviewDialog | None:
    """Open the preview of ``doc`` (modal); None if the page could not be made.

    With ``workspace``, the months recorded for the plan can be chosen too.
    """
    months: list[int] = []
    load_month: Callable[[int], PlanDoc] | None = None
    if workspace is not None and doc.id:
        from app.services.plans import tracking

        plan_id = doc.id
        months = workspace.read(tracking.recorded_months, plan_id=plan_id)

        def load_month(month: int) -> PlanDoc:
            return workspace.read(tracking.snapshot_doc, plan_id=plan_id, month=month)

    try:
        dialog = PreviewDialog(doc, parent, months=months, load_month=load_month)
    except Exception as exc:  # the report refused (UserError) or failed: say so
        show_error(parent, exc)
        return None
    dialog.exec()
    return dialog


def print_plans_to_pdf(
    parent: QWidget,
    workspace: Workspace,
    plan_ids: list[str],
    *,
    path: Path | None = None,
    paper: str = "A4",
) -> Task | None:
    """Many plans into one PDF (one page each), in the background with progress and cancel."""
    if not plan_ids:
        return None
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PlanPreview", "Print Plans to PDF"),
            str(Path.home() / "一页纸计划.pdf"),
            QCoreApplication.translate("PlanPreview", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    target = path

    def work(progress: Any) -> int:
        from app.reports.oppm import render_plans
        from app.services.plans.store import load_plan

        progress.start(
            len(plan_ids), QCoreApplication.translate("PlanPreview", "Reading the plans…")
        )
        docs = []
        with workspace.db.session() as session:
            for plan_id in plan_ids:
                docs.append(load_plan(session, plan_id=plan_id))
                progress.advance()
        return render_plans(docs, target, paper=paper, progress=progress)

    def done(pages: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PlanPreview", "Printed to PDF"),
            QCoreApplication.translate("PlanPreview", "%1 plan(s) written to %2")
            .replace("%1", str(pages))
            .replace("%2", str(target)),
        )

    return run_task(
        parent,
        title=QCoreApplication.translate("PlanPreview", "Printing plans to PDF…"),
        fn=work,
        on_success=done,
        on_error=lambda exc: show_error(parent, exc),
    )
