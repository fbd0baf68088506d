"""Reading a job description workbook back into a :class:`ManualDoc`, or refusing it precisely.

A post sheet is accepted only if the form's labels are where the writer put them;
anything else (a renamed header, “两人” as 定员, 对应部门职责 7 when the unit lists 5
duties, a 工作标准 with no 工作内容 before it) is refused with the sheet and cell, so
the secretary can fix it in Excel. Cell problems are collected over the whole file and
reported together; a broken layout stops that sheet at once, because nothing after it
can be located. Nothing is stored here: that is
:func:`app.services.jobs.transfer.import_manual_doc`'s job, in one transaction.

The paper form keeps all standards of a work item in one cell (“1.分析…； 2.调研…；”).
A secretary who pastes such a cell gets one standard per numbered line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.excel import jobs_layout as L
from app.excel.oppm_file import load_sheets
from app.excel.oppm_values import ID, cell_text, squeeze
from app.models.base import new_uuid
from app.services.errors import UserError
from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
    standards_from_text,
)

_PASTED_LIST = re.compile(r"^\s*1\s*[.、．].*?(?:[；;。\n]|\s)\s*2\s*[.、．]", re.S)
MAX_PROBLEMS_LISTED = 20


class _Layout(Exception):
    """The sheet's structure is not the form's: stop reading it."""


def read_manual(path: Path) -> ManualDoc:
    """The manual in the workbook at ``path``; :class:`UserError` naming each wrong cell."""
    path = Path(path)
    names = _sheet_names(path)
    rows = load_sheets(path, tuple(names))
    if L.DUTY_SHEET not in rows:
        raise UserError(
            f"“{path.name}”中没有工作表“{L.DUTY_SHEET}”。请使用本程序“导出 Excel”生成的文件，"
            "并且不要重命名或删除这个工作表。"
        )
    meta = _read_meta(rows.get(L.META_SHEET) or [])
    problems: list[str] = []
    doc = ManualDoc(unit_id=meta.get("unit_id", ""), unit_name=meta.get("unit_name", ""))
    unit_name = _read_duties(rows[L.DUTY_SHEET], doc, problems)
    if unit_name:
        doc.unit_name = unit_name
    seen: set[str] = {d.id for d in doc.duties}
    post_ids = meta.get("posts", {})
    for name in names:
        if name in L.RESERVED:
            continue
        reader = _PostReader(name, rows.get(name) or [], doc, seen, problems)
        try:
            post = reader.read(post_ids.get(name))
        except _Layout as exc:
            problems.append(str(exc))
            continue
        if post is not None:
            doc.posts.append(post)
    if problems:
        if len(problems) == 1:
            raise UserError(problems[0] + "。")
        listed = "\n".join(problems[:MAX_PROBLEMS_LISTED])
        more = f"\n……共 {len(problems)} 处。" if len(problems) > MAX_PROBLEMS_LISTED else ""
        raise UserError(f"“{path.name}”有 {len(problems)} 处问题，未导入：\n{listed}{more}")
    return doc


def _sheet_names(path: Path) -> list[str]:
    """The workbook's sheet names in order (after ``load_sheets``' checks of the file)."""
    load_sheets(path, ())  # refuses a missing, locked, encrypted, .xls or damaged file
    from openpyxl import load_workbook

    with path.open("rb") as fh:
        wb = load_workbook(fh, read_only=True)
        try:
            return list(wb.sheetnames)
        finally:
            wb.close()


def _read_meta(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    """Unit and post ids from the hidden sheet (empty if it was deleted: new records then)."""
    meta: dict[str, Any] = {"posts": {}}
    in_sheets = False
    for row in rows:
        cells = [cell_text(v).strip() for v in row]
        if not cells or not cells[0]:
            continue
        if in_sheets and len(cells) > 1 and ID.match(cells[1]):
            meta["posts"][cells[0]] = cells[1]
        elif cells[0] == "部门编号" and len(cells) > 1:
            meta["unit_id"] = cells[1]
            meta["unit_name"] = cells[2] if len(cells) > 2 else ""
        elif cells[0] == "工作表":
            in_sheets = True
    return meta


def _value(rows: list[tuple[Any, ...]], row: int, col: int) -> Any:
    if row > len(rows):
        return None
    cells = rows[row - 1]
    return cells[col - 1] if col <= len(cells) else None


def _where(sheet: str, row: int, col: int) -> str:
    return f"工作表“{sheet}”单元格 {L.cell_ref(row, col)}"


def _read_duties(rows: list[tuple[Any, ...]], doc: ManualDoc, problems: list[str]) -> str:
    """The numbered duties; returns the unit's name as written on the sheet."""
    for col, label in enumerate(L.DUTY_HEADERS[:2], start=1):
        found = cell_text(_value(rows, L.DUTY_ROW_HEADER, col)).strip()
        if squeeze(found) != squeeze(label):
            now = f"而不是“{found}”" if found else "现在是空的"
            problems.append(f"{_where(L.DUTY_SHEET, L.DUTY_ROW_HEADER, col)}：应为“{label}”，{now}")
            return ""
    row = L.DUTY_FIRST
    expected = 1
    ids: set[str] = set()
    while row <= len(rows):
        number = _value(rows, row, 1)
        text = cell_text(_value(rows, row, 2)).strip()
        if number in (None, "") and not text:
            row += 1
            continue
        got = cell_text(number).strip()
        if got != str(expected):
            problems.append(
                f"{_where(L.DUTY_SHEET, row, 1)}：序号应为 {expected}（按顺序连续编号），"
                f"而不是“{got}”"
            )
        if not text:
            problems.append(f"{_where(L.DUTY_SHEET, row, 2)}：部门职责为空")
        found_id = cell_text(_value(rows, row, L.DUTY_COL_ID)).strip()
        duty_id = found_id if ID.match(found_id) and found_id not in ids else new_uuid()
        ids.add(duty_id)
        doc.duties.append(DutyDoc(text=text, id=duty_id))
        expected += 1
        row += 1
    return cell_text(_value(rows, L.DUTY_ROW_UNIT, 2)).strip()


class _PostReader:
    """Walks one post sheet top to bottom."""

    def __init__(
        self,
        sheet: str,
        rows: list[tuple[Any, ...]],
        doc: ManualDoc,
        seen: set[str],
        problems: list[str],
    ) -> None:
        self.sheet, self.rows, self.doc, self.seen, self.problems = sheet, rows, doc, seen, problems

    def value(self, row: int, col: int) -> Any:
        return _value(self.rows, row, col)

    def text(self, row: int, col: int) -> str:
        return cell_text(self.value(row, col)).strip()

    def problem(self, row: int, col: int, message: str) -> None:
        self.problems.append(f"{_where(self.sheet, row, col)}：{message}")

    def expect(self, row: int, col: int, label: str) -> None:
        found = self.text(row, col)
        if squeeze(found) != squeeze(label):
            now = f"而不是“{found}”" if found else "现在是空的"
            raise _Layout(
                f"{_where(self.sheet, row, col)}：应为“{label}”，{now}。"
                "表格的栏目被改动了，请使用本程序导出的格式（可以修改内容，不要改表头）"
            )

    def record_id(self, row: int, col: int) -> str:
        """The id in a hidden cell, or a new one (also for a copied row)."""
        found = self.text(row, col)
        if ID.match(found) and found not in self.seen:
            self.seen.add(found)
            return found
        fresh = new_uuid()
        self.seen.add(fresh)
        return fresh

    def read(self, meta_id: str | None) -> PostDoc | None:
        """The post on the sheet (None for an entirely empty sheet)."""
        if not any(any(v not in (None, "") for v in r) for r in self.rows):
            return None
        for row, col, label in L.BASIC_LABELS:
            self.expect(row, col, label)
        for col, label in enumerate(L.HEADERS, start=1):
            self.expect(L.ROW_HEADER, col, label)
        post_id = self.record_id(L.ROW_NAME, 6)
        if meta_id and post_id != meta_id and meta_id not in self.seen:
            post_id = meta_id  # the hidden column was cleared; the hidden sheet still knows
            self.seen.add(meta_id)
        post = PostDoc(
            id=post_id,
            title=self.text(L.ROW_NAME, 2),
            headcount=self._headcount(),
            coefficient=self._coefficient(),
            supervisor=self.text(L.ROW_SUPERVISOR, 2),
            subordinates=self.text(L.ROW_SUPERVISOR, 4),
        )
        if not post.title:
            self.problem(L.ROW_NAME, 2, "岗位名称为空")
        end = self._duties(post)
        self._qualifications(post, end)
        return post

    def _headcount(self) -> int | None:
        value = self.value(L.ROW_HEADCOUNT, 2)
        if value in (None, ""):
            return None
        if isinstance(value, bool):
            value = str(value)
        if isinstance(value, int | float) and float(value).is_integer() and value >= 0:
            return int(value)
        match = L.HEADCOUNT.match(cell_text(value))
        if match:
            return int(match.group(1))
        self.problem(L.ROW_HEADCOUNT, 2, f"定员应为人数（如 2），而不是“{cell_text(value)}”")
        return None

    def _coefficient(self) -> str:
        from app.services.jobs.store import parse_coefficient

        value = self.value(L.ROW_HEADCOUNT, 4)
        text = repr(value) if isinstance(value, float) else cell_text(value).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        try:
            parse_coefficient(text)
        except ValueError:
            self.problem(L.ROW_HEADCOUNT, 4, f"岗位系数应为正数（如 1.2），而不是“{text}”")
        return text

    def _duties(self, post: PostDoc) -> int:
        """Rows from 8 to the 任职资格 caption; returns the caption's row."""
        row = L.ROW_FIRST_WORK
        category: CategoryDoc | None = None
        item: WorkItemDoc | None = None
        note = squeeze(L.QUALIFICATIONS_NOTE)[:6]
        while True:
            if row > len(self.rows):
                raise _Layout(
                    f"工作表“{self.sheet}”：找不到“任职资格要求”一栏。"
                    "表格的栏目被改动了，请使用本程序导出的格式"
                )
            first = self.text(row, L.COL_CATEGORY)
            if squeeze(first).startswith(note):
                return row
            work = self.text(row, L.COL_WORK)
            standard = self.text(row, L.COL_STANDARD)
            if first:
                category = CategoryDoc(
                    name=L.CATEGORY_PREFIX.sub("", first, count=1),
                    id=self.record_id(row, L.COL_CATEGORY_ID),
                )
                post.categories.append(category)
                item = None
            if work:
                if category is None:
                    self.problem(row, L.COL_CATEGORY, "工作内容前面缺少职责类型")
                    category = CategoryDoc(name="")
                    post.categories.append(category)
                item = WorkItemDoc(
                    text=L.NUMBER_PREFIX.sub("", work, count=1),
                    duty_id=self._duty(row),
                    id=self.record_id(row, L.COL_ITEM_ID),
                )
                category.items.append(item)
            elif self.text(row, L.COL_DUTY) and item is None:
                self.problem(row, L.COL_DUTY, "填写了对应部门职责，但这一行没有工作内容")
            if standard:
                if item is None:
                    self.problem(row, L.COL_STANDARD, "工作标准前面缺少工作内容（B 列）")
                else:
                    self._standards(row, item, standard)
            row += 1

    def _duty(self, row: int) -> str | None:
        value = self.value(row, L.COL_DUTY)
        text = cell_text(value).strip().removeprefix("职责").strip()
        if not text:
            return None
        if text.isdigit() and 1 <= int(text) <= len(self.doc.duties):
            return self.doc.duties[int(text) - 1].id
        count = len(self.doc.duties)
        allowed = f"1—{count} 之间的序号（见工作表“{L.DUTY_SHEET}”）" if count else "空"
        self.problem(row, L.COL_DUTY, f"对应部门职责应为 {allowed}，而不是“{text}”")
        return None

    def _standards(self, row: int, item: WorkItemDoc, text: str) -> None:
        if _PASTED_LIST.match(text):  # a paper-form cell pasted whole: one line each
            for line in standards_from_text(text):
                item.standards.append(StandardDoc(text=line))
            return
        item.standards.append(StandardDoc(text=text, id=self.record_id(row, L.COL_STANDARD_ID)))

    def _qualifications(self, post: PostDoc, caption: int) -> None:
        for offset, (key, label) in enumerate(L.QUALIFICATION_ROWS, start=1):
            self.expect(caption + offset, 1, label)
            setattr(post, key, self.text(caption + offset, 2))
