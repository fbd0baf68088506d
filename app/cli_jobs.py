"""``zhengai jobs …``: list, show, print, export and import job description manuals (表4).

Kept apart from :mod:`app.cli` so each area's commands live in their own module;
:func:`register` adds them to the shared parser. Services are imported inside the
handlers, so ``zhengai --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def _unit_id(session: Any, name: str | None) -> str | None:
    from app.services.identity import find_unit

    return find_unit(session, name).id if name else None


def cmd_list(args: argparse.Namespace) -> int:
    """Every unit with the size of its manual."""
    from app.cli import _open
    from app.services.jobs.store import list_manuals

    db = _open(args)
    try:
        with db.session() as session:
            rows = list_manuals(session, unit_id=_unit_id(session, args.unit))
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(
            f"{r.unit_name}  部门职责 {r.duty_count} 项  岗位 {r.post_count} 个"
            f"  定员 {r.headcount} 人  工作标准 {r.standard_count} 条"
        )
    written = sum(1 for r in rows if r.post_count)
    print(f"共 {len(rows)} 个部门，其中 {written} 个已编写岗位说明书。")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """A unit's manual or one post, as JSON (with coverage and SMART hints) or as text."""
    from app.cli import _open
    from app.services.jobs.checks import coverage, smart_hints
    from app.services.jobs.store import load_manual, load_post

    db = _open(args)
    try:
        with db.session() as session:
            target = _resolve(session, args.target, unit=args.unit)
            if target[0] == "unit":
                doc, post = load_manual(session, unit_id=target[1]), None
            else:
                doc, post = load_post(session, post_id=target[1])
    finally:
        db.close()
    hints = smart_hints(post or doc)
    if args.json:
        data: dict[str, Any] = _post_data(doc, post) if post else doc.to_data()
        data["fingerprint"] = doc.fingerprint()
        data["smart"] = {i: v.to_data()["letters"] for i, v in hints.items() if not v.ok}
        if post is None:
            data["coverage"] = coverage(doc).describe()
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    from app.services.jobs.doc import category_label

    for p in [post] if post else doc.posts:
        print(f"【{p.title}】{doc.unit_name}  定员 {p.headcount or '—'} 人  岗位系数 "
              f"{p.coefficient or '—'}  直接上级 {p.supervisor or '—'}  直接下级 "
              f"{p.subordinates or '—'}")  # fmt: skip
        for c_no, cat in enumerate(p.categories, start=1):
            print(f"  {category_label(c_no, cat.name)}")
            for i_no, item in enumerate(cat.items, start=1):
                duty = doc.duty_number(item.duty_id)
                print(f"    {i_no}.{item.text}" + (f"（部门职责 {duty}）" if duty else ""))
                for s_no, std in enumerate(item.standards, start=1):
                    verdict = hints.get(std.id)
                    mark = (
                        "" if verdict is None or verdict.ok else f"  ⚠ {''.join(verdict.failures)}"
                    )
                    print(f"       {s_no}.{std.text}{mark}")
    if post is None:
        for line in coverage(doc).describe():
            print(f"提示：{line}")
    return 0


def _post_data(doc: Any, post: Any) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(post)
    data["unit_id"], data["unit_name"] = doc.unit_id, doc.unit_name
    for cat in data["categories"]:
        for item in cat["items"]:
            item["duty_number"] = doc.duty_number(item["duty_id"])
    return data


def _resolve(session: Any, text: str, *, unit: str | None) -> tuple[str, str]:
    """A unit name, or a post title (or id prefix), as ("unit"|"post", id)."""
    from app.models import Unit
    from app.services.errors import UserError
    from app.services.jobs.store import find_posts

    unit_id = _unit_id(session, unit)
    if unit_id is None:
        from sqlalchemy import select

        found = session.scalars(
            select(Unit.id).where(Unit.name == text.strip(), Unit.deleted.is_(False))
        ).first()
        if found:
            return "unit", found
    posts = find_posts(session, text, unit_id=unit_id)
    if not posts:
        raise UserError(f"找不到名为“{text}”的部门或岗位。")
    if len(posts) > 1:
        listed = "、".join(f"{p.unit_name}/{p.title}" for p in posts[:8])
        raise UserError(f"“{text}”对应 {len(posts)} 个岗位：{listed}。请用 --unit 指定部门。")
    return "post", posts[0].post_id


def cmd_print(args: argparse.Namespace) -> int:
    """A unit's whole manual (cover, contents, duties, posts) or chosen posts to PDF."""
    from app.cli import _open
    from app.reports.jobs import render_manual
    from app.services.errors import UserError
    from app.services.jobs.store import find_posts, load_manual
    from app.services.progress import NullProgress

    db = _open(args)
    try:
        with db.session() as session:
            unit_id = _unit_id(session, args.unit)
            assert unit_id is not None  # --unit is required
            doc = load_manual(session, unit_id=unit_id)
            post_ids = None
            if args.post:
                post_ids = []
                for text in args.post:
                    found = find_posts(session, text, unit_id=unit_id)
                    if len(found) != 1:
                        what = "找不到" if not found else f"有 {len(found)} 个"
                        raise UserError(f"{doc.unit_name}{what}名为“{text}”的岗位。")
                    post_ids.append(found[0].post_id)
    finally:
        db.close()
    pages = render_manual(doc, Path(args.output), post_ids=post_ids, progress=NullProgress())
    what = f"的 {len(post_ids)} 个岗位" if post_ids else "岗位说明书汇编"
    print(f"已打印{doc.unit_name}{what}（{pages} 页）到 {args.output}")
    return 0


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    """A unit's manual to a workbook in the 表4 layout."""
    from app.cli import _open
    from app.excel.jobs_write import export_manual
    from app.services.jobs.store import load_manual

    db = _open(args)
    try:
        with db.session() as session:
            unit_id = _unit_id(session, args.unit)
            assert unit_id is not None
            doc = load_manual(session, unit_id=unit_id)
    finally:
        db.close()
    export_manual(doc, Path(args.output))
    print(f"已导出{doc.unit_name}岗位说明书（{len(doc.posts)} 个岗位）到 {args.output}")
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    """A workbook back into the database, as the unit's whole manual, in one transaction."""
    from app.cli import _open
    from app.excel.jobs_read import read_manual
    from app.services.jobs.transfer import import_manual_doc

    doc = read_manual(Path(args.file))
    db = _open(args)
    try:
        with db.session() as session:
            stored, changed = import_manual_doc(
                session, doc=doc, unit_id=_unit_id(session, args.unit)
            )
    finally:
        db.close()
    if not changed:
        print(f"{stored.unit_name}岗位说明书与文件内容相同，未作改动。")
    else:
        print(
            f"已导入{stored.unit_name}岗位说明书：部门职责 {len(stored.duties)} 项，"
            f"岗位 {len(stored.posts)} 个，工作标准 {stored.standard_count()} 条。"
        )
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    """Unit duties no post covers and work that serves no duty."""
    from app.cli import _open
    from app.services.jobs.queries import coverage_by_unit

    db = _open(args)
    try:
        with db.session() as session:
            rows = coverage_by_unit(session, _unit_id(session, args.unit))
    finally:
        db.close()
    if args.json:
        data = [
            {"unit_name": r.unit_name, "complete": r.coverage.complete,
             "problems": r.coverage.describe()}
            for r in rows
        ]  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    gaps = 0
    for r in rows:
        lines = r.coverage.describe()
        gaps += bool(lines)
        state = "完整" if not lines else f"{len(lines)} 处缺口"
        print(f"{r.unit_name}：部门职责 {r.duty_count} 项，岗位 {r.post_count} 个，{state}")
        for line in lines:
            print(f"  {line}")
    print(f"共 {len(rows)} 个部门，{gaps} 个有缺口。")
    return 0


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``jobs`` and its sub-commands to the command tree."""
    jobs = sub.add_parser(
        "jobs",
        help="岗位说明书（表4）：列表、查看、打印、Excel、职责覆盖",
        description="岗位说明书（表4）",
    )
    jobs_sub = jobs.add_subparsers(dest="jobs_command", metavar="子命令", required=True)
    p = add("list", "列出各部门的岗位说明书", cmd_list, jobs_sub)
    p.add_argument("--unit", metavar="部门", help="只列该部门")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p = add("show", "查看一个部门的岗位说明书或一个岗位", cmd_show, jobs_sub)
    p.add_argument("target", metavar="岗位或部门", help="部门名称，或岗位名称（编号前几位也可）")
    p.add_argument("--unit", metavar="部门", help="岗位所在部门（岗位同名时用）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p = add("print", "把岗位说明书打印为 PDF（整本汇编或指定岗位）", cmd_print, jobs_sub)
    p.add_argument("--unit", required=True, metavar="部门", help="部门名称")
    p.add_argument(
        "--post", action="append", metavar="岗位", help="只打印该岗位（可重复）；不给则打印整本"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="输出 PDF 文件")
    p = add("export-xlsx", "把部门的岗位说明书导出为 Excel（表4 版式）", cmd_export_xlsx, jobs_sub)
    p.add_argument("--unit", required=True, metavar="部门", help="部门名称")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .xlsx 文件")
    p = add("import-xlsx", "从 Excel 导入部门的岗位说明书（整本替换）", cmd_import_xlsx, jobs_sub)
    p.add_argument("file", metavar="FILE", help=".xlsx 文件")
    p.add_argument("--unit", metavar="部门", help="导入到该部门（默认为文件中的部门）")
    p = add("coverage", "检查部门职责是否都有岗位承担", cmd_coverage, jobs_sub)
    p.add_argument("--unit", metavar="部门", help="只查该部门")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
