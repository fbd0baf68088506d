"""The one-page PDF the self-test renders: Chinese title, wrapped text and a table.

It exercises what real reports need (the embedded CJK font, CJK line wrapping and
a ruled table like the one-page plan form) so that a build which passes the
self-test can print the college's reports.
"""

from __future__ import annotations

from pathlib import Path

SELFTEST_TITLE = "诊改工作台自检：一页纸工作计划报表"
"""Drawn on the page; the self-test and the tests look for it in the text read back."""


def render_selftest_pdf(path: Path) -> None:
    """Write the one-page self-test PDF to ``path``."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.reports.fonts import cjk_font, cjk_paragraph_style

    font = cjk_font()
    title = cjk_paragraph_style("标题", size=16, alignment=1)
    body = cjk_paragraph_style()
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=SELFTEST_TITLE,
        author="诊改工作台",
    )
    rows = [
        ["序号", "主要任务", "负责人", "目标日期"],
        ["01", "专业建设", "教务科研处", "2025年12月"],
        ["02", "专业教学标准建设", "各系部", "2025年6月"],
        ["03", "师资队伍建设", "人事处", "2025年12月"],
    ]
    table = Table(rows, colWidths=[18 * mm, 80 * mm, 40 * mm, 32 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story = [
        Paragraph(SELFTEST_TITLE, title),
        Spacer(1, 6 * mm),
        Paragraph(
            "本页由诊改工作台自检生成，用于确认本机能够输出嵌入中文字体的 PDF 报表。"
            "目标链：规划、年度重点工作任务分解表、一页纸工作计划报表；"
            "标准链：岗位说明书与专业、课程、教师、学生标准。"
            "这一段文字较长，用来检验中文在页面宽度内自动换行。",
            body,
        ),
        Spacer(1, 6 * mm),
        table,
    ]
    doc.build(story)
