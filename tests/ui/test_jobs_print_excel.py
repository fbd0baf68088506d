"""Printing a post or the whole manual through the preview, and the manual to Excel and back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.jobs.preview import WHOLE_MANUAL
from app.ui.pdf_preview import PdfPreviewDialog
from tests.ui.jobs_support import jobs_area, stored_manual


def test_preview_holds_one_post_or_the_whole_manual_and_saves_it(
    window, qtbot, modals, tmp_path: Path
) -> None:
    """Ctrl+P in the editor previews the post (one A4 page); the whole manual has a cover,
    contents and the duties before the posts; Save as PDF writes exactly what is shown."""
    area = jobs_area(window)
    post = next(p for p in area.document.doc.posts if p.title == "教学管理岗位")
    area.open_post(post.id)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PdfPreviewDialog)
        seen["title"] = dialog.windowTitle()
        seen["post_pages"] = dialog.pdf.pageCount()
        size = dialog.pdf.pagePointSize(0)
        seen["portrait"] = size.height() > size.width()
        combo = dialog.ui.choiceCombo
        combo.setCurrentIndex(combo.findData(WHOLE_MANUAL))
        seen["manual_pages"] = dialog.pdf.pageCount()
        seen["saved"] = dialog.save_as(tmp_path / "manual.pdf")
        seen["data"] = dialog.data
        dialog.close()

    modals.then(look)
    area.editor.ui.previewButton.click()
    assert seen["post_pages"] == 1 and seen["portrait"]
    assert "教务科研处" in str(seen["title"])
    assert seen["manual_pages"] > len(area.document.doc.posts)  # cover, contents, duties
    saved = tmp_path / "manual.pdf"
    assert seen["saved"] == saved and saved.read_bytes() == seen["data"]
    assert saved.read_bytes().startswith(b"%PDF")


def test_excel_round_trip_through_the_window_and_undo_of_the_import(
    window, qtbot, modals, tmp_path: Path, demo_db: Path
) -> None:
    """Export, change the manual, import the file back: the manual is as exported (and stored);
    undo brings the changed manual back."""
    area = jobs_area(window)
    document = area.document
    exported = document.doc.content_data()
    path = area.export_xlsx(tmp_path / "教务科研处.xlsx")
    assert path is not None and path.exists()

    page = area.manual_page
    page.select_post(document.doc.posts[0].id)
    page.ui.postsView.setFocus()
    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.remove("posts")
    changed = document.doc.content_data()
    assert changed != exported

    modals.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # replace?
    assert area.import_xlsx(path)
    assert document.doc.content_data() == exported
    assert stored_manual(demo_db, document.doc.unit_id).content_data() == exported
    window.undo_action.trigger()
    assert document.doc.content_data() == changed
    assert area.flush()
    assert stored_manual(demo_db, document.doc.unit_id).content_data() == changed


def test_a_wrong_workbook_is_refused_with_a_chinese_message(
    window, qtbot, modals, tmp_path: Path
) -> None:
    """A workbook that is not the 表4 export is refused, naming what is missing; nothing changes."""
    area = jobs_area(window)
    before = area.document.doc.content_data()
    wrong = tmp_path / "wrong.xlsx"
    book = Workbook()
    book.active.title = "随便"
    book.save(wrong)
    assert not area.import_xlsx(wrong)
    assert modals.texts and "部门职责" in modals.texts[-1]
    assert area.document.doc.content_data() == before
