"""Who this installation is: the quality office, or one unit's PC."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Installation, Unit
from app.services.errors import UserError

OFFICE = "office"
UNIT = "unit"


@dataclass(frozen=True)
class Identity:
    """The answer of the first-start wizard."""

    installation_id: str
    role: str | None  # OFFICE, UNIT or None (not chosen yet)
    unit_id: str | None
    unit_name: str | None

    @property
    def chosen(self) -> bool:
        """Has the first-start wizard (or ``identity set``) run?"""
        return self.role is not None

    def describe(self) -> str:
        """One Chinese line for the status bar and ``identity show``."""
        if self.role == OFFICE:
            if self.unit_name and self.unit_name != "质量督导处":
                return f"质量督导处（{self.unit_name}）"
            return "质量督导处"
        if self.role == UNIT:
            return f"部门：{self.unit_name}"
        return "尚未设置本机身份"


def ensure_installation(session: Session) -> Installation:
    """The single installation row, created with a fresh id on first use."""
    inst = session.get(Installation, 1)
    if inst is None:
        inst = Installation(id=1)
        session.add(inst)
        session.flush()
    return inst


def installation_id(session: Session) -> str:
    """This PC's key in version vectors (cached per session: bulk writes stamp many rows)."""
    cached = session.info.get("installation_id")
    if cached is None:
        cached = session.info["installation_id"] = ensure_installation(session).installation_id
    return cached


def get_identity(session: Session) -> Identity:
    """Read the identity (with the unit's current name)."""
    inst = ensure_installation(session)
    unit_name = None
    if inst.unit_id:
        unit = session.get(Unit, inst.unit_id)
        unit_name = unit.name if unit else None
    return Identity(inst.installation_id, inst.role, inst.unit_id, unit_name)


def find_unit(session: Session, name: str) -> Unit:
    """A live unit by name (spaces around and inside ignored, as typed in a shell or sheet);
    a clear message lists near names if none."""
    name = "".join(name.split())
    units = session.scalars(select(Unit).where(Unit.deleted.is_(False))).all()
    for unit in units:
        if "".join(unit.name.split()) == name:
            return unit
    near = [u.name for u in units if name and (name in u.name or u.name in name)]
    hint = f"，是否指：{'、'.join(near[:5])}" if near else ""
    raise UserError(f"找不到名为“{name}”的部门{hint}。")


def quality_office(session: Session) -> Unit | None:
    """The unit flagged as the quality office, if the organisation has one."""
    return session.scalars(
        select(Unit).where(Unit.is_quality_office.is_(True), Unit.deleted.is_(False))
    ).first()


def set_office(session: Session) -> Identity:
    """This PC is the quality office."""
    inst = ensure_installation(session)
    office = quality_office(session)
    inst.role = OFFICE
    inst.unit_id = office.id if office else None
    session.flush()
    return get_identity(session)


def set_unit(session: Session, *, unit_id: str) -> Identity:
    """This PC serves one unit."""
    unit = session.get(Unit, unit_id)
    if unit is None or unit.deleted:
        raise UserError("所选部门不存在或已删除，请重新选择。")
    if unit.is_quality_office:
        return set_office(session)
    inst = ensure_installation(session)
    inst.role = UNIT
    inst.unit_id = unit.id
    session.flush()
    return get_identity(session)
