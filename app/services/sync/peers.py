"""Who is who in an exchange: this PC's unit, the quality office, and peer names.

A bundle's destination is ``"office"`` (every unit sends to the hub) or a unit's
id (the hub sends to a unit). The office is known from this PC's identity, from
the key trusted at enrolment, or from the organisation the office authored.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import TrustedKey, Unit
from app.services.errors import UserError
from app.services.identity import OFFICE, ensure_installation, quality_office

OFFICE_PEER = "office"


@dataclass(frozen=True)
class Me:
    """This installation as sync sees it."""

    installation_id: str
    is_office: bool
    unit_id: str
    office_unit_id: str | None

    @property
    def peer_key(self) -> str:
        """How others name us as a destination."""
        return OFFICE_PEER if self.is_office else self.unit_id


def office_unit_id(session: Session) -> str | None:
    """The quality office's unit id as this PC knows it."""
    inst = ensure_installation(session)
    if inst.role == OFFICE:
        if inst.unit_id:
            return inst.unit_id
        office = quality_office(session)
        return office.id if office else None
    trusted = session.scalars(select(TrustedKey.unit_id).where(TrustedKey.is_office.is_(True)))
    first = trusted.first()
    if first:
        return first
    office = quality_office(session)
    return office.id if office else None


def me(session: Session) -> Me:
    """This PC's sync identity; a clear message if it cannot take part yet."""
    inst = ensure_installation(session)
    office = office_unit_id(session)
    if inst.role == OFFICE:
        if not office:
            raise UserError(
                "组织机构中还没有质量督导处，无法同步。请先在组织机构中标记质量督导处。"
            )
        return Me(inst.installation_id, True, office, office)
    if inst.role is None or not inst.unit_id:
        raise UserError(
            "尚未设置本机身份。请先导入质量督导处发来的注册文件（zhengai enrol import）。"
        )
    return Me(inst.installation_id, False, inst.unit_id, office)


def peer_of_unit(unit_id: str, *, office_unit_id: str | None) -> str:
    """The destination key of a unit: ``"office"`` for the hub, else the unit id."""
    return OFFICE_PEER if unit_id == office_unit_id else unit_id


def unit_name(session: Session, unit_id: str | None) -> str:
    """A unit's name for messages (its id if unknown here)."""
    if unit_id == OFFICE_PEER:
        return "质量督导处"
    unit = session.get(Unit, unit_id) if unit_id else None
    return unit.name if unit else (unit_id or "未知部门")
