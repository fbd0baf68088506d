"""The college's SMART report: per unit, how many texts get a hint on which letter, and which.

Texts come from the three places where people write standards and goals:

- one-page plans (表2/表3): the goal, every objective and task of each subject's current
  revision for the year, counted under the plan's unit, judged exactly as the plan
  editor's hints judge them (:func:`app.services.plans.checks.smart_hints`: an objective
  against the plan's goal, a task name only on S and A);
- job-description manuals (表4): every 工作标准, through the jobs area's
  ``work_standard_texts`` (:func:`job_standard_texts` is the hook; without that area the
  report says so and goes on);
- subjects' own targets (自身发展标准) for the year, judged against their point's name.

Speed: one Core query per source and one SMART check per distinct text (plans copied from
one template repeat their wording), so the whole demo college takes well under a second.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Course, Major, Person, StudentClass, Unit
from app.models.plans import LEVEL_LABELS, OnePagePlan, PlanLevel, PlanObjective, PlanTask
from app.models.standards import CatalogEntry, OwnTarget
from app.services.plans.checks import TASK_LETTERS
from app.services.smart import (
    LETTERS,
    SmartRules,
    SmartSummary,
    SmartVerdict,
    check_text,
    load_rules,
)
from app.services.standards.levels import SUBJECT_LABELS
from app.services.standards.targets import TargetValues

PLAN = "plan"
JOB = "job"
OWN = "own"
SOURCE_LABELS: dict[str, str] = {PLAN: "一页纸计划", JOB: "岗位说明书工作标准", OWN: "自身发展标准"}


@dataclass(frozen=True)
class Text:
    """A text to check, with where it was written."""

    unit_name: str
    source: str  # PLAN, JOB or OWN
    where: str  # "水利工程（专业）计划·任务 02", "岗位说明书·教学管理岗位" …
    text: str
    context: str = ""  # what relevance is judged against
    letters: tuple[str, ...] = LETTERS  # the letters that apply to this kind of text


@dataclass(frozen=True)
class Checked:
    """A text with its verdict and the letters that got a hint."""

    item: Text
    verdict: SmartVerdict
    failures: tuple[str, ...]

    def reasons(self) -> list[str]:
        """ "M 可度量：…" for each letter that got a hint."""
        return [
            f"{self.verdict[x].letter} {self.verdict[x].label}：{self.verdict[x].reason}"
            for x in self.failures
        ]


@dataclass
class UnitReport:
    """One unit's count per letter and its texts that got a hint."""

    unit_name: str
    total: int = 0
    all_ok: int = 0
    failures: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LETTERS, 0))
    by_source: dict[str, int] = field(default_factory=dict)
    failing: list[Checked] = field(default_factory=list)

    @property
    def summary(self) -> SmartSummary:
        return SmartSummary(self.total, self.all_ok, dict(self.failures))


@dataclass(frozen=True)
class SmartReport:
    """The report: units in organisation order, plus what was included."""

    year: int | None
    units: tuple[UnitReport, ...]
    jobs_included: bool

    @property
    def total(self) -> SmartSummary:
        failures = {x: sum(u.failures[x] for u in self.units) for x in LETTERS}
        return SmartSummary(
            sum(u.total for u in self.units), sum(u.all_ok for u in self.units), failures
        )


def job_standard_texts(session: Session, unit_id: str | None) -> list[tuple[str, str, str]] | None:
    """Hook to the job-description area: ``(unit name, post title, text)`` per 工作标准.

    None when that area is not part of this build, so the report can say it left them out.
    """
    try:
        from app.services.jobs.queries import work_standard_texts
    except ImportError:
        return None
    return work_standard_texts(session, unit_id)


def latest_plan_year(session: Session) -> int | None:
    """The newest year that has one-page plans (the report's default year)."""
    return session.scalar(select(func.max(OnePagePlan.year)).where(OnePagePlan.deleted.is_(False)))


def collect_texts(
    session: Session, *, unit_id: str | None = None, year: int | None = None
) -> tuple[list[Text], bool]:
    """Every text of the report; the flag says whether job standards could be included."""
    names = _subject_names(session)
    texts = _plan_texts(session, names, unit_id, year) if year is not None else []
    jobs = job_standard_texts(session, unit_id)
    for unit_name, post, text in jobs or []:
        texts.append(Text(unit_name, JOB, f"岗位说明书·{post}", text))
    if year is not None:
        texts.extend(_own_texts(session, names, unit_id, year))
    return texts, jobs is not None


def smart_report(
    session: Session,
    *,
    unit_id: str | None = None,
    year: int | None = None,
    rules: SmartRules | None = None,
) -> SmartReport:
    """Check every text and tally per unit (units with no texts are left out)."""
    year = year if year is not None else latest_plan_year(session)
    texts, jobs = collect_texts(session, unit_id=unit_id, year=year)
    return SmartReport(year, tuple(tally(texts, order=_unit_order(session), rules=rules)), jobs)


def tally(
    texts: Iterable[Text], *, order: dict[str, int] | None = None, rules: SmartRules | None = None
) -> list[UnitReport]:
    """Check ``texts`` (each distinct text once) and count per unit, units in ``order``."""
    rules = rules or load_rules()
    cache: dict[tuple[str, str], SmartVerdict] = {}
    units: dict[str, UnitReport] = {}
    for item in texts:
        key = (item.text, item.context)
        verdict = cache.get(key)
        if verdict is None:
            verdict = cache[key] = check_text(item.text, context=item.context, rules=rules)
        unit = units.get(item.unit_name)
        if unit is None:
            unit = units[item.unit_name] = UnitReport(item.unit_name)
        unit.total += 1
        unit.by_source[item.source] = unit.by_source.get(item.source, 0) + 1
        failures = tuple(x for x in verdict.failures if x in item.letters)
        if not failures:
            unit.all_ok += 1
            continue
        for letter in failures:
            unit.failures[letter] += 1
        unit.failing.append(Checked(item, verdict, failures))
    rank = order or {}
    return sorted(units.values(), key=lambda u: (rank.get(u.unit_name, len(rank)), u.unit_name))


# -- sources ------------------------------------------------------------------------------
def _unit_order(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Unit.name).where(Unit.deleted.is_(False)).order_by(Unit.sort_order, Unit.name)
    )
    return {name: i for i, (name,) in enumerate(rows)}


def _subject_names(session: Session) -> dict[str, str]:
    """Names of every unit, major, course, person and class by id (ids are UUIDs: one map)."""
    names: dict[str, str] = {}
    for model in (Unit, Major, Course, Person, StudentClass):
        names.update((i, n) for i, n in session.execute(select(model.id, model.name)))
    return names


def _plan_texts(
    session: Session, names: dict[str, str], unit_id: str | None, year: int
) -> list[Text]:
    p = OnePagePlan.__table__
    stmt = select(
        p.c.id, p.c.level, p.c.subject_id, p.c.unit_id, p.c.revision, p.c.work_name, p.c.objective
    ).where(p.c.deleted.is_(False), p.c.year == year)
    if unit_id:
        stmt = stmt.where(p.c.unit_id == unit_id)
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    info: dict[str, tuple[str, str, str]] = {}  # plan id → unit name, plan name, goal
    goals: dict[str, tuple[str, str]] = {}  # plan id → goal, work name
    for plan_id, level, subject_id, plan_unit, revision, work_name, goal in session.execute(stmt):
        key = (level, subject_id)
        if key not in latest or revision > latest[key][0]:
            latest[key] = (revision, plan_id)
        unit_name = names.get(plan_unit, "未知部门")
        info[plan_id] = (unit_name, _plan_name(level, names.get(subject_id, "")), goal)
        goals[plan_id] = (goal, work_name)
    current = [plan_id for _, plan_id in latest.values()]
    texts: list[Text] = []
    for plan_id in current:  # 项目目标, judged against the work name as in the editor
        goal, work_name = goals[plan_id]
        if goal.strip():
            unit_name, plan_name, _ = info[plan_id]
            texts.append(Text(unit_name, PLAN, f"{plan_name}·项目目标", goal, work_name))
    chosen = set(current)
    for model, column in ((PlanObjective, "text"), (PlanTask, "name")):
        t = model.__table__
        rows = session.execute(
            select(t.c.plan_id, t.c.position, t.c[column])
            .join(p, p.c.id == t.c.plan_id)
            .where(t.c.deleted.is_(False), p.c.deleted.is_(False), p.c.year == year)
            .order_by(t.c.plan_id, t.c.position)
        )
        for plan_id, position, text in rows:
            if plan_id not in chosen or not text.strip():
                continue
            unit_name, plan_name, goal = info[plan_id]
            if model is PlanTask:
                where = f"{plan_name}·任务 {position:02d}"
                texts.append(Text(unit_name, PLAN, where, text, letters=TASK_LETTERS))
            else:
                where = f"{plan_name}·目标 {position}"
                texts.append(Text(unit_name, PLAN, where, text, context=goal))
    return texts


def _plan_name(level: str, subject: str) -> str:
    if level == PlanLevel.UNIT:
        return "部门计划"
    return f"{subject}（{LEVEL_LABELS.get(level, level)}）计划"


def _own_texts(
    session: Session, names: dict[str, str], unit_id: str | None, year: int
) -> list[Text]:
    o, e = OwnTarget.__table__, CatalogEntry.__table__
    stmt = (
        select(o, e.c.name.label("entry_name"))
        .join(e, e.c.id == o.c.entry_id)
        .where(o.c.deleted.is_(False), o.c.year == year)
        .order_by(o.c.unit_id, o.c.subject_id, o.c.position)
    )
    if unit_id:
        stmt = stmt.where(o.c.unit_id == unit_id)
    texts = []
    for row in session.execute(stmt):
        subject = f"{names.get(row.subject_id, '')}（{SUBJECT_LABELS.get(row.subject_level, '')}）"
        sentence = TargetValues.of(row).sentence()
        where = f"{subject}·{row.entry_name}"
        unit_name = names.get(row.unit_id, "未知部门")
        texts.append(Text(unit_name, OWN, where, sentence, context=row.entry_name))
    return texts
