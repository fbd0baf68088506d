"""The SMART report to PDF (A4 portrait): a summary table per unit, then each unit's hints.

First a table with one row per unit (texts checked, all letters passed, hints per letter,
pass rate) and a total; then, per unit, every text that got a hint: where it was written,
the text, and one line per letter saying why. Hints are advice; the page says so, because
a secretary reading a long list should not take it for a list of errors.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app.reports.standards_common import (
    HINT,
    MM,
    build_pdf,
    frame_width,
    heading,
    markup,
    para,
    pdf_bytes,
    ruled_table,
    styles,
    write_pdf,
)
from app.services.smart import LETTER_LABELS, LETTERS, SmartSummary
from app.services.smart_report import JOB, SOURCE_LABELS, SmartReport, UnitReport

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.reports.standards_common import Styles

TITLE = "SMART 检查汇总"


def report_title(report: SmartReport) -> str:
    """ "2026 年 SMART 检查汇总"."""
    return f"{report.year} 年 {TITLE}" if report.year else TITLE


def render_smart_report(
    report: SmartReport,
    path: Path,
    *,
    max_lines: int | None = None,
    printed_on: date | None = None,
) -> int:
    """Write the report to ``path`` (atomically); returns the page count.

    ``max_lines`` lists at most that many texts with hints per unit (the counts stay
    complete): the whole college has thousands, which no one reads on paper, while one
    unit's full list is its to-do list.
    """
    return write_pdf(path, lambda fh: _render(report, fh, max_lines, printed_on))


def smart_report_pdf_bytes(report: SmartReport, *, max_lines: int | None = None) -> bytes:
    """The report as PDF bytes (preview)."""
    return pdf_bytes(lambda fh: _render(report, fh, max_lines, None))


def _render(
    report: SmartReport, target: BinaryIO, max_lines: int | None, printed_on: date | None
) -> int:
    from reportlab.platypus import Spacer

    st = styles()
    title = report_title(report)
    story: list[Flowable] = [para(title, st.title)]
    story.append(para(_scope(report), st.meta))
    story.append(
        para(
            "SMART：S 具体明确、M 可度量、A 可实现、R 相关联、T 有时限。"
            "以下为提示，供修改参考，不是错误，也不阻止提交。",
            st.meta,
        )
    )
    story.append(Spacer(1, 2 * MM))
    if not report.units:
        story.append(para("没有可检查的内容。", st.body))
    else:
        story.append(_summary(report, st))
        for n, unit in enumerate(report.units, start=1):
            story.extend(_unit(unit, n, st, max_lines))
    return build_pdf(target, story, title=title, landscape=False, printed_on=printed_on)


def _scope(report: SmartReport) -> str:
    parts = []
    if report.year:
        parts.append(f"{report.year} 年一页纸计划（项目目标、目标、任务）")
    parts.append(SOURCE_LABELS[JOB] if report.jobs_included else "岗位说明书（本版本未包含）")
    if report.year:
        parts.append(f"{report.year} 年自身发展标准")
    return "检查范围：" + "、".join(parts)


def _rate(summary: SmartSummary) -> str:
    return f"{summary.all_ok / summary.total:.0%}" if summary.total else "—"


def _summary(report: SmartReport, st: Styles) -> Flowable:
    heads = [
        "部门",
        "检查条数",
        "全部通过",
        *(f"{x}\n{LETTER_LABELS[x]}" for x in LETTERS),
        "通过率",
    ]
    rows: list[list[Any]] = [[para(h, st.head) for h in heads]]

    def line(name: str, summary: SmartSummary, style: Any) -> list[Any]:
        cells = [
            para(name, style),
            para(str(summary.total), st.num),
            para(str(summary.all_ok), st.num),
        ]
        for letter in LETTERS:
            count = summary.failures[letter]
            cells.append(para(str(count), st.num, color=HINT if count else None))
        cells.append(para(_rate(summary), st.num))
        return cells

    for unit in report.units:
        rows.append(line(unit.unit_name, unit.summary, st.cell))
    rows.append(line("合计", report.total, st.head))
    width = frame_width(landscape=False)
    first = 44 * MM
    rest = (width - first) / (len(heads) - 1)
    return ruled_table(rows, [first] + [rest] * (len(heads) - 1))


def _unit(unit: UnitReport, n: int, st: Styles, max_lines: int | None) -> list[Flowable]:
    counts = "、".join(f"{x} {unit.failures[x]} 条" for x in LETTERS if unit.failures[x])
    sources = "、".join(f"{SOURCE_LABELS[k]} {v} 条" for k, v in unit.by_source.items())
    story: list[Flowable] = heading(f"{n}. {unit.unit_name}", st)
    summary = f"共检查 {unit.total} 条（{sources}），{len(unit.failing)} 条有提示"
    story.append(para(summary + (f"：{counts}。" if counts else "。"), st.body))
    if not unit.failing:
        return story
    width = frame_width(landscape=False)
    widths = [10 * MM, 38 * MM, 0.0, 62 * MM]
    widths[2] = width - sum(widths)
    rows: list[list[Any]] = [[para(h, st.head) for h in ("序号", "出处", "内容", "提示")]]
    shown = unit.failing if max_lines is None else unit.failing[:max_lines]
    for k, checked in enumerate(shown, start=1):
        reasons = "<br/>".join(
            f'<font color="{HINT}">{x}</font> {_esc(checked.verdict[x].reason)}'
            for x in checked.failures
        )
        rows.append(
            [
                para(str(k), st.num),
                para(checked.item.where, st.small),
                para(checked.item.text, st.cell),
                markup(reasons, st.cell),
            ]
        )
    story.append(ruled_table(rows, widths))
    left = len(unit.failing) - len(shown)
    if left:
        story.append(para(f"另有 {left} 条有提示未列出；按部门打印本报告可见全部。", st.small))
    return story


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
