"""Rules across records that no single cell shows.

A major belongs to an academic department, a department with majors cannot turn
into an office, and the college has exactly one quality office (it owns the
organisation in sync), so handing that role over needs both rows in the file.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from app.models import Major, UnitKind
from app.services.org import KINDS
from app.services.org_import.sheets import SHEET_MAJOR, SHEET_UNIT

if TYPE_CHECKING:  # plan imports this module
    from app.services.org_import.plan import Plan


def check_rules(plan: Plan) -> None:
    """Record a problem on every row that would break a rule after import."""
    kind_by_target = {
        i.target_id: i.values["kind"] for i in plan.items[SHEET_UNIT] if "kind" in i.values
    }
    label = KINDS["major"].field("unit_id").label
    for item in plan.items[SHEET_MAJOR]:
        unit_id = item.values.get("unit_id")
        if not unit_id:
            continue
        unit = plan.unit_by_id.get(unit_id)
        kind = kind_by_target.get(unit_id) or (unit.kind if unit else None)
        if kind == UnitKind.OFFICE.value:
            name = item.parsed.values["unit_id"]
            item.problem(label, f"专业只能隶属于系部，而“{name}”是职能部门")
    _check_kind_changes(plan)
    _check_quality_office(plan)


def _check_kind_changes(plan: Plan) -> None:
    """A department with majors in the database cannot silently become an office."""
    majors_by_unit: dict[str, list[Major]] = defaultdict(list)
    for m in plan.db_majors:
        majors_by_unit[m.unit_id].append(m)
    label = KINDS["unit"].field("kind").label
    for item in plan.items[SHEET_UNIT]:
        unit = item.existing
        if unit is None or item.values.get("kind") != UnitKind.OFFICE.value:
            continue
        staying = []
        for m in majors_by_unit.get(unit.id, []):
            row = plan.f_major_name.get(m.name)
            if row is None or row.parsed.values.get("unit_id") == unit.name:
                staying.append(m.name)
        if staying:
            item.problem(
                label,
                f"“{unit.name}”下还有专业“{staying[0]}”等 {len(staying)} 个，不能改为职能部门",
            )


def _check_quality_office(plan: Plan) -> None:
    """Exactly one quality office after import: it owns the organisation in sync."""
    flagged = [i for i in plan.items[SHEET_UNIT] if i.values.get("is_quality_office")]
    if not flagged:
        for item in plan.items[SHEET_UNIT]:
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
    for unit in plan.db_units:
        if not unit.is_quality_office or unit is item.existing:
            continue
        row = plan.f_unit.get(unit.name)
        if row is not None and row.parsed.values.get("is_quality_office") is False:
            # Handing over: valid only if that row is imported too.
            item.deps.append(("质量督导处", "部门", unit.name, row))
            continue
        item.problem(
            "质量督导处",
            f"学院已有质量督导处“{unit.name}”；如要更换，"
            f"请在本文件中把“{unit.name}”的“质量督导处”填为“否”",
        )
