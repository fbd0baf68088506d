"""One-page plans in Excel: round trip, print settings, refused cells, import and the CLI.

Real .xlsx files in ``tmp_path`` and real SQLite databases. The sample college
(:func:`app.services.demo.create_demo`) is built once per module into a template
file and copied for each test, so every database shares the same organisation ids,
as two synced PCs would; the demo's own plans are left out. Plans are for 2035.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.excel.oppm_workbook import export_plan, read_plan
from app.models import Major, Person
from app.models.plans import OnePagePlan, PlanCostLine, PlanObjective, PlanTask
from app.services.database import Database, open_database
from app.services.errors import UserError
from app.services.identity import set_office
from app.services.plans import store, workflow
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc
from app.services.plans.transfer import import_plan_doc, staff_numbers

YEAR = 2035
SHEET = "工作表“一页纸计划”"


# -- fixtures --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample college, built once for the module (create_demo takes seconds).

    The demo's own plans are removed and the file compacted: the tests see only their
    own plans, and the copy each test opens (and the ``db`` fixture backs up) is small.
    """
    import sqlite3

    from app.models import plans
    from app.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path, daily_backup=False)
    with database.session() as session:
        create_demo(session)
    database.close()
    tables = [
        m.__tablename__
        for m in (
            plans.PlanSnapshot,
            plans.PlanReview,
            plans.PlanMonthNote,
            plans.PlanCostLine,
            plans.PlanTask,
            plans.PlanObjective,
            plans.OnePagePlan,
        )
    ]
    con = sqlite3.connect(path)
    try:
        with con:
            for table in tables:
                con.execute(f"DELETE FROM {table}")
        con.execute("VACUUM")
    finally:
        con.close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, demo_file: Path) -> Path:
    """The conftest ``db`` fixture opens this: a copy of the sample college."""
    path = tmp_path / "zhengai.sqlite3"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def other_db(tmp_path: Path, demo_file: Path) -> Iterator[Database]:
    """A second PC: the same college, none of this test's plans."""
    path = tmp_path / "other" / "zhengai.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_file, path)
    database = open_database(path, daily_backup=False)
    yield database
    database.close()


@pytest.fixture
def people(db: Database) -> dict[str, Any]:
    """A major of the sample college and six people of its department."""
    with db.session() as s:
        major = s.scalars(
            select(Major).where(Major.deleted.is_(False)).order_by(Major.code)
        ).first()
        assert major is not None
        staff = s.scalars(
            select(Person)
            .where(Person.unit_id == major.unit_id, Person.deleted.is_(False))
            .order_by(Person.staff_no)
        ).all()[:6]
        return {
            "major": major.id,
            "ids": [p.id for p in staff],
            "names": [p.name for p in staff],
            "staff_nos": [p.staff_no for p in staff],
        }


def _plan(s: Any, people: dict[str, Any], *, tasks: int, objectives: int) -> PlanDoc:
    """A complete major plan (it passes the submit checks), not yet saved."""
    doc = store.new_plan_doc(s, level="major", subject_id=people["major"], year=YEAR)
    ids = people["ids"]
    doc.leader, doc.plan_date = people["names"][0], date(YEAR, 3, 2)
    doc.work_name = "专业建设年度工作计划"
    doc.objective = "专业建设水平进入区内同类专业前列，建成自治区级品牌专业。"
    doc.objectives = [
        ObjectiveDoc(f"目标内容第 {n} 项：双师型教师占比达到 60%") for n in range(1, objectives + 1)
    ]
    states = ["on_track", "at_risk", "late", "done", "not_started"]
    doc.tasks = [
        TaskDoc(
            name=f"主要任务 {n:02d}"
            + ("（含校内外专家论证、调研报告与实施方案）" if n % 5 == 0 else ""),
            objective_ids=[doc.objectives[n % objectives].id]
            + ([doc.objectives[(n + 1) % objectives].id] if n % 3 == 0 else []),
            owners=[Owner(ids[n % 6], "A"), Owner(ids[(n + 1) % 6], "B")]
            + ([Owner(ids[(n + 2) % 6], "C")] if n % 2 == 0 else []),
            target_date=date(YEAR, 1 + n % 12, 28),
            planned_months=sorted({1 + n % 12, 1 + (n + 2) % 12, 1 + (n + 5) % 12}),
            # states in planned and in unplanned months, every kind
            month_states={m: states[(n + m) % 5] for m in range(1, 4)},
        )
        for n in range(1, tasks + 1)
    ]
    doc.costs = [
        CostDoc("部门一般公用经费", 50000, {1: 3000, 2: 4500, 3: 12345}),
        CostDoc("培训经费", 15000, {3: 0}),
        CostDoc("XX 经费", 123400, {}),
    ][: max(2, min(3, tasks))]
    doc.notes = {
        1: "完成年度计划编制。",
        2: "",
        3: "标准修订滞后：行业专家调研推迟，预计 4 月底完成。",
    }
    return doc


@pytest.fixture
def full_plan(db: Database, people: dict[str, Any]) -> PlanDoc:
    """20 tasks, 5 objectives, owners A/B/C, months, states, costs, notes; stored."""
    with db.session() as s:
        doc = _plan(s, people, tasks=20, objectives=5)
        store.save_plan(s, doc=doc)
        return store.load_plan(s, plan_id=doc.id)


@pytest.fixture
def small_plan(db: Database, people: dict[str, Any]) -> PlanDoc:
    """4 tasks, 2 objectives, 2 cost lines: the layout the bad-cell tests address.

    Columns: A–D 目标 1–4, E 序号, F 任务名称, G–R 1月–12月, S 负责人/优先级, T 目标日期.
    Rows: 2 header, 3 项目目标, 4–5 table header, 6–11 tasks (two empty slots),
    12–15 目标 1–4, 16 成本 header, 17–19 cost lines, 20–25 概述与预测, 26–27 图例.
    """
    with db.session() as s:
        doc = _plan(s, people, tasks=4, objectives=2)
        store.save_plan(s, doc=doc)
        return store.load_plan(s, plan_id=doc.id)


def _export(db: Database, doc: PlanDoc, path: Path) -> Path:
    with db.session() as s:
        export_plan(doc, path, staff_nos=staff_numbers(s, doc=doc))
    return path


def _edit(path: Path, cells: dict[str, Any], *, sheet: str = "一页纸计划") -> None:
    """Change cells as a secretary would in Excel (openpyxl, then save)."""
    wb = load_workbook(path)
    for ref, value in cells.items():
        wb[sheet][ref].value = value
    wb.save(path)


def _ids(doc: PlanDoc) -> dict[str, Any]:
    return {
        "plan": doc.id,
        "previous": doc.previous_id,
        "objectives": [o.id for o in doc.objectives],
        "tasks": [t.id for t in doc.tasks],
        "task_objectives": [sorted(t.objective_ids) for t in doc.tasks],
        "owners": [[(o.person_id, o.priority) for o in t.owners] for t in doc.tasks],
        "costs": [c.id for c in doc.costs],
    }


# -- round trip ----------------------------------------------------------------------------
def test_full_plan_round_trips_exactly(db: Database, full_plan: PlanDoc, tmp_path: Path) -> None:
    """Export then read gives the same content and the same ids (plan, objectives, tasks, costs)."""
    back = read_plan(_export(db, full_plan, tmp_path / "plan.xlsx"))
    assert back.content_data() == full_plan.content_data()
    assert _ids(back) == _ids(full_plan)
    assert back.fingerprint() == full_plan.fingerprint()
    assert (back.subject_name, back.unit_name) == (full_plan.subject_name, full_plan.unit_name)


def test_owners_are_written_with_their_staff_numbers(
    db: Database, full_plan: PlanDoc, people: dict[str, Any], tmp_path: Path
) -> None:
    """负责人/优先级 reads “张三(20050089)A、李四(20050090)B” as the legend explains."""
    path = _export(db, full_plan, tmp_path / "plan.xlsx")
    ws = load_workbook(path)["一页纸计划"]
    task = full_plan.tasks[0]  # task 01 in row 6; 5 objectives → owners in column T
    names = dict(zip(people["ids"], people["names"], strict=True))
    nos = dict(zip(people["ids"], people["staff_nos"], strict=True))
    assert ws["T6"].value == "、".join(
        f"{names[o.person_id]}({nos[o.person_id]}){o.priority}" for o in task.owners
    )


def test_round_trip_without_staff_numbers_still_finds_the_owners(
    full_plan: PlanDoc, tmp_path: Path
) -> None:
    """Exported without 工号 (“张三(A)”), the hidden sheet still maps owners to their ids."""
    export_plan(full_plan, tmp_path / "plan.xlsx")
    back = read_plan(tmp_path / "plan.xlsx")
    assert back.content_data() == full_plan.content_data()
    assert _ids(back) == _ids(full_plan)


def test_awkward_texts_and_empty_items_round_trip(
    db: Database, small_plan: PlanDoc, tmp_path: Path
) -> None:
    """Text that looks like a formula or a number, spaces, line breaks, an empty task,
    an empty objective, an emptied note, a zero budget: all come back as they were."""
    doc = PlanDoc.from_data(small_plan.to_data())
    doc.leader = "  王主任 "
    doc.work_name = "=SUM(A1)"
    doc.objective = "第一行\n第二行"
    doc.tasks[0].name = "2035"
    doc.tasks.append(TaskDoc())  # a row the editor added and left empty
    doc.objectives.append(ObjectiveDoc(""))
    doc.costs[1].budget_yuan = 0
    doc.notes = {5: "", 7: "七月"}
    back = read_plan(_export(db, doc, tmp_path / "odd.xlsx"))
    assert back.content_data() == doc.content_data()
    assert _ids(back) == _ids(doc)


# -- printing ------------------------------------------------------------------------------
def test_sheet_prints_on_one_landscape_page(
    db: Database, full_plan: PlanDoc, tmp_path: Path
) -> None:
    """A4 landscape, fit to one page wide and tall, print area, frozen panes, hidden meta."""
    wb = load_workbook(_export(db, full_plan, tmp_path / "plan.xlsx"))
    ws = wb["一页纸计划"]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1)
    # 20 tasks + 5 objectives + 成本 (header and 3 lines) + 6 rows of notes + 2 of legend
    last_row = 5 + 20 + 5 + 4 + 6 + 2
    assert ws.print_area == f"'一页纸计划'!$A$1:$U${last_row}"
    assert ws.freeze_panes == "H6"  # headers and task names stay while scrolling the months
    assert ws.column_dimensions["V"].hidden  # the ids, outside the print area
    assert wb["_计划信息"].sheet_state == "hidden"
    assert full_plan.fingerprint() in ws.oddFooter.center.text
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A2:E2", "A4:E4", "F4:G4", "H4:S4", "A1:U1"} <= merged  # like the paper form


def test_month_cells_show_plan_and_state_with_symbols(
    db: Database, small_plan: PlanDoc, tmp_path: Path
) -> None:
    """○ planned, ●▲■★□ the state (coloured by conditional format), * when not planned."""
    ws = load_workbook(_export(db, small_plan, tmp_path / "plan.xlsx"))["一页纸计划"]
    task = small_plan.tasks[0]  # row 6, months in G–R
    symbols = {"on_track": "●", "at_risk": "▲", "late": "■", "done": "★", "not_started": "□"}
    for m, col in zip(range(1, 13), "GHIJKLMNOPQR", strict=True):
        planned, state = m in task.planned_months, task.month_states.get(m)
        expected = (
            (symbols[state] + ("" if planned else "*")) if state else ("○" if planned else None)
        )
        assert ws[f"{col}6"].value == expected, m
    assert len(ws.conditional_formatting) == 1  # one range, a rule per state
    assert ws["A12"].value == "目标 1" and ws["A26"].value == "图例"


# -- refusing wrong sheets -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"A2": "领导"}, f"{SHEET}单元格 A2：应为“项目领导”，而不是“领导”"),
        ({"S4": None}, f"{SHEET}单元格 S4：应为“负责人/优先级”，现在是空的"),
        ({"I6": "完成了"}, f"{SHEET}单元格 I6：进度标记“完成了”无法识别"),
        ({"S17": "三万"}, f"{SHEET}单元格 S17：预算应为数字（万元），而不是“三万”。"),
        ({"H17": "两千元"}, f"{SHEET}单元格 H17：2月支出应为数字（万元），而不是“两千元”"),
        ({"S17": -1}, f"{SHEET}单元格 S17：预算不能为负数"),
        ({"T7": "六月底"}, f"{SHEET}单元格 T7：目标日期应为日期（如 2035-06-30），而不是“六月底”"),
        ({"T2": "2035-02-30"}, f"{SHEET}单元格 T2：日期栏应为日期"),
        ({"S6": "张三(1001)D"}, f"{SHEET}单元格 S6：负责人“张三(1001)D”的优先级应为 A、B 或 C"),
        ({"S6": "张三(1001)"}, f"{SHEET}单元格 S6：负责人“张三(1001)”缺少优先级"),
        ({"C6": "●"}, f"{SHEET}单元格 C6：目标 3 不存在"),
        ({"A7": "x"}, f"{SHEET}单元格 A7：目标栏应填 ● 或留空，而不是“x”"),
        ({"E21": "13月"}, f"{SHEET}单元格 E21：月份应为 1月—12月，而不是“13月”"),
        ({"A16": "费用"}, f"{SHEET}单元格 A16：应为“成本”，而不是“费用”"),
    ],
    ids=[
        "renamed_header",
        "missing_header",
        "unknown_month_state",
        "budget_not_a_number",
        "spending_not_a_number",
        "negative_budget",
        "target_date_not_a_date",
        "impossible_date",
        "unknown_priority",
        "missing_priority",
        "objective_does_not_exist",
        "unknown_matrix_mark",
        "unknown_note_month",
        "renamed_block_label",
    ],
)
def test_wrong_cell_is_refused_naming_the_cell(
    db: Database, small_plan: PlanDoc, tmp_path: Path, cells: dict[str, Any], message: str
) -> None:
    """Every kind of bad cell: renamed or missing header, unknown month mark, a budget
    that is not a number, a date that is not a date, an unknown priority, an objective
    number that does not exist — the message names the sheet and the very cell."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    _edit(path, cells)
    with pytest.raises(UserError) as err:
        read_plan(path)
    assert message in str(err.value)


def test_all_wrong_cells_are_listed_at_once(
    db: Database, small_plan: PlanDoc, tmp_path: Path
) -> None:
    """Three mistakes, one message listing each cell: fix them all in one go."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    _edit(path, {"S17": "三万", "T7": "六月底", "I6": "?"})
    with pytest.raises(UserError, match="有 3 处问题") as err:
        read_plan(path)
    for ref in ("S17", "T7", "I6"):
        assert f"单元格 {ref}：" in str(err.value)


def test_hidden_sheet_mistakes_are_refused(
    db: Database, small_plan: PlanDoc, tmp_path: Path
) -> None:
    """The plan's year on the hidden sheet must be a number; the message names that cell."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    _edit(path, {"B7": "明年"}, sheet="_计划信息")
    with pytest.raises(UserError, match="工作表“_计划信息”单元格 B7：“年度”应为数字"):
        read_plan(path)


def test_files_that_are_not_plan_workbooks_are_refused(tmp_path: Path) -> None:
    """Not an .xlsx, a workbook without the form, a missing file: clear Chinese messages."""
    text = tmp_path / "plan.xlsx"
    text.write_text("不是 Excel", encoding="utf-8")
    with pytest.raises(UserError, match="不是 Excel 工作簿"):
        read_plan(text)
    other = tmp_path / "other.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    with pytest.raises(UserError, match="没有工作表“一页纸计划”"):
        read_plan(other)
    with pytest.raises(UserError, match="找不到文件"):
        read_plan(tmp_path / "missing.xlsx")


def test_values_typed_as_text_are_understood(
    db: Database, small_plan: PlanDoc, people: dict[str, Any], tmp_path: Path
) -> None:
    """Numbers as text, dates as text, words instead of symbols, full-width brackets."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    name, staff_no = people["names"][3], people["staff_nos"][3]
    _edit(
        path,
        {
            "S17": "1.5",  # 预算 as text
            "G17": "0.3万",
            "T7": "2035/6/30",
            "T8": "7月1日",  # the plan's year
            "G6": "按计划",  # a word: planned and on track
            "H6": "▲*",  # at risk in a month that was not planned
            "I6": None,
            "S6": f"{name}（{staff_no}）Ａ",
        },
    )
    back = read_plan(path)
    assert back.costs[0].budget_yuan == 15000 and back.costs[0].spent_yuan[1] == 3000
    assert back.tasks[1].target_date == date(YEAR, 6, 30)
    assert back.tasks[2].target_date == date(YEAR, 7, 1)
    task = back.tasks[0]
    assert 1 in task.planned_months and task.month_states[1] == "on_track"
    assert 2 not in task.planned_months and task.month_states[2] == "at_risk"
    assert 3 not in task.month_states and 3 not in task.planned_months
    assert [(o.person_id, o.priority) for o in task.owners] == [(people["ids"][3], "A")]


# -- import --------------------------------------------------------------------------------------
def test_import_into_a_fresh_database_creates_the_plan(
    db: Database, other_db: Database, full_plan: PlanDoc, tmp_path: Path
) -> None:
    """Another PC with the same college and no such plan: the plan is created, ids kept."""
    doc = read_plan(_export(db, full_plan, tmp_path / "plan.xlsx"))
    with other_db.session() as s:
        stored = import_plan_doc(s, doc=doc)
    with other_db.session() as s:
        again = store.load_plan(s, plan_id=full_plan.id)
    assert again.content_data() == full_plan.content_data() == stored.content_data()
    assert _ids(again) == _ids(full_plan)
    assert [o.name for o in again.tasks[0].owners] == [o.name for o in full_plan.tasks[0].owners]


def test_import_where_the_subject_is_unknown_is_refused(
    full_plan: PlanDoc, tmp_path: Path, db_path: Path
) -> None:
    """A database without the plan's major says so in Chinese and writes nothing."""
    export_plan(full_plan, tmp_path / "plan.xlsx")
    doc = read_plan(tmp_path / "plan.xlsx")
    empty = open_database(tmp_path / "empty" / "db.sqlite3", daily_backup=False)
    try:
        with (
            pytest.raises(UserError, match=r"没有这份计划所属的专业“.+”，无法导入"),
            empty.session() as s,
        ):
            import_plan_doc(s, doc=doc)
        with empty.session() as s:
            assert s.scalar(select(func.count()).select_from(OnePagePlan)) == 0
    finally:
        empty.close()


def _counts(db: Database, plan_id: str) -> dict[str, int]:
    """Rows per table, tombstones included: a duplicate would show here."""
    with db.session() as s:
        return {
            m.__tablename__: s.scalar(
                select(func.count()).select_from(m).where(m.plan_id == plan_id)
            )
            for m in (PlanObjective, PlanTask, PlanCostLine)
        }


def _versions(db: Database, plan_id: str) -> dict[str, Any]:
    with db.session() as s:
        return {
            t.id: dict(t.version)
            for t in s.scalars(select(PlanTask).where(PlanTask.plan_id == plan_id))
        }


def test_reimport_updates_the_same_records_without_duplicates(
    db: Database, small_plan: PlanDoc, people: dict[str, Any], tmp_path: Path
) -> None:
    """Edited in Excel and imported again: same plan and ids, one new task, nothing doubled;
    importing an unchanged file changes no record (no new versions to sync)."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    before = _counts(db, small_plan.id)
    versions = _versions(db, small_plan.id)
    with db.session() as s:
        import_plan_doc(s, doc=read_plan(path))
    assert _counts(db, small_plan.id) == before
    assert _versions(db, small_plan.id) == versions
    new_owner = f"{people['names'][5]}({people['staff_nos'][5]})A"
    _edit(path, {"F6": "专业建设（修订）", "F10": "新增任务", "A10": "●", "S10": new_owner})
    with db.session() as s:
        stored = import_plan_doc(s, doc=read_plan(path))
        plans = s.scalar(
            select(func.count()).select_from(OnePagePlan).where(OnePagePlan.year == YEAR)
        )
    assert plans == 1 and stored.id == small_plan.id
    assert [t.id for t in stored.tasks[:4]] == [t.id for t in small_plan.tasks]
    assert stored.tasks[0].name == "专业建设（修订）"
    assert stored.tasks[4].name == "新增任务"
    assert [(o.person_id, o.name) for o in stored.tasks[4].owners] == [
        (people["ids"][5], people["names"][5])
    ]
    after = _counts(db, small_plan.id)
    assert after["plan_tasks"] == before["plan_tasks"] + 1
    assert after["plan_objectives"] == before["plan_objectives"]


def test_unknown_owner_is_refused_naming_the_task(
    db: Database, small_plan: PlanDoc, tmp_path: Path
) -> None:
    """An owner whose 工号 nobody has: the message names the task and the owner."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    _edit(path, {"S7": "查无此人(99999999)A"})
    with (
        pytest.raises(UserError, match=r"任务 02“主要任务 02”的负责人“查无此人\(99999999\)”"),
        db.session() as s,
    ):
        import_plan_doc(s, doc=read_plan(path))


def test_owner_whose_name_does_not_match_the_staff_number_is_refused(
    db: Database, small_plan: PlanDoc, people: dict[str, Any], tmp_path: Path
) -> None:
    """工号 and name must agree: a typo in either is caught before anything is saved."""
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    _edit(path, {"S7": f"张冠李戴({people['staff_nos'][1]})A"})
    with (
        pytest.raises(UserError, match=f"是“{people['names'][1]}”，不是“张冠李戴”"),
        db.session() as s,
    ):
        import_plan_doc(s, doc=read_plan(path))


def test_second_plan_for_the_same_subject_and_year_is_refused(
    db: Database, other_db: Database, small_plan: PlanDoc, people: dict[str, Any], tmp_path: Path
) -> None:
    """The other PC made its own plan for that major and year: the file's is not added."""
    doc = read_plan(_export(db, small_plan, tmp_path / "plan.xlsx"))
    with other_db.session() as s:
        own = store.create_plan(s, level="major", subject_id=people["major"], year=YEAR)
    with (
        pytest.raises(UserError, match=f"已有 {YEAR} 年的一页纸计划（编号 {own.id[:8]}，第 1 版）"),
        other_db.session() as s,
    ):
        import_plan_doc(s, doc=doc)


def test_import_over_an_approved_plan_keeps_its_content_locked(
    db: Database, small_plan: PlanDoc, tmp_path: Path
) -> None:
    """Approved means locked: a changed task is refused with the lock message, while
    the month's progress (tracking) may still come in from Excel."""
    with db.session() as s:
        set_office(s)
        workflow.submit(s, plan_id=small_plan.id, actor="秘书")
        workflow.approve(s, plan_id=small_plan.id, actor="教务科研处")
    path = _export(db, small_plan, tmp_path / "plan.xlsx")
    _edit(path, {"F6": "改了名字的任务"})
    with pytest.raises(UserError, match="内容已锁定"), db.session() as s:
        import_plan_doc(s, doc=read_plan(path))
    path = _export(db, small_plan, tmp_path / "progress.xlsx")
    _edit(path, {"K6": "★*", "F20": "四月进展顺利。"})  # May: done; note for month 1
    with db.session() as s:
        stored = import_plan_doc(s, doc=read_plan(path))
    assert stored.tasks[0].month_states[5] == "done"
    assert stored.notes[1] == "四月进展顺利。"


# -- command line -----------------------------------------------------------------------------
def test_cli_exports_and_imports(
    db: Database,
    db_path: Path,
    small_plan: PlanDoc,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``zhengai plan export-xlsx`` then ``import-xlsx`` return 0; a bad file returns 2
    with the Chinese message on stderr."""
    from app.cli import main

    db.close()  # the command opens the file itself
    path = str(tmp_path / "cli.xlsx")
    assert main(["plan", "export-xlsx", small_plan.id[:8], "-o", path, "--db", str(db_path)]) == 0
    assert main(["plan", "import-xlsx", path, "--db", str(db_path)]) == 0
    assert f"编号 {small_plan.id[:8]}" in capsys.readouterr().out
    _edit(Path(path), {"S17": "三万"})
    assert main(["plan", "import-xlsx", path, "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "错误：工作表“一页纸计划”单元格 S17：预算应为数字（万元），而不是“三万”。" in err


def test_export_to_a_locked_file_says_to_close_it(
    small_plan: PlanDoc, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel holds the file open (PermissionError on replace): a Chinese message, no temp file."""
    import os

    def refuse(*_: Any) -> None:
        raise PermissionError(13, "denied")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError, match="正在 Excel 或 WPS 中打开"):
        export_plan(small_plan, out / "plan.xlsx")
    assert list(out.iterdir()) == []
