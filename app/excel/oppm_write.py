"""Writing a plan to a workbook laid out like the paper form (表2/表3), ready to print.

Printing from Excel or WPS must give one landscape page that looks like the form a
college already uses, so the sheet carries its own print settings (A4 landscape,
fit to one page, print area, footer with the content fingerprint) and row heights
(see :mod:`app.excel.oppm_format`).

openpyxl is imported inside the functions: it is slow to import and most starts
of the program never need it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.excel import oppm_layout as L
from app.excel.oppm_file import save_atomically
from app.excel.oppm_format import (
    LINE_HEIGHT,
    SIZE,
    WIDTHS,
    add_styles,
    clean,
    month_text,
    owner_text,
    title_of,
    wan,
    wrapped_lines,
)
from app.excel.oppm_meta import write_meta
from app.services.plans.doc import PlanDoc

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_ROW_HEIGHT = 409.0  # Excel's limit, in points


def write_plan(doc: PlanDoc, path: Path, *, staff_nos: Mapping[str, str] | None = None) -> None:
    """Write ``doc`` to ``path`` (atomically); ``staff_nos`` maps person ids to 工号."""
    from openpyxl import Workbook

    wb = Workbook()
    add_styles(wb)
    ws = wb.active
    assert ws is not None
    ws.title = L.SHEET
    _SheetWriter(ws, doc, staff_nos or {}).write()
    write_meta(wb.create_sheet(L.META_SHEET), doc, staff_nos or {})
    save_atomically(wb, Path(path))


# -- the sheet -----------------------------------------------------------------------
class _SheetWriter:
    """Fills the form top to bottom; ``row`` is the next free row."""

    def __init__(self, ws: Worksheet, doc: PlanDoc, staff_nos: Mapping[str, str]) -> None:
        self.ws, self.doc, self.staff_nos = ws, doc, staff_nos
        self.cols = L.Columns(max(L.MIN_OBJECTIVE_COLUMNS, len(doc.objectives)))
        self.row = L.ROW_FIRST_TASK
        self.heights: dict[int, float] = {}

    def write(self) -> None:
        """The whole form, then column widths, print settings and row heights."""
        self._header()
        self._table_header()
        first_task = self.row
        self._tasks()
        self._month_formats(first_task, self.row - 1)
        self._objectives()
        self._costs()
        self._notes()
        self._legend()
        self._columns()
        self._page_setup()
        for row, height in self.heights.items():
            self.ws.row_dimensions[row].height = height

    # -- cells ---------------------------------------------------------------------
    def put(self, row: int, col: int, value: Any, style: str, *, to_col: int = 0) -> None:
        """One cell (or a merged range to ``to_col``) with a named style."""
        cell = self.ws.cell(row, col)
        cell.value = clean(value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # typed text, not a formula
        cell.style = style
        if to_col > col:
            self.merge(row, col, row, to_col, style)

    def merge(self, row: int, col: int, to_row: int, to_col: int, style: str) -> None:
        """Merge a range whose every cell carries ``style`` (so each draws its borders).

        ``ws.merge_cells`` would replace the cells and re-create their borders one by
        one, which took most of the export time; registering the range keeps the
        styled blank cells, which is also how Excel itself stores a merged range.
        """
        from openpyxl.worksheet.merge import MergedCellRange

        for r in range(row, to_row + 1):
            for c in range(col, to_col + 1):
                if (r, c) != (row, col):
                    self.ws.cell(r, c).style = style
        ref = f"{L.cell_ref(row, col)}:{L.cell_ref(to_row, to_col)}"
        self.ws.merged_cells.add(MergedCellRange(self.ws, ref))

    def block_label(self, first: int, last: int, text: str) -> None:
        """A label over the 目标 columns, merged down ``first``–``last``."""
        self.put(first, 1, text, "oppm_label")
        self.merge(first, 1, last, self.cols.matrix, "oppm_label")

    def fit(self, row: int, text: str, width: float, *, size: float = SIZE) -> None:
        """Make ``row`` tall enough for ``text`` wrapped in ``width`` units."""
        need = wrapped_lines(text, width * SIZE / size) * LINE_HEIGHT * size / SIZE + 4
        self.heights[row] = min(MAX_ROW_HEIGHT, max(self.heights.get(row, 16.0), need))

    def width(self, first: int, last: int) -> float:
        """Total width of columns ``first``–``last``."""
        return sum(self._width_of(c) for c in range(first, last + 1))

    def _width_of(self, col: int) -> float:
        c = self.cols
        if col <= c.matrix:
            return WIDTHS["matrix"]
        named = {c.number: "number", c.name: "name", c.owners: "owners", c.date: "date"}
        return WIDTHS[named.get(col, "month")]

    # -- header --------------------------------------------------------------------
    def _header(self) -> None:
        c, doc, k = self.cols, self.doc, self.cols.matrix
        self.put(L.ROW_TITLE, 1, title_of(doc), "oppm_title", to_col=c.last)
        self.heights[L.ROW_TITLE] = 30
        row = L.ROW_HEADER
        self.put(row, 1, L.LEADER, "oppm_label", to_col=k)
        self.put(row, c.number, doc.leader, "oppm_text", to_col=c.name)
        self.put(row, c.month(1), L.WORK_NAME, "oppm_label", to_col=c.month(2))
        self.put(row, c.month(3), doc.work_name, "oppm_text", to_col=c.month(12))
        self.put(row, c.owners, L.DATE, "oppm_label")
        self.put(row, c.date, doc.plan_date, "oppm_date")
        self.fit(row, doc.leader, self.width(c.number, c.name))
        self.fit(row, doc.work_name, self.width(c.month(3), c.month(12)))
        row = L.ROW_OBJECTIVE
        self.put(row, 1, L.OBJECTIVE, "oppm_label", to_col=k)
        self.put(row, c.number, doc.objective, "oppm_text", to_col=c.last)
        self.fit(row, doc.objective, self.width(c.number, c.last))

    def _table_header(self) -> None:
        c, k = self.cols, self.cols.matrix
        row, sub = L.ROW_TABLE, L.ROW_SUB
        self.put(row, 1, L.MATRIX, "oppm_label", to_col=k)
        self.put(row, c.number, L.TASKS, "oppm_label", to_col=c.name)
        self.put(row, c.month(1), L.SCHEDULE, "oppm_label", to_col=c.month(12))
        self.put(row, c.owners, L.OWNERS, "oppm_label")
        self.put(row, c.date, L.TARGET_DATE, "oppm_label")
        for n in range(1, k + 1):
            self.put(sub, n, n, "oppm_label")
        self.put(sub, c.number, L.NUMBER, "oppm_label")
        self.put(sub, c.name, L.TASK_NAME, "oppm_label")
        for m in range(1, 13):
            self.put(sub, c.month(m), L.month_label(m), "oppm_label")
        self.put(sub, c.owners, L.OWNERS_HINT, "oppm_hint")
        self.put(sub, c.date, L.DATE_HINT, "oppm_hint")
        self.heights[row] = self.heights[sub] = 18

    # -- tasks ---------------------------------------------------------------------
    def _tasks(self) -> None:
        c, doc = self.cols, self.doc
        numbers = {o.id: n for n, o in enumerate(doc.objectives, start=1)}
        slots = max(L.MIN_TASK_ROWS, len(doc.tasks))
        for i in range(slots):
            row = self.row
            task = doc.tasks[i] if i < len(doc.tasks) else None
            served = {numbers.get(o) for o in task.objective_ids} if task else set()
            for n in range(1, c.matrix + 1):
                self.put(row, n, L.MATRIX_MARK if n in served else None, "oppm_mark")
            self.put(row, c.number, f"{i + 1:02d}", "oppm_center")
            self.put(row, c.name, task.name if task else None, "oppm_text")
            for m in range(1, 13):
                self.put(row, c.month(m), month_text(task, m) if task else None, "oppm_mark")
            owners = "、".join(owner_text(o, self.staff_nos) for o in task.owners) if task else ""
            self.put(row, c.owners, owners, "oppm_text")
            self.put(row, c.date, task.target_date if task else None, "oppm_date")
            if task:
                self.ws.cell(row, c.ids).value = task.id
                self.fit(row, task.name, WIDTHS["name"])
                self.fit(row, owners, WIDTHS["owners"])
            self.row += 1

    def _month_formats(self, first: int, last: int) -> None:
        """Colours that follow the symbol, and drop-downs offering the symbols.

        Conditional formats rather than fixed fills, so a mark changed in Excel gets
        its colour; the drop-down saves hunting for ● on the keyboard.
        """
        from openpyxl.formatting.rule import FormulaRule
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation

        c = self.cols
        top_left = L.cell_ref(first, c.month(1))
        area = f"{top_left}:{L.cell_ref(last, c.month(12))}"
        for state, symbol in L.STATE_SYMBOLS.items():
            label = L.STATE_LABELS[state]
            found = 'ISNUMBER(SEARCH("{}",' + top_left + "))"
            formula = f"OR({found.format(symbol)},{found.format(label)})"
            fill = PatternFill("solid", fgColor=L.STATE_FILLS[state], bgColor=L.STATE_FILLS[state])
            self.ws.conditional_formatting.add(area, FormulaRule(formula=[formula], fill=fill))
        symbols = [L.PLANNED, *L.STATE_SYMBOLS.values()]
        marks = symbols + [s + L.UNPLANNED for s in symbols[1:]]
        months = DataValidation(type="list", formula1=f'"{",".join(marks)}"', allow_blank=True)
        months.showErrorMessage = False  # labels such as 按计划 may be typed too
        months.add(area)
        matrix = DataValidation(type="list", formula1=f'"{L.MATRIX_MARK}"', allow_blank=True)
        matrix.showErrorMessage = False
        matrix.add(f"A{first}:{L.cell_ref(last, c.matrix)}")
        self.ws.add_data_validation(months)
        self.ws.add_data_validation(matrix)

    # -- objectives, costs, notes ----------------------------------------------------
    def _objectives(self) -> None:
        c = self.cols
        for n in range(1, c.matrix + 1):
            objective = self.doc.objectives[n - 1] if n <= len(self.doc.objectives) else None
            text = objective.text if objective else ""
            self.put(self.row, 1, L.OBJECTIVE_ROW.format(n=n), "oppm_label", to_col=c.matrix)
            self.put(self.row, c.number, text, "oppm_text", to_col=c.last)
            if objective:
                self.ws.cell(self.row, c.ids).value = objective.id
            self.fit(self.row, text, self.width(c.number, c.last))
            self.row += 1

    def _costs(self) -> None:
        c, costs = self.cols, self.doc.costs
        first = self.row
        self.put(first, c.number, L.COST_NAME, "oppm_label", to_col=c.name)
        for m in range(1, 13):
            self.put(first, c.month(m), L.month_label(m), "oppm_label")
        self.put(first, c.owners, L.BUDGET, "oppm_label")
        self.put(first, c.date, L.SPENT, "oppm_label")
        self.heights[first] = 18
        for i in range(max(L.MIN_COST_ROWS, len(costs))):
            self.row += 1
            row, cost = self.row, costs[i] if i < len(costs) else None
            self.put(row, c.number, cost.category if cost else None, "oppm_text", to_col=c.name)
            for m in range(1, 13):
                spent = cost.spent_yuan.get(m) if cost else None
                self.put(row, c.month(m), None if spent is None else wan(spent), "oppm_amount")
            self.put(row, c.owners, wan(cost.budget_yuan) if cost else None, "oppm_amount")
            months = f"{L.cell_ref(row, c.month(1))}:{L.cell_ref(row, c.month(12))}"
            total = self.ws.cell(row, c.date)  # a formula, so it follows edits made in Excel
            total.value, total.style = f'=IF(COUNT({months}),SUM({months}),"")', "oppm_amount"
            if cost:
                self.ws.cell(row, c.ids).value = cost.id
                self.fit(row, cost.category, self.width(c.number, c.name))
        self.block_label(first, self.row, L.COSTS)
        self.row += 1

    def _notes(self) -> None:
        """Twelve months in two halves side by side (1–6 | 7–12): half the height."""
        c, first = self.cols, self.row
        halves = ((c.number, c.name, c.month(6)), (c.month(7), c.month(8), c.last))
        for i in range(6):
            for half, (label_col, text_col, to_col) in enumerate(halves):
                month = i + 1 + 6 * half
                text = self.doc.notes.get(month, "")
                self.put(self.row, label_col, L.month_label(month), "oppm_center")
                self.put(self.row, text_col, text, "oppm_text", to_col=to_col)
                self.fit(self.row, text, self.width(text_col, to_col))
            self.row += 1
        self.block_label(first, self.row - 1, L.NOTES)

    def _legend(self) -> None:
        """One printed legend for the month marks, the priorities and the units."""
        from openpyxl.styles import PatternFill

        c, row = self.cols, self.row
        states = list(L.STATE_SYMBOLS.items())
        self.put(row, c.number, f"{L.PLANNED} 计划月份", "oppm_legend", to_col=c.name)
        for i, (state, symbol) in enumerate(states[:4]):  # the coloured marks, under the months
            col = c.month(1 + 3 * i)
            self.put(row, col, symbol, "oppm_mark")
            self.ws.cell(row, col).fill = PatternFill("solid", fgColor=L.STATE_FILLS[state])
            self.put(row, col + 1, L.STATE_LABELS[state], "oppm_legend", to_col=col + 2)
        state, symbol = states[4]
        self.put(row, c.owners, f"{symbol} {L.STATE_LABELS[state]}", "oppm_legend")
        self.put(row, c.date, f"{L.UNPLANNED} 计划外", "oppm_legend")
        note = (
            "负责人写作“姓名(工号)优先级”：A 负责，B 主要协助，C 次要协助，多人用“、”分隔；"
            f"目标栏的 {L.MATRIX_MARK} 表示该任务支撑的目标；进度也可填文字（按计划、有风险、"
            "滞后、已完成、未开始），符号后加 * 表示计划外月份；金额单位：万元。"
        )
        self.put(row + 1, c.number, note, "oppm_legend", to_col=c.last)
        self.fit(row + 1, note, self.width(c.number, c.last), size=9)
        self.block_label(row, row + 1, L.LEGEND)
        self.row = row + 2

    # -- sheet settings ----------------------------------------------------------------
    def _columns(self) -> None:
        dims = self.ws.column_dimensions
        for col in range(1, self.cols.last + 1):
            dims[L.column_letter(col)].width = self._width_of(col)
        ids = dims[L.column_letter(self.cols.ids)]
        ids.width, ids.hidden = 38, True

    def _page_setup(self) -> None:
        """A4 landscape, one page wide and tall, like the paper form."""
        from openpyxl.worksheet.page import PageMargins

        ws, c, doc = self.ws, self.cols, self.doc
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins = PageMargins(
            left=0.3, right=0.3, top=0.35, bottom=0.5, header=0.2, footer=0.25
        )
        ws.print_area = f"A1:{L.cell_ref(self.row - 1, c.last)}"
        ws.freeze_panes = L.cell_ref(L.ROW_FIRST_TASK, c.month(1))
        ws.sheet_view.showGridLines = False
        ws.sheet_view.zoomScale = 100
        footer = ws.oddFooter
        footer.left.text, footer.left.size = "打印日期：&D", 8
        footer.center.text = f"第 {doc.revision} 版　导出时内容指纹 {doc.fingerprint()}"
        footer.center.size = 8
        footer.right.text, footer.right.size = "诊改工作台", 8
