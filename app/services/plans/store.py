"""Reading and writing plans as :class:`PlanDoc` documents.

Saving compares the document with what is stored and writes only what changed,
so version vectors move only for records that really changed (sync relies on it).
An approved or submitted plan is locked for its content, but its tracking — each
month's task states, spending and 概述与预测 — can still be recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Person
from app.models.base import SyncRecord
from app.models.plans import (
    LEVEL_LABELS,
    OnePagePlan,
    PlanCostLine,
    PlanLevel,
    PlanMonthNote,
    PlanObjective,
    PlanStatus,
    PlanTask,
)
from app.paths import resource
from app.services.errors import UserError
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc
from app.services.plans.subjects import subject_of
from app.services.records import stamp

MAX_TASKS = 30
MAX_OBJECTIVES = 10
MAX_COSTS = 8
EDITABLE = (PlanStatus.DRAFT, PlanStatus.RETURNED)


# -- reading -------------------------------------------------------------------
def _live(session: Session, model: type[SyncRecord], plan_id: str) -> list[Any]:
    stmt = select(model).where(model.plan_id == plan_id, model.deleted.is_(False))
    return list(session.scalars(stmt))


def load_plan(session: Session, *, plan_id: str) -> PlanDoc:
    """The stored plan as a document, with names and its review status resolved."""
    from app.services.plans.workflow import status_of

    plan = session.get(OnePagePlan, plan_id)
    if plan is None or plan.deleted:
        raise UserError("找不到该一页纸计划（可能已被删除）。")
    subject = subject_of(session, level=plan.level, subject_id=plan.subject_id)
    objectives = sorted(_live(session, PlanObjective, plan_id), key=lambda o: o.position)
    tasks = sorted(_live(session, PlanTask, plan_id), key=lambda t: t.position)
    costs = sorted(_live(session, PlanCostLine, plan_id), key=lambda c: c.position)
    notes = {n.month: n.summary for n in _live(session, PlanMonthNote, plan_id)}
    person_ids = {o[0] for t in tasks for o in t.owners}
    names = (
        dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids))).all())
        if person_ids
        else {}
    )
    return PlanDoc(
        id=plan.id,
        level=plan.level,
        subject_id=plan.subject_id,
        unit_id=plan.unit_id,
        year=plan.year,
        revision=plan.revision,
        previous_id=plan.previous_id,
        leader=plan.leader,
        work_name=plan.work_name,
        plan_date=plan.plan_date,
        objective=plan.objective,
        objectives=[ObjectiveDoc(id=o.id, text=o.text) for o in objectives],
        tasks=[
            TaskDoc(
                id=t.id,
                name=t.name,
                objective_ids=list(t.objective_ids),
                owners=[Owner(p, pr, names.get(p, "")) for p, pr in t.owners],
                target_date=t.target_date,
                planned_months=sorted(t.planned_months),
                month_states={int(m): s for m, s in t.month_states.items()},
            )
            for t in tasks
        ],
        costs=[
            CostDoc(
                id=c.id,
                category=c.category,
                budget_yuan=c.budget_yuan,
                spent_yuan={int(m): v for m, v in c.spent_yuan.items()},
            )
            for c in costs
        ],
        notes=notes,
        subject_name=subject.name,
        unit_name=subject.unit_name,
        status=status_of(session, plan_id=plan_id),
    )


@dataclass(frozen=True)
class PlanSummary:
    """A row of the plan list."""

    id: str
    level: str
    subject_id: str
    subject_name: str
    unit_id: str
    unit_name: str
    year: int
    revision: int
    work_name: str
    status: str
    task_count: int


def list_plans(
    session: Session,
    *,
    unit_id: str | None = None,
    level: str | None = None,
    year: int | None = None,
    current_only: bool = True,
) -> list[PlanSummary]:
    """Plans matching the filters; by default each subject's latest revision.

    While a newer revision is being written or reviewed, the approved one before it is
    still the plan in force: it is listed too (and so printed with ``--all``), so a
    revision in progress never hides what the college approved.
    """
    from sqlalchemy import func

    from app.services.plans.workflow import statuses

    stmt = select(OnePagePlan).where(OnePagePlan.deleted.is_(False))
    if unit_id:
        stmt = stmt.where(OnePagePlan.unit_id == unit_id)
    if level:
        stmt = stmt.where(OnePagePlan.level == level)
    if year:
        stmt = stmt.where(OnePagePlan.year == year)
    plans = list(session.scalars(stmt))
    state = statuses(session, plan_ids=[p.id for p in plans])
    if current_only:
        plans = current_and_in_force(plans, state)
    counts = dict(
        session.execute(
            select(PlanTask.plan_id, func.count())
            .where(PlanTask.deleted.is_(False))
            .group_by(PlanTask.plan_id)
        ).all()
    )
    result = []
    for p in plans:
        try:
            subject = subject_of(session, level=p.level, subject_id=p.subject_id)
        except UserError:
            continue  # its subject is unknown here: not listed
        if subject.deleted:
            continue  # its subject was deleted: not listed
        result.append(
            PlanSummary(
                p.id,
                p.level,
                p.subject_id,
                subject.name,
                p.unit_id,
                subject.unit_name,
                p.year,
                p.revision,
                p.work_name,
                state[p.id],
                counts.get(p.id, 0),
            )
        )
    order = {lvl: i for i, lvl in enumerate(PlanLevel)}
    return sorted(
        result, key=lambda s: (s.year, s.unit_name, order[s.level], s.subject_name, s.revision)
    )


PlanKey = tuple[str, str, int]  # level, subject, year: one plan (of many revisions)


def latest_and_in_force(
    plans: Iterable[OnePagePlan], state: dict[str, str]
) -> tuple[dict[PlanKey, OnePagePlan], dict[PlanKey, OnePagePlan]]:
    """Per plan, its latest revision; and, where that is not approved, the latest approved
    revision before it, which stays in force while the new one is written or reviewed."""
    from app.services.plans.workflow import PlanStatus

    latest: dict[PlanKey, OnePagePlan] = {}
    approved: dict[PlanKey, OnePagePlan] = {}
    for p in plans:
        key = (p.level, p.subject_id, p.year)
        if key not in latest or p.revision > latest[key].revision:
            latest[key] = p
        if state.get(p.id) == PlanStatus.APPROVED and (
            key not in approved or p.revision > approved[key].revision
        ):
            approved[key] = p
    in_force = {key: a for key, a in approved.items() if a is not latest[key]}
    return latest, in_force


def current_and_in_force(plans: list[OnePagePlan], state: dict[str, str]) -> list[OnePagePlan]:
    """Each subject's latest revision, and its latest approved one if that is older."""
    latest, in_force = latest_and_in_force(plans, state)
    return [*latest.values(), *in_force.values()]


def find_plan_id(session: Session, prefix: str) -> str:
    """A plan id from a unique prefix (as typed on the command line)."""
    prefix = prefix.strip().lower()
    if len(prefix) < 4:
        raise UserError("计划编号至少需要 4 位。")
    ids = [
        i
        for i in session.scalars(
            select(OnePagePlan.id).where(
                OnePagePlan.id.like(f"{prefix}%"), OnePagePlan.deleted.is_(False)
            )
        )
    ]
    if not ids:
        raise UserError(f"找不到编号以“{prefix}”开头的计划。")
    if len(ids) > 1:
        raise UserError(f"编号“{prefix}”对应 {len(ids)} 个计划，请多输入几位。")
    return ids[0]


# -- creating --------------------------------------------------------------------
def _templates() -> dict[str, Any]:
    with resource("templates", "plan_templates.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def new_plan_doc(session: Session, *, level: str, subject_id: str, year: int) -> PlanDoc:
    """An unsaved plan for a subject and year, pre-filled from the level's template."""
    subject = subject_of(session, level=level, subject_id=subject_id)
    if subject.deleted:
        raise UserError(f"“{subject.name}”已被删除，不能为它新建计划。")
    existing = session.scalars(
        select(OnePagePlan.id).where(
            OnePagePlan.level == subject.level,
            OnePagePlan.subject_id == subject_id,
            OnePagePlan.year == year,
            OnePagePlan.deleted.is_(False),
        )
    ).first()
    if existing:
        raise UserError(f"{subject.name}已有 {year} 年的一页纸计划，请打开它继续编辑。")
    template = _templates().get(subject.level, {})
    objective = ObjectiveDoc(text="")
    doc = PlanDoc(
        level=subject.level,
        subject_id=subject_id,
        unit_id=subject.unit_id,
        year=year,
        work_name=template.get("work_name", "{subject}").format(subject=subject.name)[:100],
        plan_date=date(year, 3, 1),
        objectives=[objective],
        tasks=[
            TaskDoc(name=name, objective_ids=[objective.id]) for name in template.get("tasks", [])
        ],
        costs=[CostDoc(category=c) for c in template.get("costs", [])],
        subject_name=subject.name,
        unit_name=subject.unit_name,
    )
    return doc


def create_plan(session: Session, *, level: str, subject_id: str, year: int) -> PlanDoc:
    """Create and store a plan from the level's template."""
    doc = new_plan_doc(session, level=level, subject_id=subject_id, year=year)
    save_plan(session, doc=doc)
    return load_plan(session, plan_id=doc.id)


def copy_plan_to_year(session: Session, *, plan_id: str, year: int) -> PlanDoc:
    """ "Copy last year's plan": same objectives, tasks, owners, months and budgets; no progress."""
    source = load_plan(session, plan_id=plan_id)
    doc = new_plan_doc(session, level=source.level, subject_id=source.subject_id, year=year)
    shift = year - source.year
    ids = {o.id: ObjectiveDoc(text=o.text) for o in source.objectives}
    doc.leader, doc.work_name, doc.objective = source.leader, source.work_name, source.objective
    doc.objectives = list(ids.values())
    doc.tasks = [
        TaskDoc(
            name=t.name,
            objective_ids=[ids[i].id for i in t.objective_ids if i in ids],
            owners=[Owner(o.person_id, o.priority, o.name) for o in t.owners],
            target_date=_shift(t.target_date, shift),
            planned_months=list(t.planned_months),
        )
        for t in source.tasks
    ]
    doc.costs = [CostDoc(category=c.category, budget_yuan=c.budget_yuan) for c in source.costs]
    save_plan(session, doc=doc)
    return load_plan(session, plan_id=doc.id)


def _shift(value: date | None, years: int) -> date | None:
    if value is None:
        return None
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


# -- saving ------------------------------------------------------------------------
def _check_sizes(doc: PlanDoc) -> None:
    limits = [
        (len(doc.tasks) > MAX_TASKS, f"主要任务最多 {MAX_TASKS} 项（一页纸放得下的数量）"),
        (len(doc.objectives) > MAX_OBJECTIVES, f"目标最多 {MAX_OBJECTIVES} 项"),
        (len(doc.costs) > MAX_COSTS, f"成本项目最多 {MAX_COSTS} 项"),
        (len(doc.work_name) > 100, "工作名称最多 100 字"),
        (len(doc.leader) > 50, "项目领导最多 50 字"),
        (any(len(c.category) > 60 for c in doc.costs), "成本项目名称最多 60 字"),
    ]
    for broken, message in limits:
        if broken:
            raise UserError(message + "。")
    for task in doc.tasks:
        if any(m < 1 or m > 12 for m in (*task.planned_months, *task.month_states)):
            raise UserError(f"任务“{task.name}”的月份应在 1—12 之间。")
        if any(o.priority not in ("A", "B", "C") for o in task.owners):
            raise UserError(f"任务“{task.name}”的负责人优先级应为 A、B 或 C。")
    if any(c.budget_yuan < 0 or any(v < 0 for v in c.spent_yuan.values()) for c in doc.costs):
        raise UserError("成本金额不能为负数。")


def _planning_content(doc: PlanDoc) -> dict[str, Any]:
    """The part of a plan that review approves (tracking fields left out)."""
    data = doc.content_data()
    for task in data["tasks"]:
        task.pop("month_states")
    for cost in data["costs"]:
        cost.pop("spent_yuan")
    data.pop("notes")
    return data


def save_plan(session: Session, *, doc: PlanDoc) -> bool:
    """Write ``doc``; returns whether anything changed. Refuses locked planning changes."""
    from app.services.plans.workflow import status_of

    _check_sizes(doc)
    plan = session.get(OnePagePlan, doc.id)
    if plan is not None and plan.deleted:
        raise UserError("该计划已被删除，不能保存。")
    if plan is not None:
        status = status_of(session, plan_id=doc.id)
        if status not in EDITABLE:
            stored = load_plan(session, plan_id=doc.id)
            if _planning_content(stored) != _planning_content(doc):
                label = "已通过" if status == PlanStatus.APPROVED else "已提交待审核"
                raise UserError(
                    f"该计划{label}，内容已锁定；只能填写每月进展。"
                    "如需修改计划内容，请先“修订计划”生成新的修订版。"
                )
    changed = False
    if plan is None:
        subject = subject_of(session, level=doc.level, subject_id=doc.subject_id)
        plan = OnePagePlan(
            id=doc.id,
            owner_unit_id=subject.unit_id,
            level=doc.level,
            subject_id=doc.subject_id,
            unit_id=subject.unit_id,
            year=doc.year,
            revision=doc.revision,
            previous_id=doc.previous_id,
            version={},
        )
        session.add(plan)
        changed = True
    header = {
        "leader": doc.leader.strip(),
        "work_name": doc.work_name.strip(),
        "plan_date": doc.plan_date,
        "objective": doc.objective,
    }
    if changed or any(getattr(plan, k) != v for k, v in header.items()):
        for key, value in header.items():
            setattr(plan, key, value)
        stamp(session, plan)
        changed = True
    owner = plan.owner_unit_id
    changed |= _sync_children(
        session,
        PlanObjective,
        plan.id,
        owner,
        [(o.id, {"text": o.text}) for o in doc.objectives],
    )
    changed |= _sync_children(
        session,
        PlanTask,
        plan.id,
        owner,
        [
            (
                t.id,
                {
                    "name": t.name,
                    "target_date": t.target_date,
                    "objective_ids": list(t.objective_ids),
                    "owners": [[o.person_id, o.priority] for o in t.owners],
                    "planned_months": sorted(set(t.planned_months)),
                    "month_states": {str(m): s for m, s in sorted(t.month_states.items())},
                },
            )
            for t in doc.tasks
        ],
    )
    changed |= _sync_children(
        session,
        PlanCostLine,
        plan.id,
        owner,
        [
            (
                c.id,
                {
                    "category": c.category.strip(),
                    "budget_yuan": int(c.budget_yuan),
                    "spent_yuan": {str(m): int(v) for m, v in sorted(c.spent_yuan.items())},
                },
            )
            for c in doc.costs
        ],
    )
    changed |= _sync_notes(session, plan.id, owner, doc.notes)
    session.flush()
    return changed


def _sync_children(
    session: Session,
    model: type[SyncRecord],
    plan_id: str,
    owner: str | None,
    wanted: list[tuple[str, dict[str, Any]]],
) -> bool:
    """Make the live rows of ``model`` equal ``wanted`` (in order); tombstone the rest."""
    existing = {r.id: r for r in session.scalars(select(model).where(model.plan_id == plan_id))}
    changed = False
    keep = set()
    for position, (record_id, values) in enumerate(wanted, start=1):
        values = {**values, "position": position}
        keep.add(record_id)
        row = existing.get(record_id)
        if row is None:
            row = model(id=record_id, plan_id=plan_id, owner_unit_id=owner, version={}, **values)
            session.add(row)
            stamp(session, row)
            changed = True
        elif row.deleted or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted = False
            stamp(session, row)
            changed = True
    for record_id, row in existing.items():
        if record_id not in keep and not row.deleted:
            row.deleted = True
            stamp(session, row)
            changed = True
    return changed


def _sync_notes(session: Session, plan_id: str, owner: str | None, notes: dict[int, str]) -> bool:
    existing = {n.month: n for n in _live(session, PlanMonthNote, plan_id)}
    changed = False
    for month, text in notes.items():
        row = existing.get(month)
        if row is None:
            if not text.strip():
                continue
            row = PlanMonthNote(
                plan_id=plan_id, owner_unit_id=owner, month=month, summary=text, version={}
            )
            session.add(row)
            stamp(session, row)
            changed = True
        elif row.summary != text:
            row.summary = text
            stamp(session, row)
            changed = True
    return changed


def delete_plan(session: Session, *, plan_id: str) -> None:
    """Tombstone a plan that is still a draft (and everything in it)."""
    from app.services.plans.workflow import status_of

    plan = session.get(OnePagePlan, plan_id)
    if plan is None or plan.deleted:
        return
    if status_of(session, plan_id=plan_id) not in EDITABLE:
        raise UserError("已提交或已通过的计划不能删除。")
    for model in (PlanObjective, PlanTask, PlanCostLine, PlanMonthNote):
        for row in _live(session, model, plan_id):
            row.deleted = True
            stamp(session, row)
    plan.deleted = True
    stamp(session, plan)
    session.flush()


def level_label(level: str) -> str:
    """Chinese name of a level."""
    return LEVEL_LABELS.get(level, level)
