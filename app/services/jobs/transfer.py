"""Storing a manual read from a workbook: which unit it is, and which records it updates.

The workbook names its unit (hidden id, and the name on the 部门职责 sheet) and carries
record ids, so importing an exported file updates the same records. A file made by
hand, or one exported from another unit and imported with ``--unit``, has ids that
are new here or belong elsewhere: those records get fresh ids, then adopt the ids of
the stored records they match (post by title, duty type by name, work and standards
by text), so re-importing an edited copy never duplicates a manual.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Unit
from app.models.base import new_uuid
from app.models.jobs import DutyCategory, JobDescription, UnitDuty, WorkItem, WorkStandard
from app.services.errors import UserError
from app.services.jobs.doc import ManualDoc, PostDoc
from app.services.jobs.store import load_manual, save_manual


def import_manual_doc(
    session: Session, *, doc: ManualDoc, unit_id: str | None = None
) -> tuple[ManualDoc, bool]:
    """Store ``doc`` as the whole manual of its unit (or of ``unit_id``); returns (stored, changed).

    Posts and duties missing from the file are tombstoned: the file is the manual.
    Runs in the caller's transaction, so a refused import leaves nothing behind.
    """
    target = _target_unit(session, doc, unit_id)
    stored = load_manual(session, unit_id=target.id)
    doc.unit_id, doc.unit_name = target.id, target.name
    _own_ids(session, doc, stored)
    changed = save_manual(session, doc=doc)
    return load_manual(session, unit_id=target.id), changed


def _target_unit(session: Session, doc: ManualDoc, unit_id: str | None) -> Unit:
    if unit_id:
        unit = session.get(Unit, unit_id)
    else:
        unit = session.get(Unit, doc.unit_id) if doc.unit_id else None
        if unit is None or unit.deleted:
            unit = session.scalars(
                select(Unit).where(Unit.name == doc.unit_name, Unit.deleted.is_(False))
            ).first()
    if unit is None or unit.deleted:
        named = f"“{doc.unit_name}”" if doc.unit_name else "文件中的部门"
        raise UserError(f"本机找不到{named}。请用 --unit 指定要导入到哪个部门。")
    return unit


def _ids(session: Session, model: Any, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` exist in ``model``'s table at all (any unit, deleted or not)."""
    wanted = list(ids)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found


def _own_ids(session: Session, doc: ManualDoc, stored: ManualDoc) -> None:
    """Give records ids this unit may write, reusing the stored ones they match."""
    mine = {
        "duty": {d.id for d in stored.duties},
        "post": {p.id for p in stored.posts},
    }
    taken_elsewhere = {
        "duty": _ids(session, UnitDuty, (d.id for d in doc.duties)) - mine["duty"],
        "post": _ids(session, JobDescription, (p.id for p in doc.posts)) - mine["post"],
        "cat": _ids(session, DutyCategory, (c.id for p in doc.posts for c in p.categories)),
        "item": _ids(session, WorkItem, (i.id for p in doc.posts for i in p.items())),
        "std": _ids(session, WorkStandard, (s.id for p in doc.posts for _, s in p.standards())),
    }
    # Children may keep their ids only inside a post that is this unit's own.
    stored_children = (
        {c.id for p in stored.posts for c in p.categories}
        | {i.id for p in stored.posts for i in p.items()}
        | {s.id for p in stored.posts for _, s in p.standards()}
    )
    for key in ("cat", "item", "std"):
        taken_elsewhere[key] -= stored_children
    # Duties: foreign ids renewed, then matched to stored duties by text.
    duty_map: dict[str, str] = {}
    stored_by_text = {d.text: d.id for d in stored.duties}
    used = {d.id for d in doc.duties if d.id in mine["duty"]}
    for duty in doc.duties:
        if duty.id in mine["duty"]:
            continue
        old = duty.id
        match = stored_by_text.get(duty.text.strip())
        duty.id = match if match and match not in used else new_uuid()
        used.add(duty.id)
        duty_map[old] = duty.id
    for post in doc.posts:
        for item in post.items():
            if item.duty_id in duty_map:
                item.duty_id = duty_map[item.duty_id]
    # Posts: foreign ids renewed, then matched by title.
    stored_by_title = {p.title: p for p in stored.posts}
    used_posts = {p.id for p in doc.posts if p.id in mine["post"]}
    for post in doc.posts:
        if post.id in mine["post"]:
            _renew_children(post, taken_elsewhere)
            continue
        match = stored_by_title.get(post.title.strip())
        if match is not None and match.id not in used_posts:
            post.id = match.id
            used_posts.add(post.id)
            _adopt_children(post, match)
        else:
            post.id = new_uuid()
        _renew_children(post, taken_elsewhere)


def _adopt_children(post: PostDoc, match: PostDoc) -> None:
    """Reuse the stored post's duty type, work and standard ids where the text matches."""
    cats = {c.name: c for c in match.categories}
    for cat in post.categories:
        old = cats.pop(cat.name, None)
        if old is None:
            continue
        cat.id = old.id
        items = {i.text: i for i in old.items}
        for item in cat.items:
            old_item = items.pop(item.text, None)
            if old_item is None:
                continue
            item.id = old_item.id
            stds = {s.text: s for s in old_item.standards}
            for std in item.standards:
                old_std = stds.pop(std.text, None)
                if old_std is not None:
                    std.id = old_std.id


def _renew_children(post: PostDoc, taken: dict[str, set[str]]) -> None:
    """Ids of another unit's records, or repeated in the file, become new ones."""
    seen: set[str] = set()

    def fresh(record_id: str, key: str) -> str:
        if record_id in taken[key] or record_id in seen:
            record_id = new_uuid()
        seen.add(record_id)
        return record_id

    for cat in post.categories:
        cat.id = fresh(cat.id, "cat")
        for item in cat.items:
            item.id = fresh(item.id, "item")
            for std in item.standards:
                std.id = fresh(std.id, "std")
