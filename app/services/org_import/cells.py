"""One cell at a time: what people type in Excel, turned into the value a model stores.

Spreadsheets give numbers where text was meant (1001.0 for 工号 1001), full-width
digits, invisible characters pasted from web pages and a dozen spellings of 是/否;
all of that is folded here so the row checks see clean values. The rules for the
values themselves are the editing forms' (:func:`app.services.org.clean_value`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

from app.models.org import ROLE_LABELS, UnitKind
from app.services.errors import UserError
from app.services.org import KINDS, clean_value
from app.services.org_import.sheets import NO, REF_KEY, TEXT_KEY_FIELDS, YES, Column, SheetSpec

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)
_INT_TEXT = re.compile(r"[+-]?\d+(\.0*)?")
_PAREN_NOTE = re.compile(r"\([^()]*\)$")
_TRUE_WORDS = frozenset({"是", "y", "yes", "1", "true", "t", "√", "✓", "✔", "对"})
_FALSE_WORDS = frozenset({"否", "n", "no", "0", "false", "f", "×", "✗", "✘", "错"})
# What people actually type in the 类型 column (compared after NFKC and lower-casing).
_KIND_WORDS: dict[str, str] = {
    "职能部门": UnitKind.OFFICE.value,
    "职能": UnitKind.OFFICE.value,
    "行政部门": UnitKind.OFFICE.value,
    "office": UnitKind.OFFICE.value,
    "系部": UnitKind.ACADEMIC.value,
    "系/部": UnitKind.ACADEMIC.value,
    "系": UnitKind.ACADEMIC.value,
    "部": UnitKind.ACADEMIC.value,
    "教学部门": UnitKind.ACADEMIC.value,
    "academic": UnitKind.ACADEMIC.value,
}


def column_letter(index: int) -> str:
    """Excel's letter for 0-based column ``index`` (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_text(value: Any) -> str:
    """A cell as trimmed text: 1001 and 1001.0 both give "1001"; dates give 2024-03-01."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).translate(_INVISIBLE).strip()


def _nfkc(text: str) -> str:
    """Full-width digits and letters (１００１, Ｙ) as their ordinary forms."""
    return unicodedata.normalize("NFKC", text).strip()


def header_key(text: str) -> str:
    """A header compared loosely: no spaces, no *, no trailing (note), full-width folded."""
    key = re.sub(r"\s+", "", _nfkc(cell_text(text))).replace("*", "")
    return _PAREN_NOTE.sub("", key)


def parse_bool(value: Any) -> bool | None:
    """是/否 and the usual spellings; ``None`` for an empty cell; ValueError otherwise."""
    if isinstance(value, bool):
        return value
    text = _nfkc(cell_text(value)).lower()
    if not text:
        return None
    if text in _TRUE_WORDS:
        return True
    if text in _FALSE_WORDS:
        return False
    raise ValueError(text)


def _strip_where(message: str, kind_label: str, field_label: str) -> str:
    """org's messages start with 专业的“专业名称”; the row problem already says where."""
    prefix = f"{kind_label}的“{field_label}”"
    if message.startswith(prefix):
        message = message[len(prefix) :]
    return message.rstrip("。")


def clean_cell(spec: SheetSpec, col: Column, raw: Any) -> Any:
    """One cell -> clean value, or UserError with a location-free Chinese message.

    References stay the natural key as typed (部门名称, 工号 …): they are resolved
    later, against the file and the database together.
    """
    # The role sheet has its own columns (a 姓名 check column among them), not the
    # fields of the "role" kind that the tables edit; it is cleaned as plain text.
    kind = None if spec.kind == "role" else KINDS.get(spec.kind)
    if col.type == "bool":
        try:
            return parse_bool(raw)
        except ValueError:
            raise UserError(f"应填写“是”或“否”，而不是“{cell_text(raw)}”") from None
    text = cell_text(raw)
    if col.type == "int":
        text = _nfkc(text).replace(",", "")
        if _INT_TEXT.fullmatch(text):
            text = text.split(".")[0]
    elif col.field in TEXT_KEY_FIELDS or col.type == "person":
        text = _nfkc(text)
    if col.type == "kind":
        if not text:
            raise UserError("不能为空")
        value = _KIND_WORDS.get(_nfkc(text).lower())
        if value is None:
            raise UserError(f"应为“职能部门”或“系部”，而不是“{text}”")
        text = value
    if col.type == "role":
        if not text:
            raise UserError("不能为空")
        labels = {v: k for k, v in ROLE_LABELS.items()}
        role = labels.get(text) or (text if text in ROLE_LABELS else None)
        if role is None:
            raise UserError(f"应为{'、'.join(ROLE_LABELS.values())}之一，而不是“{text}”")
        return role
    if col.is_ref:
        if col.required and not text:
            raise UserError(f"不能为空（请填写{REF_KEY[col.type]}）")
        return text
    if kind is None:  # the role sheet's own plain columns
        if col.max_len and len(text) > col.max_len:
            raise UserError(f"过长（{len(text)} 字，最多 {col.max_len} 字）")
        return text
    f = kind.field(col.field)
    try:
        return clean_value(kind=kind.key, field=f.name, value=text)
    except UserError as err:
        raise UserError(_strip_where(err.message, kind.label, f.label)) from None
