"""Every check of a bundle before anything is written, in the order that keeps it cheap.

1. the zip's directory (:mod:`.zipcheck`): size, names, links, encryption, bombs;
2. the signature, with a trusted, unrevoked key bound to the claimed origin;
3. only then the manifest's content: format and schema versions, destination;
4. replay: a sequence already seen is "nothing to do" (or an alarm if its
   content differs: a cloned or restored PC);
5. each member under its declared size, checked against its SHA-256;
6. every record: known type, every field typed and bounded.

Nothing here writes; ``bundle verify`` runs exactly this (plus the ownership
check of :mod:`.merge`) and stops.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ImportedBundle, TrustedKey
from app.services.progress import NullProgress, Progress
from app.services.sync import jsonio, keys
from app.services.sync.bundle_format import (
    KIND_ENROLMENT,
    MANIFEST,
    SIGNATURE,
    SIGNED_PREFIX,
    BundleRefused,
    Manifest,
    allowed_members,
    check_versions,
    parse_manifest,
    parse_signature,
)
from app.services.sync.codec import MAX_LINE, RecordInvalid, from_wire
from app.services.sync.peers import unit_name
from app.services.sync.registry import record_type
from app.services.sync.zipcheck import DEFAULT_LIMITS, CheckedZip, Limits

NEW, OLDER, DUPLICATE = "new", "older", "duplicate"


class OwnBundle(BundleRefused):
    """A bundle this PC wrote itself (it shares a USB stick with incoming ones): nothing to do."""


@dataclass
class VerifiedBundle:
    """A bundle that passed every check (``status`` says whether there is anything to do)."""

    path: Path
    manifest: Manifest
    manifest_sha256: str
    origin_is_office: bool
    status: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Each record's line as it arrived (UTF-8), by type and id, for the types that
    # keep ancestors: history keeps it verbatim instead of serialising the record
    # again (a third of an import's time).
    lines: dict[str, dict[str, bytes]] = field(default_factory=dict)

    @property
    def record_count(self) -> int:
        """Records carried."""
        return sum(len(r) for r in self.records.values())


_OWN_BUNDLE = "这是本机自己导出的同步包，无需导入。"


def _claimed(manifest_bytes: bytes) -> dict[str, Any]:
    """The manifest read *without* trusting it: only to word a message or find a key."""
    try:
        doc = json.loads(manifest_bytes.decode("utf-8"))
        return doc if isinstance(doc, dict) else {}
    except (ValueError, UnicodeDecodeError):
        return {}


def _trusted_key(session: Session, key_id: str, claimed: dict[str, Any]) -> TrustedKey:
    row = session.get(TrustedKey, key_id)
    own = keys.local_key(session)
    if row is None and own is not None and own.key_id == key_id:
        # Our own outgoing bundle on the same stick: never trusted, but not an attack.
        raise OwnBundle(_OWN_BUNDLE)
    origin = claimed.get("origin") if isinstance(claimed.get("origin"), dict) else {}
    who = str(origin.get("unit_name", ""))[:60] or "未知部门"
    if row is None:
        raise BundleRefused(
            f"同步包签名所用的密钥（编号 {key_id}，声称来自“{who}”）未被本机信任，"
            "同步包未导入。请与对方电话核对指纹后用“信任密钥”登记，再重新导入。"
        )
    if row.state != "trusted":
        raise BundleRefused(
            f"同步包签名所用的密钥（编号 {key_id}，属于“{unit_name(session, row.unit_id)}”）"
            "已被吊销，同步包未导入。"
        )
    return row


def authenticate(
    session: Session, zf: CheckedZip, *, enrolment: bool = False
) -> tuple[Manifest, bytes, bool]:
    """Verify the signature, then parse the manifest: (manifest, its bytes, origin is office).

    ``enrolment``: the key is the one the file carries (a new installation trusts
    nobody yet); the person enrolling confirms its fingerprint.
    """
    key_id, signature = parse_signature(zf.read(SIGNATURE))
    manifest_bytes = zf.read(MANIFEST)
    claimed = _claimed(manifest_bytes)
    if enrolment:
        check_versions(claimed)
        try:
            public_raw = keys.public_from_hex(str(claimed["origin"]["public_key"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise BundleRefused("注册文件中没有质量督导处的公钥，文件未导入。") from exc
        if keys.key_id_of(public_raw) != key_id:
            raise BundleRefused("注册文件的签名与其中的公钥不符（文件被改动过），文件未导入。")
        is_office = True
    else:
        row = _trusted_key(session, key_id, claimed)
        public_raw = keys.public_from_hex(row.public_key)
        is_office = row.is_office
    if not keys.verify(public_raw, signature, SIGNED_PREFIX + manifest_bytes):
        raise BundleRefused("同步包的签名无效：文件被改动过或已损坏，同步包未导入。")
    manifest = parse_manifest(manifest_bytes)
    if manifest.origin_key_id != key_id or manifest.origin_public_key != public_raw.hex():
        raise BundleRefused("清单中的密钥与签名所用的密钥不一致，同步包未导入。")
    if not enrolment:
        row = session.get(TrustedKey, key_id)
        assert row is not None
        if manifest.origin_unit_id != row.unit_id:
            raise BundleRefused(
                f"密钥 {key_id} 属于“{unit_name(session, row.unit_id)}”，"
                f"但同步包声称来自“{manifest.origin_unit_name}”，同步包未导入。"
            )
    elif manifest.kind != KIND_ENROLMENT:
        raise BundleRefused("这不是注册文件（是普通同步包），请用“导入同步包”。")
    return manifest, manifest_bytes, is_office


def replay_status(session: Session, manifest: Manifest, manifest_sha256: str) -> str:
    """NEW, OLDER or DUPLICATE; an alarm for a reused sequence with other content."""
    stream = ImportedBundle.origin_installation == manifest.origin_installation
    same = session.scalars(
        select(ImportedBundle).where(stream, ImportedBundle.sequence == manifest.sequence)
    ).first()
    if same is not None:
        if same.manifest_sha256 == manifest_sha256:
            return DUPLICATE
        raise BundleRefused(
            f"警报：来自“{manifest.origin_unit_name}”的第 {manifest.sequence} 号同步包"
            "已经导入过，但这一份内容不同。对方电脑可能是复制或从备份恢复的。"
            "同步包未导入；请对方先导入质量督导处最新发回的同步包，再重新导出。"
        )
    last = session.scalar(select(func.max(ImportedBundle.sequence)).where(stream)) or 0
    return OLDER if manifest.sequence < last else NEW


def read_records(
    zf: CheckedZip, manifest: Manifest, *, progress: Progress
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, dict[str, bytes]]]:
    """Every listed member, hash-checked, parsed and validated; and the lines by id.

    Lines are kept (as the UTF-8 bytes that arrived) only for the types whose
    versions are kept as ancestors: the merge stores them verbatim.
    """
    listed = {m.name for m in manifest.members}
    extra = sorted(zf.names() - listed - {MANIFEST, SIGNATURE})
    if extra:
        raise BundleRefused(f"文件中有清单未列出的成员“{extra[0]}”，同步包未导入。")
    progress.start(sum(max(v, 0) for v in manifest.counts.values()), "校验记录")
    records: dict[str, list[dict[str, Any]]] = {}
    lines: dict[str, dict[str, bytes]] = {}
    for member in manifest.members:
        data = zf.read(member.name, size=member.size, sha256=member.sha256)
        rtype = record_type(member.name.removesuffix(".jsonl"))
        rows: list[dict[str, Any]] = []
        kept = lines[rtype.name] = {}
        seen: set[str] = set()
        # b"\n" ends a line and nothing else: in UTF-8 no other character contains
        # that byte, and JSON escapes it inside strings.
        for number, line in enumerate(data.split(b"\n"), start=1):
            if not line.strip():
                continue
            if len(line) > MAX_LINE:
                raise BundleRefused(f"{rtype.label}第 {number} 行过长，同步包未导入。")
            try:
                raw = jsonio.loads(line)
            except jsonio.LineInvalid as exc:
                why = _not_json(line)
                raise BundleRefused(f"{rtype.label}第 {number} 行{why}，同步包未导入。") from exc
            try:
                row = from_wire(rtype.specs, raw, type_name=rtype.label, line=number)
                if rtype.check is not None:
                    rtype.check(row)
            except RecordInvalid as exc:
                raise BundleRefused(f"记录无效：{exc.message}同步包未导入。") from exc
            except ValueError as exc:
                raise BundleRefused(
                    f"记录无效：{rtype.label}第 {number} 条记录的{exc}。同步包未导入。"
                ) from exc
            if row["id"] in seen:
                raise BundleRefused(f"{rtype.label}中有重复的记录编号，同步包未导入。")
            seen.add(row["id"])
            if rtype.keep_ancestors:
                kept[row["id"]] = line
            rows.append(row)
            progress.advance()
        if len(rows) != manifest.counts.get(rtype.name, -1):
            raise BundleRefused(f"{rtype.label}的记录数与清单不符，同步包未导入。")
        records[rtype.name] = rows
    for name, count in manifest.counts.items():
        if count and name not in records:
            raise BundleRefused(f"清单中的记录数与成员不符（{name}），同步包未导入。")
    return records, lines


def _not_json(line: bytes) -> str:
    """What is wrong with a line that did not parse, in words."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return "不是 UTF-8 文本"
    return "不是有效的 JSON"


def verify_bundle(
    session: Session,
    path: Path,
    *,
    destination: str | None,
    installation_id: str,
    enrolment: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> VerifiedBundle:
    """Run every check; records are read only if the bundle is new.

    ``destination``: how this PC is addressed ("office" or its unit id); None for
    a new installation reading its enrolment file (it becomes that unit).
    """
    progress = progress or NullProgress()
    with CheckedZip(Path(path), allowed=allowed_members(), limits=limits) as zf:
        manifest, manifest_bytes, is_office = authenticate(session, zf, enrolment=enrolment)
        if manifest.origin_installation == installation_id:
            raise OwnBundle(_OWN_BUNDLE)
        expected = destination
        if expected is None and manifest.enrolment:
            expected = manifest.enrolment.get("unit_id")
        if manifest.destination != expected:
            raise BundleRefused(
                f"这个同步包是发给“{manifest.destination_name}”的，不是发给本机的，同步包未导入。"
            )
        digest = hashlib.sha256(manifest_bytes).hexdigest()
        status = replay_status(session, manifest, digest)
        bundle = VerifiedBundle(Path(path), manifest, digest, is_office, status)
        if status == NEW:
            bundle.records, bundle.lines = read_records(zf, manifest, progress=progress)
    return bundle
