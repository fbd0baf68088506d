"""Writing a bundle: every change the destination has not acknowledged, signed.

A unit sends the quality office what it authors. The office sends a unit what
it needs: the organisation, its own records (for recovery), the plans it reviews
and the reviews of its plans (the rules' ``destined_for``). Selection starts
from the change feed above the destination's acknowledged mark (:mod:`.index`),
skipping what that destination itself sent us; ``everything`` ignores the mark.

The sequence number is committed before the file is written, so a number is
never reused even if the write fails. The file goes to a temporary name, is
fsynced, then renamed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import Session

from app import __version__
from app.migrations import HEAD
from app.models import ImportedBundle, SentBundle, SyncDestination, Unit
from app.models.base import utcnow
from app.services.database import Database
from app.services.errors import UserError
from app.services.progress import NullProgress, Progress
from app.services.sync import driver, index, jsonio, writer
from app.services.sync.bundle_format import (
    KIND_BUNDLE,
    KIND_ENROLMENT,
    MANIFEST,
    SIGNATURE,
    SIGNED_PREFIX,
    build_manifest,
    signature_bytes,
    write_atomically,
)
from app.services.sync.keys import signing_key
from app.services.sync.ownership import OwnershipContext, author_of
from app.services.sync.peers import OFFICE_PEER, Me, me, unit_name
from app.services.sync.registry import RecordType, record_types


@dataclass(frozen=True)
class ExportResult:
    """A bundle written."""

    path: Path
    destination: str
    destination_name: str
    sequence: int
    counts: dict[str, int]
    size: int
    full: bool

    @property
    def record_count(self) -> int:
        """Records carried."""
        return sum(self.counts.values())

    def describe(self) -> str:
        """A Chinese summary."""
        what = "全部数据" if self.full else "未确认的更改"
        return (
            f"已导出同步包“{self.path}”：发往{self.destination_name}，第 {self.sequence} 号，"
            f"{what}共 {self.record_count} 条记录，{max(self.size // 1024, 1)} KB。"
        )


def default_name(origin_name: str, destination_name: str, sequence: int) -> str:
    """A file name that sorts by origin and sequence: 水利工程系-至-质量督导处-00012.zgb."""
    return f"{origin_name}-至-{destination_name}-{sequence:05d}.zgb"


def suggested_name(
    session: Session, *, to_unit_id: str | None = None, on: date | None = None
) -> str:
    """The file name the next bundle for a destination gets: origin, destination, number, date.

    The number is the one :func:`export_bundle` will assign next, so names still
    sort in sequence order (the importer takes a folder in name order); the date
    is only for people looking at the USB stick.
    """
    who = me(session)
    dest, dest_name = _destination(session, who, to_unit_id)
    row = session.get(SyncDestination, dest)
    sequence = (row.last_sequence or 0) + 1 if row is not None else 1
    name = default_name(unit_name(session, who.unit_id), dest_name, sequence)
    return f"{name.removesuffix('.zgb')}-{(on or date.today()):%Y%m%d}.zgb"


def _destination(session: Session, who: Me, to_unit_id: str | None) -> tuple[str, str]:
    """(destination key, Chinese name)."""
    if who.is_office:
        if not to_unit_id:
            raise UserError("质量督导处导出同步包时，请指定发往哪个部门。")
        unit = session.get(Unit, to_unit_id)
        if unit is None or unit.id == who.unit_id:
            raise UserError("同步包只能发往组织机构中的其他部门。")
        return unit.id, unit.name
    if to_unit_id and to_unit_id != who.office_unit_id:
        raise UserError("部门的同步包只能发往质量督导处，由质量督导处转给其他部门。")
    return OFFICE_PEER, "质量督导处"


def _wanted(
    rtype: RecordType, row: dict[str, Any], ctx: OwnershipContext, who: Me, dest: str
) -> bool:
    if who.is_office:
        return rtype.rule.destined_for(ctx, row, dest)
    return author_of(rtype, ctx, row) == who.unit_id


def _acks(session: Session, who: Me, dest: str) -> list[dict[str, Any]]:
    """What we imported of the destination's streams to us (highest sequence per PC)."""
    unit_id = who.office_unit_id if dest == OFFICE_PEER else dest
    stmt = (
        select(ImportedBundle.origin_installation, func.max(ImportedBundle.sequence))
        .where(ImportedBundle.origin_unit_id == unit_id)
        .group_by(ImportedBundle.origin_installation)
    )
    return [{"installation": i, "sequence": s} for i, s in session.execute(stmt)]


def _line(rtype: RecordType, row: dict[str, Any]) -> bytes:
    """A record's line. JSON columns were read as their stored text, which is JSON
    already: copied, not parsed and serialised again."""
    specs = rtype.specs
    return jsonio.record_line(
        {name: row[name] for name in specs.plain_names},
        [(name, row[name]) for name in specs.json_names],
    )


def _select(
    session: Session, who: Me, dest: str, since: int, everything: bool, progress: Progress
) -> tuple[dict[str, list[bytes]], list[tuple[Any, ...]]]:
    """The record lines to send (per type) and the history snapshots to keep."""
    ctx = OwnershipContext(session, office_unit_id=who.office_unit_id)
    scope = ",".join(ctx.reviewer_levels(dest)) if who.is_office else ""
    row = session.get(SyncDestination, dest)
    if row is None:
        row = SyncDestination(destination=dest, last_sequence=0, acked_change_seq=0, scope_key="")
        session.add(row)
    if row.scope_key != scope:  # it reviews other levels now: what it needs changed
        row.scope_key, row.acked_change_seq = scope, 0
        since = 0
    by_type: dict[str, dict[str, index.IndexEntry]] = {}
    for entry in index.entries_since(session, since):
        if everything or entry.received_from != dest:
            by_type.setdefault(entry.type_name, {})[entry.record_id] = entry
    progress.start(sum(len(v) for v in by_type.values()), "选择要发送的记录")
    records: dict[str, list[bytes]] = {}
    snapshots: list[tuple[Any, ...]] = []
    stamp = writer.sqlite_datetime(utcnow())
    plans = ctx.plans_going_to(dest) if who.is_office else None
    for rtype in record_types():
        entries = by_type.get(rtype.name, {})
        ids = sorted(entries)
        if plans is not None and rtype.rule.plan_field:
            # The hub passes over most of the college's plans when it writes to one
            # unit: only records of that unit's plans (and of those it reviews) are
            # read, found through the plan column's index. The rule still decides.
            of_plans = index.ids_where(session, rtype.table, rtype.rule.plan_field, plans)
            progress.advance(len(ids) - len(of_plans & entries.keys()))
            ids = sorted(of_plans & entries.keys())
        if not ids:
            continue
        table = rtype.table
        columns = [
            type_coerce(c, Text).label(c.name) if s.kind == "json" else c
            for c, s in zip(table.columns, rtype.specs, strict=True)
        ]
        chosen: list[tuple[str, bytes]] = []
        for chunk in index.chunks(ids):
            stmt = select(*columns).where(table.c.id.in_(chunk))
            for found in session.execute(stmt).mappings():
                data = dict(found)
                if not _wanted(rtype, data, ctx, who, dest):
                    continue
                line = _line(rtype, data)
                chosen.append((data["id"], line))
                entry = entries[data["id"]]
                if rtype.keep_ancestors and entry.snap_key != entry.version_key:
                    snapshots.append(
                        (rtype.name, data["id"], "sent", entry.version_key, line.decode(), stamp)
                    )
            progress.advance(len(chunk))
        if chosen:
            records[rtype.name] = [line for _id, line in sorted(chosen)]
    return records, snapshots


def _keep_snapshots(session: Session, snapshots: list[tuple[Any, ...]]) -> None:
    """Keep each sent version once (verbatim): the common ancestor of a later conflict."""
    driver.execute_many(
        session,
        'INSERT INTO "sync_record_history" (type_name, record_id, kind, version, data, recorded_at)'
        " VALUES (?, ?, ?, ?, ?, ?)",
        snapshots,
    )
    driver.execute_many(
        session,
        'UPDATE "sync_record_index" SET snap_key = ? WHERE type_name = ? AND record_id = ?',
        [(s[3], s[0], s[1]) for s in snapshots],
    )


def export_bundle(
    db: Database,
    *,
    output: Path,
    to_unit_id: str | None = None,
    everything: bool = False,
    passphrase: str | None = None,
    progress: Progress | None = None,
    enrolment: bool = False,
) -> ExportResult:
    """Write a signed bundle for the destination; see the module docstring."""
    progress = progress or NullProgress()
    with db.session() as session:
        who = me(session)
        info, key = signing_key(session, db_path=db.path, passphrase=passphrase)
        dest, dest_name = _destination(session, who, to_unit_id)
        if enrolment and not who.is_office:
            raise UserError("只有质量督导处可以生成注册文件。")
        everything = everything or enrolment
        top = index.refresh(session)
        row = session.get(SyncDestination, dest)
        since = 0 if everything or row is None else row.acked_change_seq
        records, snapshots = _select(session, who, dest, since, everything, progress)
        _keep_snapshots(session, snapshots)
        row = session.get(SyncDestination, dest)
        assert row is not None
        row.last_sequence = sequence = (row.last_sequence or 0) + 1
        row.last_export_at = utcnow()
        counts = {name: len(rows) for name, rows in records.items()}
        session.add(
            SentBundle(
                destination=dest,
                sequence=sequence,
                change_seq=top,
                full=everything,
                record_count=sum(counts.values()),
            )
        )
        members: list[tuple[str, bytes]] = []
        for rtype in record_types():
            lines = records.get(rtype.name)
            if lines:
                members.append((rtype.member, b"\n".join(lines) + b"\n"))
        origin_name = unit_name(session, who.unit_id)
        manifest = build_manifest(
            kind=KIND_ENROLMENT if enrolment else KIND_BUNDLE,
            app_version=__version__,
            schema=HEAD,
            origin={
                "unit_id": who.unit_id,
                "unit_name": origin_name,
                "installation_id": who.installation_id,
                "key_id": info.key_id,
                "public_key": info.public_hex,
            },
            destination=dest,
            destination_name=dest_name,
            sequence=sequence,
            created_at=utcnow().isoformat(),
            full=everything,
            counts=counts,
            acks=_acks(session, who, dest),
            members=[
                {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                for n, d in members
            ],
            **(
                {
                    "enrolment": {
                        "unit_id": dest,
                        "unit_name": dest_name,
                        "office_unit_id": who.unit_id,
                    }
                }
                if enrolment
                else {}
            ),
        )
        signature = key.sign(SIGNED_PREFIX + manifest)
    # Committed: the sequence number is spent before the file exists.
    output = Path(output)
    if output.is_dir():
        output = output / default_name(origin_name, dest_name, sequence)
    size = write_atomically(
        output,
        [
            (MANIFEST, manifest),
            (SIGNATURE, signature_bytes(key_id=info.key_id, signature=signature)),
            *members,
        ],
    )
    return ExportResult(output, dest, dest_name, sequence, counts, size, everything)
