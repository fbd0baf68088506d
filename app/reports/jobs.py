"""Job descriptions (表4) to PDF: one post, some posts, or a unit's whole manual.

:func:`render_manual` is what ``zhengai jobs print`` and the editor's print action
call; :func:`render_manual_bytes` feeds a preview. The whole manual (岗位说明书汇编)
has a cover, contents with page numbers, the unit's duties with the posts that carry
each, then one post after another, each starting on a new page; printing chosen
posts gives just their forms. The flowables live in :mod:`app.reports.jobs_story`.

Why the details below:

* One layout pass. The contents' page numbers and the footer's “共 N 页” are PDF
  form XObjects drawn where they belong and defined after the last page, when the
  numbers are known (a canvas subclass defines them in ``save``). reportlab's
  ``multiBuild`` would lay the whole manual out two or three times instead.
* The file is written to a temporary name beside the target and moved into place at
  the end, so a cancelled or failed run never leaves half a PDF (as the plan print does).
* The CJK font is embedded as a subset (see :mod:`app.reports.fonts`).
* reportlab is imported inside functions: the window start must not pay for it.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from app.reports import jobs_story as js
from app.services.errors import UserError, os_reason
from app.services.jobs.checks import coverage
from app.services.jobs.doc import ManualDoc
from app.services.progress import NullProgress, Progress

PROGRESS_LABEL = "正在生成岗位说明书 PDF…"


# -- public API -----------------------------------------------------------------------------
def render_manual(
    doc: ManualDoc,
    path: Path,
    *,
    post_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    printed_on: date | None = None,
) -> int:
    """Write the manual (or only ``post_ids``, in manual order) to ``path``; returns pages.

    ``progress`` advances once per post and may raise :class:`Cancelled`; then no file
    is left behind. Errors writing the file become :class:`UserError`.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    tmp = path.with_name(f"~{path.stem}-{os.getpid()}.part")
    try:
        with open(tmp, "wb") as fh:
            pages = _render(doc, fh, post_ids, progress or NullProgress(), printed_on)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            f"无法写入“{path}”：文件可能正在 PDF 阅读器中打开，或没有写入权限。请关闭该文件后重试。"
        ) from None
    except OSError as exc:
        raise UserError(f"无法写入“{path}”：{os_reason(exc)}。") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return pages


def render_manual_bytes(
    doc: ManualDoc, *, post_ids: Sequence[str] | None = None, printed_on: date | None = None
) -> bytes:
    """The same PDF in memory, for a preview (QtPdf reads it from bytes)."""
    buffer = io.BytesIO()
    _render(doc, buffer, post_ids, NullProgress(), printed_on)
    return buffer.getvalue()


# -- the document -----------------------------------------------------------------------------
class _State:
    """What the page callbacks and the canvas need to know as the layout proceeds."""

    def __init__(self, doc: ManualDoc, whole: bool, font: str) -> None:
        self.doc = doc
        self.whole = whole
        self.font = font
        self.current_title = ""  # the post on this page, for the continuation heading
        self.title_page = 0  # the page that post started on
        self.toc_pages: dict[str, int] = {}  # form name → page
        self.pages = 0


def _render(
    doc: ManualDoc,
    target: BinaryIO,
    post_ids: Sequence[str] | None,
    progress: Progress,
    printed_on: date | None,
) -> int:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

    from app.reports.oppm import _binary_streams

    whole = post_ids is None
    wanted = set(post_ids or ())
    posts = doc.posts if whole else [p for p in doc.posts if p.id in wanted]
    if not posts and not whole:
        raise UserError("没有要打印的岗位。")
    if whole and not posts and not doc.duties:
        raise UserError(f"“{doc.unit_name}”还没有岗位说明书，无法打印。")
    st = js.make_styles()
    state = _State(doc, whole, st.font)
    printed_on = printed_on or date.today()
    progress.start(len(posts), PROGRESS_LABEL)

    toc_line, marker = js.flowable_classes()
    story: list[Any] = []
    if whole:
        story += js.cover_flowables(doc, st, printed_on=printed_on)
        story.append(PageBreak())
        story.append(_p_toc_title(st))
        story.append(toc_line("部门职责", "toc-duties", st.font))
        for n, post in enumerate(posts, start=1):
            story.append(toc_line(f"{n}. {post.title}", f"toc-{n}", st.font))
        story.append(PageBreak())
        story.append(marker("toc-duties", None))
        story += js.duties_flowables(doc, st, coverage(doc).carried_by)
        story.append(PageBreak())
    for n, post in enumerate(posts, start=1):
        story.append(marker(f"toc-{n}", post.title, progress))
        story += js.post_flowables(doc, post, st)
        if n < len(posts):
            story.append(PageBreak())

    def on_page_end(canvas: Any, template: Any) -> None:
        # At the page's end the markers placed on it are known: a post that starts on
        # this page gets no "（续）" heading.
        state.pages = canvas.getPageNumber()
        _decorate(canvas, state, printed_on)

    class _Canvas(Canvas):
        """Defines the page-number forms once the layout is complete, then saves."""

        def save(self) -> None:
            _define_forms(self, state)
            super().save()

    frame = Frame(
        js.MARGIN_X,
        js.MARGIN_BOTTOM,
        js.FRAME_W,
        js.PAGE_H - js.MARGIN_TOP - js.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    class _Doc(BaseDocTemplate):
        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, marker):
                page = self.canv.getPageNumber()
                state.toc_pages[flowable.form] = page
                if flowable.title is not None:
                    state.current_title, state.title_page = flowable.title, page
                if flowable.progress is not None:
                    flowable.progress.advance()

    title = f"{doc.unit_name}岗位说明书汇编" if whole else js.post_heading(posts[0].title)
    template = _Doc(
        target,
        pagesize=(js.PAGE_W, js.PAGE_H),
        pageTemplates=[PageTemplate("page", [frame], onPageEnd=on_page_end)],
        title=title,
        author="诊改工作台",
        creator="诊改工作台",
        subject=f"{doc.unit_name} 岗位说明书",
        initialFontName=st.font,
        pageCompression=1,
    )
    with _binary_streams():
        template.build(story, canvasmaker=_Canvas)
    return state.pages


def _p_toc_title(st: js.Styles) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph("目　　录", st.toc_title)


def _decorate(canvas: Any, state: _State, printed_on: date) -> None:
    """Footer on every page but the cover; a continuation heading on a post's later pages."""
    page = canvas.getPageNumber()
    if state.whole and page == 1:
        return
    font = state.font
    canvas.saveState()
    canvas.setFont(font, 8.5)
    canvas.setFillColor(js.MUTED)
    y = 10 * js.MM
    left = f"{state.doc.unit_name}岗位说明书" + ("汇编" if state.whole else "")
    canvas.drawString(js.MARGIN_X, y, left)
    canvas.drawRightString(
        js.PAGE_W - js.MARGIN_X,
        y,
        f"打印日期 {printed_on.isoformat()}　校验码 {state.doc.fingerprint()}",
    )
    middle = js.PAGE_W / 2
    canvas.drawRightString(middle, y, f"第 {page} 页 / ")
    canvas.doForm("total-pages")
    canvas.setStrokeColor(js.GRID)
    canvas.setLineWidth(0.4)
    canvas.line(js.MARGIN_X, y + 4 * js.MM, js.PAGE_W - js.MARGIN_X, y + 4 * js.MM)
    if state.current_title and page > state.title_page:
        canvas.setFont(font, 9)
        canvas.drawString(
            js.MARGIN_X,
            js.PAGE_H - 12 * js.MM,
            f"{js.post_heading(state.current_title)}（续）",
        )
    canvas.restoreState()


def _define_forms(canvas: Any, state: _State) -> None:
    """The numbers that were unknown while drawing: total pages, contents page numbers."""
    font = state.font
    canvas.beginForm("total-pages", lowerx=0, lowery=0, upperx=js.PAGE_W, uppery=js.PAGE_H)
    canvas.setFont(font, 8.5)
    canvas.setFillColor(js.MUTED)
    canvas.drawString(js.PAGE_W / 2, 10 * js.MM, f"共 {state.pages} 页")
    canvas.endForm()
    for name, page in state.toc_pages.items():
        canvas.beginForm(name, lowerx=-60, lowery=-5, upperx=5, uppery=20)
        canvas.setFont(font, 11)
        canvas.setFillColor(js.INK)
        canvas.drawRightString(0, 0, str(page))
        canvas.endForm()
