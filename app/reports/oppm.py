"""One-page plans (表2/表3) to PDF: one landscape page per plan, many plans per file.

:func:`render_plans` is what ``zhengai plan print`` and the app's print action call;
:func:`render_plan_bytes` feeds the in-app preview. Layout lives in
:mod:`app.reports.oppm_layout` (pure geometry, fitted text); this module only draws
it with reportlab's canvas (no platypus flowables: the page is fixed, and direct
drawing is what keeps a page near 15 ms) and serves A3 by scaling the A4 layout.

Why the details below:

* The file is written to a temporary name in the target folder and moved into
  place at the end, so a cancelled or failed run never leaves half a PDF (and an
  existing file of the same name stays intact until the new one is complete).
* One canvas for the whole batch: reportlab embeds one growing subset of the CJK
  font per document, so 900 plans share their glyphs and stay a few KB a page.
* Planned months and state marks are drawn from a handful of PDF form XObjects
  (defined once, placed with one ``Do`` each) instead of repeating their curves,
  which keeps big batches small.
* reportlab is imported inside functions: importing it costs ~0.2 s, which the
  window start must not pay.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app.reports import oppm_style as st
from app.reports.oppm_fit import text_width
from app.reports.oppm_geometry import MM, PAGE_W, Box, Mark, PageLayout, Text
from app.reports.oppm_layout import layout_plan, plan_title
from app.services.errors import UserError, os_reason
from app.services.plans.doc import PlanDoc
from app.services.progress import NullProgress, Progress

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

PAPERS: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # mm
PROGRESS_LABEL = "正在生成一页纸计划 PDF…"
ASCENT, DESCENT = 0.765, 0.240  # of WenQuanYi Micro Hei, per point of size
BOLD_STROKE = 0.03  # faux bold: outline width per point of size (the font has no bold face)


# -- public API ---------------------------------------------------------------------------
def render_plans(
    docs: Sequence[PlanDoc],
    path: Path,
    *,
    paper: str = "A4",
    progress: Progress | None = None,
    printed_on: date | None = None,
) -> int:
    """Write every plan in ``docs`` as one landscape page of one PDF; returns the page count.

    ``progress`` advances once per page and may raise :class:`Cancelled`; then no
    file is left behind. Errors writing the file become :class:`UserError`.
    """
    progress = progress or NullProgress()
    if not docs:
        raise UserError("没有要打印的计划。")
    path = Path(path)
    _check_paper(paper)
    progress.start(len(docs), PROGRESS_LABEL)
    tmp = _temp_beside(path)
    try:
        with open(tmp, "xb") as fh:  # "x": never another run's file; umask applies
            _render(docs, fh, paper=paper, progress=progress, printed_on=printed_on)
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
    return len(docs)


def render_plan_bytes(doc: PlanDoc, *, paper: str = "A4") -> bytes:
    """One plan as PDF bytes, for the preview (QtPdf reads them from memory)."""
    _check_paper(paper)
    buffer = io.BytesIO()
    _render([doc], buffer, paper=paper, progress=NullProgress(), printed_on=None)
    return buffer.getvalue()


def cut_texts(doc: PlanDoc) -> int:
    """How many texts of the plan's page end in "…" because even the smallest size was
    too large for their box: the preview says so, so nobody prints a cut plan unawares."""
    return sum(1 for item in layout_plan(doc).texts if item.fitted.truncated)


# -- the document --------------------------------------------------------------------------
def _check_paper(paper: str) -> None:
    if paper not in PAPERS:
        raise UserError(f"纸张应为 {' 或 '.join(PAPERS)}，而不是“{paper}”。")


def _temp_beside(path: Path) -> Path:
    """A fresh name next to ``path`` (same disk, so the final move is atomic)."""
    if not path.parent.is_dir():
        raise UserError(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    return path.with_name(f"~{path.stem}-{uuid.uuid4().hex[:8]}.part")


def _render(
    docs: Sequence[PlanDoc],
    target: BinaryIO,
    *,
    paper: str,
    progress: Progress,
    printed_on: date | None,
) -> None:
    """Draw every plan on one canvas; A3 draws the A4 layout scaled by 420/297."""
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import cjk_font

    font = cjk_font()
    width, height = (v * MM for v in PAPERS[paper])
    scale = width / PAGE_W
    title = plan_title(docs[0]) if len(docs) == 1 else f"一页纸工作计划报表（{len(docs)} 份）"
    printed_on = printed_on or date.today()
    with _binary_streams():
        canvas = Canvas(target, pagesize=(width, height), pageCompression=1, initialFontName=font)
        canvas.setTitle(title)
        canvas.setAuthor("诊改工作台")
        canvas.setCreator("诊改工作台")
        painter = _Painter(canvas, font)
        for n, doc in enumerate(docs, start=1):
            layout = layout_plan(doc, printed_on=printed_on, page_no=n, pages=len(docs))
            painter.page(layout, scale)
            canvas.showPage()
            progress.advance()
        canvas.save()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer reportlab adds by default (~20% smaller).

    reportlab reads this from a global setting when the file is written; it is put
    back afterwards, and any value gives a valid PDF should another report run meanwhile.
    """
    from reportlab import rl_config

    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


# -- drawing ------------------------------------------------------------------------------
def _form_name(kind: str) -> str:
    return "oppm_" + kind.replace("+", "_")


class _Painter:
    """Draws :class:`PageLayout` objects; keeps colours and mark forms across pages."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.canvas = canvas
        self.font = font
        self._colors: dict[str, Any] = {}
        for kind in st.MARK_KINDS:
            self._define_form(kind)

    def color(self, value: str) -> Any:
        """reportlab colour for a hex string (parsed once)."""
        found = self._colors.get(value)
        if found is None:
            from reportlab.lib.colors import HexColor

            found = self._colors[value] = HexColor(value)
        return found

    def page(self, layout: PageLayout, scale: float) -> None:
        """Draw one page: fills, marks, rules, then text on top."""
        c = self.canvas
        c.saveState()
        if scale != 1.0:
            c.scale(scale, scale)
        for rect in layout.rects:
            self._rect(rect.box, rect.fill, rect.stroke, rect.width)
        for mark in layout.marks:
            self._mark(mark)
        self._lines(layout)
        for text in layout.texts:
            self._text(text)
        c.restoreState()

    def _rect(self, box: Box, fill: str | None, stroke: str | None, width: float) -> None:
        c = self.canvas
        if fill:
            c.setFillColor(self.color(fill))
        if stroke:
            c.setStrokeColor(self.color(stroke))
            c.setLineWidth(width)
        c.rect(box.x, box.y, box.w, box.h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def _lines(self, layout: PageLayout) -> None:
        """Rules grouped by weight and colour: one path and one stroke per group."""
        c = self.canvas
        groups: dict[tuple[float, str], list[tuple[float, float, float, float]]] = {}
        for line in layout.lines:
            groups.setdefault((line.width, line.color), []).append(
                (line.x1, line.y1, line.x2, line.y2)
            )
        c.setLineCap(2)  # square caps: corners close without gaps
        for (width, color), segments in sorted(groups.items()):
            c.setLineWidth(width)
            c.setStrokeColor(self.color(color))
            c.lines(segments)

    def _mark(self, mark: Mark) -> None:
        c = self.canvas
        c.saveState()
        c.transform(mark.r, 0, 0, mark.r, mark.cx, mark.cy)
        c.doForm(_form_name(mark.kind))
        c.restoreState()

    def _define_form(self, kind: str) -> None:
        """A unit-radius form XObject for ``kind``, placed scaled by each mark."""
        c = self.canvas
        c.beginForm(_form_name(kind), lowerx=-1.2, lowery=-1.2, upperx=1.2, uppery=1.2)
        state, _, planned = kind.partition("+")
        if state == "plan":
            c.setStrokeColor(self.color(st.MARK_OUTLINE))
            c.setFillColor(self.color("#ffffff"))
            c.setLineWidth(0.22)
            c.circle(0, 0, 0.86, stroke=1, fill=1)
        elif state == "dot":
            c.setFillColor(self.color(st.INK))
            c.circle(0, 0, 1, stroke=0, fill=1)
        else:
            c.setFillColor(self.color(st.STATE_COLORS[state]))
            if planned:
                c.setStrokeColor(self.color(st.MARK_OUTLINE))
                c.setLineWidth(0.22)
            c.circle(0, 0, 0.97, stroke=1 if planned else 0, fill=1)
            if state == "done":
                self._tick()
        c.endForm()

    def _tick(self) -> None:
        c = self.canvas
        c.setStrokeColor(self.color("#ffffff"))
        c.setLineWidth(0.22)
        c.setLineCap(1)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(-0.45, 0.0)
        path.lineTo(-0.12, -0.35)
        path.lineTo(0.48, 0.35)
        c.drawPath(path, stroke=1, fill=0)

    def _text(self, item: Text) -> None:
        c = self.canvas
        fitted, box = item.fitted, item.box
        top = box.top if item.valign == "top" else box.top - (box.h - fitted.height) / 2
        # Each line's glyphs (ascent + descent) sit centred in its slot of ``leading``.
        first = top - (fitted.leading - (ASCENT + DESCENT) * fitted.size) / 2 - ASCENT * fitted.size
        obj = c.beginText()
        obj.setFont(self.font, fitted.size, fitted.leading)
        color = self.color(item.color)
        obj.setFillColor(color)
        if item.bold:
            # The render mode outlives the text object: scope it (and the width) with q/Q.
            c.saveState()
            obj.setTextRenderMode(2)
            obj.setStrokeColor(color)
            c.setLineWidth(fitted.size * BOLD_STROKE)
        for i, line in enumerate(fitted.lines):
            baseline = first - i * fitted.leading
            x = box.x
            if item.align != "left":
                spare = box.w - text_width(line, fitted.size)
                x += spare if item.align == "right" else spare / 2
            obj.setTextOrigin(x, baseline)
            obj.textOut(line)
        c.drawText(obj)
        if item.bold:
            c.restoreState()
