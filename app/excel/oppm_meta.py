"""The hidden sheet “_计划信息”: which plan a workbook holds, and who its owners are.

The visible form has no room (and should have no temptation) for ids, so the
writer puts the plan's id, level, subject, unit, year and revision here, plus the
people named as owners (工号, name, id); the reader needs them to give back the
very same plan, and the import to update it instead of creating a new one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.excel import oppm_layout as L
from app.excel.oppm_values import ID, cell_text, squeeze, whole_number
from app.models.plans import LEVEL_LABELS, PlanLevel
from app.services.errors import UserError
from app.services.plans.doc import Owner, PlanDoc

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


@dataclass
class PlanMeta:
    """The hidden sheet as read: key → [row, value, …], and the people it lists."""

    values: dict[str, list[Any]] = field(default_factory=dict)
    people: list[tuple[str, str, str]] = field(default_factory=list)  # 工号, name, id


def write_meta(ws: Worksheet, doc: PlanDoc, staff_nos: Mapping[str, str]) -> None:
    """What import needs to find the plan again: ids, level, year, and who the owners are."""
    ws.sheet_state = "hidden"
    ws.append(["本工作表由诊改工作台生成，导入时用来对应本机的计划和人员，请勿修改。"])
    rows: list[list[Any]] = [
        ["格式", L.FORMAT_NAME, L.FORMAT_VERSION],
        ["计划编号", doc.id],
        ["层面", doc.level, LEVEL_LABELS.get(doc.level, "")],
        ["对象编号", doc.subject_id, doc.subject_name],
        ["部门编号", doc.unit_id, doc.unit_name],
        ["年度", doc.year],
        ["修订版", doc.revision],
        ["上一版编号", doc.previous_id or ""],
        ["导出时内容指纹", doc.fingerprint()],
        [L.NOTE_MONTHS, ",".join(str(m) for m in sorted(doc.notes))],
        [],
        ["人员", "工号", "姓名", "人员编号"],
    ]
    people: dict[str, Owner] = {}
    for task in doc.tasks:
        for owner in task.owners:
            people.setdefault(owner.person_id, owner)
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    names = {p: ILLEGAL_CHARACTERS_RE.sub("", o.name) for p, o in people.items()}
    rows += [["", staff_nos.get(p, ""), names[p], p] for p in people]
    for row in rows:
        ws.append(row)
    for letter, width in zip("ABCD", (16, 40, 20, 40), strict=True):
        ws.column_dimensions[letter].width = width


def read_meta(rows: list[tuple[Any, ...]]) -> PlanMeta:
    """The hidden sheet's rows as keys and people; a malformed person id is refused."""
    meta = PlanMeta()
    in_people = False
    for r, row in enumerate(rows, start=1):
        cells = [*row, None, None, None, None]
        key = squeeze(cells[0])
        if key == "人员":
            in_people = True
        elif in_people and (cells[3] or cells[1] or cells[2]):
            person_id = cell_text(cells[3]).strip()
            if not ID.match(person_id):
                raise UserError(_meta_error(r, 4, "人员编号不对，请使用本程序导出的文件"))
            meta.people.append(
                (cell_text(cells[1]).strip(), cell_text(cells[2]).strip(), person_id)
            )
        elif key and not in_people:
            meta.values[key] = [r, *cells[1:4]]
    return meta


def _meta_error(row: int, col: int, message: str) -> str:
    return f"工作表“{L.META_SHEET}”单元格 {L.cell_ref(row, col)}：{message}。"


def _meta_value(meta: PlanMeta, key: str, *, required: bool = True) -> tuple[int, str]:
    """(row, value) of a key of the hidden sheet."""
    entry = meta.values.get(key)
    if entry is None:
        raise UserError(
            f"工作表“{L.META_SHEET}”缺少“{key}”。请使用本程序导出的文件，不要修改隐藏的工作表。"
        )
    value = cell_text(entry[1]).strip()
    if required and not value:
        raise UserError(_meta_error(entry[0], 2, f"“{key}”不能为空"))
    return entry[0], value


def plan_identity(meta: PlanMeta) -> dict[str, Any]:
    """Plan id, level, subject, unit, year and revision from the hidden sheet, checked."""
    out: dict[str, Any] = {}
    for key, attr in (("计划编号", "id"), ("对象编号", "subject_id"), ("部门编号", "unit_id")):
        row, value = _meta_value(meta, key)
        if not ID.match(value):
            raise UserError(_meta_error(row, 2, f"“{key}”不对，请使用本程序导出的文件"))
        out[attr] = value
    row, level = _meta_value(meta, "层面")
    levels = {**{str(v): str(v) for v in PlanLevel}, **{v: k for k, v in LEVEL_LABELS.items()}}
    if level not in levels:
        raise UserError(_meta_error(row, 2, f"未知的层面“{level}”"))
    out["level"] = levels[level]
    for key, attr, low, high in (("年度", "year", 2000, 2100), ("修订版", "revision", 1, 999)):
        row, value = _meta_value(meta, key)
        number = whole_number(value)
        if number is None or not low <= number <= high:
            raise UserError(_meta_error(row, 2, f"“{key}”应为数字，而不是“{value}”"))
        out[attr] = number
    out["previous_id"] = _meta_value(meta, "上一版编号", required=False)[1] or None
    out["subject_name"] = cell_text(meta.values["对象编号"][2]).strip()
    out["unit_name"] = cell_text(meta.values["部门编号"][2]).strip()
    return out
