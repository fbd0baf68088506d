"""What a plan is about: the unit, major, course, teacher or class, and whose unit writes it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Course, Major, Person, StudentClass, Unit
from app.models.plans import LEVEL_LABELS, PlanLevel
from app.services.errors import UserError


@dataclass(frozen=True)
class Subject:
    """A plan's subject with the unit responsible for it."""

    level: str
    id: str
    name: str
    unit_id: str
    unit_name: str
    deleted: bool = False  # the subject was deleted after the plan was written


def _unit(session: Session, unit_id: str | None) -> Unit:
    unit = session.get(Unit, unit_id) if unit_id else None
    if unit is None:
        raise UserError("找不到该计划所属的部门。")
    return unit


def subject_of(session: Session, *, level: str, subject_id: str) -> Subject:
    """Resolve a subject; a clear message if it does not exist (any more)."""
    try:
        level = PlanLevel(level).value
    except ValueError:
        raise UserError(f"未知的计划层面“{level}”。应为部门、专业、课程、教师或班级。") from None
    model = {
        PlanLevel.UNIT: Unit,
        PlanLevel.MAJOR: Major,
        PlanLevel.COURSE: Course,
        PlanLevel.TEACHER: Person,
        PlanLevel.CLASS: StudentClass,
    }[PlanLevel(level)]
    record = session.get(model, subject_id)
    if record is None:
        raise UserError(f"找不到该{LEVEL_LABELS[level]}（可能已被删除）。")
    if level == PlanLevel.UNIT:
        unit_id = record.id
    elif level in (PlanLevel.TEACHER, PlanLevel.MAJOR):
        unit_id = record.unit_id
    else:  # course, class: through their major
        unit_id = session.get(Major, record.major_id).unit_id
    unit = _unit(session, unit_id)
    return Subject(level, record.id, record.name, unit.id, unit.name, bool(record.deleted))


def subjects(session: Session, *, level: str, unit_id: str | None = None) -> list[Subject]:
    """Every live subject of a level (optionally of one unit), for choosing in the UI."""
    units = {u.id: u.name for u in session.scalars(select(Unit).where(Unit.deleted.is_(False)))}
    majors = {m.id: m for m in session.scalars(select(Major).where(Major.deleted.is_(False)))}
    result: list[Subject] = []
    if level == PlanLevel.UNIT:
        result = [Subject(level, i, n, i, n) for i, n in units.items()]
    elif level == PlanLevel.MAJOR:
        result = [
            Subject(level, m.id, m.name, m.unit_id, units.get(m.unit_id, ""))
            for m in majors.values()
        ]
    elif level in (PlanLevel.COURSE, PlanLevel.CLASS):
        model = Course if level == PlanLevel.COURSE else StudentClass
        for r in session.scalars(select(model).where(model.deleted.is_(False))):
            major = majors.get(r.major_id)
            if major is not None:
                result.append(
                    Subject(level, r.id, r.name, major.unit_id, units.get(major.unit_id, ""))
                )
    elif level == PlanLevel.TEACHER:
        stmt = select(Person).where(Person.deleted.is_(False), Person.is_teacher.is_(True))
        result = [
            Subject(level, p.id, p.name, p.unit_id, units.get(p.unit_id, ""))
            for p in session.scalars(stmt)
            if p.unit_id
        ]
    if unit_id:
        result = [s for s in result if s.unit_id == unit_id]
    return sorted(result, key=lambda s: (s.unit_name, s.name))


def preload_subjects(session: Session) -> list[object]:
    """Load every unit, major, course, person and class into ``session`` in five queries.

    Hold the returned list while resolving many subjects (the plans list resolves
    hundreds): :func:`subject_of` then finds each record in the session's identity
    map instead of issuing a query per plan.
    """
    return [
        record
        for model in (Unit, Major, Course, Person, StudentClass)
        for record in session.scalars(select(model))
    ]
