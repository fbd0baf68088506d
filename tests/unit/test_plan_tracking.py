"""Monthly tracking: the update, its snapshots, printing a past month, progress and roll-ups."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.plans import OnePagePlan, PlanSnapshot, PlanStatus, TaskState
from app.services.database import Database
from app.services.errors import UserError
from app.services.identity import installation_id
from app.services.plans import store, workflow
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc
from app.services.plans.tracking import (
    plan_progress,
    record_month,
    recorded_months,
    rollup,
    snapshot_doc,
    task_standing,
)
from tests.unit.plan_fixtures import complete_plan, small_college


@pytest.fixture
def college(db: Database) -> dict[str, str]:
    with db.session() as s:
        return small_college(s)


@pytest.fixture
def plan(db: Database, college: dict[str, str]) -> PlanDoc:
    """A saved, valid major plan (4 tasks, 2 cost lines), still a draft."""
    with db.session() as s:
        doc = complete_plan(s, college)
        store.save_plan(s, doc=doc)
        return store.load_plan(s, plan_id=doc.id)


def _snapshots(s: Session, plan_id: str) -> list[PlanSnapshot]:
    stmt = select(PlanSnapshot).where(PlanSnapshot.plan_id == plan_id)
    return list(s.scalars(stmt.order_by(PlanSnapshot.month)))


def _record(s: Session, doc: PlanDoc, month: int, **changes: object) -> None:
    record_month(
        s,
        plan_id=doc.id,
        month=month,
        states=changes.get("states", {}),  # type: ignore[arg-type]
        spent=changes.get("spent", {}),  # type: ignore[arg-type]
        summary=str(changes.get("summary", "")),
    )


# -- recording ---------------------------------------------------------------------------


def test_record_month_writes_states_spending_note_and_snapshot(
    db: Database, college: dict, plan: PlanDoc
) -> None:
    """The monthly screen's one call: states, spending and 概述与预测 land on the plan,
    and a snapshot of the whole plan for that month is stored, owned by the plan's unit."""
    first, second = plan.tasks[0].id, plan.tasks[1].id
    with db.session() as s:
        record_month(
            s,
            plan_id=plan.id,
            month=4,
            states={first: TaskState.ON_TRACK, second: "at_risk"},
            spent={plan.costs[0].id: 12000},
            summary="  专业调研已完成一半；实训室设备招标推迟。 ",
        )
    with db.session() as s:
        doc = store.load_plan(s, plan_id=plan.id)
        assert doc.tasks[0].month_states == {4: "on_track"}
        assert doc.tasks[1].month_states == {4: "at_risk"}
        assert doc.tasks[2].month_states == {}
        assert doc.costs[0].spent_yuan == {4: 12000} and doc.costs[1].spent_yuan == {}
        assert doc.notes == {4: "专业调研已完成一半；实训室设备招标推迟。"}
        (snap,) = _snapshots(s, plan.id)
        assert snap.month == 4
        assert snap.owner_unit_id == college["dept"]
        doc.as_of_month = 4
        assert snap.content == doc.to_data()
        assert snap.fingerprint == doc.fingerprint()


def test_months_add_up_and_earlier_notes_stay(db: Database, plan: PlanDoc) -> None:
    """Recording May keeps April's states, spending and note (history, not overwritten)."""
    task, cost = plan.tasks[0].id, plan.costs[0].id
    with db.session() as s:
        _record(s, plan, 4, states={task: "on_track"}, spent={cost: 1000}, summary="四月")
        _record(s, plan, 5, states={task: "done"}, spent={cost: 2500}, summary="五月")
    with db.session() as s:
        doc = store.load_plan(s, plan_id=plan.id)
        assert doc.tasks[0].month_states == {4: "on_track", 5: "done"}
        assert doc.costs[0].spent_yuan == {4: 1000, 5: 2500}
        assert doc.notes == {4: "四月", 5: "五月"}
        assert recorded_months(s, plan_id=plan.id) == [4, 5]


def test_rerecording_a_month_replaces_its_snapshot(db: Database, plan: PlanDoc) -> None:
    """A corrected month: still one snapshot row for it, its version stamped, new content.

    Recording exactly the same update again changes nothing (sync sees no new version).
    """
    task, cost = plan.tasks[0].id, plan.costs[0].id
    with db.session() as s:
        me = installation_id(s)
        _record(s, plan, 4, states={task: "on_track"}, spent={cost: 1000}, summary="初稿")
        (before,) = _snapshots(s, plan.id)
        first_id, first_version = before.id, dict(before.version)
    with db.session() as s:
        _record(s, plan, 4, states={task: "late"}, spent={cost: 0}, summary="更正")
        (after,) = _snapshots(s, plan.id)
        assert after.id == first_id
        assert after.version[me] == first_version[me] + 1
        doc = PlanDoc.from_data(after.content)
        assert doc.tasks[0].month_states == {4: "late"}
        assert doc.costs[0].spent_yuan == {}  # 0 clears the month
        assert doc.notes == {4: "更正"}
    with db.session() as s:
        _record(s, plan, 4, states={task: "late"}, spent={cost: 0}, summary="更正")
        (again,) = _snapshots(s, plan.id)
        assert again.version == after.version
        _record(s, plan, 4, states={task: ""}, summary="更正")  # "" clears the state
        assert store.load_plan(s, plan_id=plan.id).tasks[0].month_states == {}


def test_correcting_an_earlier_month_keeps_later_months_off_its_snapshot(
    db: Database, plan: PlanDoc
) -> None:
    """April corrected after May was recorded: April's printout shows April and before,
    never May's marks, spending or note; May's snapshot is left as it was."""
    task, cost = plan.tasks[0].id, plan.costs[0].id
    with db.session() as s:
        _record(s, plan, 4, states={task: "on_track"}, spent={cost: 100}, summary="四月")
        _record(s, plan, 5, states={task: "done"}, spent={cost: 200}, summary="五月")
        may_before = snapshot_doc(s, plan_id=plan.id, month=5).to_data()
        _record(s, plan, 4, states={task: "at_risk"}, spent={cost: 150}, summary="四月（更正）")
        april = snapshot_doc(s, plan_id=plan.id, month=4)
        assert snapshot_doc(s, plan_id=plan.id, month=5).to_data() == may_before
        live = store.load_plan(s, plan_id=plan.id)
    assert april.tasks[0].month_states == {4: "at_risk"}
    assert april.costs[0].spent_yuan == {4: 150}
    assert april.notes == {4: "四月（更正）"}
    assert live.tasks[0].month_states == {4: "at_risk", 5: "done"}


def test_snapshot_fingerprint_is_the_plans_at_that_time(db: Database, plan: PlanDoc) -> None:
    """The footer fingerprint of a past month's printout matches the plan as it was then,
    not as it is now (so paper can be matched to the stored version)."""
    task = plan.tasks[0].id
    with db.session() as s:
        _record(s, plan, 3, states={task: "on_track"}, summary="三月")
        then = store.load_plan(s, plan_id=plan.id)
        _record(s, plan, 4, states={task: "done"}, summary="四月")
        now = store.load_plan(s, plan_id=plan.id)
        march = next(r for r in _snapshots(s, plan.id) if r.month == 3)
    assert march.fingerprint == then.fingerprint()
    assert march.fingerprint != now.fingerprint()


def test_snapshot_doc_prints_a_past_month_as_it_was(db: Database, plan: PlanDoc) -> None:
    """`plan print --month 4` after May changed states, spending, notes and even a task
    name: April's document comes back exactly as it stood, marked as of April."""
    task, cost = plan.tasks[0].id, plan.costs[0].id
    with db.session() as s:
        _record(s, plan, 4, states={task: "at_risk"}, spent={cost: 800}, summary="四月有风险")
        april = store.load_plan(s, plan_id=plan.id)
        _record(s, plan, 5, states={task: "done"}, spent={cost: 1200}, summary="五月完成")
        doc = store.load_plan(s, plan_id=plan.id)
        doc.tasks[1].name = "专业教学标准修订"  # still a draft: content may change
        store.save_plan(s, doc=doc)
    with db.session() as s:
        past = snapshot_doc(s, plan_id=plan.id, month=4)
        current = store.load_plan(s, plan_id=plan.id)
    assert past.as_of_month == 4
    april.as_of_month = 4
    assert past.to_data() == april.to_data()
    assert past.tasks[0].month_states == {4: "at_risk"}
    assert past.tasks[1].name == "专业教学标准建设"
    assert past.notes == {4: "四月有风险"}
    assert current.tasks[0].month_states == {4: "at_risk", 5: "done"}
    assert past.fingerprint() != current.fingerprint()


def test_snapshot_doc_of_an_unrecorded_month_says_which_months_exist(
    db: Database, plan: PlanDoc
) -> None:
    """Asking for a month never recorded names the months that were (or says none were)."""
    with db.session() as s:
        with pytest.raises(UserError, match="尚未记录过任何月份"):
            snapshot_doc(s, plan_id=plan.id, month=3)
        _record(s, plan, 4, summary="四月")
        _record(s, plan, 6, summary="六月")
        with pytest.raises(UserError, match="没有 5 月的月度记录，已记录的月份为：4、6 月"):
            snapshot_doc(s, plan_id=plan.id, month=5)
        with pytest.raises(UserError, match="月份应为"):
            snapshot_doc(s, plan_id=plan.id, month=13)


def test_snapshot_of_a_month_before_a_revision_comes_from_the_old_revision(
    db: Database, plan: PlanDoc
) -> None:
    """April was recorded on revision 1; after revising in May, printing April from the new
    revision shows revision 1 as it stood. Tracking on the replaced revision is refused."""
    task = plan.tasks[0].id
    with db.session() as s:
        workflow.submit(s, plan_id=plan.id)
        workflow.approve(s, plan_id=plan.id)
        _record(s, plan, 4, states={task: "on_track"}, summary="四月")
        new_id = workflow.new_revision(s, plan_id=plan.id)
        revised = store.load_plan(s, plan_id=new_id)
        record_month(
            s,
            plan_id=new_id,
            month=5,
            states={revised.tasks[0].id: "done"},
            spent={},
            summary="五月",
        )
        april = snapshot_doc(s, plan_id=new_id, month=4)
        assert (april.id, april.revision, april.status) == (plan.id, 1, PlanStatus.APPROVED)
        may = snapshot_doc(s, plan_id=new_id, month=5)
        assert (may.id, may.revision) == (new_id, 2)
        assert recorded_months(s, plan_id=new_id) == [4, 5]
        with pytest.raises(UserError, match="已有更新的修订版（第 2 版）"):
            _record(s, plan, 5, summary="旧版")


@pytest.mark.parametrize(
    ("month", "states", "spent", "message"),
    [
        (0, {}, {}, "月份应为 1—12 之间的整数"),
        (13, {}, {}, "月份应为 1—12 之间的整数"),
        (4, {"no-such-task": "done"}, {}, "没有编号为“no-such-”的任务"),
        (
            4,
            {"TASK": "finished"},
            {},
            "状态“finished”无效，应为未开始、按计划、有风险、滞后、已完成之一",
        ),
        (4, {}, {"no-such-cost": 10}, "没有编号为“no-such-”的成本项目"),
        (4, {}, {"COST": -5}, "4 月的支出不能为负数"),
        (4, {}, {"COST": 1.5}, "4 月的支出应为整数元"),
    ],
)
def test_bad_updates_are_refused_in_chinese_and_write_nothing(
    db: Database,
    plan: PlanDoc,
    month: int,
    states: dict[str, str],
    spent: dict[str, object],
    message: str,
) -> None:
    """Each mistake is named (month, task, state, cost line, amount); nothing half-written."""
    states = {(plan.tasks[0].id if k == "TASK" else k): v for k, v in states.items()}
    spent = {(plan.costs[0].id if k == "COST" else k): v for k, v in spent.items()}
    with db.session() as s:
        with pytest.raises(UserError, match=message):
            record_month(s, plan_id=plan.id, month=month, states=states, spent=spent, summary="x")  # type: ignore[arg-type]
        assert _snapshots(s, plan.id) == []
        assert store.load_plan(s, plan_id=plan.id).notes == {}


def test_tracking_an_approved_plan_works_while_its_content_stays_locked(
    db: Database, plan: PlanDoc
) -> None:
    """Approval locks what was planned, not what happens: the monthly update goes through,
    renaming a task is still refused."""
    with db.session() as s:
        workflow.submit(s, plan_id=plan.id)
        workflow.approve(s, plan_id=plan.id, comment="同意")
        _record(
            s,
            plan,
            4,
            states={plan.tasks[0].id: "done"},
            spent={plan.costs[1].id: 3000},
            summary="培训已完成",
        )
        doc = store.load_plan(s, plan_id=plan.id)
        assert doc.status == PlanStatus.APPROVED
        assert doc.tasks[0].month_states == {4: "done"}
        assert snapshot_doc(s, plan_id=plan.id, month=4).status == PlanStatus.APPROVED
        doc.tasks[0].name = "改个名"
        with pytest.raises(UserError, match="内容已锁定"):
            store.save_plan(s, doc=doc)


def test_recording_a_deleted_plan_is_refused(db: Database, plan: PlanDoc) -> None:
    """A draft deleted on this PC cannot be tracked any more."""
    with db.session() as s:
        store.delete_plan(s, plan_id=plan.id)
        with pytest.raises(UserError, match="找不到该一页纸计划"):
            _record(s, plan, 4, summary="x")


# -- progress ----------------------------------------------------------------------------


def _hand_made() -> PlanDoc:
    """Five tasks of a 2026 plan, one in each standing at the end of June:

    A done in April; B due in May but only ever "on track" (overdue, so late);
    C at risk since May; D not started (planned from July); E on track in June.
    50 000 元 budget with 10 000 spent in March, 5 000 in May and 9 999 in July.
    """
    objective = ObjectiveDoc("目标")

    def task(name: str, target: date, months: list[int], states: dict[int, str]) -> TaskDoc:
        return TaskDoc(
            name=name,
            objective_ids=[objective.id],
            owners=[Owner("p", "A")],
            target_date=target,
            planned_months=months,
            month_states=states,
        )

    return PlanDoc(
        level="major",
        subject_id="m",
        unit_id="u",
        year=2026,
        objectives=[objective],
        tasks=[
            task("A", date(2026, 4, 30), [3, 4], {3: "on_track", 4: "done"}),
            task("B", date(2026, 5, 31), [4, 5], {4: "on_track"}),
            task("C", date(2026, 9, 30), [5, 6, 7, 8, 9], {5: "at_risk"}),
            task("D", date(2026, 12, 31), [7, 8, 9, 10, 11, 12], {}),
            task("E", date(2026, 8, 31), [6, 7, 8], {6: "on_track"}),
        ],
        costs=[CostDoc("专业建设经费", 50000, {3: 10000, 5: 5000, 7: 9999})],
    )


def test_progress_of_a_hand_made_plan() -> None:
    """End of June: 1 done, 1 late (B overdue), 1 at risk, 1 on track, 1 not started;
    2 of 5 were due (40 % expected) and 1 of 5 is done (20 %); 15 000 of 50 000 spent."""
    p = plan_progress(_hand_made(), month=6)
    assert (p.tasks, p.due, p.done, p.late, p.at_risk, p.on_track, p.not_started) == (
        5,
        2,
        1,
        1,
        1,
        1,
        1,
    )
    assert p.overdue == 1
    assert p.done + p.late + p.at_risk + p.on_track + p.not_started == p.tasks
    assert (p.completion_percent, p.expected_percent) == (20.0, 40.0)
    assert (p.budget_yuan, p.spent_yuan, p.spent_percent) == (50000, 15000, 30.0)
    assert p.updated is True  # E has a state for June


def test_progress_moves_with_the_month() -> None:
    """End of March: nothing due, A on track, the rest not started, no June update yet;
    end of December: everything not done is late (its target date passed)."""
    doc = _hand_made()
    march = plan_progress(doc, month=3)
    assert (march.due, march.done, march.on_track, march.not_started, march.late) == (
        0,
        0,
        1,
        4,
        0,
    )
    assert march.spent_yuan == 10000 and march.updated is True
    december = plan_progress(doc, month=12)
    assert (december.due, december.done, december.late, december.overdue) == (5, 1, 4, 4)
    assert december.updated is False
    assert plan_progress(PlanDoc("unit", "u", "u", 2026), month=5).completion_percent == 0.0


def test_a_typed_late_state_counts_even_before_the_target_date() -> None:
    """The unit said "滞后": believed, even though the target date is still ahead."""
    task = TaskDoc(target_date=date(2026, 10, 31), planned_months=[5, 6], month_states={5: "late"})
    assert task_standing(task, year=2026, month=6) == TaskState.LATE
    task.month_states[6] = "done"
    assert task_standing(task, year=2026, month=6) == TaskState.DONE
    assert task_standing(task, year=2026, month=5) == TaskState.LATE


# -- roll-ups ------------------------------------------------------------------------------


def _unit_plan(s: Session, unit_id: str, person: str) -> PlanDoc:
    doc = store.new_plan_doc(s, level="unit", subject_id=unit_id, year=2026)
    doc.leader = "处长"
    doc.objectives[0].text = "3 月底前完成一页纸计划，覆盖率 100%"
    for n, task in enumerate(doc.tasks):
        task.owners = [Owner(person, "A")]
        task.planned_months = [3 + n]
        task.target_date = date(2026, 6 + n, 28)
    doc.costs[0].budget_yuan = 50000
    doc.costs[1].budget_yuan = 20000
    store.save_plan(s, doc=doc)
    return doc


def test_rollup_by_unit_and_level(db: Database, college: dict, plan: PlanDoc) -> None:
    """The monitoring view at the end of May: 水利工程系 has its unit plan (approved) and the
    major plan (submitted); 教务科研处 a draft; 质量督导处 none but still listed."""
    with db.session() as s:
        dept = _unit_plan(s, college["dept"], college["zhang"])
        _unit_plan(s, college["academic_affairs"], college["li"])
        workflow.submit(s, plan_id=dept.id)
        workflow.approve(s, plan_id=dept.id)
        workflow.submit(s, plan_id=plan.id)
        # Dept plan: tasks due June … September; one done, one late, one at risk.
        record_month(
            s,
            plan_id=dept.id,
            month=5,
            states={
                dept.tasks[0].id: "done",
                dept.tasks[1].id: "late",
                dept.tasks[2].id: "at_risk",
            },
            spent={dept.costs[0].id: 7000},
            summary="五月进展",
        )
        by_unit = rollup(s, year=2026, month=5, by="unit")
        by_level = rollup(s, year=2026, month=5, by="level")
        with pytest.raises(UserError, match="汇总方式"):
            rollup(s, year=2026, month=5, by="major")
    rows = {r.label: r for r in by_unit}
    assert list(rows) == ["教务科研处", "水利工程系", "质量督导处"]  # sort order, then name
    affairs, dept_row, office = rows.values()
    assert (office.plans, office.average_completion) == (0, None)
    assert (affairs.plans, affairs.drafts, affairs.not_updated) == (1, 1, 1)
    assert (dept_row.plans, dept_row.approved, dept_row.submitted, dept_row.handed_in) == (
        2,
        1,
        1,
        2,
    )
    # Unit plan: 4 tasks, 1 done, 1 late, 1 at risk, 1 not started → 25 %;
    # major plan: 4 tasks, none done and none due yet (0 %).
    assert (dept_row.tasks, dept_row.tasks_done, dept_row.tasks_late, dept_row.tasks_at_risk) == (
        8,
        1,
        1,
        1,
    )
    assert dept_row.average_completion == 12.5
    assert (dept_row.budget_yuan, dept_row.spent_yuan, dept_row.not_updated) == (
        140000,
        7000,
        1,
    )
    levels = {r.key: r for r in by_level}
    assert list(levels) == ["unit", "major", "course", "teacher", "class"]
    assert (levels["unit"].plans, levels["major"].plans, levels["course"].plans) == (2, 1, 0)
    assert levels["unit"].label == "部门"


def test_rollup_counts_only_the_current_revision(
    db: Database, college: dict, plan: PlanDoc
) -> None:
    """A revised plan is one plan, not two; while its new revision is written or reviewed
    (even sent back), the approved one is in force: it counts as approved and revising."""
    with db.session() as s:
        workflow.submit(s, plan_id=plan.id)
        workflow.approve(s, plan_id=plan.id)
        new_id = workflow.new_revision(s, plan_id=plan.id)
        (major,) = [r for r in rollup(s, year=2026, month=4, by="level") if r.key == "major"]
        assert (major.plans, major.drafts, major.approved, major.revising) == (1, 0, 1, 1)
        assert len(s.scalars(select(OnePagePlan)).all()) == 2
        workflow.submit(s, plan_id=new_id)
        workflow.return_plan(s, plan_id=new_id, comment="请细化目标")
        (major,) = [r for r in rollup(s, year=2026, month=4, by="level") if r.key == "major"]
        assert (major.plans, major.returned, major.approved, major.revising) == (1, 0, 1, 1)
        workflow.submit(s, plan_id=new_id)
        workflow.approve(s, plan_id=new_id)
        (major,) = [r for r in rollup(s, year=2026, month=4, by="level") if r.key == "major"]
        assert (major.plans, major.approved, major.revising) == (1, 1, 0)


def test_progress_command_prints_the_rollup(
    db: Database, db_path, plan: PlanDoc, capsys: pytest.CaptureFixture[str]
) -> None:
    """`zhengai plan progress` shows the same roll-up, as a table or as JSON."""
    import json

    from app.cli import main

    with db.session() as s:
        _record(s, plan, 5, states={plan.tasks[0].id: "done"}, summary="五月")
    db.close()
    args = ["plan", "progress", "--db", str(db_path), "--year", "2026", "--month", "5"]
    assert main([*args, "--by", "level"]) == 0
    out = capsys.readouterr().out
    assert "2026 年 5 月一页纸计划进度（按层面）" in out
    assert any(line.startswith("专业") and "25.0%" in line for line in out.splitlines())
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    row = next(r for r in data["rows"] if r["label"] == "水利工程系")
    assert (row["plans"], row["tasks_done"], row["average_completion"]) == (1, 1, 25.0)
    with pytest.raises(SystemExit):  # argparse refuses a month that does not exist
        main([*args[:-1], "13"])


def test_printing_many_plans_as_of_a_month_leaves_out_and_names_untracked_ones(
    db: Database, db_path, college: dict, plan: PlanDoc, tmp_path, capsys
) -> None:
    """`plan print --all --month 4`: the plans tracked in April print as they were; a plan
    never tracked then is named and left out, not a reason to print nothing. Asked for by
    id, such a plan is an error that says which plan it is."""
    from pypdf import PdfReader

    from app.cli import main
    from app.services.plans.store import new_plan_doc

    with db.session() as s:
        _record(s, plan, 4, summary="四月")
        unit_plan = new_plan_doc(s, level="unit", subject_id=college["dept"], year=2026)
        store.save_plan(s, doc=unit_plan)
    db.close()
    out = tmp_path / "april.pdf"
    common = ["--db", str(db_path), "--month", "4", "-o", str(out)]
    assert main(["plan", "print", "--all", *common]) == 0
    err = capsys.readouterr().err
    assert "1 份计划没有 4 月的记录，未打印" in err and "水利工程系 部门" in err
    assert len(PdfReader(out).pages) == 1
    assert main(["plan", "print", unit_plan.id[:8], *common]) == 2
    assert "“水利工程系 部门 水利工程系 2026 年计划（第1版）”没有 4 月" in capsys.readouterr().err
    assert main(["plan", "print", plan.id[:8], "--unit", "水利工程系", *common]) == 2
    assert "不能同时使用" in capsys.readouterr().err
