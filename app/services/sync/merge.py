"""Merging a verified bundle: plan every decision (read only), then apply it in one go.

Records are matched by UUID and decided by version vectors, never by clocks:

- none here → insert;
- equal → nothing (different content under the same version: an integrity alarm,
  kept as a conflict);
- incoming dominates → replace, keeping the replaced version in history and
  storing the incoming vector unchanged;
- local dominates → ignore;
- concurrent → keep the local version, and the incoming one in a conflict: soft
  if the two sides changed different fields, hard if the same field (or a delete
  met an edit). The common ancestor comes from history (versions exchanged
  before); without one, the conflict is hard: nothing tells which side changed
  what.

:func:`plan_merge` only reads, so ``bundle verify`` can show what would happen.
:func:`apply_merge` writes with SQLAlchemy Core (an order of magnitude faster than
the ORM) inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from app.models import RecordHistory, SyncConflict
from app.models.base import utcnow
from app.services.sync import driver, index, writer
from app.services.sync.codec import from_wire, normalised, to_wire
from app.services.sync.ownership import OwnershipContext, check_author
from app.services.sync.registry import NotAuthor, RecordType, record_type, record_types
from app.services.sync.vectors import Order, compare, dominates_or_equal, merged
from app.services.sync.verify import VerifiedBundle

META_FIELDS = frozenset({"id", "version", "created_at", "updated_at"})
Row = dict[str, Any]


def content_fields(rtype: RecordType) -> list[str]:
    """The fields people see and conflicts compare (times are for display only)."""
    return [s.name for s in rtype.specs if s.name not in META_FIELDS]


@dataclass
class TypeCounts:
    """What happened to one record type."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0

    def total(self) -> int:
        """Records seen."""
        return self.added + self.updated + self.unchanged + self.conflicts + self.refused


@dataclass(frozen=True)
class Refusal:
    """A record not merged, and why."""

    type_name: str
    record_id: str
    reason: str

    def describe(self) -> str:
        """One Chinese line."""
        return f"{record_type(self.type_name).label}（{self.record_id[:8]}）：{self.reason}"


@dataclass
class ConflictDraft:
    """A conflict to store."""

    type_name: str
    record_id: str
    kind: str  # concurrent | integrity
    severity: str  # soft | hard
    fields: list[str]
    local: Row
    incoming: Row
    ancestor: dict[str, Any] | None


@dataclass
class MergePlan:
    """Every decision about a bundle's records, made before writing."""

    inserts: dict[str, list[Row]] = field(default_factory=dict)
    updates: dict[str, list[Row]] = field(default_factory=dict)
    replaced: dict[str, list[Row]] = field(default_factory=dict)  # local rows superseded
    vector_only: dict[str, list[Row]] = field(default_factory=dict)  # same content, merged vector
    conflicts: list[ConflictDraft] = field(default_factory=list)
    superseded: list[int] = field(default_factory=list)  # open conflicts an import settles
    refusals: list[Refusal] = field(default_factory=list)
    counts: dict[str, TypeCounts] = field(default_factory=dict)


def _local_rows(session: Session, rtype: RecordType, ids: list[str]) -> dict[str, Row]:
    """The stored rows of those ids (most of an import's are new: only those stored are read)."""
    table = rtype.table
    found: dict[str, Row] = {}
    for chunk in index.chunks(sorted(index.existing_ids(session, table, ids))):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = normalised(rtype.specs, row)
    return found


def _refuse_missing_references(
    accepted: dict[str, dict[str, Row]],
    session: Session,
    plan: MergePlan,
    ctx: OwnershipContext,
) -> None:
    """Refuse records that point at records neither stored here nor accepted (to a fixpoint)."""
    refs: dict[str, list[tuple[str, RecordType]]] = {}
    for rtype in record_types():
        for col in rtype.table.columns:
            for fk in col.foreign_keys:
                target = next(
                    (t for t in record_types() if t.table.name == fk.column.table.name), None
                )
                if target is not None:
                    refs.setdefault(rtype.name, []).append((col.name, target))
    wanted: dict[str, set[str]] = {}
    for name, cols in refs.items():
        for row in accepted.get(name, {}).values():
            for col, target in cols:
                if row[col]:
                    wanted.setdefault(target.name, set()).add(row[col])
    stored = {
        name: index.existing_ids(session, record_type(name).table, ids)
        for name, ids in wanted.items()
    }
    changed = True
    while changed:
        changed = False
        for name, cols in refs.items():
            rows = accepted.get(name, {})
            for record_id in list(rows):
                row = rows[record_id]
                for col, target in cols:
                    value = row[col]
                    if (
                        value
                        and value not in stored.get(target.name, set())
                        and value not in (accepted.get(target.name, {}))
                    ):
                        del rows[record_id]
                        if name == "one_page_plans":
                            ctx.drop_plan(record_id)
                        plan.refusals.append(
                            Refusal(name, record_id, f"引用的{target.label}不存在（{col}）")
                        )
                        plan.counts[name].refused += 1
                        changed = True
                        break


def _ancestor(
    session: Session, rtype: RecordType, record_id: str, local: Row, incoming: Row
) -> Row | None:
    """The greatest version kept in history that both sides descend from."""
    best: tuple[int, Any] | None = None
    stmt = select(RecordHistory.version, RecordHistory.data).where(
        RecordHistory.type_name == rtype.name, RecordHistory.record_id == record_id
    )
    for version, data in session.execute(stmt):
        if dominates_or_equal(local["version"], version) and dominates_or_equal(
            incoming["version"], version
        ):
            weight = sum(version.values())
            if best is None or weight > best[0]:
                best = (weight, data)
    if best is None:
        return None
    try:
        return from_wire(rtype.specs, best[1], type_name=rtype.name, line=0)
    except Exception:  # history written by an older schema: no usable ancestor
        return None


def _conflict(
    session: Session, rtype: RecordType, local: Row, incoming: Row, *, integrity: bool
) -> ConflictDraft:
    fields = [f for f in content_fields(rtype) if local[f] != incoming[f]]
    ancestor = None if integrity else _ancestor(session, rtype, local["id"], local, incoming)
    if integrity or ancestor is None or "deleted" in fields:
        severity = "hard"
    else:
        both = [f for f in fields if local[f] != ancestor[f] and incoming[f] != ancestor[f]]
        severity = "hard" if both else "soft"
    return ConflictDraft(
        rtype.name,
        local["id"],
        "integrity" if integrity else "concurrent",
        severity,
        fields,
        local,
        incoming,
        to_wire(rtype.specs, ancestor) if ancestor else None,
    )


def plan_merge(
    session: Session, bundle: VerifiedBundle, *, office_unit_id: str | None
) -> MergePlan:
    """Decide, record by record, what importing ``bundle`` would do (reads only)."""
    m = bundle.manifest
    ctx = OwnershipContext(session, office_unit_id=office_unit_id)
    plan = MergePlan()
    accepted: dict[str, dict[str, Row]] = {}
    locals_: dict[str, dict[str, Row]] = {}
    for rtype in record_types():
        rows = bundle.records.get(rtype.name, [])
        plan.counts[rtype.name] = TypeCounts()
        if not rows:
            continue
        local = locals_[rtype.name] = _local_rows(session, rtype, [r["id"] for r in rows])
        kept = accepted[rtype.name] = {}
        for row in rows:
            try:
                check_author(
                    rtype,
                    ctx,
                    row,
                    local.get(row["id"]),
                    origin_unit_id=m.origin_unit_id,
                    origin_is_office=bundle.origin_is_office,
                )
            except NotAuthor as exc:
                plan.refusals.append(Refusal(rtype.name, row["id"], str(exc)))
                plan.counts[rtype.name].refused += 1
                continue
            kept[row["id"]] = row
            if rtype.name == "one_page_plans":
                ctx.add_plan(row)
            elif rtype.name == "units":
                ctx.add_unit(row)
    _refuse_missing_references(accepted, session, plan, ctx)
    open_conflicts = {
        (c.type_name, c.record_id): c
        for c in session.scalars(select(SyncConflict).where(SyncConflict.state == "open"))
    }
    for rtype in record_types():
        counts = plan.counts[rtype.name]
        fields = content_fields(rtype)
        for row in accepted.get(rtype.name, {}).values():
            local = locals_[rtype.name].get(row["id"])
            if local is None:
                plan.inserts.setdefault(rtype.name, []).append(row)
                counts.added += 1
                continue
            order = compare(row["version"], local["version"])
            same = all(local[f] == row[f] for f in fields)
            existing = open_conflicts.get((rtype.name, row["id"]))
            if order is Order.NEWER:
                plan.updates.setdefault(rtype.name, []).append(row)
                plan.replaced.setdefault(rtype.name, []).append(local)
                if existing is not None:
                    plan.superseded.append(existing.id)
                counts.updated += 1
            elif order is Order.OLDER or (order is Order.EQUAL and same):
                counts.unchanged += 1
            elif order is Order.CONCURRENT and same:
                # Both sides made the same change: agree on a version that has seen both.
                plan.vector_only.setdefault(rtype.name, []).append(
                    {"id": row["id"], "version": merged(row["version"], local["version"])}
                )
                counts.unchanged += 1
            elif existing is not None and dominates_or_equal(
                existing.incoming_version, row["version"]
            ):
                counts.conflicts += 1  # already waiting for a person, nothing newer
            else:
                integrity = order is Order.EQUAL
                plan.conflicts.append(_conflict(session, rtype, local, row, integrity=integrity))
                counts.conflicts += 1
    return plan


def _same_vector(stored: str | None, version: dict[str, int]) -> bool:
    """Does the stored version text name ``version``?"""
    return stored is not None and json.loads(stored) == version


def _history_rows(rtype: RecordType, rows: list[Row], kind: str, now: Any) -> list[dict[str, Any]]:
    return [
        {
            "type_name": rtype.name,
            "record_id": r["id"],
            "kind": kind,
            "version": r["version"],
            "data": to_wire(rtype.specs, r),
            "recorded_at": now,
        }
        for r in rows
    ]


def apply_merge(
    session: Session, bundle: VerifiedBundle, plan: MergePlan, *, received_from: str
) -> None:
    """Write the plan in the caller's transaction (foreign keys checked at commit)."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    now = utcnow()
    change_seq = index.max_change_seq(session) + 1
    stamp = writer.sqlite_datetime(now)
    history: list[dict[str, Any]] = []
    received: list[tuple[Any, ...]] = []
    index_rows: list[tuple[Any, ...]] = []
    replaced_keys = index.entries_for(
        session, [(t, r["id"]) for t, rows in plan.replaced.items() for r in rows]
    )
    for rtype in record_types():
        inserts = plan.inserts.get(rtype.name, [])
        updates = plan.updates.get(rtype.name, [])
        writer.insert_rows(session, rtype, inserts)
        writer.update_rows(session, rtype, updates)
        writer.update_rows(session, rtype, plan.vector_only.get(rtype.name, []), names=["version"])
        # The replaced version, unless history already holds it (received or sent before).
        stale = [
            r
            for r in plan.replaced.get(rtype.name, [])
            if not _same_vector(replaced_keys.get((rtype.name, r["id"])), r["version"])
        ]
        history += _history_rows(rtype, stale, "replaced", now)
        lines = bundle.lines.get(rtype.name, {})
        for r in inserts + updates:
            key = writer.json_text(r["version"])  # exactly as the writer stored it
            if rtype.keep_ancestors:
                line = lines[r["id"]].decode("utf-8")
                received.append((rtype.name, r["id"], "received", key, line, stamp))
            index_rows.append(
                (
                    rtype.name,
                    r["id"],
                    key,
                    change_seq,
                    received_from,
                    key if rtype.keep_ancestors else None,
                )
            )
    for chunk in index.chunks(history):
        session.execute(insert(RecordHistory.__table__), chunk)
    # The line that arrived is the record's JSON already: kept verbatim, not re-serialised.
    driver.execute_many(
        session,
        'INSERT INTO "sync_record_history" (type_name, record_id, kind, version, data, recorded_at)'
        " VALUES (?, ?, ?, ?, ?, ?)",
        received,
    )
    driver.execute_many(
        session,
        'INSERT INTO "sync_record_index"'
        " (type_name, record_id, version_key, change_seq, received_from, snap_key)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (type_name, record_id) DO UPDATE SET"
        " version_key = excluded.version_key, change_seq = excluded.change_seq,"
        " received_from = excluded.received_from, snap_key = excluded.snap_key",
        index_rows,
    )
    _store_conflicts(session, plan, bundle.manifest.origin_unit_id, now)


def _store_conflicts(session: Session, plan: MergePlan, origin_unit_id: str, now: Any) -> None:
    if plan.superseded:
        for conflict in session.scalars(
            select(SyncConflict).where(SyncConflict.id.in_(plan.superseded))
        ):
            conflict.state = "resolved"
            conflict.resolved_at = now
            conflict.resolution = "已被对方发来的更新版本取代"
    for draft in plan.conflicts:
        rtype = record_type(draft.type_name)
        existing = session.scalars(
            select(SyncConflict).where(
                SyncConflict.type_name == draft.type_name,
                SyncConflict.record_id == draft.record_id,
                SyncConflict.state == "open",
            )
        ).first()
        conflict = existing or SyncConflict(type_name=draft.type_name, record_id=draft.record_id)
        conflict.kind = draft.kind
        conflict.severity = draft.severity
        conflict.fields = draft.fields
        conflict.local_version = dict(draft.local["version"])
        conflict.local_data = to_wire(rtype.specs, draft.local)
        conflict.incoming_version = dict(draft.incoming["version"])
        conflict.incoming_data = to_wire(rtype.specs, draft.incoming)
        conflict.ancestor_data = draft.ancestor
        conflict.origin_unit_id = origin_unit_id
        conflict.created_at = now
        if existing is None:
            session.add(conflict)
    session.flush()


def describe_counts(counts: Mapping[str, TypeCounts]) -> list[str]:
    """One Chinese line per record type that had records."""
    lines = []
    for name, c in counts.items():
        if c.total():
            lines.append(
                f"  {record_type(name).label}：新增 {c.added}，更新 {c.updated}，"
                f"未变 {c.unchanged}，冲突 {c.conflicts}，拒收 {c.refused}"
            )
    return lines
