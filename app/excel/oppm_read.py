"""Reading a one-page plan sheet back into a :class:`PlanDoc`, or refusing it precisely.

A sheet is accepted only if it still has the form's labels where the writer put
them; anything else (a renamed header, an unknown month mark, "三万" as a budget, a
date that is not a date, an unknown priority, a ● under a 目标 that does not exist)
is refused with the sheet and cell, so the secretary can fix it in Excel. Cell
problems are collected and reported together; a broken layout stops at once,
because nothing after it can be located.

Owners are matched to people here without a database: the hidden sheet lists the
people the file was exported with (工号, name, id). An owner typed in Excel who is
not on that list gets a reference (see :func:`app.services.plans.transfer.owner_ref`)
that the import resolves by 工号 (or by a unique name) in the database.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from app.excel import oppm_layout as L
from app.excel.oppm_file import load_sheets
from app.excel.oppm_meta import PlanMeta, plan_identity, read_meta
from app.excel.oppm_values import (
    ID,
    MATRIX_MARKS,
    SEPARATORS,
    cell_text,
    date_of,
    month_mark,
    parse_owner,
    squeeze,
    whole_number,
    yuan_of,
)
from app.models.base import new_uuid
from app.services.errors import UserError
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc
from app.services.plans.transfer import owner_ref

_OBJECTIVE_ROW = re.compile(r"^目标\s*(\d+)$")
_MONTH = re.compile(r"^(\d{1,2})\s*月?$")


class _Layout(Exception):
    """The sheet's structure is not the form's: stop reading."""


# -- the file --------------------------------------------------------------------------
def read_plan_file(path: Path) -> PlanDoc:
    """Open ``path`` and read the plan in it; :class:`UserError` if it is not one."""
    path = Path(path)
    sheets = load_sheets(path, (L.SHEET, L.META_SHEET))
    if L.SHEET not in sheets:
        raise UserError(
            f"“{path.name}”中没有工作表“{L.SHEET}”。请使用本程序“导出 Excel”生成的文件，"
            "并且不要重命名工作表。"
        )
    if L.META_SHEET not in sheets:
        raise UserError(
            f"“{path.name}”中缺少隐藏的工作表“{L.META_SHEET}”（计划编号等）。"
            "请使用本程序“导出 Excel”生成的文件，在其中修改后再导入。"
        )
    meta = read_meta(sheets[L.META_SHEET])
    return _SheetReader(sheets[L.SHEET], meta, source=path.name).read()


# -- the form ------------------------------------------------------------------------------
class _SheetReader:
    """Walks the form top to bottom, locating each block by its label in column A."""

    def __init__(self, rows: list[tuple[Any, ...]], meta: PlanMeta, *, source: str) -> None:
        self.rows, self.meta, self.source = rows, meta, source
        self.problems: list[str] = []
        self.cols = L.Columns(L.MIN_OBJECTIVE_COLUMNS)
        self.year = 0

    def value(self, row: int, col: int) -> Any:
        """The cell at (row, col), 1-based; None beyond what the sheet holds."""
        if row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[col - 1] if col <= len(cells) else None

    def where(self, row: int, col: int) -> str:
        """How messages name a cell."""
        return f"工作表“{L.SHEET}”单元格 {L.cell_ref(row, col)}"

    def problem(self, row: int, col: int, message: str) -> None:
        """A wrong cell; reading goes on so that all of them are listed at once."""
        self.problems.append(f"{self.where(row, col)}：{message}")

    def expect(self, row: int, col: int, label: str) -> None:
        """A label of the form must be where the writer put it."""
        found = cell_text(self.value(row, col)).strip()
        if squeeze(found) != squeeze(label):
            now = f"而不是“{found}”" if found else "现在是空的"
            raise _Layout(
                f"{self.where(row, col)}：应为“{label}”，{now}。"
                "表格的栏目被改动了，请使用本程序导出的格式（可以修改内容，不要改表头）"
            )

    def read(self) -> PlanDoc:
        """The plan on the sheet; :class:`UserError` listing every wrong cell."""
        identity = plan_identity(self.meta)
        self.year = identity["year"]
        try:
            self._find_columns()
            self._check_labels()
            header = self._header()
            tasks_end = self._find_objectives()
            objectives, numbers, cost_row = self._objectives(tasks_end)
            tasks = self._tasks(L.ROW_FIRST_TASK, tasks_end, numbers)
            costs, notes_row = self._costs(cost_row)
            notes = self._notes(notes_row)
        except _Layout as exc:
            raise UserError(str(exc) + "。") from None
        if self.problems:
            if len(self.problems) == 1:
                raise UserError(self.problems[0] + "。")
            listed = "\n".join(self.problems[:20])
            more = f"\n……共 {len(self.problems)} 处。" if len(self.problems) > 20 else ""
            raise UserError(
                f"“{self.source}”有 {len(self.problems)} 处问题，未导入：\n{listed}{more}"
            )
        return PlanDoc(
            **identity,
            **header,
            objectives=objectives,
            tasks=tasks,
            costs=costs,
            notes=notes,
        )

    # -- layout ------------------------------------------------------------------
    def _find_columns(self) -> None:
        """The 目标 columns are numbered 1, 2 … up to 序号: that tells where everything is."""
        col = 1
        while whole_number(self.value(L.ROW_SUB, col)) is not None:
            col += 1
        if col == 1:
            self.expect(L.ROW_SUB, 1, "1")
        self.cols = L.Columns(col - 1)
        self.expect(L.ROW_SUB, self.cols.number, L.NUMBER)

    def _check_labels(self) -> None:
        c = self.cols
        labels = [
            (L.ROW_HEADER, 1, L.LEADER),
            (L.ROW_HEADER, c.month(1), L.WORK_NAME),
            (L.ROW_HEADER, c.owners, L.DATE),
            (L.ROW_OBJECTIVE, 1, L.OBJECTIVE),
            (L.ROW_TABLE, 1, L.MATRIX),
            (L.ROW_TABLE, c.number, L.TASKS),
            (L.ROW_TABLE, c.month(1), L.SCHEDULE),
            (L.ROW_TABLE, c.owners, L.OWNERS),
            (L.ROW_TABLE, c.date, L.TARGET_DATE),
            (L.ROW_SUB, c.name, L.TASK_NAME),
            *((L.ROW_SUB, c.month(m), L.month_label(m)) for m in range(1, 13)),
        ]
        for row, col, label in labels:
            self.expect(row, col, label)

    def _find_objectives(self) -> int:
        """The first 目标 row, which ends the task rows."""
        for row in range(L.ROW_FIRST_TASK, len(self.rows) + 1):
            if _OBJECTIVE_ROW.match(squeeze(self.value(row, 1))):
                return row
        raise _Layout(
            f"工作表“{L.SHEET}”中找不到目标栏（A 列的“目标 1”“目标 2”……），"
            "表格的结构被改动了，请使用本程序导出的格式"
        )

    # -- header ----------------------------------------------------------------------
    def _header(self) -> dict[str, Any]:
        c, row = self.cols, L.ROW_HEADER
        leader = cell_text(self.value(row, c.number))
        work_name = cell_text(self.value(row, c.month(3)))
        if len(leader.strip()) > 50:
            self.problem(row, c.number, "项目领导最多 50 字")
        if len(work_name.strip()) > 100:
            self.problem(row, c.month(3), "工作名称最多 100 字")
        return {
            "leader": leader,
            "work_name": work_name,
            "plan_date": self._date(row, c.date, "日期栏"),
            "objective": cell_text(self.value(L.ROW_OBJECTIVE, c.number)),
        }

    def _date(self, row: int, col: int, what: str) -> date | None:
        value = self.value(row, col)
        try:
            return date_of(value, self.year)
        except ValueError:
            self.problem(
                row, col, f"{what}应为日期（如 {self.year}-06-30），而不是“{cell_text(value)}”"
            )
            return None

    def _record_id(self, row: int, seen: set[str]) -> str:
        """The row's id from the hidden column, or a new one (also for a copied row)."""
        found = cell_text(self.value(row, self.cols.ids)).strip()
        if ID.match(found) and found not in seen:
            seen.add(found)
            return found
        return new_uuid()

    def _has_id(self, row: int) -> bool:
        return bool(ID.match(cell_text(self.value(row, self.cols.ids)).strip()))

    # -- objectives ---------------------------------------------------------------------
    def _objectives(self, first: int) -> tuple[list[ObjectiveDoc], dict[int, str | None], int]:
        """The 目标 rows: objectives, {number: id or None for an empty slot}, next row."""
        c, row = self.cols, first
        objectives: list[ObjectiveDoc] = []
        numbers: dict[int, str | None] = {}
        seen: set[str] = set()
        while match := _OBJECTIVE_ROW.match(squeeze(self.value(row, 1))):
            n = int(match[1])
            text = cell_text(self.value(row, c.number))
            if n in numbers:
                self.problem(row, 1, f"目标编号 {n} 重复")
            elif text.strip() or self._has_id(row):
                objective = ObjectiveDoc(text=text, id=self._record_id(row, seen))
                objectives.append(objective)
                numbers[n] = objective.id
            else:
                numbers[n] = None  # an empty slot for one more objective
            row += 1
        return objectives, numbers, row

    # -- tasks -------------------------------------------------------------------------
    def _tasks(self, first: int, end: int, numbers: dict[int, str | None]) -> list[TaskDoc]:
        c = self.cols
        columns = {col: whole_number(self.value(L.ROW_SUB, col)) for col in range(1, c.matrix + 1)}
        seen: set[str] = set()
        tasks = []
        for row in range(first, end):
            visible = [
                *(self.value(row, col) for col in range(1, c.matrix + 1)),
                self.value(row, c.name),
                *(self.value(row, c.month(m)) for m in range(1, 13)),
                self.value(row, c.owners),
                self.value(row, c.date),
            ]
            if not self._has_id(row) and not any(cell_text(v).strip() for v in visible):
                continue  # an empty task row of the form
            task = TaskDoc(name=cell_text(self.value(row, c.name)), id=self._record_id(row, seen))
            task.objective_ids = self._served(row, columns, numbers)
            self._months(row, task)
            task.owners = self._owners(row)
            task.target_date = self._date(row, c.date, "目标日期")
            tasks.append(task)
        return tasks

    def _served(
        self, row: int, columns: dict[int, int | None], numbers: dict[int, str | None]
    ) -> list[str]:
        served = []
        for col, number in columns.items():
            mark = squeeze(self.value(row, col))
            if not mark:
                continue
            if mark not in MATRIX_MARKS:
                self.problem(row, col, f"目标栏应填 {L.MATRIX_MARK} 或留空，而不是“{mark}”")
            elif number is None or numbers.get(number) is None:
                self.problem(row, col, f"目标 {number} 不存在（下方目标栏中没有填写目标 {number}）")
            else:
                served.append(numbers[number])
        return served

    def _months(self, row: int, task: TaskDoc) -> None:
        for m in range(1, 13):
            value = self.value(row, self.cols.month(m))
            try:
                planned, state = month_mark(value)
            except ValueError:
                self.problem(row, self.cols.month(m), _bad_mark(value))
                continue
            if planned:
                task.planned_months.append(m)
            if state is not None:
                task.month_states[m] = state

    def _owners(self, row: int) -> list[Owner]:
        by_staff = {no: pid for no, _, pid in self.meta.people if no}
        by_name: dict[str, list[str]] = {}
        for _, name, pid in self.meta.people:
            by_name.setdefault(name, []).append(pid)
        owners = []
        for token in SEPARATORS.split(cell_text(self.value(row, self.cols.owners))):
            if not token.strip():
                continue
            try:
                name, staff_no, priority = parse_owner(token)
            except ValueError as exc:
                self.problem(row, self.cols.owners, str(exc))
                continue
            if staff_no:
                person_id = by_staff.get(staff_no) or owner_ref(staff_no=staff_no)
            elif len(set(by_name.get(name, []))) == 1:
                person_id = by_name[name][0]
            else:
                person_id = owner_ref(name=name)
            owners.append(Owner(person_id, priority, name))
        return owners

    # -- costs and notes -----------------------------------------------------------------
    def _costs(self, first: int) -> tuple[list[CostDoc], int]:
        c = self.cols
        self.expect(first, 1, L.COSTS)
        self.expect(first, c.number, L.COST_NAME)
        for m in range(1, 13):
            self.expect(first, c.month(m), L.month_label(m))
        self.expect(first, c.owners, L.BUDGET)
        costs, seen, row = [], set(), first + 1
        while squeeze(self.value(row, 1)) != L.NOTES:
            if row > len(self.rows):
                raise _Layout(f"工作表“{L.SHEET}”中找不到“{L.NOTES}”栏（A 列）")
            cells = [self.value(row, c.number), self.value(row, c.owners)]
            cells += [self.value(row, c.month(m)) for m in range(1, 13)]
            if self._has_id(row) or any(cell_text(v).strip() for v in cells):
                cost = CostDoc(category=cell_text(cells[0]), id=self._record_id(row, seen))
                if len(cost.category.strip()) > 60:
                    self.problem(row, c.number, "成本项目名称最多 60 字")
                cost.budget_yuan = self._amount(row, c.owners, "预算", blank=0) or 0
                for m in range(1, 13):
                    spent = self._amount(row, c.month(m), f"{m}月支出", blank=None)
                    if spent is not None:
                        cost.spent_yuan[m] = spent
                costs.append(cost)
            row += 1
        return costs, row

    def _amount(self, row: int, col: int, what: str, *, blank: int | None) -> int | None:
        value = self.value(row, col)
        if not cell_text(value).strip():
            return blank
        try:
            yuan = yuan_of(value)
        except ValueError:
            try:
                float(cell_text(value).replace("万元", "").replace("万", "").replace(",", ""))
            except ValueError:
                self.problem(row, col, f"{what}应为数字（万元），而不是“{cell_text(value)}”")
            else:
                self.problem(row, col, f"{what}最多精确到元（万元的小数点后 4 位）")
            return blank
        if yuan < 0:
            self.problem(row, col, f"{what}不能为负数")
            return blank
        return yuan

    def _notes(self, first: int) -> dict[int, str]:
        """概述与预测: months 1–6 on the left, 7–12 on the right of each row."""
        c = self.cols
        stored = {whole_number(m) for m in SEPARATORS.split(self._note_months()) if m.strip()}
        halves = ((c.number, c.name), (c.month(7), c.month(8)))
        notes: dict[int, str] = {}
        seen: set[int] = set()
        row = first
        while row <= len(self.rows) and squeeze(self.value(row, 1)) != L.LEGEND:
            for label_col, text_col in halves:
                month = self._note_month(row, label_col, text_col, seen)
                text = cell_text(self.value(row, text_col))
                if month is not None and (text.strip() or month in stored):
                    notes[month] = text
            row += 1
        return dict(sorted(notes.items()))

    def _note_months(self) -> str:
        entry = self.meta.values.get(squeeze(L.NOTE_MONTHS))
        return cell_text(entry[1]) if entry else ""

    def _note_month(self, row: int, label_col: int, text_col: int, seen: set[int]) -> int | None:
        """The month a 概述与预测 cell is for (each month once), or None."""
        label = self.value(row, label_col)
        match = _MONTH.match(squeeze(label))
        if match and 1 <= int(match[1]) <= 12:
            if int(match[1]) in seen:
                self.problem(row, label_col, f"{match[1]}月的概述与预测重复")
                return None
            seen.add(int(match[1]))
            return int(match[1])
        if cell_text(label).strip() or cell_text(self.value(row, text_col)).strip():
            self.problem(row, label_col, f"月份应为 1月—12月，而不是“{cell_text(label)}”")
        return None


def _bad_mark(value: Any) -> str:
    """What a month cell may hold, for the message about one that holds something else."""
    symbols = "、".join(f"{s}（{L.STATE_LABELS[k]}）" for k, s in L.STATE_SYMBOLS.items())
    return (
        f"进度标记“{cell_text(value)}”无法识别，应为 {L.PLANNED}（计划）、{symbols}，"
        f"或直接写 按计划/有风险/滞后/已完成/未开始；计划外的月份在符号后加 {L.UNPLANNED}"
    )
