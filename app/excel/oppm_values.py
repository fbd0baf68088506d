"""What a cell on the plan sheet means: text, 万元, dates, month marks, owners.

Kept apart from the sheet walk in :mod:`app.excel.oppm_read` so each rule about a
single value (what people type in Excel: numbers as text, 2026/6/30, “按计划”,
“张三(20050089)A”) is one small function that raises ``ValueError`` when the
value makes no sense; the reader turns that into a message naming the cell.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.excel import oppm_layout as L
from app.services.plans.doc import wan_to_yuan

_DATE = re.compile(r"^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_PRIORITY = re.compile(r"^(?P<rest>.*?)\s*(?:\(\s*(?P<p1>[A-Za-z0-9])\s*\)|(?P<p2>[A-Za-z0-9]))$")
_STAFF = re.compile(r"^(?P<name>[^()]*?)\s*\(\s*(?P<no>[^()]*?)\s*\)$")
_PLANNED = {L.PLANNED, "〇", "o", "O", "计划"}
_UNPLANNED = "*＊※"
_STATE_WORDS = {
    **{symbol: state for state, symbol in L.STATE_SYMBOLS.items()},
    **{label: state for state, label in L.STATE_LABELS.items()},
    **{str(state): str(state) for state in L.STATE_SYMBOLS},
}
MATRIX_MARKS = {"●", "○", "◎", "√", "✓", "✔", "1", "是", "Y", "y", "V", "v"}
SEPARATORS = re.compile(r"[、,，;；\n]+")
ID = re.compile(r"^[0-9A-Za-z-]{8,36}$")


def cell_text(value: Any) -> str:
    """A cell as text: numbers typed into text cells come back as Excel showed them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value)


def squeeze(value: Any) -> str:
    """Text without any spaces, for comparing labels."""
    return re.sub(r"\s+", "", cell_text(value))


def whole_number(value: Any) -> int | None:
    """A whole number typed as a number or as text; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = cell_text(value).strip()
    return int(text) if text.isdigit() else None


def yuan_of(value: Any) -> int:
    """万元 in a cell (number or text such as "1.5" or "1.5万") as whole 元; ValueError if not."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value * 10000
    if isinstance(value, float):
        # Excel may store 1.2345 as 1.2344999999999999: round to the 元, within a hair.
        exact = Decimal(repr(value)) * 10000
        whole = exact.to_integral_value()
        if abs(exact - whole) > Decimal("0.001"):
            raise ValueError(value)
        return int(whole)
    return wan_to_yuan(cell_text(value))


def date_of(value: Any, year: int) -> date | None:
    """A date cell, or text such as 2026-6-30, 2026/6/30, 2026年6月30日, 6月30日 (plan year)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _DATE.match(value.strip())
        if match:
            y, m, d = match.groups()
            return date(int(y) if y else year, int(m), int(d))  # ValueError for 2月30日
    raise ValueError(value)


def month_mark(value: Any) -> tuple[bool, str | None]:
    """(planned, state) of a month cell; ValueError for a mark nobody defined."""
    text = re.sub(r"\s+", "", cell_text(value))
    if not text:
        return False, None
    unplanned = text[-1] in _UNPLANNED
    if unplanned:
        text = text[:-1]
    if text in _PLANNED and not unplanned:
        return True, None
    if len(text) > 1 and text[0] in _PLANNED:
        text = text[1:]  # "○●": planned and on track, written out in full
    state = _STATE_WORDS.get(text)
    if state is None:
        raise ValueError(value)
    return not unplanned, state


def parse_owner(token: str) -> tuple[str, str, str]:
    """“张三(20050089)A” or “张三(A)” → (name, 工号, priority); ValueError with the reason."""
    text = unicodedata.normalize("NFKC", token).strip()  # （Ａ） → (A)
    match = _PRIORITY.match(text)
    if not match:
        raise ValueError(f"负责人“{token.strip()}”缺少优先级（A、B 或 C）")
    priority = (match["p1"] or match["p2"]).upper()
    if priority not in ("A", "B", "C"):
        raise ValueError(f"负责人“{token.strip()}”的优先级应为 A、B 或 C，而不是“{priority}”")
    rest = match["rest"]
    staff = _STAFF.match(rest)
    name, staff_no = (staff["name"], staff["no"]) if staff else (rest, "")
    if "(" in name or ")" in name or not (name or staff_no):
        raise ValueError(f"负责人“{token.strip()}”应写成“姓名(工号)优先级”，如“张三(20050089)A”")
    return name.strip(), staff_no.strip(), priority
