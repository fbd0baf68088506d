"""The college's organisation: institution, units, majors, courses, people, classes.

All of it is authored by the quality office (``owner_unit_id`` is the office's
unit) and travels to every unit in bundles.
"""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncRecord


class UnitKind(enum.StrEnum):
    """职能部门 (functional office) or 系/部 (academic department)."""

    OFFICE = "office"
    ACADEMIC = "academic"


class RoleKind(enum.StrEnum):
    """Roles a person holds besides being a unit head or major/course lead."""

    SECRETARY = "secretary"  # 部门秘书: types the unit's plans
    DEPUTY_HEAD = "deputy_head"  # 部门副职
    QUALITY_OFFICER = "quality_officer"  # 质量督导员
    DISCIPLINE_LEADER = "discipline_leader"  # 专业带头人
    KEY_TEACHER = "key_teacher"  # 骨干教师


# Chinese names of the stored values, one table for the services, the workbook and
# the UI (the enums keep only what is stored, so renaming a label needs no migration).
UNIT_KIND_LABELS: dict[str, str] = {
    UnitKind.OFFICE.value: "职能部门",
    UnitKind.ACADEMIC.value: "系部",
}
ROLE_LABELS: dict[str, str] = {
    RoleKind.SECRETARY.value: "部门秘书",
    RoleKind.DEPUTY_HEAD.value: "部门副职",
    RoleKind.QUALITY_OFFICER.value: "质量督导员",
    RoleKind.DISCIPLINE_LEADER.value: "专业带头人",
    RoleKind.KEY_TEACHER.value: "骨干教师",
}


class Institution(SyncRecord, Base):
    """学院: the college itself (one row)."""

    __tablename__ = "institutions"

    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(20), default="")  # 院校代码
    president: Mapped[str] = mapped_column(String(50), default="")  # 校长 (signs the report)


class Unit(SyncRecord, Base):
    """部门: a functional office or an academic department."""

    __tablename__ = "units"

    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(16))  # UnitKind
    code: Mapped[str] = mapped_column(String(20), default="")
    head_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", use_alter=True, name="fk_units_head_id_people")
    )
    # The quality office (质量督导处) is the hub of sync and the college-wide reviewer.
    is_quality_office: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Person(SyncRecord, Base):
    """A member of staff; ``is_teacher`` marks teachers (教师), who make career plans."""

    __tablename__ = "people"

    staff_no: Mapped[str] = mapped_column(String(20), index=True)  # 工号
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(2), default="")
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    title: Mapped[str] = mapped_column(String(30), default="")  # 职称
    education: Mapped[str] = mapped_column(String(30), default="")  # 学历/学位
    is_teacher: Mapped[bool] = mapped_column(Boolean, default=True)
    is_dual_qualified: Mapped[bool] = mapped_column(Boolean, default=False)  # 双师型
    phone: Mapped[str] = mapped_column(String(30), default="")


class Major(SyncRecord, Base):
    """专业, under an academic unit."""

    __tablename__ = "majors"

    code: Mapped[str] = mapped_column(String(20), default="")  # 专业代码
    name: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))  # 专业负责人
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Course(SyncRecord, Base):
    """课程, under a major."""

    __tablename__ = "courses"

    code: Mapped[str] = mapped_column(String(20), default="")
    name: Mapped[str] = mapped_column(String(80))
    major_id: Mapped[str] = mapped_column(ForeignKey("majors.id"), index=True)
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))  # 课程负责人
    hours: Mapped[int] = mapped_column(Integer, default=0)  # 学时


class StudentClass(SyncRecord, Base):
    """班级, under a major, by entry year."""

    __tablename__ = "student_classes"

    name: Mapped[str] = mapped_column(String(60))
    major_id: Mapped[str] = mapped_column(ForeignKey("majors.id"), index=True)
    grade: Mapped[int] = mapped_column(Integer)  # 入学年份 (年级)
    counsellor_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))  # 辅导员
    student_count: Mapped[int] = mapped_column(Integer, default=0)


class RoleAssignment(SyncRecord, Base):
    """A person's role in a unit (部门秘书, 副职 …)."""

    __tablename__ = "role_assignments"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))  # RoleKind
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
