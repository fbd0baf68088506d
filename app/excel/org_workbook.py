"""The organisation workbook on disk: template, export and reading.

This module only moves cells between .xlsx files and plain Python lists; what the
columns mean and how rows are checked and imported is in
:mod:`app.services.org_import`. openpyxl is imported inside the functions because
it is slow to import and most starts of the program never need it.

Every failure the user can act on (not an .xlsx, encrypted, damaged, open in
Excel, a sheet or column missing) becomes a :class:`UserError` naming the file.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.errors import UserError, os_reason
from app.services.org_import import (
    README_SHEET,
    SHEETS,
    ParsedOrg,
    SheetSpec,
    column_letter,
    export_rows,
    parse_sheets,
)
from app.services.progress import Progress

if TYPE_CHECKING:
    from openpyxl import Workbook
    from sqlalchemy.orm import Session

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls
_LAST_ROW = 5000  # drop-down lists reach this row in the template
_HEADER_FILL = "DDEBF7"
_REQUIRED_COLOR = "C00000"


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def write_template(path: Path) -> None:
    """An empty workbook: the 说明 sheet, then one sheet per kind with its header only.

    No example rows in the data sheets: anything there would be imported. The
    examples are in 说明 instead.
    """
    _write(path, {spec.name: [] for spec in SHEETS})


def export_org(session: Session, path: Path) -> None:
    """The live organisation in the template's layout, ready to edit and import again."""
    _write(path, export_rows(session))


def _write(path: Path, rows: dict[str, list[list[Any]]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    readme = wb.active
    assert readme is not None
    readme.title = README_SHEET
    _fill_readme(readme)
    for spec in SHEETS:
        _fill_sheet(wb, spec, rows.get(spec.name, []))
    _save(wb, Path(path))


def _fill_readme(ws: Any) -> None:
    """What every sheet and column is for, whether required, and an example value."""
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    ws.append(["组织机构导入文件说明"])
    ws["A1"].font = Font(bold=True, size=14)
    notes = [
        "1. 每个工作表的第 1 行是表头，不要修改列名；列的先后顺序可以调整，红色列名为必填列。",
        "2. 从第 2 行起每行一条记录；空行会被忽略。示例只写在本说明中，数据表中的内容都会被导入。",
        "3. 工作表之间用名称互相引用：部门用“部门名称”，人员用“工号”，专业用“专业名称”"
        "（或“专业代码”）。被引用的记录可以在本文件中，也可以是系统中已有的。",
        "4. 与系统中已有记录同名（人员为同工号）的行会更新该记录；内容相同的行不作改动；"
        "其余的行作为新记录加入。导入不会删除文件中没有的记录。",
        "5. 是/否 列可填：是、否（也接受 Y/N、1/0、√/×）；不填时按各列说明的默认值处理。",
        "6. 可选的列可以整列删除，已有记录的该项保持不变；自己添加的备注列请以“备注”开头命名。",
        "7. 导入前会先检查全部数据，列出每个问题所在的工作表、行号和列名；"
        "可以修改后重新导入，也可以选择只导入无误的行。",
    ]
    for note in notes:
        ws.append([note])
    ws.append([])
    header_row = ws.max_row + 1
    ws.append(["工作表", "列名", "是否必填", "填写说明", "示例"])
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    for cell in ws[header_row]:
        cell.font = bold
        cell.fill = fill
    wrap = Alignment(wrap_text=True, vertical="top")
    for spec in SHEETS:
        ws.append([spec.name, "", "", spec.doc, ""])
        ws.cell(ws.max_row, 1).font = bold
        for col in spec.columns:
            ws.append(
                ["", col.label, "必填" if col.required else "可不填", _col_doc(col), col.example]
            )
            ws.cell(ws.max_row, 4).alignment = wrap
            if col.required:
                ws.cell(ws.max_row, 2).font = Font(color=_REQUIRED_COLOR, bold=True)
    for letter, width in zip("ABCDE", (10, 14, 10, 60, 20), strict=True):
        ws.column_dimensions[letter].width = width


def _col_doc(col: Any) -> str:
    doc = col.doc
    if col.max_len:
        doc += f"；最多 {col.max_len} 字"
    if col.choices and "“" not in doc:
        doc += f"；可选：{'、'.join(col.choices)}"
    return doc


def _fill_sheet(wb: Workbook, spec: SheetSpec, rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(spec.name)
    ws.append([c.label for c in spec.columns])
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    center = Alignment(horizontal="center", vertical="center")
    for idx, col in enumerate(spec.columns):
        cell = ws.cell(1, idx + 1)
        cell.font = Font(bold=True, color=_REQUIRED_COLOR if col.required else None)
        cell.fill = fill
        cell.alignment = center
        cell.comment = Comment(
            f"{'必填' if col.required else '可不填'}。{_col_doc(col)}。例：{col.example}",
            "诊改工作台",
        )
        letter = column_letter(idx)
        ws.column_dimensions[letter].width = col.width
        if col.as_text:
            # So that 工号 0012 typed in Excel stays "0012" rather than becoming 12.
            ws.column_dimensions[letter].number_format = "@"
        if col.choices:
            dv = DataValidation(
                type="list",
                formula1='"' + ",".join(col.choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=f"“{col.label}”的值不对",
                error=f"请从下拉列表中选择：{'、'.join(col.choices)}",
            )
            dv.add(f"{letter}2:{letter}{_LAST_ROW}")
            ws.add_data_validation(dv)
    text_cols = [i + 1 for i, c in enumerate(spec.columns) if c.as_text]
    for r, values in enumerate(rows, start=2):
        ws.append(list(values))
        for i in text_cols:
            # Per cell too: the column format only applies to cells created later.
            ws.cell(r, i).number_format = "@"
    ws.freeze_panes = "A2"


def _save(wb: Workbook, path: Path) -> None:
    """Write to a temporary file first so a failure never leaves half a workbook."""
    if not path.parent.is_dir():
        raise UserError(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    tmp = path.with_name(f"~{path.stem}.tmp.xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            f"无法写入“{path}”：文件可能正在 Excel 中打开，或没有写入权限。请关闭该文件后重试。"
        ) from None
    except OSError as exc:
        raise UserError(f"无法写入“{path}”：{os_reason(exc)}。") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def read_org(path: Path, *, progress: Progress | None = None) -> ParsedOrg:
    """Parse and check the workbook at ``path`` row by row, without any database.

    Whole-file problems raise :class:`UserError`; problems of single rows are in
    the result's ``problems`` (see :func:`app.services.org_import.parse_sheets`).
    """
    path = Path(path)
    raw = _read_cells(path, progress)
    return parse_sheets(raw, source=path.name, progress=progress)


def _read_cells(path: Path, progress: Progress | None) -> dict[str, list[tuple[Any, ...]]]:
    """Cell values of the organisation sheets (header row first), nothing else."""
    name = path.name
    try:
        with path.open("rb") as fh:
            magic = fh.read(8)
    except FileNotFoundError:
        raise UserError(f"找不到文件“{path}”。") from None
    except PermissionError:
        raise UserError(
            f"无法打开“{name}”：文件正在被其他程序（如 Excel）使用，或没有读取权限。"
            "请关闭该文件后重试。"
        ) from None
    except IsADirectoryError:
        raise UserError(f"“{path}”是文件夹，请选择 .xlsx 文件。") from None
    except OSError as exc:
        raise UserError(f"无法打开“{name}”：{os_reason(exc)}。") from None
    if magic.startswith(_OLE_MAGIC):
        raise UserError(
            f"无法读取“{name}”：它设置了打开密码，或是旧版 Excel 97-2003（.xls）文件。"
            "请在 Excel 中取消密码并“另存为”Excel 工作簿（.xlsx）后重试。"
        )
    if not magic.startswith(_ZIP_MAGIC):
        raise UserError(
            f"“{name}”不是 Excel 工作簿（.xlsx）文件。请使用“导出模板”生成的文件，"
            "或在 Excel 中“另存为”Excel 工作簿（.xlsx）。"
        )
    from openpyxl import load_workbook

    wanted = {spec.name for spec in SHEETS}
    out: dict[str, list[tuple[Any, ...]]] = {}
    try:
        with path.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                if progress is not None:
                    progress.start(len(SHEETS), f"读取 {name}")
                for ws in wb.worksheets:
                    title = ws.title.strip()
                    if title not in wanted or title in out:
                        continue
                    if hasattr(ws, "reset_dimensions"):
                        ws.reset_dimensions()  # some writers store wrong sizes
                    out[title] = list(ws.iter_rows(values_only=True))
                    if progress is not None:
                        progress.advance()
            finally:
                wb.close()
    except PermissionError:
        raise UserError(
            f"无法打开“{name}”：文件正在被其他程序（如 Excel）使用。请关闭该文件后重试。"
        ) from None
    except UserError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise UserError(
            f"无法读取“{name}”：文件已损坏或不是有效的 Excel 工作簿（{type(exc).__name__}）。"
            "请在 Excel 中打开并重新保存为 .xlsx 后重试。"
        ) from None
    except Exception as exc:  # an XML parser's error on a damaged file, etc.
        if type(exc).__module__.startswith(("app.", "sqlalchemy")):
            raise
        raise UserError(
            f"无法读取“{name}”：文件内容无法识别（{type(exc).__name__}）。"
            "请在 Excel 中打开并重新保存为 .xlsx 后重试。"
        ) from None
    return out
