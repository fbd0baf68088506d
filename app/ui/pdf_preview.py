"""A report's PDF in the app (QtPdf), sent to the system printer or saved as a file.

The report modules make PDF bytes, so the preview, the printer and the saved file
all show the same pages. Printing draws each PDF page as an image at up to 300 dpi:
every printer driver takes images, and text is as sharp as the printer can show.
:class:`PdfPreviewDialog` serves any report that offers one or more choices (one
post or the whole manual …); the one-page plan keeps its own dialog (paper size,
recorded months) and shares :func:`load_pdf` and :func:`print_pdf`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from app.ui.messages import show_error

_MAX_DPI = 300
_FOLDER_KEY = "pdf/folder"


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument reading from memory (its buffer lives as long as the document)."""
    pdf = QPdfDocument(parent)
    buffer = QBuffer(pdf)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    return pdf


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` onto ``printer``, fitted and centred; returns the pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPreview", "The printer could not be started."))
    try:
        dpi = min(printer.resolution(), _MAX_DPI)
        for page in range(pdf.pageCount()):
            if page:
                printer.newPage()
            points = pdf.pagePointSize(page)
            image = pdf.render(
                page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - size.width()) // 2,
                area.y() + (area.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pdf.pageCount()


def printer_for(pdf: QPdfDocument) -> QPrinter:
    """A printer set to the paper and orientation of the PDF's first page (A4 portrait …)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    points = pdf.pagePointSize(0) if pdf.pageCount() else None
    if points is not None and points.width() > 0:
        size = QPageSize(
            QSize(round(points.width()), round(points.height())),
            "",
            QPageSize.SizeMatchPolicy.FuzzyOrientationMatch,
        )
        printer.setPageSize(size)
        landscape = points.width() > points.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
    return printer


class PdfPreviewDialog(QDialog):
    """Pages of a report, zoomable, with Print and Save as PDF.

    ``choices`` are (label, key) pairs, e.g. this post or the whole manual; ``render``
    makes the PDF bytes of a key, and ``file_name`` suggests the file to save it as.
    """

    def __init__(
        self,
        *,
        title: str,
        choices: Sequence[tuple[str, str]],
        render: Callable[[str], bytes],
        file_name: Callable[[str], str],
        parent: QWidget | None = None,
        current: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self._render = render
        self._file_name = file_name
        self.data = b""
        self.pdf: QPdfDocument | None = None
        self.setWindowTitle(title)
        combo = self.ui.choiceCombo
        for label, key in choices:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        many = combo.count() > 1
        combo.setVisible(many)
        self.ui.choiceCaption.setVisible(many)
        view = self.ui.pdfView
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        combo.currentIndexChanged.connect(lambda _i: self.render())
        self.ui.printButton.clicked.connect(self.print_)
        self.ui.saveButton.clicked.connect(lambda: self.save_as())
        self.ui.fitButton.clicked.connect(lambda: view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.ui.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        self.ui.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(0.8))
        self.render()

    @property
    def key(self) -> str:
        """The choice shown."""
        return str(self.ui.choiceCombo.currentData() or "")

    def render(self) -> None:
        """Make the pages of the current choice (on opening and when it changes)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = self._render(self.key)
        finally:
            QGuiApplication.restoreOverrideCursor()
        old = self.pdf
        self.pdf = load_pdf(self.data, self)
        self.ui.pdfView.setDocument(self.pdf)
        if old is not None:
            old.deleteLater()
        self.ui.infoValue.setText(
            QCoreApplication.translate("PdfPreview", "%1 page(s)").replace(
                "%1", str(self.pdf.pageCount())
            )
        )

    def _zoom(self, factor: float) -> None:
        view = self.ui.pdfView
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.2, min(view.zoomFactor() * factor, 6.0)))

    def print_(self) -> None:
        """The system printer dialog, then the pages."""
        if self.pdf is None:
            return
        printer = printer_for(self.pdf)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.windowTitle())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.pdf, printer)
        except OSError as exc:
            show_error(self, exc)

    def save_as(self, path: Path | None = None) -> Path | None:
        """Write the pages as a PDF file the user chooses; the file written, or None."""
        if path is None:
            folder = Path(str(QSettings().value(_FOLDER_KEY, str(Path.home()))))
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("PdfPreview", "Save as PDF"),
                str(folder / self._file_name(self.key)),
                QCoreApplication.translate("PdfPreview", "PDF files (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            show_error(self, exc)
            return None
        QSettings().setValue(_FOLDER_KEY, str(path.parent))
        return path
