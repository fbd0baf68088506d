"""The sample college (``zhengai demo``): shape, integrity, sync columns, idempotence."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

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
from app.services.database import Database, open_database
from app.services.demo import INSTITUTION_NAME, DemoResult, create_demo
from app.services.errors import Cancelled
from app.services.identity import get_identity, installation_id
from app.services.progress import NullProgress

CHINESE = re.compile(r"^[\u4e00-\u9fff]+$")
HAS_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _create(db: Database) -> DemoResult:
    with db.session() as session:
        return create_demo(session)


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


def _file_dump(path: Path) -> list[str]:
    """The whole database file as SQL, read with plain sqlite3 (independent of our code)."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_counts_in_expected_ranges(db: Database) -> None:
    """Scenario: a fresh database gets a college of realistic size (8 系 2 部, ~40 majors …)."""
    result = _create(db)
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


def test_offices_named_in_seed_exist(db: Database) -> None:
    """Scenario: the functional offices the college's plan names are all there, as offices."""
    _create(db)
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


def test_eight_departments_with_majors_and_two_without(db: Database) -> None:
    """Scenario: "8系2部": eight 系 carry all majors, two 部 teach public courses only."""
    _create(db)
    majors = _all(db, Major)
    per_unit = Counter(m.unit_id for m in majors)
    academic = [u for u in _all(db, Unit) if u.kind == UnitKind.ACADEMIC]
    with_majors = [u for u in academic if per_unit[u.id]]
    without = [u for u in academic if not per_unit[u.id]]
    assert len(with_majors) == 8
    assert all(u.name.endswith("系") for u in with_majors)
    assert len(without) == 2


def test_names_are_chinese(db: Database) -> None:
    """Scenario: every name a user sees is Chinese (people's names purely so)."""
    _create(db)
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


def test_catalogue_style_codes(db: Database) -> None:
    """Scenario: majors carry unique six-digit 专业代码, courses codes and plausible hours."""
    _create(db)
    codes = [m.code for m in _all(db, Major)]
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    assert len(set(codes)) == len(codes)
    courses = _all(db, Course)
    assert len({c.code for c in courses}) == len(courses)
    assert all(16 <= c.hours <= 128 for c in courses)


def test_hierarchy(db: Database) -> None:
    """Scenario: every major is under an academic unit, every course and class under a major."""
    _create(db)
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


def test_every_head_and_lead_exists(db: Database) -> None:
    """Scenario: every unit has a head, every major and course a lead, all real people.

    Heads and major leads belong to the unit they lead; course leads to the major's 系.
    """
    _create(db)
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


def test_every_unit_has_its_own_secretary(db: Database) -> None:
    """Scenario: each unit has exactly one 部门秘书, a member of that unit, not its head."""
    _create(db)
    people = {p.id: p for p in _all(db, Person)}
    roles = [r for r in _all(db, RoleAssignment) if r.role == RoleKind.SECRETARY]
    by_unit = Counter(r.unit_id for r in roles)
    units = _all(db, Unit)
    assert all(by_unit[u.id] == 1 for u in units)
    heads = {u.id: u.head_id for u in units}
    for role in roles:
        assert people[role.person_id].unit_id == role.unit_id
        assert role.person_id != heads[role.unit_id]


def test_exactly_one_quality_office(db: Database) -> None:
    """Scenario: the organisation has one hub for sync, and it is 质量督导处."""
    _create(db)
    flagged = [u for u in _all(db, Unit) if u.is_quality_office]
    assert [u.name for u in flagged] == ["质量督导处"]
    assert flagged[0].kind == UnitKind.OFFICE


def test_staff_numbers_unique(db: Database) -> None:
    """Scenario: 工号 identify people: no two share one."""
    _create(db)
    numbers = [p.staff_no for p in _all(db, Person)]
    assert all(numbers)
    assert len(set(numbers)) == len(numbers)


def test_teachers_have_titles_and_some_are_dual_qualified(db: Database) -> None:
    """Scenario: teachers carry 职称 and 学历; a realistic share are 双师型."""
    _create(db)
    teachers = [p for p in _all(db, Person) if p.is_teacher]
    assert {t.title for t in teachers} == {"助教", "讲师", "副教授", "教授"}
    assert all(t.education for t in teachers)
    dual = sum(t.is_dual_qualified for t in teachers)
    assert 0.3 * len(teachers) < dual < 0.8 * len(teachers)


def test_sync_columns_set(db: Database) -> None:
    """Scenario: every row travels: UUID id, this PC in the version vector, owner = 质量督导处."""
    _create(db)
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


def test_identity_left_alone(db: Database) -> None:
    """Scenario: creating the sample does not decide who this PC is."""
    _create(db)
    with db.session() as session:
        assert not get_identity(session).chosen


def test_second_call_changes_nothing(db: Database) -> None:
    """Scenario: idempotence: a second call finds the sample, creates and changes nothing."""
    _create(db)
    before = _dump(db)
    again = _create(db)
    assert not again.created
    assert again.institution == INSTITUTION_NAME
    assert "已存在" in again.describe() and "未作改动" in again.describe()
    assert _dump(db) == before


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


def test_deterministic(tmp_path: Path) -> None:
    """Scenario: two fresh databases get the same college, name for name."""

    def names(path: Path) -> dict[str, list[tuple[Any, ...]]]:
        database = open_database(path)
        try:
            _create(database)
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
                }
        finally:
            database.close()

    first = names(tmp_path / "a.sqlite3")
    second = names(tmp_path / "b.sqlite3")
    assert first == second
    assert all(first.values())


def test_progress_reported(db: Database) -> None:
    """Scenario: the UI's bar gets a phase and reaches its total."""
    progress = NullProgress()
    with db.session() as session:
        create_demo(session, progress=progress)
    assert progress.labels and "示例学院" in progress.labels[0]
    assert progress.total > 0 and progress.done == progress.total


def test_cancel_leaves_nothing(db: Database) -> None:
    """Scenario: cancelling half-way rolls back the transaction; no partial college remains."""
    before = _dump(db)
    with pytest.raises(Cancelled), db.session() as session:
        create_demo(session, progress=NullProgress(cancel_after=3))
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
    ).describe()
    assert INSTITUTION_NAME in text
    for figure in (
        "23 个部门",
        "40 个专业",
        "289 门课程",
        "531 名教职工",
        "教师 400 名",
        "150 个班级",
    ):
        assert figure in text
    assert "\n" not in text


def test_cli_demo_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Scenario: `zhengai demo --no-gui` creates the college; a second run leaves the data as is."""
    from app.cli import main

    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    assert "已创建示例学院" in capsys.readouterr().out
    before = _file_dump(path)
    assert any("水利工程系" in line for line in before)

    assert main(["demo", "--no-gui", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "已存在" in out
    assert _file_dump(path) == before
