"""The flowables of a printed job description (表4): cover, contents, duties, one post.

A post prints as the paper form does: three bordered tables stacked without a gap
(基本信息; 工作职责 with 职责类型 | 工作内容 | 工作标准; 任职资格要求), so they read as one
form. The duties table repeats its two header rows on every page it continues on. Rows
split only between rows (reportlab's ``splitInRow`` leaves stray headers mid-page), so a
work item with many standards takes several rows of at most :data:`ROW_STANDARDS`
lines: no row is ever taller than a page.

职责类型 is printed only on its first row, with no rule between the rows of one type:
the paper form's merged cell, without a row span that platypus could not split.

Page numbers in the contents are PDF form XObjects named ``toc-N``, drawn here before
the pages they point to exist and defined by :mod:`app.reports.jobs` once the whole
document is laid out — one pass instead of reportlab's usual multi-pass build.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from app.services.jobs.doc import ManualDoc, PostDoc, category_label

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * MM, 20 * MM, 18 * MM
FRAME_W = PAGE_W - 2 * MARGIN_X

INK = "#1a1a1a"
MUTED = "#5f6b76"
RULE = "#36414c"
GRID = "#8d98a3"
LABEL_FILL = "#e4ebf2"
HEAD_FILL = "#cfdbe6"
THIN, MEDIUM = 0.5, 1.0
ROW_STANDARDS = 8  # standards per table row; a row must fit on one page

QUALIFICATIONS_NOTE = (
    "任职资格要求：(请选择或列出本职位最低要求的教育背景、专业、经验背景和资格证书等)"
)
QUALIFICATION_LABELS: tuple[tuple[str, str], ...] = (
    ("education", "学历/职称"),
    ("knowledge", "专业知识和技能"),
    ("experience", "工作经验"),
    ("certificates", "资格证书"),
)
DUTY_HEADERS = ("职责类型", "工作内容", "工作标准")


def post_heading(title: str) -> str:
    """表4's title: “教学管理岗位说明书” (a title already ending in 岗位 is not doubled)."""
    title = title.strip() or "（未命名岗位）"
    return f"{title}说明书" if title.endswith(("岗位", "岗")) else f"{title}岗位说明书"


@dataclass
class Styles:
    """Paragraph styles, made once per document (the font is registered on first use)."""

    font: str
    cell: Any
    cell_center: Any
    label: Any
    head: Any
    link: Any
    title: Any
    subtitle: Any
    cover_title: Any
    cover_line: Any
    toc_title: Any
    duty: Any
    note: Any
    standard: Any


def make_styles() -> Styles:
    """The report's styles in the bundled CJK font."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER

    from app.reports.fonts import cjk_font, cjk_paragraph_style

    def style(name: str, size: float, **kw: Any) -> Any:
        s = cjk_paragraph_style(name, size=size, leading=kw.pop("leading", None))
        for key, value in kw.items():
            setattr(s, key, value)
        return s

    return Styles(
        font=cjk_font(),
        cell=style("cell", 9.5, leading=14),
        cell_center=style("cell_center", 9.5, leading=14, alignment=TA_CENTER),
        label=style("label", 9.5, leading=14, alignment=TA_CENTER),
        head=style("head", 10.5, leading=15, alignment=TA_CENTER),
        link=style("link", 7.5, leading=10, textColor=colors.HexColor(MUTED)),
        title=style("title", 17, leading=26, alignment=TA_CENTER, spaceAfter=4),
        subtitle=style("subtitle", 10, leading=15, textColor=colors.HexColor(MUTED)),
        cover_title=style("cover_title", 28, leading=42, alignment=TA_CENTER),
        cover_line=style("cover_line", 14, leading=24, alignment=TA_CENTER),
        toc_title=style("toc_title", 18, leading=28, alignment=TA_CENTER, spaceAfter=10),
        duty=style("duty", 10.5, leading=17),
        standard=style("standard", 9.5, leading=14, leftIndent=11, firstLineIndent=-11),
        note=style("note", 10, leading=15, alignment=TA_CENTER, textColor=colors.HexColor(MUTED)),
    )


def _p(text: str, style: Any) -> Any:
    """A Paragraph of plain text (escaped; line breaks kept)."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


# -- one post ----------------------------------------------------------------------------
def post_flowables(doc: ManualDoc, post: PostDoc, st: Styles) -> list[Flowable]:
    """Title line and the three tables of one post (the caller adds the page break)."""
    from reportlab.platypus import KeepTogether, Spacer

    number = {d.id: n for n, d in enumerate(doc.duties, start=1)}
    return [
        _p(post_heading(post.title), st.title),
        _p(f"部门：{doc.unit_name}", st.subtitle),
        Spacer(1, 2 * MM),
        _basic_table(doc, post, st),
        _duties_table(post, number, st),
        KeepTogether([_qualifications_table(post, st)]),  # five rows: never split
    ]


def _table(rows: list[list[Any]], widths: Sequence[float], style: list[Any], **kw: Any) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=list(widths), **kw)
    table.setStyle(TableStyle(style))
    return table


def _common_style() -> list[Any]:
    from reportlab.lib import colors

    return [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (0, 0), (-1, -1), MEDIUM, colors.HexColor(RULE)),
    ]


def _basic_table(doc: ManualDoc, post: PostDoc, st: Styles) -> Any:
    from reportlab.lib import colors

    headcount = f"{post.headcount} 人" if post.headcount is not None else ""
    rows = [
        [_p("基本信息", st.head), "", "", ""],
        [_p("岗位名称", st.label), _p(post.title, st.cell), _p("所属部门", st.label),
         _p(doc.unit_name, st.cell)],
        [_p("定员", st.label), _p(headcount, st.cell), _p("岗位系数", st.label),
         _p(post.coefficient, st.cell)],
        [_p("直接上级", st.label), _p(post.supervisor, st.cell), _p("直接下级", st.label),
         _p(post.subordinates, st.cell)],
    ]  # fmt: skip
    widths = (28 * MM, FRAME_W / 2 - 28 * MM, 28 * MM, FRAME_W / 2 - 28 * MM)
    style = [
        *_common_style(),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_FILL)),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor(LABEL_FILL)),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor(LABEL_FILL)),
        ("INNERGRID", (0, 0), (-1, -1), THIN, colors.HexColor(GRID)),
    ]
    return _table(rows, widths, style)


def _duties_table(post: PostDoc, number: dict[str, int], st: Styles) -> Any:
    from reportlab.lib import colors

    grid = colors.HexColor(GRID)
    rows: list[list[Any]] = [
        [_p("工作职责", st.head), "", ""],
        [_p(h, st.label) for h in DUTY_HEADERS],
    ]
    style: list[Any] = [
        *_common_style(),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_FILL)),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor(LABEL_FILL)),
        ("LINEBELOW", (0, 0), (-1, 1), THIN, grid),
        ("LINEAFTER", (0, 0), (-2, -1), THIN, grid),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        # Closes the part of the table a page break leaves behind (BOX closes only the end).
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), MEDIUM, colors.HexColor(RULE)),
    ]
    for c_no, cat in enumerate(post.categories, start=1):
        first = len(rows)
        items = cat.items or [None]
        for i_no, item in enumerate(items, start=1):
            label = _p(category_label(c_no, cat.name), st.cell) if i_no == 1 else ""
            if item is None:
                rows.append([label, "", ""])
                continue
            work: list[Any] = [_p(f"{i_no}.{item.text}", st.cell)]
            if item.duty_id in number:
                work.append(_p(f"对应部门职责 {number[item.duty_id]}", st.link))  # type: ignore[index]
            standards = [_p(f"{n}.{s.text}", st.standard) for n, s in enumerate(item.standards, 1)]
            chunks = [
                standards[k : k + ROW_STANDARDS] for k in range(0, len(standards), ROW_STANDARDS)
            ]
            for k, chunk in enumerate(chunks or [[]]):
                rows.append([label if k == 0 else "", work if k == 0 else "", chunk or ""])
                if k > 0:  # more standards of the same work: a rule across 工作标准 only
                    style.append(("LINEABOVE", (2, len(rows) - 1), (2, len(rows) - 1), THIN, grid))
                elif i_no > 1:  # next work of one duty type: rule across 工作内容 and 工作标准
                    style.append(("LINEABOVE", (1, len(rows) - 1), (-1, len(rows) - 1), THIN, grid))
        style.append(("LINEABOVE", (0, first), (-1, first), THIN, grid))
    if len(rows) == 2:
        rows.append([_p("（尚未填写岗位职责）", st.cell), "", ""])
        style.append(("SPAN", (0, 2), (-1, 2)))
    widths = (32 * MM, 54 * MM, FRAME_W - 86 * MM)
    return _table(rows, widths, style, repeatRows=2)


def _qualifications_table(post: PostDoc, st: Styles) -> Any:
    from reportlab.lib import colors

    rows: list[list[Any]] = [[_p(QUALIFICATIONS_NOTE, st.cell), ""]]
    rows += [[_p(label, st.label), _p(getattr(post, key), st.cell)] for key, label in
             QUALIFICATION_LABELS]  # fmt: skip
    style = [
        *_common_style(),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_FILL)),
        ("BACKGROUND", (0, 1), (0, -1), colors.HexColor(LABEL_FILL)),
        ("INNERGRID", (0, 0), (-1, -1), THIN, colors.HexColor(GRID)),
    ]
    return _table(rows, (32 * MM, FRAME_W - 32 * MM), style)


# -- the manual's front matter ------------------------------------------------------------
def cover_flowables(doc: ManualDoc, st: Styles, *, printed_on: date) -> list[Flowable]:
    """A plain cover: college, unit, title, counts, date and the content's checksum."""
    from reportlab.platypus import Spacer

    heads = sum(p.headcount or 0 for p in doc.posts)
    out: list[Flowable] = [Spacer(1, 55 * MM)]
    if doc.institution_name:
        out.append(_p(doc.institution_name, st.cover_line))
        out.append(Spacer(1, 6 * MM))
    out += [
        _p(doc.unit_name, st.cover_title),
        _p("岗位说明书汇编", st.cover_title),
        Spacer(1, 30 * MM),
        _p(f"部门职责 {len(doc.duties)} 项　岗位 {len(doc.posts)} 个　定员 {heads} 人",
           st.cover_line),
        _p(f"工作标准 {doc.standard_count()} 条", st.cover_line),
        Spacer(1, 40 * MM),
        _p(f"{printed_on.year} 年 {printed_on.month} 月 {printed_on.day} 日", st.cover_line),
        _p(f"校验码 {doc.fingerprint()}", st.note),
    ]  # fmt: skip
    return out


@functools.cache
def flowable_classes() -> tuple[type, type]:
    """``(TocLine, Marker)``, made on first use so importing this module stays cheap."""
    from reportlab.platypus import Flowable

    class TocLine(Flowable):
        """A contents line: title, dotted leader, page number as the form XObject ``form``."""

        HEIGHT = 8.5 * MM

        def __init__(self, text: str, form: str, font: str) -> None:
            super().__init__()
            self.text, self.form, self.font = text, form, font

        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            self.width = avail_w
            return avail_w, self.HEIGHT

        def draw(self) -> None:
            canvas, font, size, y = self.canv, self.font, 11, 2.5 * MM
            canvas.setFont(font, size)
            canvas.setFillColor(INK)
            shown, limit = self.text, self.width - 20 * MM
            while canvas.stringWidth(shown, font, size) > limit and len(shown) > 2:
                shown = shown[:-2] + "…"
            canvas.drawString(0, y, shown)
            start = canvas.stringWidth(shown, font, size) + 2 * MM
            end = self.width - 12 * MM
            if end > start:
                canvas.saveState()
                canvas.setStrokeColor(MUTED)
                canvas.setLineWidth(0.6)
                canvas.setDash(0.6, 2.4)
                canvas.line(start, y + 0.6 * MM, end, y + 0.6 * MM)
                canvas.restoreState()
            canvas.saveState()
            canvas.translate(self.width, y)
            canvas.doForm(self.form)
            canvas.restoreState()

    class Marker(Flowable):
        """Zero-size flowable: the page a section starts on is recorded when it is placed."""

        def __init__(self, form: str, title: str | None, progress: Any = None) -> None:
            super().__init__()
            self.form, self.title, self.progress = form, title, progress

        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            pass

    return TocLine, Marker


def duties_flowables(doc: ManualDoc, st: Styles, carried_by: dict[str, list[str]]) -> list[Any]:
    """The unit's duties, each with the posts that carry it out (the chain on paper)."""
    from reportlab.platypus import Spacer

    out: list[Any] = [_p(f"{doc.unit_name}部门职责", st.title), Spacer(1, 4 * MM)]
    if not doc.duties:
        out.append(_p("（尚未列出部门职责）", st.duty))
    for n, duty in enumerate(doc.duties, start=1):
        posts = carried_by.get(duty.id) or []
        out.append(_p(f"{n}. {duty.text}", st.duty))
        carried = "、".join(p or "（未命名）" for p in posts) if posts else "尚无岗位承担"
        out.append(_p(f"承担岗位：{carried}", st.link))
        out.append(Spacer(1, 2.5 * MM))
    return out
