"""The sample college's standards: this year's editable catalogs with targets, and own standards.

:func:`create_demo_standards` runs inside :func:`app.services.demo.create_demo` (so only for
a database without an organisation, which keeps a second ``zhengai demo`` from changing
anything). It seeds the five catalogs for the plans' year from the shipped files, gives the
college's targets to every control point of 表5 and 表6, to both parts of 表7 and to some
表8 elements, then lets the first major of each department, a few courses, two teachers
and two classes write their own standards: each starts from the college's targets and
raises or adds a few — and one major writes a vague target, so the SMART hints and the
SMART report have something real to show.

Everything goes through the same services the editor uses (no hand-made rows), which is
what makes the sample a test of them; it costs about 0.2 s.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Course, Major, Person, StudentClass, Unit
from app.services.catalogs import KINDS
from app.services.standards.doc import CatalogDoc, TargetDoc
from app.services.standards.own import adopt_college_targets, own_standard, set_own_target
from app.services.standards.store import save_catalog, seed_catalog
from app.services.standards.targets import TargetValues

# (measure, target value, unit, deadline — "{y}" is the year —, evidence), by point name.
Target = tuple[str, str, str, str, str]
MAJOR_TARGETS: dict[str, Target] = {
    "专业建设规划": ("专业建设年度规划修订", "1", "份", "{y}-03-31", "专业建设规划及论证意见"),
    "专业人才培养方案": (
        "人才培养方案修订并经专业建设委员会论证",
        "1",
        "份",
        "{y}-06-30",
        "人才培养方案、论证会纪要",
    ),
    "专业岗位标准": ("对接主要岗位的岗位标准", "≥3", "个", "{y}-09-30", "岗位标准文本"),
    "专业实习环节(实习指导书、实习周记、毕业论文或实践报告、实习指导记录本)": (
        "实习指导书、实习周记、实习指导记录本归档率",
        "100",
        "%",
        "{y}-07-15",
        "实习档案",
    ),
    "专业职业资格证书": ("毕业生职业资格（1+X）证书获取率", "≥80", "%", "{y}-06-30", "证书名册"),
    "专业师资队伍建设": (
        "专业师资队伍中硕士及以上学位教师比例",
        "≥60",
        "%",
        "{y}-12-31",
        "教师名册",
    ),
    "专业带头人培养": ("专业带头人主持或参与省级及以上项目", "≥1", "项", "{y}-12-31", "立项文件"),
    "双师教师培养": ("双师型教师占专业课教师比例", "≥60", "%", "{y}-12-31", "双师素质认定材料"),
    "兼职教师队伍建设": (
        "企业兼职教师承担专业课课时比例",
        "≥20",
        "%",
        "每学年末",
        "兼职教师聘书、课表",
    ),
    "校内实践教学条件": ("校内实训项目开出率", "≥95", "%", "每学期末", "实训教学记录"),
    "校外实践教学条件": ("稳定合作的校外实习基地", "≥5", "个", "{y}-12-31", "校企合作协议"),
    "技术应用与社会服务": (
        "面向行业企业的技术服务或培训",
        "≥2",
        "项",
        "{y}-12-31",
        "服务合同、培训记录",
    ),
    "中高职衔接、高本衔接": ("中高职衔接合作院校", "≥1", "所", "{y}-09-30", "合作协议"),
    "信息技术运用": ("专业核心课程建成在线开放课程", "≥1", "门", "{y}-12-31", "课程平台记录"),
    "国际交流与合作": ("师生参加国际交流项目", "≥2", "人次", "{y}-12-31", "交流项目材料"),
    "教学质量提升机制": ("教学质量诊改报告（专业自我诊改）", "1", "份", "{y}-12-15", "诊改报告"),
    "教育教学改革": ("校级及以上教育教学改革项目立项", "≥1", "项", "{y}-11-30", "立项文件"),
    "专业特色": ("专业特色凝练总结", "1", "份", "{y}-12-31", "特色总结材料"),
    "专业示范": ("校级及以上示范（品牌）专业建设项目", "≥1", "项", "{y}-12-31", "立项或验收文件"),
}
COURSE_TARGETS: dict[str, Target] = {
    "课程主讲教师": (
        "主讲教师具有中级及以上职称或双师素质比例",
        "≥80",
        "%",
        "{y}-09-01",
        "教师名册",
    ),
    "课程改革研究": ("课程改革研究项目或论文", "≥1", "项", "{y}-12-31", "立项文件或论文"),
    "课程指导、思想与定位": ("课程标准修订", "1", "份", "{y}-08-31", "课程标准"),
    "课程内容设计": ("融入岗位标准的教学项目", "≥4", "个", "{y}-08-31", "教学设计"),
    "教学组织与安排": ("授课计划按时提交率", "100", "%", "开学前", "授课计划"),
    "实践教学": ("实践教学学时占总学时比例", "≥50", "%", "每学期末", "课表、实训记录"),
    "教材及教学文件相关资料": (
        "教案、课件、试卷等教学文件齐全率",
        "100",
        "%",
        "每学期末",
        "教学文件归档清单",
    ),
    "实践教学条件": ("实训项目开出率", "≥95", "%", "每学期末", "实训教学记录"),
    "信息化教学手段运用": ("在线课程资源更新", "≥10", "%", "每学期", "课程平台记录"),
    "教学手段": ("采用项目化或案例教学的课次比例", "≥60", "%", "每学期末", "教案"),
    "考核方式": ("过程性考核占总评比例", "≥50", "%", "每学期末", "成绩评定方案"),
    "教评学、学评教、教评教、督导评教及企业评学": (
        "学生评教优良率",
        "≥90",
        "%",
        "每学期末",
        "评教结果",
    ),
    "课程特色与示范": ("课程特色案例", "1", "个", "{y}-12-31", "案例材料"),
}
TEACHER_TARGETS: dict[str, Target] = {
    "师资队伍建设规划、教师职业生涯规划": (
        "教师三年职业生涯规划制订率",
        "100",
        "%",
        "{y}-03-31",
        "职业生涯规划",
    ),
    "教师数量（专任教师、兼职教师、双师型教师）": (
        "生师比",
        "≤18",
        ":1",
        "{y}-09-30",
        "教师名册、学生名册",
    ),
    "教师结构（年龄、职称、专业、学历学位、双师、专兼职教师）": (
        "双师型教师占专任教师比例",
        "≥55",
        "%",
        "{y}-12-31",
        "认定文件",
    ),
    "教师企业实践": ("专业教师企业实践", "≥1", "个月", "每年", "企业实践记录"),
    "教师进修、培训": ("教师参加培训", "≥40", "学时", "每学年", "培训证书"),
    "伦理素养": ("师德考核合格率", "100", "%", "每学年末", "师德考核表"),
    "教学态度": ("教学事故", "0", "起", "每学期", "教学检查记录"),
    "信息素养": ("信息化教学能力培训", "≥16", "学时", "每学年", "培训记录"),
    "课程教学": ("学生评教优良", "≥85", "分", "每学期末", "评教结果"),
    "项目研究": ("主持或参与教科研项目", "≥1", "项", "{y}-12-31", "立项文件"),
    "培训学习": ("参加专业培训", "≥40", "学时", "每学年", "培训证书"),
    "企业实践": ("到企业实践", "≥1", "个月", "{y}-08-31", "企业实践鉴定表"),
}
STUDENT_TARGETS: dict[str, Target] = {
    "政治表现": ("主题班会", "≥8", "次", "每学期", "班会记录"),
    "法纪观念": ("违纪处分", "0", "人次", "每学年", "学生处分记录"),
    "学习态度": ("课堂出勤率", "≥95", "%", "每学期末", "考勤记录"),
    "考试诚信": ("考试违纪", "0", "人次", "每学期", "考场记录"),
    "身体素质": ("体质健康测试合格率", "≥90", "%", "{y}-11-30", "体测成绩"),
    "心理综合测评": ("心理普查参与率", "100", "%", "{y}-10-31", "普查记录"),
    "实践能力": ("参加技能竞赛或社会实践", "≥30", "%", "每学年末", "竞赛、实践证明"),
    "志愿服务能力": ("人均志愿服务时长", "≥20", "小时", "每学年", "志愿服务记录"),
}
TARGETS = {
    "major": MAJOR_TARGETS,
    "course": COURSE_TARGETS,
    "teacher": TEACHER_TARGETS,
    "student": STUDENT_TARGETS,
}

# What subjects write of their own, in turn (measure of the college target → raised values).
MAJOR_RAISES: tuple[tuple[str, str, str], ...] = (
    ("双师型教师占专业课教师比例", "≥70", "本专业双师比例已达 65%，目标上调"),
    ("毕业生职业资格（1+X）证书获取率", "≥90", "对接行业准入证书，目标上调"),
    ("稳定合作的校外实习基地", "≥8", "新增合作企业 3 家"),
)
VAGUE = TargetValues("进一步加强国际交流与合作，不断提升专业影响力")


def create_demo_standards(session: Session, *, year: int) -> int:
    """Seed the year's catalogs with targets and write some subjects' own standards.

    Returns the number of own targets written. Deterministic: subjects are chosen by
    organisation order, never at random.
    """
    for kind in KINDS:
        doc = seed_catalog(session, kind=kind, year=year)
        if kind in TARGETS:
            _add_targets(doc, TARGETS[kind], year)
            save_catalog(session, doc=doc)
    written = 0
    majors = _first_majors(session)
    for n, major_id in enumerate(majors):
        written += _own(session, "major", major_id, year, raise_index=n)
    for major_id in majors[:4]:
        course_id = session.scalars(
            select(Course.id).where(Course.major_id == major_id).order_by(Course.code, Course.name)
        ).first()
        if course_id:
            written += _own(session, "course", course_id, year, raise_index=None)
    for person_id in _leads(session, majors[:2]):
        written += _own(session, "teacher", person_id, year, raise_index=None)
    for class_id in _classes(session, majors[:2]):
        written += _own(session, "class", class_id, year, raise_index=None)
    return written


def _add_targets(doc: CatalogDoc, targets: dict[str, Target], year: int) -> None:
    for located in doc.points():
        target = targets.get(located.entry.name)
        if target:
            measure, value, unit, deadline, evidence = target
            doc.set_targets(
                located.entry.id,
                [TargetDoc(measure, value, unit, deadline.format(y=year), evidence)],
            )


def _own(
    session: Session, level: str, subject_id: str, year: int, *, raise_index: int | None
) -> int:
    """Adopt the college's targets, then (for majors) raise one and add another."""
    kw = {"subject_level": level, "subject_id": subject_id, "year": year}
    written = adopt_college_targets(session, **kw)
    if raise_index is None:
        return written
    rows = own_standard(session, **kw).rows
    measure, value, note = MAJOR_RAISES[raise_index % len(MAJOR_RAISES)]
    row = next((r for r in rows if r.own and r.own.measure == measure), None)
    if row is not None and row.own is not None:
        raised = TargetValues(measure, value, row.own.unit, row.own.deadline, row.own.evidence)
        set_own_target(
            session,
            **kw,
            point_id=row.point_id,
            own_target_id=row.own_target_id,
            values=raised,
            note=note,
        )
    extra_point = next((r for r in rows if r.point_name == "专业特色"), None)
    if extra_point is not None:
        values = (
            VAGUE
            if raise_index == 2
            else TargetValues(
                "专业特色案例入选校级及以上典型案例", "≥1", "个", f"{year}-11-30", "典型案例材料"
            )
        )
        set_own_target(session, **kw, point_id=extra_point.point_id, values=values)
        written += 1
    return written


def _first_majors(session: Session) -> list[str]:
    """The first major of each academic department, in organisation order."""
    rows = session.execute(
        select(Major.id, Major.unit_id)
        .join(Unit, Unit.id == Major.unit_id)
        .where(Major.deleted.is_(False))
        .order_by(Unit.sort_order, Unit.name, Major.sort_order, Major.code)
    ).all()
    seen: dict[str, str] = {}
    for major_id, unit_id in rows:
        seen.setdefault(unit_id, major_id)
    return list(seen.values())


def _leads(session: Session, major_ids: list[str]) -> list[str]:
    """The majors' leads who are teachers (专业负责人 writes a career-development standard)."""
    leads = [session.get(Major, m).lead_id for m in major_ids]
    return [
        p
        for p in leads
        if p
        and (person := session.get(Person, p)) is not None
        and person.is_teacher
        and person.unit_id
    ]


def _classes(session: Session, major_ids: list[str]) -> list[str]:
    return [
        c
        for m in major_ids
        if (
            c := session.scalars(
                select(StudentClass.id)
                .where(StudentClass.major_id == m)
                .order_by(StudentClass.name)
            ).first()
        )
    ]
