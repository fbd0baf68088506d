"""One-page plans: the document, saving by diff, the content lock, checks and review."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.plans import OnePagePlan, PlanReview, PlanStatus, PlanTask
from app.services.database import Database
from app.services.errors import UserError
from app.services.identity import installation_id, set_unit
from app.services.plans import checks, store, workflow
from app.services.plans.doc import PlanDoc, wan_to_yuan, yuan_to_wan
from tests.unit.plan_fixtures import complete_plan, small_college


@pytest.fixture
def college(db: Database) -> dict[str, str]:
    with db.session() as s:
        return small_college(s)


def test_new_major_plan_starts_from_the_seed_template(db: Database, college: dict) -> None:
    """表3: a major plan's tasks start with 专业建设, 专业教学标准建设, 师资队伍建设 …"""
    with db.session() as s:
        doc = store.create_plan(s, level="major", subject_id=college["major"], year=2026)
    assert [t.name for t in doc.tasks] == [
        "专业建设",
        "专业教学标准建设",
        "师资队伍建设",
        "实训基地建设",
    ]
    assert doc.subject_name == "水利工程" and doc.unit_name == "水利工程系"
    assert doc.status == PlanStatus.DRAFT


def test_second_plan_for_the_same_subject_and_year_is_refused(db: Database, college: dict) -> None:
    """One plan per subject and year: the message says to open the existing one."""
    with db.session() as s:
        store.create_plan(s, level="major", subject_id=college["major"], year=2026)
    with db.session() as s, pytest.raises(UserError, match="已有 2026 年"):
        store.create_plan(s, level="major", subject_id=college["major"], year=2026)


def test_document_survives_plain_data_round_trip(db: Database, college: dict) -> None:
    """to_data/from_data (used by snapshots, JSON and Excel) lose nothing."""
    with db.session() as s:
        doc = complete_plan(s, college)
    doc.tasks[0].month_states = {3: "on_track", 4: "done"}
    doc.costs[0].spent_yuan = {3: 1200}
    doc.notes = {3: "进展顺利"}
    again = PlanDoc.from_data(doc.to_data())
    assert again == doc
    assert again.fingerprint() == doc.fingerprint()


def test_save_then_load_reproduces_the_plan(db: Database, college: dict) -> None:
    """What the editor saves is what it reads back, owners' names resolved."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
    with db.session() as s:
        loaded = store.load_plan(s, plan_id=doc.id)
    assert loaded.content_data() == doc.content_data()
    assert loaded.tasks[0].owners[0].name == "张伟"


def test_saving_unchanged_plan_changes_no_version(db: Database, college: dict) -> None:
    """Autosave of an unchanged plan writes nothing (sync must not see new versions)."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
    with db.session() as s:
        before = {t.id: dict(t.version) for t in s.scalars(select(PlanTask))}
        assert store.save_plan(s, doc=store.load_plan(s, plan_id=doc.id)) is False
        assert {t.id: dict(t.version) for t in s.scalars(select(PlanTask))} == before


def test_editing_one_task_bumps_only_that_task(db: Database, college: dict) -> None:
    """A renamed task gets a new version; its siblings keep theirs."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
    with db.session() as s:
        me = installation_id(s)
        doc = store.load_plan(s, plan_id=doc.id)
        doc.tasks[1].name = "专业教学标准修订"
        store.save_plan(s, doc=doc)
        versions = {t.id: t.version[me] for t in s.scalars(select(PlanTask))}
    assert versions[doc.tasks[1].id] == 2
    assert all(v == 1 for k, v in versions.items() if k != doc.tasks[1].id)


def test_removed_task_becomes_a_tombstone(db: Database, college: dict) -> None:
    """Deleting a task keeps its row as deleted, so the deletion can travel."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
        gone = doc.tasks.pop()
        store.save_plan(s, doc=doc)
        assert s.get(PlanTask, gone.id).deleted is True
        assert len(store.load_plan(s, plan_id=doc.id).tasks) == 3


def test_checks_name_each_mistake_where_it_is(db: Database, college: dict) -> None:
    """Every rule of the seed: objective, owner A, months, served objectives, dates in year."""
    with db.session() as s:
        doc = complete_plan(s, college)
    assert checks.check_plan(doc) == []
    task = doc.tasks[0]
    task.objective_ids, task.owners, task.planned_months = [], [], []
    task.target_date = date(2027, 1, 1)
    doc.objectives[1].text = " "
    found = {(p.section, p.field) for p in checks.check_plan(doc)}
    assert {
        ("task", "objectives"),
        ("task", "owners"),
        ("task", "planned_months"),
        ("task", "target_date"),
        ("objective", "text"),
    } <= found
    assert 0 < checks.error_rate(doc) < 1
    messages = [p.message for p in checks.check_plan(doc)]
    assert "任务 01：没有 A 级负责人。" in messages


def test_plan_with_errors_saves_as_draft_but_cannot_be_submitted(
    db: Database, college: dict
) -> None:
    """A draft may hold mistakes; submitting lists them."""
    with db.session() as s:
        doc = complete_plan(s, college)
        doc.tasks[0].owners = []
        store.save_plan(s, doc=doc)
    with db.session() as s, pytest.raises(UserError, match="还有 1 处问题"):
        workflow.submit(s, plan_id=doc.id)


def test_review_steps_lock_and_revise(db: Database, college: dict) -> None:
    """Submit → approve locks content (tracking still allowed); a revision goes back to draft."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
        workflow.submit(s, plan_id=doc.id, actor="秘书")
        workflow.approve(s, plan_id=doc.id, actor="处长", comment="同意")
    with db.session() as s:
        assert workflow.status_of(s, plan_id=doc.id) == PlanStatus.APPROVED
        reviews = s.scalars(select(PlanReview).order_by(PlanReview.step)).all()
        assert [r.owner_unit_id for r in reviews] == [college["dept"], college["academic_affairs"]]
        locked = store.load_plan(s, plan_id=doc.id)
        locked.tasks[0].month_states = {4: "on_track"}
        assert store.save_plan(s, doc=locked) is True
        locked.tasks[0].name = "改个名"
        with pytest.raises(UserError, match="内容已锁定"):
            store.save_plan(s, doc=locked)
    with db.session() as s:
        new_id = workflow.new_revision(s, plan_id=doc.id)
        revised = store.load_plan(s, plan_id=new_id)
        assert (revised.revision, revised.status, revised.previous_id) == (2, "draft", doc.id)
        approved = store.load_plan(s, plan_id=doc.id)
        assert revised.content_data()["tasks"] == approved.content_data()["tasks"]
        # the approved revision stays listed (the plan in force) beside the one in writing
        listed = store.list_plans(s, year=2026)
        assert [(r.id, r.revision, r.status) for r in listed] == [
            (doc.id, 1, "approved"),
            (new_id, 2, "draft"),
        ]


def test_return_needs_a_comment_and_allows_resubmission(db: Database, college: dict) -> None:
    """退回 carries the reviewer's comment; the unit edits and submits again."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
        workflow.submit(s, plan_id=doc.id)
        with pytest.raises(UserError, match="退回意见"):
            workflow.return_plan(s, plan_id=doc.id, comment=" ")
        workflow.return_plan(s, plan_id=doc.id, comment="目标不够具体")
        assert workflow.status_of(s, plan_id=doc.id) == PlanStatus.RETURNED
        doc.objectives[0].text = "2026 年 12 月前建成自治区级品牌专业"
        store.save_plan(s, doc=doc)
        workflow.submit(s, plan_id=doc.id)
        assert [h.action for h in workflow.history(s, plan_id=doc.id)] == [
            "submit",
            "return",
            "submit",
        ]
        assert workflow.history(s, plan_id=doc.id)[1].comment == "目标不够具体"


def test_a_unit_pc_may_not_review_another_levels_plans(db: Database, college: dict) -> None:
    """A department's PC submits its own plans but cannot approve them."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
        set_unit(s, unit_id=college["dept"])
        workflow.submit(s, plan_id=doc.id)
        with pytest.raises(UserError, match="只有教务科研处可以审核专业计划"):
            workflow.approve(s, plan_id=doc.id)


def test_copy_last_years_plan_keeps_structure_not_progress(db: Database, college: dict) -> None:
    """Copying to next year keeps objectives, tasks, owners, months, budgets; drops progress."""
    with db.session() as s:
        doc = complete_plan(s, college, year=2025)
        doc.plan_date = date(2025, 3, 1)
        doc.tasks[0].month_states = {3: "done"}
        doc.costs[0].spent_yuan = {3: 800}
        store.save_plan(s, doc=doc)
        copy = store.copy_plan_to_year(s, plan_id=doc.id, year=2026)
    assert [t.name for t in copy.tasks] == [t.name for t in doc.tasks]
    assert copy.tasks[0].target_date == date(2026, 6, 30)
    assert copy.tasks[0].month_states == {} and copy.costs[0].spent_yuan == {}
    assert copy.costs[0].budget_yuan == 50000
    assert checks.check_plan(copy) == []


def test_plan_of_a_deleted_subject_is_not_listed(db: Database, college: dict) -> None:
    """Deleting a major hides its plans from lists instead of failing."""
    from app.services import org

    with db.session() as s:
        store.create_plan(s, level="major", subject_id=college["major"], year=2026)
        org.set_deleted(s, kind="major", record_id=college["major"], deleted=True)
        assert store.list_plans(s) == []
        assert s.scalars(select(OnePagePlan)).first() is not None


@pytest.mark.parametrize(
    ("text", "yuan"), [("1.5", 15000), ("2", 20000), ("0.35万", 3500), (3, 30000)]
)
def test_wan_amounts_convert_exactly(text: str, yuan: int) -> None:
    """万元 typed by people become whole 元 and print back the same."""
    assert wan_to_yuan(text) == yuan
    assert wan_to_yuan(yuan_to_wan(yuan)) == yuan


@pytest.mark.parametrize("text", ["三万", "1.23456", "", "abc"])
def test_bad_amounts_are_refused(text: str) -> None:
    """Not a number (or finer than 1 元) is refused."""
    with pytest.raises(ValueError):
        wan_to_yuan(text)


def test_smart_hints_name_the_text_the_letters_and_a_reason() -> None:
    """Vague objectives and task names get advice; measurable, dated ones get none."""
    from app.services.plans.doc import ObjectiveDoc, TaskDoc

    good = ObjectiveDoc(text="2026 年 6 月底前完成 3 门课程标准修订")
    vague = ObjectiveDoc(text="进一步加强专业建设")
    doc = PlanDoc(
        level="major",
        subject_id="x",
        unit_id="u",
        year=2026,
        objective="完成课程标准与专业建设年度任务",
        objectives=[good, vague],
        tasks=[TaskDoc(name="组织课程标准修订研讨"), TaskDoc(name="努力做好各项工作")],
    )
    hints = checks.smart_hints(doc)
    by_item = {h.item_id: h for h in hints}
    assert good.id not in by_item and doc.tasks[0].id not in by_item
    objective_hint = by_item[vague.id]
    assert {"M", "T"} <= set(objective_hint.letters)
    assert objective_hint.message.startswith("目标 2：") and "可度量" in objective_hint.message
    task_hint = by_item[doc.tasks[1].id]
    assert task_hint.letters == ("S",) and task_hint.message.startswith("任务 02：")
    assert set(task_hint.letters) <= set(checks.TASK_LETTERS)  # time comes from the months
    assert not [p for p in checks.check_plan(doc) if "SMART" in p.message]  # never a problem


def test_organisation_records_name_the_quality_office_as_author(
    db: Database, college: dict
) -> None:
    """Entered office-first, the office's own unit and every later record are the office's."""
    from app.models import Unit

    with db.session() as s:
        office = s.get(Unit, college["office"])
        dept = s.get(Unit, college["dept"])
        assert office is not None and dept is not None
        assert office.owner_unit_id == office.id
        assert dept.owner_unit_id == office.id
