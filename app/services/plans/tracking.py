"""Monthly tracking of one-page plans: the update, its snapshots, and progress figures.

Every month a unit sets each task's actual state, what each cost line spent and the
month's 概述与预测 (:func:`record_month`). Tracking is not planning: it is allowed on
approved and submitted plans too (their content stays locked; :mod:`.store` only
lets tracking fields change). Each recorded month also stores a
:class:`~app.models.plans.PlanSnapshot` — the whole plan as it stood — so the PDF of
a past month prints as it was, even after later months or a new revision changed it
(:func:`snapshot_doc`).

Progress figures (:func:`plan_progress`, :func:`rollup`) are computed from the
documents, never stored: they feed the quality office's monitoring view and, later,
the warnings (预警), and must always agree with what the plans say.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Unit
from app.models.plans import (
    LEVEL_LABELS,
    TASK_STATE_LABELS,
    OnePagePlan,
    PlanCostLine,
    PlanLevel,
    PlanMonthNote,
    PlanSnapshot,
    PlanStatus,
    PlanTask,
    TaskState,
)
from app.services.errors import UserError
from app.services.plans.doc import CostDoc, PlanDoc, TaskDoc
from app.services.plans.store import latest_and_in_force, load_plan, save_plan
from app.services.plans.subjects import subjects
from app.services.records import stamp

BY_UNIT = "unit"
BY_LEVEL = "level"


# -- recording -------------------------------------------------------------------------
def _check_month(month: int) -> None:
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise UserError(f"月份应为 1—12 之间的整数（收到“{month}”）。")


def _validate(
    doc: PlanDoc, *, states: Mapping[str, str], spent: Mapping[str, int], month: int
) -> None:
    """Refuse the whole update on the first bad value, naming it (nothing is half-written)."""
    _check_month(month)
    tasks = {t.id: t for t in doc.tasks}
    unknown = [i for i in states if i not in tasks]
    if unknown:
        raise UserError(f"该计划中没有编号为“{unknown[0][:8]}”的任务，请刷新后重新填写。")
    allowed = {s.value for s in TaskState} | {""}
    for task_id, state in states.items():
        if state not in allowed:
            labels = "、".join(TASK_STATE_LABELS[s] for s in TaskState)
            raise UserError(f"任务“{tasks[task_id].name}”的状态“{state}”无效，应为{labels}之一。")
    costs = {c.id: c for c in doc.costs}
    unknown = [i for i in spent if i not in costs]
    if unknown:
        raise UserError(f"该计划中没有编号为“{unknown[0][:8]}”的成本项目，请刷新后重新填写。")
    for cost_id, amount in spent.items():
        name = costs[cost_id].category or "成本项目"
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise UserError(f"“{name}”{month} 月的支出应为整数元（收到“{amount}”）。")
        if amount < 0:
            raise UserError(f"“{name}”{month} 月的支出不能为负数。")


def record_month(
    session: Session,
    *,
    plan_id: str,
    month: int,
    states: dict[str, str],
    spent: dict[str, int],
    summary: str,
) -> None:
    """Write one month's update of a plan and the snapshot of the plan as it now stands.

    ``states`` maps task ids to :class:`TaskState` values ("" clears the task's state
    for that month); tasks left out keep what they had for that month. ``spent`` maps
    cost-line ids to whole 元 spent in that month; 0 clears the month (nothing spent
    and never recorded look the same, so re-recording a zero does not churn versions).
    ``summary`` is the month's 概述与预测; earlier months' notes are never touched.

    Recording a month again replaces that month's snapshot in place (the same row,
    its version stamped) so each plan has at most one snapshot per month. A snapshot
    holds the tracking of its month and the months before only: correcting April after
    May was recorded must not put May's marks on April's printout.

    Refused on a revision that a newer revision has replaced: tracking continues on
    the newest revision (which inherited the earlier months), or the two would drift.
    """
    _check_month(month)
    later = session.scalars(
        select(OnePagePlan.revision).where(
            OnePagePlan.previous_id == plan_id, OnePagePlan.deleted.is_(False)
        )
    ).first()
    if later is not None:
        raise UserError(f"该计划已有更新的修订版（第 {later} 版），请在最新修订版上填写月度进展。")
    doc = load_plan(session, plan_id=plan_id)
    _validate(doc, states=states, spent=spent, month=month)
    for task in doc.tasks:
        if states.get(task.id):
            task.month_states[month] = TaskState(states[task.id]).value
        elif task.id in states:
            task.month_states.pop(month, None)
    for cost in doc.costs:
        if cost.id in spent:
            if spent[cost.id]:
                cost.spent_yuan[month] = spent[cost.id]
            else:
                cost.spent_yuan.pop(month, None)
    if summary.strip() or month in doc.notes:
        doc.notes[month] = summary.strip()
    save_plan(session, doc=doc)
    _write_snapshot(session, doc=load_plan(session, plan_id=plan_id), month=month)


def _write_snapshot(session: Session, *, doc: PlanDoc, month: int) -> None:
    """Insert or replace the plan's snapshot of ``month`` (one row per plan and month)."""
    for task in doc.tasks:
        task.month_states = {m: s for m, s in task.month_states.items() if m <= month}
    for cost in doc.costs:
        cost.spent_yuan = {m: v for m, v in cost.spent_yuan.items() if m <= month}
    doc.notes = {m: t for m, t in doc.notes.items() if m <= month}
    doc.as_of_month = month
    content = doc.to_data()
    fingerprint = doc.fingerprint()
    rows = session.scalars(
        select(PlanSnapshot)
        .where(PlanSnapshot.plan_id == doc.id, PlanSnapshot.month == month)
        .order_by(PlanSnapshot.deleted, PlanSnapshot.updated_at.desc())
    ).all()
    if not rows:
        plan = session.get(OnePagePlan, doc.id)
        row = PlanSnapshot(
            plan_id=doc.id,
            owner_unit_id=plan.owner_unit_id if plan else doc.unit_id,
            month=month,
            content=content,
            fingerprint=fingerprint,
            version={},
        )
        session.add(row)
        stamp(session, row)
    else:
        row = rows[0]
        if row.deleted or row.content != content or row.fingerprint != fingerprint:
            row.content = content
            row.fingerprint = fingerprint
            row.deleted = False
            stamp(session, row)
    session.flush()


# -- reading snapshots -------------------------------------------------------------------
def _revision_chain(session: Session, plan_id: str) -> list[str]:
    """This revision's id, then its predecessors' (newest first)."""
    chain: list[str] = []
    current: str | None = plan_id
    while current and current not in chain:
        plan = session.get(OnePagePlan, current)
        if plan is None:
            break
        chain.append(current)
        current = plan.previous_id
    return chain


def _snapshots(session: Session, plan_ids: Iterable[str]) -> dict[tuple[str, int], PlanSnapshot]:
    """The live snapshot of each (plan, month); if sync ever brought two, the newest wins."""
    found: dict[tuple[str, int], PlanSnapshot] = {}
    stmt = (
        select(PlanSnapshot)
        .where(PlanSnapshot.plan_id.in_(list(plan_ids)), PlanSnapshot.deleted.is_(False))
        .order_by(PlanSnapshot.updated_at)
    )
    for row in session.scalars(stmt):
        found[(row.plan_id, row.month)] = row
    return found


def recorded_months(session: Session, *, plan_id: str) -> list[int]:
    """Months whose snapshot can be printed for this plan (earlier revisions included)."""
    chain = _revision_chain(session, plan_id)
    return sorted({month for _, month in _snapshots(session, chain)})


def snapshot_doc(session: Session, *, plan_id: str, month: int) -> PlanDoc:
    """The plan exactly as it stood when ``month`` was recorded, for printing it as it was.

    Looks in this revision first, then in the revisions it replaced: a month recorded
    before a revision was made prints the revision that was current then.
    """
    _check_month(month)
    plan = session.get(OnePagePlan, plan_id)
    if plan is None or plan.deleted:
        raise UserError("找不到该一页纸计划（可能已被删除）。")
    chain = _revision_chain(session, plan_id)
    found = _snapshots(session, chain)
    for revision_id in chain:
        row = found.get((revision_id, month))
        if row is not None:
            doc = PlanDoc.from_data(row.content)
            doc.as_of_month = month
            return doc
    months = sorted({m for _, m in found})
    title = _plan_title(session, plan)
    if months:
        listed = "、".join(str(m) for m in months)
        raise UserError(f"{title}没有 {month} 月的月度记录，已记录的月份为：{listed} 月。")
    raise UserError(f"{title}没有 {month} 月的月度记录，尚未记录过任何月份的进展。")


def _plan_title(session: Session, plan: OnePagePlan) -> str:
    """e.g. “水利工程系 专业 水利工程 2026 年计划（第1版）”, to say which plan is meant."""
    from app.services.plans.store import level_label
    from app.services.plans.subjects import subject_of

    unit = session.get(Unit, plan.unit_id)
    try:
        subject = subject_of(session, level=plan.level, subject_id=plan.subject_id).name
    except UserError:
        subject = ""
    parts = [unit.name if unit else "", level_label(plan.level), subject]
    who = " ".join(p for p in parts if p)
    return f"“{who} {plan.year} 年计划（第{plan.revision}版）”"


# -- progress -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanProgress:
    """Where a plan stands at the end of a month.

    Every task falls in exactly one of ``done``, ``late``, ``at_risk``, ``on_track``
    and ``not_started`` (they add up to ``tasks``), so the figures can be shown as one
    bar and summed across plans.
    """

    month: int
    tasks: int
    due: int  # tasks whose target date (or last planned month) is by the end of the month
    done: int
    late: int
    at_risk: int
    on_track: int
    not_started: int
    overdue: int  # due by then and not done (all of them are also counted in ``late``)
    budget_yuan: int
    spent_yuan: int  # spent in the plan's months up to and including ``month``
    updated: bool  # anything (a state, a spending, a note) was recorded for ``month``

    @property
    def completion_percent(self) -> float:
        """完成率: share of the plan's tasks marked done by then, in percent.

        Done tasks over all tasks — not over tasks due — so it climbs to 100 % only
        when the whole year's plan is done and reads the same way on every plan.
        """
        return round(100 * self.done / self.tasks, 1) if self.tasks else 0.0

    @property
    def expected_percent(self) -> float:
        """Share of tasks that should be done by then (target dates passed), in percent.

        Set against :attr:`completion_percent`, it shows whether a plan is behind.
        """
        return round(100 * self.due / self.tasks, 1) if self.tasks else 0.0

    @property
    def spent_percent(self) -> float | None:
        """Spending against budget in percent; None without a budget."""
        return round(100 * self.spent_yuan / self.budget_yuan, 1) if self.budget_yuan else None


def _due_month(task: TaskDoc, year: int) -> int | None:
    """The month (of the plan's year) by whose end the task should be done, if known."""
    if task.target_date is not None:
        if task.target_date.year < year:
            return 0
        if task.target_date.year > year:
            return 13
        return task.target_date.month
    return max(task.planned_months) if task.planned_months else None


def _current_state(task: TaskDoc, month: int) -> str | None:
    """The state recorded for the latest month up to ``month`` (what was last said)."""
    months = [m for m in task.month_states if m <= month]
    return task.month_states[max(months)] if months else None


def task_standing(task: TaskDoc, *, year: int, month: int) -> str:
    """The task's :class:`TaskState` at the end of ``month``.

    The latest recorded state counts, except that a task past its target date and not
    done is late whatever was typed; a task with nothing recorded has not started.
    """
    state = _current_state(task, month)
    if state == TaskState.DONE:
        return TaskState.DONE
    due = _due_month(task, year)
    if state == TaskState.LATE or (due is not None and due <= month):
        return TaskState.LATE
    if state in (TaskState.AT_RISK, TaskState.ON_TRACK):
        return state
    return TaskState.NOT_STARTED


def plan_progress(doc: PlanDoc, *, month: int) -> PlanProgress:
    """The figures of one plan at the end of ``month`` (see :class:`PlanProgress`).

    Each task counts once, by :func:`task_standing`; spending sums the months up to
    ``month``. Works on any document — the live plan or a month's snapshot.
    """
    _check_month(month)
    standings = [task_standing(t, year=doc.year, month=month) for t in doc.tasks]
    due = 0
    overdue = 0
    for task, standing in zip(doc.tasks, standings, strict=True):
        due_month = _due_month(task, doc.year)
        if due_month is not None and due_month <= month:
            due += 1
            overdue += standing != TaskState.DONE
    updated = (
        any(month in t.month_states for t in doc.tasks)
        or any(month in c.spent_yuan for c in doc.costs)
        or bool(doc.notes.get(month, "").strip())
    )
    return PlanProgress(
        month=month,
        tasks=len(doc.tasks),
        due=due,
        done=standings.count(TaskState.DONE),
        late=standings.count(TaskState.LATE),
        at_risk=standings.count(TaskState.AT_RISK),
        on_track=standings.count(TaskState.ON_TRACK),
        not_started=standings.count(TaskState.NOT_STARTED),
        overdue=overdue,
        budget_yuan=sum(c.budget_yuan for c in doc.costs),
        spent_yuan=sum(v for c in doc.costs for m, v in c.spent_yuan.items() if m <= month),
        updated=updated,
    )


# -- roll-ups ---------------------------------------------------------------------------------
@dataclass
class RollupRow:
    """One line of the monitoring view: a unit's or a level's plans at the end of a month."""

    key: str  # the unit's id, or the level
    label: str  # the unit's or level's name
    plans: int = 0
    drafts: int = 0
    submitted: int = 0  # waiting for review
    approved: int = 0
    returned: int = 0
    tasks: int = 0
    tasks_done: int = 0
    tasks_late: int = 0
    tasks_at_risk: int = 0
    not_updated: int = 0  # plans with nothing recorded for the month
    revising: int = 0  # approved plans with a newer revision in writing or review
    budget_yuan: int = 0
    spent_yuan: int = 0
    _completions: list[float] = field(default_factory=list, repr=False)

    @property
    def handed_in(self) -> int:
        """Plans submitted for review at least once and not sent back (submitted + approved)."""
        return self.submitted + self.approved

    @property
    def average_completion(self) -> float | None:
        """Mean of the plans' :attr:`PlanProgress.completion_percent`; None without plans.

        Each plan weighs the same whatever its number of tasks: a unit with one big
        plan and many small ones is judged on all of them.
        """
        if not self._completions:
            return None
        return round(sum(self._completions) / len(self._completions), 1)

    def add(self, *, status: str, progress: PlanProgress) -> None:
        """Count one plan."""
        self.plans += 1
        if status == PlanStatus.DRAFT:
            self.drafts += 1
        elif status == PlanStatus.SUBMITTED:
            self.submitted += 1
        elif status == PlanStatus.APPROVED:
            self.approved += 1
        elif status == PlanStatus.RETURNED:
            self.returned += 1
        self.tasks += progress.tasks
        self.tasks_done += progress.done
        self.tasks_late += progress.late
        self.tasks_at_risk += progress.at_risk
        self.not_updated += not progress.updated
        self.budget_yuan += progress.budget_yuan
        self.spent_yuan += progress.spent_yuan
        self._completions.append(progress.completion_percent)


def _current_plans(
    session: Session, *, year: int
) -> tuple[list[OnePagePlan], set[str], dict[str, str]]:
    """Each live subject's latest revision for ``year`` (one plan per subject), the ids of
    those among them that replace an approved revision still in force, and the statuses."""
    from app.services.plans.workflow import statuses

    live = {
        (level.value, s.id) for level in PlanLevel for s in subjects(session, level=level.value)
    }
    stmt = select(OnePagePlan).where(OnePagePlan.year == year, OnePagePlan.deleted.is_(False))
    all_plans = [p for p in session.scalars(stmt) if (p.level, p.subject_id) in live]
    state = statuses(session, plan_ids=[p.id for p in all_plans])
    latest, older_in_force = latest_and_in_force(all_plans, state)
    in_force = {latest[key].id for key in older_in_force}
    return list(latest.values()), in_force, state


def _tracking_docs(session: Session, plans: list[OnePagePlan]) -> list[PlanDoc]:
    """Plans with just their tasks and costs, read column-wise in a few queries.

    Progress needs nothing else (no names, no objectives), and loading 900 full plans
    one by one would take seconds.
    """
    ids = [p.id for p in plans]
    tasks: dict[str, list[TaskDoc]] = {i: [] for i in ids}
    costs: dict[str, list[CostDoc]] = {i: [] for i in ids}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        task_rows = session.execute(
            select(
                PlanTask.plan_id,
                PlanTask.id,
                PlanTask.name,
                PlanTask.target_date,
                PlanTask.planned_months,
                PlanTask.month_states,
            )
            .where(PlanTask.plan_id.in_(part), PlanTask.deleted.is_(False))
            .order_by(PlanTask.position)
        )
        for plan_id, task_id, name, target, planned, states in task_rows:
            tasks[plan_id].append(
                TaskDoc(
                    id=task_id,
                    name=name,
                    target_date=target,
                    planned_months=sorted(planned),
                    month_states={int(m): v for m, v in states.items()},
                )
            )
        cost_rows = session.execute(
            select(
                PlanCostLine.plan_id,
                PlanCostLine.id,
                PlanCostLine.category,
                PlanCostLine.budget_yuan,
                PlanCostLine.spent_yuan,
            )
            .where(PlanCostLine.plan_id.in_(part), PlanCostLine.deleted.is_(False))
            .order_by(PlanCostLine.position)
        )
        for plan_id, cost_id, category, budget, spent in cost_rows:
            costs[plan_id].append(
                CostDoc(
                    id=cost_id,
                    category=category,
                    budget_yuan=budget,
                    spent_yuan={int(m): v for m, v in spent.items()},
                )
            )
    return [
        PlanDoc(
            id=plan.id,
            level=plan.level,
            subject_id=plan.subject_id,
            unit_id=plan.unit_id,
            year=plan.year,
            tasks=tasks[plan.id],
            costs=costs[plan.id],
        )
        for plan in plans
    ]


def _notes_written(session: Session, plan_ids: list[str], month: int) -> set[str]:
    written: set[str] = set()
    for chunk in range(0, len(plan_ids), 500):
        part = plan_ids[chunk : chunk + 500]
        stmt = select(PlanMonthNote.plan_id).where(
            PlanMonthNote.plan_id.in_(part),
            PlanMonthNote.month == month,
            PlanMonthNote.deleted.is_(False),
            PlanMonthNote.summary != "",
        )
        written.update(session.scalars(stmt))
    return written


def rollup(session: Session, *, year: int, month: int, by: str) -> list[RollupRow]:
    """Plans of ``year`` summed per unit (``by="unit"``) or per level (``by="level"``).

    Counts each subject's current revision once; one that replaces an approved revision
    still in force counts as approved (and in ``revising``). Every live unit (or every level) gets
    a row, in the organisation's (or the levels') order, even without plans: a unit
    with no plan is exactly what the monitoring view must show.
    """

    _check_month(month)
    if by not in (BY_UNIT, BY_LEVEL):
        raise UserError("汇总方式应为“按部门”（unit）或“按层面”（level）。")
    if by == BY_UNIT:
        units = session.scalars(
            select(Unit).where(Unit.deleted.is_(False)).order_by(Unit.sort_order, Unit.name)
        ).all()
        rows = {u.id: RollupRow(key=u.id, label=u.name) for u in units}
    else:
        rows = {lvl.value: RollupRow(key=lvl.value, label=LEVEL_LABELS[lvl]) for lvl in PlanLevel}
    plans, in_force, state = _current_plans(session, year=year)
    noted = _notes_written(session, [p.id for p in plans], month)
    for doc in _tracking_docs(session, plans):
        if doc.id in noted:
            doc.notes[month] = "…"  # only whether something was written matters here
        row = rows.get(doc.unit_id if by == BY_UNIT else doc.level)
        if row is None:
            continue
        status = state[doc.id]
        if status != PlanStatus.APPROVED and doc.id in in_force:
            status = PlanStatus.APPROVED  # the approved revision before it is still in force
            row.revising += 1
        row.add(status=status, progress=plan_progress(doc, month=month))
    return list(rows.values())
