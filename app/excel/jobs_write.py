"""Writing a unit's job description manual to a workbook in the 表4 layout.

:func:`export_manual` writes the 部门职责 sheet, one sheet per post laid out like the
paper form (merged 职责类型 and 工作内容 cells over their standards, bordered, A4
portrait, the header rows repeated on every printed page), and the hidden sheet
with the ids (see :mod:`app.excel.jobs_layout`). openpyxl is imported inside the
functions: it is slow to import and most starts never export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.excel import jobs_layout as L
from app.excel.oppm_file import save_atomically
from app.excel.oppm_format import FONT
from app.services.jobs.checks import coverage
from app.services.jobs.doc import ManualDoc, PostDoc, category_label

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SIZE = 10.5
LABEL_FILL = "E4EBF2"
HEAD_FILL = "CFDBE6"


class _Look:
    """The few cell styles the form uses, made once per workbook."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        thin = Side(style="thin", color="000000")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.font = Font(name=FONT, size=SIZE)
        self.bold = Font(name=FONT, size=SIZE, bold=True)
        self.title = Font(name=FONT, size=16, bold=True)
        self.muted = Font(name=FONT, size=9, color="7F7F7F")
        self.wrap = Alignment(wrap_text=True, horizontal="left", vertical="top")
        self.center = Alignment(wrap_text=True, horizontal="center", vertical="center")
        self.label_fill = PatternFill("solid", fgColor=LABEL_FILL)
        self.head_fill = PatternFill("solid", fgColor=HEAD_FILL)


def export_manual(doc: ManualDoc, path: Path) -> None:
    """Write ``doc`` to ``path`` atomically (a file open in Excel gives a :class:`UserError`)."""
    from openpyxl import Workbook

    wb = Workbook()
    look = _Look()
    duties = wb.active
    duties.title = L.DUTY_SHEET
    _write_duties(duties, doc, look)
    taken: set[str] = set()
    sheets: list[tuple[str, str]] = []
    for n, post in enumerate(doc.posts, start=1):
        name = L.sheet_name(post.title, taken, n)
        _PostSheet(wb.create_sheet(name), doc, post, look).write()
        sheets.append((name, post.id))
    _write_meta(wb.create_sheet(L.META_SHEET), doc, sheets)
    save_atomically(wb, Path(path))


def _write_duties(ws: Worksheet, doc: ManualDoc, look: _Look) -> None:
    carried = coverage(doc).carried_by
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    _put(ws, 1, 1, f"{doc.unit_name}部门职责", font=look.title, align=look.center)
    ws.row_dimensions[1].height = 30
    _put(ws, L.DUTY_ROW_UNIT, 1, "部门", look=look, label=True)
    _put(ws, L.DUTY_ROW_UNIT, 2, doc.unit_name, look=look)
    for col, text in enumerate(L.DUTY_HEADERS, start=1):
        _put(ws, L.DUTY_ROW_HEADER, col, text, look=look, label=True)
    for n, duty in enumerate(doc.duties, start=1):
        row = L.DUTY_FIRST + n - 1
        _put(ws, row, 1, n, look=look, align=look.center)
        _put(ws, row, 2, duty.text, look=look)
        posts = "、".join(carried.get(duty.id) or []) or "（尚无岗位承担）"
        _put(ws, row, 3, posts, look=look, font=look.muted)
        ws.cell(row, L.DUTY_COL_ID, duty.id)
    widths = {"A": 7, "B": 60, "C": 36, "D": 4}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.column_dimensions["D"].hidden = True
    ws.sheet_view.showGridLines = False
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:C{max(L.DUTY_FIRST, L.DUTY_FIRST + len(doc.duties) - 1)}"
    ws.print_title_rows = f"{L.DUTY_ROW_HEADER}:{L.DUTY_ROW_HEADER}"


def _write_meta(ws: Worksheet, doc: ManualDoc, sheets: list[tuple[str, str]]) -> None:
    """What import needs to find the records again: format, unit, and each sheet's post."""
    ws.sheet_state = "hidden"
    ws.append(["本工作表由诊改工作台生成，导入时用来对应本机的部门和岗位，请勿修改。"])
    ws.append(["格式", L.FORMAT_NAME, L.FORMAT_VERSION])
    ws.append(["部门编号", doc.unit_id, doc.unit_name])
    ws.append(["导出时内容指纹", doc.fingerprint()])
    ws.append([])
    ws.append(["工作表", "岗位编号"])
    for name, post_id in sheets:
        ws.append([name, post_id])


def _put(
    ws: Worksheet,
    row: int,
    col: int,
    value: Any,
    *,
    look: _Look | None = None,
    label: bool = False,
    font: Any = None,
    align: Any = None,
) -> None:
    """One cell with the form's look (bordered unless ``look`` is None)."""
    cell = ws.cell(row, col, value if value != "" else None)
    if look is not None:
        cell.border = look.box
        cell.font = font or (look.bold if label else look.font)
        cell.alignment = align or (look.center if label else look.wrap)
        if label:
            cell.fill = look.label_fill
    else:
        if font is not None:
            cell.font = font
        if align is not None:
            cell.alignment = align


class _PostSheet:
    """One post on one sheet."""

    def __init__(self, ws: Worksheet, doc: ManualDoc, post: PostDoc, look: _Look) -> None:
        self.ws, self.doc, self.post, self.look = ws, doc, post, look

    def write(self) -> None:
        ws, post, look = self.ws, self.post, self.look
        from app.reports.jobs_story import post_heading

        self._band(L.ROW_TITLE, post_heading(post.title), title=True)
        self._band(L.ROW_BASIC, "基本信息")
        headcount_cell = (L.ROW_HEADCOUNT, 2)
        pairs = [
            (L.ROW_NAME, "岗位名称", post.title, "所属部门", self.doc.unit_name),
            (L.ROW_HEADCOUNT, "定员", post.headcount, "岗位系数", post.coefficient),
            (L.ROW_SUPERVISOR, "直接上级", post.supervisor, "直接下级", post.subordinates),
        ]
        for row, left, left_value, right, right_value in pairs:
            _put(ws, row, 1, left, look=look, label=True)
            _put(ws, row, 2, left_value, look=look)
            _put(ws, row, 3, right, look=look, label=True)
            ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
            _put(ws, row, 4, right_value, look=look)
            _put(ws, row, 5, None, look=look)
        # 岗位系数 stays text (“1.20” comes back as typed); 定员 is a number shown as “1 人”.
        ws.cell(L.ROW_HEADCOUNT, 4).number_format = "@"
        ws.cell(*headcount_cell).number_format = '0" 人"'
        ws.cell(L.ROW_NAME, 6, post.id)
        self._band(L.ROW_DUTIES, "工作职责")
        for col, text in enumerate(L.HEADERS, start=1):
            _put(ws, L.ROW_HEADER, col, text, look=look, label=True)
        ws.row_dimensions[L.ROW_HEADER].height = 30
        row = self._duties(L.ROW_FIRST_WORK)
        self._band(row, L.QUALIFICATIONS_NOTE, left=True)
        for key, label in L.QUALIFICATION_ROWS:
            row += 1
            _put(ws, row, 1, label, look=look, label=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            _put(ws, row, 2, getattr(post, key), look=look)
            for col in range(3, 6):
                _put(ws, row, col, None, look=look)
            ws.row_dimensions[row].height = _height(getattr(post, key), 100)
        self._page_setup(row)

    def _band(self, row: int, text: str, *, title: bool = False, left: bool = False) -> None:
        """A full-width row: the title, or a section caption like 基本信息."""
        ws, look = self.ws, self.look
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=L.LAST_VISIBLE)
        if title:
            _put(ws, row, 1, text, font=look.title, align=look.center)
            ws.row_dimensions[row].height = 32
            return
        from openpyxl.styles import Alignment

        align = Alignment(vertical="center", wrap_text=True) if left else look.center
        for col in range(1, L.LAST_VISIBLE + 1):
            _put(ws, row, col, text if col == 1 else None, look=look, label=True, align=align)
            ws.cell(row, col).fill = look.head_fill

    def _duties(self, row: int) -> int:
        """The 职责类型/工作内容/工作标准 rows; returns the next free row."""
        ws, look, doc = self.ws, self.look, self.doc
        for c_no, cat in enumerate(self.post.categories, start=1):
            cat_first = row
            for i_no, item in enumerate(cat.items or [None], start=1):
                item_first = row
                standards = item.standards if item is not None else []
                for s_no, std in enumerate(standards or [None], start=1):
                    _put(ws, row, L.COL_CATEGORY, None, look=look)
                    _put(ws, row, L.COL_WORK, None, look=look)
                    _put(ws, row, L.COL_DUTY, None, look=look, align=look.center)
                    _put(ws, row, L.COL_NUMBER, s_no if std else None, look=look, align=look.center)
                    _put(ws, row, L.COL_STANDARD, std.text if std else None, look=look)
                    ws.cell(row, L.COL_CATEGORY_ID, cat.id)
                    if item is not None:
                        ws.cell(row, L.COL_ITEM_ID, item.id)
                    if std is not None:
                        ws.cell(row, L.COL_STANDARD_ID, std.id)
                    ws.row_dimensions[row].height = _height(std.text if std else "", 56)
                    row += 1
                if item is not None:
                    ws.cell(item_first, L.COL_WORK).value = f"{i_no}.{item.text}"
                    ws.cell(item_first, L.COL_DUTY).value = doc.duty_number(item.duty_id)
                    self._merge_down(item_first, row - 1, L.COL_WORK)
                    self._merge_down(item_first, row - 1, L.COL_DUTY)
                    lines = _lines(f"{i_no}.{item.text}", 34)
                    if lines > row - item_first:  # a long work text and few standards
                        ws.row_dimensions[row - 1].height = 14.5 * (lines - (row - item_first) + 1)
            ws.cell(cat_first, L.COL_CATEGORY).value = category_label(c_no, cat.name)
            self._merge_down(cat_first, row - 1, L.COL_CATEGORY)
        if row == L.ROW_FIRST_WORK:  # no duties yet: one empty row to type into
            for col in range(1, L.LAST_VISIBLE + 1):
                _put(ws, row, col, None, look=look)
            row += 1
        return row

    def _merge_down(self, first: int, last: int, col: int) -> None:
        if last > first:
            self.ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)

    def _page_setup(self, last_row: int) -> None:
        """A4 portrait, one page wide; 工作职责's header rows repeat on every printed page."""
        from openpyxl.worksheet.page import PageMargins

        ws = self.ws
        for col, width in L.WIDTHS.items():
            ws.column_dimensions[col].width = width
        for col in ("F", "G", "H"):
            ws.column_dimensions[col].hidden = True
        ws.page_setup.orientation = "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        ws.print_area = f"A1:E{last_row}"
        ws.print_title_rows = f"{L.ROW_DUTIES}:{L.ROW_HEADER}"
        ws.sheet_view.showGridLines = False
        footer = ws.oddFooter
        footer.left.text, footer.left.size = f"{self.doc.unit_name}岗位说明书", 8
        footer.center.text, footer.center.size = "第 &P 页，共 &N 页", 8
        footer.right.text, footer.right.size = "诊改工作台", 8


def _lines(text: str, width_chars: float) -> int:
    """Rough number of wrapped lines of ``text`` in a column ``width_chars`` wide."""
    from app.excel.oppm_format import text_width

    if not text:
        return 1
    return max(
        1, sum(int(text_width(part) // (width_chars * 0.95)) + 1 for part in text.split("\n"))
    )


def _height(text: str, width_chars: float) -> float:
    """Row height in points that shows all of ``text`` wrapped (Excel does not grow rows)."""
    return 15.0 * _lines(text, width_chars) + 3
