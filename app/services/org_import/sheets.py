"""The workbook's layout: its sheets, their columns, and what each column documents.

Labels, types, required flags and lengths come from :data:`app.services.org.KINDS`,
so the workbook and the editing forms never disagree; this module adds only what
a spreadsheet needs on top (header aliases, drop-down choices, widths, help text).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.org import ROLE_LABELS, UNIT_KIND_LABELS
from app.services.org import KINDS, Field, Kind

SHEET_INSTITUTION = "学院"
SHEET_UNIT = "部门"
SHEET_PERSON = "人员"
SHEET_MAJOR = "专业"
SHEET_COURSE = "课程"
SHEET_CLASS = "班级"
SHEET_ROLE = "角色"
README_SHEET = "说明"

# Kept under the old name: the 类型 column's words are the unit kinds' labels.
KIND_LABELS: dict[str, str] = UNIT_KIND_LABELS
YES, NO = "是", "否"
# Extra columns a user may add for their own notes; ignored on import.
NOTE_PREFIXES = ("备注", "说明")

# How a reference column's target is called, and which key the user must type.
REF_NOUN = {"unit": "部门", "major": "专业", "person": "人员"}
REF_KEY = {"unit": "部门名称", "major": "专业名称或专业代码", "person": "工号"}
# Typed as digits but kept as text (leading zeros in 工号 and codes matter).
TEXT_KEY_FIELDS = frozenset({"staff_no", "code"})


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
        return self.type in REF_NOUN


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


# (kind, field) -> (documentation, example value), shown on the 说明 sheet.
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


def _column_from_field(kind: Kind, f: Field) -> Column:
    """A form field as a column: the spreadsheet extras follow from its type."""
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
        as_text=f.name in TEXT_KEY_FIELDS or f.type == "person" or f.name == "phone",
    )


def _sheet_from_kind(name: str, kind_key: str) -> SheetSpec:
    kind = KINDS[kind_key]
    columns = tuple(_column_from_field(kind, f) for f in kind.fields)
    return SheetSpec(name, kind_key, columns, _SHEET_DOCS[kind_key])


# Roles have no editing form (no KINDS entry), so their sheet is spelled out here.
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
# Problems are listed in the order the user reads the file.
SHEET_ORDER = {s.name: i for i, s in enumerate(SHEETS)}
