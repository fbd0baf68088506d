"""``zhengai keys|trust|enrol|bundle|conflicts …``: sync by signed bundles from the command line.

Thin wrappers over :mod:`app.services.sync`; the GUI calls the same services.
A passphrase-protected key is unlocked from ``ZHENGAI_PASSPHRASE`` or, on a
terminal, by asking.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

Handler = Callable[[argparse.Namespace], int]
T = TypeVar("T")
PASSPHRASE_ENV = "ZHENGAI_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ZHENGAI_NEW_PASSPHRASE"


def _open(args: argparse.Namespace) -> Any:
    from app.cli import _open as open_db

    return open_db(args)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _with_passphrase(run: Callable[[str | None], T]) -> T:
    """Run with the passphrase from the environment; ask on a terminal if the key needs one."""
    from app.services.sync.keys import PassphraseNeeded

    try:
        return run(os.environ.get(PASSPHRASE_ENV) or None)
    except PassphraseNeeded:
        if not _interactive():
            raise
        return run(getpass.getpass("本机私钥口令："))


def _unit_id(session: Any, name: str) -> str:
    from app.services.identity import find_unit

    return find_unit(session, name).id


# -- keys ---------------------------------------------------------------------------
def cmd_keys_show(args: argparse.Namespace) -> int:
    """Print this installation's key id and fingerprint (creating the key at first use)."""
    from app.services.sync.keys import ensure_key

    db = _open(args)
    try:
        with db.session() as session:
            info = _with_passphrase(lambda p: ensure_key(session, db_path=db.path, passphrase=p))
    finally:
        db.close()
    if args.json:
        data = {"key_id": info.key_id, "fingerprint": info.fingerprint, "path": str(info.path)}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(f"密钥编号：{info.key_id}")
        print(f"指纹：{info.fingerprint}")
        print(f"私钥文件：{info.path}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    """Write this installation's public key to a key file for the other side."""
    from app.services.sync.trust import write_own_key_file

    db = _open(args)
    try:
        with db.session() as session:
            info = _with_passphrase(
                lambda p: write_own_key_file(
                    session, db_path=db.path, output=Path(args.output), passphrase=p
                )
            )
    finally:
        db.close()
    print(f"已导出公钥文件：{args.output}")
    print(f"密钥编号：{info.key_id}  指纹：{info.fingerprint}")
    print("请对方导入后与您电话核对指纹。")
    return 0


def _new_passphrase(env: str) -> str:
    """A new passphrase: from ``env``, or typed twice on a terminal."""
    from app.services.errors import UserError

    passphrase = os.environ.get(env) or ""
    if passphrase:
        return passphrase
    if not _interactive():
        raise UserError(f"请通过环境变量 {env} 提供新口令。")
    passphrase = getpass.getpass("新口令：")
    if not passphrase:
        raise UserError("口令不能为空。")
    if getpass.getpass("再输入一次：") != passphrase:
        raise UserError("两次输入的口令不一致，口令未更改。")
    return passphrase


def cmd_keys_new(args: argparse.Namespace) -> int:
    """Create this installation's key (or replace it), optionally with a passphrase."""
    from app.services.sync.keys import create_key

    passphrase = _new_passphrase(PASSPHRASE_ENV) if args.passphrase else None
    db = _open(args)
    try:
        with db.session() as session:
            info = create_key(
                session,
                db_path=db.path,
                passphrase=passphrase if args.passphrase else None,
                replace=args.replace,
            )
    finally:
        db.close()
    print(f"已生成密钥：{info.key_id}\n指纹：{info.fingerprint}")
    if args.replace:
        print("对方需要重新核对并信任新密钥，并吊销旧密钥。")
    return 0


def cmd_keys_passphrase(args: argparse.Namespace) -> int:
    """Set, change or (--remove) remove the passphrase of this installation's private key."""
    from app.services.sync.keys import set_passphrase

    new = None if args.remove else _new_passphrase(NEW_PASSPHRASE_ENV)
    db = _open(args)
    try:
        with db.session() as session:
            info = _with_passphrase(
                lambda old: set_passphrase(session, db_path=db.path, old=old, new=new)
            )
    finally:
        db.close()
    print("已去掉私钥口令。" if new is None else "已设置私钥口令。签名时需要输入这一口令。")
    print(f"密钥编号：{info.key_id}（密钥本身未变，对方无需重新核对）")
    return 0


# -- trust ----------------------------------------------------------------------------
def cmd_trust_add(args: argparse.Namespace) -> int:
    """Trust a peer's key after its fingerprint was confirmed (typed or compared)."""
    from app.services.errors import UserError
    from app.services.sync.trust import add_trust, offer_by_fingerprint, read_offer

    db = _open(args)
    try:
        with db.session() as session:
            if args.file:
                offer = read_offer(Path(args.file))
                if args.unit and _unit_id(session, args.unit) != offer.unit_id:
                    raise UserError(f"该密钥属于“{offer.unit_name}”，不是“{args.unit}”。")
                refused: list[Path] = []
            else:
                if not (args.fingerprint and args.unit):
                    raise UserError("请给出密钥文件，或同时给出 --fingerprint 与 --unit。")
                offer, refused = offer_by_fingerprint(
                    db.path,
                    unit_id=_unit_id(session, args.unit),
                    unit_label=args.unit,
                    fingerprint=args.fingerprint,
                )
            print(f"部门：{offer.unit_name}\n密钥编号：{offer.key_id}\n指纹：{offer.fingerprint}")
            typed = args.fingerprint
            method = "fingerprint"
            if typed is None:
                if args.yes:
                    method = "screen"
                elif _interactive():
                    answer = input("请与对方核对上面的指纹。完全一致请输入“是”：").strip()
                    if answer not in ("是", "y", "yes"):
                        print("未信任。")
                        return 2
                    method = "screen"
                else:
                    raise UserError(
                        "请与对方核对指纹后，用 --fingerprint 输入对方读出的指纹"
                        "（或在屏幕上核对一致后加 --yes）。"
                    )
            add_trust(
                session, offer, method=method, confirmed_by=args.by or "", typed_fingerprint=typed
            )
    finally:
        db.close()
    print(f"已信任“{offer.unit_name}”的密钥 {offer.key_id}。")
    for path in refused:
        print(f"此前因密钥未信任而拒收的同步包可重新导入：{path}")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    """Print every trusted or revoked key."""
    from app.services.sync.trust import list_trusted

    db = _open(args)
    try:
        with db.session() as session:
            rows = list_trusted(session)
    finally:
        db.close()
    for row in rows:
        print(row.describe())
    print(f"共 {len(rows)} 个密钥。")
    return 0


def cmd_trust_revoke(args: argparse.Namespace) -> int:
    """Revoke a unit's key(s): its bundles are refused from now on."""
    from app.services.sync.trust import revoke

    db = _open(args)
    try:
        with db.session() as session:
            revoked = revoke(session, unit_id=_unit_id(session, args.unit), key_id=args.key)
    finally:
        db.close()
    print(f"已吊销“{args.unit}”的密钥：{'、'.join(revoked)}。")
    return 0


# -- enrolment ----------------------------------------------------------------------------
def cmd_enrol_export(args: argparse.Namespace) -> int:
    """Write the enrolment file that sets up a unit's PC (quality office)."""
    from app.services.sync.enrol import export_enrolment

    db = _open(args)
    try:
        with db.session() as session:
            unit_id = _unit_id(session, args.unit)
        result = _with_passphrase(
            lambda p: export_enrolment(db, unit_id=unit_id, output=Path(args.output), passphrase=p)
        )
        with db.session() as session:
            from app.services.sync.keys import ensure_key

            info = ensure_key(session, db_path=db.path)
    finally:
        db.close()
    print(
        f"已写出“{result.destination_name}”的注册文件：{result.path}"
        f"（{result.record_count} 条记录）"
    )
    print(f"质量督导处指纹：{info.fingerprint}（请在对方导入时读给对方核对）")
    return 0


def cmd_enrol_import(args: argparse.Namespace) -> int:
    """Set this new installation up as the unit named in the enrolment file.

    On a new PC the data file does not exist yet; if the enrolment is refused
    (wrong fingerprint, damaged file), what the attempt created is removed again,
    so the next attempt starts from nothing rather than from an empty college.
    """
    from app.cli import _db_path
    from app.services.sync.enrol import import_enrolment

    path = _db_path(args)
    created = [p for p in _new_pc_files(path) if not p.exists()]
    db = _open(args)
    try:
        result = _with_passphrase(
            lambda p: import_enrolment(
                db,
                path=Path(args.file),
                fingerprint=args.fingerprint,
                passphrase=p,
                keep_refused=path not in created,
            )
        )
    except BaseException:
        db.close()
        if path in created:
            _remove(created)
        raise
    db.close()
    print(result.describe())
    return 0


def _new_pc_files(path: Path) -> list[Path]:
    """What opening and enrolling a data file at ``path`` may create, innermost first."""
    from app.services.sync.keys import key_path

    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    folders = [path.parent / "refused", path.parent / "backups"]
    return [path, *sides, key_path(path), *folders, path.parent]


def _remove(paths: list[Path]) -> None:
    """Remove files and folders an attempt created (a folder only if nothing else is in it)."""
    import contextlib
    import shutil

    for p in paths:
        with contextlib.suppress(OSError):
            if p.is_dir():
                if p.name in ("refused", "backups"):
                    shutil.rmtree(p)
                else:
                    p.rmdir()  # the data file's own folder: only if now empty
            else:
                p.unlink(missing_ok=True)


# -- bundles -------------------------------------------------------------------------------
def cmd_bundle_export(args: argparse.Namespace) -> int:
    """Write a bundle of every change the destination has not acknowledged (or --all)."""
    from app.services.sync.export import export_bundle

    db = _open(args)
    try:
        to = None
        if args.to:
            with db.session() as session:
                to = _unit_id(session, args.to)
        output = _bundle_output(args.output)
        result = _with_passphrase(
            lambda p: export_bundle(
                db, output=output, to_unit_id=to, everything=args.all, passphrase=p
            )
        )
    finally:
        db.close()
    print(result.describe())
    return 0


def _bundle_output(text: str) -> Path:
    """``-o`` as it was meant: ``usb/``, a drive (``E:``) or an existing folder is a
    folder, made if missing, that gets the suggested file name; a file name gets
    ``.zgb``, the suffix a folder import looks for."""
    from app.services.errors import UserError, os_reason

    path = Path(text)
    if text.endswith(("/", os.sep)) or not path.name or path.is_dir():
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"无法创建文件夹“{path}”：{os_reason(exc)}") from exc
        return path
    if path.suffix.lower() != ".zgb":
        path = path.with_name(path.name + ".zgb")
    return path


def _bundle_files(items: list[str]) -> list[Path]:
    """Files as given; a folder stands for the .zgb files in it."""
    files: list[Path] = []
    for item in items:
        path = Path(item)
        files.extend(sorted(path.glob("*.zgb")) if path.is_dir() else [path])
    return files


def cmd_bundle_import(args: argparse.Namespace) -> int:
    """Import bundles; exit non-zero if any was refused."""
    from app.services.sync.importer import import_bundles

    files = _bundle_files(args.files)
    if not files:
        print("错误：没有找到同步包文件。", file=sys.stderr)
        return 2
    db = _open(args)
    try:
        results = import_bundles(db, files, accept_partial=args.accept_partial)
    finally:
        db.close()
    for result in results:
        print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    refused = sum(1 for r in results if not r.ok)
    print(f"共 {len(results)} 个同步包，拒收 {refused} 个。")
    return 2 if refused else 0


def cmd_bundle_verify(args: argparse.Namespace) -> int:
    """Check a bundle without importing it."""
    from app.services.sync.importer import check_bundle

    db = _open(args)
    try:
        result = check_bundle(db, Path(args.file))
    finally:
        db.close()
    print(result.describe())
    return 2 if result.refusals else 0


def cmd_bundle_status(args: argparse.Namespace) -> int:
    """Print, per peer, what it sent, what we sent and what is missing."""
    from app.services.sync.status import peer_status

    db = _open(args)
    try:
        with db.session() as session:
            rows = peer_status(session)
    finally:
        db.close()
    for row in rows:
        print(row.describe())
    return 0


# -- conflicts --------------------------------------------------------------------------------
def _print_conflict(view: Any) -> None:
    from app.services.sync.conflicts import SIDE_LABELS

    print(view.describe())
    for d in view.diffs:
        whole = "" if d.mergeable else "  （不能逐项合并，须整体采用一方）"
        print(
            f"    {d.name}：本机={d.local!r}  对方={d.incoming!r}  "
            f"改动方：{d.changed_by}  建议：{SIDE_LABELS[d.suggested]}{whole}"
        )


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    """Print open conflicts (or all with --all)."""
    from app.services.sync.conflicts import list_conflicts

    db = _open(args)
    try:
        with db.session() as session:
            views = list_conflicts(session, include_resolved=args.all)
    finally:
        db.close()
    for view in views:
        _print_conflict(view)
    print(f"共 {len(views)} 个冲突。")
    return 0


def _merge_pairs(items: list[str] | None) -> dict[str, str]:
    from app.services.errors import UserError

    pairs: dict[str, str] = {}
    for item in items or []:
        name, sep, side = item.partition("=")
        if not sep:
            raise UserError(f"“{item}”应写成 字段=local 或 字段=incoming。")
        pairs[name.strip()] = side.strip()
    return pairs


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    """Resolve a conflict by taking one side or merging field by field."""
    from app.services.sync.conflicts import resolve

    db = _open(args)
    try:
        with db.session() as session:
            view = resolve(
                session, conflict_id=args.id, take=args.take, merge=_merge_pairs(args.merge)
            )
    finally:
        db.close()
    print(f"冲突 #{view.id} 已处理：{view.resolution}。下次导出同步包时会发给对方。")
    return 0


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the sync commands to the shared parser."""
    keys = sub.add_parser("keys", help="本机密钥：查看、导出、生成、口令", description="本机密钥")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="子命令", required=True)
    p = add("show", "显示本机密钥编号与指纹（首次使用时生成密钥）", cmd_keys_show, keys_sub)
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p = add("export", "导出本机公钥文件，交给对方核对后信任", cmd_keys_export, keys_sub)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出的密钥文件")
    p = add("new", "生成本机密钥，或更换密钥（电脑丢失、口令遗忘）", cmd_keys_new, keys_sub)
    p.set_defaults(creates_db=True)
    p.add_argument("--replace", action="store_true", help="替换已有的密钥")
    p.add_argument("--passphrase", action="store_true", help="为私钥设置口令")
    p = add("passphrase", "设置、更改或去掉私钥口令（密钥不变）", cmd_keys_passphrase, keys_sub)
    p.add_argument("--remove", action="store_true", help="去掉口令")

    trust = sub.add_parser("trust", help="信任对方密钥：登记、列出、吊销", description="信任的密钥")
    trust_sub = trust.add_subparsers(dest="trust_command", metavar="子命令", required=True)
    p = add("add", "核对指纹后信任对方的密钥（密钥文件或首个同步包）", cmd_trust_add, trust_sub)
    p.add_argument("file", nargs="?", metavar="FILE", help="对方的密钥文件或同步包")
    p.add_argument("--fingerprint", metavar="F", help="对方电话中读出的指纹")
    p.add_argument("--unit", metavar="NAME", help="对方部门名称")
    p.add_argument("--yes", action="store_true", help="已在屏幕上核对指纹一致")
    p.add_argument("--by", metavar="NAME", help="核对人")
    add("list", "列出已信任与已吊销的密钥", cmd_trust_list, trust_sub)
    p = add("revoke", "吊销某部门的密钥", cmd_trust_revoke, trust_sub)
    p.add_argument("unit", metavar="UNIT", help="部门名称")
    p.add_argument("--key", metavar="KEYID", help="只吊销这一个密钥")

    enrol = sub.add_parser("enrol", help="注册部门电脑", description="注册部门电脑")
    enrol_sub = enrol.add_subparsers(dest="enrol_command", metavar="子命令", required=True)
    p = add("export", "为部门生成注册文件（质量督导处）", cmd_enrol_export, enrol_sub)
    p.add_argument("--unit", required=True, metavar="NAME", help="部门名称")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出的注册文件")
    p = add("import", "用注册文件把本机设为该部门", cmd_enrol_import, enrol_sub)
    p.set_defaults(creates_db=True)  # a new unit PC starts from its enrolment file
    p.add_argument("file", metavar="FILE", help="注册文件")
    p.add_argument("--fingerprint", metavar="F", help="质量督导处读出的指纹（核对用）")

    bundle = sub.add_parser("bundle", help="同步包：导出、导入、校验", description="同步包")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="子命令", required=True)
    p = add("export", "导出同步包", cmd_bundle_export, bundle_sub)
    p.add_argument("--to", metavar="UNIT", help="发往的部门（质量督导处导出时必填）")
    p.add_argument("--all", action="store_true", help="包含全部数据，而不只是对方未确认的更改")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="输出文件（自动加 .zgb）或文件夹（以 / 结尾时自动创建）",
    )
    p = add("import", "导入同步包（可多个文件或文件夹）", cmd_bundle_import, bundle_sub)
    p.add_argument("files", nargs="+", metavar="FILE", help="同步包文件或文件夹")
    p.add_argument("--accept-partial", action="store_true", help="有记录被拒收时仍导入其余记录")
    p = add("verify", "只校验同步包，不写入任何数据", cmd_bundle_verify, bundle_sub)
    p.add_argument("file", metavar="FILE", help="同步包文件")
    add("status", "各部门的收发情况", cmd_bundle_status, bundle_sub)

    conflicts = sub.add_parser("conflicts", help="同步冲突：列出、处理", description="同步冲突")
    c_sub = conflicts.add_subparsers(dest="conflicts_command", metavar="子命令", required=True)
    p = add("list", "列出待处理的冲突", cmd_conflicts_list, c_sub)
    p.add_argument("--all", action="store_true", help="也列出已处理的冲突")
    p = add("resolve", "处理冲突：采用一方，或逐项合并", cmd_conflicts_resolve, c_sub)
    p.add_argument("id", type=int, metavar="ID", help="冲突编号")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", choices=["local", "incoming"], help="采用本机或对方的版本")
    how.add_argument(
        "--merge", nargs="+", metavar="FIELD=SIDE", help="逐项指定：字段=local 或 字段=incoming"
    )
