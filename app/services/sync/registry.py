"""The travelling record types, and who may author each: one declaration per type.

``register(Model, type_name=…, label=…, author=RULE)`` is all a new record type
needs: its bundle member, JSON codec, validation, merge, export selection and
ownership check all follow from the table and the rule. A test fails if a
:class:`~app.models.base.SyncRecord` model is left out.

Ownership (SYNC.md): the quality office authors the organisation; a unit authors
its plans and everything in them; a review step is authored by the plan's unit
(submit) or by the unit that reviews that level (approve/return). The office is
the hub and may relay (or, for units that send paper, enter) anyone's records,
but a record must still name the author its rule gives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Table

from app.models import (
    CatalogEntry,
    CatalogTarget,
    Course,
    DutyCategory,
    Institution,
    JobDescription,
    Major,
    OnePagePlan,
    OwnTarget,
    Person,
    PlanCostLine,
    PlanMonthNote,
    PlanObjective,
    PlanReview,
    PlanSnapshot,
    PlanTask,
    RoleAssignment,
    StandardCatalog,
    StudentClass,
    Unit,
    UnitDuty,
    WorkItem,
    WorkStandard,
)
from app.models.base import SyncRecord
from app.models.org import ROLE_LABELS, UnitKind
from app.models.plans import PlanLevel, ReviewAction
from app.services.catalogs import KINDS as STANDARD_KINDS
from app.services.standards.levels import LEVELS as ENTRY_LEVELS
from app.services.standards.levels import SUBJECT_KINDS
from app.services.sync.codec import ColumnSpecs, column_specs

Row = Mapping[str, Any]


class NotAuthor(Exception):
    """The record names an author its rule does not allow (Chinese reason)."""


@dataclass(frozen=True)
class PlanInfo:
    """What ownership needs to know about a plan."""

    unit_id: str
    level: str


class AuthorContext(Protocol):
    """What a rule may ask about the organisation it is checked against."""

    @property
    def office_unit_id(self) -> str | None:
        """The quality office's unit id, if known."""

    def plan(self, plan_id: str) -> PlanInfo | None:
        """A plan by id (stored here, or accepted in the same bundle)."""

    def reviewer(self, level: str) -> str | None:
        """The unit that reviews plans of ``level``."""


class AuthorRule:
    """Who authors a record of some type, and which units the hub sends it to."""

    #: The fields :meth:`author` reads besides ``owner_unit_id``: a conflict's field-by-field
    #: merge may not mix them from two versions (it could make a record nobody may write).
    decided_by: frozenset[str] = frozenset()
    #: The column naming the plan a record belongs to (None: not part of a plan). The
    #: hub writing a unit's bundle reads only the records of the plans that go there
    #: (:func:`plan_goes_to`), so a rule with a plan field must send its records so.
    plan_field: str | None = None

    def plan_id(self, row: Row) -> str | None:
        """The plan a record belongs to (None: not part of a plan)."""
        return row[self.plan_field] if self.plan_field else None

    def author(self, ctx: AuthorContext, row: Row) -> str:
        """The unit that must have written ``row``; :class:`NotAuthor` if none can."""
        raise NotImplementedError

    def destined_for(self, ctx: AuthorContext, row: Row, unit_id: str) -> bool:
        """Does the hub send ``row`` to ``unit_id``? By default: to its author."""
        try:
            return self.author(ctx, row) == unit_id
        except NotAuthor:
            return False


class OfficeAuthored(AuthorRule):
    """The organisation, catalogs, key tasks: the quality office writes them, all units get them."""

    def destined_for(self, ctx: AuthorContext, row: Row, unit_id: str) -> bool:
        return True

    def author(self, ctx: AuthorContext, row: Row) -> str:
        if not ctx.office_unit_id:
            raise NotAuthor("本机尚不知道质量督导处是哪个部门")
        return ctx.office_unit_id


def _owner_must_be(row: Row, unit_id: str, what: str) -> str:
    if row.get("owner_unit_id") != unit_id:
        raise NotAuthor(f"{what}的作者应为其所属部门，但记录写的是另一个部门")
    return unit_id


def plan_goes_to(ctx: AuthorContext, plan: PlanInfo, unit_id: str) -> bool:
    """Does the hub send ``plan`` (and everything of it) to ``unit_id``?"""
    return unit_id in (plan.unit_id, ctx.reviewer(plan.level))


class _PlanScoped(AuthorRule):
    """Records of one plan go to the plan's unit (for recovery) and to its reviewer."""

    plan_field = "plan_id"

    def destined_for(self, ctx: AuthorContext, row: Row, unit_id: str) -> bool:
        plan_id = self.plan_id(row)
        plan = ctx.plan(plan_id) if plan_id else None
        return plan is not None and plan_goes_to(ctx, plan, unit_id)


class PlanAuthored(_PlanScoped):
    """A plan: its own unit writes it (``owner_unit_id`` must equal ``unit_id``)."""

    decided_by = frozenset({"unit_id"})
    plan_field = "id"

    def author(self, ctx: AuthorContext, row: Row) -> str:
        return _owner_must_be(row, row["unit_id"], "计划")


class PlanPartAuthored(_PlanScoped):
    """Objectives, tasks, costs, notes, snapshots: the plan's unit writes them."""

    decided_by = frozenset({"plan_id"})

    def author(self, ctx: AuthorContext, row: Row) -> str:
        plan = ctx.plan(row["plan_id"])
        if plan is None:
            raise NotAuthor("所属的计划不存在")
        return _owner_must_be(row, plan.unit_id, "计划内容")


class ReviewAuthored(_PlanScoped):
    """A review step: submit by the plan's unit, approve/return by its reviewer."""

    decided_by = frozenset({"plan_id", "action"})

    def author(self, ctx: AuthorContext, row: Row) -> str:
        plan = ctx.plan(row["plan_id"])
        if plan is None:
            raise NotAuthor("所审核的计划不存在")
        if row["action"] == ReviewAction.SUBMIT:
            expected = plan.unit_id
        else:
            reviewer = ctx.reviewer(plan.level)
            if reviewer is None:
                raise NotAuthor("无法确定该层面计划的审核部门")
            expected = reviewer
        if row.get("owner_unit_id") != expected:
            raise NotAuthor("审核记录不是由有权审核该计划的部门写的")
        return expected


class UnitAuthored(AuthorRule):
    """A unit's own records (its job description manual): written by ``unit_id`` itself."""

    decided_by = frozenset({"unit_id"})

    def author(self, ctx: AuthorContext, row: Row) -> str:
        return _owner_must_be(row, row["unit_id"], "部门岗位说明书")


class SubjectTargetAuthored(AuthorRule):
    """A subject's own targets (自身发展标准): written by the subject's unit (``unit_id``);
    the hub also sends them to the unit that reviews that level's plans (教务科研处 …)."""

    decided_by = frozenset({"unit_id", "subject_level"})

    def author(self, ctx: AuthorContext, row: Row) -> str:
        return _owner_must_be(row, row["unit_id"], "自身发展目标")

    def destined_for(self, ctx: AuthorContext, row: Row, unit_id: str) -> bool:
        return unit_id == row["unit_id"] or unit_id == ctx.reviewer(row["subject_level"])


ORGANISATION = OfficeAuthored()
PLAN = PlanAuthored()
PLAN_PART = PlanPartAuthored()
PLAN_REVIEW = ReviewAuthored()
UNIT_OWN = UnitAuthored()
SUBJECT_TARGET = SubjectTargetAuthored()


@dataclass(frozen=True)
class RecordType:
    """A travelling record type: its table, Chinese label, author rule and checks."""

    name: str
    label: str
    model: type[SyncRecord]
    rule: AuthorRule
    specs: ColumnSpecs
    check: Callable[[Row], None] | None = None
    # Keep exchanged versions as common ancestors (soft/hard conflicts). Off for
    # write-once records (a month's plan snapshot is never edited), which are bulky.
    keep_ancestors: bool = True

    @property
    def table(self) -> Table:
        """The model's table (Core is used for speed: ~10× the ORM)."""
        return self.model.__table__  # type: ignore[attr-defined,return-value]

    @property
    def member(self) -> str:
        """The bundle member that carries this type's records."""
        return f"{self.name}.jsonl"


_TYPES: dict[str, RecordType] = {}


def register(
    model: type[SyncRecord],
    *,
    type_name: str,
    label: str,
    author: AuthorRule,
    check: Callable[[Row], None] | None = None,
    keep_ancestors: bool = True,
) -> RecordType:
    """Make ``model`` travel. Register parents before children (plans before tasks)."""
    if type_name in _TYPES:
        raise ValueError(f"record type {type_name!r} registered twice")
    if not type_name.replace("_", "").isalnum() or not type_name.islower():
        raise ValueError(f"type name {type_name!r} must be lower-case letters and _")
    table = model.__table__  # type: ignore[attr-defined]
    rtype = RecordType(type_name, label, model, author, column_specs(table), check, keep_ancestors)
    _TYPES[type_name] = rtype
    return rtype


def record_types() -> tuple[RecordType, ...]:
    """Every registered type, parents first."""
    return tuple(_TYPES.values())


def record_type(name: str) -> RecordType:
    """A type by name; KeyError if unknown."""
    return _TYPES[name]


def type_of_table(table_name: str) -> RecordType | None:
    """The type stored in ``table_name`` (None if it does not travel)."""
    for rtype in _TYPES.values():
        if rtype.table.name == table_name:
            return rtype
    return None


# -- extra checks on values the columns alone do not constrain -----------------------
def _one_of(field: str, allowed: set[str], label: str) -> Callable[[Row], None]:
    def check(row: Row) -> None:
        if row[field] not in allowed:
            raise ValueError(f"字段“{field}”应为{label}之一")

    return check


# -- the types that exist now ------------------------------------------------------------
register(Institution, type_name="institutions", label="学院", author=ORGANISATION)
register(
    Unit,
    type_name="units",
    label="部门",
    author=ORGANISATION,
    check=_one_of("kind", {k.value for k in UnitKind}, "职能部门、系部"),
)
register(Person, type_name="people", label="人员", author=ORGANISATION)
register(Major, type_name="majors", label="专业", author=ORGANISATION)
register(Course, type_name="courses", label="课程", author=ORGANISATION)
register(StudentClass, type_name="student_classes", label="班级", author=ORGANISATION)
register(
    RoleAssignment,
    type_name="role_assignments",
    label="角色",
    author=ORGANISATION,
    check=_one_of("role", set(ROLE_LABELS), "已知角色"),
)
register(
    OnePagePlan,
    type_name="one_page_plans",
    label="一页纸计划",
    author=PLAN,
    check=_one_of("level", {lv.value for lv in PlanLevel}, "五个层面"),
)
register(PlanObjective, type_name="plan_objectives", label="计划目标", author=PLAN_PART)
register(PlanTask, type_name="plan_tasks", label="计划任务", author=PLAN_PART)
register(PlanCostLine, type_name="plan_cost_lines", label="计划成本", author=PLAN_PART)
register(PlanMonthNote, type_name="plan_month_notes", label="月度概述", author=PLAN_PART)
register(
    PlanSnapshot,
    type_name="plan_snapshots",
    label="计划快照",
    author=PLAN_PART,
    keep_ancestors=False,
)
register(
    PlanReview,
    type_name="plan_reviews",
    label="计划审核",
    author=PLAN_REVIEW,
    check=_one_of("action", {a.value for a in ReviewAction}, "提交、通过、退回"),
)
register(UnitDuty, type_name="unit_duties", label="部门职责", author=UNIT_OWN)
register(JobDescription, type_name="job_descriptions", label="岗位说明书", author=UNIT_OWN)
register(DutyCategory, type_name="job_duty_categories", label="职责类型", author=UNIT_OWN)
register(WorkItem, type_name="job_work_items", label="工作内容", author=UNIT_OWN)
register(WorkStandard, type_name="job_work_standards", label="工作标准", author=UNIT_OWN)
# Standards catalogs: the quality office's, sent to every unit; own targets: the subject's unit.
register(
    StandardCatalog,
    type_name="standard_catalogs",
    label="标准目录",
    author=ORGANISATION,
    check=_one_of("kind", set(STANDARD_KINDS), "五种标准目录"),
)
register(
    CatalogEntry,
    type_name="catalog_entries",
    label="标准目录条目",
    author=ORGANISATION,
    check=_one_of("level", set(ENTRY_LEVELS), "已知的条目层级"),
)
register(CatalogTarget, type_name="catalog_targets", label="质控点目标", author=ORGANISATION)
register(
    OwnTarget,
    type_name="own_targets",
    label="自身发展目标",
    author=SUBJECT_TARGET,
    check=_one_of("subject_level", set(SUBJECT_KINDS), "专业、课程、教师、班级"),
)
