"""Printing job descriptions: one post's 表4, or the unit's whole 岗位说明书汇编, previewed first.

The pages come from :mod:`app.reports.jobs` as PDF bytes (a 20-post manual in well
under a second), shown by the shared :class:`PdfPreviewDialog`; the printer and the
saved file get exactly those pages.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.jobs.doc import ManualDoc
from app.ui.messages import show_error
from app.ui.pdf_preview import PdfPreviewDialog

WHOLE_MANUAL = ""


def render_bytes(doc: ManualDoc, key: str) -> bytes:
    """One post's pages (``key`` is its id), or the whole manual's (``key`` empty)."""
    from app.reports.jobs import render_manual_bytes  # reportlab loads only when printing

    return render_manual_bytes(doc, post_ids=[key] if key else None)


def file_name(doc: ManualDoc, key: str) -> str:
    """岗位说明书 file names as a secretary would write them."""
    if key:
        title = next((p.title for p in doc.posts if p.id == key), "") or "岗位"
        return f"{doc.unit_name}-{title}-岗位说明书.pdf"
    return f"{doc.unit_name}-岗位说明书汇编-{date.today():%Y%m%d}.pdf"


def make_preview(doc: ManualDoc, post_id: str | None, parent: QWidget | None) -> PdfPreviewDialog:
    """The preview dialog, showing ``post_id`` (or the whole manual), offering both."""
    choices = []
    post = next((p for p in doc.posts if p.id == post_id), None) if post_id else None
    if post is not None:
        title = post.title or QCoreApplication.translate("JobsPreview", "(untitled post)")
        choices.append(
            (
                QCoreApplication.translate("JobsPreview", "This post: %1").replace("%1", title),
                post.id,
            )
        )
    choices.append(
        (QCoreApplication.translate("JobsPreview", "Whole manual (岗位说明书汇编)"), WHOLE_MANUAL)
    )
    return PdfPreviewDialog(
        title=QCoreApplication.translate(
            "JobsPreview", "Print Preview — %1 Job Descriptions"
        ).replace("%1", doc.unit_name),
        choices=choices,
        render=lambda key: render_bytes(doc, key),
        file_name=lambda key: file_name(doc, key),
        parent=parent,
        current=post.id if post is not None else WHOLE_MANUAL,
    )


def show_preview(parent: QWidget, doc: ManualDoc, post_id: str | None) -> PdfPreviewDialog | None:
    """Open the preview (modal); None if the pages could not be made (the reason is shown)."""
    try:
        dialog = make_preview(doc, post_id, parent)
    except Exception as exc:  # the report refused (UserError) or failed: say so
        show_error(parent, exc)
        return None
    dialog.resize(960, max(parent.window().height() - 40, 700))
    dialog.exec()
    return dialog
