"""Importing bundles: verify, back up, merge in one transaction, or refuse and keep the file.

Any failure rolls the transaction back, so the database file is byte-for-byte
as it was; the bundle is copied into a ``refused`` folder beside the database
with a ``.reason.txt``, and a Chinese :class:`~app.services.errors.UserError`
names the reason. A bundle already imported, or older than one imported, is
"nothing to do": not an error, nothing written.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ImportedBundle, SentBundle, SyncDestination
from app.models.base import utcnow
from app.services.database import Database, backup
from app.services.errors import Cancelled, UserError
from app.services.gc_pause import collector_paused
from app.services.progress import NullProgress, Progress
from app.services.sync.bundle_format import (
    MANIFEST,
    SIGNATURE,
    BundleRefused,
    Manifest,
    allowed_members,
)
from app.services.sync.merge import (
    MergePlan,
    TypeCounts,
    apply_merge,
    describe_counts,
    plan_merge,
)
from app.services.sync.peers import Me, me, peer_of_unit
from app.services.sync.verify import (
    DUPLICATE,
    NEW,
    OLDER,
    OwnBundle,
    VerifiedBundle,
    verify_bundle,
)
from app.services.sync.zipcheck import DEFAULT_LIMITS, CheckedZip, Limits

IMPORTED, PARTIAL, SKIPPED, REFUSED = "imported", "partial", "skipped", "refused"
VERIFIED, CANCELLED = "verified", "cancelled"
RESULT_LABELS = {
    IMPORTED: "已导入",
    PARTIAL: "部分导入",
    SKIPPED: "无需导入",
    REFUSED: "已拒收",
    VERIFIED: "校验通过",
    CANCELLED: "已取消，未导入",
}


class RecordsRefused(BundleRefused):
    """Some records' authors may not write them: the whole bundle waits for the user's choice.

    The caller may import again with ``accept_partial`` (the rest merges, the
    refused records are reported); the UI offers that as a button.
    """


@dataclass
class BundleResult:
    """What happened to one bundle file."""

    path: Path
    result: str
    origin_name: str = ""
    sequence: int = 0
    reason: str = ""
    counts: dict[str, TypeCounts] = field(default_factory=dict)
    refusals: list[str] = field(default_factory=list)
    kept_at: Path | None = None
    #: refused only because of some records: importing the rest is the user's choice
    partial_possible: bool = False
    #: the reason alone (no file name, no "nothing was changed"), for a table cell
    why: str = ""

    @property
    def brief(self) -> str:
        """The reason in few words: what a results table shows beside the file name."""
        return self.why or self.reason

    @property
    def ok(self) -> bool:
        """Not refused (a cancelled file was not looked at: not ok either)."""
        return self.result not in (REFUSED, CANCELLED)

    def describe(self) -> str:
        """A Chinese summary for the CLI and the per-file list of the UI."""
        head = f"{self.path.name}：{RESULT_LABELS[self.result]}"
        if self.origin_name:
            head += f"（来自“{self.origin_name}”，第 {self.sequence} 号）"
        lines = [head]
        if self.reason:
            lines.append(f"  {self.reason}")
        lines += describe_counts(self.counts)
        lines += [f"  拒收：{r}" for r in self.refusals[:20]]
        if len(self.refusals) > 20:
            lines.append(f"  ……另有 {len(self.refusals) - 20} 条被拒收")
        return "\n".join(lines)


@dataclass
class _Batch:
    """State shared by the bundles of one import run (one backup for all)."""

    backed_up: bool = False


#: A refused file bigger than this is not copied (a real bundle is a few MiB; a
#: 300 MiB file refused for its size must not fill the disk a second time).
KEEP_ASIDE_BYTES = 32 * 1024 * 1024


def keep_aside(db_path: Path, bundle: Path, reason: str) -> Path | None:
    """Copy a refused bundle into ``refused/`` beside the database, with the reason.

    Returns the copy, or None when nothing was copied (the file is gone, too
    large, or the disk refused); the reason file is written whenever it can be.
    """
    try:
        size = bundle.stat().st_size if bundle.is_file() else None
    except OSError:
        size = None
    if size is None:
        return None
    folder = db_path.parent / "refused"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{stamp}-{bundle.name}"
        n = 1
        while target.exists() or target.with_name(target.name + ".reason.txt").exists():
            n += 1
            target = folder / f"{stamp}-{n}-{bundle.name}"
        note = target.with_name(target.name + ".reason.txt")
        if size > KEEP_ASIDE_BYTES:
            note.write_text(
                f"{bundle}\n{reason}\n文件过大（{size // (1024 * 1024)} MiB），未另存副本。\n",
                encoding="utf-8",
            )
            return None
        shutil.copyfile(bundle, target)
        note.write_text(f"{bundle}\n{reason}\n", encoding="utf-8")
    except OSError:
        return None
    return target


def _acks_for(session: Session, manifest: Manifest, who: Me) -> None:
    """The origin tells what it imported of our stream to it: move our high-water mark.

    The latest acknowledgement is the truth even when it goes down (the peer was
    restored from a backup): we then resend from there. Our own sequence never
    goes below what the peer has seen, so a restored PC of ours does not reuse
    numbers.
    """
    peer = peer_of_unit(manifest.origin_unit_id, office_unit_id=who.office_unit_id)
    acked = next((a.sequence for a in manifest.acks if a.installation == who.installation_id), 0)
    dest = session.get(SyncDestination, peer)
    if dest is None:
        dest = SyncDestination(destination=peer, last_sequence=0, scope_key="")
        session.add(dest)
    mark = session.scalar(
        select(SentBundle.change_seq)
        .where(SentBundle.destination == peer, SentBundle.sequence <= acked)
        .order_by(SentBundle.sequence.desc())
        .limit(1)
    )
    dest.acked_sequence = acked
    dest.acked_change_seq = (mark or 0) if acked else 0
    dest.last_sequence = max(dest.last_sequence or 0, acked)
    dest.last_ack_at = utcnow()


def _log(session: Session, bundle: VerifiedBundle, plan: MergePlan, result: str) -> None:
    m = bundle.manifest
    session.add(
        ImportedBundle(
            origin_unit_id=m.origin_unit_id,
            origin_installation=m.origin_installation,
            key_id=m.origin_key_id,
            sequence=m.sequence,
            manifest_sha256=bundle.manifest_sha256,
            result=result,
            reason="\n".join(r.describe() for r in plan.refusals[:200]),
            file_name=bundle.path.name[:255],
            counts={k: vars(v) for k, v in plan.counts.items() if v.total()},
            created_at=_parse_time(m.created_at),
        )
    )


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def merge_verified(
    session: Session,
    bundle: VerifiedBundle,
    *,
    who: Me,
    accept_partial: bool,
    before_write: object = None,
) -> tuple[MergePlan, str]:
    """Plan, check refusals, then apply and log (inside the caller's transaction)."""
    plan = plan_merge(session, bundle, office_unit_id=who.office_unit_id)
    if plan.refusals and not accept_partial:
        first = "\n".join(r.describe() for r in plan.refusals[:10])
        raise RecordsRefused(
            f"同步包中有 {len(plan.refusals)} 条记录的作者无权编写或引用缺失，整个同步包未导入：\n"
            f"{first}\n如确认只导入其余记录，请选择“部分导入”（--accept-partial）。"
        )
    if callable(before_write):
        before_write()
    peer = peer_of_unit(bundle.manifest.origin_unit_id, office_unit_id=who.office_unit_id)
    apply_merge(session, bundle, plan, received_from=peer)
    result = PARTIAL if plan.refusals else IMPORTED
    _log(session, bundle, plan, result)
    _acks_for(session, bundle.manifest, who)
    session.flush()
    return plan, result


def _import_one(
    db: Database,
    path: Path,
    *,
    accept_partial: bool,
    progress: Progress,
    batch: _Batch,
    limits: Limits,
) -> BundleResult:
    path = Path(path)

    def backup_once() -> None:
        if not batch.backed_up:
            backup(db.path, reason="before-sync-import")
            batch.backed_up = True

    try:
        with db.session() as session:
            who = me(session)
            bundle = verify_bundle(
                session,
                path,
                destination=who.peer_key,
                installation_id=who.installation_id,
                limits=limits,
                progress=progress,
            )
            m = bundle.manifest
            if bundle.status != NEW:
                confirm_members(path, m, limits=limits)
                why = {
                    DUPLICATE: "这个同步包已经导入过，无需再次导入。",
                    OLDER: "这个同步包比已导入的更旧，内容已包含在后来的同步包中，无需导入。",
                }[bundle.status]
                return BundleResult(path, SKIPPED, m.origin_unit_name, m.sequence, why)
            plan, result = merge_verified(
                session, bundle, who=who, accept_partial=accept_partial, before_write=backup_once
            )
            _fault_point()
    except Cancelled:
        raise
    except OwnBundle as exc:  # our own outgoing bundle on the same stick
        return BundleResult(path, SKIPPED, reason=exc.message)
    except UserError as exc:
        kept = keep_aside(db.path, path, exc.message)
        where = f"文件已另存到“{kept}”。" if kept else ""
        message = f"“{path.name}”未导入：{exc.message}\n数据未作任何改动。{where}"
        kind = RecordsRefused if isinstance(exc, RecordsRefused) else BundleRefused
        raise kind(message) from exc
    except Exception as exc:
        kept = keep_aside(db.path, path, f"内部错误：{exc!r}")
        raise BundleRefused(
            f"“{path.name}”导入时发生内部错误（{type(exc).__name__}），已全部撤销，"
            f"数据未作任何改动。请把文件“{kept or path}”发给维护人员。"
        ) from exc
    return BundleResult(
        path,
        result,
        m.origin_unit_name,
        m.sequence,
        "",
        plan.counts,
        [r.describe() for r in plan.refusals],
    )


def confirm_members(path: Path, manifest: Manifest, *, limits: Limits) -> None:
    """Every member of an already-imported bundle still matches its signed hash.

    Its records are not needed (there is nothing to do), but a damaged or edited
    copy must not be reported as "already imported": the user would trust a
    file that no longer is what was signed.
    """
    with CheckedZip(path, allowed=allowed_members(), limits=limits) as zf:
        listed = {member.name for member in manifest.members}
        extra = sorted(zf.names() - listed - {MANIFEST, SIGNATURE})
        if extra:
            raise BundleRefused(f"文件中有清单未列出的成员“{extra[0]}”，同步包未导入。")
        for member in manifest.members:
            zf.read(member.name, size=member.size, sha256=member.sha256)


def _fault_point() -> None:
    """Tests patch this to inject a crash after the merge, before the commit."""


def import_bundle(
    db: Database,
    path: Path,
    *,
    accept_partial: bool = False,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> BundleResult:
    """Import one bundle; raises :class:`BundleRefused` (a UserError) if it is refused."""
    with collector_paused():
        return _import_one(
            db,
            path,
            accept_partial=accept_partial,
            progress=progress or NullProgress(),
            batch=_Batch(),
            limits=limits,
        )


def import_bundles(
    db: Database,
    paths: list[Path],
    *,
    accept_partial: bool = False,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> list[BundleResult]:
    """Import many bundles (a folder from a USB stick), each in its own transaction.

    One refused bundle does not stop the others; the database is backed up once,
    before the first write. Bundles are taken in sequence order per origin, so
    an older one never arrives after a newer one of the same run. Cancelling
    (through ``progress``) stops between files: those done stay imported (each
    was its own transaction) and the rest are reported as cancelled.
    """
    progress = progress or NullProgress()
    batch = _Batch()
    results: list[BundleResult] = []
    ordered = sorted(map(Path, paths), key=_sort_key)
    progress.start(len(ordered), "导入同步包")
    for path in ordered:
        # Paused per file, around the call: a file's records are freed before the
        # collector resumes, so it never walks them.
        try:
            with collector_paused():
                result = _import_one(
                    db,
                    path,
                    accept_partial=accept_partial,
                    progress=NullProgress(),
                    batch=batch,
                    limits=limits,
                )
            results.append(result)
        except BundleRefused as exc:
            cause = exc.__cause__
            results.append(
                BundleResult(
                    path,
                    REFUSED,
                    reason=exc.message,
                    partial_possible=isinstance(exc, RecordsRefused),
                    why=cause.message if isinstance(cause, UserError) else "",
                )
            )
        try:
            progress.advance()
        except Cancelled:
            done = len(results)
            results += [
                BundleResult(p, CANCELLED, reason="导入已取消，这个同步包没有导入。")
                for p in ordered[done:]
            ]
            break
    return results


def check_bundle(db: Database, path: Path, *, limits: Limits = DEFAULT_LIMITS) -> BundleResult:
    """Every check of an import and what it would do, writing nothing (``bundle verify``)."""
    with collector_paused():
        return _check_one(db, Path(path), limits=limits)


def _check_one(db: Database, path: Path, *, limits: Limits) -> BundleResult:
    with db.session() as session:
        who = me(session)
        bundle = verify_bundle(
            session,
            path,
            destination=who.peer_key,
            installation_id=who.installation_id,
            limits=limits,
        )
        m = bundle.manifest
        if bundle.status != NEW:
            confirm_members(path, m, limits=limits)
            why = "已经导入过" if bundle.status == DUPLICATE else "比已导入的更旧"
            return BundleResult(path, SKIPPED, m.origin_unit_name, m.sequence, f"签名有效；{why}。")
        plan = plan_merge(session, bundle, office_unit_id=who.office_unit_id)
    return BundleResult(
        path,
        VERIFIED,
        m.origin_unit_name,
        m.sequence,
        "签名有效，所有记录格式正确。导入后将：",
        plan.counts,
        [r.describe() for r in plan.refusals],
    )


def _sort_key(path: Path) -> tuple[str, str]:
    """File names carry the origin and a zero-padded sequence (see export.default_name)."""
    return (path.parent.as_posix(), path.name)
