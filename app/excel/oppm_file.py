"""The plan workbook on disk: written atomically, opened with messages a secretary can act on.

Saving goes to a temporary file in the same folder and then replaces the target,
so a full disk or a crash never leaves half a workbook; a file held open by Excel
or WPS, a password, an old .xls or a damaged file each get their own Chinese
:class:`UserError` instead of a traceback.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.errors import UserError, os_reason

if TYPE_CHECKING:
    from openpyxl import Workbook

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls


def save_atomically(wb: Workbook, path: Path) -> None:
    """Write to a temporary file in the same folder, then replace: never half a workbook."""
    if not path.parent.is_dir():
        raise UserError(f"无法写入“{path}”：文件夹“{path.parent}”不存在。")
    tmp = path.with_name(f"~{path.stem}.tmp.xlsx")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except PermissionError:
        raise UserError(
            f"无法写入“{path}”：文件可能正在 Excel 或 WPS 中打开，或没有写入权限。"
            "请关闭该文件后重试。"
        ) from None
    except OSError as exc:
        raise UserError(f"无法写入“{path}”：{os_reason(exc)}。") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def load_sheets(path: Path, names: tuple[str, ...]) -> dict[str, list[tuple[Any, ...]]]:
    """Cell values of the sheets called ``names`` that exist (read-only, values only)."""
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
        raise UserError(f"“{name}”不是 Excel 工作簿（.xlsx）文件。")
    from openpyxl import load_workbook

    try:
        with path.open("rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                out: dict[str, list[tuple[Any, ...]]] = {}
                for ws in wb.worksheets:
                    if ws.title in names:
                        if hasattr(ws, "reset_dimensions"):
                            ws.reset_dimensions()  # some writers store wrong sizes
                        out[ws.title] = list(ws.iter_rows(values_only=True))
                return out
            finally:
                wb.close()
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise UserError(
            f"无法读取“{name}”：文件已损坏或不是有效的 Excel 工作簿（{type(exc).__name__}）。"
            "请在 Excel 中打开并重新保存为 .xlsx 后重试。"
        ) from None
