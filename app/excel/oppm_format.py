"""How the plan sheet looks: named styles, text sizes, and values as the form writes them.

Row heights are computed here from the text (Excel never grows a merged cell's row
for wrapped text, and WPS and LibreOffice grow plain cells differently), so a
printout has no clipped lines whichever program prints it.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.excel import oppm_layout as L
from app.models.plans import LEVEL_LABELS, PlanLevel
from app.services.plans.doc import Owner, PlanDoc, TaskDoc, yuan_to_wan

if TYPE_CHECKING:
    from openpyxl import Workbook

FONT = "宋体"  # present on every Chinese Windows and in WPS
SIZE = 10
LINE_HEIGHT = 13.5  # points per line of SIZE text
LABEL_FILL = "F2F2F2"
WIDTHS = {"matrix": 3.6, "number": 5.0, "name": 30.0, "month": 4.6, "owners": 40.0, "date": 11.0}


def add_styles(wb: Workbook) -> None:
    """Named styles: one lookup per cell instead of four style objects (faster, smaller)."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font, bold = Font(name=FONT, size=SIZE), Font(name=FONT, size=SIZE, bold=True)

    def align(horizontal: str, **kw: Any) -> Alignment:
        return Alignment(horizontal=horizontal, vertical="center", wrap_text=True, **kw)

    styles = [
        NamedStyle(
            "oppm_title", font=Font(name=FONT, size=15, bold=True), alignment=align("center")
        ),
        NamedStyle(
            "oppm_label",
            font=bold,
            alignment=align("center"),
            border=box,
            fill=PatternFill("solid", fgColor=LABEL_FILL),
        ),
        NamedStyle("oppm_text", font=font, alignment=align("left"), border=box),
        NamedStyle("oppm_center", font=font, alignment=align("center"), border=box),
        NamedStyle(
            "oppm_mark", font=Font(name=FONT, size=11), alignment=align("center"), border=box
        ),
        NamedStyle(
            "oppm_amount",
            font=font,
            alignment=Alignment(horizontal="center", vertical="center", shrink_to_fit=True),
            border=box,
        ),
        NamedStyle("oppm_date", font=font, alignment=align("center"), border=box),
        NamedStyle(
            "oppm_hint",
            font=Font(name=FONT, size=8, color="595959"),
            alignment=align("center"),
            border=box,
        ),
        NamedStyle(
            "oppm_legend", font=Font(name=FONT, size=9), alignment=align("left"), border=box
        ),
    ]
    styles[6].number_format = "yyyy-mm-dd"
    for style in styles:
        wb.add_named_style(style)


def text_width(text: str) -> float:
    """Width in Excel column units: a Chinese character is about two digits wide."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.05 for ch in text)


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a cell ``width`` units wide."""
    usable = max(width - 1.0, 1.0)
    return sum(max(1, math.ceil(text_width(part) / usable)) for part in text.split("\n"))


def clean(value: Any) -> Any:
    """Strip the control characters an .xlsx cannot hold (openpyxl would refuse the file)."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def title_of(doc: PlanDoc) -> str:
    """The form's heading, e.g. “水利工程专业一页纸工作计划报表（2026 年）”."""
    name = doc.subject_name
    titles = {
        PlanLevel.UNIT: f"{name}一页纸工作计划报表",
        PlanLevel.MAJOR: f"{name}专业一页纸工作计划报表",
        PlanLevel.COURSE: f"《{name}》课程一页纸工作计划报表",
        PlanLevel.TEACHER: f"{name}职业发展一页纸计划报表",
        PlanLevel.CLASS: f"{name}班级一页纸工作计划报表",
    }
    title = titles.get(doc.level, "") if name else ""
    return f"{title or LEVEL_LABELS.get(doc.level, '') + '一页纸工作计划报表'}（{doc.year} 年）"


def owner_text(owner: Owner, staff_nos: Mapping[str, str]) -> str:
    """“张三(20050089)A”, or “张三(A)” when the 工号 is not known."""
    name = owner.name or f"人员{owner.person_id[:8]}"
    staff_no = staff_nos.get(owner.person_id, "")
    return f"{name}({staff_no}){owner.priority}" if staff_no else f"{name}({owner.priority})"


def month_text(task: TaskDoc, month: int) -> str:
    """○ planned; a state's symbol (with * if the month was not planned); else empty."""
    planned = month in task.planned_months
    state = task.month_states.get(month)
    if state is None:
        return L.PLANNED if planned else ""
    symbol = L.STATE_SYMBOLS.get(state, state)
    return symbol if planned else symbol + L.UNPLANNED


def wan(yuan: int) -> int | float:
    """元 as a 万元 number for a cell (1.5, not "1.5", so Excel can add it up)."""
    value = float(yuan_to_wan(yuan))
    return int(value) if value.is_integer() else value
