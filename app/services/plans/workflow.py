"""Review of a plan revision: 草稿 → 已提交 → 已通过 / 已退回, and new revisions.

Who reviews: 教务科研处 major and course plans, 人事处 teacher plans, 学生工作处
class plans, 质量督导处 unit plans (实施方案 三(一)4). Each step is a
:class:`PlanReview` authored by the unit that took it, numbered so that order never
depends on two PCs' clocks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Unit
from app.models.base import utcnow
from app.models.plans import (
    LEVEL_LABELS,
    OnePagePlan,
    PlanLevel,
    PlanReview,
    PlanStatus,
    ReviewAction,
)
from app.services.errors import UserError
from app.services.identity import OFFICE, get_identity, quality_office
from app.services.records import stamp

# The reviewing office of each level, by the names the college's documents use.
REVIEWER_NAMES: dict[str, tuple[str, ...]] = {
    PlanLevel.MAJOR: ("教务科研处", "教务处"),
    PlanLevel.COURSE: ("教务科研处", "教务处"),
    PlanLevel.TEACHER: ("人事处",),
    PlanLevel.CLASS: ("学生工作处", "学生处"),
}
_STATUS_AFTER = {
    ReviewAction.SUBMIT: PlanStatus.SUBMITTED,
    ReviewAction.APPROVE: PlanStatus.APPROVED,
    ReviewAction.RETURN: PlanStatus.RETURNED,
}


@dataclass(frozen=True)
class ReviewStep:
    """One line of a plan's review history."""

    step: int
    action: str
    actor: str
    unit_name: str
    comment: str
    acted_at: datetime


def _reviews(session: Session, plan_ids: Iterable[str]) -> dict[str, list[PlanReview]]:
    ids = list(plan_ids)
    by_plan: dict[str, list[PlanReview]] = {i: [] for i in ids}
    if not ids:
        return by_plan
    stmt = select(PlanReview).where(PlanReview.plan_id.in_(ids), PlanReview.deleted.is_(False))
    for review in session.scalars(stmt):
        by_plan[review.plan_id].append(review)
    for reviews in by_plan.values():
        reviews.sort(key=lambda r: (r.step, r.acted_at))
    return by_plan


def statuses(session: Session, *, plan_ids: Iterable[str]) -> dict[str, str]:
    """The status of each plan (many at once, for lists)."""
    return {
        plan_id: _STATUS_AFTER[ReviewAction(reviews[-1].action)] if reviews else PlanStatus.DRAFT
        for plan_id, reviews in _reviews(session, plan_ids).items()
    }


def status_of(session: Session, *, plan_id: str) -> str:
    """Where a plan revision stands."""
    return statuses(session, plan_ids=[plan_id])[plan_id]


def reviewer_unit(session: Session, *, level: str) -> Unit:
    """The unit that reviews plans of ``level``."""
    names = REVIEWER_NAMES.get(level, ())
    units = session.scalars(select(Unit).where(Unit.deleted.is_(False))).all()
    for name in names:
        for unit in units:
            if unit.name == name:
                return unit
    office = quality_office(session)
    if office is None:
        raise UserError("组织机构中没有质量督导处，无法确定审核部门。")
    return office


def history(session: Session, *, plan_id: str) -> list[ReviewStep]:
    """Every review step of a plan revision, in order."""
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    return [
        ReviewStep(r.step, r.action, r.actor, names.get(r.owner_unit_id, ""), r.comment, r.acted_at)
        for r in _reviews(session, [plan_id])[plan_id]
    ]


def _plan(session: Session, plan_id: str) -> OnePagePlan:
    plan = session.get(OnePagePlan, plan_id)
    if plan is None or plan.deleted:
        raise UserError("找不到该一页纸计划（可能已被删除）。")
    return plan


def _record(
    session: Session,
    plan: OnePagePlan,
    action: ReviewAction,
    *,
    unit_id: str,
    actor: str,
    comment: str,
) -> None:
    step = len(_reviews(session, [plan.id])[plan.id]) + 1
    review = PlanReview(
        plan_id=plan.id,
        owner_unit_id=unit_id,
        step=step,
        action=action.value,
        actor=actor.strip()[:50],
        comment=comment.strip(),
        acted_at=utcnow(),
        version={},
    )
    session.add(review)
    stamp(session, review)
    session.flush()


def _acting_unit(session: Session, *, allowed: str, what: str) -> str:
    """This PC's unit if it may act as ``allowed``; the quality office PC may act for anyone.

    The office is the hub: on its PC it records steps for units that send paper.
    """
    ident = get_identity(session)
    if ident.role == OFFICE or ident.unit_id == allowed:
        return allowed
    unit = session.get(Unit, allowed)
    raise UserError(
        f"只有{unit.name if unit else '相应部门'}可以{what}。本机身份为：{ident.describe()}。"
    )


def submit(session: Session, *, plan_id: str, actor: str = "") -> None:
    """Send a draft or returned plan for review; refused while it has errors."""
    from app.services.plans.checks import check_plan
    from app.services.plans.store import load_plan

    plan = _plan(session, plan_id)
    status = status_of(session, plan_id=plan_id)
    if status not in (PlanStatus.DRAFT, PlanStatus.RETURNED):
        raise UserError("该计划已提交或已通过，不能再次提交。")
    problems = check_plan(load_plan(session, plan_id=plan_id))
    if problems:
        raise UserError(
            f"计划还有 {len(problems)} 处问题，请改正后再提交（可保存为草稿）：\n"
            + "\n".join(p.describe() for p in problems[:10])
        )
    unit_id = _acting_unit(session, allowed=plan.unit_id, what="提交本部门的计划")
    _record(session, plan, ReviewAction.SUBMIT, unit_id=unit_id, actor=actor, comment="")


def _review(session: Session, plan_id: str, action: ReviewAction, actor: str, comment: str) -> None:
    plan = _plan(session, plan_id)
    if status_of(session, plan_id=plan_id) != PlanStatus.SUBMITTED:
        raise UserError("只有已提交的计划可以审核。")
    if action == ReviewAction.RETURN and not comment.strip():
        raise UserError("退回计划时请写明退回意见。")
    reviewer = reviewer_unit(session, level=plan.level)
    what = f"审核{LEVEL_LABELS[plan.level]}计划"
    unit_id = _acting_unit(session, allowed=reviewer.id, what=what)
    _record(session, plan, action, unit_id=unit_id, actor=actor, comment=comment)


def approve(session: Session, *, plan_id: str, actor: str = "", comment: str = "") -> None:
    """The reviewer approves: the plan's content is locked."""
    _review(session, plan_id, ReviewAction.APPROVE, actor, comment)


def return_plan(session: Session, *, plan_id: str, actor: str = "", comment: str) -> None:
    """The reviewer sends the plan back with a comment; the unit edits and resubmits."""
    _review(session, plan_id, ReviewAction.RETURN, actor, comment)


def new_revision(session: Session, *, plan_id: str) -> str:
    """Start a new revision of an approved plan (it goes through review again); its id."""
    from app.services.plans.store import load_plan, save_plan

    if status_of(session, plan_id=plan_id) != PlanStatus.APPROVED:
        raise UserError("只有已通过的计划需要修订；草稿或被退回的计划可直接修改。")
    later = session.scalars(
        select(OnePagePlan.id).where(
            OnePagePlan.previous_id == plan_id, OnePagePlan.deleted.is_(False)
        )
    ).first()
    if later:
        raise UserError("该计划已有更新的修订版，请打开最新的修订版。")
    old = load_plan(session, plan_id=plan_id)
    new = type(old).from_data(old.to_data())
    from app.models.base import new_uuid

    new.id = new_uuid()
    new.previous_id = old.id
    new.revision = old.revision + 1
    for item in (*new.objectives, *new.tasks, *new.costs):
        old_id = item.id
        item.id = new_uuid()
        for task in new.tasks:
            task.objective_ids = [item.id if i == old_id else i for i in task.objective_ids]
    save_plan(session, doc=new)
    return new.id
