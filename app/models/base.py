"""Declarative base and the columns every travelling record carries.

Sync (bundles between PCs) needs, from the first row ever written: a random UUID
as identity (never derived from content), the unit that authors the record, a
version vector ``{installation_id: counter}`` instead of wall-clock comparison,
created/updated times for display, and tombstones instead of row removal.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A random record identity."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Timezone-aware now; stored as UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Root of all models."""

    metadata = MetaData(naming_convention=NAMING)


class SyncRecord:
    """Mixin for every record a unit or the quality office authors."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    # The unit that authors this record (ownership decides who may change it in sync).
    owner_unit_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # Version vector: one counter per installation that edited the record.
    version: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    def as_dict(self) -> dict[str, Any]:
        """Column values by attribute name (for undo snapshots and, later, bundles)."""
        table = self.__table__  # type: ignore[attr-defined]
        return {c.key: getattr(self, c.key) for c in table.columns}
