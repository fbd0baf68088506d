"""Job description manuals (岗位说明书, 表4): unit duties, posts, duty types, work, standards.

Design notes, because sync, printing and the coverage check depend on them:
- The chain is 部门职责 → 岗位工作 → 工作标准. A unit's duties (:class:`UnitDuty`) are
  listed once; each post's work item (:class:`WorkItem`) names the duty it carries out,
  so the app can list duties no post covers and work that serves no duty.
- Every record carries ``unit_id`` (the unit whose manual it is, equal to
  ``owner_unit_id``): one author rule covers the whole manual, a manual is read with
  one indexed query per table, and no record needs its parent to say who owns it.
- The 任职资格 (qualifications) are four texts on the post: one post, one record.
- 岗位系数 is kept as the text typed ("1.2", "1.20" or blank as in the seed), so a
  round trip through Excel gives back exactly what was written; checks say if it is
  not a number.
- Numbers shown on the form (一、二、…; 1. 2. …) are positions, never stored text.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncRecord


class UnitDuty(SyncRecord, Base):
    """部门职责: one duty of a unit, in the order the unit lists them."""

    __tablename__ = "unit_duties"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


class JobDescription(SyncRecord, Base):
    """岗位说明书 of one post (岗位): its basic information and its qualifications."""

    __tablename__ = "job_descriptions"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order within the unit's manual
    title: Mapped[str] = mapped_column(String(100), default="")  # 岗位名称
    headcount: Mapped[int | None] = mapped_column(Integer)  # 定员 (人)
    coefficient: Mapped[str] = mapped_column(String(20), default="")  # 岗位系数, as typed
    supervisor: Mapped[str] = mapped_column(String(100), default="")  # 直接上级
    subordinates: Mapped[str] = mapped_column(String(200), default="")  # 直接下级
    # 任职资格要求
    education: Mapped[str] = mapped_column(Text, default="")  # 学历/职称
    knowledge: Mapped[str] = mapped_column(Text, default="")  # 专业知识和技能
    experience: Mapped[str] = mapped_column(Text, default="")  # 工作经验
    certificates: Mapped[str] = mapped_column(Text, default="")  # 资格证书


class DutyCategory(SyncRecord, Base):
    """职责类型 of a post (printed 一、管理体系建设), in order."""

    __tablename__ = "job_duty_categories"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    post_id: Mapped[str] = mapped_column(ForeignKey("job_descriptions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100), default="")


class WorkItem(SyncRecord, Base):
    """工作内容: one piece of a post's work, and the unit duty it carries out."""

    __tablename__ = "job_work_items"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    post_id: Mapped[str] = mapped_column(ForeignKey("job_descriptions.id"), index=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("job_duty_categories.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    # The 部门职责 this work carries out (None: not linked yet, reported by coverage).
    duty_id: Mapped[str | None] = mapped_column(ForeignKey("unit_duties.id"), index=True)


class WorkStandard(SyncRecord, Base):
    """工作标准: one numbered line of the standard a work item must meet (SMART)."""

    __tablename__ = "job_work_standards"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    work_item_id: Mapped[str] = mapped_column(ForeignKey("job_work_items.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
