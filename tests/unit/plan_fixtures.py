"""Helpers shared by plan tests: a small college and a complete, valid plan."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.services import org
from app.services.identity import set_office
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc
from app.services.plans.store import new_plan_doc


def small_college(session: Session) -> dict[str, str]:
    """The quality office, 教务科研处, one department with a major and two teachers."""
    ids = {
        "office": org.create(
            session,
            kind="unit",
            values={"name": "质量督导处", "kind": "office", "is_quality_office": True},
        ),
        "academic_affairs": org.create(
            session, kind="unit", values={"name": "教务科研处", "kind": "office"}
        ),
        "dept": org.create(session, kind="unit", values={"name": "水利工程系", "kind": "academic"}),
    }
    ids["major"] = org.create(
        session, kind="major", values={"name": "水利工程", "unit_id": ids["dept"]}
    )
    ids["zhang"] = org.create(
        session, kind="person", values={"name": "张伟", "staff_no": "1001", "unit_id": ids["dept"]}
    )
    ids["li"] = org.create(
        session, kind="person", values={"name": "李娜", "staff_no": "1002", "unit_id": ids["dept"]}
    )
    set_office(session)
    return ids


def complete_plan(session: Session, ids: dict[str, str], *, year: int = 2026) -> PlanDoc:
    """A major plan that passes every check."""
    doc = new_plan_doc(session, level="major", subject_id=ids["major"], year=year)
    first, second = ObjectiveDoc("建成自治区级品牌专业"), ObjectiveDoc("双师型教师占比达到 60%")
    doc.leader = "张伟"
    doc.objective = "专业建设水平进入区内同类专业前列"
    doc.objectives = [first, second]
    doc.tasks = [
        TaskDoc(
            name=name,
            objective_ids=[first.id] if n % 2 else [first.id, second.id],
            owners=[Owner(ids["zhang"], "A"), Owner(ids["li"], "B")],
            target_date=date(year, 6 + n, 30),
            planned_months=[3 + n, 4 + n],
        )
        for n, name in enumerate(["专业建设", "专业教学标准建设", "师资队伍建设", "实训基地建设"])
    ]
    doc.costs = [CostDoc("部门一般公用经费", 50000), CostDoc("培训经费", 20000)]
    return doc
