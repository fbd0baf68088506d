"""Subjects' own standards (自身发展标准): effective targets, overrides, versioning, SMART."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.standards import OwnTarget
from app.services import org
from app.services.database import Database
from app.services.errors import UserError
from app.services.identity import set_unit
from app.services.standards.doc import TargetDoc
from app.services.standards.own import (
    adopt_college_targets,
    clear_own_target,
    own_standard,
    set_own_target,
)
from app.services.standards.store import load_catalog_doc, save_catalog, seed_catalog
from app.services.standards.targets import TargetValues, deadline_phrase, target_sentence
from tests.unit.plan_fixtures import small_college

YEAR = 2025


@pytest.fixture
def college(db: Database) -> dict[str, str]:
    """A small college with a 2025 major catalog whose first point has one target."""
    with db.session() as s:
        ids = small_college(s)
        doc = seed_catalog(s, kind="major", year=YEAR)
        point = doc.points()[1].entry  # 专业人才培养方案
        target = TargetDoc("人才培养方案修订完成率", "100", "%", "2025-06-30", "人才培养方案")
        doc.set_targets(point.id, [target])
        save_catalog(s, doc=doc)
        ids.update(catalog=doc.id, point=point.id, target=target.id)
        ids["other_point"] = doc.points()[2].entry.id
    return ids


def _own(s, ids: dict[str, str]):
    return own_standard(s, subject_level="major", subject_id=ids["major"], year=YEAR)


def test_without_own_targets_the_college_standard_applies(db: Database, college: dict) -> None:
    """Every point is listed; the effective target is the college's."""
    with db.session() as s:
        doc = _own(s, college)
    assert doc.heading == "水利工程专业 2025 年度自身发展标准"
    assert len(doc.rows) == 19 and doc.own_count == 0
    row = next(r for r in doc.rows if r.point_id == college["point"])
    assert row.effective == row.college and row.college.target_value == "100"
    assert row.smart is not None and row.smart.ok, row.smart


def test_own_target_overrides_and_clearing_falls_back(db: Database, college: dict) -> None:
    """A subject replaces the college's target; clearing brings the college's back."""
    with db.session() as s:
        own_id = set_own_target(
            s,
            subject_level="major",
            subject_id=college["major"],
            year=YEAR,
            point_id=college["point"],
            base_target_id=college["target"],
            values=TargetValues("人才培养方案修订完成率", "100", "%", "2025-04-30", "人才培养方案"),
            note="本专业 4 月底前完成",
        )
        row = next(r for r in _own(s, college).rows if r.point_id == college["point"])
        assert row.own_target_id == own_id and row.effective.deadline == "2025-04-30"
        assert row.college.deadline == "2025-06-30" and row.note == "本专业 4 月底前完成"
        # Setting the same college target again updates that own target, not a second one.
        again = set_own_target(
            s,
            subject_level="major",
            subject_id=college["major"],
            year=YEAR,
            point_id=college["point"],
            base_target_id=college["target"],
            values=TargetValues("人才培养方案修订完成率", "100", "%", "2025-05-31"),
        )
        assert again == own_id
        clear_own_target(s, own_target_id=own_id)
        row = next(r for r in _own(s, college).rows if r.point_id == college["point"])
        assert row.own is None and row.effective == row.college
        # Undo of the clear: set it again by id (the tombstone comes back).
        back = set_own_target(
            s,
            subject_level="major",
            subject_id=college["major"],
            year=YEAR,
            point_id=college["point"],
            own_target_id=own_id,
            values=TargetValues("人才培养方案修订完成率", "100", "%", "2025-05-31"),
        )
        assert back == own_id and _own(s, college).own_count == 1


def test_extra_own_target_on_a_point_without_a_college_target(db: Database, college: dict) -> None:
    """A subject may add targets the college did not set."""
    with db.session() as s:
        set_own_target(
            s,
            subject_level="major",
            subject_id=college["major"],
            year=YEAR,
            point_id=college["other_point"],
            values=TargetValues("专业岗位标准", "1", "份", "2025-09-30", "岗位标准文本"),
        )
        rows = [r for r in _own(s, college).rows if r.point_id == college["other_point"]]
    assert len(rows) == 1 and rows[0].college is None and rows[0].own.unit == "份"


def test_adopting_copies_the_college_targets_once(db: Database, college: dict) -> None:
    """“Start from the college's”: own copies of every college target, not twice."""
    with db.session() as s:
        kw = {"subject_level": "major", "subject_id": college["major"], "year": YEAR}
        assert adopt_college_targets(s, **kw) == 1
        assert adopt_college_targets(s, **kw) == 0
        row = next(r for r in _own(s, college).rows if r.point_id == college["point"])
        stored = s.scalars(select(OwnTarget)).one()
    assert row.own == row.college and stored.owner_unit_id == college["dept"]
    assert stored.unit_id == college["dept"] and stored.point_name == "专业人才培养方案"


def test_catalog_edits_never_change_an_own_target_silently(db: Database, college: dict) -> None:
    """Renamed and retired points keep the subject's targets, shown with what changed."""
    with db.session() as s:
        adopt_college_targets(s, subject_level="major", subject_id=college["major"], year=YEAR)
        doc = load_catalog_doc(s, catalog_id=college["catalog"])
        assert doc.in_use
        doc.rename(college["point"], "人才培养方案制订与实施")
        doc.set_targets(college["point"], [])  # the college drops its target
        doc.remove(doc.points()[0].entry.id)  # retires, since saved
        doc.remove(college["point"])
        save_catalog(s, doc=doc)
        rows = [r for r in _own(s, college).rows if r.point_id == college["point"]]
        retired_first = [r for r in _own(s, college).rows if r.point_label.endswith("专业建设规划")]
    assert len(rows) == 1 and rows[0].point_retired
    assert rows[0].own.measure == "人才培养方案修订完成率" and rows[0].college is None
    assert rows[0].renamed_from == "专业人才培养方案"
    assert retired_first == []  # retired and unused: not listed
    with db.session() as s, pytest.raises(UserError, match="已停用"):
        set_own_target(
            s,
            subject_level="major",
            subject_id=college["major"],
            year=YEAR,
            point_id=college["point"],
            values=TargetValues("新目标", "1", "项"),
        )


def test_teacher_targets_use_the_individual_section(db: Database, college: dict) -> None:
    """A teacher writes against 教师个体发展, not 整体发展 (the college's)."""
    with db.session() as s:
        catalog = seed_catalog(s, kind="teacher", year=YEAR)
        overall = catalog.points(section="overall")[0].entry
        doc = own_standard(s, subject_level="teacher", subject_id=college["zhang"], year=YEAR)
        assert len(doc.rows) == len(catalog.points(section="individual"))
        with pytest.raises(UserError, match="不在张伟适用"):
            set_own_target(
                s,
                subject_level="teacher",
                subject_id=college["zhang"],
                year=YEAR,
                point_id=overall.id,
                values=TargetValues("x", "1", "次"),
            )


def test_class_uses_the_student_catalog_and_missing_year_is_explained(
    db: Database, college: dict
) -> None:
    """A class's own standard is against 表8; a year without a catalog says what to do."""
    with db.session() as s:
        class_id = org.create(
            s,
            kind="class",
            values={"name": "水利2301班", "major_id": college["major"], "grade": 2023},
        )
        with pytest.raises(UserError, match="catalog seed"):
            own_standard(s, subject_level="class", subject_id=class_id, year=YEAR)
        seed_catalog(s, kind="student", year=YEAR)
        doc = own_standard(s, subject_level="class", subject_id=class_id, year=YEAR)
    assert doc.kind == "student" and doc.rows[0].path == ("思想政治素质标准",)


def test_another_units_pc_may_not_write_a_subjects_targets(db: Database, college: dict) -> None:
    """Own targets belong to the subject's unit; 教务科研处's PC is refused."""
    with db.session() as s:
        set_unit(s, unit_id=college["academic_affairs"])
        with pytest.raises(UserError, match="只有该部门"):
            adopt_college_targets(s, subject_level="major", subject_id=college["major"], year=YEAR)


@pytest.mark.parametrize(
    ("values", "sentence", "failures"),
    [
        (
            TargetValues("双师型教师占比", "≥60", "%", "2025-12-31", "教师名册"),
            "双师型教师占比≥60%，2025年12月31日前（佐证：教师名册）",
            (),
        ),
        (TargetValues("企业调研", "2", "次", "每学年"), "企业调研为2次，每学年", ()),
        (TargetValues("进一步加强专业建设"), "进一步加强专业建设", ("S", "M", "T")),
    ],
)
def test_target_sentence_and_smart_hint(
    values: TargetValues, sentence: str, failures: tuple[str, ...]
) -> None:
    """The five fields read as one sentence; SMART judges it (vague wording gets hints)."""
    from app.services.standards.targets import smart_hint

    assert target_sentence(values) == sentence
    assert smart_hint(values).failures == failures
    assert deadline_phrase("2025-06") == "2025年6月前"
