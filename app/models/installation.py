"""This installation's own facts. Local only: never travels in a bundle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, new_uuid, utcnow


class Installation(Base):
    """A single row: who this PC is.

    ``installation_id`` is the key of this PC in every version vector. ``role`` is
    ``"office"`` for the quality office, ``"unit"`` for a unit's PC, or ``None``
    until the first-start wizard (or ``zhengai identity set``) has run.
    """

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    installation_id: Mapped[str] = mapped_column(String(36), default=new_uuid)
    role: Mapped[str | None] = mapped_column(String(16))
    unit_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
