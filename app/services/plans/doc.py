"""A plan as plain data: what the editor edits, the PDF prints and the workbook holds.

Keeping one in-memory document (instead of ORM objects) lets the editor undo freely
and autosave by diff, and lets reports and Excel work without a database session.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from app.models.base import new_uuid
from app.models.plans import PlanStatus


@dataclass
class Owner:
    """A person on a task with priority A (owner), B or C (helpers)."""

    person_id: str
    priority: str
    name: str = ""  # resolved for display; not stored


@dataclass
class ObjectiveDoc:
    """目标."""

    text: str = ""
    id: str = field(default_factory=new_uuid)


@dataclass
class TaskDoc:
    """主要任务 with its matrix row and 12 months."""

    name: str = ""
    objective_ids: list[str] = field(default_factory=list)
    owners: list[Owner] = field(default_factory=list)
    target_date: date | None = None
    planned_months: list[int] = field(default_factory=list)
    month_states: dict[int, str] = field(default_factory=dict)
    id: str = field(default_factory=new_uuid)


@dataclass
class CostDoc:
    """成本 line: budget and monthly spending in whole 元."""

    category: str = ""
    budget_yuan: int = 0
    spent_yuan: dict[int, int] = field(default_factory=dict)
    id: str = field(default_factory=new_uuid)

    @property
    def spent_total(self) -> int:
        """Everything spent so far."""
        return sum(self.spent_yuan.values())


@dataclass
class PlanDoc:
    """One revision of a one-page plan."""

    level: str
    subject_id: str
    unit_id: str
    year: int
    leader: str = ""
    work_name: str = ""
    plan_date: date | None = None
    objective: str = ""
    objectives: list[ObjectiveDoc] = field(default_factory=list)
    tasks: list[TaskDoc] = field(default_factory=list)
    costs: list[CostDoc] = field(default_factory=list)
    notes: dict[int, str] = field(default_factory=dict)  # 概述与预测 by month
    revision: int = 1
    previous_id: str | None = None
    id: str = field(default_factory=new_uuid)
    # Context for display and printing; not part of the content.
    subject_name: str = ""
    unit_name: str = ""
    status: str = PlanStatus.DRAFT
    as_of_month: int | None = None  # set on a monthly snapshot

    def objective_number(self, objective_id: str) -> int | None:
        """1-based position of an objective (how the form refers to it)."""
        for i, objective in enumerate(self.objectives, start=1):
            if objective.id == objective_id:
                return i
        return None

    def latest_note(self) -> tuple[int, str] | None:
        """The most recent month's 概述与预测, if any was written."""
        written = [(m, t) for m, t in self.notes.items() if t.strip()]
        return max(written) if written else None

    # -- plain data ------------------------------------------------------------
    def to_data(self) -> dict[str, Any]:
        """JSON-ready dict (dates ISO, month keys as strings)."""
        data = asdict(self)
        data["plan_date"] = self.plan_date.isoformat() if self.plan_date else None
        data["notes"] = {str(m): t for m, t in sorted(self.notes.items())}
        for task in data["tasks"]:
            task["target_date"] = task["target_date"].isoformat() if task["target_date"] else None
            task["month_states"] = {str(m): s for m, s in sorted(task["month_states"].items())}
        for cost in data["costs"]:
            cost["spent_yuan"] = {str(m): v for m, v in sorted(cost["spent_yuan"].items())}
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PlanDoc:
        """Inverse of :meth:`to_data`."""
        d = dict(data)
        d["plan_date"] = date.fromisoformat(d["plan_date"]) if d.get("plan_date") else None
        d["notes"] = {int(m): t for m, t in (d.get("notes") or {}).items()}
        d["objectives"] = [ObjectiveDoc(**o) for o in d.get("objectives") or []]
        d["tasks"] = [
            TaskDoc(
                **{
                    **t,
                    "owners": [Owner(**o) for o in t.get("owners") or []],
                    "target_date": date.fromisoformat(t["target_date"])
                    if t.get("target_date")
                    else None,
                    "month_states": {int(m): s for m, s in (t.get("month_states") or {}).items()},
                }
            )
            for t in d.get("tasks") or []
        ]
        d["costs"] = [
            CostDoc(
                **{**c, "spent_yuan": {int(m): v for m, v in (c.get("spent_yuan") or {}).items()}}
            )
            for c in d.get("costs") or []
        ]
        return cls(**d)

    def content_data(self) -> dict[str, Any]:
        """What the plan says, without ids or display context: equal plans, equal data."""
        data = self.to_data()
        numbers = {o.id: i for i, o in enumerate(self.objectives, start=1)}
        for key in ("id", "previous_id", "subject_name", "unit_name", "status", "as_of_month"):
            data.pop(key)
        for item in (*data["objectives"], *data["tasks"], *data["costs"]):
            item.pop("id")
        for task in data["tasks"]:
            task["objective_ids"] = sorted(numbers.get(i, 0) for i in task["objective_ids"])
            for owner in task["owners"]:
                owner.pop("name")
        return data

    def fingerprint(self) -> str:
        """Short hash of the content, printed in the footer to match paper to data."""
        canonical = json.dumps(self.content_data(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def yuan_to_wan(yuan: int) -> str:
    """Whole 元 as 万元 text without trailing zeros: 15000 → "1.5"."""
    text = f"{yuan / 10000:.4f}".rstrip("0").rstrip(".")
    return text if text != "-0" else "0"


def wan_to_yuan(text: str | float | int) -> int:
    """万元 typed by a person ("1.5", "2", "0.35万") into whole 元; ValueError if not a number."""
    cleaned = str(text).strip().replace("万元", "").replace("万", "").replace(",", "")
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(cleaned) * 10000
    except InvalidOperation:
        raise ValueError(text) from None
    if value != value.to_integral_value():
        raise ValueError(text)
    return int(value)
