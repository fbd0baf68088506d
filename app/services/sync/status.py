"""The quality office's overview: for each unit, what it sent, what we sent, what is missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ImportedBundle, SyncConflict, SyncDestination, TrustedKey, Unit
from app.services.sync.peers import OFFICE_PEER, me


@dataclass(frozen=True)
class PeerStatus:
    """One row of the units table."""

    unit_id: str
    unit_name: str
    trusted: bool
    last_received_at: datetime | None
    last_received_sequence: int
    missing: list[int]  # sequences never imported (their content rode in later bundles)
    sent_sequence: int
    acked_sequence: int
    open_conflicts: int
    last_sent_at: datetime | None = None  # when we last wrote a bundle for it
    acked_at: datetime | None = None  # when its last acknowledgement reached us

    def describe(self) -> str:
        """One Chinese line."""
        got = (
            f"最近收到第 {self.last_received_sequence} 号（{self.last_received_at:%Y-%m-%d %H:%M}）"
            if self.last_received_at
            else "尚未收到"
        )
        gap = f"，缺第 {'、'.join(map(str, self.missing[:10]))} 号" if self.missing else ""
        key = "" if self.trusted else "，密钥未信任"
        return (
            f"{self.unit_name}：{got}{gap}；已发出第 {self.sent_sequence} 号，"
            f"对方确认到第 {self.acked_sequence} 号；待处理冲突 {self.open_conflicts}{key}"
        )


def peer_status(session: Session) -> list[PeerStatus]:
    """Every peer of this PC: all units at the office, the office on a unit's PC."""
    who = me(session)
    if who.is_office:
        units = session.scalars(
            select(Unit)
            .where(Unit.deleted.is_(False), Unit.id != who.unit_id)
            .order_by(Unit.sort_order, Unit.name)
        ).all()
        peers = [(u.id, u.name, u.id) for u in units]
    else:
        office = session.get(Unit, who.office_unit_id) if who.office_unit_id else None
        peers = [(who.office_unit_id or "", office.name if office else "质量督导处", OFFICE_PEER)]
    log = session.execute(
        select(
            ImportedBundle.origin_unit_id,
            ImportedBundle.origin_installation,
            ImportedBundle.sequence,
            ImportedBundle.imported_at,
        ).order_by(ImportedBundle.imported_at)
    ).all()
    trusted = set(session.scalars(select(TrustedKey.unit_id).where(TrustedKey.state == "trusted")))
    conflicts: dict[str, int] = {}
    for origin in session.scalars(
        select(SyncConflict.origin_unit_id).where(SyncConflict.state == "open")
    ):
        conflicts[origin] = conflicts.get(origin, 0) + 1
    rows = []
    for unit_id, name, dest_key in peers:
        mine = [r for r in log if r.origin_unit_id == unit_id]
        latest = mine[-1] if mine else None
        seen = {
            r.sequence
            for r in mine
            if latest and r.origin_installation == latest.origin_installation
        }
        missing = sorted(set(range(1, max(seen, default=0) + 1)) - seen)
        dest = session.get(SyncDestination, dest_key)
        rows.append(
            PeerStatus(
                unit_id,
                name,
                unit_id in trusted,
                latest.imported_at if latest else None,
                latest.sequence if latest else 0,
                missing,
                dest.last_sequence if dest else 0,
                dest.acked_sequence if dest else 0,
                conflicts.get(unit_id, 0),
                dest.last_export_at if dest else None,
                dest.last_ack_at if dest else None,
            )
        )
    return rows
