"""One-page plans (一页纸工作计划报表, OPPM) with their objectives, tasks, costs and history.

Design notes, because sync and printing depend on them:
- A plan's *state* (草稿/已提交/已通过/已退回) is not a column: it is derived from its
  :class:`PlanReview` events. Submitting is authored by the plan's unit, approving or
  returning by the reviewing unit, so no unit ever edits a record it does not own.
- Money is stored in whole 元 (integers) and shown in 万元: exact sums, exact round trips.
- The 12-month grid lives on the task (planned months, and each month's actual state),
  so one task travels as one record.
- An approved plan is locked; changing it creates a new revision (``previous_id``).
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncRecord


class PlanLevel(enum.StrEnum):
    """The five levels (五横 minus the school itself: the unit stands for it)."""

    UNIT = "unit"
    MAJOR = "major"
    COURSE = "course"
    TEACHER = "teacher"
    CLASS = "class"


LEVEL_LABELS: dict[str, str] = {
    PlanLevel.UNIT: "部门",
    PlanLevel.MAJOR: "专业",
    PlanLevel.COURSE: "课程",
    PlanLevel.TEACHER: "教师",
    PlanLevel.CLASS: "班级",
}


class PlanStatus(enum.StrEnum):
    """Where a plan revision stands in review."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


STATUS_LABELS: dict[str, str] = {
    PlanStatus.DRAFT: "草稿",
    PlanStatus.SUBMITTED: "已提交",
    PlanStatus.APPROVED: "已通过",
    PlanStatus.RETURNED: "已退回",
}


class ReviewAction(enum.StrEnum):
    """An event in a plan revision's review."""

    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"


class TaskState(enum.StrEnum):
    """A task's actual state in one month (printed as filled marks)."""

    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    LATE = "late"
    DONE = "done"


TASK_STATE_LABELS: dict[str, str] = {
    TaskState.NOT_STARTED: "未开始",
    TaskState.ON_TRACK: "按计划",
    TaskState.AT_RISK: "有风险",
    TaskState.LATE: "滞后",
    TaskState.DONE: "已完成",
}


class Priority(enum.StrEnum):
    """An owner's role in a task (负责人/优先级)."""

    A = "A"  # owner
    B = "B"  # primary helper
    C = "C"  # secondary helper


class OnePagePlan(SyncRecord, Base):
    """One revision of a subject's plan for a year. Owned by ``unit_id``."""

    __tablename__ = "one_page_plans"

    level: Mapped[str] = mapped_column(String(10), index=True)  # PlanLevel
    # The unit, major, course, person (teacher) or class the plan is about.
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    # The unit that writes the plan (the subject's unit); equals owner_unit_id.
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[str | None] = mapped_column(String(36))  # the revision this replaces
    leader: Mapped[str] = mapped_column(String(50), default="")  # 项目领导
    work_name: Mapped[str] = mapped_column(String(100), default="")  # 工作名称
    plan_date: Mapped[date | None] = mapped_column(Date)  # 日期
    objective: Mapped[str] = mapped_column(Text, default="")  # 项目目标


class PlanObjective(SyncRecord, Base):
    """目标: one objective of a plan, in order."""

    __tablename__ = "plan_objectives"

    plan_id: Mapped[str] = mapped_column(ForeignKey("one_page_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


class PlanTask(SyncRecord, Base):
    """主要任务 with its row of the OPPM matrix and its 12 months."""

    __tablename__ = "plan_tasks"

    plan_id: Mapped[str] = mapped_column(ForeignKey("one_page_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # printed as 01, 02 …
    name: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date | None] = mapped_column(Date)  # 目标日期
    # Ids of the PlanObjective rows this task serves (the matrix's dots).
    objective_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # [[person_id, "A"|"B"|"C"], …] in display order.
    owners: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    planned_months: Mapped[list[int]] = mapped_column(JSON, default=list)  # 1..12
    # {"3": "on_track", …}: the actual state recorded for each month so far.
    month_states: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class PlanCostLine(SyncRecord, Base):
    """成本: a budget line in whole 元 and what was spent in each month."""

    __tablename__ = "plan_cost_lines"

    plan_id: Mapped[str] = mapped_column(ForeignKey("one_page_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(60), default="")
    budget_yuan: Mapped[int] = mapped_column(Integer, default=0)
    spent_yuan: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # {"3": 12000}


class PlanMonthNote(SyncRecord, Base):
    """概述与预测 written for one month; earlier months stay as they were."""

    __tablename__ = "plan_month_notes"

    plan_id: Mapped[str] = mapped_column(ForeignKey("one_page_plans.id"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")


class PlanReview(SyncRecord, Base):
    """One step of review; authored by the unit that took it (owner_unit_id)."""

    __tablename__ = "plan_reviews"

    plan_id: Mapped[str] = mapped_column(ForeignKey("one_page_plans.id"), index=True)
    # 1, 2, 3 … in the order of the revision's review. Steps alternate between the plan's
    # unit (submit) and its reviewer (approve/return), so the order never depends on
    # two PCs' clocks agreeing.
    step: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))  # ReviewAction
    comment: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(50), default="")  # who, as typed/chosen
    acted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PlanSnapshot(SyncRecord, Base):
    """The plan as it stood when a month's update was closed, for printing it as it was."""

    __tablename__ = "plan_snapshots"

    plan_id: Mapped[str] = mapped_column(ForeignKey("one_page_plans.id"), index=True)
    month: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)  # a PlanDoc as plain data
    fingerprint: Mapped[str] = mapped_column(String(16))
