"""Bringing a plan from outside (an edited Excel file) into this database.

The workbook reader works without a database, so it cannot know every person: an
owner typed in Excel who was not on the exported file's list arrives as a
reference made by :func:`owner_ref` ("工号:20050089" or "姓名:张三") in place of a
person id, and :func:`import_plan_doc` resolves it here. Everything is checked
before anything is written, and all of it happens in the caller's transaction, so
a refused file leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Person
from app.models.plans import LEVEL_LABELS, OnePagePlan, PlanTask
from app.services.errors import UserError
from app.services.plans.doc import Owner, PlanDoc, TaskDoc
from app.services.plans.store import load_plan, save_plan
from app.services.plans.subjects import Subject, subject_of

STAFF_REF = "工号:"
NAME_REF = "姓名:"


def owner_ref(*, staff_no: str = "", name: str = "") -> str:
    """A stand-in person id for an owner known only by 工号 (preferred) or by name."""
    return f"{STAFF_REF}{staff_no}" if staff_no else f"{NAME_REF}{name}"


def staff_numbers(session: Session, *, doc: PlanDoc) -> dict[str, str]:
    """工号 of every owner in ``doc`` by person id, for writing “张三(20050089)A”."""
    ids = {o.person_id for t in doc.tasks for o in t.owners}
    if not ids:
        return {}
    rows = session.execute(select(Person.id, Person.staff_no).where(Person.id.in_(ids)))
    return {pid: no for pid, no in rows if no}


def import_plan_doc(session: Session, *, doc: PlanDoc) -> PlanDoc:
    """Store ``doc``: over the same plan if this database has it, else as a new plan.

    Refused (with a message saying why) when the subject is unknown here, an owner
    cannot be found, the plan's content is locked by review (store's message), or the
    subject already has a different plan for that year.
    """
    subject = _subject(session, doc)
    _resolve_owners(session, doc.tasks, unit_id=subject.unit_id)
    plan = session.get(OnePagePlan, doc.id)
    if plan is not None and not plan.deleted:
        if (plan.level, plan.subject_id, plan.year) != (doc.level, doc.subject_id, doc.year):
            raise UserError(
                f"文件中的计划编号 {doc.id[:8]} 在本机是另一份计划（对象或年度不同），未导入。"
                "请不要修改隐藏工作表中的内容。"
            )
        _keep_stored_order(session, doc)
    elif plan is None:
        _refuse_second_plan(session, doc, subject)
        doc.unit_id = subject.unit_id
    save_plan(session, doc=doc)  # refuses a deleted plan and locked content itself
    return load_plan(session, plan_id=doc.id)


def _subject(session: Session, doc: PlanDoc) -> Subject:
    label = LEVEL_LABELS.get(doc.level, "对象")
    try:
        subject = subject_of(session, level=doc.level, subject_id=doc.subject_id)
    except UserError:
        name = f"“{doc.subject_name}”" if doc.subject_name else f"（编号 {doc.subject_id[:8]}）"
        raise UserError(
            f"本机的组织机构中没有这份计划所属的{label}{name}，无法导入。"
            f"请先导入或同步包含该{label}的组织机构，再导入计划。"
        ) from None
    if subject.deleted:
        raise UserError(f"{label}“{subject.name}”已在本机删除，不能导入它的计划。")
    return subject


def _refuse_second_plan(session: Session, doc: PlanDoc, subject: Subject) -> None:
    """One plan per subject and year: a file with another plan id must not add a second."""
    others = session.scalars(
        select(OnePagePlan).where(
            OnePagePlan.level == doc.level,
            OnePagePlan.subject_id == doc.subject_id,
            OnePagePlan.year == doc.year,
            OnePagePlan.deleted.is_(False),
        )
    ).all()
    if others:
        latest = max(others, key=lambda p: p.revision)
        raise UserError(
            f"{subject.name}在本机已有 {doc.year} 年的一页纸计划（编号 {latest.id[:8]}，"
            f"第 {latest.revision} 版），与文件中的计划（编号 {doc.id[:8]}）不是同一份，未导入。"
            "请在程序中打开已有的计划修改，或导出它的 Excel 编辑后再导入。"
        )


def _resolve_owners(session: Session, tasks: Iterable[TaskDoc], *, unit_id: str) -> None:
    """Replace references by person ids and check every owner exists; all problems at once."""
    tasks = list(tasks)
    owners = [o for t in tasks for o in t.owners]
    ids = {o.person_id for o in owners if not o.person_id.startswith((STAFF_REF, NAME_REF))}
    staff = {o.person_id[len(STAFF_REF) :] for o in owners if o.person_id.startswith(STAFF_REF)}
    names = {o.person_id[len(NAME_REF) :] for o in owners if o.person_id.startswith(NAME_REF)}
    by_id = {p.id: p for p in _people(session, Person.id, ids, live_only=False)}
    by_staff: dict[str, list[Person]] = {}
    for p in _people(session, Person.staff_no, staff):
        by_staff.setdefault(p.staff_no, []).append(p)
    by_name: dict[str, list[Person]] = {}
    for p in _people(session, Person.name, names):
        by_name.setdefault(p.name, []).append(p)
    problems = []
    for n, task in enumerate(tasks, start=1):
        where = f"任务 {n:02d}“{task.name.strip()}”的负责人"
        for owner in task.owners:
            person, problem = _match(owner, by_id, by_staff, by_name, unit_id)
            if problem:
                problems.append(f"{where}{problem}")
            elif person is not None:
                owner.person_id, owner.name = person.id, person.name
    if problems:
        raise UserError("以下负责人在本机的人员名单中找不到，未导入：\n" + "\n".join(problems))


def _people(
    session: Session, column: Any, values: set[str], *, live_only: bool = True
) -> list[Person]:
    if not values:
        return []
    stmt = select(Person).where(column.in_(values))
    if live_only:
        stmt = stmt.where(Person.deleted.is_(False))
    return list(session.scalars(stmt))


def _match(
    owner: Owner,
    by_id: dict[str, Person],
    by_staff: dict[str, list[Person]],
    by_name: dict[str, list[Person]],
    unit_id: str,
) -> tuple[Person | None, str]:
    """(the person, "") or (None, what is wrong, starting after “负责人”)."""
    typed = owner.name.strip()
    if owner.person_id.startswith(STAFF_REF):
        staff_no = owner.person_id[len(STAFF_REF) :]
        found = by_staff.get(staff_no, [])
        if not found:
            return None, f"“{typed}({staff_no})”：没有工号为 {staff_no} 的人员"
        if len(found) > 1:
            return None, f"“{typed}({staff_no})”：有 {len(found)} 名人员的工号都是 {staff_no}"
        person = found[0]
    elif owner.person_id.startswith(NAME_REF):
        found = by_name.get(typed, [])
        if len(found) > 1:  # namesakes: the one in the plan's unit, if only one is
            found = [p for p in found if p.unit_id == unit_id] or found
        if not found:
            return None, f"“{typed}”：没有名为“{typed}”的人员，请写成“姓名(工号)优先级”"
        if len(found) > 1:
            return None, f"“{typed}”：有 {len(found)} 名同名人员，请写明工号，如“{typed}(工号)A”"
        return found[0], ""
    else:
        person = by_id.get(owner.person_id)
        if person is None:
            return None, f"“{typed}”：本机没有此人（编号 {owner.person_id[:8]}）"
    if typed and typed != person.name:
        who = f"工号 {person.staff_no} 是" if person.staff_no else "本机此人是"
        return None, f"“{typed}”：{who}“{person.name}”，不是“{typed}”"
    return person, ""


def _keep_stored_order(session: Session, doc: PlanDoc) -> None:
    """A task serving the same objectives keeps their stored order: no change, no new version.

    The sheet lists a task's objectives in column order; the editor may have stored
    them in the order they were ticked.
    """
    stored = {
        t.id: t.objective_ids
        for t in session.scalars(select(PlanTask).where(PlanTask.plan_id == doc.id))
    }
    for task in doc.tasks:
        before = stored.get(task.id)
        if before is not None and set(before) == set(task.objective_ids):
            task.objective_ids = list(before)
