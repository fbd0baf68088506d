"""The shape of each catalog kind: which levels of entry may sit under which, and their names.

Kept as data beside the services rather than in the schema (every entry is a row of one
general tree), so a college's new shape needs a line here, not a migration.

Why these shapes:

- 表5–表7 list dimensions, standards and control points side by side under a section
  (the teacher table has two sections, 整体发展 and 教师个体发展). The seed never says
  which point belongs to which standard, so the shipped entries are siblings; a college
  that decides may nest a standard under a dimension and a point under a standard.
- 表8: types → elements. Elements are what a class sets targets on.
- 附件2: items → elements → diagnostic points, each point with a hint and data-platform refs.
"""

from __future__ import annotations

from app.services.catalogs import KINDS
from app.services.errors import UserError

SECTION = "section"
DIMENSION = "dimension"
STANDARD = "standard"
CONTROL_POINT = "control_point"
TYPE = "type"
ELEMENT = "element"
ITEM = "item"
POINT = "point"

STANDARD_KINDS: tuple[str, ...] = ("major", "course", "teacher")
LEVELS: tuple[str, ...] = (
    SECTION,
    DIMENSION,
    STANDARD,
    CONTROL_POINT,
    TYPE,
    ELEMENT,
    ITEM,
    POINT,
)

_STANDARD_SHAPE: dict[str | None, tuple[str, ...]] = {
    None: (SECTION,),
    SECTION: (DIMENSION, STANDARD, CONTROL_POINT),
    DIMENSION: (STANDARD,),
    STANDARD: (CONTROL_POINT,),
}
CHILD_LEVELS: dict[str, dict[str | None, tuple[str, ...]]] = {
    **dict.fromkeys(STANDARD_KINDS, _STANDARD_SHAPE),
    "student": {None: (TYPE,), TYPE: (ELEMENT,)},
    "diagnosis": {None: (ITEM,), ITEM: (ELEMENT,), ELEMENT: (POINT,)},
}
"""Per kind: the levels allowed under a parent of each level (``None``: the top)."""

POINT_LEVEL: dict[str, str] = {
    **dict.fromkeys(STANDARD_KINDS, CONTROL_POINT),
    "student": ELEMENT,
    "diagnosis": POINT,
}
"""Per kind: the level that carries targets (质控点; 表8's elements; 附件2's points)."""

_LABELS: dict[str, str] = {
    SECTION: "部分",
    DIMENSION: "维度",
    STANDARD: "标准",
    CONTROL_POINT: "质控点",
    TYPE: "类型",
    ELEMENT: "要素",
    ITEM: "诊断项目",
    POINT: "诊断点",
}

SUBJECT_KINDS: dict[str, str] = {
    "major": "major",
    "course": "course",
    "teacher": "teacher",
    "class": "student",
}
"""Which catalog a subject's own standard is written against (class → 学生全面发展标准)."""

SUBJECT_SECTIONS: dict[str, str] = {"teacher": "individual"}
"""A teacher (one person) sets targets on 教师个体发展 only: 整体发展 is the college's."""

SUBJECT_LABELS: dict[str, str] = {
    "major": "专业",
    "course": "课程",
    "teacher": "教师",
    "class": "班级",
}


def level_label(kind: str, level: str) -> str:
    """Chinese name of a level in a kind ("诊断要素" in 附件2, "要素" in 表8)."""
    if kind == "diagnosis" and level == ELEMENT:
        return "诊断要素"
    return _LABELS.get(level, level)


def check_kind(kind: str) -> str:
    """``kind`` if it is a catalog kind, else a Chinese :class:`UserError`."""
    if kind not in KINDS:
        raise UserError(f"没有“{kind}”这种标准目录；可选：{'、'.join(KINDS)}。")
    return kind


def allowed_children(kind: str, parent_level: str | None) -> tuple[str, ...]:
    """The levels that may be added under a parent of ``parent_level`` (None: the top)."""
    return CHILD_LEVELS[check_kind(kind)].get(parent_level, ())


def subject_kind(subject_level: str) -> str:
    """The catalog kind for a subject level; a Chinese error for unit or unknown levels."""
    try:
        return SUBJECT_KINDS[subject_level]
    except KeyError:
        raise UserError(
            f"“{subject_level}”不能设置自身发展标准；可选：{'、'.join(SUBJECT_LABELS.values())}。"
        ) from None
