"""A realistic sample college, so the product can be tried and shown without real data.

``zhengai demo`` (and the UI's "示例学院" action) calls :func:`create_demo` on an
open, migrated database. The college is fictional (桂江水利电力职业技术学院) but shaped
like the one in the seed document: the functional offices it names, "8 系 2 部",
majors with catalogue-style codes, courses, teachers and classes, so every screen
and report has something believable to show.

Three properties matter more than the content:

* **Deterministic.** Every choice comes from ``random.Random(SEED)``, so two runs
  produce the same names (only the random UUIDs differ). Demos and screenshots
  are reproducible and tests can compare two databases.
* **Idempotent.** If the database already holds an organisation (the sample or
  a real one), nothing is created or changed: mixing a fictional college into
  real data would be far worse than doing nothing.
* **Fast.** Rows are inserted in bulk through SQLAlchemy Core (one executemany
  per table), not as ORM objects: the college takes about 0.1 s, its ~900 plans
  with their progress and snapshots about 2 s (benchmarks/bench_demo.py).

The college then gets a year of one-page plans at every level, reviewed and tracked
month by month up to today (:mod:`app.services.demo_plans`, which explains the year
it picks). Idempotence covers them too, simply: if an organisation exists, nothing
is added — not even plans to a sample college created before plans existed (delete
that database file, or the sample's data folder, to get the new sample).

The organisation is authored by the quality office, which owns it in sync: every
organisation row's ``owner_unit_id`` is the 质量督导处 unit's id (its own row too).
Plans and their parts belong to the plan's unit, review steps to the unit that took
them. This module never touches the installation's identity.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.models import (
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
from app.models.plans import PlanStatus
from app.services.demo_jobs import create_demo_manuals
from app.services.demo_plans import PLAN_WRITE_STEPS, build_plan_rows, write_plan_rows
from app.services.demo_standards import create_demo_standards
from app.services.identity import ensure_installation
from app.services.progress import NullProgress, Progress
from app.services.records import new_row_values

# --------------------------------------------------------------------------------------
# The college
# --------------------------------------------------------------------------------------

SEED = 20240901  # fixed: the same college every time

INSTITUTION_NAME = "桂江水利电力职业技术学院"
INSTITUTION_CODE = "14988"  # fictional 院校代码
PRESIDENT = "覃立新"

QUALITY_OFFICE = "质量督导处"

# 职能部门 (name, headcount of non-teaching staff). The first eight are the ones the
# seed document names (院办, 人事处, 教务科研处, 质量督导处, 学生工作处, 信息化处,
# 招生就业处, 团委); the rest are what any college of this size also has.
OFFICES: tuple[tuple[str, int], ...] = (
    ("学院办公室", 8),
    ("人事处", 7),
    ("教务科研处", 10),
    (QUALITY_OFFICE, 6),
    ("学生工作处", 8),
    ("信息化处", 6),
    ("招生就业处", 6),
    ("团委", 4),
    ("党委宣传部", 5),
    ("财务处", 8),
    ("后勤管理处", 9),
    ("保卫处", 5),
    ("国际合作与交流处", 4),
)

# The 8 系: (name, majors). A major is (专业代码, 专业名称, courses); codes follow the
# six-digit style of the higher-vocational catalogue (大类 2 + 类 2 + 专业 2 digits).
DEPARTMENTS: tuple[tuple[str, tuple[tuple[str, str, tuple[str, ...]], ...]], ...] = (
    (
        "水利工程系",
        (
            (
                "450201",
                "水利工程",
                (
                    "水利工程制图与CAD",
                    "工程力学",
                    "水力分析与计算",
                    "水工建筑物",
                    "水利工程施工技术",
                    "水利工程造价与招投标",
                    "水利工程测量",
                    "水利工程质量检测",
                ),
            ),
            (
                "450202",
                "智慧水利技术",
                (
                    "水利信息化基础",
                    "水利物联网技术",
                    "水利大数据分析",
                    "数字孪生流域概论",
                    "智慧灌区运行管理",
                    "水利遥感与GIS应用",
                    "水利工程自动化监测",
                ),
            ),
            (
                "450203",
                "水利水电工程技术",
                (
                    "水电站建筑物",
                    "水工钢筋混凝土结构",
                    "土力学与地基基础",
                    "水利水电工程施工组织设计",
                    "水工建筑材料",
                    "工程水文与水利计算",
                    "水利水电工程概预算",
                ),
            ),
            (
                "450204",
                "水利水电工程智能管理",
                (
                    "水利工程管理",
                    "水库调度与运行",
                    "水工建筑物安全监测",
                    "水利工程运行维护",
                    "智能闸站控制技术",
                    "水利法规与水行政管理",
                    "水利工程信息管理系统",
                ),
            ),
            (
                "450205",
                "水利水电建筑工程",
                (
                    "建筑工程测量",
                    "水工混凝土施工",
                    "水利工程施工机械",
                    "基础处理工程",
                    "水利工程监理实务",
                    "水工建筑物检测与加固",
                    "水利工程招投标与合同管理",
                    "水利水电建筑工程综合实训",
                ),
            ),
            (
                "450101",
                "水文与水资源技术",
                (
                    "水文学基础",
                    "水文测验",
                    "水文预报",
                    "水资源评价与管理",
                    "水环境监测",
                    "水文信息采集与处理",
                    "地下水资源开发利用",
                ),
            ),
        ),
    ),
    (
        "电力工程系",
        (
            (
                "430101",
                "发电厂及电力系统",
                (
                    "电工基础",
                    "电机学",
                    "电力系统分析",
                    "发电厂电气部分",
                    "继电保护原理",
                    "高电压技术",
                    "电力系统运行与控制",
                    "发电厂变电站运行仿真实训",
                ),
            ),
            (
                "430102",
                "供用电技术",
                (
                    "供配电技术",
                    "电力营销",
                    "用电检查",
                    "电能计量技术",
                    "配电线路施工与运行",
                    "电气设备安装与调试",
                    "工厂供电",
                ),
            ),
            (
                "430103",
                "电力系统自动化技术",
                (
                    "电力系统自动装置",
                    "变电站综合自动化",
                    "调度自动化",
                    "电力电子技术",
                    "PLC应用技术",
                    "电力系统远动技术",
                    "智能变电站技术",
                ),
            ),
            (
                "430104",
                "电力系统继电保护技术",
                (
                    "继电保护装置调试",
                    "微机保护技术",
                    "电力系统故障分析",
                    "二次回路",
                    "变压器保护",
                    "线路保护与自动重合闸",
                    "继电保护综合实训",
                ),
            ),
            (
                "450301",
                "水电站机电设备与自动化",
                (
                    "水轮机",
                    "水轮机调节",
                    "水电站电气设备",
                    "水电站自动化",
                    "水电站机组安装与检修",
                    "水电站运行与管理",
                    "水电站辅助设备",
                ),
            ),
            (
                "430301",
                "光伏工程技术",
                (
                    "光伏电池与组件技术",
                    "光伏电站设计",
                    "光伏系统安装与调试",
                    "光伏电站运行与维护",
                    "储能技术与应用",
                    "新能源发电并网技术",
                    "分布式光伏系统",
                ),
            ),
        ),
    ),
    (
        "建筑工程系",
        (
            (
                "440301",
                "建筑工程技术",
                (
                    "建筑识图与构造",
                    "建筑力学",
                    "建筑结构",
                    "建筑施工技术",
                    "建筑施工组织",
                    "建筑材料与检测",
                    "建筑工程计量与计价",
                    "BIM建模技术",
                ),
            ),
            (
                "440102",
                "建筑装饰工程技术",
                (
                    "装饰构造",
                    "装饰材料与施工",
                    "室内设计原理",
                    "装饰工程制图",
                    "3ds Max效果图制作",
                    "装饰工程预算",
                    "手绘表现技法",
                ),
            ),
            (
                "440502",
                "工程造价",
                (
                    "建筑工程计量",
                    "安装工程计量与计价",
                    "工程造价管理",
                    "工程招投标与合同管理",
                    "工程经济",
                    "造价软件应用",
                    "工程结算与审计",
                ),
            ),
            (
                "440501",
                "建设工程管理",
                (
                    "建设工程项目管理",
                    "建设法规",
                    "工程质量控制",
                    "施工安全管理",
                    "工程资料管理",
                    "建筑企业经营管理",
                    "工程项目进度控制",
                ),
            ),
            (
                "440504",
                "建设工程监理",
                (
                    "建设工程监理概论",
                    "建设工程监理实务",
                    "建设工程质量检测",
                    "建设工程投资控制",
                    "建设工程信息管理",
                    "建筑工程施工质量验收",
                    "安全生产监理",
                ),
            ),
        ),
    ),
    (
        "机电工程系",
        (
            (
                "460101",
                "机械设计与制造",
                (
                    "机械制图",
                    "机械设计基础",
                    "公差配合与测量技术",
                    "机械制造技术",
                    "金属材料与热处理",
                    "机械CAD/CAM",
                    "液压与气动技术",
                    "金工实训",
                ),
            ),
            (
                "460103",
                "数控技术",
                (
                    "数控加工工艺",
                    "数控编程与操作",
                    "数控机床结构与维修",
                    "CAD/CAM软件应用",
                    "多轴加工技术",
                    "数控车铣实训",
                    "精密测量技术",
                ),
            ),
            (
                "460301",
                "机电一体化技术",
                (
                    "电工电子技术",
                    "传感器与检测技术",
                    "单片机应用技术",
                    "机电设备故障诊断与维修",
                    "电机与拖动",
                    "自动化生产线安装与调试",
                    "机电一体化系统设计",
                ),
            ),
            (
                "460306",
                "电气自动化技术",
                (
                    "电气控制与PLC",
                    "工厂电气控制",
                    "变频器技术",
                    "自动控制原理",
                    "工业组态控制技术",
                    "供配电系统运行",
                    "电气自动化综合实训",
                ),
            ),
            (
                "460305",
                "工业机器人技术",
                (
                    "工业机器人基础",
                    "工业机器人编程与操作",
                    "工业机器人系统集成",
                    "机器视觉技术",
                    "工业机器人离线编程",
                    "智能制造单元运维",
                    "工业网络与现场总线",
                ),
            ),
        ),
    ),
    (
        "信息工程系",
        (
            (
                "510201",
                "计算机应用技术",
                (
                    "计算机应用基础",
                    "程序设计基础",
                    "数据库应用技术",
                    "网页设计与制作",
                    "计算机组装与维护",
                    "图形图像处理",
                    "Python程序设计",
                    "办公自动化高级应用",
                ),
            ),
            (
                "510202",
                "计算机网络技术",
                (
                    "计算机网络基础",
                    "网络设备配置与管理",
                    "Linux操作系统",
                    "Windows服务器配置",
                    "网络安全技术",
                    "综合布线技术",
                    "云计算技术基础",
                ),
            ),
            (
                "510203",
                "软件技术",
                (
                    "Java程序设计",
                    "Web前端开发",
                    "软件工程",
                    "数据结构",
                    "MySQL数据库",
                    "Spring Boot框架开发",
                    "移动应用开发",
                    "软件测试",
                ),
            ),
            (
                "510205",
                "大数据技术",
                (
                    "大数据技术导论",
                    "Hadoop平台搭建",
                    "数据采集与预处理",
                    "数据可视化",
                    "Spark大数据分析",
                    "数据挖掘基础",
                    "Python数据分析",
                ),
            ),
            (
                "510102",
                "物联网应用技术",
                (
                    "物联网导论",
                    "传感网应用开发",
                    "嵌入式技术应用",
                    "RFID技术应用",
                    "物联网工程布线",
                    "物联网云平台应用",
                    "智能家居系统集成",
                ),
            ),
        ),
    ),
    (
        "测绘工程系",
        (
            (
                "420301",
                "工程测量技术",
                (
                    "测量学基础",
                    "数字测图",
                    "控制测量",
                    "工程测量",
                    "GNSS定位测量",
                    "测量平差",
                    "变形监测",
                    "测绘综合实训",
                ),
            ),
            (
                "420302",
                "摄影测量与遥感技术",
                (
                    "摄影测量基础",
                    "遥感原理与应用",
                    "数字摄影测量",
                    "遥感图像处理",
                    "倾斜摄影三维建模",
                    "地理信息系统基础",
                    "地图制图",
                ),
            ),
            (
                "420303",
                "测绘地理信息技术",
                (
                    "地理信息系统应用",
                    "地图学",
                    "空间数据库",
                    "GIS二次开发",
                    "地理信息数据采集",
                    "不动产测绘",
                    "国土空间规划基础",
                ),
            ),
            (
                "420306",
                "无人机测绘技术",
                (
                    "无人机概论",
                    "无人机飞行控制",
                    "无人机航测外业",
                    "航测内业数据处理",
                    "激光雷达测量",
                    "无人机法规与安全",
                    "实景三维建模",
                ),
            ),
        ),
    ),
    (
        "市政与环境工程系",
        (
            (
                "440601",
                "市政工程技术",
                (
                    "市政工程识图",
                    "道路工程技术",
                    "桥梁工程技术",
                    "市政管道工程",
                    "市政工程施工组织",
                    "市政工程计量与计价",
                    "城市道路养护",
                ),
            ),
            (
                "440603",
                "给排水工程技术",
                (
                    "水力学",
                    "给水工程",
                    "排水工程",
                    "水泵与水泵站",
                    "建筑给水排水工程",
                    "水处理技术",
                    "给排水工程施工",
                ),
            ),
            (
                "450402",
                "水环境智能监测与治理",
                (
                    "水环境化学",
                    "水质监测技术",
                    "水污染控制技术",
                    "环境监测仪器与智能运维",
                    "污水处理厂运行管理",
                    "水生态修复技术",
                    "环境影响评价",
                ),
            ),
            (
                "450401",
                "水土保持技术",
                (
                    "水土保持原理",
                    "水土保持工程",
                    "水土保持监测",
                    "生产建设项目水土保持方案编制",
                    "小流域综合治理",
                    "植被恢复技术",
                    "土壤侵蚀",
                ),
            ),
            (
                "420802",
                "环境工程技术",
                (
                    "环境工程概论",
                    "大气污染控制技术",
                    "固体废物处理与处置",
                    "环境工程CAD",
                    "噪声污染控制",
                    "环境管理体系",
                    "环境工程施工与运行",
                ),
            ),
        ),
    ),
    (
        "经济与管理系",
        (
            (
                "530302",
                "大数据与会计",
                (
                    "基础会计",
                    "财务会计",
                    "成本会计",
                    "税法",
                    "财务管理",
                    "管理会计",
                    "会计信息化",
                    "审计基础",
                ),
            ),
            (
                "530701",
                "电子商务",
                (
                    "电子商务基础",
                    "网店运营",
                    "网络营销",
                    "商品拍摄与图片处理",
                    "直播电商",
                    "跨境电商实务",
                    "电子商务数据分析",
                ),
            ),
            (
                "530802",
                "现代物流管理",
                (
                    "现代物流基础",
                    "仓储管理实务",
                    "运输管理实务",
                    "供应链管理",
                    "物流信息技术",
                    "采购管理",
                    "物流成本管理",
                ),
            ),
            (
                "530605",
                "市场营销",
                (
                    "市场营销学",
                    "消费者行为分析",
                    "市场调查与预测",
                    "推销技巧",
                    "品牌管理",
                    "营销策划",
                    "客户关系管理",
                ),
            ),
        ),
    ),
)

# The 2 部: teaching departments for public courses, without majors (name, teachers).
TEACHING_DEPARTMENTS: tuple[tuple[str, int], ...] = (
    ("基础部", 42),
    ("马克思主义学院", 30),
)

# Teachers of a 系: a core team plus a few per major (8 系 with 40 majors: 328).
TEACHERS_BASE = 6
TEACHERS_PER_MAJOR = 7

# Classes: one per major and grade, sometimes two for the larger intakes.
GRADES: tuple[int, ...] = (2024, 2025, 2026)
SECOND_CLASS_CHANCE = 0.27
STUDENTS_PER_CLASS = (35, 50)
CLASSES_PER_COUNSELLOR = 5

COURSE_HOURS: tuple[int, ...] = (32, 48, 48, 56, 64, 64, 72, 96)

# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

# Weighted toward the surnames common in Guangxi (韦, 覃, 黄, 莫, 蒙 …).
COMMON_SURNAMES = "黄李韦陈梁刘覃莫蒙卢陆王张杨周林唐廖谢罗"
OTHER_SURNAMES = (
    "赵吴徐孙马朱胡郭何高郑宋许韩冯邓曹彭曾肖田董潘袁蒋蔡余杜叶程苏魏吕丁任沈"
    "姚姜崔钟谭汪范金石贾夏秦甘黎凌庞农蓝龙邱"
)
MALE_GIVEN = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋东海峰亮成志"
    "文博晨阳昊睿哲翔锋毅诚振兴国庆建德江山川"
)
FEMALE_GIVEN = (
    "芳娜敏静丽艳娟霞秀燕玲婷雪琳颖倩萍慧莉红梅兰英佳欣怡悦琪晶月蕾璐洁瑶薇莹丹妍雅楠晓春"
)

TEACHER_TITLES: tuple[tuple[str, int], ...] = (
    ("助教", 15),
    ("讲师", 45),
    ("副教授", 30),
    ("教授", 10),
)
SENIOR_TITLES: tuple[tuple[str, int], ...] = (("副教授", 65), ("教授", 35))
STAFF_TITLES: tuple[tuple[str, int], ...] = (
    ("助理研究员", 35),
    ("副研究员", 20),
    ("研究员", 5),
    ("工程师", 15),
    ("高级工程师", 5),
    ("会计师", 10),
    ("经济师", 10),
)
OFFICE_HEAD_TITLES: tuple[tuple[str, int], ...] = (("副研究员", 50), ("研究员", 25), ("教授", 25))
COUNSELLOR_TITLES: tuple[tuple[str, int], ...] = (("助教", 55), ("讲师", 45))
EDUCATIONS: tuple[tuple[str, int], ...] = (
    ("博士研究生", 12),
    ("硕士研究生", 68),
    ("大学本科", 20),
)
STAFF_EDUCATIONS: tuple[tuple[str, int], ...] = (
    ("博士研究生", 4),
    ("硕士研究生", 51),
    ("大学本科", 45),
)
# Years of joining by title: the 工号 starts with it, and seniors joined earlier.
HIRE_YEARS: dict[str, tuple[int, int]] = {
    "助教": (2019, 2025),
    "讲师": (2008, 2021),
    "副教授": (1998, 2014),
    "教授": (1990, 2008),
    "研究员": (1990, 2008),
    "副研究员": (1998, 2014),
    "高级工程师": (1995, 2012),
}
DEFAULT_HIRE_YEARS = (2005, 2022)
# Share of 双师型 teachers: most in the 系 (industry experience), few in the 部.
DUAL_SHARE_DEPARTMENT = 0.62
DUAL_SHARE_TEACHING = 0.12


# --------------------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoResult:
    """What :func:`create_demo` did, for the CLI line and the UI's message box."""

    created: bool
    institution: str  # the sample's name, or the name of the college already there ("")
    offices: int = 0
    academic_units: int = 0
    majors: int = 0
    courses: int = 0
    people: int = 0
    teachers: int = 0
    classes: int = 0
    students: int = 0
    plans: int = 0  # one-page plans of ``plan_year``, all levels
    plans_approved: int = 0
    plan_year: int = 0
    plan_month: int = 0  # the last month with recorded progress
    posts: int = 0  # 岗位说明书: posts described, over every unit
    own_targets: int = 0  # 自身发展标准: targets the sample subjects set

    @property
    def units(self) -> int:
        """All units, offices and 系部."""
        return self.offices + self.academic_units

    def describe(self) -> str:
        """One Chinese paragraph: what was created, or why nothing was."""
        if not self.created:
            if self.institution == INSTITUTION_NAME:
                return f"示例学院“{self.institution}”已存在，本次未创建任何内容，数据未作改动。"
            if self.institution:
                return (
                    f"数据库中已有学院“{self.institution}”，为免与现有数据混在一起，"
                    "未创建示例学院，数据未作改动。"
                )
            return (
                "数据库中已有组织机构数据，为免与现有数据混在一起，未创建示例学院，数据未作改动。"
            )
        return (
            f"已创建示例学院“{self.institution}”：{self.units} 个部门"
            f"（职能部门 {self.offices} 个，系部 {self.academic_units} 个），"
            f"{self.majors} 个专业，{self.courses} 门课程，"
            f"{self.people} 名教职工（其中教师 {self.teachers} 名），"
            f"{self.classes} 个班级（学生 {self.students} 名）"
            + (
                f"；{self.plan_year} 年一页纸工作计划 {self.plans} 份"
                f"（已通过 {self.plans_approved} 份），月度进展记录至 {self.plan_month} 月"
                if self.plans
                else ""
            )
            + (f"；各部门岗位说明书共 {self.posts} 个岗位" if self.posts else "")
            + (
                f"；{self.plan_year} 年学院标准及部分专业、课程、教师、班级的自身发展标准"
                f"（目标 {self.own_targets} 条）"
                if self.own_targets
                else ""
            )
            + "。"
        )


# --------------------------------------------------------------------------------------
# Building the rows in memory
# --------------------------------------------------------------------------------------


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    """One value from ``(value, weight)`` pairs."""
    values = [v for v, _ in weighted]
    weights = [w for _, w in weighted]
    return rng.choices(values, weights=weights)[0]


class _Names:
    """Chinese names from surname and given-name characters, never the same twice.

    Real colleges do have namesakes, but in a demo two identical names in one
    list only confuse.
    """

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()
        self._surnames = list(COMMON_SURNAMES) + list(OTHER_SURNAMES)
        self._weights = [4] * len(COMMON_SURNAMES) + [1] * len(OTHER_SURNAMES)

    def new(self, *, gender: str) -> str:
        """A fresh full name for a person of ``gender`` (男/女)."""
        chars = MALE_GIVEN if gender == "男" else FEMALE_GIVEN
        while True:
            surname = self._rng.choices(self._surnames, weights=self._weights)[0]
            length = 1 if self._rng.random() < 0.25 else 2
            name = surname + "".join(self._rng.choice(chars) for _ in range(length))
            if name not in self._used:
                self._used.add(name)
                return name


@dataclass
class CollegeRows:
    """Every row of the sample college, ready for bulk insert, plus the counts."""

    institution: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    heads: list[dict[str, Any]] = field(default_factory=list)  # {"b_unit", "b_head"}
    majors: list[dict[str, Any]] = field(default_factory=list)
    courses: list[dict[str, Any]] = field(default_factory=list)
    classes: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)

    def result(self) -> DemoResult:
        """The counts for :meth:`DemoResult.describe`."""
        return DemoResult(
            created=True,
            institution=INSTITUTION_NAME,
            offices=sum(1 for u in self.units if u["kind"] == UnitKind.OFFICE),
            academic_units=sum(1 for u in self.units if u["kind"] == UnitKind.ACADEMIC),
            majors=len(self.majors),
            courses=len(self.courses),
            people=len(self.people),
            teachers=sum(1 for p in self.people if p["is_teacher"]),
            classes=len(self.classes),
            students=sum(c["student_count"] for c in self.classes),
        )


class _Builder:
    """Fills a :class:`CollegeRows` from the constants above and one seeded generator."""

    def __init__(self, session: Session, *, rng: random.Random) -> None:
        self._session = session
        self._rng = rng
        self._names = _Names(rng)
        self._serial = 0
        self.rows = CollegeRows()
        # new_row_values looks the installation row up for every row it stamps; the
        # session's identity map holds objects weakly, so without this reference each
        # lookup is a SELECT (about 1 100 of them, most of the demo's time).
        self._installation = ensure_installation(session)
        # The quality office authors everything, itself included, so its id comes first.
        office = new_row_values(session, owner_unit_id=None)
        office["owner_unit_id"] = office["id"]
        self._office_sync = office
        self.owner_id: str = office["id"]

    @property
    def rng(self) -> random.Random:
        """The one generator all choices come from."""
        return self._rng

    def _sync(self) -> dict[str, Any]:
        return new_row_values(self._session, owner_unit_id=self.owner_id)

    # -- units ---------------------------------------------------------------------

    def add_institution(self) -> None:
        """The one 学院 row."""
        self.rows.institution.append(
            {
                **self._sync(),
                "name": INSTITUTION_NAME,
                "code": INSTITUTION_CODE,
                "president": PRESIDENT,
            }
        )

    def add_unit(self, *, name: str, kind: UnitKind) -> tuple[str, str]:
        """A unit without its head (people do not exist yet).

        Returns its id and its internal phone extension. Codes number offices
        101, 102 … and 系部 201, 202 …, in the order of the lists above.
        """
        is_office = name == QUALITY_OFFICE
        sync = self._office_sync if is_office else self._sync()
        same_kind = sum(1 for u in self.rows.units if u["kind"] == kind.value)
        prefix = 100 if kind == UnitKind.OFFICE else 200
        order = len(self.rows.units) + 1
        self.rows.units.append(
            {
                **sync,
                "name": name,
                "kind": kind.value,
                "code": str(prefix + same_kind + 1),
                "head_id": None,
                "is_quality_office": is_office,
                "sort_order": order,
            }
        )
        # A fictional internal extension (内线), never a real telephone number.
        return sync["id"], f"内线{6100 + order * 10}"

    # -- people --------------------------------------------------------------------

    def add_person(
        self,
        *,
        unit_id: str,
        title: str,
        education: str,
        is_teacher: bool,
        dual: bool = False,
        phone: str = "",
    ) -> str:
        """One member of staff with a fresh name and a unique 工号; returns the id."""
        gender = "男" if self._rng.random() < 0.55 else "女"
        low, high = HIRE_YEARS.get(title, DEFAULT_HIRE_YEARS)
        year = self._rng.randint(low, high)
        self._serial += 1
        sync = self._sync()
        self.rows.people.append(
            {
                **sync,
                # Year of joining plus a running number: unique by construction.
                "staff_no": f"{year}{self._serial:04d}",
                "name": self._names.new(gender=gender),
                "gender": gender,
                "unit_id": unit_id,
                "title": title,
                "education": education,
                "is_teacher": is_teacher,
                "is_dual_qualified": dual,
                "phone": phone,
            }
        )
        return sync["id"]

    def add_teacher(self, *, unit_id: str, dual_share: float, phone: str, senior: bool) -> str:
        """A teacher; ``senior`` forces 副教授/教授 (heads, major leads)."""
        title = _pick(self._rng, SENIOR_TITLES if senior else TEACHER_TITLES)
        education = _pick(self._rng, EDUCATIONS)
        dual = self._rng.random() < dual_share
        return self.add_person(
            unit_id=unit_id,
            title=title,
            education=education,
            is_teacher=True,
            dual=dual,
            phone=phone,
        )

    def add_role(self, *, person_id: str, role: RoleKind, unit_id: str) -> None:
        """A role besides head or lead (secretary, deputy …)."""
        self.rows.roles.append(
            {**self._sync(), "person_id": person_id, "role": role.value, "unit_id": unit_id}
        )

    def set_head(self, *, unit_id: str, person_id: str) -> None:
        """Remember the head; written by one UPDATE after the people exist."""
        self.rows.heads.append({"b_unit": unit_id, "b_head": person_id})

    # -- majors, courses, classes ----------------------------------------------------

    def add_major(self, *, code: str, name: str, unit_id: str, lead_id: str) -> str:
        """A 专业 under a 系; returns its id."""
        sync = self._sync()
        self.rows.majors.append(
            {
                **sync,
                "code": code,
                "name": name,
                "unit_id": unit_id,
                "lead_id": lead_id,
                "sort_order": len(self.rows.majors) + 1,
            }
        )
        return sync["id"]

    def add_course(self, *, code: str, name: str, major_id: str, lead_id: str) -> None:
        """A 课程 under a major."""
        self.rows.courses.append(
            {
                **self._sync(),
                "code": code,
                "name": name,
                "major_id": major_id,
                "lead_id": lead_id,
                "hours": self._rng.choice(COURSE_HOURS),
            }
        )

    def add_class(self, *, name: str, major_id: str, grade: int, counsellor_id: str) -> None:
        """A 班级 of one major and entry year."""
        low, high = STUDENTS_PER_CLASS
        self.rows.classes.append(
            {
                **self._sync(),
                "name": name,
                "major_id": major_id,
                "grade": grade,
                "counsellor_id": counsellor_id,
                "student_count": self._rng.randint(low, high),
            }
        )


def _build_office(builder: _Builder, *, name: str, staff: int) -> None:
    """A functional office: a head (处长), a deputy, a secretary and the other staff."""
    unit_id, phone = builder.add_unit(name=name, kind=UnitKind.OFFICE)
    rng = builder.rng
    people = [
        builder.add_person(
            unit_id=unit_id,
            title=_pick(rng, OFFICE_HEAD_TITLES if n == 0 else STAFF_TITLES),
            education=_pick(rng, STAFF_EDUCATIONS),
            is_teacher=False,
            phone=phone,
        )
        for n in range(staff)
    ]
    builder.set_head(unit_id=unit_id, person_id=people[0])
    builder.add_role(person_id=people[1], role=RoleKind.DEPUTY_HEAD, unit_id=unit_id)
    builder.add_role(person_id=people[-1], role=RoleKind.SECRETARY, unit_id=unit_id)
    if name == QUALITY_OFFICE:
        for person_id in people[2:-1]:
            builder.add_role(person_id=person_id, role=RoleKind.QUALITY_OFFICER, unit_id=unit_id)


def _class_plan(
    rng: random.Random, *, majors: tuple[tuple[str, str, tuple[str, ...]], ...]
) -> list[tuple[int, int, int]]:
    """(major index, grade, number within the grade) for every class of a 系."""
    plan: list[tuple[int, int, int]] = []
    for major_index in range(len(majors)):
        for grade in GRADES:
            count = 2 if rng.random() < SECOND_CLASS_CHANCE else 1
            plan.extend((major_index, grade, n) for n in range(1, count + 1))
    return plan


def _build_department(
    builder: _Builder,
    *,
    name: str,
    majors: tuple[tuple[str, str, tuple[str, ...]], ...],
) -> None:
    """A 系: its teachers, secretary, counsellors, majors, courses and classes."""
    rng = builder.rng
    unit_id, phone = builder.add_unit(name=name, kind=UnitKind.ACADEMIC)
    share = DUAL_SHARE_DEPARTMENT
    classes = _class_plan(rng, majors=majors)

    def teacher(*, senior: bool) -> str:
        return builder.add_teacher(unit_id=unit_id, dual_share=share, phone=phone, senior=senior)

    head = teacher(senior=True)
    deputy = teacher(senior=True)
    leads = [teacher(senior=True) for _ in majors]
    others = [
        teacher(senior=False)
        for _ in range(TEACHERS_BASE + TEACHERS_PER_MAJOR * len(majors) - 2 - len(majors))
    ]
    secretary = builder.add_person(
        unit_id=unit_id,
        title=_pick(rng, COUNSELLOR_TITLES),
        education=_pick(rng, STAFF_EDUCATIONS),
        is_teacher=False,
        phone=phone,
    )
    counsellors = [
        builder.add_person(
            unit_id=unit_id,
            title=_pick(rng, COUNSELLOR_TITLES),
            education=_pick(rng, STAFF_EDUCATIONS),
            is_teacher=False,
            phone=phone,
        )
        for _ in range(math.ceil(len(classes) / CLASSES_PER_COUNSELLOR))
    ]
    builder.set_head(unit_id=unit_id, person_id=head)
    builder.add_role(person_id=deputy, role=RoleKind.DEPUTY_HEAD, unit_id=unit_id)
    builder.add_role(person_id=secretary, role=RoleKind.SECRETARY, unit_id=unit_id)

    course_leads = [deputy, *leads, *others]
    major_ids: list[str] = []
    for (code, major_name, courses), lead in zip(majors, leads, strict=True):
        major_id = builder.add_major(code=code, name=major_name, unit_id=unit_id, lead_id=lead)
        major_ids.append(major_id)
        builder.add_role(person_id=lead, role=RoleKind.DISCIPLINE_LEADER, unit_id=unit_id)
        for n, course in enumerate(courses, start=1):
            # The major's lead carries its first (core) course; the rest are spread out.
            course_lead = lead if n == 1 else rng.choice(course_leads)
            builder.add_course(
                code=f"{code}{n:02d}", name=course, major_id=major_id, lead_id=course_lead
            )
    for n, (major_index, grade, number) in enumerate(classes):
        builder.add_class(
            name=f"{majors[major_index][1]}{grade % 100:02d}{number:02d}班",
            major_id=major_ids[major_index],
            grade=grade,
            counsellor_id=counsellors[n // CLASSES_PER_COUNSELLOR],
        )


def _build_teaching_department(builder: _Builder, *, name: str, teachers: int) -> None:
    """A 部 (基础部, 马克思主义学院): teachers of public courses, no majors."""
    rng = builder.rng
    unit_id, phone = builder.add_unit(name=name, kind=UnitKind.ACADEMIC)
    share = DUAL_SHARE_TEACHING
    staff = [
        builder.add_teacher(unit_id=unit_id, dual_share=share, phone=phone, senior=n < 2)
        for n in range(teachers)
    ]
    secretary = builder.add_person(
        unit_id=unit_id,
        title=_pick(rng, COUNSELLOR_TITLES),
        education=_pick(rng, STAFF_EDUCATIONS),
        is_teacher=False,
        phone=phone,
    )
    builder.set_head(unit_id=unit_id, person_id=staff[0])
    builder.add_role(person_id=staff[1], role=RoleKind.DEPUTY_HEAD, unit_id=unit_id)
    builder.add_role(person_id=secretary, role=RoleKind.SECRETARY, unit_id=unit_id)


def _build_college(session: Session, *, seed: int = SEED) -> CollegeRows:
    """All rows of the sample college, in memory (nothing is written).

    Needs the session only for the sync columns (this installation's id).
    """
    builder = _Builder(session, rng=random.Random(seed))
    builder.add_institution()
    for name, staff in OFFICES:
        _build_office(builder, name=name, staff=staff)
    for name, majors in DEPARTMENTS:
        _build_department(builder, name=name, majors=majors)
    for name, teachers in TEACHING_DEPARTMENTS:
        _build_teaching_department(builder, name=name, teachers=teachers)
    return builder.rows


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def _existing_college(session: Session) -> str | None:
    """The name of the college already in the database ("" if only units etc.), or None.

    Deleted rows count too: a tombstoned organisation is still someone's data and
    still travels in sync.
    """
    name = session.scalar(
        select(Institution.name).order_by(Institution.deleted, Institution.created_at).limit(1)
    )
    if name is not None:
        return name
    for model in (Unit, Person, Major, Course, StudentClass, RoleAssignment):
        if session.scalar(select(model.id).limit(1)) is not None:
            return ""
    return None


# Progress steps of :func:`_write` (plus one for building the college).
WRITE_STEPS = 5


def _write(session: Session, *, rows: CollegeRows, progress: Progress) -> None:
    """Bulk-insert the college in foreign-key order, one executemany per table."""
    session.execute(insert(Institution.__table__), rows.institution)
    session.execute(insert(Unit.__table__), rows.units)
    progress.advance()
    session.execute(insert(Person.__table__), rows.people)
    progress.advance()
    units = Unit.__table__
    session.execute(
        update(units).where(units.c.id == bindparam("b_unit")).values(head_id=bindparam("b_head")),
        rows.heads,
    )
    progress.advance()
    session.execute(insert(Major.__table__), rows.majors)
    session.execute(insert(Course.__table__), rows.courses)
    progress.advance()
    session.execute(insert(StudentClass.__table__), rows.classes)
    session.execute(insert(RoleAssignment.__table__), rows.roles)
    progress.advance()


def create_demo(
    session: Session, *, progress: Progress | None = None, today: date | None = None
) -> DemoResult:
    """Create the sample college and its plans, unless the database holds an organisation.

    ``today`` (default: the real date) decides the plans' year and how many months of
    progress they show; tests pass a fixed day. The caller owns the transaction: on any
    error (or :class:`Cancelled` from ``progress``) it rolls back and nothing remains.
    """
    progress = progress or NullProgress()
    existing = _existing_college(session)
    if existing is not None:
        return DemoResult(created=False, institution=existing)
    progress.start(1 + WRITE_STEPS + 1 + PLAN_WRITE_STEPS, "正在创建示例学院…")
    college = _build_college(session)
    progress.advance()
    _write(session, rows=college, progress=progress)
    # Plans are built once the units exist: review finds the reviewing units in the DB.
    plans = build_plan_rows(session, college=college, today=today or date.today())
    progress.advance()
    write_plan_rows(session, rows=plans, progress=progress)
    posts = create_demo_manuals(session)  # every unit's 岗位说明书 (app.services.demo_jobs)
    # this year's catalogs and some subjects' own standards (app.services.demo_standards)
    own_targets = create_demo_standards(session, year=plans.year)
    return replace(
        college.result(),
        plans=len(plans.plans),
        plans_approved=plans.by_status[PlanStatus.APPROVED],
        plan_year=plans.year,
        plan_month=plans.month,
        posts=posts,
        own_targets=own_targets,
    )
