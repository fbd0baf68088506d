"""Stamping edits on travelling records: version vector bump and update time.

Every service that changes a :class:`~app.models.base.SyncRecord` goes through
:func:`stamp`, so sync can later decide by versions, never by wall clocks.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.models.base import SyncRecord, new_uuid, utcnow
from app.services.identity import installation_id


def bumped(version: dict[str, int] | None, installation: str) -> dict[str, int]:
    """A new vector with this installation's counter one higher (never mutates)."""
    result = dict(version or {})
    result[installation] = result.get(installation, 0) + 1
    return result


def stamp(session: Session, record: SyncRecord) -> None:
    """Mark ``record`` as edited here, now."""
    record.version = bumped(record.version, installation_id(session))
    record.updated_at = utcnow()


def new_row_values(session: Session, *, owner_unit_id: str | None) -> dict[str, Any]:
    """Sync columns for a row inserted in bulk through SQLAlchemy Core."""
    now = utcnow()
    return {
        "id": new_uuid(),
        "owner_unit_id": owner_unit_id,
        "version": {installation_id(session): 1},
        "created_at": now,
        "updated_at": now,
        "deleted": False,
    }
