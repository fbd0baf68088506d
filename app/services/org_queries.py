"""Read-only views of the organisation, shaped for the navigation tree and tables.

Plain data (dicts and small dataclasses) so the UI never sees a session or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Course, Major, Person, StudentClass, Unit, UnitKind
from app.services.org import KINDS, institution, kind_of


@dataclass
class Node:
    """One entry of the navigation tree."""

    kind: str  # institution | group | unit | major | course | class | people | person
    id: str | None
    label: str
    children: list[Node] = field(default_factory=list)


@dataclass(frozen=True)
class Scope:
    """Which rows a table shows: everything, one unit's or one major's."""

    unit_id: str | None = None
    major_id: str | None = None


def _live(model: Any) -> Any:
    return select(model).where(model.deleted.is_(False))


def list_rows(session: Session, *, kind: str, scope: Scope = Scope()) -> list[dict[str, Any]]:
    """Rows of ``kind`` in ``scope`` as dicts of id + editable fields, in display order."""
    spec = kind_of(kind)
    model = spec.model
    stmt = _live(model)
    if kind in ("course", "class"):
        if scope.major_id:
            stmt = stmt.where(model.major_id == scope.major_id)
        elif scope.unit_id:
            majors = select(Major.id).where(Major.unit_id == scope.unit_id)
            stmt = stmt.where(model.major_id.in_(majors))
    elif kind in ("major", "person", "role") and scope.unit_id:
        stmt = stmt.where(model.unit_id == scope.unit_id)
    rows = [
        {"id": r.id, **{f.name: getattr(r, f.name) for f in spec.fields}}
        for r in session.scalars(stmt)
    ]
    order = {
        "unit": lambda r: (r["kind"] != UnitKind.OFFICE, r["sort_order"], r["name"]),
        "major": lambda r: (r["sort_order"], r["code"], r["name"]),
        "course": lambda r: (r["code"], r["name"]),
        "person": lambda r: (r["staff_no"], r["name"]),
        "class": lambda r: (-r["grade"], r["name"]),
        "institution": lambda r: r["name"],
        "role": lambda r: (r["unit_id"] or "", r["role"], r["person_id"]),
    }[kind]
    return sorted(rows, key=order)


def get_row(session: Session, *, kind: str, record_id: str) -> dict[str, Any] | None:
    """One row as :func:`list_rows` shapes it, or None if gone."""
    spec = KINDS[kind]
    record = session.get(spec.model, record_id)
    if record is None or record.deleted:
        return None
    return {"id": record.id, **{f.name: getattr(record, f.name) for f in spec.fields}}


def reference_choices(session: Session) -> dict[str, list[tuple[str, str]]]:
    """(id, label) choices for reference columns: units, academic units, majors, people."""
    units = session.execute(
        select(Unit.id, Unit.name, Unit.kind, Unit.sort_order).where(Unit.deleted.is_(False))
    ).all()
    units = sorted(units, key=lambda u: (u.kind != UnitKind.OFFICE, u.sort_order, u.name))
    majors = session.execute(
        select(Major.id, Major.name, Major.code).where(Major.deleted.is_(False))
    ).all()
    people = session.execute(
        select(Person.id, Person.name, Person.staff_no).where(Person.deleted.is_(False))
    ).all()
    return {
        "unit": [(u.id, u.name) for u in units],
        "academic_unit": [(u.id, u.name) for u in units if u.kind == UnitKind.ACADEMIC],
        "major": [(m.id, m.name) for m in sorted(majors, key=lambda m: (m.code, m.name))],
        "person": [
            (p.id, f"{p.name}（{p.staff_no}）") for p in sorted(people, key=lambda p: p.staff_no)
        ],
    }


def counts(session: Session) -> dict[str, int]:
    """How many live records of each kind (for the overview and status bar)."""
    from sqlalchemy import func

    result = {}
    for key, spec in KINDS.items():
        model = spec.model
        result[key] = (
            session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
            or 0
        )
    result["teacher"] = (
        session.scalar(
            select(func.count())
            .select_from(Person)
            .where(Person.deleted.is_(False), Person.is_teacher.is_(True))
        )
        or 0
    )
    return result


def tree(session: Session) -> Node:
    """The college as the navigation tree shows it: units → majors → courses and classes."""
    inst = institution(session)
    root = Node("institution", inst.id if inst else None, inst.name if inst else "")
    offices = Node("group", UnitKind.OFFICE.value, "")
    academics = Node("group", UnitKind.ACADEMIC.value, "")
    root.children = [offices, academics]

    majors_by_unit: dict[str, list[Node]] = {}
    major_nodes: dict[str, Node] = {}
    for m in session.execute(
        select(Major.id, Major.name, Major.unit_id, Major.sort_order, Major.code)
        .where(Major.deleted.is_(False))
        .order_by(Major.sort_order, Major.code, Major.name)
    ):
        node = Node("major", m.id, m.name)
        major_nodes[m.id] = node
        majors_by_unit.setdefault(m.unit_id, []).append(node)
    for c in session.execute(
        select(Course.id, Course.name, Course.major_id)
        .where(Course.deleted.is_(False))
        .order_by(Course.code, Course.name)
    ):
        if c.major_id in major_nodes:
            major_nodes[c.major_id].children.append(Node("course", c.id, c.name))
    for k in session.execute(
        select(StudentClass.id, StudentClass.name, StudentClass.major_id)
        .where(StudentClass.deleted.is_(False))
        .order_by(StudentClass.grade.desc(), StudentClass.name)
    ):
        if k.major_id in major_nodes:
            major_nodes[k.major_id].children.append(Node("class", k.id, k.name))
    people_by_unit: dict[str, list[Node]] = {}
    for p in session.execute(
        select(Person.id, Person.name, Person.unit_id)
        .where(Person.deleted.is_(False))
        .order_by(Person.staff_no)
    ):
        people_by_unit.setdefault(p.unit_id, []).append(Node("person", p.id, p.name))

    for u in session.execute(
        select(Unit.id, Unit.name, Unit.kind, Unit.sort_order)
        .where(Unit.deleted.is_(False))
        .order_by(Unit.sort_order, Unit.name)
    ):
        node = Node("unit", u.id, u.name)
        node.children = list(majors_by_unit.get(u.id, []))
        staff = people_by_unit.get(u.id, [])
        node.children.append(Node("people", u.id, "", staff))
        (offices if u.kind == UnitKind.OFFICE else academics).children.append(node)
    return root
