"""Job descriptions: schema and migration, save/load, copy and order, coverage, SMART hints."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import JobDescription, UnitDuty, WorkItem, WorkStandard
from app.services.database import Database, make_engine, open_database, upgrade
from app.services.errors import UserError
from app.services.jobs import checks, queries, store
from app.services.jobs import doc as jdoc
from app.services.jobs.doc import ManualDoc, StandardDoc
from tests.unit.jobs_fixtures import college, small_manual


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[Database, dict[str, str]]]:
    database, ids = college(tmp_path / "jobs.sqlite3")
    yield database, ids
    database.close()


def _saved(db: Database, ids: dict[str, str]) -> ManualDoc:
    doc = small_manual(ids["academic_affairs"])
    with db.session() as s:
        assert store.save_manual(s, doc=doc)
    return doc


# -- schema ------------------------------------------------------------------------------------
def test_database_at_0003_upgrades_and_gets_the_job_tables(tmp_path: Path) -> None:
    """A file made before manuals existed (revision 0003) upgrades and can store a manual."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade(engine, to="0003")
    engine.dispose()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "job_descriptions" not in tables
    database = open_database(path, daily_backup=False)
    try:
        from tests.unit.plan_fixtures import small_college

        with database.session() as s:
            ids = small_college(s)
            store.save_manual(s, doc=small_manual(ids["academic_affairs"]))
        with database.session() as s:
            assert len(store.load_manual(s, unit_id=ids["academic_affairs"]).posts) == 2
    finally:
        database.close()


# -- save / load -------------------------------------------------------------------------------
def test_save_then_load_gives_back_the_same_manual(db: tuple[Database, dict[str, str]]) -> None:
    """Every field, order and duty link survives; names come from the organisation."""
    database, ids = db
    doc = _saved(database, ids)
    with database.session() as s:
        loaded = store.load_manual(s, unit_id=ids["academic_affairs"])
    assert loaded.content_data() == doc.content_data()
    assert [p.id for p in loaded.posts] == [p.id for p in doc.posts]
    assert loaded.unit_name == "教务科研处"
    assert loaded.fingerprint() == doc.fingerprint()


def test_every_record_belongs_to_the_unit(db: tuple[Database, dict[str, str]]) -> None:
    """owner_unit_id and unit_id are the unit; versions carry this installation's counter."""
    database, ids = db
    _saved(database, ids)
    with database.session() as s:
        for model in (UnitDuty, JobDescription, WorkItem, WorkStandard):
            rows = list(s.scalars(select(model)))
            assert rows
            assert {r.owner_unit_id for r in rows} == {ids["academic_affairs"]}
            assert {r.unit_id for r in rows} == {ids["academic_affairs"]}
            assert all(sum(r.version.values()) == 1 for r in rows)


def test_unchanged_save_bumps_nothing_and_an_edit_bumps_one_record(
    db: tuple[Database, dict[str, str]],
) -> None:
    """Autosave writes only what changed, so sync sees exactly one edited standard."""
    database, ids = db
    _saved(database, ids)
    with database.session() as s:
        doc = store.load_manual(s, unit_id=ids["academic_affairs"])
        assert not store.save_manual(s, doc=doc)
        std = doc.posts[1].categories[1].items[0].standards[1]
        std.text = "教学进程表汇编的出错率为 0，每学期核对 1 次"
        assert store.save_manual(s, doc=doc)
    with database.session() as s:
        versions = {r.id: sum(r.version.values()) for r in s.scalars(select(WorkStandard))}
    assert versions.pop(std.id) == 2
    assert set(versions.values()) == {1}


def test_removed_rows_become_tombstones(db: tuple[Database, dict[str, str]]) -> None:
    """Deleting a post (and a duty) keeps the rows as deleted, so the deletion travels."""
    database, ids = db
    doc = _saved(database, ids)
    removed = doc.posts[1]
    with database.session() as s:
        doc.posts.remove(removed)
        jdoc.remove_duty(doc, doc.duties[2].id)
        store.save_manual(s, doc=doc)
    with database.session() as s:
        post = s.get(JobDescription, removed.id)
        assert post is not None and post.deleted
        items = s.scalars(select(WorkItem).where(WorkItem.post_id == removed.id)).all()
        assert items and all(i.deleted for i in items)
        loaded = store.load_manual(s, unit_id=ids["academic_affairs"])
    assert [p.title for p in loaded.posts] == ["处长"]
    assert len(loaded.duties) == 2


def test_copy_reorder_and_delete_posts(db: tuple[Database, dict[str, str]]) -> None:
    """Copy lands after its source with new ids; reorder and delete are stored."""
    database, ids = db
    doc = _saved(database, ids)
    with database.session() as s:
        clone = store.copy_post(s, post_id=doc.posts[1].id)
        loaded = store.load_manual(s, unit_id=ids["academic_affairs"])
        assert [p.title for p in loaded.posts] == ["处长", "教学管理岗位", "教学管理岗位（副本）"]
        assert clone.id not in {p.id for p in doc.posts}
        source, copy = loaded.posts[1], loaded.posts[2]
        assert [s.text for _, s in copy.standards()] == [s.text for _, s in source.standards()]
        assert not {s.id for _, s in copy.standards()} & {s.id for _, s in source.standards()}
        order = [loaded.posts[2].id, loaded.posts[0].id, loaded.posts[1].id]
        store.reorder_posts(s, unit_id=ids["academic_affairs"], post_ids=order)
        assert [p.id for p in store.load_manual(s, unit_id=ids["academic_affairs"]).posts] == order
        store.delete_post(s, post_id=order[0])
        assert len(store.load_manual(s, unit_id=ids["academic_affairs"]).posts) == 2
        with pytest.raises(UserError, match="每个岗位各一次"):
            store.reorder_posts(s, unit_id=ids["academic_affairs"], post_ids=order[:1])


def test_copy_to_another_unit_drops_duty_links(db: tuple[Database, dict[str, str]]) -> None:
    """Duties are per unit: a post copied to 水利工程系 keeps its work but no links."""
    database, ids = db
    doc = _saved(database, ids)
    with database.session() as s:
        store.copy_post(s, post_id=doc.posts[1].id, to_unit_id=ids["dept"])
        other = store.load_manual(s, unit_id=ids["dept"])
    assert [p.title for p in other.posts] == ["教学管理岗位"]
    assert all(i.duty_id is None for i in other.posts[0].items())
    assert other.posts[0].standards()[0][1].text.startswith("分析学院教学日常管理")


def test_a_manual_cannot_take_records_of_another_unit(
    db: tuple[Database, dict[str, str]],
) -> None:
    """Saving a document whose post ids belong to another unit is refused, nothing written."""
    database, ids = db
    doc = _saved(database, ids)
    with database.session() as s:
        intruder = ManualDoc(ids["dept"], duties=doc.duties, posts=[doc.posts[0]])
        with pytest.raises(UserError, match="另一个部门"):
            store.save_manual(s, doc=intruder)


def test_bad_values_are_refused_in_chinese(db: tuple[Database, dict[str, str]]) -> None:
    """岗位系数 must be a positive number, 定员 not negative, duty links inside the manual."""
    database, ids = db
    with database.session() as s:
        doc = small_manual(ids["academic_affairs"])
        doc.posts[0].coefficient = "一点五"
        with pytest.raises(UserError, match="岗位系数应为正数"):
            store.save_manual(s, doc=doc)
        doc.posts[0].coefficient = "1.20"
        doc.posts[0].headcount = -1
        with pytest.raises(UserError, match="定员不能为负数"):
            store.save_manual(s, doc=doc)
        doc.posts[0].headcount = 2
        doc.posts[0].categories[0].items[0].duty_id = "not-a-duty-of-this-unit"
        with pytest.raises(UserError, match="部门职责不存在"):
            store.save_manual(s, doc=doc)


def test_coefficient_is_kept_as_typed(db: tuple[Database, dict[str, str]]) -> None:
    """“1.20” stays “1.20” (a float column would print 1.2)."""
    database, ids = db
    doc = small_manual(ids["academic_affairs"])
    doc.posts[0].coefficient = "1.20"
    with database.session() as s:
        store.save_manual(s, doc=doc)
        assert store.load_manual(s, unit_id=ids["academic_affairs"]).posts[0].coefficient == "1.20"


def test_list_and_find_posts(db: tuple[Database, dict[str, str]]) -> None:
    """The list counts every unit's manual; a post is found by title or id prefix."""
    database, ids = db
    doc = _saved(database, ids)
    with database.session() as s:
        rows = {r.unit_name: r for r in store.list_manuals(s)}
        found = store.find_posts(s, "教学管理")
        by_id = store.find_posts(s, doc.posts[0].id[:8])
    assert rows["教务科研处"].post_count == 2
    assert rows["教务科研处"].standard_count == 6
    assert rows["教务科研处"].headcount == 2
    assert rows["水利工程系"].post_count == 0
    assert [f.title for f in found] == ["教学管理岗位"]
    assert [f.title for f in by_id] == ["处长"]


# -- document operations -----------------------------------------------------------------------
def test_document_operations_for_the_editor() -> None:
    """Copy inserts after the source, move clamps, numbering reads like the form."""
    doc = small_manual("u")
    clone = jdoc.copy_post_in(doc, doc.posts[0].id)
    assert [p.title for p in doc.posts] == ["处长", "处长（副本）", "教学管理岗位"]
    assert clone.items()[0].duty_id == doc.posts[0].items()[0].duty_id
    jdoc.move_post(doc, clone.id, 99)
    assert doc.posts[-1] is clone
    assert [jdoc.chinese_number(n) for n in (1, 4, 10, 12, 20, 23)] == [
        "一", "四", "十", "十二", "二十", "二十三",
    ]  # fmt: skip
    assert jdoc.category_label(2, "教学信息管理") == "二、教学信息管理"
    assert ManualDoc.from_data(doc.to_data()) == doc


def test_a_pasted_paper_cell_becomes_one_standard_per_line() -> None:
    """The seed's cell “1.…； 2.…； 3.…。” splits into its three lines, numbers removed."""
    cell = (
        "1.分析学院教学日常管理工作中存在的问题，制订问题清单； 2.调研、学习教学管理成熟的高校，"
        "制订问题解决方案； 3.将调研成果运用于制度的制（修）订过程中。"
    )
    assert jdoc.standards_from_text(cell) == [
        "分析学院教学日常管理工作中存在的问题，制订问题清单",
        "调研、学习教学管理成熟的高校，制订问题解决方案",
        "将调研成果运用于制度的制（修）订过程中。",
    ]


# -- coverage and checks -------------------------------------------------------------------------
def test_coverage_lists_uncovered_duties_and_unlinked_work() -> None:
    """Duty 3 has no post; “整理教学档案” serves no duty; 其它工作 needs none."""
    doc = small_manual("u")
    cov = checks.coverage(doc)
    assert [n for n, _ in cov.uncovered_duties] == [3]
    assert [u.text for u in cov.unlinked_items] == ["整理教学档案"]
    assert cov.carried_by[doc.duties[0].id] == ["处长", "教学管理岗位"]
    assert not cov.complete
    assert "部门职责 3“负责教材选用、征订和发放”没有任何岗位承担。" in cov.describe()
    for item in doc.posts[1].items():
        item.duty_id = item.duty_id or doc.duties[2].id
    assert checks.coverage(doc).complete


def test_a_post_whose_work_serves_no_duty_is_listed() -> None:
    """A post with work but no link at all is named as such."""
    doc = small_manual("u")
    for item in doc.posts[0].items():
        item.duty_id = None
    assert [p.title for p in checks.coverage(doc).posts_without_duty] == ["处长"]


def test_form_check_names_missing_fields() -> None:
    """Empty title, no 定员, a work item without standards, missing qualifications."""
    doc = small_manual("u")
    doc.posts[0].title = ""
    doc.posts[0].headcount = None
    doc.posts[0].categories[0].items[0].standards = []
    problems = {(p.section, p.field) for p in checks.check_manual(doc)}
    assert ("post", "title") in problems
    assert ("post", "headcount") in problems
    assert ("item", "standards") in problems
    assert ("post", "qualifications") not in problems  # 处长 lists 学历, which is enough


def test_smart_hints_per_standard_line() -> None:
    """The seed's dated lines pass; “制订问题清单” lacks a time; “进一步加强” is vague."""
    doc = small_manual("u")
    hints = checks.smart_hints(doc)
    by_text = {std.text: hints[std.id] for post in doc.posts for _, std in post.standards()}
    assert by_text["每年的 7 月 20 日前完成秋季学期教学进程表的备案"].ok
    assert "T" in by_text["分析学院教学日常管理工作中存在的问题，制订问题清单"].failures
    vague = by_text["进一步加强档案管理工作"]
    assert {"S", "M"} <= set(vague.failures)
    assert vague["S"].reason
    summary = checks.smart_summary(doc)
    assert summary.total == 6
    assert summary.failures["T"] >= 2


def test_empty_standard_lines_get_no_hint() -> None:
    """A line the secretary has just added (empty) is not flagged five times."""
    doc = small_manual("u")
    doc.posts[0].categories[0].items[0].standards.append(StandardDoc(""))
    assert len(checks.smart_hints(doc)) == 6


def test_work_standard_texts_and_smart_by_unit(db: tuple[Database, dict[str, str]]) -> None:
    """`smart report` reads (unit, post, text) in manual order and per-unit tallies."""
    database, ids = db
    _saved(database, ids)
    with database.session() as s:
        texts = queries.work_standard_texts(s)
        only = queries.work_standard_texts(s, unit_id=ids["dept"])
        tallies = queries.smart_by_unit(s)
        cov = queries.coverage_by_unit(s)
    assert texts[0] == ("教务科研处", "处长", "每年 12 月 20 日前完成制度修订，修订完成率 100%")
    assert len(texts) == 6 and only == []
    assert [(t.unit_name, t.summary.total) for t in tallies] == [("教务科研处", 6)]
    assert [c.unit_name for c in cov] == ["教务科研处"]
    assert [n for n, _ in cov[0].coverage.uncovered_duties] == [3]
