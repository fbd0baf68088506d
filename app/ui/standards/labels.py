"""Translated names of catalog kinds, entry levels and subject levels, and the SMART hint line.

The services keep Chinese labels for the CLI and the printed catalogs; the window shows
English sources through ``translate`` so the English UI stays English (as
:mod:`app.ui.plans.labels` does for plans).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.smart import SmartVerdict
from app.services.standards import levels as lv

_CONTEXT = "StandardsLabels"

KINDS: dict[str, str] = {
    "major": QT_TRANSLATE_NOOP("StandardsLabels", "Major standards (Table 5)"),
    "course": QT_TRANSLATE_NOOP("StandardsLabels", "Course standards (Table 6)"),
    "teacher": QT_TRANSLATE_NOOP("StandardsLabels", "Teacher development standards (Table 7)"),
    "student": QT_TRANSLATE_NOOP("StandardsLabels", "Student development standards (Table 8)"),
    "diagnosis": QT_TRANSLATE_NOOP("StandardsLabels", "Diagnostic reference table (Annex 2)"),
}
LEVELS: dict[str, str] = {
    lv.SECTION: QT_TRANSLATE_NOOP("StandardsLabels", "Part"),
    lv.DIMENSION: QT_TRANSLATE_NOOP("StandardsLabels", "Dimension"),
    lv.STANDARD: QT_TRANSLATE_NOOP("StandardsLabels", "Standard"),
    lv.CONTROL_POINT: QT_TRANSLATE_NOOP("StandardsLabels", "Control point"),
    lv.TYPE: QT_TRANSLATE_NOOP("StandardsLabels", "Type"),
    lv.ELEMENT: QT_TRANSLATE_NOOP("StandardsLabels", "Element"),
    lv.ITEM: QT_TRANSLATE_NOOP("StandardsLabels", "Diagnostic item"),
    lv.POINT: QT_TRANSLATE_NOOP("StandardsLabels", "Diagnostic point"),
}
DIAGNOSTIC_ELEMENT = QT_TRANSLATE_NOOP("StandardsLabels", "Diagnostic element")
RETIRED = QT_TRANSLATE_NOOP("StandardsLabels", " (retired)")
SUBJECTS: dict[str, str] = {
    "major": QT_TRANSLATE_NOOP("StandardsLabels", "Major"),
    "course": QT_TRANSLATE_NOOP("StandardsLabels", "Course"),
    "teacher": QT_TRANSLATE_NOOP("StandardsLabels", "Teacher"),
    "class": QT_TRANSLATE_NOOP("StandardsLabels", "Class"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def kind_label(kind: str) -> str:
    """专业建设标准（表5）… in the UI language."""
    return _tr(KINDS[kind]) if kind in KINDS else kind


def level_label(kind: str, level: str) -> str:
    """维度, 质控点 … in the UI language (附件2's elements are 诊断要素)."""
    if kind == "diagnosis" and level == lv.ELEMENT:
        return _tr(DIAGNOSTIC_ELEMENT)
    return _tr(LEVELS[level]) if level in LEVELS else level


def subject_label(level: str) -> str:
    """专业, 课程, 教师, 班级 in the UI language."""
    return _tr(SUBJECTS[level]) if level in SUBJECTS else level


def retired_mark() -> str:
    """The mark after a retired entry's name: “（已停用）”."""
    return _tr(RETIRED)


def smart_line(verdict: SmartVerdict | None) -> str:
    """The one-line SMART hint of a verdict ("" when every letter is fine).

    Same shape as the plan editor's hints, "M（可度量）、T（有时限）：reason", so a
    secretary reads one kind of hint everywhere; the reasons come from the tunable rules.
    """
    if verdict is None or verdict.ok:
        return ""
    failed = [v for v in verdict.letters if not v.ok]
    names = "、".join(f"{v.letter}（{v.label}）" for v in failed)
    return f"{names}：{failed[0].reason}"
