"""Trusting a peer's key only after a person confirmed its fingerprint.

A key file, or the key a unit's first bundle carries, arrives on a USB stick
that anyone could have prepared, so neither is trusted by itself. The flow:

1. The unit's secretary reads her fingerprint aloud (``keys show``, or the About
   box) over the phone; the office types it.
2. The typed fingerprint must equal the fingerprint of a key the office *has*:
   a key file given to ``trust add FILE``, or the key carried by a bundle from
   that unit that was refused because its key was unknown (refused bundles are
   kept in the ``refused`` folder, so the office never needs a second trip).
   A bundle or key file is self-signed, proving the key's owner made it.
3. Only then is the key trusted, bound to that unit. The refused bundle can be
   imported again.

Comparing the fingerprint on two screens side by side (``--yes`` on the command
line) is the same confirmation without typing. Enrolment trusts the office's
key the same way: the secretary compares the fingerprint the office reads out.
A revoked key is never trusted again.
"""

from __future__ import annotations

import getpass
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import TrustedKey, Unit
from app.models.base import utcnow
from app.services.errors import UserError
from app.services.sync import keys
from app.services.sync.bundle_format import (
    MANIFEST,
    SIGNATURE,
    SIGNED_PREFIX,
    BundleRefused,
    allowed_members,
    parse_manifest,
    parse_signature,
)
from app.services.sync.keys import KeyOffer
from app.services.sync.peers import me, office_unit_id, unit_name
from app.services.sync.zipcheck import DEFAULT_LIMITS, CheckedZip

TRUSTED, REVOKED = "trusted", "revoked"
METHOD_LABELS = {
    "enrolment": "注册文件",
    "fingerprint": "电话核对指纹",
    "screen": "屏幕核对指纹",
}


@dataclass(frozen=True)
class TrustView:
    """A row of ``trust list``."""

    key_id: str
    unit_id: str
    unit_name: str
    fingerprint: str
    is_office: bool
    state: str
    method: str
    confirmed_by: str
    confirmed_at: datetime

    def describe(self) -> str:
        """One Chinese line."""
        state = "已信任" if self.state == TRUSTED else "已吊销"
        role = "（质量督导处）" if self.is_office else ""
        how = METHOD_LABELS.get(self.method, self.method)
        return (
            f"{self.key_id}  {self.unit_name}{role}  {state}  指纹 {self.fingerprint}  "
            f"{how}，{self.confirmed_by or '—'}，{self.confirmed_at:%Y-%m-%d}"
        )


def list_trusted(session: Session) -> list[TrustView]:
    """Every key this PC knows, trusted or revoked."""
    rows = session.scalars(select(TrustedKey).order_by(TrustedKey.unit_id)).all()
    return [
        TrustView(
            r.key_id,
            r.unit_id,
            unit_name(session, r.unit_id),
            keys.fingerprint_of(keys.public_from_hex(r.public_key)),
            r.is_office,
            r.state,
            r.method,
            r.confirmed_by,
            r.confirmed_at,
        )
        for r in rows
    ]


def offer_from_bundle(path: Path) -> KeyOffer:
    """The key a bundle carries, checked against the bundle's own signature.

    That proves whoever made the bundle holds the key, not who they are: the
    fingerprint confirmation does that.
    """
    with CheckedZip(Path(path), allowed=allowed_members(), limits=DEFAULT_LIMITS) as zf:
        key_id, signature = parse_signature(zf.read(SIGNATURE))
        manifest_bytes = zf.read(MANIFEST)
    import json

    try:
        claimed = json.loads(manifest_bytes.decode("utf-8"))
        raw = keys.public_from_hex(str(claimed["origin"]["public_key"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BundleRefused(f"“{Path(path).name}”中没有可用的公钥。") from exc
    if keys.key_id_of(raw) != key_id or not keys.verify(
        raw, signature, SIGNED_PREFIX + manifest_bytes
    ):
        raise BundleRefused(f"“{Path(path).name}”的签名与其中的公钥不符（文件被改动过）。")
    manifest = parse_manifest(manifest_bytes)
    return KeyOffer(
        manifest.origin_unit_id,
        manifest.origin_unit_name,
        manifest.origin_installation,
        raw,
        "bundle",
    )


def read_offer(path: Path) -> KeyOffer:
    """A key offered by a key file or by a bundle (its first bundle, typically)."""
    path = Path(path)
    if zipfile.is_zipfile(path):
        return offer_from_bundle(path)
    return keys.read_key_file(path)


def offers_in_refused(db_path: Path, *, unit_id: str) -> list[tuple[KeyOffer, Path]]:
    """Keys carried by bundles from ``unit_id`` that were refused here (newest first)."""
    folder = db_path.parent / "refused"
    found: list[tuple[KeyOffer, Path]] = []
    for path in sorted(folder.glob("*.zgb"), reverse=True) if folder.is_dir() else []:
        try:
            offer = offer_from_bundle(path)
        except UserError:
            continue
        if offer.unit_id == unit_id:
            found.append((offer, path))
    return found


def offer_by_fingerprint(
    db_path: Path, *, unit_id: str, unit_label: str, fingerprint: str
) -> tuple[KeyOffer, list[Path]]:
    """The key of ``unit_id`` that a typed fingerprint names, from its refused bundles.

    Returns the offer and the refused bundles signed with it (importable once
    the key is trusted). A clear message when there is no bundle, or when the
    fingerprint matches none of them.
    """
    candidates = offers_in_refused(db_path, unit_id=unit_id)
    if not candidates:
        raise UserError(
            f"还没有收到“{unit_label}”的同步包（refused 文件夹中没有）。"
            "请先导入它的第一个同步包，或使用它导出的密钥文件。"
        )
    matching = [c for c in candidates if keys.fingerprint_matches(fingerprint, c[0].public_raw)]
    if not matching:
        raise UserError(
            f"输入的指纹与“{unit_label}”同步包中的密钥都不一致，未信任。"
            f"同步包中的密钥指纹：{candidates[0][0].fingerprint}。请与对方重新核对。"
        )
    offer = matching[0][0]
    return offer, [p for o, p in candidates if o.key_id == offer.key_id]


def write_own_key_file(
    session: Session, *, db_path: Path, output: Path, passphrase: str | None = None
) -> keys.KeyInfo:
    """Write this PC's public key file for the other side (``keys export``)."""
    who = me(session)
    info, key = keys.signing_key(session, db_path=db_path, passphrase=passphrase)
    keys.write_key_file(
        Path(output),
        key=key,
        unit_id=who.unit_id,
        unit_name=unit_name(session, who.unit_id),
        installation_id=who.installation_id,
    )
    return info


def add_trust(
    session: Session,
    offer: KeyOffer,
    *,
    method: str,
    confirmed_by: str = "",
    typed_fingerprint: str | None = None,
) -> TrustedKey:
    """Trust ``offer`` for its unit, once a person confirmed it (``method`` says how).

    With ``typed_fingerprint`` the key must match it exactly. A unit's PC trusts
    only the quality office (it exchanges with no one else).
    """
    if typed_fingerprint is not None and not keys.fingerprint_matches(
        typed_fingerprint, offer.public_raw
    ):
        raise UserError(
            f"输入的指纹与密钥的指纹不一致，未信任。\n输入的：{typed_fingerprint}\n"
            f"密钥的：{offer.fingerprint}\n请与对方重新核对；不一致时不要信任。"
        )
    unit = session.get(Unit, offer.unit_id)
    if unit is None:
        raise UserError(f"本机的组织机构中没有“{offer.unit_name}”，不能信任它的密钥。")
    office = office_unit_id(session)
    who = me(session)
    if offer.unit_id == who.unit_id:
        raise UserError("这是本部门自己的密钥，无需信任。")
    if not who.is_office and offer.unit_id != office:
        raise UserError("部门的电脑只与质量督导处交换同步包，只需信任质量督导处的密钥。")
    existing = session.get(TrustedKey, offer.key_id)
    if existing is not None:
        if existing.state == REVOKED:
            raise UserError(f"密钥 {offer.key_id} 已被吊销，不能再次信任。请对方更换密钥。")
        if existing.unit_id != offer.unit_id:
            raise UserError(
                f"密钥 {offer.key_id} 已登记为“{unit_name(session, existing.unit_id)}”的密钥。"
            )
        return existing
    row = TrustedKey(
        key_id=offer.key_id,
        unit_id=offer.unit_id,
        public_key=offer.public_raw.hex(),
        is_office=offer.unit_id == office,
        state=TRUSTED,
        method=method,
        confirmed_by=(confirmed_by or _user())[:50],
        confirmed_at=utcnow(),
    )
    session.add(row)
    session.flush()
    return row


def revoke(session: Session, *, unit_id: str, key_id: str | None = None) -> list[str]:
    """Revoke a unit's keys (or one of them): their bundles are refused from now on."""
    stmt = select(TrustedKey).where(TrustedKey.unit_id == unit_id, TrustedKey.state == TRUSTED)
    if key_id:
        stmt = stmt.where(TrustedKey.key_id == key_id)
    rows = session.scalars(stmt).all()
    if not rows:
        raise UserError(f"“{unit_name(session, unit_id)}”没有可吊销的已信任密钥。")
    for row in rows:
        row.state, row.revoked_at = REVOKED, utcnow()
    session.flush()
    return [r.key_id for r in rows]


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows setups
        return ""
