"""Where everything is on the job description workbook (表4 layout), for writer and reader.

One sheet per post, laid out like the paper form, after a first sheet listing the
unit's duties (部门职责), which the posts' 对应部门职责 column refers to by number. A
hidden sheet and three hidden columns carry record ids, so reading an exported file
gives back the very same records (and the import updates instead of duplicating).

A post sheet, columns A–E visible, F–H hidden::

    1  教学管理岗位说明书                                  (title, not read back)
    2  基本信息
    3  岗位名称 | title     | 所属部门 | unit name        F3: post id
    4  定员     | 1 人      | 岗位系数 | coefficient
    5  直接上级 | …         | 直接下级 | …
    6  工作职责
    7  职责类型 | 工作内容  | 对应部门职责 | 序号 | 工作标准
    8… 一、…    | 1.…       | 3            | 1    | …    F: category, G: item, H: standard id
    n  任职资格要求：(…)
    n+1…n+4  学历/职称 | … (B:E merged)
"""

from __future__ import annotations

import re

FORMAT_NAME = "zhengai-jobs"
FORMAT_VERSION = 1

DUTY_SHEET = "部门职责"
META_SHEET = "_说明书信息"
RESERVED = (DUTY_SHEET, META_SHEET)

# Post sheet rows and columns (1-based).
ROW_TITLE = 1
ROW_BASIC = 2
ROW_NAME = 3
ROW_HEADCOUNT = 4
ROW_SUPERVISOR = 5
ROW_DUTIES = 6
ROW_HEADER = 7
ROW_FIRST_WORK = 8
COL_CATEGORY, COL_WORK, COL_DUTY, COL_NUMBER, COL_STANDARD = 1, 2, 3, 4, 5
COL_CATEGORY_ID, COL_ITEM_ID, COL_STANDARD_ID = 6, 7, 8
LAST_VISIBLE = COL_STANDARD
WIDTHS = {"A": 16, "B": 34, "C": 10, "D": 6, "E": 56, "F": 4, "G": 4, "H": 4}

# Labels the reader expects where the writer put them: (row, col, label).
BASIC_LABELS: tuple[tuple[int, int, str], ...] = (
    (ROW_BASIC, 1, "基本信息"),
    (ROW_NAME, 1, "岗位名称"),
    (ROW_NAME, 3, "所属部门"),
    (ROW_HEADCOUNT, 1, "定员"),
    (ROW_HEADCOUNT, 3, "岗位系数"),
    (ROW_SUPERVISOR, 1, "直接上级"),
    (ROW_SUPERVISOR, 3, "直接下级"),
    (ROW_DUTIES, 1, "工作职责"),
)
HEADERS = ("职责类型", "工作内容", "对应部门职责", "序号", "工作标准")
QUALIFICATIONS_NOTE = (
    "任职资格要求：(请选择或列出本职位最低要求的教育背景、专业、经验背景和资格证书等)"
)
QUALIFICATION_ROWS: tuple[tuple[str, str], ...] = (
    ("education", "学历/职称"),
    ("knowledge", "专业知识和技能"),
    ("experience", "工作经验"),
    ("certificates", "资格证书"),
)

# Duty sheet.
DUTY_ROW_UNIT = 2
DUTY_ROW_HEADER = 3
DUTY_FIRST = 4
DUTY_HEADERS = ("序号", "部门职责", "承担岗位（仅供查看，导入时不读取）")
DUTY_COL_ID = 4  # hidden

CATEGORY_PREFIX = re.compile(r"^\s*[一二三四五六七八九十百零〇]+\s*[、.．]\s*")
NUMBER_PREFIX = re.compile(r"^\s*\d{1,3}\s*[.、．]\s*")
HEADCOUNT = re.compile(r"^\s*(\d{1,4})\s*人?\s*$")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def cell_ref(row: int, col: int) -> str:
    """A1-style name of a cell, as Excel shows it (columns A–Z are enough here)."""
    return f"{chr(ord('A') + col - 1)}{row}"


def sheet_name(title: str, taken: set[str], number: int) -> str:
    """A legal, unique sheet name for a post (Excel: ≤ 31 characters, no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub("_", title.strip()).strip("'") or f"岗位{number}"
    base = base[:28]
    name, n = base, 2
    while name in taken or name in RESERVED:
        name = f"{base[:26]}({n})"
        n += 1
    taken.add(name)
    return name
