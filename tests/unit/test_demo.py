"""The sample college (``zhengai demo``): shape, integrity, sync columns, idempotence."""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Base,
    Course,
    Institution,
    Major,
    Person,
    RoleAssignment,
    RoleKind,
    StudentClass,
    Unit,
    UnitKind,
)
from app.models.plans import (
    OnePagePlan,
    PlanCostLine,
    PlanMonthNote,
    PlanObjective,
    PlanReview,
    PlanSnapshot,
    PlanStatus,
    PlanTask,
)
from app.services.database import Database, open_database
from app.services.demo import INSTITUTION_NAME, DemoResult, create_demo
from app.services.demo_plans import demo_period
from app.services.errors import Cancelled
from app.services.identity import get_identity, installation_id
from app.services.plans.checks import check_plan
from app.services.plans.doc import PlanDoc
from app.services.plans.store import list_plans, load_plan
from app.services.plans.subjects import subject_of
from app.services.plans.tracking import recorded_months, rollup, snapshot_doc
from app.services.plans.workflow import history, reviewer_unit, statuses
from app.services.progress import NullProgress

CHINESE = re.compile(r"^[\u4e00-\u9fff]+$")
HAS_CHINESE = re.compile(r"[\u4e00-\u9fff]")


# The sample's plans depend on the day (year, months of progress): tests fix it.
TODAY = date(2026, 9, 20)


@dataclass(frozen=True)
class Sample:
    """The sample college made once for the tests that only read it."""

    db: Database
    result: DemoResult
    progress: NullProgress


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    """One sample college (with plans as of :data:`TODAY`) shared by read-only tests.

    Building it takes a few seconds; a fresh one per test would slow the suite for nothing.
    """
    database = open_database(tmp_path_factory.mktemp("sample") / "sample.sqlite3")
    progress = NullProgress()
    with database.session() as session:
        result = create_demo(session, progress=progress, today=TODAY)
    yield Sample(database, result, progress)
    database.close()


@pytest.fixture
def sample_db(sample: Sample) -> Database:
    """The shared sample's database (read only)."""
    return sample.db


def _create(db: Database) -> DemoResult:
    with db.session() as session:
        return create_demo(session, today=TODAY)


def _all(db: Database, model: type[Any]) -> list[Any]:
    with db.session() as session:
        return list(session.scalars(select(model)).all())


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns)
                ).all()
            ]
            for table in Base.metadata.sorted_tables
        }


def _file_dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (schema included), read with plain sqlite3 as stored.

    Independent of our code, and fast enough for the ~60 MB the plans' snapshots take
    (no JSON decoding, no SQL text).
    """
    con = sqlite3.connect(path)
    try:
        tables = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = {"": list(con.execute("SELECT * FROM sqlite_master ORDER BY name"))}
        for table in tables:
            dump[table] = list(con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'))
        return dump
    finally:
        con.close()


def test_counts_in_expected_ranges(sample: Sample) -> None:
    """Scenario: a fresh database gets a college of realistic size (8 系 2 部, ~40 majors …)."""
    db, result = sample.db, sample.result
    assert result.created
    units = _all(db, Unit)
    offices = [u for u in units if u.kind == UnitKind.OFFICE]
    academic = [u for u in units if u.kind == UnitKind.ACADEMIC]
    people = _all(db, Person)
    teachers = [p for p in people if p.is_teacher]
    assert len(_all(db, Institution)) == 1
    assert 10 <= len(offices) <= 16
    assert len(academic) == 10
    assert 36 <= len(_all(db, Major)) <= 44
    assert 270 <= len(_all(db, Course)) <= 330
    assert 370 <= len(teachers) <= 430
    assert len(people) > len(teachers)  # non-teaching staff in the offices too
    assert 130 <= len(_all(db, StudentClass)) <= 170
    # The summary reports what is really in the database.
    assert result.offices == len(offices)
    assert result.academic_units == len(academic)
    assert result.people == len(people)
    assert result.teachers == len(teachers)
    assert result.majors == len(_all(db, Major))
    assert result.courses == len(_all(db, Course))
    assert result.classes == len(_all(db, StudentClass))


def test_offices_named_in_seed_exist(sample_db: Database) -> None:
    """Scenario: the functional offices the college's plan names are all there, as offices."""
    db = sample_db
    offices = {u.name for u in _all(db, Unit) if u.kind == UnitKind.OFFICE}
    for name in (
        "学院办公室",
        "人事处",
        "教务科研处",
        "质量督导处",
        "学生工作处",
        "信息化处",
        "招生就业处",
        "团委",
    ):
        assert name in offices


def test_eight_departments_with_majors_and_two_without(sample_db: Database) -> None:
    """Scenario: "8系2部": eight 系 carry all majors, two 部 teach public courses only."""
    db = sample_db
    majors = _all(db, Major)
    per_unit = Counter(m.unit_id for m in majors)
    academic = [u for u in _all(db, Unit) if u.kind == UnitKind.ACADEMIC]
    with_majors = [u for u in academic if per_unit[u.id]]
    without = [u for u in academic if not per_unit[u.id]]
    assert len(with_majors) == 8
    assert all(u.name.endswith("系") for u in with_majors)
    assert len(without) == 2


def test_names_are_chinese(sample_db: Database) -> None:
    """Scenario: every name a user sees is Chinese (people's names purely so)."""
    db = sample_db
    (college,) = _all(db, Institution)
    assert college.name == INSTITUTION_NAME
    assert CHINESE.match(college.president)
    for unit in _all(db, Unit):
        assert CHINESE.match(unit.name), unit.name
    for major in _all(db, Major):
        assert CHINESE.match(major.name), major.name
    for course in _all(db, Course):
        assert HAS_CHINESE.search(course.name), course.name
    for person in _all(db, Person):
        assert CHINESE.match(person.name) and 2 <= len(person.name) <= 3, person.name
        assert person.gender in ("男", "女")
    for cls in _all(db, StudentClass):
        assert cls.name.endswith("班") and HAS_CHINESE.search(cls.name), cls.name


def test_catalogue_style_codes(sample_db: Database) -> None:
    """Scenario: majors carry unique six-digit 专业代码, courses codes and plausible hours."""
    db = sample_db
    codes = [m.code for m in _all(db, Major)]
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(set(codes)) == len(codes)
    courses = _all(db, Course)
    assert len({c.code for c in courses}) == len(courses)
    assert all(16 <= c.hours <= 128 for c in courses)


def test_hierarchy(sample_db: Database) -> None:
    """Scenario: every major is under an academic unit, every course and class under a major."""
    db = sample_db
    units = {u.id: u for u in _all(db, Unit)}
    majors = {m.id: m for m in _all(db, Major)}
    for major in majors.values():
        assert units[major.unit_id].kind == UnitKind.ACADEMIC
    for course in _all(db, Course):
        assert course.major_id in majors
    for cls in _all(db, StudentClass):
        assert cls.major_id in majors
        assert cls.grade in (2024, 2025, 2026)
        assert 35 <= cls.student_count <= 50


def test_every_head_and_lead_exists(sample_db: Database) -> None:
    """Scenario: every unit has a head, every major and course a lead, all real people.

    Heads and major leads belong to the unit they lead; course leads to the major's 系.
    """
    db = sample_db
    people = {p.id: p for p in _all(db, Person)}
    majors = {m.id: m for m in _all(db, Major)}
    for unit in _all(db, Unit):
        assert unit.head_id in people, unit.name
        assert people[unit.head_id].unit_id == unit.id
    for major in majors.values():
        assert major.lead_id in people, major.name
        assert people[major.lead_id].unit_id == major.unit_id
        assert people[major.lead_id].is_teacher
    for course in _all(db, Course):
        assert course.lead_id in people, course.name
        assert people[course.lead_id].unit_id == majors[course.major_id].unit_id
    for cls in _all(db, StudentClass):
        assert cls.counsellor_id in people, cls.name
        assert people[cls.counsellor_id].unit_id == majors[cls.major_id].unit_id


def test_every_unit_has_its_own_secretary(sample_db: Database) -> None:
    """Scenario: each unit has exactly one 部门秘书, a member of that unit, not its head."""
    db = sample_db
    people = {p.id: p for p in _all(db, Person)}
    roles = [r for r in _all(db, RoleAssignment) if r.role == RoleKind.SECRETARY]
    by_unit = Counter(r.unit_id for r in roles)
    units = _all(db, Unit)
    assert all(by_unit[u.id] == 1 for u in units)
    heads = {u.id: u.head_id for u in units}
    for role in roles:
        assert people[role.person_id].unit_id == role.unit_id
        assert role.person_id != heads[role.unit_id]


def test_exactly_one_quality_office(sample_db: Database) -> None:
    """Scenario: the organisation has one hub for sync, and it is 质量督导处."""
    db = sample_db
    flagged = [u for u in _all(db, Unit) if u.is_quality_office]
    assert [u.name for u in flagged] == ["质量督导处"]
    assert flagged[0].kind == UnitKind.OFFICE


def test_staff_numbers_unique(sample_db: Database) -> None:
    """Scenario: 工号 identify people: no two share one."""
    db = sample_db
    numbers = [p.staff_no for p in _all(db, Person)]
    assert all(numbers)
    assert len(set(numbers)) == len(numbers)


def test_teachers_have_titles_and_some_are_dual_qualified(sample_db: Database) -> None:
    """Scenario: teachers carry 职称 and 学历; a realistic share are 双师型."""
    db = sample_db
    teachers = [p for p in _all(db, Person) if p.is_teacher]
    assert {t.title for t in teachers} == {"助教", "讲师", "副教授", "教授"}
    assert all(t.education for t in teachers)
    dual = sum(t.is_dual_qualified for t in teachers)
    assert 0.3 * len(teachers) < dual < 0.8 * len(teachers)


def test_sync_columns_set(sample_db: Database) -> None:
    """Scenario: every row travels: UUID id, this PC in the version vector, owner = 质量督导处."""
    db = sample_db
    with db.session() as session:
        here = installation_id(session)
    (office,) = [u for u in _all(db, Unit) if u.is_quality_office]
    for model in (Institution, Unit, Person, Major, Course, StudentClass, RoleAssignment):
        rows = _all(db, model)
        assert rows, model.__name__
        for row in rows:
            assert str(uuid.UUID(row.id)) == row.id
            assert row.version == {here: 1}
            assert row.owner_unit_id == office.id
            assert row.created_at is not None and row.updated_at is not None
            assert row.deleted is False


def test_identity_left_alone(sample_db: Database) -> None:
    """Scenario: creating the sample does not decide who this PC is."""
    db = sample_db
    with db.session() as session:
        assert not get_identity(session).chosen


def test_second_call_changes_nothing(sample_db: Database) -> None:
    """Scenario: idempotence: a second call finds the sample, creates and changes nothing
    (its plans, progress and snapshots included)."""
    db = sample_db
    before = _file_dump(db.path)
    again = _create(db)
    assert not again.created
    assert again.institution == INSTITUTION_NAME
    assert "已存在" in again.describe() and "未作改动" in again.describe()
    assert _file_dump(db.path) == before


def test_other_college_left_alone(db: Database) -> None:
    """Scenario: a database with any other (real) institution is never mixed with the sample."""
    from app.services.org import create

    with db.session() as session:
        create(session, kind="institution", values={"name": "某某职业技术学院"})
    before = _dump(db)
    result = _create(db)
    assert not result.created
    assert "某某职业技术学院" in result.describe()
    assert _dump(db) == before


def test_units_without_institution_left_alone(db: Database) -> None:
    """Scenario: an organisation imported without an institution row still blocks the sample."""
    from app.services.org import create

    with db.session() as session:
        create(session, kind="unit", values={"name": "人事处", "kind": "office"})
    before = _dump(db)
    result = _create(db)
    assert not result.created
    assert "未作改动" in result.describe()
    assert _dump(db) == before


def test_deterministic(sample: Sample, tmp_path: Path) -> None:
    """Scenario: two fresh databases get the same college, name for name, and the same plans
    (texts, owners, months, progress, spending, notes, review steps and their times)."""

    def names(database: Database) -> dict[str, list[tuple[Any, ...]]]:
        with database.session() as session:
            return {
                "units": session.execute(
                    select(Unit.name, Unit.code).order_by(Unit.sort_order)
                ).all(),
                "people": session.execute(
                    select(Person.staff_no, Person.name, Person.title).order_by(Person.staff_no)
                ).all(),
                "majors": session.execute(
                    select(Major.code, Major.name).order_by(Major.code)
                ).all(),
                "courses": session.execute(
                    select(Course.code, Course.name, Course.hours).order_by(Course.code)
                ).all(),
                "classes": session.execute(
                    select(StudentClass.name, StudentClass.student_count).order_by(
                        StudentClass.name
                    )
                ).all(),
                "plans": _plan_contents(session),
            }

    other = open_database(tmp_path / "other.sqlite3")
    try:
        _create(other)
        second = names(other)
    finally:
        other.close()
    first = names(sample.db)
    assert first == second
    assert all(first.values())


def test_progress_reported(sample: Sample) -> None:
    """Scenario: the UI's bar gets a phase and reaches its total."""
    progress = sample.progress
    assert progress.labels and "示例学院" in progress.labels[0]
    assert progress.total > 0 and progress.done == progress.total


@pytest.mark.parametrize("cancel_after", [3, 8])
def test_cancel_leaves_nothing(db: Database, cancel_after: int) -> None:
    """Scenario: cancelling half-way — in the college (step 3) or while the plans are written
    (step 8) — rolls back the transaction; no partial college and no partial plans remain."""
    before = _dump(db)
    with pytest.raises(Cancelled), db.session() as session:
        create_demo(session, progress=NullProgress(cancel_after=cancel_after), today=TODAY)
    assert _dump(db) == before


def test_describe_created() -> None:
    """Scenario: the summary names the college and the counts in one Chinese paragraph."""
    text = DemoResult(
        created=True,
        institution=INSTITUTION_NAME,
        offices=13,
        academic_units=10,
        majors=40,
        courses=289,
        people=531,
        teachers=400,
        classes=150,
        students=6500,
        plans=906,
        plans_approved=750,
        plan_year=2026,
        plan_month=9,
        posts=123,
        own_targets=242,
    ).describe()
    assert INSTITUTION_NAME in text
    for figure in (
        "23 个部门",
        "40 个专业",
        "289 门课程",
        "531 名教职工",
        "教师 400 名",
        "150 个班级",
        "2026 年一页纸工作计划 906 份（已通过 750 份），月度进展记录至 9 月；",
        "岗位说明书共 123 个岗位",
        "自身发展标准（目标 242 条）。",
    ):
        assert figure in text
    assert "\n" not in text


def test_cli_demo_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Scenario: `zhengai demo --no-gui` creates the college and its plans; a second run
    leaves the data as is.

    The first run is a fresh process, timed end to end (start-up, migration, college,
    ~900 plans with progress, commit). The budget is well under 10 s; the figure is
    printed (shown with -s), not asserted, so a slow CI machine does not fail.
    """
    from app.cli import main

    path = tmp_path / "demo.sqlite3"
    code = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, "demo", "--no-gui", "--db", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    assert "已创建示例学院" in done.stdout and "一页纸工作计划" in done.stdout
    with capsys.disabled():
        size = path.stat().st_size / 1e6
        print(f"\n`zhengai demo --no-gui`: {elapsed:.2f} s, database {size:.0f} MB")
    before = _file_dump(path)
    assert any("水利工程系" in row for row in before["units"])

    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "已存在" in out
    assert _file_dump(path) == before


# --------------------------------------------------------------------------------------
# The sample's one-page plans
# --------------------------------------------------------------------------------------


def _plan_contents(session: Session) -> list[tuple[Any, ...]]:
    """Every plan as names and values only (no ids), in a stable order."""
    summaries = {p.id: p for p in list_plans(session)}
    names = dict(session.execute(select(Person.id, Person.name)).all())
    tasks: dict[str, list[tuple[Any, ...]]] = {}
    for t in session.scalars(select(PlanTask).order_by(PlanTask.position)):
        owners = tuple((names[p], priority) for p, priority in t.owners)
        tasks.setdefault(t.plan_id, []).append(
            (
                t.name,
                t.target_date,
                tuple(t.planned_months),
                tuple(sorted(t.month_states.items())),
                owners,
            )
        )
    notes: dict[str, list[tuple[int, str]]] = {}
    for n in session.scalars(select(PlanMonthNote).order_by(PlanMonthNote.month)):
        notes.setdefault(n.plan_id, []).append((n.month, n.summary))
    reviews: dict[str, list[tuple[Any, ...]]] = {}
    for r in session.scalars(select(PlanReview).order_by(PlanReview.step)):
        reviews.setdefault(r.plan_id, []).append((r.step, r.action, r.comment, r.acted_at))
    plans = session.scalars(select(OnePagePlan)).all()
    return sorted(
        (
            p.level,
            summaries[p.id].unit_name,
            summaries[p.id].subject_name,
            summaries[p.id].status,
            p.leader,
            p.work_name,
            p.objective,
            p.plan_date,
            tuple(tasks.get(p.id, [])),
            tuple(notes.get(p.id, [])),
            tuple(reviews.get(p.id, [])),
        )
        for p in plans
    )


@pytest.mark.parametrize(
    ("today", "period"),
    [
        (date(2026, 11, 22), (2026, 11)),
        (date(2026, 3, 1), (2026, 3)),
        (date(2027, 2, 28), (2026, 12)),
        (date(2027, 1, 5), (2026, 12)),
    ],
)
def test_demo_year_and_month(today: date, period: tuple[int, int]) -> None:
    """Scenario: plans are written in March, so from March the sample shows this year up to
    this month, and in January and February last year's plans, complete to December."""
    assert demo_period(today) == period


def test_every_subject_of_every_level_has_one_plan(sample: Sample) -> None:
    """Scenario: every unit, major, course, teacher and class has its 2026 plan (~900),
    written by the subject's unit, and the summary line counts them."""
    result = sample.result
    with sample.db.session() as session:
        plans = session.scalars(select(OnePagePlan)).all()
        per_level = Counter(p.level for p in plans)
        for plan in plans[::37]:
            subject = subject_of(session, level=plan.level, subject_id=plan.subject_id)
            assert plan.unit_id == subject.unit_id == plan.owner_unit_id
    assert per_level == {
        "unit": result.units,
        "major": result.majors,
        "course": result.courses,
        "teacher": result.teachers,
        "class": result.classes,
    }
    assert len({(p.level, p.subject_id) for p in plans}) == len(plans) == result.plans
    assert {p.year for p in plans} == {2026} and {p.revision for p in plans} == {1}
    assert (result.plan_year, result.plan_month) == (2026, 9)
    assert f"2026 年一页纸工作计划 {len(plans)} 份" in result.describe()
    assert "月度进展记录至 9 月" in result.describe()


def test_every_plan_passes_the_checks_unless_a_draft(sample_db: Database) -> None:
    """Scenario: every plan handed in passes check_plan; only drafts may hold mistakes, and
    some do (as real drafts do). Plans open with load_plan (all drafts, a sample of the rest).

    Tracked plans are checked on their latest snapshot, which is the stored plan (see
    test_snapshots_are_what_record_month_would_have_written): loading all 900 one by one
    would cost seconds for nothing.
    """
    with sample_db.session() as session:
        latest: dict[str, tuple[int, dict[str, Any]]] = {}
        for plan_id, month, content in session.execute(
            select(PlanSnapshot.plan_id, PlanSnapshot.month, PlanSnapshot.content)
        ):
            if plan_id not in latest or month > latest[plan_id][0]:
                latest[plan_id] = (month, content)
        ids = list(session.scalars(select(OnePagePlan.id).order_by(OnePagePlan.id)))
        sampled = set(random.Random(3).sample(ids, 60))
        docs = [
            PlanDoc.from_data(latest[i][1])
            if i in latest and i not in sampled
            else load_plan(session, plan_id=i)
            for i in ids
        ]
    assert sum(i not in latest for i in ids) >= 1  # drafts have no snapshot
    faulty_drafts = 0
    for doc in docs:
        problems = check_plan(doc)
        if doc.status == PlanStatus.DRAFT:
            faulty_drafts += bool(problems)
        else:
            assert problems == [], (doc.subject_name, [p.message for p in problems])
        assert doc.leader and doc.work_name and doc.objective and doc.subject_name
        assert 2 <= len(doc.objectives) <= 6 and 4 <= len(doc.tasks) <= 9
        assert all(HAS_CHINESE.search(o.text) for o in doc.objectives if o.text)
    assert faulty_drafts >= 1
    units = [d for d in docs if d.level == "unit"]
    assert {c.category for d in units for c in d.costs} >= {"部门一般公用经费", "培训经费"}
    majors = [d for d in docs if d.level == "major"]
    assert all(
        [t.name for t in d.tasks[:4]]
        == ["专业建设", "专业教学标准建设", "师资队伍建设", "实训基地建设"]
        for d in majors
    )
    assert all(d.tasks[0].owners[0].name == d.leader for d in majors)


def test_review_states_are_spread(sample_db: Database) -> None:
    """Scenario: most plans approved, some waiting, some returned, a few drafts — at every
    level approved plans dominate."""
    with sample_db.session() as session:
        plans = session.scalars(select(OnePagePlan)).all()
        state = statuses(session, plan_ids=[p.id for p in plans])
    share = Counter(state.values())
    total = len(plans)
    assert share[PlanStatus.APPROVED] > 0.75 * total
    for status in (PlanStatus.SUBMITTED, PlanStatus.RETURNED, PlanStatus.DRAFT):
        assert 0.01 * total <= share[status] <= 0.12 * total, status
    for level in ("unit", "major", "course", "teacher", "class"):
        of_level = [state[p.id] for p in plans if p.level == level]
        assert Counter(of_level).most_common(1)[0][0] == PlanStatus.APPROVED


def test_review_steps_are_authored_and_numbered_as_workflow_does(sample_db: Database) -> None:
    """Scenario: submissions are the plan's unit's, approvals and returns the reviewing
    unit's (教务科研处, 人事处, 学生工作处, 质量督导处 by level); steps 1, 2, 3 … alternate
    submit / decision; returns carry a comment; times go forward and lie in the past."""
    expected = {
        "unit": "质量督导处",
        "major": "教务科研处",
        "course": "教务科研处",
        "teacher": "人事处",
        "class": "学生工作处",
    }
    with sample_db.session() as session:
        reviewer = {level: reviewer_unit(session, level=level).id for level in expected}
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        assert {level: units[i] for level, i in reviewer.items()} == expected
        plans = {p.id: p for p in session.scalars(select(OnePagePlan))}
        by_plan: dict[str, list[PlanReview]] = {}
        for review in session.scalars(select(PlanReview).order_by(PlanReview.step)):
            by_plan.setdefault(review.plan_id, []).append(review)
        state = statuses(session, plan_ids=list(plans))
        some = next(iter(by_plan))
        assert [h.step for h in history(session, plan_id=some)] == [r.step for r in by_plan[some]]
    for plan_id, steps in by_plan.items():
        plan = plans[plan_id]
        assert [r.step for r in steps] == list(range(1, len(steps) + 1))
        for n, review in enumerate(steps):
            if n % 2 == 0:
                assert review.action == "submit"
                assert review.owner_unit_id == plan.unit_id
            else:
                assert review.action in ("approve", "return")
                assert review.owner_unit_id == reviewer[plan.level]
            if review.action == "return":
                assert HAS_CHINESE.search(review.comment)
            assert review.actor
        times = [r.acted_at for r in steps]
        assert times == sorted(times) and times[-1].date() < TODAY
        assert times[0].date() >= plan.plan_date
    assert sum(state[p] == PlanStatus.DRAFT for p in plans) == len(plans) - len(by_plan)


def test_plan_rows_carry_sync_columns_and_belong_to_the_plans_unit(sample_db: Database) -> None:
    """Scenario: plans, their parts, notes and snapshots travel with the plan's unit; every
    row has a UUID and this PC in its version vector."""
    with sample_db.session() as session:
        here = installation_id(session)
        unit_of = dict(session.execute(select(OnePagePlan.id, OnePagePlan.unit_id)).all())
        for model in (PlanObjective, PlanTask, PlanCostLine, PlanMonthNote, PlanSnapshot):
            columns = (model.id, model.plan_id, model.owner_unit_id, model.version, model.deleted)
            rows = session.execute(select(*columns)).all()
            assert rows, model.__name__
            for row_id, plan_id, owner, version, deleted in rows:
                assert owner == unit_of[plan_id]
                assert str(uuid.UUID(row_id)) == row_id
                assert version == {here: 1} and deleted is False
        for version in session.scalars(select(PlanReview.version)):
            assert version == {here: 1}


def test_progress_is_recorded_every_month_and_looks_realistic(sample_db: Database) -> None:
    """Scenario: every plan handed in has a note and a snapshot for each month from its start
    (March; September for the new intake's classes) to September; drafts have none.
    Roll-ups show mostly on-track and done tasks, some late and at risk, spending within
    budget."""
    with sample_db.session() as session:
        plans = session.scalars(select(OnePagePlan)).all()
        state = statuses(session, plan_ids=[p.id for p in plans])
        noted: dict[str, list[int]] = {}
        for plan_id, month in session.execute(select(PlanMonthNote.plan_id, PlanMonthNote.month)):
            noted.setdefault(plan_id, []).append(month)
        snapped: dict[str, list[int]] = {}
        for plan_id, month in session.execute(select(PlanSnapshot.plan_id, PlanSnapshot.month)):
            snapped.setdefault(plan_id, []).append(month)
        by_level = rollup(session, year=2026, month=9, by="level")
        by_unit = rollup(session, year=2026, month=9, by="unit")
    for plan in plans:
        if state[plan.id] == PlanStatus.DRAFT:
            assert plan.id not in noted and plan.id not in snapped
        else:
            months = list(range(plan.plan_date.month, 10))
            assert sorted(noted[plan.id]) == months == sorted(snapped[plan.id])
    for row in by_level:
        assert row.plans and row.not_updated == row.drafts
        assert 0.01 * row.tasks < row.tasks_late < 0.2 * row.tasks, row.label
        assert 0 < row.tasks_at_risk < 0.2 * row.tasks, row.label
        # September: year-long tasks (most class tasks) are on track, not yet done.
        assert row.average_completion is not None and 5 < row.average_completion < 85
        assert row.spent_yuan <= 1.05 * row.budget_yuan
    assert sum(r.plans for r in by_unit) == len(plans)
    assert all(r.plans for r in by_unit)
    assert all(r.spent_yuan > 0 for r in by_level if r.budget_yuan)


def test_snapshots_are_what_record_month_would_have_written(sample_db: Database) -> None:
    """Scenario: on a sample of plans, the latest snapshot equals the stored plan as of that
    month, every snapshot's fingerprint is the document's, and an earlier month prints
    without later months' states, spending and notes."""
    with sample_db.session() as session:
        ids = sorted(session.scalars(select(PlanSnapshot.plan_id).distinct()))
        for plan_id in random.Random(7).sample(ids, 40):
            months = recorded_months(session, plan_id=plan_id)
            current = load_plan(session, plan_id=plan_id)
            current.as_of_month = months[-1]
            latest = snapshot_doc(session, plan_id=plan_id, month=months[-1])
            assert latest.to_data() == current.to_data()
            for row in session.scalars(select(PlanSnapshot).where(PlanSnapshot.plan_id == plan_id)):
                doc = PlanDoc.from_data(row.content)
                assert row.fingerprint == doc.fingerprint()
                assert all(m <= row.month for t in doc.tasks for m in t.month_states)
                assert all(m <= row.month for c in doc.costs for m in c.spent_yuan)
                assert max(doc.notes) == row.month
