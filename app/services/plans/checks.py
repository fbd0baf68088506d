"""The checks of a plan before it may be submitted (the seed's "差错率小于 5%").

Each problem says where it is (the task, objective, cost line or header field) so
the editor can mark the very cell, and the list reads as plain Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.plans.doc import PlanDoc


@dataclass(frozen=True)
class PlanProblem:
    """One mistake in a plan."""

    section: str  # header | objective | task | cost
    item_id: str | None  # the objective, task or cost line, if any
    field: str  # the attribute at fault
    message: str

    def describe(self) -> str:
        """The message, as listed."""
        return self.message


def check_plan(doc: PlanDoc) -> list[PlanProblem]:
    """Every problem in ``doc``, in form order."""
    problems: list[PlanProblem] = []

    def add(section: str, item: str | None, field: str, message: str) -> None:
        problems.append(PlanProblem(section, item, field, message))

    if not doc.work_name.strip():
        add("header", None, "work_name", "请填写工作名称。")
    if not doc.leader.strip():
        add("header", None, "leader", "请填写项目领导。")
    if doc.plan_date and doc.plan_date.year != doc.year:
        add("header", None, "plan_date", f"日期应在 {doc.year} 年内。")
    if not doc.objectives:
        add("header", None, "objectives", "请至少填写一个目标。")
    if not doc.tasks:
        add("header", None, "tasks", "请至少填写一项主要任务。")
    served = {i for t in doc.tasks for i in t.objective_ids}
    for n, objective in enumerate(doc.objectives, start=1):
        where = f"目标 {n}"
        if not objective.text.strip():
            add("objective", objective.id, "text", f"{where}：内容为空。")
        if objective.id not in served:
            add("objective", objective.id, "tasks", f"{where}：没有任何任务支撑。")
    known = {o.id for o in doc.objectives}
    for n, task in enumerate(doc.tasks, start=1):
        where = f"任务 {n:02d}"
        if not task.name.strip():
            add("task", task.id, "name", f"{where}：任务名称为空。")
        if not [i for i in task.objective_ids if i in known]:
            add("task", task.id, "objectives", f"{where}：没有对应的目标。")
        if not any(o.priority == "A" for o in task.owners):
            add("task", task.id, "owners", f"{where}：没有 A 级负责人。")
        if not task.planned_months:
            add("task", task.id, "planned_months", f"{where}：没有标注计划进度（月份）。")
        if task.target_date is None:
            add("task", task.id, "target_date", f"{where}：没有目标日期。")
        elif task.target_date.year != doc.year:
            add("task", task.id, "target_date", f"{where}：目标日期应在 {doc.year} 年内。")
    for n, cost in enumerate(doc.costs, start=1):
        if not cost.category.strip():
            add("cost", cost.id, "category", f"成本 {n}：项目名称为空。")
    return problems


def error_rate(doc: PlanDoc) -> float:
    """Share of tasks and objectives with at least one problem (the seed wants < 5 %)."""
    items = len(doc.tasks) + len(doc.objectives)
    if not items:
        return 1.0
    faulty = {p.item_id for p in check_plan(doc) if p.item_id}
    return len(faulty) / items


# -- SMART hints (advice, never blocking) ----------------------------------------------------
#: Letters checked on a task's name. A task of the OPPM form is an activity: its time
#: comes from its months and target date, its measure and relevance from the objectives
#: it is marked against, so only vague wording (S) and overreach (A) are its own.
TASK_LETTERS = ("S", "A")


@dataclass(frozen=True)
class SmartHint:
    """A SMART hint on one text of the plan: which letters, and one line saying why."""

    section: str  # header | objective | task, as in PlanProblem
    item_id: str | None
    field: str
    letters: tuple[str, ...]
    message: str


def smart_hints(doc: PlanDoc) -> list[SmartHint]:
    """SMART hints on the plan's goal, objectives and task names, in form order.

    Each objective is judged against the plan's goal (relevance); a task only on the
    letters in :data:`TASK_LETTERS`. The rules come from the college's tunable data
    file (app.services.smart), so the hints follow whatever it decides.
    """
    from app.services.smart import check_text, load_rules

    rules = load_rules()
    hints: list[SmartHint] = []

    def judge(
        section: str,
        item_id: str | None,
        field: str,
        where: str,
        text: str,
        *,
        context: str = "",
        letters: tuple[str, ...] | None = None,
    ) -> None:
        if not text.strip():
            return  # an empty text is a problem of the checks above, not a hint
        verdict = check_text(text, context=context, rules=rules)
        failed = [
            v for v in verdict.letters if not v.ok and (letters is None or v.letter in letters)
        ]
        if failed:
            names = "、".join(f"{v.letter}（{v.label}）" for v in failed)
            hints.append(
                SmartHint(
                    section,
                    item_id,
                    field,
                    tuple(v.letter for v in failed),
                    f"{where}：{names}：{failed[0].reason}",
                )
            )

    judge("header", None, "objective", "项目目标", doc.objective, context=doc.work_name)
    for n, objective in enumerate(doc.objectives, start=1):
        judge("objective", objective.id, "text", f"目标 {n}", objective.text, context=doc.objective)
    for n, task in enumerate(doc.tasks, start=1):
        judge("task", task.id, "name", f"任务 {n:02d}", task.name, letters=TASK_LETTERS)
    return hints
