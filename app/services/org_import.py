"""The organisation workbook's rules: its columns, row checks, matching and writing.

:mod:`app.excel.org_workbook` only moves cells in and out of .xlsx files; every
rule lives here, so the UI, the CLI and the tests share one set of rules, and so
checking a file never needs openpyxl (slow to import).

Importing is three steps, each usable alone:

1. :func:`parse_sheets` (called by ``read_org``) turns raw cell rows into clean
   rows, checking every value with the rules the editing forms use
   (:data:`app.services.org.KINDS`). It never touches a database, so a file can be
   checked before the user even chooses where it goes.
2. :func:`validate_org` resolves cross-sheet references by natural key (部门名称,
   工号, 专业名称/代码, 班级名称) against the file *and* the database and lists
   every problem at once, so the user can fix them all or knowingly import only
   the good rows.
3. :func:`import_org` writes the good rows in the caller's transaction. Rows with
   a problem, and rows that depend on such a row, are skipped: a bad value is
   never written, and an unchanged record is never stamped, so re-importing an
   export changes nothing (sync compares version vectors).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, cast

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.models import (
    Course,
    Institution,
    Major,
    Person,
    RoleAssignment,
    RoleKind,
    StudentClass,
    Unit,
    UnitKind,
)
from app.models.base import SyncRecord, new_uuid
from app.services.errors import UserError
from app.services.org import KINDS, Field, Kind
from app.services.org import _clean as _org_clean
from app.services.progress import Progress
from app.services.records import new_row_values, stamp

# ---------------------------------------------------------------------------
# Sheets and columns
# ---------------------------------------------------------------------------

SHEET_INSTITUTION = "学院"
SHEET_UNIT = "部门"
SHEET_PERSON = "人员"
SHEET_MAJOR = "专业"
SHEET_COURSE = "课程"
SHEET_CLASS = "班级"
SHEET_ROLE = "角色"
README_SHEET = "说明"

KIND_LABELS: dict[str, str] = {UnitKind.OFFICE.value: "职能部门", UnitKind.ACADEMIC.value: "系部"}
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
# Chinese names of RoleKind (the model keeps only the stored values).
ROLE_LABELS: dict[str, str] = {
    RoleKind.SECRETARY.value: "部门秘书",
    RoleKind.DEPUTY_HEAD.value: "部门副职",
    RoleKind.QUALITY_OFFICER.value: "质量督导员",
    RoleKind.DISCIPLINE_LEADER.value: "专业带头人",
    RoleKind.KEY_TEACHER.value: "骨干教师",
}
YES, NO = "是", "否"
_TRUE_WORDS = frozenset({"是", "y", "yes", "1", "true", "t", "√", "✓", "✔", "对"})
_FALSE_WORDS = frozenset({"否", "n", "no", "0", "false", "f", "×", "✗", "✘", "错"})
# Extra columns a user may add for their own notes; ignored on import.
NOTE_PREFIXES = ("备注", "说明")

_REF_NOUN = {"unit": "部门", "major": "专业", "person": "人员"}
_REF_KEY = {"unit": "部门名称", "major": "专业名称或专业代码", "person": "工号"}


@dataclass(frozen=True)
class Column:
    """One column of a sheet: the header, the rule for its cells and its documentation."""

    field: str  # model attribute, or "person_name" for the role sheet's check column
    label: str  # header text (also used in problems)
    type: str  # text | int | bool | kind | role | unit | major | person
    required: bool = False
    max_len: int = 0
    doc: str = ""
    example: str = ""
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # drop-down list in the template
    width: int = 14
    as_text: bool = False  # Excel must keep what is typed as text (leading zeros in 工号)

    @property
    def is_ref(self) -> bool:
        """Does the cell name another record (by its natural key)?"""
        return self.type in _REF_NOUN


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of the workbook: which kind of record, its columns and what it is for."""

    name: str
    kind: str  # a KINDS key, or "role"
    columns: tuple[Column, ...]
    doc: str

    def column(self, field_name: str) -> Column:
        """The column for attribute ``field_name``."""
        for col in self.columns:
            if col.field == field_name:
                return col
        raise KeyError(field_name)


# (kind, field) -> (documentation, example value). Labels, types, required and lengths
# come from app.services.org.KINDS so the workbook and the forms never disagree.
_DOCS: dict[tuple[str, str], tuple[str, str]] = {
    ("institution", "name"): ("学院全称；本表只填一行", "某某职业技术学院"),
    ("institution", "code"): ("院校代码", "14001"),
    ("institution", "president"): ("校长姓名（自我诊改报告签名用）", "王某某"),
    ("unit", "name"): ("部门全称，文件内不可重复；其他工作表用它指向部门", "教务科研处"),
    ("unit", "kind"): ("“职能部门”或“系部”", "职能部门"),
    ("unit", "code"): ("部门代码", "JW"),
    ("unit", "head_id"): ("部门负责人的工号（见“人员”工作表或已有人员）", "1001"),
    ("unit", "is_quality_office"): ("是否为质量督导处；全校只能有一个“是”；不填按“否”", "否"),
    ("unit", "sort_order"): ("显示顺序，整数，小的在前；不填为 0", "1"),
    ("person", "staff_no"): ("工号，文件内不可重复；其他工作表用它指向人员", "1001"),
    ("person", "name"): ("姓名", "张三"),
    ("person", "gender"): ("男 或 女", "女"),
    ("person", "unit_id"): ("所属部门的部门名称", "机电工程系"),
    ("person", "title"): ("职称", "副教授"),
    ("person", "education"): ("学历/学位", "硕士研究生"),
    ("person", "is_teacher"): ("是否为教师；不填按“是”", "是"),
    ("person", "is_dual_qualified"): ("是否为双师型教师；不填按“否”", "否"),
    ("person", "phone"): ("联系电话", "0351-1234567"),
    ("major", "code"): ("专业代码", "460301"),
    ("major", "name"): ("专业名称，文件内不可重复", "机电一体化技术"),
    ("major", "unit_id"): ("所属系部的部门名称（必须是系部）", "机电工程系"),
    ("major", "lead_id"): ("专业负责人的工号", "1002"),
    ("major", "sort_order"): ("显示顺序，整数，小的在前；不填为 0", "1"),
    ("course", "code"): ("课程代码；同一专业内不可重复", "JD101"),
    ("course", "name"): ("课程名称", "电工电子技术"),
    ("course", "major_id"): ("所属专业的专业名称（或专业代码）", "机电一体化技术"),
    ("course", "lead_id"): ("课程负责人的工号", "1003"),
    ("course", "hours"): ("学时，整数；不填为 0", "64"),
    ("class", "name"): ("班级名称，文件内不可重复", "机电2301班"),
    ("class", "major_id"): ("所属专业的专业名称（或专业代码）", "机电一体化技术"),
    ("class", "grade"): ("年级：入学年份，四位整数", "2023"),
    ("class", "counsellor_id"): ("辅导员的工号", "1004"),
    ("class", "student_count"): ("学生人数，整数；不填为 0", "45"),
}
_SHEET_DOCS: dict[str, str] = {
    "institution": "学院本身，只填一行。",
    "unit": "职能部门和系部，每行一个部门。",
    "person": "教职工，每行一人；工号是人员的唯一标识。",
    "major": "专业，每行一个，隶属于某个系部。",
    "course": "课程，每行一门，隶属于某个专业。",
    "class": "班级，每行一个，隶属于某个专业。",
    "role": "人员担任的其他角色（部门秘书、质量督导员等），每行一个角色。",
}
_TEXT_KEY_FIELDS = frozenset({"staff_no", "code"})  # typed as digits, kept as text


def _column_from_field(kind: Kind, f: Field) -> Column:
    doc, example = _DOCS.get((kind.key, f.name), ("", ""))
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    width = 14
    if f.type == "person":
        aliases = (f"{f.label}工号",)
        width = 14
    elif f.type in ("unit", "major"):
        width = 22
    elif f.type == "bool":
        choices = (YES, NO)
        width = 10
    elif f.type == "kind":
        choices = tuple(KIND_LABELS.values())
        aliases = (f"{kind.label}{f.label}",)  # 部门类型
        width = 12
    elif f.type == "int":
        width = 10
    elif f.max_len >= 40:
        width = 26
    elif f.max_len >= 30:
        width = 16
    return Column(
        field=f.name,
        label=f.label,
        type=f.type,
        required=f.required,
        max_len=f.max_len,
        doc=doc,
        example=example,
        aliases=aliases,
        choices=choices,
        width=width,
        as_text=f.name in _TEXT_KEY_FIELDS or f.type == "person" or f.name == "phone",
    )


def _sheet_from_kind(name: str, kind_key: str) -> SheetSpec:
    kind = KINDS[kind_key]
    columns = tuple(_column_from_field(kind, f) for f in kind.fields)
    return SheetSpec(name, kind_key, columns, _SHEET_DOCS[kind_key])


_ROLE_SHEET = SheetSpec(
    SHEET_ROLE,
    "role",
    (
        Column(
            "person_id",
            "工号",
            "person",
            required=True,
            doc="担任该角色的人员的工号",
            example="1005",
            as_text=True,
        ),
        Column(
            "person_name",
            "姓名",
            "text",
            max_len=50,
            doc="填写时须与该工号人员的姓名一致，用于核对工号是否填错",
            example="李四",
        ),
        Column(
            "role",
            "角色",
            "role",
            required=True,
            doc="担任的角色",
            example="部门秘书",
            choices=tuple(ROLE_LABELS.values()),
            width=14,
        ),
        Column(
            "unit_id",
            "部门",
            "unit",
            doc="角色所在部门的部门名称",
            example="教务科研处",
            aliases=("所属部门",),
            width=22,
        ),
    ),
    _SHEET_DOCS["role"],
)

SHEETS: tuple[SheetSpec, ...] = (
    _sheet_from_kind(SHEET_INSTITUTION, "institution"),
    _sheet_from_kind(SHEET_UNIT, "unit"),
    _sheet_from_kind(SHEET_PERSON, "person"),
    _sheet_from_kind(SHEET_MAJOR, "major"),
    _sheet_from_kind(SHEET_COURSE, "course"),
    _sheet_from_kind(SHEET_CLASS, "class"),
    _ROLE_SHEET,
)
SHEET_BY_NAME: dict[str, SheetSpec] = {s.name: s for s in SHEETS}
_SHEET_ORDER = {s.name: i for i, s in enumerate(SHEETS)}

# ---------------------------------------------------------------------------
# Parsed file, problems, summary
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one row (and usually one column) of one sheet."""

    sheet: str
    row: int  # Excel's row number: the header is row 1
    column: str  # the column's label, "" when the whole row is meant
    message: str  # Chinese, without the location

    def describe(self) -> str:
        """e.g. 工作表“专业”第 7 行“所属系部”：找不到部门“水利系”."""
        where = f"工作表“{self.sheet}”第 {self.row} 行"
        if self.column:
            where += f"“{self.column}”"
        return f"{where}：{self.message}"

    def sort_key(self) -> tuple[int, int, str]:
        """Order of the sheets, then rows: how the user reads the file."""
        return (_SHEET_ORDER.get(self.sheet, 99), self.row, self.column)


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


@dataclass
class SheetCounts:
    """What importing did with one sheet's rows."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0


@dataclass
class ImportSummary:
    """Per-sheet counts, for the result dialog and the CLI."""

    counts: dict[str, SheetCounts]
    problems: list[RowProblem] = field(default_factory=list)  # why rows were skipped

    @property
    def changed(self) -> int:
        """Records added or updated."""
        return sum(c.added + c.updated for c in self.counts.values())

    def describe(self) -> str:
        """Chinese counts per sheet: 新增/更新/未变/跳过."""
        c = self.counts.values()
        lines = [
            "组织机构导入完成："
            f"新增 {sum(x.added for x in c)}，更新 {sum(x.updated for x in c)}，"
            f"未变 {sum(x.unchanged for x in c)}，跳过 {sum(x.skipped for x in c)}。"
        ]
        for name, n in self.counts.items():
            lines.append(
                f"  {name}：新增 {n.added}，更新 {n.updated}，未变 {n.unchanged}，跳过 {n.skipped}"
            )
        return "\n".join(lines)


# ---------------------------------------------------------------------------
# Step 1: cells -> clean rows (no database)
# ---------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)
_INT_TEXT = re.compile(r"[+-]?\d+(\.0*)?")
_PAREN_NOTE = re.compile(r"\([^()]*\)$")


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


def _check_plain(kind: Kind, f: Field, value: Any) -> Any:
    """Apply org's own rule to a non-reference value.

    ``_clean`` only needs a session to look up references, which are resolved here
    by natural key instead, so no session is passed (see the report: a public,
    session-free ``clean_value`` in app.services.org would make this explicit).
    """
    return _org_clean(cast(Session, None), kind, f, value)


def _strip_where(message: str, kind_label: str, field_label: str) -> str:
    """org's messages start with 专业的“专业名称”; the row problem already says where."""
    prefix = f"{kind_label}的“{field_label}”"
    if message.startswith(prefix):
        message = message[len(prefix) :]
    return message.rstrip("。")


def _clean_cell(spec: SheetSpec, col: Column, raw: Any) -> Any:
    """One cell -> clean value, or UserError with a location-free Chinese message."""
    kind = KINDS.get(spec.kind)
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
    elif col.field in _TEXT_KEY_FIELDS or col.type == "person":
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
            raise UserError(f"不能为空（请填写{_REF_KEY[col.type]}）")
        return text
    if kind is None:  # the role sheet's own plain columns
        if col.max_len and len(text) > col.max_len:
            raise UserError(f"过长（{len(text)} 字，最多 {col.max_len} 字）")
        return text
    f = kind.field(col.field)
    try:
        return _check_plain(kind, f, text)
    except UserError as err:
        raise UserError(_strip_where(err.message, kind.label, f.label)) from None


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
                    values[col.field] = _clean_cell(spec, col, cell)
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


# ---------------------------------------------------------------------------
# Step 2: matching against the database, references, dependencies
# ---------------------------------------------------------------------------


@dataclass(eq=False)
class _Item:
    """A row on its way into the database."""

    spec: SheetSpec
    parsed: ParsedRow
    bad: bool = False  # rejected already, or by validation, or by dependency
    existing: Any = None  # the live record it updates, if any
    target_id: str = ""  # the id it has after import
    values: dict[str, Any] = field(default_factory=dict)  # resolved values to write
    deps: list[tuple[str, str, str, _Item]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def problem(self, column: str, message: str) -> None:
        """Record a direct problem; the row will be skipped."""
        self.problems.append(RowProblem(self.spec.name, self.parsed.row, column, message))
        self.bad = True


def _near(names: Iterable[str], key: str) -> str:
    near = sorted({n for n in names if key and n and (key in n or n in key)})
    return f"，是否指：{'、'.join(near[:5])}" if near else ""


class _Plan:
    """Everything :func:`import_org` will do, worked out before writing anything."""

    def __init__(self, session: Session, parsed: ParsedOrg) -> None:
        self.session = session
        self.parsed = parsed
        self.items: dict[str, list[_Item]] = {s.name: [] for s in SHEETS}
        self.rejected: dict[str, list[_Item]] = {s.name: [] for s in SHEETS}
        for spec in SHEETS:
            for r in parsed.rows.get(spec.name, []):
                self.items[spec.name].append(_Item(spec, r))
            for r in parsed.rejected.get(spec.name, []):
                self.rejected[spec.name].append(_Item(spec, r, bad=True))
        self._load_db()
        self._index_file()
        self._match()
        self._resolve()
        self._domain_checks()
        self._propagate()
        self.office_id = self._office_id()

    # -- the database as it is -------------------------------------------------

    def _load_db(self) -> None:
        s = self.session

        def live(model: type[SyncRecord]) -> list[Any]:
            return list(s.scalars(select(model).where(model.deleted.is_(False))))

        self.db_institution: Institution | None = next(iter(live(Institution)), None)
        self.db_units = live(Unit)
        self.db_people = live(Person)
        self.db_majors = live(Major)
        self.db_courses = live(Course)
        self.db_classes = live(StudentClass)
        self.db_roles = live(RoleAssignment)
        self.unit_by_name = _group(self.db_units, "name")
        self.person_by_no = _group(self.db_people, "staff_no")
        self.person_by_name = _group(self.db_people, "name")
        self.major_by_name = _group(self.db_majors, "name")
        self.major_by_code = _group([m for m in self.db_majors if m.code], "code")
        self.class_by_name = _group(self.db_classes, "name")
        self.courses_by_major: dict[str, list[Course]] = defaultdict(list)
        for c in self.db_courses:
            self.courses_by_major[c.major_id].append(c)
        self.unit_by_id = {u.id: u for u in self.db_units}
        self.role_keys = {(r.person_id, r.role, r.unit_id) for r in self.db_roles}

    # -- the file's own keys ---------------------------------------------------

    def _index_file(self) -> None:
        """Rows by natural key, including rejected ones (a reference to them must fail)."""
        self.f_unit: dict[str, _Item] = {}
        self.f_person: dict[str, _Item] = {}
        self.f_major_name: dict[str, _Item] = {}
        self.f_major_code: dict[str, _Item] = {}
        for sheet, index, attr in (
            (SHEET_UNIT, self.f_unit, "name"),
            (SHEET_PERSON, self.f_person, "staff_no"),
            (SHEET_MAJOR, self.f_major_name, "name"),
            (SHEET_MAJOR, self.f_major_code, "code"),
        ):
            for item in [*self.items[sheet], *self.rejected[sheet]]:
                key = item.parsed.values.get(attr)
                if key:
                    index.setdefault(key, item)

    # -- which record each row updates ------------------------------------------

    def _match_one(self, item: _Item, found: list[Any], what: str) -> None:
        """``what`` names the record, e.g. 名为“教务处”的部门."""
        if len(found) > 1:
            item.problem("", f"数据库中有 {len(found)} 个{what}，无法确定要更新哪一个")
        elif found:
            item.existing = found[0]
            item.target_id = found[0].id
        else:
            item.target_id = new_uuid()

    def _match(self) -> None:
        for item in self.items[SHEET_INSTITUTION]:
            item.existing = self.db_institution
            item.target_id = self.db_institution.id if self.db_institution else new_uuid()
        for item in self.items[SHEET_UNIT]:
            key = item.parsed.values["name"]
            self._match_one(item, self.unit_by_name.get(key, []), f"名为“{key}”的部门")
        for item in self.items[SHEET_PERSON]:
            key = item.parsed.values["staff_no"]
            self._match_one(item, self.person_by_no.get(key, []), f"工号为“{key}”的人员")
        for item in self.items[SHEET_MAJOR]:
            key = item.parsed.values["name"]
            self._match_one(item, self.major_by_name.get(key, []), f"名为“{key}”的专业")
        for item in self.items[SHEET_CLASS]:
            key = item.parsed.values["name"]
            self._match_one(item, self.class_by_name.get(key, []), f"名为“{key}”的班级")
        # Courses and roles are matched once their parents are resolved (_resolve).

    # -- references ------------------------------------------------------------

    def _ref(self, item: _Item, col: Column, key: str) -> str | None:
        """The id ``key`` will name after import; records a dependency or a problem."""
        if not key:
            return None
        kind = col.type
        noun = _REF_NOUN[kind]
        file_item: _Item | None
        if kind == "unit":
            file_item = self.f_unit.get(key)
            found = self.unit_by_name.get(key, [])
        elif kind == "person":
            file_item = self.f_person.get(key)
            found = self.person_by_no.get(key, [])
        else:
            file_item = self.f_major_name.get(key) or self.f_major_code.get(key)
            found = self.major_by_name.get(key, []) or self.major_by_code.get(key, [])
        if file_item is not None:
            item.deps.append((col.label, noun, key, file_item))
            return file_item.target_id or None
        if len(found) == 1:
            return cast(str, found[0].id)
        if len(found) > 1:
            item.problem(col.label, f"数据库中有 {len(found)} 个{noun}“{key}”，无法确定是哪一个")
            return None
        item.problem(col.label, self._not_found(kind, key))
        return None

    def _not_found(self, kind: str, key: str) -> str:
        if kind == "person":
            names = [p.staff_no for p in self.person_by_name.get(key, [])]
            names += [
                i.parsed.values.get("staff_no", "")
                for i in self.items[SHEET_PERSON]
                if i.parsed.values.get("name") == key
            ]
            hint = (
                f"（“{key}”是姓名？请填写工号：{'、'.join(sorted(set(names))[:5])}）"
                if names
                else ""
            )
            return f"找不到工号为“{key}”的人员{hint}"
        if kind == "unit":
            names = [*self.unit_by_name, *self.f_unit]
            return f"找不到部门“{key}”{_near(names, key)}"
        names = [*self.major_by_name, *self.f_major_name]
        return f"找不到专业“{key}”{_near(names, key)}"

    def _resolve_refs(self, item: _Item) -> None:
        spec = item.spec
        for col in spec.columns:
            if col.field not in item.parsed.values:
                continue
            raw = item.parsed.values[col.field]
            if col.is_ref:
                item.values[col.field] = self._ref(item, col, raw)
            elif col.field != "person_name":
                item.values[col.field] = raw

    def _resolve(self) -> None:
        for sheet in (SHEET_INSTITUTION, SHEET_UNIT, SHEET_PERSON, SHEET_MAJOR, SHEET_CLASS):
            for item in self.items[sheet]:
                self._resolve_refs(item)
        for item in self.items[SHEET_COURSE]:
            self._resolve_refs(item)
            self._match_course(item)
        for item in self.items[SHEET_ROLE]:
            self._resolve_refs(item)
            self._check_role_name(item)
            key = (
                item.values.get("person_id"),
                item.values.get("role"),
                item.values.get("unit_id"),
            )
            if key in self.role_keys:
                item.existing = key  # already held: nothing to write
        self._duplicate_targets(SHEET_COURSE, "课程")
        self._duplicate_role_targets()

    def _match_course(self, item: _Item) -> None:
        major_id = item.values.get("major_id")
        if not major_id:
            item.target_id = new_uuid()
            return
        candidates = self.courses_by_major.get(major_id, [])
        code, name = item.values.get("code", ""), item.values["name"]
        found = [c for c in candidates if code and c.code == code]
        if not found:
            found = [c for c in candidates if c.name == name]
        self._match_one(item, found, f"该专业下代码为“{code}”或名为“{name}”的课程")

    def _duplicate_targets(self, sheet: str, noun: str) -> None:
        """Two rows resolving to one existing record (e.g. course by name and by code)."""
        by_target: dict[str, list[_Item]] = defaultdict(list)
        for item in self.items[sheet]:
            if item.bad:
                continue
            if item.existing is not None:
                by_target[item.target_id].append(item)
            elif item.values.get("major_id"):
                for attr in ("code", "name"):
                    if item.values.get(attr):
                        key = f"{item.values['major_id']}|{attr}|{item.values[attr]}"
                        by_target[key].append(item)
        for group in by_target.values():
            rows = sorted({i.parsed.row for i in group})
            if len(rows) < 2:
                continue
            for i in group:
                others = "、".join(str(r) for r in rows if r != i.parsed.row)
                i.problem("", f"与第 {others} 行是同一门{noun}")

    def _duplicate_role_targets(self) -> None:
        groups: dict[tuple[Any, ...], list[_Item]] = defaultdict(list)
        for item in self.items[SHEET_ROLE]:
            if not item.bad:
                key = (item.values["person_id"], item.values["role"], item.values.get("unit_id"))
                groups[key].append(item)
        for group in groups.values():
            if len(group) > 1:
                rows = [i.parsed.row for i in group]
                for i in group:
                    others = "、".join(str(r) for r in rows if r != i.parsed.row)
                    i.problem("角色", f"与第 {others} 行是同一个角色")

    def _check_role_name(self, item: _Item) -> None:
        """A name next to a 工号 catches typos in the 工号."""
        typed = item.parsed.values.get("person_name")
        staff_no = item.parsed.values.get("person_id")
        if not typed or not staff_no:
            return
        file_person = self.f_person.get(staff_no)
        if file_person is not None:
            actual = file_person.parsed.values.get("name")
        else:
            found = self.person_by_no.get(staff_no, [])
            actual = found[0].name if len(found) == 1 else None
        if actual is not None and actual != typed:
            item.problem("姓名", f"工号“{staff_no}”的人员是“{actual}”，不是“{typed}”")

    # -- rules across records ----------------------------------------------------

    def _domain_checks(self) -> None:
        kind_by_target = {
            i.target_id: i.values["kind"] for i in self.items[SHEET_UNIT] if "kind" in i.values
        }
        label = KINDS["major"].field("unit_id").label
        for item in self.items[SHEET_MAJOR]:
            unit_id = item.values.get("unit_id")
            if not unit_id:
                continue
            unit = self.unit_by_id.get(unit_id)
            kind = kind_by_target.get(unit_id) or (unit.kind if unit else None)
            if kind == UnitKind.OFFICE.value:
                name = item.parsed.values["unit_id"]
                item.problem(label, f"专业只能隶属于系部，而“{name}”是职能部门")
        self._check_kind_changes()
        self._check_quality_office()

    def _check_kind_changes(self) -> None:
        """A department with majors in the database cannot silently become an office."""
        majors_by_unit: dict[str, list[Major]] = defaultdict(list)
        for m in self.db_majors:
            majors_by_unit[m.unit_id].append(m)
        label = KINDS["unit"].field("kind").label
        for item in self.items[SHEET_UNIT]:
            unit = item.existing
            if unit is None or item.values.get("kind") != UnitKind.OFFICE.value:
                continue
            staying = []
            for m in majors_by_unit.get(unit.id, []):
                row = self.f_major_name.get(m.name)
                if row is None or row.parsed.values.get("unit_id") == unit.name:
                    staying.append(m.name)
            if staying:
                item.problem(
                    label,
                    f"“{unit.name}”下还有专业“{staying[0]}”等 {len(staying)} 个，不能改为职能部门",
                )

    def _check_quality_office(self) -> None:
        """Exactly one quality office after import: it owns the organisation in sync."""
        flagged = [i for i in self.items[SHEET_UNIT] if i.values.get("is_quality_office")]
        if not flagged:
            for item in self.items[SHEET_UNIT]:
                unit = item.existing
                leaving = item.values.get("is_quality_office") is False
                if unit is not None and unit.is_quality_office and leaving:
                    item.problem(
                        "质量督导处",
                        f"“{unit.name}”是本学院的质量督导处，不能改为“否”，"
                        "除非在本文件中另指定一个部门为质量督导处",
                    )
            return
        item = flagged[0]
        for unit in self.db_units:
            if not unit.is_quality_office or unit is item.existing:
                continue
            row = self.f_unit.get(unit.name)
            if row is not None and row.parsed.values.get("is_quality_office") is False:
                # Handing over: valid only if that row is imported too.
                item.deps.append(("质量督导处", "部门", unit.name, row))
                continue
            item.problem(
                "质量督导处",
                f"学院已有质量督导处“{unit.name}”；如要更换，"
                f"请在本文件中把“{unit.name}”的“质量督导处”填为“否”",
            )

    # -- skipping what depends on a skipped row ----------------------------------

    def _propagate(self) -> None:
        dependents: dict[int, list[tuple[_Item, str, str, str]]] = defaultdict(list)
        for items in self.items.values():
            for item in items:
                for label, noun, key, dep in item.deps:
                    dependents[id(dep)].append((item, label, noun, key))
        queue = [
            i for group in (*self.items.values(), *self.rejected.values()) for i in group if i.bad
        ]
        while queue:
            dep = queue.pop()
            for item, label, noun, key in dependents.get(id(dep), []):
                if item.bad:
                    continue
                item.problem(
                    label,
                    f"所指的{noun}“{key}”（工作表“{dep.spec.name}”第 {dep.parsed.row} 行）"
                    "有问题不能导入，本行也不能导入",
                )
                queue.append(item)

    def _office_id(self) -> str | None:
        """The quality office after import: owner of every organisation record."""
        for item in self.items[SHEET_UNIT]:
            if not item.bad and item.values.get("is_quality_office"):
                return item.target_id
        leaving = {
            i.target_id
            for i in self.items[SHEET_UNIT]
            if not i.bad and i.values.get("is_quality_office") is False
        }
        for unit in self.db_units:
            if unit.is_quality_office and unit.id not in leaving:
                return cast(str, unit.id)
        return None

    # -- results -----------------------------------------------------------------

    @property
    def problems(self) -> list[RowProblem]:
        """Problems found by matching and resolving (not those of parsing)."""
        out = [p for items in self.items.values() for i in items for p in i.problems]
        return sorted(out, key=RowProblem.sort_key)

    def good(self, sheet: str) -> list[_Item]:
        """Rows that will be written (or are already identical)."""
        return [i for i in self.items[sheet] if not i.bad]


def _group(records: Iterable[Any], attr: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for r in records:
        out[getattr(r, attr)].append(r)
    return out


def validate_org(session: Session, parsed: ParsedOrg) -> list[RowProblem]:
    """The problems only the database can reveal, in reading order.

    Unresolvable or ambiguous references, rule breaches (a major under an office, a
    second quality office …) and rows depending on a bad row. ``parsed.problems``
    are *not* repeated: show ``parsed.problems + validate_org(...)``. Writes
    nothing, so the UI can list everything and offer "import only the good rows".
    """
    return _Plan(session, parsed).problems


# ---------------------------------------------------------------------------
# Step 3: writing
# ---------------------------------------------------------------------------

_MODELS: dict[str, type[SyncRecord]] = {
    SHEET_INSTITUTION: Institution,
    SHEET_UNIT: Unit,
    SHEET_PERSON: Person,
    SHEET_MAJOR: Major,
    SHEET_COURSE: Course,
    SHEET_CLASS: StudentClass,
}


def _defaults(spec: SheetSpec) -> dict[str, Any]:
    """Values for columns a new row does not give (the model's own defaults)."""
    model = _MODELS[spec.name]
    out: dict[str, Any] = {}
    for col in spec.columns:
        if col.is_ref:
            out[col.field] = None
        elif col.type == "int":
            out[col.field] = 0
        elif col.type == "bool":
            default = model.__table__.c[col.field].default  # type: ignore[attr-defined]
            out[col.field] = bool(default.arg) if default is not None else False
        else:
            out[col.field] = ""
    return out


def _problem_message(problems: Sequence[RowProblem], limit: int = 20) -> str:
    lines = [p.describe() for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"……另有 {len(problems) - limit} 处")
    return (
        f"文件中有 {len(problems)} 处问题，未导入任何内容：\n"
        + "\n".join(lines)
        + "\n请修改后重试，或选择只导入无误的行。"
    )


def import_org(
    session: Session,
    parsed: ParsedOrg,
    *,
    progress: Progress | None = None,
    skip_bad_rows: bool = True,
) -> ImportSummary:
    """Write the file's good rows in the caller's transaction (the caller commits).

    With ``skip_bad_rows=False`` any problem raises :class:`UserError` before
    anything is written. An exception (including :class:`Cancelled` from
    ``progress``) leaves the rollback to the caller's transaction.
    """
    plan = _Plan(session, parsed)
    problems = sorted([*parsed.problems, *plan.problems], key=RowProblem.sort_key)
    if problems and not skip_bad_rows:
        raise UserError(_problem_message(problems))
    counts = {
        s.name: SheetCounts(
            skipped=len(plan.rejected[s.name]) + len(plan.items[s.name]) - len(plan.good(s.name))
        )
        for s in SHEETS
    }
    if progress is not None:
        progress.start(sum(len(plan.good(s.name)) for s in SHEETS), "导入组织机构")
    _Writer(session, plan, counts, progress).run()
    return ImportSummary(counts, problems)


class _Writer:
    """Inserts and updates in an order the foreign keys accept."""

    def __init__(
        self,
        session: Session,
        plan: _Plan,
        counts: dict[str, SheetCounts],
        progress: Progress | None,
    ) -> None:
        self.session = session
        self.plan = plan
        self.counts = counts
        self.progress = progress

    def run(self) -> None:
        """Units before people (heads after both), then majors, courses, classes, roles."""
        self._write(SHEET_INSTITUTION)
        heads = self._write(SHEET_UNIT, defer=("head_id",))
        self._write(SHEET_PERSON)
        self._set_unit_heads(heads)
        for sheet in (SHEET_MAJOR, SHEET_COURSE, SHEET_CLASS):
            self._write(sheet)
        self._write_roles()
        self.session.flush()

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress.advance()

    def _write(self, sheet: str, defer: tuple[str, ...] = ()) -> dict[str, tuple[Any, Any]]:
        """Insert new rows in bulk, update changed ones; returns deferred values by id."""
        spec = SHEET_BY_NAME[sheet]
        model = _MODELS[sheet]
        counts = self.counts[sheet]
        defaults = _defaults(spec)
        deferred: dict[str, tuple[Any, Any]] = {}
        new_rows: list[dict[str, Any]] = []
        for item in self.plan.good(sheet):
            self._tick()
            values = dict(item.values)
            if item.existing is None:
                row = {**defaults, **{k: v for k, v in values.items() if v is not None}}
                row.update(new_row_values(self.session, owner_unit_id=self.plan.office_id))
                row["id"] = item.target_id
                for name in defer:
                    deferred[item.target_id] = (None, row.pop(name))
                new_rows.append(row)
                counts.added += 1
                continue
            record = item.existing
            # An empty 是/否 cell means "leave as is" for an existing record.
            values = {k: v for k, v in values.items() if not (v is None and _is_bool(spec, k))}
            if all(getattr(record, k) == v for k, v in values.items()):
                counts.unchanged += 1
                continue
            for name in defer:
                if name in values:
                    deferred[item.target_id] = (record, values.pop(name))
            for name, value in values.items():
                setattr(record, name, value)
            stamp(self.session, record)
            counts.updated += 1
        self.session.flush()
        if new_rows:
            self.session.execute(insert(model), new_rows)
        return deferred

    def _set_unit_heads(self, heads: dict[str, tuple[Any, Any]]) -> None:
        """Heads point at people, who point at units: set them once both exist."""
        bulk = []
        for unit_id, (record, head_id) in heads.items():
            if record is None:
                if head_id is not None:
                    bulk.append({"id": unit_id, "head_id": head_id})
            else:
                record.head_id = head_id  # already stamped with the unit's other changes
        self.session.flush()
        if bulk:
            self.session.execute(update(Unit), bulk)

    def _write_roles(self) -> None:
        counts = self.counts[SHEET_ROLE]
        rows = []
        for item in self.plan.good(SHEET_ROLE):
            self._tick()
            if item.existing is not None:
                counts.unchanged += 1
                continue
            row = {
                "person_id": item.values["person_id"],
                "role": item.values["role"],
                "unit_id": item.values.get("unit_id"),
            }
            row.update(new_row_values(self.session, owner_unit_id=self.plan.office_id))
            rows.append(row)
            counts.added += 1
        if rows:
            self.session.execute(insert(RoleAssignment), rows)


def _is_bool(spec: SheetSpec, name: str) -> bool:
    return any(c.field == name and c.type == "bool" for c in spec.columns)


# ---------------------------------------------------------------------------
# Export: the live organisation as cell rows
# ---------------------------------------------------------------------------


def export_rows(session: Session) -> dict[str, list[list[Any]]]:
    """Data rows per sheet (no header), in the column order of :data:`SHEETS`.

    References are written as natural keys, so importing the result into an empty
    database reproduces the organisation and into this one changes nothing.
    """

    def live(model: type[SyncRecord]) -> list[Any]:
        return list(session.scalars(select(model).where(model.deleted.is_(False))))

    units = live(Unit)
    people = live(Person)
    majors = live(Major)
    unit_name = {u.id: u.name for u in units}
    staff_no = {p.id: p.staff_no for p in people}
    names_seen: dict[str, int] = defaultdict(int)
    codes_seen: dict[str, int] = defaultdict(int)
    for m in majors:
        names_seen[m.name] += 1
        codes_seen[m.code] += 1

    def major_key(m: Major) -> str:
        # A major's name is its key; a code only when two live majors share a name.
        if names_seen[m.name] > 1 and m.code and codes_seen[m.code] == 1:
            return m.code
        return m.name

    major_ref = {m.id: major_key(m) for m in majors}
    refs: dict[str, dict[str, str]] = {"unit": unit_name, "person": staff_no, "major": major_ref}
    unit_order = {
        u.id: i
        for i, u in enumerate(
            sorted(units, key=lambda u: (u.kind != UnitKind.OFFICE, u.sort_order, u.name))
        )
    }
    major_order = {
        m.id: i
        for i, m in enumerate(
            sorted(majors, key=lambda m: (unit_order.get(m.unit_id, 0), m.sort_order, m.name))
        )
    }

    def cells(spec: SheetSpec, record: Any) -> list[Any]:
        row: list[Any] = []
        for col in spec.columns:
            value = getattr(record, col.field, None)
            if col.is_ref:
                row.append(refs[col.type].get(value, "") if value else "")
            elif col.type == "bool":
                row.append(YES if value else NO)
            elif col.type == "kind":
                row.append(KIND_LABELS.get(value, value))
            elif col.type == "role":
                row.append(ROLE_LABELS.get(value, value))
            elif col.type == "int":
                row.append(int(value or 0))
            else:
                row.append(value or "")
        return row

    ordered: dict[str, list[Any]] = {
        SHEET_INSTITUTION: live(Institution)[:1],
        SHEET_UNIT: sorted(units, key=lambda u: unit_order[u.id]),
        SHEET_PERSON: sorted(
            people, key=lambda p: (unit_order.get(p.unit_id, len(units)), p.staff_no)
        ),
        SHEET_MAJOR: sorted(majors, key=lambda m: major_order[m.id]),
        SHEET_COURSE: sorted(
            (c for c in live(Course) if c.major_id in major_order),
            key=lambda c: (major_order[c.major_id], c.code, c.name),
        ),
        SHEET_CLASS: sorted(
            (c for c in live(StudentClass) if c.major_id in major_order),
            key=lambda c: (major_order[c.major_id], c.grade, c.name),
        ),
    }
    person_by_id = {p.id: p for p in people}
    out = {name: [cells(SHEET_BY_NAME[name], r) for r in rows] for name, rows in ordered.items()}
    roles = [r for r in live(RoleAssignment) if r.person_id in person_by_id]
    roles.sort(key=lambda r: (staff_no[r.person_id], r.role, unit_name.get(r.unit_id or "", "")))
    out[SHEET_ROLE] = [
        [
            staff_no[r.person_id],
            person_by_id[r.person_id].name,
            ROLE_LABELS.get(r.role, r.role),
            unit_name.get(r.unit_id, "") if r.unit_id else "",
        ]
        for r in roles
    ]
    return out
