"""What the standards reports share: safe file writing, Chinese styles, ruled tables, page numbers.

The catalogs, a subject's own standard and the SMART report are flowing documents of
unknown length, so they use reportlab's platypus (tables that split across pages and
repeat their header rows), unlike the one-page plan, which is drawn at fixed places.

Why the details below:

* Files are written to a temporary name in the target folder and moved into place at the
  end (as the plan PDF does), so a failed run never leaves half a PDF and an existing
  file stays intact until the new one is complete.
* "第 x 页 共 y 页" needs the page count before the first page is finished; the canvas
  keeps each page's state and draws the footers at save time (reportlab's usual recipe).
* Every cell is a Paragraph with ``wordWrap="CJK"``: a Chinese sentence has no spaces,
  and without it a long cell would run over its neighbours instead of wrapping.
* reportlab is imported inside functions: importing it costs ~0.2 s, which the window
  start must not pay.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from app.services.errors import UserError, os_reason

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

MM = 72 / 25.4
GRID = 0.5  # pt, the ruling of every table
HEAD_BG = "#E8ECF2"  # header rows
GROUP_BG = "#F4F6F9"  # a group row ("一、思想政治素质标准")
MUTED = "#666666"
HINT = "#B03A2E"  # SMART letters that got a hint
AUTHOR = "诊改工作台"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the standards reports (sizes in pt)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle
    head: ParagraphStyle
    num: ParagraphStyle
    group: ParagraphStyle


def styles() -> Styles:
    """Chinese styles built on the bundled font (registered on first use)."""
    from reportlab.lib.enums import TA_CENTER

    from app.reports.fonts import cjk_paragraph_style

    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        s = cjk_paragraph_style(name, size=size, leading=round(size * 1.4, 1))
        for key, value in extra.items():
            setattr(s, key, value)
        return s

    return Styles(
        title=style("标题", 17, alignment=TA_CENTER, spaceAfter=2 * MM),
        subtitle=style("副标题", 11.5, alignment=TA_CENTER, spaceAfter=1.5 * MM),
        meta=style("说明", 8.5, alignment=TA_CENTER, textColor=MUTED, spaceAfter=1 * MM),
        heading=style("小标题", 12, spaceBefore=4 * MM, spaceAfter=2 * MM),
        body=style("正文", 9.5, spaceAfter=1.5 * MM),
        cell=style("单元格", 8.5),
        small=style("小字", 7.5, textColor=MUTED),
        head=style("表头", 8.5, alignment=TA_CENTER),
        num=style("序号", 8.5, alignment=TA_CENTER),
        group=style("分组", 9),
    )


def para(text: str, style: ParagraphStyle, *, color: str | None = None) -> Flowable:
    """A Paragraph of plain text (escaped; line breaks kept)."""
    from reportlab.platypus import Paragraph

    markup = escape(text).replace("\n", "<br/>")
    if color:
        markup = f'<font color="{color}">{markup}</font>'
    return Paragraph(markup, style)


def heading(text: str, st: Styles) -> list[Flowable]:
    """A heading that starts a new page when less than ~3 cm are left (never orphaned,
    yet a long table after it still starts on the same page and splits)."""
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(30 * MM), para(text, st.heading)]


def markup(text: str, style: ParagraphStyle) -> Flowable:
    """A Paragraph of reportlab mini-markup the caller has escaped already."""
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


def ruled_table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    spans: Sequence[tuple[int, int, int, int]] = (),
    group_rows: Sequence[int] = (),
    muted_rows: Sequence[int] = (),
    valign: str = "MIDDLE",
) -> Flowable:
    """A ruled table whose header rows repeat on every page it runs onto.

    ``spans`` are ``(col0, row0, col1, row1)``; a group row spans the full width on a
    light background (a section, type or diagnostic item heading); ``valign`` "TOP"
    suits cells holding lists.
    """
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("VALIGN", (0, 0), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(HEAD_BG)))
        commands.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
    for row in group_rows:
        commands.append(("SPAN", (0, row), (-1, row)))
        commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(GROUP_BG)))
    for row in muted_rows:
        commands.append(("TEXTCOLOR", (0, row), (-1, row), colors.HexColor(MUTED)))
    for c0, r0, c1, r1 in spans:
        commands.append(("SPAN", (c0, r0), (c1, r1)))
    table = LongTable(rows, colWidths=list(widths), repeatRows=header_rows, splitByRow=1)
    table.setStyle(TableStyle(commands))
    return table


def build_pdf(
    target: BinaryIO,
    story: list[Flowable],
    *,
    title: str,
    landscape: bool,
    printed_on: date | None = None,
) -> int:
    """Lay out ``story`` on A4 with page numbers; returns the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.platypus import SimpleDocTemplate

    from app.reports.fonts import cjk_font

    pagesize = turned(A4) if landscape else A4
    doc = SimpleDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=15 * MM,
        rightMargin=15 * MM,
        topMargin=14 * MM,
        bottomMargin=16 * MM,
        title=title,
        author=AUTHOR,
        creator=AUTHOR,
    )
    footer = _footer_canvas(cjk_font(), title, printed_on or date.today())
    doc.build(story, canvasmaker=footer)
    return footer.pages


def frame_width(*, landscape: bool) -> float:
    """Usable width in pt between the margins of :func:`build_pdf`."""
    return (297 if landscape else 210) * MM - 30 * MM


def write_pdf(path: Path, render: Callable[[BinaryIO], int]) -> int:
    """Run ``render`` into a temporary file beside ``path``, then move it into place.

    Returns what ``render`` returned (the page count). Errors writing become a
    Chinese :class:`UserError` naming the file.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    tmp = path.with_name(f"~{path.stem}-{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as fh:  # "x": never another run's file
            pages = render(fh)
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


def pdf_bytes(render: Callable[[BinaryIO], int]) -> bytes:
    """The PDF in memory (for an in-app preview)."""
    buffer = io.BytesIO()
    render(buffer)
    return buffer.getvalue()


def chinese_number(n: int) -> str:
    """一, 二 … 十九 for section and group headings."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return f"{'' if tens == 1 else digits[tens]}十{digits[ones] if ones else ''}"


def _footer_canvas(font: str, title: str, printed_on: date) -> Any:
    """A canvas class that draws "第 x 页 共 y 页", the title and the date on every page."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class FooterCanvas(Canvas):
        pages = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pending: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pending)
            type(self).pages = total
            for state in self._pending:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            y = 9 * MM
            self.saveState()
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.4)
            self.line(15 * MM, y + 4 * MM, width - 15 * MM, y + 4 * MM)
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor(MUTED))
            self.drawString(15 * MM, y, title)
            self.drawCentredString(width / 2, y, f"第 {self._pageNumber} 页  共 {total} 页")
            self.drawRightString(width - 15 * MM, y, f"{AUTHOR}  打印于 {printed_on:%Y年%m月%d日}")
            self.restoreState()

    return FooterCanvas
