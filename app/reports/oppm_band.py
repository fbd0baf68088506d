"""The lower part of a one-page plan: numbered 目标, the 成本 table, the legend, 概述与预测.

These sit under the matrix with their edges on its columns: the objectives under the
dot grid and tasks (as in OPPM, where objectives are read below-left of the matrix),
costs under the twelve months, the legend under 目标日期 and 负责人/优先级.
"""

from __future__ import annotations

import math

from app.models.plans import TaskState
from app.reports import oppm_style as st
from app.reports.oppm_geometry import BAND_HEAD_H, MONTH_W, Box, Columns, Mark, PageLayout, Rect
from app.services.plans.doc import PlanDoc, yuan_to_wan


def _objective_rows(doc: PlanDoc) -> tuple[int, int]:
    """(columns, rows) of the objective list: two columns once there are more than six."""
    n = max(len(doc.objectives), 1)
    per_col = 2 if n > 6 else 1
    return per_col, math.ceil(n / per_col)


# An objective's row holds two lines at 5.5 pt (long objectives wrap before they are cut).
OBJ_ROW_H, COST_ROW_H, LEGEND_ROW_H = 16.0, 12.0, 11.0
LEGEND_ROWS = 5


def band_height(doc: PlanDoc) -> float:
    """Height of the bottom band: as tall as its tallest part needs."""
    _, obj_rows = _objective_rows(doc)
    cost_rows = len(doc.costs) + 1 if doc.costs else 1
    body = max(obj_rows * OBJ_ROW_H, cost_rows * COST_ROW_H, LEGEND_ROWS * LEGEND_ROW_H)
    return BAND_HEAD_H + body + 2


def _objective_list(page: PageLayout, doc: PlanDoc, cols: Columns, top: float, bottom: float):
    x, w = cols.left, cols.months_x - cols.left
    page.label(Box(x, top - BAND_HEAD_H, w, BAND_HEAD_H), "目标")
    n_cols, n_rows = _objective_rows(doc)
    col_w = w / n_cols
    body_top = top - BAND_HEAD_H - 1
    # Few objectives share the band's height (the costs or legend may make it taller).
    row_h = max(OBJ_ROW_H, min((body_top - bottom) / n_rows, 2 * OBJ_ROW_H))
    texts = [o.text for o in doc.objectives]
    size = PageLayout.column_size(texts, col_w - 16, row_h, size=8.5, floor=7)
    for i, text in enumerate(texts):
        c, r = divmod(i, n_rows)
        y = body_top - (r + 1) * row_h
        cx = x + c * col_w
        page.text(Box(cx, y, 18, row_h), str(i + 1), size=8, align="center", bold=True)
        page.text(Box(cx + 16, y, col_w - 16, row_h), text, size=size)
    if not doc.objectives:
        page.text(Box(x, body_top - OBJ_ROW_H, w, OBJ_ROW_H), "（未填写目标）", color=st.MUTED)
    if n_cols == 2:
        page.vline(x + col_w, bottom, top - BAND_HEAD_H, st.THIN, st.GRID)


def _cost_columns(cols: Columns) -> list[tuple[float, float]]:
    """(x, width) of 项目 | 预算 | 已支出 | 执行情况 under the months."""
    widths = [92.0, 52.0, 56.0]
    widths.append(12 * MONTH_W - sum(widths))
    xs, x = [], cols.months_x
    for w in widths:
        xs.append((x, w))
        x += w
    return xs


def _costs(page: PageLayout, doc: PlanDoc, cols: Columns, top: float, bottom: float) -> None:
    spans = _cost_columns(cols)
    head_y = top - BAND_HEAD_H
    captions = ["成本项目", "预算（万元）", "已支出（万元）", "执行情况"]
    for (x, w), caption in zip(spans, captions, strict=True):
        page.label(Box(x, head_y, w, BAND_HEAD_H), caption, size=7.5)
    for x, _ in spans[1:]:
        page.vline(x, bottom, top, st.THIN, st.GRID)
    rows = [(c.category, c.budget_yuan, c.spent_total) for c in doc.costs]
    if len(rows) > 1:
        rows.append(("合计", sum(r[1] for r in rows), sum(r[2] for r in rows)))
    if not rows:
        empty = Box(cols.months_x, head_y - 1 - COST_ROW_H, 12 * MONTH_W, COST_ROW_H)
        page.text(empty, "（无成本项目）", color=st.MUTED, size=8)
        return
    size = PageLayout.column_size([r[0] for r in rows], spans[0][1], COST_ROW_H, size=8, floor=7)
    for i, (category, budget, spent) in enumerate(rows):
        y = head_y - 1 - (i + 1) * COST_ROW_H
        total = i == len(rows) - 1 and len(rows) > 1
        if total:
            page.hline(cols.months_x, cols.date_x, y + COST_ROW_H, st.THIN, st.GRID)
        cells = [Box(x, y, w, COST_ROW_H) for x, w in spans]
        page.text(cells[0], category, size=size, bold=total)
        page.text(cells[1], yuan_to_wan(budget), size=8, align="right")
        page.text(cells[2], yuan_to_wan(spent), size=8, align="right")
        _cost_bar(page, cells[3], budget, spent)


def _cost_bar(page: PageLayout, cell: Box, budget: int, spent: int) -> None:
    """A bar of spent against budget, with the percentage; red once over budget."""
    pct_w = 34.0
    bar = Box(cell.x + 4, cell.y + cell.h * 0.28, cell.w - pct_w - 8, cell.h * 0.44)
    page.rects.append(Rect(bar, fill=st.BAR_BACK, stroke=st.GRID, width=0.3))
    if budget > 0:
        ratio = spent / budget
        over = ratio > 1
        filled = Box(bar.x, bar.y, bar.w * min(ratio, 1.0), bar.h)
        if filled.w > 0:
            page.rects.append(Rect(filled, fill=st.BAR_OVER if over else st.BAR_FILL))
        text = f"{ratio:.0%}"
    else:
        text = "—" if spent == 0 else "超支"
    color = st.STATE_COLORS[TaskState.LATE] if budget and spent > budget else st.INK
    page.text(
        Box(cell.right - pct_w, cell.y, pct_w, cell.h), text, size=7.5, align="right", color=color
    )


def _legend(page: PageLayout, cols: Columns, top: float) -> None:
    x, w = cols.date_x, cols.right - cols.date_x
    page.label(Box(x, top - BAND_HEAD_H, w, BAND_HEAD_H), "图例")
    y0 = top - BAND_HEAD_H - 1
    half = w / 2
    for i, (kind, label) in enumerate(st.LEGEND):
        r, c = divmod(i, 2)
        cell = Box(x + c * half, y0 - (r + 1) * LEGEND_ROW_H, half, LEGEND_ROW_H)
        page.marks.append(Mark(kind, cell.x + 9, cell.y + cell.h / 2, 3.4))
        page.text(Box(cell.x + 15, cell.y, half - 15, cell.h), label, size=7.5, pad_x=1)
    y = y0 - (math.ceil(len(st.LEGEND) / 2) + 1) * LEGEND_ROW_H
    page.text(Box(x, y, w, LEGEND_ROW_H), st.PRIORITY_LEGEND, size=7.5, pad_x=4)


def lay_band(page: PageLayout, doc: PlanDoc, cols: Columns, top: float) -> float:
    bottom = top - band_height(doc)
    _objective_list(page, doc, cols, top, bottom)
    _costs(page, doc, cols, top, bottom)
    _legend(page, cols, top)
    for x in (cols.months_x, cols.date_x):
        page.vline(x, bottom, top, st.MEDIUM, st.RULE)
    page.hline(cols.left, cols.right, top - BAND_HEAD_H, st.THIN, st.GRID)
    page.hline(cols.left, cols.right, bottom, st.MEDIUM, st.RULE)
    return bottom


def lay_summary(page: PageLayout, doc: PlanDoc, cols: Columns, top: float, bottom: float) -> None:
    box_h = top - bottom
    label = "概述与预测"
    note = doc.latest_note()
    if doc.as_of_month:
        label += f"\n（截至 {doc.as_of_month} 月）"
    elif note:
        label += f"\n（{note[0]} 月）"
    page.rects.append(Rect(Box(cols.left, bottom, cols.obj_w, box_h), st.LABEL_FILL))
    page.text(
        Box(cols.left, bottom, cols.obj_w, box_h),
        label,
        size=8.5,
        align="center",
        bold=True,
        pad_x=1,
    )
    page.vline(cols.no_x, bottom, top, st.THIN, st.RULE)
    body = Box(cols.no_x, bottom, cols.right - cols.no_x, box_h)
    if note:
        page.text(body.inset(2, 1.5), note[1], size=9, min_size=5.5, valign="top")
    else:
        page.text(body.inset(2, 1.5), "（本月尚未填写）", size=8.5, color=st.MUTED, valign="top")
