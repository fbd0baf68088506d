"""The live organisation as cell rows, in the import's own layout.

References are written as natural keys and values in the words the import reads
back, so importing an export into an empty database reproduces the organisation
and into the same one changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Course, Institution, Major, Person, RoleAssignment, StudentClass, Unit
from app.models.base import SyncRecord
from app.models.org import ROLE_LABELS, UNIT_KIND_LABELS, UnitKind
from app.services.org_import.sheets import (
    NO,
    SHEET_BY_NAME,
    SHEET_CLASS,
    SHEET_COURSE,
    SHEET_INSTITUTION,
    SHEET_MAJOR,
    SHEET_PERSON,
    SHEET_ROLE,
    SHEET_UNIT,
    YES,
    SheetSpec,
)


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
                row.append(UNIT_KIND_LABELS.get(value, value))
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
