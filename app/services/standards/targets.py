"""A target's values, the sentence they make, and its SMART hint.

A target is kept in five fields (测量内容, 目标值, 单位, 完成期限, 佐证材料) because the
printed catalog has a column for each and because a subject overrides them one by one.
SMART, though, judges a sentence, so :func:`target_sentence` joins the fields the way a
person would write the standard ("双师型教师占比为 60%，2025年12月31日前") and
:func:`smart_hint` checks that, with the point's name as the context for relevance (R).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from app.services.smart import SmartVerdict, check_text

# A value that already says how it compares ("≥60", "不少于 2") needs no "为" before it.
_COMPARATOR = re.compile(
    r"^\s*(?:[≥≤><=＞＜≧≦]|不少于|不低于|不超过|不高于|不多于|至少|至多|达到|达|超过|低于|高于|小于|大于)"
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$")


@dataclass(frozen=True)
class TargetValues:
    """What is measured, the value and unit, the deadline and the evidence expected."""

    measure: str = ""
    target_value: str = ""
    unit: str = ""
    deadline: str = ""
    evidence: str = ""

    @classmethod
    def of(cls, row: Any) -> TargetValues:
        """The values of a row or document that has the five fields."""
        return cls(**{f.name: getattr(row, f.name) or "" for f in fields(cls)})

    def cleaned(self) -> TargetValues:
        """Surrounding spaces removed (what is stored)."""
        return TargetValues(**{f.name: getattr(self, f.name).strip() for f in fields(self)})

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def blank(self) -> bool:
        """No field filled in."""
        return not any(v.strip() for v in self.as_dict().values())

    @property
    def value_text(self) -> str:
        """目标值 with its unit, as printed: "≥60%", "2次" (nothing without a value)."""
        value = self.target_value.strip()
        return f"{value}{self.unit.strip()}" if value else ""

    @property
    def deadline_text(self) -> str:
        """完成期限 as printed; an ISO date ("2025-12-31") reads "2025年12月31日前"."""
        return deadline_phrase(self.deadline)

    def sentence(self, *, evidence: bool = True) -> str:
        """The target as one sentence (what SMART checks and the report quotes)."""
        return target_sentence(self, evidence=evidence)


def deadline_phrase(deadline: str) -> str:
    """A deadline as people write it; ISO dates become Chinese dates ending in 前."""
    match = _ISO_DATE.match(deadline)
    if not match:
        return deadline.strip()
    year, month, day = match.groups()
    return f"{year}年{int(month)}月{int(day)}日前" if day else f"{year}年{int(month)}月前"


def target_sentence(values: TargetValues, *, evidence: bool = True) -> str:
    """ "测量内容为目标值单位，完成期限（佐证：…）", leaving out what is blank (and the
    evidence when a table prints it in a column of its own)."""
    head = values.measure.strip()
    value = values.value_text
    if value:
        glue = "" if not head or _COMPARATOR.match(value) else "为"
        head = f"{head}{glue}{value}"
    parts = [p for p in (head, values.deadline_text) if p]
    sentence = "，".join(parts)
    if evidence and values.evidence.strip():
        sentence += f"（佐证：{values.evidence.strip()}）"
    return sentence


def smart_hint(values: TargetValues, *, point_name: str = "") -> SmartVerdict:
    """The SMART verdict of a target; relevance is judged against the point it serves."""
    return check_text(target_sentence(values), context=point_name)
