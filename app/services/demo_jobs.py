"""The sample college's job description manuals: every unit gets one (3–20 posts).

:func:`create_demo_manuals` is called by :func:`app.services.demo.create_demo` once the
units exist. Each manual is built as a :class:`ManualDoc` from the compact specs in
:mod:`app.services.demo_jobs_data` (so the demo exercises the same document the editor
edits), then flattened to rows and inserted with one Core executemany per table — the
ORM save would take seconds for ~3,000 standards, this takes a tenth of that.

Deterministic (every draw comes from ``random.Random`` seeded by the unit's name) and
idempotent (nothing is written if any manual record exists). 教务科研处 carries the
seed's 表4 (教学管理岗位) word for word.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import Unit
from app.models.base import utcnow
from app.models.jobs import DutyCategory, JobDescription, UnitDuty, WorkItem, WorkStandard
from app.services import demo_jobs_data as data
from app.services.identity import installation_id
from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
    fresh_ids,
)

JOBS_SEED = "jobs-20240901"
VAGUE_SHARE = 0.06  # of generated standards, worded vaguely on purpose
OTHER_WORK = "完成上级交办的其它工作。"


def create_demo_manuals(session: Session) -> int:
    """Give every live unit a manual unless manuals exist; returns how many posts were made."""
    if session.scalar(select(JobDescription.id).limit(1)) is not None:
        return 0
    if session.scalar(select(UnitDuty.id).limit(1)) is not None:
        return 0
    units = session.execute(
        select(Unit.id, Unit.name, Unit.kind)
        .where(Unit.deleted.is_(False))
        .order_by(Unit.sort_order, Unit.name)
    ).all()
    docs = [manual_for(uid, name, kind) for uid, name, kind in units]
    write_manuals(session, docs)
    return sum(len(d.posts) for d in docs)


def manual_for(unit_id: str, unit_name: str, kind: str) -> ManualDoc:
    """The sample manual of one unit (an office by name, else a 系 or a teaching 部)."""
    rng = random.Random(f"{JOBS_SEED}/{unit_name}")
    if unit_name in data.OFFICE_MANUALS:
        duties, posts = data.OFFICE_MANUALS[unit_name]
    elif kind == "academic" and ("部" in unit_name[-1:] or "学院" in unit_name):
        duties, posts = data.TEACHING_DUTIES, data.TEACHING_POSTS
    elif kind == "academic":
        duties, posts = data.DEPARTMENT_DUTIES, data.DEPARTMENT_POSTS
    else:  # an office the sample does not describe: the smallest shape that makes sense
        duties, posts = data.TEACHING_DUTIES[:3], data.TEACHING_POSTS[:3]
    doc = ManualDoc(unit_id=unit_id, unit_name=unit_name)
    doc.duties = [DutyDoc(text=text) for _, text, _ in duties]
    work_of: dict[str, tuple[str, int, list[StandardDoc]]] = {}
    for number, (_, _, items) in enumerate(duties, start=1):
        for work in items:
            work_of[work] = (work.replace("/", ""), number, _standards(rng, work))
    for spec in posts:
        doc.posts.append(_post(doc, duties, spec, work_of, unit_name))
    if unit_name == "教务科研处":
        doc.posts.insert(2, seed_post(doc))
    return doc


def _post(
    doc: ManualDoc,
    duties: Sequence[data.Duty],
    spec: data.Post,
    work_of: dict[str, tuple[str, int, list[StandardDoc]]],
    unit_name: str,
) -> PostDoc:
    title, headcount, coefficient, supervisor, subordinates, numbers = spec
    head = supervisor == "分管院领导"
    post = PostDoc(
        title=title,
        headcount=headcount,
        coefficient=coefficient,
        supervisor=supervisor,
        subordinates=subordinates,
        **_qualifications(title, unit_name, head=head),
    )
    if head:  # the head first answers for the unit's own system of rules and plans
        post.categories.append(
            CategoryDoc(
                name="管理体系建设",
                items=[
                    WorkItemDoc(
                        text=f"组织制定（修订）{unit_name}管理制度和年度工作计划",
                        duty_id=doc.duties[numbers[0] - 1].id,
                        standards=[
                            StandardDoc("每年 1 月 31 日前组织完成部门年度工作计划并报分管院领导"),
                            StandardDoc(
                                "每年 3 月 31 日前完成部门一页纸工作计划，"
                                "任务与目标对应出错率低于 5%"
                            ),
                            StandardDoc(
                                "每年 12 月 20 日前完成部门制度梳理，需修订的制度修订完成率 100%"
                            ),
                        ],
                    )
                ],
            )
        )
    by_name = {cat.name: cat for cat in post.categories}
    for number in numbers:
        category, _, items = duties[number - 1]
        chosen = items[:1] if head else items
        if category not in by_name:  # duties sharing a 职责类型 print under one heading
            by_name[category] = CategoryDoc(name=category)
            post.categories.append(by_name[category])
        for work in chosen:
            text, duty_no, standards = work_of[work]
            by_name[category].items.append(
                WorkItemDoc(
                    text=("统筹" if head else "") + text,
                    duty_id=doc.duties[duty_no - 1].id,
                    standards=[StandardDoc(s.text) for s in standards],
                )
            )
    post.categories.append(CategoryDoc(name="其它工作", items=[WorkItemDoc(text=OTHER_WORK)]))
    return post


def seed_post(doc: ManualDoc) -> PostDoc:
    """表4 of the seed: 教务科研处's 教学管理岗位, linked to the office's duties 1–3."""
    post = PostDoc(
        title=data.SEED_POST_TITLE, **data.SEED_POST_INFO, **data.SEED_POST_QUALIFICATIONS
    )
    for name, items in data.SEED_POST:
        cat = CategoryDoc(name=name)
        for text, duty_no, standards in items:
            cat.items.append(
                WorkItemDoc(
                    text=text,
                    duty_id=doc.duties[duty_no - 1].id if duty_no else None,
                    standards=[StandardDoc(s) for s in standards],
                )
            )
        post.categories.append(cat)
    return post


def _standards(rng: random.Random, work: str) -> list[StandardDoc]:
    """Two to four standards phrased around the work item, mostly SMART, a few vague."""
    verb, _, obj = work.partition("/")
    picks = rng.sample(data.STANDARD_TEMPLATES, rng.randint(2, 4))
    if rng.random() < VAGUE_SHARE:
        picks[-1] = rng.choice(data.VAGUE_TEMPLATES)
    numbers = {
        "m": rng.randint(1, 12),
        "d": rng.choice((5, 10, 15, 20, 25, 28)),
        "wk": rng.randint(1, 4),
        "k": rng.choice((3, 5, 7, 10)),
        "p": rng.choice((85, 90, 95)),
    }
    return [StandardDoc(t.format(v=verb, o=obj, **numbers)) for t in picks]


def _qualifications(title: str, unit_name: str, *, head: bool) -> dict[str, str]:
    """任职资格: stricter for heads; certificates by what the post does."""
    certificate = next((c for key, c in data.CERTIFICATES.items() if key in title), "无特殊要求")
    if head:
        return {
            "education": "本科及以上学历，副高级及以上职称",
            "knowledge": f"熟悉高等职业教育政策法规和{unit_name}业务，"
            "具有较强的组织协调和文字表达能力",
            "experience": "从事相关管理工作 5 年以上，其中中层管理工作 2 年以上",
            "certificates": certificate,
        }
    deputy = title.startswith("副") or "副主任" in title
    return {
        "education": "本科及以上学历，中级及以上职称" if deputy else "本科及以上学历",
        "knowledge": f"熟悉{title.removesuffix('岗')}业务流程和相关规定，"
        "熟练使用办公软件和学院业务系统",
        "experience": "从事相关工作 3 年以上" if deputy else "从事相关工作 1 年以上",
        "certificates": certificate,
    }


# -- rows ------------------------------------------------------------------------------------
def manual_rows(session: Session, doc: ManualDoc) -> dict[Any, list[dict[str, Any]]]:
    """The manual as Core rows per model, with this installation's sync columns."""
    me = installation_id(session)
    now = utcnow()
    unit = doc.unit_id

    def row(record_id: str, **values: Any) -> dict[str, Any]:
        return {
            "id": record_id,
            "owner_unit_id": unit,
            "unit_id": unit,
            "version": {me: 1},
            "created_at": now,
            "updated_at": now,
            "deleted": False,
            **values,
        }

    rows: dict[Any, list[dict[str, Any]]] = {
        UnitDuty: [row(d.id, position=n, text=d.text) for n, d in enumerate(doc.duties, start=1)],
        JobDescription: [],
        DutyCategory: [],
        WorkItem: [],
        WorkStandard: [],
    }
    for p_no, post in enumerate(doc.posts, start=1):
        rows[JobDescription].append(
            row(
                post.id,
                position=p_no,
                title=post.title,
                headcount=post.headcount,
                coefficient=post.coefficient,
                supervisor=post.supervisor,
                subordinates=post.subordinates,
                education=post.education,
                knowledge=post.knowledge,
                experience=post.experience,
                certificates=post.certificates,
            )
        )
        for c_no, cat in enumerate(post.categories, start=1):
            rows[DutyCategory].append(row(cat.id, post_id=post.id, position=c_no, name=cat.name))
            for i_no, item in enumerate(cat.items, start=1):
                rows[WorkItem].append(
                    row(
                        item.id,
                        post_id=post.id,
                        category_id=cat.id,
                        position=i_no,
                        text=item.text,
                        duty_id=item.duty_id,
                    )
                )
                for s_no, std in enumerate(item.standards, start=1):
                    rows[WorkStandard].append(
                        row(std.id, work_item_id=item.id, position=s_no, text=std.text)
                    )
    return rows


def write_manuals(session: Session, docs: Sequence[ManualDoc]) -> None:
    """Insert the manuals with one executemany per table, parents first."""
    merged: dict[Any, list[dict[str, Any]]] = {}
    for doc in docs:
        for model, rows in manual_rows(session, doc).items():
            merged.setdefault(model, []).extend(rows)
    for model in (UnitDuty, JobDescription, DutyCategory, WorkItem, WorkStandard):
        if merged.get(model):
            session.execute(insert(model.__table__), merged[model])


def sample_manual(unit_id: str, *, unit_name: str = "教务科研处", posts: int = 20) -> ManualDoc:
    """A manual of ``posts`` distinct, realistic posts for one unit (benchmarks and tests).

    Starts from the unit's sample manual and borrows posts from the other offices'
    samples (retitled, linked to this unit's duties in turn) until there are enough.
    """
    doc = manual_for(unit_id, unit_name, "office")
    donors = [manual_for(unit_id, name, "office") for name in data.OFFICE_MANUALS]
    n = 0
    while len(doc.posts) < posts:
        donor = donors[n % len(donors)]
        source = donor.posts[(n // len(donors)) % len(donor.posts)]
        clone = fresh_ids(source)
        clone.title = f"{donor.unit_name}{source.title}"
        for k, item in enumerate(clone.items()):
            if item.duty_id is not None:
                item.duty_id = doc.duties[(n + k) % len(doc.duties)].id
        doc.posts.append(clone)
        n += 1
    del doc.posts[posts:]
    return doc
