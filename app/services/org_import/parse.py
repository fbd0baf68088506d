"""Step 1 of importing: raw cell rows -> clean rows and row problems, no database.

Called by ``read_org`` (:mod:`app.excel.org_workbook`), so a file can be checked
before the user even chooses where it goes. Only what makes the whole file
unusable (a missing sheet or column) raises; every problem with a single row is
collected, including rows repeating another row of the same sheet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.models.org import ROLE_LABELS
from app.services.errors import UserError
from app.services.org_import.cells import cell_text, clean_cell, column_letter, header_key
from app.services.org_import.sheets import NOTE_PREFIXES, SHEETS, Column, SheetSpec
from app.services.org_import.summary import RowProblem
from app.services.progress import Progress


@dataclass
class ParsedRow:
    """One non-empty data row with its cleaned values.

    ``values`` maps attribute names to clean values; references hold the natural
    key as typed (部门名称, 工号 …), booleans may be ``None`` for "not filled in".
    Only columns present in the sheet appear. A rejected row keeps whatever parsed.
    """

    sheet: str
    row: int
    values: dict[str, Any]


@dataclass
class ParsedOrg:
    """A whole workbook, read and checked row by row, but not yet matched to a database."""

    source: str  # the file's name, for messages
    rows: dict[str, list[ParsedRow]]  # good rows per sheet
    rejected: dict[str, list[ParsedRow]]  # rows with problems per sheet
    columns: dict[str, frozenset[str]]  # attributes whose column is present, per sheet
    problems: list[RowProblem]

    def good_row_count(self, problems: Iterable[RowProblem] = ()) -> int:
        """Rows without a problem: those of parsing, plus ``problems`` if given
        (pass :func:`validate_org`'s result for the number that will be imported)."""
        bad = {(p.sheet, p.row) for p in (*self.problems, *problems)}
        return self.row_count - len(bad)

    @property
    def row_count(self) -> int:
        """All non-empty data rows, good or not."""
        return sum(len(v) for v in self.rows.values()) + sum(len(v) for v in self.rejected.values())


def _map_header(spec: SheetSpec, header: Sequence[Any], source: str) -> dict[int, Column]:
    """Column index -> Column; any order is fine, a missing required column is not."""
    lookup: dict[str, Column] = {}
    for col in spec.columns:
        for name in (col.label, *col.aliases):
            lookup[header_key(name)] = col
    mapping: dict[int, Column] = {}
    seen: dict[str, int] = {}
    unknown: list[str] = []
    for idx, raw in enumerate(header):
        key = header_key(raw)
        if not key or key.startswith(NOTE_PREFIXES):
            continue
        col = lookup.get(key)
        if col is None:
            unknown.append(f"{column_letter(idx)} 列“{cell_text(raw)}”")
            continue
        if col.label in seen:
            raise UserError(
                f"文件“{source}”的工作表“{spec.name}”中，“{col.label}”列出现了两次"
                f"（{column_letter(seen[col.label])} 列和 {column_letter(idx)} 列），"
                "请删除多余的一列。"
            )
        seen[col.label] = idx
        mapping[idx] = col
    expected = "、".join(c.label for c in spec.columns)
    if unknown:
        raise UserError(
            f"文件“{source}”的工作表“{spec.name}”第 1 行有无法识别的列：{'、'.join(unknown)}。"
            f"该工作表可用的列：{expected}。自己添加的备注列请以“备注”开头命名。"
        )
    missing = [c.label for c in spec.columns if c.required and c.label not in seen]
    if missing:
        raise UserError(
            f"文件“{source}”的工作表“{spec.name}”缺少必填列：{'、'.join(missing)}。"
            f"第 1 行应为表头，可用的列：{expected}。"
        )
    return mapping


def _is_empty(row: Sequence[Any]) -> bool:
    return all(cell_text(v) == "" for v in row)


def parse_sheets(
    raw: Mapping[str, Sequence[Sequence[Any]]],
    *,
    source: str,
    progress: Progress | None = None,
) -> ParsedOrg:
    """Check the cell rows of every sheet (header first); no database involved.

    Raises :class:`UserError` for what makes the whole file unusable (a missing
    sheet or column); everything about single rows becomes a :class:`RowProblem`.
    """
    for spec in SHEETS:
        if spec.name not in raw:
            raise UserError(
                f"文件“{source}”中缺少工作表“{spec.name}”。组织机构文件应包含工作表："
                f"{'、'.join(s.name for s in SHEETS)}（可用“导出模板”生成）。"
            )
    headers = {}
    for spec in SHEETS:
        rows = raw[spec.name]
        if not rows or _is_empty(rows[0]):
            raise UserError(
                f"文件“{source}”的工作表“{spec.name}”第 1 行没有表头。"
                f"第 1 行应为表头：{'、'.join(c.label for c in spec.columns)}。"
            )
        headers[spec.name] = _map_header(spec, rows[0], source)
    if progress is not None:
        progress.start(sum(max(len(raw[s.name]) - 1, 0) for s in SHEETS), "检查各行数据")

    parsed = ParsedOrg(source, {}, {}, {}, [])
    for spec in SHEETS:
        mapping = headers[spec.name]
        parsed.columns[spec.name] = frozenset(c.field for c in mapping.values())
        rows_out: list[ParsedRow] = []
        row_problems: dict[int, list[RowProblem]] = defaultdict(list)
        for number, cells in enumerate(raw[spec.name][1:], start=2):
            if progress is not None:
                progress.advance()
            if _is_empty([cells[i] for i in mapping if i < len(cells)]):
                continue  # empty, or only a note in a 备注 column
            values: dict[str, Any] = {}
            for idx, col in mapping.items():
                cell = cells[idx] if idx < len(cells) else None
                try:
                    values[col.field] = clean_cell(spec, col, cell)
                except UserError as err:
                    row_problems[number].append(RowProblem(spec.name, number, col.label, str(err)))
            rows_out.append(ParsedRow(spec.name, number, values))
        for problem in _file_duplicates(spec, rows_out):
            row_problems[problem.row].append(problem)
        parsed.rows[spec.name] = [r for r in rows_out if r.row not in row_problems]
        parsed.rejected[spec.name] = [r for r in rows_out if r.row in row_problems]
        for number in sorted(row_problems):
            parsed.problems.extend(row_problems[number])
    return parsed


def _file_duplicates(spec: SheetSpec, rows: list[ParsedRow]) -> list[RowProblem]:
    """Two rows for the same record: both are suspect, so each names the other."""
    problems: list[RowProblem] = []

    def check(label: str, key: Callable[[dict[str, Any]], Any], what: Callable[[Any], str]) -> None:
        groups: dict[Any, list[int]] = defaultdict(list)
        for r in rows:
            k = key(r.values)
            if k:
                groups[k].append(r.row)
        for k, numbers in groups.items():
            if len(numbers) < 2:
                continue
            for n in numbers:
                others = "、".join(str(o) for o in numbers if o != n)
                problems.append(RowProblem(spec.name, n, label, f"{what(k)}与第 {others} 行重复"))

    def simple(name: str) -> None:
        col = spec.column(name)
        check(col.label, lambda v: v.get(name), lambda k: f"{col.label}“{k}”")

    if spec.kind == "institution":
        for r in rows[1:]:
            problems.append(
                RowProblem(spec.name, r.row, "", f"学院只能填写一行（第 {rows[0].row} 行已填写）")
            )
    elif spec.kind in ("unit", "class"):
        simple("name")
    elif spec.kind == "person":
        simple("staff_no")
    elif spec.kind == "major":
        simple("name")
        simple("code")
    elif spec.kind == "course":

        def course_key(attr: str) -> Callable[[dict[str, Any]], Any]:
            return lambda v: (v.get("major_id"), v.get(attr)) if v.get(attr) else None

        for attr in ("code", "name"):
            label = spec.column(attr).label
            check(label, course_key(attr), lambda k, lb=label: f"专业“{k[0]}”的{lb}“{k[1]}”")
    elif spec.kind == "role":
        check(
            "角色",
            lambda v: (
                (v.get("person_id"), v.get("role"), v.get("unit_id"))
                if v.get("person_id") and v.get("role")
                else None
            ),
            lambda k: f"工号“{k[0]}”的角色“{ROLE_LABELS[k[1]]}”",
        )
    if spec.kind == "unit":
        flagged = [r.row for r in rows if r.values.get("is_quality_office")]
        if len(flagged) > 1:
            label = spec.column("is_quality_office").label
            for n in flagged:
                others = "、".join(str(o) for o in flagged if o != n)
                problems.append(
                    RowProblem(
                        spec.name, n, label, f"只能有一个部门是质量督导处，第 {others} 行也填了“是”"
                    )
                )
    return problems
