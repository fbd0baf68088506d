"""Printing a catalog or a subject's own standard: previewed in the app, then printed or saved.

The pages come from :mod:`app.reports.standards_catalog` and
:mod:`app.reports.standards_own` as PDF bytes and are shown by the shared
:class:`~app.ui.pdf_preview.PdfPreviewDialog`, so the printer and the saved file get
exactly the pages on screen. reportlab loads only when something is printed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.standards.doc import CatalogDoc
from app.services.standards.own import OwnStandardDoc
from app.ui.messages import show_error
from app.ui.pdf_preview import PdfPreviewDialog


def catalog_bytes(doc: CatalogDoc) -> bytes:
    from app.reports.standards_catalog import catalog_pdf_bytes

    return catalog_pdf_bytes(doc)


def own_bytes(doc: OwnStandardDoc) -> bytes:
    from app.reports.standards_own import own_standard_pdf_bytes

    return own_standard_pdf_bytes(doc)


def make_catalog_preview(doc: CatalogDoc, parent: QWidget | None) -> PdfPreviewDialog:
    """The preview of a year's catalog (retired entries left out, as printed)."""
    from app.reports.standards_catalog import catalog_title

    title = catalog_title(doc)
    return PdfPreviewDialog(
        title=QCoreApplication.translate("StandardsPreview", "Print Preview — %1").replace(
            "%1", title
        ),
        choices=[(title, "")],
        render=lambda _key: catalog_bytes(doc),
        file_name=lambda _key: f"{title.replace(' ', '')}.pdf",
        parent=parent,
    )


def make_own_preview(doc: OwnStandardDoc, parent: QWidget | None) -> PdfPreviewDialog:
    """The preview of a subject's own standard beside the college's."""
    return PdfPreviewDialog(
        title=QCoreApplication.translate("StandardsPreview", "Print Preview — %1").replace(
            "%1", doc.heading
        ),
        choices=[(doc.heading, "")],
        render=lambda _key: own_bytes(doc),
        file_name=lambda _key: f"{doc.heading.replace(' ', '')}.pdf",
        parent=parent,
    )


def _show(parent: QWidget, make: Callable[[], PdfPreviewDialog]) -> PdfPreviewDialog | None:
    try:
        dialog = make()
    except Exception as exc:  # the report refused (UserError) or failed: say so
        show_error(parent, exc)
        return None
    dialog.resize(1100, max(parent.window().height() - 40, 700))
    dialog.exec()
    return dialog


def show_catalog_preview(parent: QWidget, doc: CatalogDoc) -> PdfPreviewDialog | None:
    """Open the catalog's preview (modal); None if its pages could not be made."""
    return _show(parent, lambda: make_catalog_preview(doc, parent))


def show_own_preview(parent: QWidget, doc: OwnStandardDoc) -> PdfPreviewDialog | None:
    """Open the own standard's preview (modal); None if its pages could not be made."""
    return _show(parent, lambda: make_own_preview(doc, parent))
