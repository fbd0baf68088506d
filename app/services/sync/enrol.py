"""Enrolment: the quality office sets up a new unit PC with one signed file.

The enrolment file is a full bundle for the unit (the organisation, the unit's
own records, what it reviews) with an ``enrolment`` block naming the unit and the
office. A new installation that imports it becomes that unit, trusts the
office's key (whose fingerprint the office reads out; typing it makes the check
exact) and creates its own key, whose fingerprint then goes back the same way.
The same file recovers a unit whose PC was lost: a new PC enrols again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import TrustedKey
from app.models.base import utcnow
from app.services.database import Database, backup
from app.services.errors import Cancelled, UserError
from app.services.identity import OFFICE, UNIT, ensure_installation, set_unit
from app.services.progress import NullProgress, Progress
from app.services.sync import keys
from app.services.sync.bundle_format import (
    KIND_ENROLMENT,
    MANIFEST,
    BundleRefused,
    allowed_members,
    parse_manifest,
)
from app.services.sync.export import ExportResult, export_bundle
from app.services.sync.importer import keep_aside, merge_verified
from app.services.sync.keys import KeyInfo
from app.services.sync.peers import Me
from app.services.sync.trust import TRUSTED, offer_from_bundle
from app.services.sync.verify import NEW, verify_bundle
from app.services.sync.zipcheck import DEFAULT_LIMITS, CheckedZip


def export_enrolment(
    db: Database,
    *,
    unit_id: str,
    output: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the enrolment file for ``unit_id`` (quality office only)."""
    return export_bundle(
        db,
        output=output,
        to_unit_id=unit_id,
        everything=True,
        passphrase=passphrase,
        progress=progress,
        enrolment=True,
    )


@dataclass(frozen=True)
class EnrolmentPreview:
    """What an enrolment file claims, shown before the secretary confirms the fingerprint."""

    unit_id: str
    unit_name: str
    office_name: str
    office_key_id: str
    office_fingerprint: str


def peek_enrolment(path: Path) -> EnrolmentPreview:
    """Read who an enrolment file sets up and the office key that signed it; writes nothing.

    The file's signature is checked against the key it carries, which proves
    only that the file is intact; the fingerprint comparison proves whose key it is.
    """
    path = Path(path)
    offer = offer_from_bundle(path)
    with CheckedZip(path, allowed=allowed_members(), limits=DEFAULT_LIMITS) as zf:
        manifest = parse_manifest(zf.read(MANIFEST))
    enrol = manifest.enrolment or {}
    if manifest.kind != KIND_ENROLMENT or enrol.get("office_unit_id") != offer.unit_id:
        raise BundleRefused(f"“{path.name}”不是质量督导处签发的注册文件。")
    return EnrolmentPreview(
        str(enrol.get("unit_id", "")),
        str(enrol.get("unit_name", "")),
        offer.unit_name,
        offer.key_id,
        offer.fingerprint,
    )


@dataclass(frozen=True)
class EnrolResult:
    """A PC enrolled as a unit."""

    unit_name: str
    office_key_id: str
    office_fingerprint: str
    own_key: KeyInfo
    record_count: int

    def describe(self) -> str:
        """What the secretary needs to do next."""
        return (
            f"本机已设为：{self.unit_name}，共导入 {self.record_count} 条记录。\n"
            f"已信任质量督导处的密钥 {self.office_key_id}，指纹：{self.office_fingerprint}\n"
            f"本机密钥编号：{self.own_key.key_id}\n本机指纹：{self.own_key.fingerprint}\n"
            "请把本机指纹读给质量督导处核对（或导出密钥文件交给质量督导处）。"
        )


def import_enrolment(
    db: Database,
    *,
    path: Path,
    fingerprint: str | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    keep_refused: bool = True,
) -> EnrolResult:
    """Become the unit the enrolment file names; see the module docstring.

    ``fingerprint``: the office's fingerprint as read out (must match). It is
    required when this PC already trusts a different office key.
    ``keep_refused``: copy a refused file into ``refused/``; False on a new PC,
    whose data folder a refused first attempt leaves as it found it.
    """
    path = Path(path)
    try:
        with db.session() as session:
            inst = ensure_installation(session)
            bundle = verify_bundle(
                session,
                path,
                destination=None,
                installation_id=inst.installation_id,
                enrolment=True,
                progress=progress or NullProgress(),
            )
            m = bundle.manifest
            enrol = m.enrolment or {}
            unit_id = enrol.get("unit_id", "")
            if enrol.get("office_unit_id") != m.origin_unit_id:
                raise BundleRefused("注册文件不是由质量督导处签发的，文件未导入。")
            if inst.role == OFFICE:
                raise UserError("本机是质量督导处，不能导入部门的注册文件。")
            if inst.role == UNIT and inst.unit_id != unit_id:
                raise UserError(
                    f"本机已设为另一个部门，不能导入“{enrol.get('unit_name', '')}”的注册文件。"
                )
            raw = keys.public_from_hex(m.origin_public_key)
            _trust_office(session, raw, m.origin_unit_id, fingerprint)
            who = Me(inst.installation_id, False, unit_id, m.origin_unit_id)
            count = 0
            if bundle.status == NEW:
                backup(db.path, reason="before-enrolment")
                plan, _ = merge_verified(session, bundle, who=who, accept_partial=False)
                count = sum(c.added + c.updated for c in plan.counts.values())
            set_unit(session, unit_id=unit_id)
            own = keys.ensure_key(session, db_path=db.path, passphrase=passphrase)
            return EnrolResult(
                enrol.get("unit_name", ""),
                keys.key_id_of(raw),
                keys.fingerprint_of(raw),
                own,
                count,
            )
    except Cancelled:
        raise
    except UserError as exc:
        kept = keep_aside(db.path, path, exc.message) if keep_refused else None
        where = f"文件已另存到“{kept}”。" if kept else ""
        raise BundleRefused(f"注册文件未导入：{exc.message}\n数据未作任何改动。{where}") from exc


def _trust_office(session: Session, raw: bytes, office_unit_id: str, typed: str | None) -> None:
    """Trust the key that signed the enrolment file as the office's key."""
    if typed is not None and not keys.fingerprint_matches(typed, raw):
        raise UserError(
            f"输入的指纹与注册文件中质量督导处密钥的指纹（{keys.fingerprint_of(raw)}）不一致，"
            "文件未导入。请与质量督导处重新核对。"
        )
    key_id = keys.key_id_of(raw)
    row = session.get(TrustedKey, key_id)
    if row is not None:
        if row.state != TRUSTED:
            raise UserError(f"注册文件的签名密钥 {key_id} 已被本机吊销，文件未导入。")
        return
    other = session.scalars(
        select(TrustedKey).where(TrustedKey.is_office.is_(True), TrustedKey.state == TRUSTED)
    ).first()
    if other is not None and typed is None:
        raise UserError(
            "注册文件的签名密钥与本机已信任的质量督导处密钥不同。"
            "请与质量督导处电话核对指纹后，输入指纹再导入。"
        )
    session.add(
        TrustedKey(
            key_id=key_id,
            unit_id=office_unit_id,
            public_key=raw.hex(),
            is_office=True,
            state=TRUSTED,
            method="fingerprint" if typed else "enrolment",
            confirmed_at=utcnow(),
        )
    )
    session.flush()
