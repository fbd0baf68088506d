"""Reading and writing a unit's job description manual as a :class:`ManualDoc`.

Saving compares the document with what is stored and writes only what changed, so
version vectors move only for records that really changed (sync merges record by
record and relies on it); removed rows become tombstones. All of it happens in the
caller's transaction (``Database.session()``), so a save is all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Institution, Unit
from app.models.base import SyncRecord
from app.models.jobs import DutyCategory, JobDescription, UnitDuty, WorkItem, WorkStandard
from app.services.errors import UserError
from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
    copy_post_in,
)
from app.services.records import stamp

MAX_POSTS = 200
MAX_TITLE = 100
MAX_CATEGORY = 100
MAX_SUPERVISOR = 100
MAX_SUBORDINATES = 200
MAX_COEFFICIENT = 20
_MODELS: tuple[type[SyncRecord], ...] = (
    UnitDuty,
    JobDescription,
    DutyCategory,
    WorkItem,
    WorkStandard,
)


# -- reading -------------------------------------------------------------------------
def _unit(session: Session, unit_id: str) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None or unit.deleted:
        raise UserError("找不到该部门（可能已被删除）。")
    return unit


def _live_rows(session: Session, model: Any, unit_id: str) -> list[Any]:
    stmt = (
        select(model)
        .where(model.unit_id == unit_id, model.deleted.is_(False))
        .order_by(model.position)
    )
    return list(session.scalars(stmt))


def load_manual(session: Session, *, unit_id: str) -> ManualDoc:
    """The unit's manual as stored (an empty one if nothing was written yet)."""
    unit = _unit(session, unit_id)
    institution = session.scalars(
        select(Institution.name).where(Institution.deleted.is_(False))
    ).first()
    duties = [DutyDoc(text=d.text, id=d.id) for d in _live_rows(session, UnitDuty, unit_id)]
    known_duties = {d.id for d in duties}
    standards: dict[str, list[StandardDoc]] = {}
    for s in _live_rows(session, WorkStandard, unit_id):
        standards.setdefault(s.work_item_id, []).append(StandardDoc(text=s.text, id=s.id))
    items: dict[str, list[WorkItemDoc]] = {}
    for i in _live_rows(session, WorkItem, unit_id):
        items.setdefault(i.category_id, []).append(
            WorkItemDoc(
                text=i.text,
                # A link to a duty deleted meanwhile reads as "no duty" (coverage lists it).
                duty_id=i.duty_id if i.duty_id in known_duties else None,
                standards=standards.get(i.id, []),
                id=i.id,
            )
        )
    categories: dict[str, list[CategoryDoc]] = {}
    for c in _live_rows(session, DutyCategory, unit_id):
        categories.setdefault(c.post_id, []).append(
            CategoryDoc(name=c.name, items=items.get(c.id, []), id=c.id)
        )
    posts = [
        PostDoc(
            id=p.id,
            title=p.title,
            headcount=p.headcount,
            coefficient=p.coefficient,
            supervisor=p.supervisor,
            subordinates=p.subordinates,
            education=p.education,
            knowledge=p.knowledge,
            experience=p.experience,
            certificates=p.certificates,
            categories=categories.get(p.id, []),
        )
        for p in _live_rows(session, JobDescription, unit_id)
    ]
    return ManualDoc(
        unit_id=unit_id,
        duties=duties,
        posts=posts,
        unit_name=unit.name,
        institution_name=institution or "",
    )


@dataclass(frozen=True)
class ManualSummary:
    """A row of the manuals list: one unit."""

    unit_id: str
    unit_name: str
    unit_kind: str
    duty_count: int
    post_count: int
    headcount: int
    standard_count: int


def list_manuals(session: Session, *, unit_id: str | None = None) -> list[ManualSummary]:
    """Every live unit (or one) with the size of its manual, in organisation order."""
    stmt = select(Unit).where(Unit.deleted.is_(False))
    if unit_id:
        stmt = stmt.where(Unit.id == unit_id)
    units = list(session.scalars(stmt.order_by(Unit.sort_order, Unit.name)))

    def counts(model: Any, value: Any = None) -> dict[str, int]:
        column = func.count() if value is None else func.coalesce(func.sum(value), 0)
        rows = session.execute(
            select(model.unit_id, column).where(model.deleted.is_(False)).group_by(model.unit_id)
        )
        return {u: int(n) for u, n in rows}

    duties = counts(UnitDuty)
    posts = counts(JobDescription)
    heads = counts(JobDescription, JobDescription.headcount)
    standards = counts(WorkStandard)
    return [
        ManualSummary(
            u.id,
            u.name,
            u.kind,
            duties.get(u.id, 0),
            posts.get(u.id, 0),
            heads.get(u.id, 0),
            standards.get(u.id, 0),
        )
        for u in units
    ]


@dataclass(frozen=True)
class PostRef:
    """Where a post is: its unit and id (what `jobs show 教学管理岗` resolves to)."""

    unit_id: str
    unit_name: str
    post_id: str
    title: str


def find_posts(session: Session, text: str, *, unit_id: str | None = None) -> list[PostRef]:
    """Posts whose title is ``text`` (or, if none is, contains it), or whose id starts so."""
    text = text.strip()
    if not text:
        return []
    stmt = (
        select(JobDescription.unit_id, Unit.name, JobDescription.id, JobDescription.title)
        .join(Unit, Unit.id == JobDescription.unit_id)
        .where(JobDescription.deleted.is_(False), Unit.deleted.is_(False))
        .order_by(Unit.sort_order, Unit.name, JobDescription.position)
    )
    if unit_id:
        stmt = stmt.where(JobDescription.unit_id == unit_id)
    rows = [PostRef(*r) for r in session.execute(stmt)]
    exact = [r for r in rows if r.title == text]
    if exact:
        return exact
    if len(text) >= 4 and all(c in "0123456789abcdef-" for c in text.lower()):
        by_id = [r for r in rows if r.post_id.startswith(text.lower())]
        if by_id:
            return by_id
    return [r for r in rows if text in r.title]


def load_post(session: Session, *, post_id: str) -> tuple[ManualDoc, PostDoc]:
    """A post with the manual it belongs to (the manual gives its duty numbers)."""
    row = session.get(JobDescription, post_id)
    if row is None or row.deleted:
        raise UserError("找不到该岗位（可能已被删除）。")
    doc = load_manual(session, unit_id=row.unit_id)
    return doc, doc.post(post_id)


# -- checking before a save ------------------------------------------------------------
def parse_coefficient(text: str) -> Decimal | None:
    """岗位系数 as a number (None when blank); ValueError if it is not a positive number."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value <= 0:
        raise ValueError(text)
    return value


def _check_sizes(doc: ManualDoc) -> None:
    """Refuse what the columns cannot hold or what makes no sense as a record."""
    if len(doc.posts) > MAX_POSTS:
        raise UserError(f"一个部门最多 {MAX_POSTS} 个岗位。")
    duty_ids = {d.id for d in doc.duties}
    seen: set[str] = set()

    def unique(record_id: str) -> None:
        if record_id in seen:
            raise UserError("说明书中有重复的记录编号，请重新打开后再保存。")
        seen.add(record_id)

    for duty in doc.duties:
        unique(duty.id)
    for n, post in enumerate(doc.posts, start=1):
        unique(post.id)
        where = f"第 {n} 个岗位“{post.title.strip() or '（未命名）'}”"
        limits = [
            (len(post.title.strip()) > MAX_TITLE, f"岗位名称最多 {MAX_TITLE} 字"),
            (len(post.supervisor.strip()) > MAX_SUPERVISOR, f"直接上级最多 {MAX_SUPERVISOR} 字"),
            (
                len(post.subordinates.strip()) > MAX_SUBORDINATES,
                f"直接下级最多 {MAX_SUBORDINATES} 字",
            ),
            (len(post.coefficient.strip()) > MAX_COEFFICIENT, "岗位系数太长"),
            (post.headcount is not None and post.headcount < 0, "定员不能为负数"),
            (
                post.headcount is not None and post.headcount > 9999,
                "定员不能超过 9999 人",
            ),
        ]
        for broken, message in limits:
            if broken:
                raise UserError(f"{where}：{message}。")
        try:
            parse_coefficient(post.coefficient)
        except ValueError:
            raise UserError(
                f"{where}：岗位系数应为正数（如 1.2），而不是“{post.coefficient}”。"
            ) from None
        for cat in post.categories:
            unique(cat.id)
            if len(cat.name.strip()) > MAX_CATEGORY:
                raise UserError(f"{where}：职责类型名称最多 {MAX_CATEGORY} 字。")
            for item in cat.items:
                unique(item.id)
                if item.duty_id is not None and item.duty_id not in duty_ids:
                    raise UserError(f"{where}：工作内容“{item.text[:20]}”对应的部门职责不存在。")
                for std in item.standards:
                    unique(std.id)


# -- saving --------------------------------------------------------------------------------
def save_manual(session: Session, *, doc: ManualDoc) -> bool:
    """Write ``doc`` as the unit's whole manual; returns whether anything changed.

    Rows missing from ``doc`` are tombstoned (soft delete, so the deletion travels).
    A record id that belongs to another unit is refused: ids never move between units.
    """
    unit = _unit(session, doc.unit_id)
    _check_sizes(doc)
    existing: dict[type[SyncRecord], dict[str, Any]] = {}
    for model in _MODELS:
        rows = session.scalars(select(model).where(model.unit_id == unit.id))  # type: ignore[attr-defined]
        existing[model] = {r.id: r for r in rows}
    _refuse_foreign_ids(session, doc, existing)
    wanted: dict[type[SyncRecord], list[tuple[str, dict[str, Any]]]] = {m: [] for m in _MODELS}
    wanted[UnitDuty] = [
        (d.id, {"position": n, "text": d.text.strip()}) for n, d in enumerate(doc.duties, start=1)
    ]
    for p_no, post in enumerate(doc.posts, start=1):
        wanted[JobDescription].append((post.id, _post_values(post, p_no)))
        for c_no, cat in enumerate(post.categories, start=1):
            wanted[DutyCategory].append(
                (cat.id, {"post_id": post.id, "position": c_no, "name": cat.name.strip()})
            )
            for i_no, item in enumerate(cat.items, start=1):
                wanted[WorkItem].append(
                    (
                        item.id,
                        {
                            "post_id": post.id,
                            "category_id": cat.id,
                            "position": i_no,
                            "text": item.text.strip(),
                            "duty_id": item.duty_id,
                        },
                    )
                )
                for s_no, std in enumerate(item.standards, start=1):
                    wanted[WorkStandard].append(
                        (
                            std.id,
                            {"work_item_id": item.id, "position": s_no, "text": std.text.strip()},
                        )
                    )
    changed = False
    # Parents before children on insert (foreign keys), children first on delete.
    for model in _MODELS:
        changed |= _upsert(session, model, unit.id, existing[model], wanted[model])
        session.flush()
    for model in reversed(_MODELS):
        changed |= _tombstone(session, existing[model], {i for i, _ in wanted[model]})
    session.flush()
    return changed


def _post_values(post: PostDoc, position: int) -> dict[str, Any]:
    return {
        "position": position,
        "title": post.title.strip(),
        "headcount": post.headcount,
        "coefficient": post.coefficient.strip(),
        "supervisor": post.supervisor.strip(),
        "subordinates": post.subordinates.strip(),
        "education": post.education.strip(),
        "knowledge": post.knowledge.strip(),
        "experience": post.experience.strip(),
        "certificates": post.certificates.strip(),
    }


def _refuse_foreign_ids(
    session: Session, doc: ManualDoc, existing: dict[type[SyncRecord], dict[str, Any]]
) -> None:
    """An id stored under another unit means a document mixed up two manuals."""
    ids_by_model: dict[type[SyncRecord], list[str]] = {
        UnitDuty: [d.id for d in doc.duties],
        JobDescription: [p.id for p in doc.posts],
        DutyCategory: [c.id for p in doc.posts for c in p.categories],
        WorkItem: [i.id for p in doc.posts for i in p.items()],
        WorkStandard: [s.id for p in doc.posts for _, s in p.standards()],
    }
    for model, ids in ids_by_model.items():
        new = [i for i in ids if i not in existing[model]]
        for chunk in _chunks(new, 500):
            clash = session.scalars(select(model.id).where(model.id.in_(chunk))).first()  # type: ignore[attr-defined]
            if clash:
                raise UserError("说明书中的记录属于另一个部门，不能保存到本部门。")


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _upsert(
    session: Session,
    model: type[SyncRecord],
    unit_id: str,
    existing: dict[str, Any],
    wanted: list[tuple[str, dict[str, Any]]],
) -> bool:
    changed = False
    for record_id, values in wanted:
        row = existing.get(record_id)
        if row is None:
            row = model(id=record_id, unit_id=unit_id, owner_unit_id=unit_id, version={}, **values)  # type: ignore[call-arg]
            session.add(row)
            stamp(session, row)
            existing[record_id] = row
            changed = True
        elif row.deleted or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted = False
            stamp(session, row)
            changed = True
    return changed


def _tombstone(session: Session, existing: dict[str, Any], keep: set[str]) -> bool:
    changed = False
    for record_id, row in existing.items():
        if record_id not in keep and not row.deleted:
            row.deleted = True
            stamp(session, row)
            changed = True
    return changed


# -- whole-post operations --------------------------------------------------------------
def copy_post(
    session: Session, *, post_id: str, to_unit_id: str | None = None, title: str | None = None
) -> PostDoc:
    """Store a copy of a post: after it in its own manual, or at the end of another unit's.

    Copied into another unit, the work items lose their duty links (duties are per unit)
    and coverage lists them until the secretary links them again.
    """
    source_doc, source = load_post(session, post_id=post_id)
    if to_unit_id is None or to_unit_id == source_doc.unit_id:
        clone = copy_post_in(source_doc, post_id, title=title)
        save_manual(session, doc=source_doc)
        return clone
    from app.services.jobs.doc import fresh_ids

    target = load_manual(session, unit_id=to_unit_id)
    clone = fresh_ids(source)
    clone.title = title if title is not None else source.title
    for item in clone.items():
        item.duty_id = None
    target.posts.append(clone)
    save_manual(session, doc=target)
    return clone


def reorder_posts(session: Session, *, unit_id: str, post_ids: Sequence[str]) -> bool:
    """Put the unit's posts in the order given (every post exactly once)."""
    doc = load_manual(session, unit_id=unit_id)
    by_id = {p.id: p for p in doc.posts}
    if sorted(post_ids) != sorted(by_id):
        raise UserError("岗位顺序应列出本部门的每个岗位各一次。")
    doc.posts = [by_id[i] for i in post_ids]
    return save_manual(session, doc=doc)


def delete_post(session: Session, *, post_id: str) -> None:
    """Tombstone a post and everything in it."""
    doc, post = load_post(session, post_id=post_id)
    doc.posts.remove(post)
    save_manual(session, doc=doc)


def new_post(title: str = "", *, supervisor: str = "", categories: Sequence[str] = ()) -> PostDoc:
    """An empty post for the editor; the seed's last duty type (其它工作) is offered by default."""
    post = PostDoc(title=title, headcount=1, supervisor=supervisor)
    names = list(categories) or ["其它工作"]
    post.categories = [CategoryDoc(name=n) for n in names]
    if "其它工作" in names:
        other = post.categories[names.index("其它工作")]
        other.items.append(WorkItemDoc(text="完成上级交办的其它工作。"))
    return post
