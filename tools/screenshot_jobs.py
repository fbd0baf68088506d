"""Save PNG screenshots of the job descriptions area, and the printed post, for looking at them.

Run under Xvfb (or offscreen): ``uv run python tools/screenshot_jobs.py DB OUTDIR [WxH]``.
The database should be the sample college (``zhengai demo``), whose units all have
manuals; 教务科研处's holds the seed's 教学管理岗位. The tool works on a copy of it.
Besides the window it writes the printed post and the whole manual as PDF, and the
post's pages as PNG when ``pdftoppm`` is installed (``-r 80``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

UNIT = "教务科研处"
POST = "教学管理岗位"
# A post being written: a pasted standards cell, work not yet linked to a duty, a vague line.
DRAFT_TITLE = "教学档案管理岗位"
DRAFT_CELL = "1.每学期结束后 2 周内完成教学档案归档；2.加强档案管理。"


def main() -> int:
    """Open the window, visit the manual, the editor, a draft with problems and the preview."""
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    copy = Path(tempfile.mkdtemp(prefix="zhengai-shots-")) / db.name
    shutil.copy(db, copy)
    from app.ui.application import create_application
    from app.ui.main_window_loader import open_main_window

    app = create_application()
    window = open_main_window(copy, show_wizard=False)
    assert window is not None
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x860").split("x"))
    window.resize(width, height)
    window.select_node("area", "jobs")
    area = window.current_page()
    combo = area.manual_page.ui.unitCombo
    for i in range(combo.count()):
        if combo.itemText(i).startswith(UNIT):
            combo.setCurrentIndex(i)
    doc = area.document.doc
    post = next(p for p in doc.posts if p.title == POST)
    _write_pdfs(doc, post.id, out)
    dialogs: list[QWidget] = []

    def manual() -> None:
        area.show_manual()
        area.manual_page.select_post(post.id)

    def editor() -> None:
        area.open_post(post.id, focus_title=False)
        view = area.editor.ui.postView
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, 2))

    def draft() -> None:
        from app.ui.jobs.post_model import COL_ITEM, COL_STANDARD

        area.show_manual()
        area.manual_page.select_post(post.id)
        area.manual_page.add("posts")
        area.editor.ui.titleEdit.insert(DRAFT_TITLE)
        model = area.editor.table_model
        area.editor.add("category")
        QApplication.processEvents()
        model.setData(model.index(0, 0), "教学档案管理")
        model.setData(model.index(0, COL_ITEM), "1.归档、管理教学档案")
        QApplication.processEvents()
        model.setData(model.index(0, COL_STANDARD), DRAFT_CELL)
        QApplication.processEvents()
        area.document.run_checks()
        view = area.editor.ui.postView
        view.setCurrentIndex(model.index(1, COL_STANDARD))

    def preview() -> QWidget:
        from app.ui.jobs.preview import make_preview

        area.open_post(post.id, focus_title=False)
        widget = make_preview(area.document.doc, post.id, None)
        widget.resize(900, 860)
        widget.show()
        dialogs.append(widget)
        return widget

    steps: list[tuple[str, Callable[[], object]]] = [
        ("jobs-01-manual", manual),
        ("jobs-02-editor", editor),
        ("jobs-03-editor-draft", draft),
        ("jobs-04-manual-after-draft", area.show_manual),
        ("jobs-05-preview", preview),
    ]

    def run(i: int = 0) -> None:
        if i == len(steps):
            for widget in dialogs:
                widget.close()
            area.document.undo_stack.setClean()
            app.quit()
            return
        name, action = steps[i]
        result = action()

        def shoot() -> None:
            target = result if isinstance(result, QWidget) else window
            target.grab().save(str(out / f"{name}.png"))
            if isinstance(result, QWidget):
                result.close()
            run(i + 1)

        QTimer.singleShot(500, shoot)

    QTimer.singleShot(500, run)
    code = app.exec()
    QApplication.processEvents()
    return code


def _write_pdfs(doc: object, post_id: str, out: Path) -> None:
    """The printed post and whole manual; the post's pages as PNG if pdftoppm is there."""
    from app.reports.jobs import render_manual

    post_pdf = out / "jobs-printed-post.pdf"
    render_manual(doc, post_pdf, post_ids=[post_id])  # type: ignore[arg-type]
    render_manual(doc, out / "jobs-printed-manual.pdf")  # type: ignore[arg-type]
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(post_pdf), str(out / "jobs-printed-post")],
            check=True,
        )


if __name__ == "__main__":
    raise SystemExit(main())
