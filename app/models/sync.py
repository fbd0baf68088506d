"""Sync bookkeeping: keys, trust, sequence numbers, acknowledgements, history, conflicts.

Local only: none of these tables travels in a bundle (they describe *this* PC's
view of the exchange). The rules that use them live in :mod:`app.services.sync`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class LocalKey(Base):
    """This installation's signing key (public half; the private half is a file).

    The private key lives beside the database as a PKCS8 PEM file readable only
    by the user; the row lets us notice a database copied to a PC without it.
    """

    __tablename__ = "sync_local_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))  # raw 32 bytes, hex
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TrustedKey(Base):
    """A peer's public key, bound to the unit it speaks for.

    ``state`` is ``trusted`` or ``revoked``; a revoked key is never trusted again
    (a stolen PC's key must stay refused). ``is_office`` marks the hub's key.
    """

    __tablename__ = "sync_trusted_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(36), index=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw 32 bytes, hex
    is_office: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(10), default="trusted")
    # How the fingerprint was confirmed (enrolment, key file, typed fingerprint …).
    method: Mapped[str] = mapped_column(String(20), default="")
    confirmed_by: Mapped[str] = mapped_column(String(50), default="")
    confirmed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SyncDestination(Base):
    """Our stream of bundles to one peer ("office" or a unit id) and what it acknowledged.

    ``last_sequence`` is committed *before* a bundle file is written, so a number
    is never used twice. ``acked_change_seq`` is the high-water mark of our change
    index that the peer has confirmed: the next bundle carries everything above it.
    """

    __tablename__ = "sync_destinations"

    destination: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    acked_sequence: Mapped[int] = mapped_column(Integer, default=0)
    acked_change_seq: Mapped[int] = mapped_column(Integer, default=0)
    # What the destination's selection depended on (e.g. the levels it reviews);
    # when it changes, the high-water mark no longer applies and is reset.
    scope_key: Mapped[str] = mapped_column(String(200), default="")
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_ack_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SentBundle(Base):
    """One bundle we wrote: which change-index mark it covered (for acknowledgements)."""

    __tablename__ = "sync_sent_bundles"

    destination: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_seq: Mapped[int] = mapped_column(Integer)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ImportedBundle(Base):
    """The log of bundles imported here (the per-origin sequence and replay guard)."""

    __tablename__ = "sync_imported_bundles"
    __table_args__ = (Index("ix_sync_imported_bundles_stream", "origin_installation", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin_unit_id: Mapped[str] = mapped_column(String(36), index=True)
    origin_installation: Mapped[str] = mapped_column(String(36))
    key_id: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(16))  # imported | partial
    reason: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RecordIndex(Base):
    """The local change feed: each travelling record's last seen version and when it changed.

    ``change_seq`` grows whenever a record's version vector differs from the one
    indexed; exports select ``change_seq`` above a destination's acknowledged mark.
    ``received_from`` names the peer whose bundle brought the current version (so
    it is not echoed back). ``snap_key`` is the version last kept in history.
    """

    __tablename__ = "sync_record_index"

    type_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version_key: Mapped[str] = mapped_column(Text)
    change_seq: Mapped[int] = mapped_column(Integer, index=True)
    received_from: Mapped[str | None] = mapped_column(String(36))
    snap_key: Mapped[str | None] = mapped_column(Text)


class RecordHistory(Base):
    """A version of a record kept for later: replaced by an import, or exchanged.

    ``kind``: ``replaced`` (the local version an incoming one superseded),
    ``received`` or ``sent`` (a version both sides came to share: the common
    ancestor that tells a soft conflict from a hard one).
    """

    __tablename__ = "sync_record_history"
    __table_args__ = (Index("ix_sync_record_history_record", "type_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10))
    version: Mapped[dict[str, int]] = mapped_column(JSON)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SyncConflict(Base):
    """Two versions of one record made concurrently; a person decides.

    The local version stays current; the incoming one waits here. ``severity`` is
    ``soft`` when the two sides changed different fields, ``hard`` when they
    changed the same field (or one deleted what the other edited).
    """

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type_name: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # concurrent | integrity
    severity: Mapped[str] = mapped_column(String(4))  # soft | hard
    state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)  # fields that differ
    local_version: Mapped[dict[str, int]] = mapped_column(JSON)
    local_data: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming_version: Mapped[dict[str, int]] = mapped_column(JSON)
    incoming_data: Mapped[dict[str, Any]] = mapped_column(JSON)
    ancestor_data: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    origin_unit_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolution: Mapped[str] = mapped_column(String(200), default="")
