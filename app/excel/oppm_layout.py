"""Where everything sits on the one-page plan sheet (表2/表3), shared by writer and reader.

The writer and the reader must agree cell for cell, so every label, symbol and
column position is defined once, here. The layout follows the paper form: the
header rows, then the matrix of 目标 columns, 序号, 主要任务, the 12 months,
负责人/优先级 and 目标日期, then the 目标 rows, the 成本 block, 概述与预测 and a
legend. The number of 目标 columns grows with the plan's objectives (at least
four, as on the paper form), so the reader finds it from the sheet itself.

Ids of objectives, tasks and cost lines live in a hidden column right of the print
area: they move with their row when someone inserts, deletes or sorts rows in
Excel, so a re-import updates the same records instead of creating new ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.plans import TASK_STATE_LABELS, TaskState

SHEET = "一页纸计划"
META_SHEET = "_计划信息"
FORMAT_NAME = "诊改工作台一页纸计划"
FORMAT_VERSION = 1

MIN_OBJECTIVE_COLUMNS = 4  # the paper form has four 目标 columns
MIN_TASK_ROWS = 6  # … and six task rows (01–06)
MIN_COST_ROWS = 3

# -- labels the reader checks: a renamed one means the sheet is not (any more) ours --
LEADER = "项目领导"
WORK_NAME = "工作名称"
DATE = "日期"
OBJECTIVE = "项目目标"
MATRIX = "目标"
TASKS = "主要任务"
SCHEDULE = "进度计划"
OWNERS = "负责人/优先级"
TARGET_DATE = "目标日期"
NUMBER = "序号"
TASK_NAME = "任务名称"
OWNERS_HINT = "姓名(工号)优先级"
DATE_HINT = "年-月-日"
COSTS = "成本"
COST_NAME = "成本项目（每月支出，万元）"
BUDGET = "预算（万元）"
SPENT = "已支出（万元）"
NOTES = "概述与预测"
LEGEND = "图例"
OBJECTIVE_ROW = "目标 {n}"  # the label of the n-th objective row

# -- marks -------------------------------------------------------------------------
MATRIX_MARK = "●"
PLANNED = "○"
UNPLANNED = "*"  # after a state symbol: recorded in a month that was not planned
NOTE_MONTHS = "已填概述的月份"  # hidden sheet: months with a stored note (even an emptied one)

STATE_SYMBOLS: dict[str, str] = {
    TaskState.ON_TRACK: "●",
    TaskState.AT_RISK: "▲",
    TaskState.LATE: "■",
    TaskState.DONE: "★",
    TaskState.NOT_STARTED: "□",
}
# Green / yellow / red as the issue asks; 已完成 a deeper green, 未开始 grey.
STATE_FILLS: dict[str, str] = {
    TaskState.ON_TRACK: "C6EFCE",
    TaskState.AT_RISK: "FFEB9C",
    TaskState.LATE: "FFC7CE",
    TaskState.DONE: "A9D08E",
    TaskState.NOT_STARTED: "EDEDED",
}
STATE_LABELS = TASK_STATE_LABELS

# -- rows --------------------------------------------------------------------------
ROW_TITLE = 1
ROW_HEADER = 2  # 项目领导 … 工作名称 … 日期
ROW_OBJECTIVE = 3  # 项目目标
ROW_TABLE = 4  # 目标 | 主要任务 | 进度计划 | 负责人/优先级 | 目标日期
ROW_SUB = 5  # 1 2 3 4 | 序号 | 任务名称 | 1月 … 12月
ROW_FIRST_TASK = 6


@dataclass(frozen=True)
class Columns:
    """1-based column numbers for a sheet with ``matrix`` 目标 columns."""

    matrix: int

    @property
    def number(self) -> int:
        """序号 (01, 02 …)."""
        return self.matrix + 1

    @property
    def name(self) -> int:
        """主要任务's name; also 成本项目 and the start of long texts."""
        return self.matrix + 2

    def month(self, month: int) -> int:
        """The column of month 1–12."""
        return self.matrix + 2 + month

    @property
    def owners(self) -> int:
        """负责人/优先级."""
        return self.matrix + 15

    @property
    def date(self) -> int:
        """目标日期."""
        return self.matrix + 16

    @property
    def last(self) -> int:
        """The right edge of the print area."""
        return self.date

    @property
    def ids(self) -> int:
        """The hidden column with record ids (outside the print area)."""
        return self.date + 1


def column_letter(col: int) -> str:
    """1 → "A", 27 → "AA" (without importing openpyxl)."""
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """The A1-style name of a cell, as Excel shows it."""
    return f"{column_letter(col)}{row}"


def month_label(month: int) -> str:
    """How a month is headed on the sheet."""
    return f"{month}月"
