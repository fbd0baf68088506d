"""Helpers shared by the job description tests: a small college and a small manual."""

from __future__ import annotations

from pathlib import Path

from app.services.database import Database, open_database
from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
)
from tests.unit.plan_fixtures import small_college


def college(path: Path) -> tuple[Database, dict[str, str]]:
    """A new database with the small college of the plan tests (教务科研处 among it)."""
    db = open_database(path, daily_backup=False)
    with db.session() as session:
        ids = small_college(session)
    return db, ids


def small_manual(unit_id: str, *, unit_name: str = "教务科研处") -> ManualDoc:
    """Three duties, two posts; duty 3 is carried by no post, one work item by no duty."""
    duties = [
        DutyDoc("负责制定（修订）教学运行和教学质量管理制度"),
        DutyDoc("负责全校教学进程表的编制与管理"),
        DutyDoc("负责教材选用、征订和发放"),
    ]
    teaching = PostDoc(
        title="教学管理岗位",
        headcount=1,
        coefficient="",
        supervisor="处长",
        subordinates="无",
        education="本科及以上学历，中级及以上职称",
        knowledge="熟悉教学管理",
        experience="从事教学管理工作 3 年以上",
        certificates="高等学校教师资格证书",
        categories=[
            CategoryDoc(
                "管理体系建设",
                [
                    WorkItemDoc(
                        "制定（修订）教学运行管理相关制度（教学日常管理相关制度）",
                        duties[0].id,
                        [
                            StandardDoc("分析学院教学日常管理工作中存在的问题，制订问题清单"),
                            StandardDoc("调研、学习教学管理成熟的高校，制订问题解决方案"),
                        ],
                    )
                ],
            ),
            CategoryDoc(
                "教学信息管理",
                [
                    WorkItemDoc(
                        "备案、汇编全校各专业教学进程表",
                        duties[1].id,
                        [
                            StandardDoc("每年的 7 月 20 日前完成秋季学期教学进程表的备案"),
                            StandardDoc("教学进程表汇编的出错率为 0"),
                        ],
                    ),
                    WorkItemDoc("整理教学档案", None, [StandardDoc("进一步加强档案管理工作")]),
                ],
            ),
            CategoryDoc("其它工作", [WorkItemDoc("完成上级交办的其它工作。")]),
        ],
    )
    head = PostDoc(
        title="处长",
        headcount=1,
        coefficient="1.5",
        supervisor="分管院领导",
        subordinates="教学管理岗位",
        education="本科及以上学历，副高级及以上职称",
        categories=[
            CategoryDoc(
                "管理体系建设",
                [
                    WorkItemDoc(
                        "统筹制定教学管理制度",
                        duties[0].id,
                        [StandardDoc("每年 12 月 20 日前完成制度修订，修订完成率 100%")],
                    )
                ],
            )
        ],
    )
    return ManualDoc(unit_id=unit_id, unit_name=unit_name, duties=duties, posts=[head, teaching])
