"""Where everything goes on a one-page plan (表2/表3, the OPPM form): pure geometry.

:func:`layout_plan` turns a :class:`PlanDoc` into boxes, rules, marks and already
fitted text, in points on an A4 landscape page (A3 draws the same layout scaled).
Drawing is a separate, dumb step (:mod:`app.reports.oppm`), so tests can check the
promise "nothing overflows its box" on the layout itself, without parsing a PDF.

The page, top to bottom: title and a status line; 项目领导 / 工作名称 / 日期; 项目目标;
the matrix (目标 dot grid | 主要任务 | 进度计划 1–12 月 | 目标日期 | 负责人/优先级); under it
the numbered objective list, the 成本 table and the legend; 概述与预测 (those two in
:mod:`app.reports.oppm_band`); the footer.
Column edges of the header rows and the bottom band line up with the matrix, as on
the paper form. Task rows share what height is left, so 30 tasks still fit; with
few tasks the rows stop growing and the 概述与预测 box takes the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.plans import LEVEL_LABELS, STATUS_LABELS, PlanLevel
from app.reports import oppm_style as st
from app.reports.oppm_band import band_height, lay_band, lay_summary
from app.reports.oppm_fit import JOIN
from app.reports.oppm_geometry import (
    DATE_W,
    FOOTER_H,
    HEAD1_H,
    HEAD2_H,
    INFO_H,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MAX_ROW_H,
    MHEAD1_H,
    MHEAD2_H,
    MIN_ROWS,
    MONTH_W,
    NO_W,
    OWNER_W,
    PAGE_H,
    SUMMARY_MIN_H,
    TITLE_H,
    Box,
    Columns,
    Mark,
    PageLayout,
    Rect,
    columns_for,
)
from app.services.plans.doc import PlanDoc, TaskDoc


# -- texts of the form ------------------------------------------------------------------
def _named(name: str, suffix: str) -> str:
    return name if not suffix or name.endswith(suffix) else name + suffix


def plan_title(doc: PlanDoc) -> str:
    """The printed title: whose plan, which year, and the form's name for the level."""
    level = doc.level
    subject = doc.subject_name or doc.unit_name
    unit = "" if level == PlanLevel.UNIT or doc.unit_name == subject else doc.unit_name
    if level == PlanLevel.TEACHER:
        return f"{unit}教师{subject} {doc.year} 年职业发展一页纸计划报表"
    suffix = "" if level == PlanLevel.UNIT else LEVEL_LABELS.get(level, "")
    if level == PlanLevel.CLASS:
        suffix = "" if subject.endswith("班") else "班"
    return f"{unit}{_named(subject, suffix)} {doc.year} 年一页纸工作计划报表"


def _date_text(value: date | None, year: int) -> str:
    if value is None:
        return ""
    if value.year == year:
        return f"{value.month}月{value.day}日"
    return f"{value.year}年{value.month}月{value.day}日"


def _owners_text(task: TaskDoc) -> str:
    """Owners with priorities; a line may break between people, never inside a name."""
    return "  ".join(JOIN.join(f"{o.name or '（未知）'}({o.priority})") for o in task.owners)


def _footer_right(doc: PlanDoc, page_no: int, pages: int) -> str:
    text = f"第 {doc.revision} 版    校验码 {doc.fingerprint()}"
    return f"{text}    第 {page_no}/{pages} 页" if pages > 1 else text


# -- bands ------------------------------------------------------------------------------
def _title(page: PageLayout, doc: PlanDoc, cols: Columns, top: float) -> float:
    page.text(
        Box(cols.left, top - TITLE_H, cols.right - cols.left, TITLE_H),
        plan_title(doc),
        size=15,
        min_size=9,
        align="center",
        bold=True,
        max_lines=1,
    )
    y = top - TITLE_H - INFO_H
    info = f"层面：{LEVEL_LABELS.get(doc.level, doc.level)}"
    if doc.unit_name and doc.level != PlanLevel.UNIT:
        info += f"    所属部门：{doc.unit_name}"
    if doc.as_of_month:
        info += f"    月度快照：截至 {doc.as_of_month} 月"
    half = (cols.right - cols.left) / 2
    page.text(Box(cols.left, y, half, INFO_H), info, size=7.5, color=st.MUTED, pad_x=0)
    status = f"状态：{STATUS_LABELS.get(doc.status, doc.status)}"
    page.text(
        Box(cols.left + half, y, half, INFO_H),
        status,
        size=7.5,
        color=st.MUTED,
        align="right",
        pad_x=0,
    )
    return y


def _header(page: PageLayout, doc: PlanDoc, cols: Columns, top: float) -> float:
    """项目领导 | 工作名称 | 日期, then 项目目标: edges on the matrix's columns."""
    y = top - HEAD1_H
    page.label(Box(cols.left, y, cols.obj_w, HEAD1_H), "项目领导")
    page.text(Box(cols.no_x, y, NO_W + cols.name_w, HEAD1_H), doc.leader, size=9, max_lines=2)
    page.label(Box(cols.months_x, y, 2 * MONTH_W, HEAD1_H), "工作名称")
    work = Box(cols.month_x(3), y, 10 * MONTH_W, HEAD1_H)
    page.text(work, doc.work_name, size=9, max_lines=2)
    page.label(Box(cols.date_x, y, DATE_W, HEAD1_H), "日期")
    page.text(Box(cols.owner_x, y, OWNER_W, HEAD1_H), _date_text(doc.plan_date, 0), size=9)
    for x in (cols.no_x, cols.months_x, cols.month_x(3), cols.date_x, cols.owner_x):
        page.vline(x, y, top, st.THIN, st.RULE)
    page.hline(cols.left, cols.right, y, st.THIN, st.RULE)
    y2 = y - HEAD2_H
    page.label(Box(cols.left, y2, cols.obj_w, HEAD2_H), "项目目标")
    page.text(Box(cols.no_x, y2, cols.right - cols.no_x, HEAD2_H), doc.objective, size=9)
    page.vline(cols.no_x, y2, y, st.THIN, st.RULE)
    page.hline(cols.left, cols.right, y2, st.MEDIUM, st.RULE)
    return y2


def _matrix_header(page: PageLayout, doc: PlanDoc, cols: Columns, top: float) -> float:
    mid, bottom = top - MHEAD1_H, top - MHEAD1_H - MHEAD2_H
    both = MHEAD1_H + MHEAD2_H
    page.rects.append(Rect(Box(cols.left, bottom, cols.right - cols.left, both), st.LABEL_FILL))
    page.label(Box(cols.left, mid, cols.obj_w, MHEAD1_H), "目标")
    page.label(Box(cols.no_x, bottom, NO_W + cols.name_w, both), "主要任务")
    page.label(Box(cols.months_x, mid, 12 * MONTH_W, MHEAD1_H), "进度计划")
    page.label(Box(cols.date_x, bottom, DATE_W, both), "目标日期")
    page.label(Box(cols.owner_x, bottom, OWNER_W, both), "负责人/优先级")
    for i in range(cols.slots):
        cell = Box(cols.left + i * cols.slot_w, bottom, cols.slot_w, MHEAD2_H)
        if i < len(doc.objectives):
            page.text(cell, str(i + 1), size=7.5, align="center", pad_x=0.5)
        if i:
            page.vline(cell.x, bottom, mid)
    for m in range(1, 13):
        cell = Box(cols.month_x(m), bottom, MONTH_W, MHEAD2_H)
        if m == doc.as_of_month:
            page.rects.append(Rect(cell, st.AS_OF_HEAD_FILL))
        page.text(cell, f"{m}月", size=7.5, align="center", pad_x=0.5)
        if m > 1:
            page.vline(cell.x, bottom, mid)
    page.hline(cols.left, cols.no_x, mid)
    page.hline(cols.months_x, cols.date_x, mid)
    return bottom


@dataclass(frozen=True)
class _RowSizes:
    """Common font sizes of the matrix's text columns."""

    name: float
    date: float
    owners: float


def _row_sizes(doc: PlanDoc, cols: Columns, row_h: float) -> _RowSizes:
    tasks = doc.tasks
    return _RowSizes(
        name=PageLayout.column_size([t.name for t in tasks], cols.name_w, row_h, size=8.5, floor=7),
        date=PageLayout.column_size(
            [_date_text(t.target_date, doc.year) for t in tasks], DATE_W, row_h, size=8, floor=6.5
        ),
        owners=PageLayout.column_size(
            [_owners_text(t) for t in tasks], OWNER_W, row_h, size=8, floor=7
        ),
    )


def _task_row(
    page: PageLayout, doc: PlanDoc, cols: Columns, task: TaskDoc, row: Box, n: int, sizes: _RowSizes
) -> None:
    h = row.h
    dot_r = min(cols.slot_w, h) * 0.2
    for objective_id in task.objective_ids:
        number = doc.objective_number(objective_id)
        if number is not None:
            cx = cols.left + (number - 0.5) * cols.slot_w
            page.marks.append(Mark("dot", cx, row.y + h / 2, dot_r))
    page.text(Box(cols.no_x, row.y, NO_W, h), f"{n:02d}", size=8, align="center", pad_x=0.5)
    page.text(Box(cols.name_x, row.y, cols.name_w, h), task.name, size=sizes.name)
    r = min(MONTH_W, h) * 0.3
    planned = set(task.planned_months)
    for m in range(1, 13):
        state = task.month_states.get(m)
        kind = state if state in st.STATE_COLORS else ("plan" if m in planned else None)
        if kind is None:
            continue
        if state is not None and m in planned:
            kind += "+plan"
        page.marks.append(Mark(kind, cols.month_x(m) + MONTH_W / 2, row.y + h / 2, r))
    date_text = _date_text(task.target_date, doc.year)
    date_cell = Box(cols.date_x, row.y, DATE_W, h)
    page.text(date_cell, date_text, size=sizes.date, align="center")
    page.text(Box(cols.owner_x, row.y, OWNER_W, h), _owners_text(task), size=sizes.owners)


def _matrix(page: PageLayout, doc: PlanDoc, cols: Columns, top: float, row_h: float) -> float:
    rows = max(len(doc.tasks), MIN_ROWS)
    bottom = top - rows * row_h
    sizes = _row_sizes(doc, cols, row_h)
    if doc.as_of_month:
        page.rects.append(
            Rect(Box(cols.month_x(doc.as_of_month), bottom, MONTH_W, rows * row_h), st.AS_OF_FILL)
        )
    for i in range(rows):
        row = Box(cols.left, top - (i + 1) * row_h, cols.right - cols.left, row_h)
        if i % 2:
            page.rects.append(Rect(row, st.ZEBRA))
        if i < len(doc.tasks):
            _task_row(page, doc, cols, doc.tasks[i], row, i + 1, sizes)
        if i:
            page.hline(cols.left, cols.right, row.top)
    for i in range(1, cols.slots):
        page.vline(cols.left + i * cols.slot_w, bottom, top)
    for m in range(2, 13):
        if (m - 1) % 3 == 0:  # quarters: through the month captions too
            page.vline(cols.month_x(m), bottom, top + MHEAD2_H, st.MEDIUM, st.RULE)
        else:
            page.vline(cols.month_x(m), bottom, top)
    for x in (cols.no_x, cols.name_x, cols.months_x, cols.date_x, cols.owner_x):
        page.vline(x, bottom, top + MHEAD1_H + MHEAD2_H, st.THIN, st.RULE)
    page.hline(cols.left, cols.right, top, st.MEDIUM, st.RULE)
    page.hline(cols.left, cols.right, bottom, st.MEDIUM, st.RULE)
    return bottom


def _footer(
    page: PageLayout, doc: PlanDoc, cols: Columns, printed_on: date, page_no: int, pages: int
) -> None:
    y = MARGIN_BOTTOM
    half = (cols.right - cols.left) / 2
    left = f"打印日期：{printed_on.isoformat()}    诊改工作台"
    page.text(Box(cols.left, y, half, FOOTER_H), left, size=7, color=st.MUTED, pad_x=0)
    page.text(
        Box(cols.left + half, y, half, FOOTER_H),
        _footer_right(doc, page_no, pages),
        size=7,
        color=st.MUTED,
        align="right",
        pad_x=0,
    )


# -- the page -------------------------------------------------------------------------------
def layout_plan(
    doc: PlanDoc, *, printed_on: date | None = None, page_no: int = 1, pages: int = 1
) -> PageLayout:
    """The whole page for ``doc`` on A4 landscape; A3 scales it (see :mod:`app.reports.oppm`)."""
    printed_on = printed_on or date.today()
    page = PageLayout()
    cols = columns_for(len(doc.objectives))
    y = _title(page, doc, cols, PAGE_H - MARGIN_TOP)
    grid_top = y
    y = _header(page, doc, cols, y)
    y = _matrix_header(page, doc, cols, y)
    grid_bottom = MARGIN_BOTTOM + FOOTER_H + 2
    band_h = band_height(doc)
    room = y - grid_bottom - band_h - SUMMARY_MIN_H
    rows = max(len(doc.tasks), MIN_ROWS)
    row_h = min(MAX_ROW_H, room / rows)
    y = _matrix(page, doc, cols, y, row_h)
    y = lay_band(page, doc, cols, y)
    lay_summary(page, doc, cols, y, grid_bottom)
    _footer(page, doc, cols, printed_on, page_no, pages)
    page.frame(Box(cols.left, grid_bottom, cols.right - cols.left, grid_top - grid_bottom))
    return page
