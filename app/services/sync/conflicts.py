"""Conflicts a person resolves: side by side, take one version, or merge field by field.

A resolution writes the chosen content with the element-wise maximum of both
versions plus one at this installation: it dominates both, so wherever it
travels it replaces either side, and both PCs converge on it (an open conflict
there is closed as superseded).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.models import RecordHistory, SyncConflict
from app.models.base import utcnow
from app.services.errors import UserError
from app.services.identity import installation_id
from app.services.sync.codec import from_wire, normalised, to_wire
from app.services.sync.merge import content_fields
from app.services.sync.peers import unit_name
from app.services.sync.registry import record_type
from app.services.sync.vectors import resolved

LOCAL, INCOMING = "local", "incoming"
SIDE_LABELS = {LOCAL: "本机", INCOMING: "对方"}
_TITLE_FIELDS = ("name", "work_name", "text", "category", "summary", "comment")


#: Never chosen field by field: who wrote the record, and whether it exists. A merge keeps
#: this PC's; taking the other side whole is how to adopt the other's.
WHOLE_RECORD_FIELDS = frozenset({"owner_unit_id", "deleted"})


def mergeable_fields(type_name: str) -> list[str]:
    """The fields a field-by-field merge may take from either side.

    Not the author nor the fields that decide who the author is (a plan's unit, a
    task's plan, a review's action): mixing those from two versions could make a
    record nobody may write, which every other PC would then refuse.
    """
    rtype = record_type(type_name)
    fixed = WHOLE_RECORD_FIELDS | rtype.rule.decided_by
    return [f for f in content_fields(rtype) if f not in fixed]


@dataclass(frozen=True)
class FieldDiff:
    """One field that differs between the two versions."""

    name: str
    local: Any
    incoming: Any
    ancestor: Any
    changed_here: bool | None  # None: no common ancestor known
    changed_there: bool | None
    mergeable: bool = True

    @property
    def suggested(self) -> str:
        """The side that changed the field since the last agreed version (this PC if unknown,
        if both changed it, or if the field is not chosen field by field)."""
        if self.mergeable and self.changed_there and not self.changed_here:
            return INCOMING
        return LOCAL

    @property
    def changed_by(self) -> str:
        """Who changed the field since the two last agreed, in Chinese (CLI and reports)."""
        if self.changed_here is None:
            return "不明（没有共同的旧版本）"
        if self.changed_here and self.changed_there:
            return "双方"
        if self.changed_here:
            return SIDE_LABELS[LOCAL]
        return SIDE_LABELS[INCOMING] if self.changed_there else "—"


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the list and the side-by-side view show it."""

    id: int
    type_name: str
    type_label: str
    record_id: str
    title: str
    kind: str
    severity: str
    state: str
    origin_name: str
    created_at: datetime
    resolution: str
    diffs: list[FieldDiff]

    def describe(self) -> str:
        """One Chinese line (the CLI adds the fields below it)."""
        level = "严重冲突" if self.severity == "hard" else "一般冲突"
        if self.kind == "integrity":
            level = "完整性警报"
        state = "待处理" if self.state == "open" else f"已处理（{self.resolution}）"
        return (
            f"#{self.id}  {self.type_label}“{self.title}”  {level}  {state}  "
            f"对方：{self.origin_name}  字段：{'、'.join(d.name for d in self.diffs) or '—'}"
        )


def _view(session: Session, c: SyncConflict) -> ConflictView:
    rtype = record_type(c.type_name)
    local, incoming, ancestor = c.local_data, c.incoming_data, c.ancestor_data
    mergeable = set(mergeable_fields(c.type_name))
    diffs = [
        FieldDiff(
            f,
            local.get(f),
            incoming.get(f),
            ancestor.get(f) if ancestor else None,
            (local.get(f) != ancestor.get(f)) if ancestor else None,
            (incoming.get(f) != ancestor.get(f)) if ancestor else None,
            f in mergeable,
        )
        for f in c.fields
    ]
    title = next((str(local[f]) for f in _TITLE_FIELDS if local.get(f)), c.record_id[:8])
    return ConflictView(
        c.id,
        c.type_name,
        rtype.label,
        c.record_id,
        title[:40],
        c.kind,
        c.severity,
        c.state,
        unit_name(session, c.origin_unit_id),
        c.created_at,
        c.resolution,
        diffs,
    )


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Open conflicts (and resolved ones on request), oldest first."""
    stmt = select(SyncConflict).order_by(SyncConflict.id)
    if not include_resolved:
        stmt = stmt.where(SyncConflict.state == "open")
    return [_view(session, c) for c in session.scalars(stmt)]


def get_conflict(session: Session, *, conflict_id: int) -> ConflictView:
    """One conflict by number."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise UserError(f"找不到编号为 {conflict_id} 的冲突。")
    return _view(session, conflict)


def resolve(
    session: Session,
    *,
    conflict_id: int,
    take: str | None = None,
    merge: dict[str, str] | None = None,
) -> ConflictView:
    """Settle a conflict: ``take`` one side whole, or ``merge`` {field: side} (others: local).

    Only :func:`mergeable_fields` may be named in ``merge``.
    """
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise UserError(f"找不到编号为 {conflict_id} 的冲突。")
    if conflict.state != "open":
        raise UserError(f"冲突 #{conflict_id} 已处理过。")
    if (take is None) == (not merge):
        raise UserError("请选择采用哪一方的版本，或逐项指定每个字段采用哪一方。")
    rtype = record_type(conflict.type_name)
    fields = content_fields(rtype)
    choice: dict[str, str] = {f: take or LOCAL for f in fields}
    allowed = mergeable_fields(rtype.name)
    for name, side in (merge or {}).items():
        if name in fields and name not in allowed:
            raise UserError(
                f"“{name}”决定记录的作者或是否已删除，不能逐项合并；"
                "如需采用对方的，请整体采用对方版本（--take incoming）。"
            )
        if name not in fields:
            listed = "、".join(allowed)
            raise UserError(f"“{name}”不是{rtype.label}可合并的字段（可选：{listed}）。")
        if side not in (LOCAL, INCOMING):
            raise UserError("每个字段应选择 local（本机）或 incoming（对方）。")
        choice[name] = side
    table = rtype.table
    row = session.execute(select(table).where(table.c.id == conflict.record_id)).mappings().first()
    if row is None:
        raise UserError("冲突所涉及的记录已不存在。")
    local = normalised(rtype.specs, row)
    incoming = from_wire(rtype.specs, conflict.incoming_data, type_name=rtype.label, line=0)
    result = dict(local)
    for name in fields:
        if choice[name] == INCOMING:
            result[name] = incoming[name]
    result["version"] = resolved(
        local["version"], conflict.incoming_version, installation_id(session)
    )
    result["updated_at"] = utcnow().replace(tzinfo=None)
    now = utcnow()
    session.execute(
        insert(RecordHistory.__table__),
        [
            {
                "type_name": rtype.name,
                "record_id": local["id"],
                "kind": "replaced",
                "version": local["version"],
                "data": to_wire(rtype.specs, local),
                "recorded_at": now,
            }
        ],
    )
    params = {k: v for k, v in result.items() if k != "id"}
    session.execute(
        update(table).where(table.c.id == bindparam("b_id")), [{**params, "b_id": local["id"]}]
    )
    if take:
        conflict.resolution = f"采用{SIDE_LABELS[take]}版本"
    else:
        picked = [f"{n}={SIDE_LABELS[s]}" for n, s in sorted((merge or {}).items())]
        conflict.resolution = "逐项合并：" + "，".join(picked)
    conflict.state = "resolved"
    conflict.resolved_at = now
    session.flush()
    return _view(session, conflict)
