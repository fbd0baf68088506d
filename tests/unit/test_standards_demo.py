"""The sample college's standards: catalogs with targets, own standards, the SMART report."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import OwnTarget, StandardCatalog
from app.services.catalogs import KINDS
from app.services.database import Database, open_database
from app.services.demo import create_demo
from app.services.smart_report import JOB, OWN, PLAN, smart_report
from app.services.standards.own import own_standard
from app.services.standards.store import college_catalog, list_catalogs

TODAY = date(2026, 5, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3", daily_backup=False)
    with database.session() as s:
        create_demo(s, today=TODAY)
    yield database
    database.close()


def test_this_years_catalogs_exist_with_targets(demo: Database) -> None:
    """Five catalogs for the plans' year; 表5 and 表6 have a target on every control point."""
    with demo.session() as s:
        summaries = {c.kind: c for c in list_catalogs(s)}
        major = college_catalog(s, kind="major", year=TODAY.year)
    assert set(summaries) == set(KINDS) and {c.year for c in summaries.values()} == {TODAY.year}
    assert summaries["major"].targets == summaries["major"].points == 19
    assert summaries["course"].targets == summaries["course"].points
    assert summaries["diagnosis"].targets == 0
    assert major is not None and not major.shipped
    assert all(x.entry.targets and x.entry.targets[0].deadline for x in major.points())


def test_majors_courses_teachers_and_classes_have_own_standards(demo: Database) -> None:
    """One major per department, and a few courses, teachers and classes, own the targets."""
    with demo.session() as s:
        levels = dict(
            s.execute(
                select(OwnTarget.subject_level, func.count(func.distinct(OwnTarget.subject_id)))
                .where(OwnTarget.deleted.is_(False))
                .group_by(OwnTarget.subject_level)
            ).all()
        )
        owners = {(o.unit_id, o.owner_unit_id) for o in s.scalars(select(OwnTarget)).all()}
        major_id = s.scalars(
            select(OwnTarget.subject_id).where(OwnTarget.subject_level == "major")
        ).first()
        doc = own_standard(s, subject_level="major", subject_id=major_id, year=TODAY.year)
    assert levels["major"] == 8 and levels["course"] == 4
    assert levels["teacher"] == 2 and levels["class"] == 2
    assert all(unit == owner for unit, owner in owners)
    changed = [r for r in doc.rows if r.own is not None and r.own != r.college]
    assert changed and all(r.note or r.college is None for r in changed)


def test_the_smart_report_covers_all_three_sources_quickly(demo: Database) -> None:
    """Plans, job standards and own targets, per unit; the whole college in well under 1 s."""
    with demo.session() as s:
        started = time.perf_counter()
        report = smart_report(s)
        elapsed = time.perf_counter() - started
        catalogs = s.scalar(select(func.count()).select_from(StandardCatalog))
    assert report.year == TODAY.year and report.jobs_included and catalogs == 5
    sources = {k for u in report.units for k in u.by_source}
    assert sources == {PLAN, JOB, OWN}
    assert report.total.total > 3000
    vague = [c for u in report.units for c in u.failing if c.item.source == OWN]
    assert any("进一步加强国际交流" in c.item.text for c in vague)
    assert elapsed < 1.5, f"smart report took {elapsed:.2f} s"
