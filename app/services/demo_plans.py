"""A year of one-page plans for the sample college, with review and monthly progress.

:func:`app.services.demo.create_demo` calls :func:`build_plan_rows` once the college's
rows are written, then :func:`write_plan_rows`. Every unit, major, course, teacher and
class gets a plan (~900), as the seed asks of a college by the end of March, with:

* objectives with measurable targets and tasks per level (the task names of
  ``resources/templates/plan_templates.json`` first, then tasks typical of the unit or
  level), owners from the subject's unit with priorities A/B/C, planned months and
  target dates, and budgets (部门一般公用经费, 培训经费 …) for units, majors, courses
  and classes;
* review spread like a real spring: most plans approved, some waiting, some returned
  with a comment, a few drafts (half of them deliberately incomplete, as drafts are).
  Submissions are authored by the plan's unit, approvals and returns by the reviewing
  unit (:func:`app.services.plans.workflow.reviewer_unit`), steps numbered 1, 2, 3 …;
* monthly progress from the plan's start month up to the current month: each task's
  state (mostly on track or done, some at risk or late), spending per cost line, a
  概述与预测 that says what happened, and one snapshot per recorded month, exactly as
  :func:`app.services.plans.tracking.record_month` would have written it.

**Which year.** The plans are for the year of ``today`` and progress runs up to
``today``'s month, so the sample always looks current. Plans are written in March
(表10), so in January and February the sample shows last year's plans, complete to
December. Only the year and how many months are recorded depend on the date: each
plan draws from its own generator (seeded by its level and position), so its content
is the same whatever the day, and two runs on the same day produce the same data.

**Speed.** Nothing goes through the ORM or :func:`~app.services.plans.store.save_plan`:
rows are plain dicts inserted with one executemany per table, and a snapshot's content
is built directly in the shape of :meth:`PlanDoc.to_data` (``test_demo`` checks it
against :func:`~app.services.plans.store.load_plan` and the fingerprint against
:meth:`PlanDoc.fingerprint`).
"""

from __future__ import annotations

import calendar
import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, bindparam, insert
from sqlalchemy.orm import Session

from app.models import RoleKind, UnitKind
from app.models.plans import (
    OnePagePlan,
    PlanCostLine,
    PlanLevel,
    PlanMonthNote,
    PlanObjective,
    PlanReview,
    PlanSnapshot,
    PlanStatus,
    PlanTask,
    ReviewAction,
    TaskState,
)
from app.paths import resource
from app.services.plans.doc import yuan_to_wan
from app.services.plans.workflow import reviewer_unit
from app.services.progress import Progress
from app.services.records import new_row_values

if TYPE_CHECKING:
    from app.services.demo import CollegeRows

PLAN_SEED = "zhengai-demo-plans-1"
PLAN_MONTH = 3  # plans are written in March (表10)
NEW_CLASS_MONTH = 9  # classes of the year's intake exist from September
TARGET_DAYS = (10, 15, 20, 25, 28, 30)

# How review stands, by weight: most approved, some waiting, some returned, few drafts.
STATUS_WEIGHTS: tuple[tuple[str, int], ...] = (
    (PlanStatus.APPROVED.value, 83),
    (PlanStatus.SUBMITTED.value, 7),
    (PlanStatus.RETURNED.value, 6),
    (PlanStatus.DRAFT.value, 4),
)
RETURNED_BEFORE_APPROVAL = 0.12  # approved plans that were sent back once first

# A task's course through the year, by weight (see :func:`_task_states`).
FATES: tuple[tuple[str, int], ...] = (
    ("on_time", 64),
    ("early", 5),
    ("wobble", 13),
    ("slipped", 11),
    ("stuck", 5),
    ("late_start", 2),
)

# --------------------------------------------------------------------------------------
# What plans say, per level. Objectives are (key, text); a task lists the keys of the
# objectives it serves. Months are (first-month range, last-month range).
# --------------------------------------------------------------------------------------

Months = tuple[tuple[int, int], tuple[int, int]]
TaskSpec = tuple[str, Months, tuple[str, ...]]

UNIT_TEMPLATE_TASKS: dict[str, tuple[Months, tuple[str, ...]]] = {
    "组织一页纸工作计划报表编制培训": (((3, 3), (3, 3)), ("sheet", "accuracy")),
    "落实学院年度重点工作任务": (((3, 3), (12, 12)), ("goal",)),
    "部门制度“废改立”": (((4, 5), (8, 10)), ("goal", "accuracy")),
    "部门自我诊断与改进": (((6, 6), (12, 12)), ("accuracy", "goal")),
}

# 职能部门: the goal that is theirs and the work they do besides the common tasks.
OFFICE_WORK: dict[str, tuple[str, tuple[TaskSpec, ...]]] = {
    "学院办公室": (
        "学院重点工作督办事项按期办结率达到 {95-98}% 以上",
        (
            ("学院重点工作督查督办", ((3, 3), (12, 12)), ("goal",)),
            ("公文处理与档案管理规范化", ((4, 5), (9, 10)), ("goal",)),
            ("学院年度工作总结与考核", ((11, 11), (12, 12)), ("goal",)),
        ),
    ),
    "人事处": (
        "新进教师 {12-20} 名，双师型教师比例达到 {55-65}%",
        (
            ("年度人才招聘与引进", ((3, 4), (8, 9)), ("goal",)),
            ("师资队伍建设专题调研", ((4, 5), (6, 7)), ("goal",)),
            ("指导新进教师编制三年职业生涯规划", ((9, 9), (12, 12)), ("goal",)),
        ),
    ),
    "教务科研处": (
        "专业、课程依据一页纸工作计划报表实施自我诊改，覆盖率达 100%",
        (
            ("审核专业、课程一页纸工作计划", ((3, 3), (4, 4)), ("goal", "accuracy")),
            ("人才培养方案修订审核", ((4, 4), (6, 7)), ("goal",)),
            ("教学质量自主诊断与改进", ((3, 3), (12, 12)), ("goal",)),
            ("科研项目申报与过程管理", ((3, 4), (11, 11)), ("goal",)),
        ),
    ),
    "质量督导处": (
        "6 月完成五个层面中期检查，12 月完成校内复核，覆盖率达 100%",
        (
            ("实施一页纸项目管理与进度监测", ((3, 3), (12, 12)), ("goal",)),
            ("组织诊断与改进中期检查汇报会", ((5, 5), (6, 6)), ("goal",)),
            ("开展内部质量保证体系校内复核", ((11, 11), (12, 12)), ("goal",)),
            ("编制年度质量报告", ((10, 10), (12, 12)), ("goal",)),
        ),
    ),
    "学生工作处": (
        "各班级依据一页纸计划实施自我诊改，学生参与诊改率达 100%",
        (
            ("审核班级一页纸工作计划", ((3, 3), (4, 4)), ("goal", "accuracy")),
            ("学生心理健康与安全稳定数据分析", ((4, 4), (11, 11)), ("goal",)),
            ("指导新生编制三年职业生涯规划", ((9, 10), (12, 12)), ("goal",)),
        ),
    ),
    "信息化处": (
        "质量管理平台稳定运行，各部门数据采集覆盖率达 100%",
        (
            ("质量管理平台数据集成", ((3, 3), (8, 9)), ("goal",)),
            ("人才培养工作状态数据采集", ((8, 8), (10, 10)), ("goal",)),
            ("校园网络与信息安全保障", ((3, 3), (12, 12)), ("goal",)),
        ),
    ),
    "招生就业处": (
        "新生报到率不低于 {90-94}%，毕业生就业率不低于 {93-96}%",
        (
            ("招生宣传与录取", ((3, 4), (8, 8)), ("goal",)),
            ("新生报到组织", ((9, 9), (9, 9)), ("goal",)),
            ("毕业生就业推荐与跟踪调查", ((4, 5), (12, 12)), ("goal",)),
        ),
    ),
    "团委": (
        "学生参加社会实践与志愿服务比例达到 {80-90}%",
        (
            ("校园文化艺术节", ((4, 4), (5, 5)), ("goal",)),
            ("大学生暑期“三下乡”社会实践", ((6, 6), (8, 8)), ("goal",)),
            ("青年志愿服务活动", ((3, 3), (12, 12)), ("goal",)),
        ),
    ),
    "党委宣传部": (
        "校外主流媒体报道学院工作不少于 {20-30} 篇",
        (
            ("诊改工作宣传与专题报道", ((3, 3), (6, 7)), ("goal",)),
            ("校园网站与新媒体内容建设", ((3, 3), (12, 12)), ("goal",)),
        ),
    ),
    "财务处": (
        "预算执行率达到 {90-95}% 以上，报销差错率为 0",
        (
            ("部门预算执行监控", ((3, 3), (12, 12)), ("goal",)),
            ("年度财务收支分析", ((10, 11), (12, 12)), ("goal",)),
        ),
    ),
    "后勤管理处": (
        "师生对后勤服务满意度达到 {88-93}% 以上",
        (
            ("学生宿舍与食堂服务质量提升", ((3, 3), (12, 12)), ("goal",)),
            ("暑期校园维修改造工程", ((5, 6), (8, 8)), ("goal",)),
        ),
    ),
    "保卫处": (
        "全年无重大安全责任事故，隐患整改率达 100%",
        (
            ("校园安全隐患排查整治", ((3, 3), (12, 12)), ("goal",)),
            ("新生安全教育与消防演练", ((9, 9), (10, 11)), ("goal",)),
        ),
    ),
    "国际合作与交流处": (
        "新增境外合作院校 {1-2} 所，开展师生交流项目不少于 {2-4} 个",
        (
            ("国际合作项目洽谈与签约", ((3, 4), (10, 10)), ("goal",)),
            ("教师境外研修组织", ((6, 7), (8, 8)), ("goal",)),
        ),
    ),
}
DEPARTMENT_WORK: tuple[str, tuple[TaskSpec, ...]] = (
    "专业、课程、教师、班级四个层面一页纸计划覆盖率达 100%，自我诊改覆盖率达 100%",
    (
        ("组织专业、课程、教师、班级一页纸计划编制", ((3, 3), (3, 4)), ("sheet", "goal")),
        ("修订专业人才培养方案", ((4, 4), (6, 6)), ("goal",)),
        ("教学质量常态化检查", ((3, 3), (12, 12)), ("goal",)),
        ("组织学生职业技能竞赛", ((4, 5), (10, 11)), ("goal",)),
    ),
)
TEACHING_DEPARTMENT_WORK: tuple[str, tuple[TaskSpec, ...]] = (
    "公共基础课程考核合格率不低于 {88-92}%，学生评教优良率达到 90% 以上",
    (
        ("指导教师编制一页纸职业发展计划", ((3, 3), (4, 4)), ("sheet", "goal")),
        ("公共基础课程教学改革", ((3, 3), (12, 12)), ("goal",)),
        ("课程思政示范课建设", ((4, 5), (11, 11)), ("goal",)),
    ),
)
UNIT_EXTRA_COSTS: dict[str, tuple[str, tuple[int, int]]] = {
    "信息化处": ("信息化建设专项经费", (50, 120)),
    "招生就业处": ("招生宣传经费", (10, 20)),
    "团委": ("学生活动经费", (3, 8)),
    "教务科研处": ("教学科研业务经费", (20, 40)),
    "质量督导处": ("诊改工作专项经费", (5, 10)),
}

MAJOR_OBJECTIVES: tuple[tuple[str, str], ...] = (
    ("scheme", "6 月底前完成{grade}级人才培养方案修订，并通过专业建设指导委员会论证"),
    ("team", "年底前双师型教师比例达到 {58-72}% 以上"),
    ("base", "9 月底前新建或改造校内实训室 1 个，实训项目开出率达到 100%"),
    ("jobs", "8 月底前毕业生就业率不低于 {92-96}%，专业对口率不低于 {70-80}%"),
    ("survey", "开展行业企业调研不少于 1 次，形成《专业调研分析报告》"),
    ("certs", "本学年学生职业技能等级证书获取率达到 {40-60}%"),
)
MAJOR_TASKS: dict[str, tuple[Months, tuple[str, ...]]] = {
    "专业建设": (((3, 3), (12, 12)), ("scheme", "jobs")),
    "专业教学标准建设": (((3, 4), (6, 8)), ("scheme",)),
    "师资队伍建设": (((3, 4), (11, 12)), ("team",)),
    "实训基地建设": (((4, 5), (9, 11)), ("base",)),
}
MAJOR_EXTRA: tuple[TaskSpec, ...] = (
    ("行业企业调研", ((4, 5), (6, 7)), ("survey", "scheme")),
    ("1+X 职业技能等级证书试点", ((4, 5), (11, 12)), ("certs",)),
    ("学生职业技能竞赛备赛", ((3, 4), (10, 11)), ("certs", "jobs")),
    ("校企合作订单班建设", ((5, 6), (10, 12)), ("jobs",)),
    ("撰写专业诊改报告", ((11, 11), (12, 12)), ("scheme",)),
)

COURSE_OBJECTIVES: tuple[tuple[str, str], ...] = (
    ("standard", "4 月底前完成《{name}》课程标准修订并通过系部审定"),
    ("pass", "每学期学生课程考核合格率不低于 {88-95}%"),
    ("online", "11 月底前建设线上教学资源，微课视频不少于 {12-30} 个"),
    ("rating", "学生评教优良率达到 {88-95}% 以上"),
    ("ideology", "开发课程思政教学案例不少于 {3-6} 个"),
)
COURSE_TASKS: dict[str, tuple[Months, tuple[str, ...]]] = {
    "教学队伍建设": (((3, 4), (11, 12)), ("rating",)),
    "教学内容与质量保障": (((3, 3), (6, 7)), ("standard", "pass")),
    "教学条件建设": (((4, 5), (9, 11)), ("online",)),
    "教学方法与手段改革": (((3, 4), (12, 12)), ("rating", "online")),
    "考核方式改革": (((5, 6), (12, 12)), ("pass",)),
}
COURSE_EXTRA: tuple[TaskSpec, ...] = (
    ("课程思政案例建设", ((4, 5), (10, 11)), ("ideology",)),
    ("在线开放课程资源建设", ((3, 4), (11, 12)), ("online",)),
    ("期末课程质量分析", ((12, 12), (12, 12)), ("pass",)),
)

TEACHER_AIMS: dict[str, str] = {
    "助教": "夯实教学基本功，{next_year} 年具备申报讲师资格",
    "讲师": "提升教学与科研能力，为申报副教授打好基础",
    "副教授": "发挥骨干作用，在专业建设和教科研上取得新突破",
    "教授": "发挥学术带头作用，带领团队建设高水平专业",
}
TEACHER_OBJECTIVES: dict[str, tuple[tuple[str, str], ...]] = {
    "助教": (
        ("teach", "每学期独立承担 {2-3} 门课程教学，学生评教达到良好以上"),
        ("growth", "9 月底前完成新教师岗前培训和导师制培养，考核合格"),
        ("practice", "到合作企业实践锻炼不少于 1 个月"),
    ),
    "讲师": (
        ("teach", "学生评教优良，参加教学能力比赛获院级{prize}"),
        ("research", "12 月底前主持或参与院级以上课题 1 项，发表论文 {1-2} 篇"),
        ("practice", "到合作企业实践锻炼不少于 1 个月，取得{cert}"),
    ),
    "副教授": (
        ("teach", "每学期主讲课程学生评教优良率达到 {90-95}%"),
        ("research", "年底前主持区级以上课题 1 项，发表核心期刊论文 1 篇"),
        ("lead", "指导青年教师 {1-2} 名，指导学生技能竞赛获区级奖项"),
    ),
    "教授": (
        ("teach", "年底前建成校级精品在线课程 1 门，主讲专业核心课程"),
        ("research", "主持省部级课题或横向项目 1 项，到账经费不少于 {10-30} 万元"),
        ("lead", "带领专业教学团队，培养骨干教师 {2-3} 名"),
    ),
}
TEACHER_TASKS: dict[str, tuple[Months, tuple[str, ...]]] = {
    "师德修养": (((3, 3), (12, 12)), ("teach",)),
    "教育教学": (((3, 3), (12, 12)), ("teach",)),
    "教研科研": (((3, 5), (10, 12)), ("research", "growth", "lead")),
    "社会实践": (((7, 7), (8, 8)), ("practice", "lead")),
}
TEACHER_EXTRA: tuple[TaskSpec, ...] = (
    ("参加教学能力比赛", ((4, 5), (6, 7)), ("teach",)),
    ("指导学生技能竞赛", ((3, 4), (10, 11)), ("lead", "teach")),
    ("参加国培、区培项目", ((7, 7), (8, 8)), ("growth", "research")),
    ("考取职业资格证书", ((5, 6), (10, 11)), ("practice",)),
)
PRIZES = ("三等奖", "二等奖", "一等奖")
CERTS = ("行业职业资格证书", "职业技能等级证书", "企业工程师资格")

CLASS_OBJECTIVES: tuple[tuple[str, str], ...] = (
    ("attendance", "每月班级学生平均出勤率不低于 {96-99}%"),
    ("exams", "每学期课程考试一次性通过率达到 {85-92}% 以上"),
    ("health", "11 月底前学生体质健康测试合格率达到 {92-97}%"),
    ("certs", "{25-45}% 以上学生取得职业技能等级证书"),
    ("discipline", "全年无学生违纪处分，宿舍文明达标率 100%"),
)
CLASS_TASKS: dict[str, tuple[Months, tuple[str, ...]]] = {
    "思想政治素质提升": (((3, 3), (12, 12)), ("discipline",)),
    "学习能力素质提升": (((3, 3), (12, 12)), ("exams", "attendance")),
    "身心健康素质提升": (((3, 4), (10, 11)), ("health",)),
    "实践能力素质提升": (((4, 5), (11, 12)), ("certs",)),
}
CLASS_EXTRA: tuple[TaskSpec, ...] = (
    ("班风学风建设", ((3, 3), (6, 7)), ("attendance", "discipline")),
    ("职业技能等级证书考前辅导", ((5, 6), (11, 11)), ("certs",)),
    ("文明宿舍创建", ((4, 4), (10, 11)), ("discipline",)),
)
NEW_CLASS_EXTRA: TaskSpec = ("新生三年职业生涯规划编制", ((10, 10), (12, 12)), ("exams",))
GRADUATING_EXTRA: TaskSpec = ("毕业班顶岗实习与就业指导", ((3, 3), (6, 6)), ("certs",))

# Budgets in 元: (category, (low, high) in 千元) per level besides UNIT_EXTRA_COSTS.
LEVEL_COSTS: dict[str, tuple[tuple[str, tuple[int, int]], ...]] = {
    PlanLevel.UNIT: (("部门一般公用经费", (30, 80)), ("培训经费", (10, 30))),
    PlanLevel.MAJOR: (("专业建设经费", (50, 200)), ("培训经费", (10, 30))),
    PlanLevel.COURSE: (("课程建设经费", (5, 30)),),
    PlanLevel.TEACHER: (),
    PlanLevel.CLASS: (("班级活动经费", (1, 3)),),
}
MAJOR_BASE_COST = ("实训基地建设经费", (100, 500))

RETURN_COMMENTS: dict[str, tuple[str, ...]] = {
    "": (
        "目标表述不够具体，请量化考核指标（如比例、数量、完成时间）后重新提交。",
        "部分任务与目标的对应关系不清晰，请逐项核对后重新提交。",
        "进度安排过于集中在下半年，请按月合理分解。",
        "请为主要任务明确 B 级协助人，分工落实到人。",
    ),
    PlanLevel.UNIT: ("成本预算与任务不匹配，请核实培训经费的用途。",),
    PlanLevel.MAJOR: ("请补充行业企业调研的安排，并与人才培养方案修订衔接。",),
    PlanLevel.COURSE: ("考核方式改革措施不够具体，请补充过程性考核的比例。",),
    PlanLevel.TEACHER: ("发展目标与本人职称层次不够匹配，请结合三年职业生涯规划调整。",),
    PlanLevel.CLASS: ("请补充班级学风建设的具体措施和考核指标。",),
}
APPROVE_COMMENTS = ("同意。", "", "计划目标明确、任务具体，同意。", "同意，请按进度抓好落实。")

RISK_REASONS = (
    "相关设备采购招标推迟",
    "合作企业专家时间调整",
    "与教学检查时间冲突",
    "经费下达晚于预期",
    "实训场地改造工期延长",
    "部分数据采集口径尚未统一",
    "参与人员外出培训",
    "学生顶岗实习安排调整",
)
MEASURES = (
    "已与相关部门协调",
    "已调整实施方案",
    "已增派人员跟进",
    "已报分管领导协调解决",
)


# --------------------------------------------------------------------------------------
# When and how much
# --------------------------------------------------------------------------------------


def demo_period(today: date) -> tuple[int, int]:
    """The plans' year and the last month with progress, for a demo made on ``today``."""
    if today.month >= PLAN_MONTH:
        return today.year, today.month
    return today.year - 1, 12


def _fill(rng: random.Random, text: str, **names: Any) -> str:
    """Replace ``{lo-hi}`` with a number drawn in that range and ``{name}`` with ``names``."""
    out: list[str] = []
    rest = text
    while "{" in rest:
        head, _, tail = rest.partition("{")
        key, _, rest = tail.partition("}")
        out.append(head)
        if "-" in key and key.replace("-", "").isdigit():
            low, high = (int(v) for v in key.split("-"))
            out.append(str(rng.randint(low, high)))
        else:
            out.append(str(names[key]))
    out.append(rest)
    return "".join(out)


def _months(rng: random.Random, months: Months) -> list[int]:
    (first_lo, first_hi), (last_lo, last_hi) = months
    first = rng.randint(first_lo, first_hi)
    last = max(first, rng.randint(last_lo, last_hi))
    return list(range(first, last + 1))


def _target(rng: random.Random, year: int, month: int) -> date:
    day = min(rng.choice(TARGET_DAYS), calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _task_states(rng: random.Random, months: list[int]) -> dict[int, str]:
    """A task's state for every month it is active in, over the whole year.

    Most tasks run on track and are done in their last planned month; some wobble
    (one month at risk), slip (late for a month or two, then done), get stuck (late
    to the year's end) or start late. Months after the task is done have no state.
    """
    first, last = months[0], months[-1]
    fate = _weighted(rng, FATES)
    states = {m: TaskState.ON_TRACK.value for m in range(first, last + 1)}
    done_at = last
    if fate == "early" and last > first:
        done_at = last - 1
    elif fate == "wobble" and last > first:
        states[rng.randint(first, last - 1)] = TaskState.AT_RISK.value
    elif fate in ("slipped", "stuck"):
        if last > first:
            states[last - 1] = TaskState.AT_RISK.value
        delay = rng.randint(1, 2) if fate == "slipped" else 12
        for m in range(last, min(last + delay, 13)):
            states[m] = TaskState.LATE.value
        done_at = last + delay
    elif fate == "late_start":
        states[first] = TaskState.NOT_STARTED.value
        for m in range(first + 1, min(last + 2, 13)):
            states[m] = TaskState.LATE.value
        done_at = last + 2 if last + 2 > first + 1 else first + 1
    if done_at <= 12:
        states[done_at] = TaskState.DONE.value
    return {m: s for m, s in states.items() if m <= min(done_at, 12)}


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([v for v, _ in pairs], weights=[w for _, w in pairs])[0]


def _spending(rng: random.Random, budget: int, start: int) -> dict[int, int]:
    """Whole 元 spent per month over the plan's months: 80–103 % of the budget by December."""
    months = list(range(start, 13))
    weights = [rng.choice((0, 1, 1, 2, 3)) for _ in months]
    if not any(weights):
        weights[-1] = 1
    total = budget * rng.uniform(0.8, 1.03)
    step = 1000 if budget >= 50000 else 100 if budget >= 10000 else 10
    spent = {}
    for month, weight in zip(months, weights, strict=True):
        amount = int(total * weight / sum(weights) / step) * step
        if amount > 0:
            spent[month] = amount
    return spent


# --------------------------------------------------------------------------------------
# A plan in memory
# --------------------------------------------------------------------------------------


@dataclass
class _Task:
    name: str
    serves: list[int]
    owners: list[tuple[str, str]]
    months: list[int]
    target: date | None
    states: dict[int, str] = field(default_factory=dict)  # the whole year's
    id: str = ""


@dataclass
class _Draft:
    """One plan before it becomes rows."""

    level: str
    subject_id: str
    subject_name: str
    unit_id: str
    unit_name: str
    leader: str
    work_name: str
    objective: str
    start: int  # the month the plan is written and tracking begins
    objectives: list[str] = field(default_factory=list)
    tasks: list[_Task] = field(default_factory=list)
    costs: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class PlanRows:
    """Every row of the sample's plans, ready for bulk insert, plus counts for the summary."""

    year: int
    month: int
    plans: list[dict[str, Any]] = field(default_factory=list)
    objectives: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    costs: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    snapshots: list[dict[str, Any]] = field(default_factory=list)
    by_level: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)


class _College:
    """The college's rows indexed for plan writing (names, staff per unit, heads)."""

    def __init__(self, college: CollegeRows) -> None:
        self.units = {u["id"]: u for u in college.units}
        self.names = {p["id"]: p["name"] for p in college.people}
        self.people = {p["id"]: p for p in college.people}
        self.staff: dict[str, list[str]] = {}
        self.teachers: dict[str, list[str]] = {}
        for person in college.people:
            self.staff.setdefault(person["unit_id"], []).append(person["id"])
            if person["is_teacher"]:
                self.teachers.setdefault(person["unit_id"], []).append(person["id"])
        self.head = {h["b_unit"]: h["b_head"] for h in college.heads}
        self.role: dict[tuple[str, str], str] = {}
        for role in college.roles:
            self.role.setdefault((role["unit_id"], role["role"]), role["person_id"])
        self.majors = {m["id"]: m for m in college.majors}
        self.courses = college.courses
        self.classes = college.classes
        self.majors_of_unit: dict[str, list[dict[str, Any]]] = {}
        for major in college.majors:
            self.majors_of_unit.setdefault(major["unit_id"], []).append(major)

    def secretary(self, unit_id: str) -> str:
        """The unit's 部门秘书 (falls back to its head)."""
        return self.role.get((unit_id, RoleKind.SECRETARY.value), self.head[unit_id])

    def deputy(self, unit_id: str) -> str:
        """The unit's deputy head (falls back to its head)."""
        return self.role.get((unit_id, RoleKind.DEPUTY_HEAD.value), self.head[unit_id])


def _owners(
    rng: random.Random, *, owner: str, pool: list[str], helpers: int | None = None
) -> list[tuple[str, str]]:
    """Owner A plus zero to two helpers (B, then C) drawn from ``pool``."""
    others = list(dict.fromkeys(p for p in pool if p != owner))
    if helpers is None:
        helpers = rng.choices((0, 1, 2), weights=(15, 55, 30))[0]
    chosen = rng.sample(others, min(helpers, len(others)))
    return [(owner, "A"), *zip(chosen, ("B", "C"), strict=False)]


def _compose(
    rng: random.Random,
    draft: _Draft,
    *,
    year: int,
    objectives: list[tuple[str, str]],
    tasks: list[tuple[str, Months, tuple[str, ...]]],
    owner_of: Callable[[str], list[tuple[str, str]]],
    fill: dict[str, Any],
) -> None:
    """Objectives and tasks with months, target dates, owners and the year's states.

    Every task serves at least one objective and every objective is served, so the
    plan passes :func:`~app.services.plans.checks.check_plan`.
    """
    draft.objectives = [_fill(rng, text, **fill) for _, text in objectives]
    index = {key: n for n, (key, _) in enumerate(objectives)}
    for name, months, serves in tasks:
        planned = [m for m in _months(rng, months) if m >= draft.start] or [draft.start]
        served = sorted({index[k] for k in serves if k in index}) or [0]
        draft.tasks.append(
            _Task(
                name=name,
                serves=served,
                owners=owner_of(name),
                months=planned,
                target=_target(rng, year, planned[-1]),
                states=_task_states(rng, planned),
            )
        )
    for n in range(len(draft.objectives)):
        if not any(n in t.serves for t in draft.tasks):
            task = min(draft.tasks, key=lambda t: (len(t.serves), rng.random()))
            task.serves = sorted({*task.serves, n})


def _costs(
    rng: random.Random, lines: tuple[tuple[str, tuple[int, int]], ...]
) -> list[tuple[str, int]]:
    """Budgets in whole 元, drawn in steps of 1 000 元 (5 000 above 50 000)."""
    result = []
    for category, (low, high) in lines:
        amount = rng.randint(low, high) * 1000
        if amount > 50000:
            amount = amount // 5000 * 5000
        result.append((category, amount))
    return result


# -- per level ---------------------------------------------------------------------------------


def _unit_plan(rng: random.Random, college: _College, unit: dict[str, Any], year: int) -> _Draft:
    unit_id, name = unit["id"], unit["name"]
    if unit["kind"] == UnitKind.OFFICE.value:
        goal, extra = OFFICE_WORK.get(name, ("年度重点工作任务按期完成率达到 100%", ()))
    elif college.majors_of_unit.get(unit_id):
        goal, extra = DEPARTMENT_WORK
    else:
        goal, extra = TEACHING_DEPARTMENT_WORK
    head, deputy, secretary = (
        college.head[unit_id],
        college.deputy(unit_id),
        college.secretary(unit_id),
    )
    staff = college.staff[unit_id]
    draft = _Draft(
        level=PlanLevel.UNIT.value,
        subject_id=unit_id,
        subject_name=name,
        unit_id=unit_id,
        unit_name=name,
        leader=college.names[head],
        work_name=_template(PlanLevel.UNIT, name),
        objective=f"围绕学院年度重点工作任务，{name}全面完成年度目标，推进内部质量保证体系常态化运行",
        start=PLAN_MONTH,
    )
    objectives = [
        ("sheet", "3 月底前完成本部门一页纸工作计划报表，覆盖率达 100%"),
        ("accuracy", "任务与目标匹配准确、与负责人对应关系清晰，差错率小于 5%"),
        ("goal", goal),
    ]
    template = [(t, *UNIT_TEMPLATE_TASKS[t]) for t in _template_tasks(PlanLevel.UNIT)]
    picked = rng.sample(list(extra), min(len(extra), rng.randint(1, 3)))
    tasks = template + [s for s in extra if s in picked]

    def owner_of(task: str) -> list[tuple[str, str]]:
        if task == "组织一页纸工作计划报表编制培训":
            return [(deputy, "A"), (secretary, "B")] if deputy != secretary else [(deputy, "A")]
        if task == "落实学院年度重点工作任务":
            return _owners(rng, owner=head, pool=[deputy, secretary], helpers=2)
        return _owners(rng, owner=rng.choice(staff), pool=staff)

    _compose(rng, draft, year=year, objectives=objectives, tasks=tasks, owner_of=owner_of, fill={})
    lines = LEVEL_COSTS[PlanLevel.UNIT]
    if name in UNIT_EXTRA_COSTS:
        lines = (*lines, UNIT_EXTRA_COSTS[name])
    draft.costs = _costs(rng, lines)
    return draft


def _major_plan(rng: random.Random, college: _College, major: dict[str, Any], year: int) -> _Draft:
    unit_id = major["unit_id"]
    lead = major["lead_id"]
    draft = _Draft(
        level=PlanLevel.MAJOR.value,
        subject_id=major["id"],
        subject_name=major["name"],
        unit_id=unit_id,
        unit_name=college.units[unit_id]["name"],
        leader=college.names[lead],
        work_name=_template(PlanLevel.MAJOR, major["name"]),
        objective=f"对接行业企业需求，完善{major['name']}专业人才培养体系，专业建设水平进入区内同类专业前列",
        start=PLAN_MONTH,
    )
    keys = ["scheme", "team", "base", *rng.sample(["jobs", "survey", "certs"], rng.randint(1, 2))]
    objectives = [o for o in MAJOR_OBJECTIVES if o[0] in keys]
    extra = rng.sample(list(MAJOR_EXTRA), rng.randint(1, 3))
    tasks = [(t, *MAJOR_TASKS[t]) for t in _template_tasks(PlanLevel.MAJOR)]
    tasks += [s for s in MAJOR_EXTRA if s in extra]
    teachers = college.teachers[unit_id]

    def owner_of(task: str) -> list[tuple[str, str]]:
        owner = lead if task in ("专业建设", "专业教学标准建设") else rng.choice(teachers)
        return _owners(rng, owner=owner, pool=teachers)

    _compose(
        rng,
        draft,
        year=year,
        objectives=objectives,
        tasks=tasks,
        owner_of=owner_of,
        fill={"grade": year},
    )
    lines = LEVEL_COSTS[PlanLevel.MAJOR]
    if rng.random() < 0.3:
        lines = (*lines, MAJOR_BASE_COST)
    draft.costs = _costs(rng, lines)
    return draft


def _course_plan(
    rng: random.Random, college: _College, course: dict[str, Any], year: int
) -> _Draft:
    major = college.majors[course["major_id"]]
    unit_id = major["unit_id"]
    lead = course["lead_id"]
    draft = _Draft(
        level=PlanLevel.COURSE.value,
        subject_id=course["id"],
        subject_name=course["name"],
        unit_id=unit_id,
        unit_name=college.units[unit_id]["name"],
        leader=college.names[lead],
        work_name=_template(PlanLevel.COURSE, course["name"]),
        objective=f"按照课程标准推进《{course['name']}》课程建设，提高课堂教学质量和学生学习成效",
        start=PLAN_MONTH,
    )
    keys = ["standard", "pass", *rng.sample(["online", "rating", "ideology"], 2)]
    objectives = [o for o in COURSE_OBJECTIVES if o[0] in keys]
    tasks = [(t, *COURSE_TASKS[t]) for t in _template_tasks(PlanLevel.COURSE)]
    extra = rng.sample(list(COURSE_EXTRA), rng.randint(0, 2))
    tasks += [s for s in COURSE_EXTRA if s in extra]
    teachers = college.teachers[unit_id]

    def owner_of(task: str) -> list[tuple[str, str]]:
        owner = lead if rng.random() < 0.6 else rng.choice(teachers)
        return _owners(rng, owner=owner, pool=[lead, *rng.sample(teachers, 3)])

    _compose(
        rng,
        draft,
        year=year,
        objectives=objectives,
        tasks=tasks,
        owner_of=owner_of,
        fill={"name": course["name"]},
    )
    draft.costs = _costs(rng, LEVEL_COSTS[PlanLevel.COURSE])
    return draft


def _teacher_plan(
    rng: random.Random, college: _College, person: dict[str, Any], year: int
) -> _Draft:
    unit_id = person["unit_id"]
    me = person["id"]
    title = person["title"] if person["title"] in TEACHER_AIMS else "讲师"
    draft = _Draft(
        level=PlanLevel.TEACHER.value,
        subject_id=me,
        subject_name=person["name"],
        unit_id=unit_id,
        unit_name=college.units[unit_id]["name"],
        leader=person["name"],
        work_name=_template(PlanLevel.TEACHER, person["name"]),
        objective=_fill(rng, TEACHER_AIMS[title], next_year=year + 1),
        start=PLAN_MONTH,
    )
    objectives = list(TEACHER_OBJECTIVES[title])
    tasks = [(t, *TEACHER_TASKS[t]) for t in _template_tasks(PlanLevel.TEACHER)]
    extra = rng.sample(list(TEACHER_EXTRA), rng.randint(0, 2))
    tasks += [s for s in TEACHER_EXTRA if s in extra]
    # Helpers are the mentors a teacher works with: the unit's head or deputy, a colleague.
    mentors = [
        college.head[unit_id],
        college.deputy(unit_id),
        *rng.sample(college.teachers[unit_id], 2),
    ]

    def owner_of(task: str) -> list[tuple[str, str]]:
        helpers = rng.choices((0, 1), weights=(55, 45))[0]
        return _owners(rng, owner=me, pool=mentors, helpers=helpers)

    _compose(
        rng,
        draft,
        year=year,
        objectives=objectives,
        tasks=tasks,
        owner_of=owner_of,
        fill={"prize": rng.choice(PRIZES), "cert": rng.choice(CERTS)},
    )
    return draft


def _class_plan(rng: random.Random, college: _College, cls: dict[str, Any], year: int) -> _Draft:
    major = college.majors[cls["major_id"]]
    unit_id = major["unit_id"]
    counsellor = cls["counsellor_id"]
    new_intake = cls["grade"] >= year
    draft = _Draft(
        level=PlanLevel.CLASS.value,
        subject_id=cls["id"],
        subject_name=cls["name"],
        unit_id=unit_id,
        unit_name=college.units[unit_id]["name"],
        leader=college.names[counsellor],
        work_name=_template(PlanLevel.CLASS, cls["name"]),
        objective="建设学风优良、团结向上的先进班集体，促进学生德智体美劳全面发展",
        start=NEW_CLASS_MONTH if new_intake else PLAN_MONTH,
    )
    keys = ["attendance", "exams", *rng.sample(["health", "certs", "discipline"], 2)]
    objectives = [o for o in CLASS_OBJECTIVES if o[0] in keys]
    tasks = [(t, *CLASS_TASKS[t]) for t in _template_tasks(PlanLevel.CLASS)]
    extra = rng.sample(list(CLASS_EXTRA), rng.randint(0, 1))
    tasks += [s for s in CLASS_EXTRA if s in extra]
    if new_intake:
        tasks.append(NEW_CLASS_EXTRA)
    elif cls["grade"] <= year - 2:
        tasks.append(GRADUATING_EXTRA)
    # The counsellor owns the class's plan; a teacher of the major helps as 专业导师.
    tutors = [major["lead_id"], *rng.sample(college.teachers[unit_id], 2)]

    def owner_of(task: str) -> list[tuple[str, str]]:
        return _owners(rng, owner=counsellor, pool=tutors, helpers=rng.randint(0, 1))

    _compose(rng, draft, year=year, objectives=objectives, tasks=tasks, owner_of=owner_of, fill={})
    draft.costs = _costs(rng, LEVEL_COSTS[PlanLevel.CLASS])
    return draft


_TEMPLATES: dict[str, Any] = {}


def _templates() -> dict[str, Any]:
    if not _TEMPLATES:
        with resource("templates", "plan_templates.json").open(encoding="utf-8") as fh:
            _TEMPLATES.update(json.load(fh))
    return _TEMPLATES


def _template(level: str, subject: str) -> str:
    """The level's 工作名称, as the editor pre-fills it."""
    return _templates()[level]["work_name"].format(subject=subject)[:100]


def _template_tasks(level: str) -> list[str]:
    """The level's template tasks that the demo knows how to schedule (all of them)."""
    known = {
        PlanLevel.UNIT: UNIT_TEMPLATE_TASKS,
        PlanLevel.MAJOR: MAJOR_TASKS,
        PlanLevel.COURSE: COURSE_TASKS,
        PlanLevel.TEACHER: TEACHER_TASKS,
        PlanLevel.CLASS: CLASS_TASKS,
    }[PlanLevel(level)]
    return [t for t in _templates()[level]["tasks"] if t in known]


# --------------------------------------------------------------------------------------
# Review, progress and rows
# --------------------------------------------------------------------------------------

_STATUS_AFTER = {
    ReviewAction.SUBMIT.value: PlanStatus.SUBMITTED.value,
    ReviewAction.APPROVE.value: PlanStatus.APPROVED.value,
    ReviewAction.RETURN.value: PlanStatus.RETURNED.value,
}
# PlanDoc.to_data keys that are context, not content (see PlanDoc.content_data).
_CONTEXT_KEYS = ("id", "previous_id", "subject_name", "unit_name", "status", "as_of_month")


def _office_time(rng: random.Random, day: date) -> datetime:
    """A moment in office hours (09:00–17:00 Beijing time) of ``day``, in UTC."""
    return datetime(day.year, day.month, day.day, rng.randint(1, 8), rng.randint(0, 59), tzinfo=UTC)


def _story(
    rng: random.Random, *, level: str, status: str, written: date, latest: date
) -> list[tuple[str, datetime, str]]:
    """The review steps (action, when, comment) that leave a plan in ``status``.

    Approved plans were mostly approved within days of submission, some after one
    return; plans still waiting were (re)submitted in the last days; returned plans
    carry the reviewer's comment. Times never pass ``latest`` and never go backwards.
    """
    days = rng.randint
    submitted = written + timedelta(days=days(2, 10))
    recent = latest - timedelta(days=days(1, 10))
    plan: list[tuple[str, date]]
    if status == PlanStatus.APPROVED:
        if rng.random() < RETURNED_BEFORE_APPROVAL:
            back = submitted + timedelta(days=days(2, 6))
            again = back + timedelta(days=days(3, 12))
            plan = [("submit", submitted), ("return", back), ("submit", again)]
            plan.append(("approve", again + timedelta(days=days(1, 6))))
        else:
            plan = [("submit", submitted), ("approve", submitted + timedelta(days=days(1, 10)))]
    elif status == PlanStatus.SUBMITTED:
        if rng.random() < 0.5:
            back = submitted + timedelta(days=days(2, 6))
            plan = [("submit", submitted), ("return", back), ("submit", recent)]
        else:
            plan = [("submit", recent)]
    elif status == PlanStatus.RETURNED:
        plan = [("submit", submitted), ("return", submitted + timedelta(days=days(2, 8)))]
        if rng.random() < 0.3:
            again = plan[-1][1] + timedelta(days=days(5, 15))
            plan += [("submit", again), ("return", again + timedelta(days=days(2, 6)))]
    else:
        plan = []
    steps: list[tuple[str, datetime, str]] = []
    previous: datetime | None = None
    for action, day in plan:
        when = _office_time(rng, min(max(day, written), latest))
        if previous is not None and when <= previous:
            when = previous + timedelta(minutes=days(10, 90))
        comment = ""
        if action == "return":
            comment = rng.choice(RETURN_COMMENTS[""] + RETURN_COMMENTS.get(level, ()))
        elif action == "approve":
            comment = rng.choice(APPROVE_COMMENTS)
        steps.append((action, when, comment))
        previous = when
    return steps


def _status_at(steps: list[tuple[str, datetime, str]], cutoff: datetime) -> str:
    """The plan's status once the steps up to ``cutoff`` were taken."""
    status = PlanStatus.DRAFT.value
    for action, when, _ in steps:
        if when <= cutoff:
            status = _STATUS_AFTER[action]
    return status


def _quote(names: list[str]) -> str:
    shown = "、".join(f"“{n}”" for n in names[:2])
    return shown + (f"等 {len(names)} 项任务" if len(names) > 2 else "")


def _note(
    rng: random.Random,
    draft: _Draft,
    *,
    month: int,
    spent: int,
    spent_to_date: int,
    budget: int,
) -> str:
    """概述与预测 of one month in a sentence or two, as a secretary would write it.

    What was done, or what is late or at risk and why with the remedy, then either
    the month's spending or what comes next. Kept short: the form's box is small, and
    every snapshot carries all earlier months' notes.
    """
    by_state: dict[str, list[str]] = {}
    for task in draft.tasks:
        state = task.states.get(month)
        if state is not None:
            by_state.setdefault(state, []).append(task.name)
    done = by_state.get(TaskState.DONE, [])
    late = by_state.get(TaskState.LATE, []) + by_state.get(TaskState.NOT_STARTED, [])
    risk = by_state.get(TaskState.AT_RISK, [])
    head = f"本月完成{_quote(done)}；" if done else ""
    if late:
        when = f"预计 {month + 1} 月完成" if month < 12 else "结转下年度推进"
        text = (
            f"{head}“{late[0]}”滞后，因{rng.choice(RISK_REASONS)}，{rng.choice(MEASURES)}，{when}。"
        )
    elif risk:
        text = f"{head}“{risk[0]}”有风险：{rng.choice(RISK_REASONS)}，{rng.choice(MEASURES)}。"
    elif done:
        text = f"{head[:-1]}，其余任务按计划推进。"
    elif by_state.get(TaskState.ON_TRACK):
        text = "各项任务按计划推进。"
    else:
        text = "本月无计划任务，做好下阶段准备。"
    upcoming = [t.name for t in draft.tasks if t.months and t.months[0] == month + 1]
    if month == 12:
        return text + "全年执行情况纳入自我诊改，迎接校内复核。"
    if month == 6:
        return text + "已参加中期检查汇报。"
    if spent and budget and rng.random() < 0.5:
        amount = f"{yuan_to_wan(spent)} 万元" if spent >= 10000 else f"{spent} 元"
        return text + f"支出 {amount}，累计执行预算 {100 * spent_to_date / budget:.0f}%。"
    if upcoming:
        return text + f"下月启动“{upcoming[0]}”。"
    return text


class _Snapshots:
    """A plan's monthly snapshots as JSON text and fingerprints, from pre-serialised parts.

    All snapshots of a plan share everything but the tasks' month states, the cost lines'
    spending, the notes, the status and the month. Serialising the shared parts once, and
    each month's entries once, leaves string joins per snapshot: ~8 000 snapshots cost a
    fraction of a second instead of seconds (building each as a :class:`PlanDoc` and
    hashing it with :meth:`PlanDoc.fingerprint` would cost far more).

    :meth:`text` is the snapshot's content, :meth:`PlanDoc.to_data` as JSON (key order is
    free). :meth:`fingerprint` rebuilds the canonical text that :meth:`PlanDoc.fingerprint`
    hashes — the sorted-key JSON of :meth:`PlanDoc.content_data` — piece by piece;
    test_demo checks both against the real :class:`PlanDoc` on a sample of plans.
    """

    def __init__(self, base: dict[str, Any]) -> None:
        def without(item: dict[str, Any], *keys: str) -> dict[str, Any]:
            return {k: v for k, v in item.items() if k not in keys}

        # Content: '{"month_states": {…}, ' + the task's other keys; alike for costs.
        self._tasks = [
            (_entries(t["month_states"]), _dumps(without(t, "month_states"))[1:])
            for t in base["tasks"]
        ]
        self._costs = [
            (_entries(c["spent_yuan"]), _dumps(without(c, "spent_yuan"))[1:]) for c in base["costs"]
        ]
        varying = ("tasks", "costs", "notes", "status", "as_of_month")
        self._rest = _dumps(without(base, *varying))[1:]
        self._notes: list[tuple[int, str]] = []
        # Fingerprint: PlanDoc.content_data's keys in sorted order, ids and names left out.
        numbers = {o["id"]: n for n, o in enumerate(base["objectives"], start=1)}
        self._fp_tasks = [
            _dumps(
                {
                    "name": t["name"],
                    "objective_ids": sorted(numbers.get(i, 0) for i in t["objective_ids"]),
                    "owners": [without(o, "name") for o in t["owners"]],
                    "planned_months": t["planned_months"],
                    "target_date": t["target_date"],
                },
                sort=True,
            )[1:]
            for t in base["tasks"]
        ]
        self._fp_costs = [
            _dumps({"budget_yuan": c["budget_yuan"], "category": c["category"]}, sort=True)[:-1]
            for c in base["costs"]
        ]
        objectives = [{"text": o["text"]} for o in base["objectives"]]
        header = {k: base[k] for k in ("leader", "level")}
        self._fp_after_costs = _dumps(header, sort=True)[1:-1]
        middle = {k: base[k] for k in ("objective", "plan_date", "revision", "subject_id")}
        self._fp_after_notes = _dumps({**middle, "objectives": objectives}, sort=True)[1:-1]
        footer = {k: base[k] for k in ("unit_id", "work_name", "year")}
        self._fp_after_tasks = _dumps(footer, sort=True)[1:-1]

    def add_note(self, month: int, text: str) -> None:
        """概述与预测 of ``month`` (months are added in order)."""
        self._notes.append((month, f'"{month}": {_dumps(text)}'))

    def text(self, *, month: int, status: str) -> str:
        """The snapshot of ``month`` as JSON: later months' states and spending left out."""
        tasks = ", ".join(
            f'{{"month_states": {_upto(e, month)}, {rest}' for (e, _), rest in self._tasks
        )
        costs = ", ".join(
            f'{{"spent_yuan": {_upto(e, month)}, {rest}' for (e, _), rest in self._costs
        )
        notes = _upto(self._notes, month)
        return (
            f'{{"tasks": [{tasks}], "costs": [{costs}], "notes": {notes}, '
            f'"status": "{status}", "as_of_month": {month}, {self._rest}'
        )

    def fingerprint(self, *, month: int) -> str:
        """:meth:`PlanDoc.fingerprint` of the snapshot of ``month``."""
        # The second of each entry pair is in sorted-key order, as sort_keys=True writes.
        costs = ", ".join(
            f'{prefix}, "spent_yuan": {_upto(by_key, month)}}}'
            for ((_, by_key), _), prefix in zip(self._costs, self._fp_costs, strict=True)
        )
        tasks = ", ".join(
            f'{{"month_states": {_upto(by_key, month)}, {rest}'
            for ((_, by_key), _), rest in zip(self._tasks, self._fp_tasks, strict=True)
        )
        notes = _upto(sorted(self._notes, key=lambda n: str(n[0])), month)
        canonical = (
            f'{{"costs": [{costs}], {self._fp_after_costs}, "notes": {notes}, '
            f'{self._fp_after_notes}, "tasks": [{tasks}], {self._fp_after_tasks}}}'
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def _dumps(value: Any, *, sort: bool = False) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=sort)


def _entries(values: dict[str, Any]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """A month-keyed dict's JSON entries, in month order and in sorted-key order ("10" < "3")."""
    items = [(int(m), f'"{m}": {_dumps(v)}') for m, v in values.items()]
    return sorted(items), sorted(items, key=lambda item: str(item[0]))


def _upto(entries: list[tuple[int, str]], month: int) -> str:
    """The JSON object of the entries up to ``month``, in the entries' order."""
    return "{" + ", ".join(e for m, e in entries if m <= month) + "}"


class _Writer:
    """Turns drafts into rows: review, progress, notes and snapshots included."""

    def __init__(
        self,
        session: Session,
        *,
        rows: PlanRows,
        college: _College,
        reviewers: dict[str, str],
        today: date,
    ) -> None:
        self._session = session
        self._rows = rows
        self._college = college
        self._reviewers = reviewers
        # Yesterday at the latest, so no step is dated after the moment the demo is made.
        self._latest = min(today - timedelta(days=1), date(rows.year, 12, 31))
        self._cutoff_now = datetime(
            self._latest.year, self._latest.month, self._latest.day, tzinfo=UTC
        ) + timedelta(days=1)

    def _sync(self, owner: str) -> dict[str, Any]:
        return new_row_values(self._session, owner_unit_id=owner)

    def add(self, rng: random.Random, draft: _Draft) -> None:
        """All rows of one plan."""
        rows, year, last = self._rows, self._rows.year, self._rows.month
        status = _weighted(rng, STATUS_WEIGHTS)
        written = date(year, draft.start, rng.randint(1, 20))
        if written > self._latest:  # the plan's month has only just begun
            written = max(date(year, draft.start, 1), self._latest)
        if last < draft.start or written > self._latest:  # not written yet: a draft
            status = PlanStatus.DRAFT.value
        if status == PlanStatus.DRAFT:
            self._leave_unfinished(rng, draft)
        steps = _story(rng, level=draft.level, status=status, written=written, latest=self._latest)
        tracked = [] if status == PlanStatus.DRAFT else list(range(draft.start, last + 1))
        spending = [_spending(rng, budget, draft.start) for _, budget in draft.costs]

        unit_id = draft.unit_id
        plan = self._sync(unit_id)
        plan_id = plan["id"]
        rows.plans.append(
            {
                **plan,
                "level": draft.level,
                "subject_id": draft.subject_id,
                "unit_id": unit_id,
                "year": year,
                "revision": 1,
                "previous_id": None,
                "leader": draft.leader,
                "work_name": draft.work_name,
                "plan_date": written,
                "objective": draft.objective,
            }
        )
        rows.by_level[draft.level] += 1
        rows.by_status[status] += 1
        objective_ids = []
        for position, text in enumerate(draft.objectives, start=1):
            row = {**self._sync(unit_id), "plan_id": plan_id, "position": position, "text": text}
            rows.objectives.append(row)
            objective_ids.append(row["id"])
        task_rows = []
        for position, task in enumerate(draft.tasks, start=1):
            row = {
                **self._sync(unit_id),
                "plan_id": plan_id,
                "position": position,
                "name": task.name,
                "target_date": task.target,
                "objective_ids": [objective_ids[n] for n in task.serves],
                "owners": [[p, priority] for p, priority in task.owners],
                "planned_months": task.months,
                "month_states": {str(m): s for m, s in sorted(task.states.items()) if m in tracked},
            }
            rows.tasks.append(row)
            task_rows.append(row)
        cost_rows = []
        for position, ((category, budget), spent) in enumerate(
            zip(draft.costs, spending, strict=True), start=1
        ):
            row = {
                **self._sync(unit_id),
                "plan_id": plan_id,
                "position": position,
                "category": category,
                "budget_yuan": budget,
                "spent_yuan": {str(m): v for m, v in sorted(spent.items()) if m in tracked},
            }
            rows.costs.append(row)
            cost_rows.append(row)
        reviewer = self._reviewers[draft.level]
        for step, (action, when, comment) in enumerate(steps, start=1):
            author = unit_id if action == ReviewAction.SUBMIT else reviewer
            actor = self._college.secretary(author)
            if action != ReviewAction.SUBMIT:
                actor = self._college.head.get(author, actor)
            rows.reviews.append(
                {
                    **self._sync(author),
                    "plan_id": plan_id,
                    "step": step,
                    "action": action,
                    "comment": comment,
                    "actor": self._college.names[actor],
                    "acted_at": when,
                }
            )
        budget = sum(b for _, b in draft.costs)
        snapshots = _Snapshots(
            self._content(draft, rows.plans[-1], objective_ids, task_rows, cost_rows)
        )
        for month in tracked:
            spent_month = sum(s.get(month, 0) for s in spending)
            to_date = sum(v for s in spending for m, v in s.items() if m <= month)
            text = _note(
                rng, draft, month=month, spent=spent_month, spent_to_date=to_date, budget=budget
            )
            snapshots.add_note(month, text)
            rows.notes.append(
                {**self._sync(unit_id), "plan_id": plan_id, "month": month, "summary": text}
            )
            status_then = _status_at(steps, self._cutoff(month))
            rows.snapshots.append(
                {
                    **self._sync(unit_id),
                    "plan_id": plan_id,
                    "month": month,
                    "content_json": snapshots.text(month=month, status=status_then),
                    "fingerprint": snapshots.fingerprint(month=month),
                }
            )

    @staticmethod
    def _leave_unfinished(rng: random.Random, draft: _Draft) -> None:
        """Half the drafts are not finished yet: one of the mistakes the checks catch."""
        flaw = rng.choice(("complete",) * 3 + ("no_owner", "no_months", "blank_objective"))
        if flaw == "no_owner":
            draft.tasks[-1].owners = []
        elif flaw == "no_months":
            draft.tasks[-1].months = []
        elif flaw == "blank_objective":
            draft.objectives[-1] = ""

    def _content(
        self,
        draft: _Draft,
        plan: dict[str, Any],
        objective_ids: list[str],
        tasks: list[dict[str, Any]],
        costs: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """The plan in the shape of :meth:`PlanDoc.to_data`, with every recorded month."""
        names = self._college.names
        return {
            "level": draft.level,
            "subject_id": draft.subject_id,
            "unit_id": draft.unit_id,
            "year": plan["year"],
            "leader": draft.leader,
            "work_name": draft.work_name,
            "plan_date": plan["plan_date"].isoformat(),
            "objective": draft.objective,
            "objectives": [
                {"text": text, "id": i}
                for text, i in zip(draft.objectives, objective_ids, strict=True)
            ],
            "tasks": [
                {
                    "name": t["name"],
                    "objective_ids": list(t["objective_ids"]),
                    "owners": [
                        {"person_id": p, "priority": pr, "name": names.get(p, "")}
                        for p, pr in t["owners"]
                    ],
                    "target_date": t["target_date"].isoformat() if t["target_date"] else None,
                    "planned_months": list(t["planned_months"]),
                    "month_states": t["month_states"],
                    "id": t["id"],
                }
                for t in tasks
            ],
            "costs": [
                {
                    "category": c["category"],
                    "budget_yuan": c["budget_yuan"],
                    "spent_yuan": c["spent_yuan"],
                    "id": c["id"],
                }
                for c in costs
            ],
            "notes": {},
            "revision": 1,
            "previous_id": None,
            "id": plan["id"],
            "subject_name": draft.subject_name,
            "unit_name": draft.unit_name,
            "status": PlanStatus.DRAFT.value,
            "as_of_month": None,
        }

    def _cutoff(self, month: int) -> datetime:
        """The moment a month's update is taken: the month's end, or now if it has not ended."""
        year = self._rows.year
        end = datetime(year, month, calendar.monthrange(year, month)[1], tzinfo=UTC)
        return min(end + timedelta(days=1), self._cutoff_now)


# --------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------


def build_plan_rows(session: Session, *, college: CollegeRows, today: date) -> PlanRows:
    """Every plan row of the sample, in memory; the college's units must already be written.

    The session is needed for the reviewing units (looked up the way review finds them)
    and for the sync columns.
    """
    year, month = demo_period(today)
    index = _College(college)
    reviewers = {level.value: reviewer_unit(session, level=level.value).id for level in PlanLevel}
    rows = PlanRows(year=year, month=month)
    writer = _Writer(session, rows=rows, college=index, reviewers=reviewers, today=today)
    makers: list[tuple[str, list[dict[str, Any]], Callable[..., _Draft]]] = [
        (PlanLevel.UNIT.value, college.units, _unit_plan),
        (PlanLevel.MAJOR.value, college.majors, _major_plan),
        (PlanLevel.COURSE.value, college.courses, _course_plan),
        (PlanLevel.TEACHER.value, [p for p in college.people if p["is_teacher"]], _teacher_plan),
        (PlanLevel.CLASS.value, college.classes, _class_plan),
    ]
    for level, subjects, make in makers:
        for n, subject in enumerate(subjects):
            # One generator per plan: its content does not depend on the date or on
            # how many months earlier plans recorded.
            rng = random.Random(f"{PLAN_SEED}/{level}/{n}")
            writer.add(rng, make(rng, index, subject, year))
    return rows


# Progress steps of :func:`write_plan_rows`.
PLAN_WRITE_STEPS = 2


def write_plan_rows(session: Session, *, rows: PlanRows, progress: Progress) -> None:
    """Bulk-insert the plans in foreign-key order, one executemany per table."""
    tables: list[tuple[Any, list[dict[str, Any]]]] = [
        (OnePagePlan, rows.plans),
        (PlanObjective, rows.objectives),
        (PlanTask, rows.tasks),
        (PlanCostLine, rows.costs),
        (PlanReview, rows.reviews),
    ]
    for model, values in tables:
        if values:
            session.execute(insert(model.__table__), values)
    progress.advance()
    if rows.notes:
        session.execute(insert(PlanMonthNote.__table__), rows.notes)
    if rows.snapshots:
        # The content is JSON text already (see _Snapshots): bound as text, not re-encoded.
        stmt = insert(PlanSnapshot.__table__).values(
            content=bindparam("content_json", type_=Text())
        )
        session.execute(stmt, rows.snapshots)
    progress.advance()
