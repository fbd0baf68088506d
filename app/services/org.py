"""Editing the organisation: validated create / update / soft delete / restore.

Every change stamps the record's version vector (see :mod:`app.services.records`);
deletion leaves a tombstone so sync can carry it. Each function returns what the
UI needs to undo it, and undo is itself an ordinary edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Course,
    Institution,
    Major,
    Person,
    RoleAssignment,
    StudentClass,
    Unit,
    UnitKind,
)
from app.models.base import SyncRecord, new_uuid
from app.models.org import ROLE_LABELS, RoleKind
from app.services.errors import UserError
from app.services.identity import quality_office
from app.services.records import stamp


@dataclass(frozen=True)
class Field:
    """An editable attribute and the rule for its value."""

    name: str
    label: str  # Chinese, used in messages
    type: str = "text"  # text | int | bool | unit | major | person | kind
    required: bool = False
    max_len: int = 0


@dataclass(frozen=True)
class Kind:
    """One kind of organisation record."""

    key: str
    label: str
    model: type[SyncRecord]
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        """The spec of attribute ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


KINDS: dict[str, Kind] = {
    k.key: k
    for k in (
        Kind(
            "institution",
            "学院",
            Institution,
            (
                Field("name", "学院名称", required=True, max_len=100),
                Field("code", "院校代码", max_len=20),
                Field("president", "校长", max_len=50),
            ),
        ),
        Kind(
            "unit",
            "部门",
            Unit,
            (
                Field("name", "部门名称", required=True, max_len=60),
                Field("kind", "类型", type="kind", required=True),
                Field("code", "部门代码", max_len=20),
                Field("head_id", "负责人", type="person"),
                Field("is_quality_office", "质量督导处", type="bool"),
                Field("sort_order", "排序", type="int"),
            ),
        ),
        Kind(
            "major",
            "专业",
            Major,
            (
                Field("code", "专业代码", max_len=20),
                Field("name", "专业名称", required=True, max_len=60),
                Field("unit_id", "所属系部", type="unit", required=True),
                Field("lead_id", "专业负责人", type="person"),
                Field("sort_order", "排序", type="int"),
            ),
        ),
        Kind(
            "course",
            "课程",
            Course,
            (
                Field("code", "课程代码", max_len=20),
                Field("name", "课程名称", required=True, max_len=80),
                Field("major_id", "所属专业", type="major", required=True),
                Field("lead_id", "课程负责人", type="person"),
                Field("hours", "学时", type="int"),
            ),
        ),
        Kind(
            "person",
            "人员",
            Person,
            (
                Field("staff_no", "工号", required=True, max_len=20),
                Field("name", "姓名", required=True, max_len=50),
                Field("gender", "性别", max_len=2),
                Field("unit_id", "所属部门", type="unit"),
                Field("title", "职称", max_len=30),
                Field("education", "学历", max_len=30),
                Field("is_teacher", "教师", type="bool"),
                Field("is_dual_qualified", "双师型", type="bool"),
                Field("phone", "电话", max_len=30),
            ),
        ),
        Kind(
            "class",
            "班级",
            StudentClass,
            (
                Field("name", "班级名称", required=True, max_len=60),
                Field("major_id", "所属专业", type="major", required=True),
                Field("grade", "年级", type="int", required=True),
                Field("counsellor_id", "辅导员", type="person"),
                Field("student_count", "人数", type="int"),
            ),
        ),
        Kind(
            "role",
            "角色",
            RoleAssignment,
            (
                Field("person_id", "人员", type="person", required=True),
                Field("role", "角色", type="role", required=True),
                Field("unit_id", "部门", type="unit"),
            ),
        ),
    )
}

_REF_MODELS: dict[str, type[SyncRecord]] = {"unit": Unit, "major": Major, "person": Person}


def kind_of(key: str) -> Kind:
    """The spec for ``key``; a programming error if unknown."""
    return KINDS[key]


# Field types whose values are checked on their own; the rest name other records.
_PLAIN_TYPES = frozenset({"text", "int", "bool", "kind", "role"})


def clean_value(*, kind: str, field: str, value: Any) -> Any:
    """Coerce and check one non-reference value of ``kind``'s attribute ``field``.

    The same rule (and Chinese message) as the editing forms, without a session:
    the workbook import checks cells before any database is chosen and resolves
    references itself, by natural key. A reference field is a programming error.
    """
    spec = kind_of(kind)
    f = spec.field(field)
    if f.type not in _PLAIN_TYPES:
        raise ValueError(f"{kind}.{field} is a reference; it needs a session to check")
    return _clean_plain(spec, f, value)


def _clean(session: Session, kind: Kind, field: Field, value: Any) -> Any:
    """Coerce and check one value; raise :class:`UserError` naming the field."""
    if field.type in _PLAIN_TYPES:
        return _clean_plain(kind, field, value)
    return _clean_ref(session, kind, field, value)


def _clean_plain(kind: Kind, field: Field, value: Any) -> Any:
    """Text, integer, yes/no and unit-kind values: no other record involved."""
    where = f"{kind.label}的“{field.label}”"
    if field.type == "text":
        text = "" if value is None else str(value).strip()
        if field.required and not text:
            raise UserError(f"{where}不能为空。")
        if field.max_len and len(text) > field.max_len:
            raise UserError(f"{where}过长（{len(text)} 字，最多 {field.max_len} 字）。")
        return text
    if field.type == "int":
        if value in (None, ""):
            if field.required:
                raise UserError(f"{where}不能为空。")
            return 0
        try:
            number = int(str(value).strip())
        except ValueError:
            raise UserError(f"{where}应为整数，而不是“{value}”。") from None
        if number < 0:
            raise UserError(f"{where}不能为负数。")
        return number
    if field.type == "bool":
        return bool(value)
    if field.type == "role":
        labels = {label: key for key, label in ROLE_LABELS.items()}
        role = labels.get(str(value).strip(), str(value).strip() if value else "")
        if role not in ROLE_LABELS:
            raise UserError(f"{where}应为{'、'.join(ROLE_LABELS.values())}之一。")
        return role
    try:  # "kind": the stored UnitKind value
        return UnitKind(value).value
    except ValueError:
        raise UserError(f"{where}应为“职能部门”或“系部”。") from None


def _clean_ref(session: Session, kind: Kind, field: Field, value: Any) -> Any:
    """A reference to another record by id: it must exist and be live."""
    where = f"{kind.label}的“{field.label}”"
    if value in (None, ""):
        if field.required:
            raise UserError(f"{where}不能为空。")
        return None
    target = session.get(_REF_MODELS[field.type], value)
    if target is None or target.deleted:
        raise UserError(f"{where}指向的记录不存在或已删除。")
    if field.type == "unit" and kind.key in ("major",) and target.kind != UnitKind.ACADEMIC:
        raise UserError(f"专业只能隶属于系部，而“{target.name}”是职能部门。")
    return value


def _owner(session: Session) -> str | None:
    office = quality_office(session)
    return office.id if office else None


def _get_live(session: Session, kind: Kind, record_id: str) -> SyncRecord:
    record = session.get(kind.model, record_id)
    if record is None:
        raise UserError(f"要修改的{kind.label}不存在（可能已被删除）。")
    return record


def create(
    session: Session, *, kind: str, values: dict[str, Any], record_id: str | None = None
) -> str:
    """Insert a record of ``kind``; returns its id."""
    spec = kind_of(kind)
    clean = {f.name: _clean(session, spec, f, values.get(f.name)) for f in spec.fields}
    record = spec.model(id=record_id or new_uuid(), owner_unit_id=_owner(session), **clean)
    if record.owner_unit_id is None and getattr(record, "is_quality_office", False):
        # The quality office authors the organisation, its own unit included: a college
        # entered office-first must not leave that unit without an author for sync.
        record.owner_unit_id = record.id
    record.version = {}
    stamp(session, record)
    session.add(record)
    session.flush()
    return record.id


def update(
    session: Session, *, kind: str, record_id: str, changes: dict[str, Any]
) -> dict[str, Any]:
    """Change some fields; returns their previous values (for undo)."""
    spec = kind_of(kind)
    record = _get_live(session, spec, record_id)
    if record.deleted:
        raise UserError(f"该{spec.label}已被删除，不能修改。")
    clean = {name: _clean(session, spec, spec.field(name), v) for name, v in changes.items()}
    old = {name: getattr(record, name) for name in clean}
    if old == clean:
        return old
    for name, value in clean.items():
        setattr(record, name, value)
    stamp(session, record)
    session.flush()
    return old


def set_deleted(session: Session, *, kind: str, record_id: str, deleted: bool) -> None:
    """Soft-delete (tombstone) or restore a record."""
    spec = kind_of(kind)
    record = _get_live(session, spec, record_id)
    if record.deleted == deleted:
        return
    if deleted:
        _check_not_in_use(session, spec, record)
    record.deleted = deleted
    stamp(session, record)
    session.flush()


def _check_not_in_use(session: Session, spec: Kind, record: SyncRecord) -> None:
    """Refuse deleting a unit or major that still has live children."""
    children: list[tuple[type[SyncRecord], Any, str]] = []
    if spec.key == "unit":
        children = [(Major, Major.unit_id, "专业"), (Person, Person.unit_id, "人员")]
    elif spec.key == "major":
        children = [
            (Course, Course.major_id, "课程"),
            (StudentClass, StudentClass.major_id, "班级"),
        ]
    for model, column, label in children:
        count = len(
            session.scalars(
                select(model.id).where(column == record.id, model.deleted.is_(False))
            ).all()
        )
        if count:
            name = getattr(record, "name", "")
            raise UserError(f"“{name}”下还有 {count} 个{label}，请先删除或移走它们。")


def institution(session: Session) -> Institution | None:
    """The college (first live row)."""
    return session.scalars(select(Institution).where(Institution.deleted.is_(False))).first()


def units(session: Session) -> list[Unit]:
    """Live units: offices first, then academic departments, by sort order."""
    rows = session.scalars(select(Unit).where(Unit.deleted.is_(False))).all()
    return sorted(rows, key=lambda u: (u.kind != UnitKind.OFFICE, u.sort_order, u.name))


def live(session: Session, model: type[SyncRecord], **filters: Any) -> list[Any]:
    """Live rows of ``model`` matching equality ``filters``."""
    stmt = select(model).where(model.deleted.is_(False))
    for name, value in filters.items():
        stmt = stmt.where(getattr(model, name) == value)
    return list(session.scalars(stmt).all())


def next_staff_no(session: Session) -> str:
    """A free staff number for a new person: one more than the largest numeric one."""
    numbers = [int(n) for n in session.scalars(select(Person.staff_no)) if n and n.isdigit()]
    return str(max(numbers, default=1000) + 1)


def new_record_defaults(
    session: Session, *, kind: str, unit_id: str | None = None, major_id: str | None = None
) -> dict[str, Any]:
    """Values for a row added from a table: a placeholder name and the page's scope."""
    from datetime import date

    if kind in ("course", "class") and not major_id:
        stmt = select(Major.id).where(Major.deleted.is_(False)).order_by(Major.sort_order)
        if unit_id:
            stmt = stmt.where(Major.unit_id == unit_id)
        major_id = session.scalars(stmt).first()
        if major_id is None:
            raise UserError("请先添加专业，再添加课程或班级。")
    if kind == "major" and not unit_id:
        unit_id = session.scalars(
            select(Unit.id)
            .where(Unit.deleted.is_(False), Unit.kind == UnitKind.ACADEMIC)
            .order_by(Unit.sort_order)
        ).first()
        if unit_id is None:
            raise UserError("请先添加一个系部，再添加专业。")
    if kind == "institution":
        if institution(session) is not None:
            raise UserError("学院信息已存在；一个数据文件只记录一所学院，请直接修改。")
        return {"name": "新学院"}
    if kind == "role":
        stmt = select(Person.id).where(Person.deleted.is_(False)).order_by(Person.staff_no)
        if unit_id:
            stmt = stmt.where(Person.unit_id == unit_id)
        person_id = session.scalars(stmt).first()
        if person_id is None:
            raise UserError("请先添加人员，再为其设置角色。")
        return {"person_id": person_id, "role": RoleKind.SECRETARY.value, "unit_id": unit_id}
    defaults: dict[str, dict[str, Any]] = {
        "unit": {"name": "新部门", "kind": UnitKind.ACADEMIC.value},
        "major": {"name": "新专业", "unit_id": unit_id},
        "course": {"name": "新课程", "major_id": major_id},
        "class": {"name": "新班级", "major_id": major_id, "grade": date.today().year},
        "person": {
            "name": "新人员",
            "staff_no": next_staff_no(session),
            "unit_id": unit_id,
            "is_teacher": True,
        },
    }
    return defaults[kind]
