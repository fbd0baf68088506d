"""A full, realistic one-page plan built in memory (no database).

The benchmark times printing with it, the tests print it at the store's limits,
and it is what a crowded page looks like when the layout is tuned. Content is in
the style of 表3 (a major's plan): 20 tasks, 6 objectives, three cost lines, a
half year of progress.
"""

from __future__ import annotations

from datetime import date

from app.models.plans import PlanLevel, TaskState
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc

OBJECTIVES = [
    "建成自治区级品牌专业，专业综合评价进入区内同类专业前三",
    "双师型教师占比达到 60% 以上，引进行业企业兼职教师 5 名",
    "修订人才培养方案和 12 门核心课程标准，符合国家专业教学标准",
    "新建智慧水利实训室 1 个，校外实训基地稳定在 8 个以上",
    "学生职业资格证书获取率达到 90%，初次就业率不低于 95%",
    "完成专业诊改报告，质控点达标率 100%",
]

TASKS = [
    "专业建设",
    "专业教学标准建设",
    "师资队伍建设",
    "实训基地建设",
    "开展行业企业调研并撰写《专业调研分析报告》",
    "修订 2026 级人才培养方案",
    "核心课程标准修订与审定",
    "省级精品在线开放课程《水文与水资源》建设",
    "双师型教师认定与企业实践",
    "青年教师教学能力比赛培训",
    "引进兼职教师并组织教学能力培训",
    "智慧水利实训室建设方案论证与采购",
    "校外实训基地协议续签与巡查",
    "1+X 职业技能等级证书试点考核",
    "学生技能竞赛（水利工程制图与应用）集训",
    "毕业生就业跟踪调查与用人单位满意度调查",
    "教学质量监控与学生评教",
    "专业质控点数据采集与分析",
    "中期检查汇报材料准备",
    "年度专业自我诊断与改进报告",
]

PEOPLE = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "黄磊", "欧阳晓明"]

NOTE = (
    "上半年完成专业调研、人才培养方案修订和核心课程标准审定，双师型教师认定 3 人；"
    "智慧水利实训室采购因预算调整滞后约一个月，已与资产处协调，预计 8 月完成招标。"
    "下半年重点推进 1+X 证书考核和技能竞赛集训，预计全年目标可按期达成。"
)


def sample_plan(
    *,
    tasks: int = 20,
    objectives: int = 6,
    as_of: int = 6,
    long_text: bool = False,
    year: int = 2026,
) -> PlanDoc:
    """A major plan with ``tasks`` tasks and ``objectives`` objectives, tracked to ``as_of``.

    ``long_text`` makes every text absurdly long, to prove the page still holds.
    """
    stretch = "（含调研、论证、实施、检查、总结与整改各环节，并形成书面材料报送主管部门备案）"

    def text(base: str, times: int = 3) -> str:
        return base + stretch * times if long_text else base

    objs = [
        ObjectiveDoc(text(OBJECTIVES[i % len(OBJECTIVES)], 2)) for i in range(max(objectives, 0))
    ]
    task_docs = [_task(i, objs, year, as_of, text(TASKS[i % len(TASKS)])) for i in range(tasks)]
    costs = [
        CostDoc(text("专业建设经费", 1)[:60], 500000, {m: 30000 + 1000 * m for m in range(1, 7)}),
        CostDoc("培训经费", 80000, {3: 12000, 5: 20500}),
        CostDoc("实训基地建设经费", 1200000, {4: 300000, 6: 980000}),
    ]
    return PlanDoc(
        level=PlanLevel.MAJOR,
        subject_id="sample-major",
        unit_id="sample-unit",
        year=year,
        leader=text("张伟（系主任）", 1)[:50],
        work_name=text("水利水电建筑工程专业建设年度计划", 1)[:100],
        plan_date=date(year, 3, 1),
        objective=text("专业建设水平进入区内同类专业前列，人才培养质量稳步提升", 4),
        objectives=objs,
        tasks=task_docs,
        costs=costs,
        notes={5: "按计划推进。", as_of: text(NOTE, 6)} if as_of else {},
        subject_name="水利水电建筑工程",
        unit_name="水利工程系",
        revision=2,
    )


def _task(i: int, objs: list[ObjectiveDoc], year: int, as_of: int, name: str) -> TaskDoc:
    start = 1 + (i * 5) % 10
    months = list(range(start, min(start + 1 + i % 4, 13)))
    states = {}
    for m in range(1, as_of + 1):
        if m in months:
            states[m] = _state_for(i, m)
    owners = [Owner(f"p{i % 8}", "A", PEOPLE[i % len(PEOPLE)])]
    if i % 3:
        owners.append(Owner(f"p{(i + 3) % 8}", "B", PEOPLE[(i + 3) % len(PEOPLE)]))
    if i % 4 == 1:
        owners.append(Owner(f"p{(i + 5) % 8}", "C", PEOPLE[(i + 5) % len(PEOPLE)]))
    served = [objs[i % len(objs)].id] if objs else []
    if objs and i % 3 == 0:
        served.append(objs[(i + 2) % len(objs)].id)
    return TaskDoc(
        name=name,
        objective_ids=served,
        owners=owners,
        target_date=date(year, months[-1], 28),
        planned_months=months,
        month_states=states,
    )


def _state_for(i: int, month: int) -> str:
    cycle = [TaskState.DONE, TaskState.ON_TRACK, TaskState.ON_TRACK, TaskState.AT_RISK]
    if i % 7 == 3:
        return TaskState.LATE
    if i % 11 == 5:
        return TaskState.NOT_STARTED
    return cycle[(i + month) % len(cycle)]
