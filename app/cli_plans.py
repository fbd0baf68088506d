"""``zhengai plan …``: list, show, print, export and import one-page plans.

Kept apart from :mod:`app.cli` so each area's commands live in their own module;
:func:`register` adds them to the shared parser.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.models.plans import LEVEL_LABELS, STATUS_LABELS, PlanLevel

Handler = Callable[[argparse.Namespace], int]


def _level(value: str) -> str:
    """Accept "major" or "专业"."""
    for key, label in LEVEL_LABELS.items():
        if value in (key, label):
            return key
    raise argparse.ArgumentTypeError(f"层面应为 {'、'.join(LEVEL_LABELS.values())} 之一")


def _filters(session: Any, args: argparse.Namespace) -> dict[str, Any]:
    from app.services.identity import find_unit

    unit = find_unit(session, args.unit).id if getattr(args, "unit", None) else None
    return {"unit_id": unit, "level": args.level, "year": args.year}


def cmd_list(args: argparse.Namespace) -> int:
    """Print the plans matching the filters."""
    from app.cli import _open
    from app.services.plans.store import list_plans

    db = _open(args)
    try:
        with db.session() as session:
            rows = list_plans(session, **_filters(session, args))
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(
            f"{r.id[:8]}  {r.year}  {LEVEL_LABELS[r.level]:<2}  {r.unit_name}  {r.subject_name}"
            f"  第{r.revision}版  {STATUS_LABELS[r.status]}  {r.task_count}项任务"
        )
    print(f"共 {len(rows)} 份计划。")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one plan as JSON."""
    from app.cli import _open
    from app.services.plans.store import find_plan_id, load_plan

    db = _open(args)
    try:
        with db.session() as session:
            doc = load_plan(session, plan_id=find_plan_id(session, args.id))
    finally:
        db.close()
    data = doc.to_data()
    data["fingerprint"] = doc.fingerprint()
    print(json.dumps(data, ensure_ascii=False, indent=1))
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """Print plans into one PDF, one landscape page each."""
    from app.cli import _open
    from app.reports.oppm import render_plans
    from app.services.plans.store import find_plan_id, list_plans, load_plan
    from app.services.progress import NullProgress

    filtered = args.all or args.unit or args.level or args.year
    if not (args.ids or filtered):
        print("错误：请给出计划编号，或 --all / --unit / --level / --year。", file=sys.stderr)
        return 2
    if args.ids and filtered:
        print(
            "错误：计划编号与 --all / --unit / --level / --year 不能同时使用，"
            "请只用其中一种方式选择计划。",
            file=sys.stderr,
        )
        return 2
    db = _open(args)
    try:
        with db.session() as session:
            if args.ids:
                ids = [find_plan_id(session, i) for i in args.ids]
            else:
                ids = [r.id for r in list_plans(session, **_filters(session, args))]
            if args.month:
                docs = _snapshots(session, ids, month=args.month, strict=bool(args.ids))
            else:
                docs = [load_plan(session, plan_id=i) for i in ids]
    finally:
        db.close()
    if not docs:
        print("错误：没有符合条件的计划。", file=sys.stderr)
        return 2
    pages = render_plans(docs, Path(args.output), paper=args.paper, progress=NullProgress())
    print(f"已打印 {pages} 份计划到 {args.output}")
    return 0


def _snapshots(session: Any, ids: list[str], *, month: int, strict: bool) -> list[Any]:
    """Plans as they stood at ``month``. Plans asked for by id must all have that month;
    of plans chosen by a filter, those not yet tracked then are left out and named."""
    from app.services.errors import UserError
    from app.services.plans.tracking import snapshot_doc

    docs, missing = [], []
    for plan_id in ids:
        try:
            docs.append(snapshot_doc(session, plan_id=plan_id, month=month))
        except UserError as exc:
            if strict:
                raise
            missing.append(str(exc))
    if missing:
        print(f"注意：{len(missing)} 份计划没有 {month} 月的记录，未打印：", file=sys.stderr)
        for line in missing:
            print(f"  {line}", file=sys.stderr)
    return docs


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    """Write one plan to a workbook laid out like the paper form."""
    from app.cli import _open
    from app.excel.oppm_workbook import export_plan
    from app.services.plans.store import find_plan_id, load_plan
    from app.services.plans.transfer import staff_numbers

    db = _open(args)
    try:
        with db.session() as session:
            doc = load_plan(session, plan_id=find_plan_id(session, args.id))
            staff_nos = staff_numbers(session, doc=doc)  # owners as “张三(20050089)A”
    finally:
        db.close()
    export_plan(doc, Path(args.output), staff_nos=staff_nos)
    print(f"已导出到 {args.output}")
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    """Read a plan workbook back into the database (one transaction)."""
    from app.cli import _open
    from app.excel.oppm_workbook import read_plan
    from app.services.plans.transfer import import_plan_doc

    doc = read_plan(Path(args.file))
    db = _open(args)
    try:
        with db.session() as session:
            stored = import_plan_doc(session, doc=doc)
    finally:
        db.close()
    print(f"已导入：{stored.subject_name} {stored.year} 年一页纸计划（编号 {stored.id[:8]}）")
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    """The monitoring roll-up: plans and task progress per unit or per level at a month."""
    from datetime import date

    from app.cli import _open
    from app.services.plans.tracking import rollup

    today = date.today()
    year = args.year or today.year
    month = args.month or (today.month if year == today.year else 12)
    db = _open(args)
    try:
        with db.session() as session:
            rows = rollup(session, year=year, month=month, by=args.by)
    finally:
        db.close()
    if args.json:
        data = [
            {
                **{k: v for k, v in r.__dict__.items() if not k.startswith("_")},
                "average_completion": r.average_completion,
            }
            for r in rows
        ]
        print(
            json.dumps(
                {"year": year, "month": month, "by": args.by, "rows": data},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    title = "部门" if args.by == "unit" else "层面"
    print(f"{year} 年 {month} 月一页纸计划进度（按{title}）")
    print(
        f"{title:<10}计划 通过 待审 退回 草稿  任务 完成 滞后 风险 未更新 平均完成度"
        "  预算/已支出（万元）"
    )
    for r in rows:
        average = "—" if r.average_completion is None else f"{r.average_completion:.1f}%"
        print(
            f"{r.label:<10}{r.plans:>4} {r.approved:>4} {r.submitted:>4} {r.returned:>4}"
            f" {r.drafts:>4} {r.tasks:>5} {r.tasks_done:>4} {r.tasks_late:>4}"
            f" {r.tasks_at_risk:>4} {r.not_updated:>6} {average:>10}"
            f"  {r.budget_yuan / 10000:.2f}/{r.spent_yuan / 10000:.2f}"
        )
    revising = sum(r.revising for r in rows)
    if revising:
        print(f"“通过”中有 {revising} 份计划正在修订：新版本尚未通过，已通过的版本仍然有效。")
    return 0


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``plan`` and its sub-commands to the command tree."""
    plan = sub.add_parser(
        "plan", help="一页纸工作计划：列表、查看、打印、Excel", description="一页纸工作计划"
    )
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="子命令", required=True)

    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--unit", metavar="部门", help="只含该部门的计划")
        p.add_argument(
            "--level",
            type=_level,
            choices=list(PlanLevel),
            metavar="层面",
            help="unit/major/course/teacher/class 或 部门/专业/课程/教师/班级",
        )
        p.add_argument("--year", type=int, metavar="年份")

    p = add("list", "列出一页纸计划", cmd_list, plan_sub)
    filters(p)
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p = add("show", "以 JSON 显示一份计划", cmd_show, plan_sub)
    p.add_argument("id", metavar="ID", help="计划编号（前几位即可）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（默认即是）")
    p = add("print", "把计划打印为 PDF（每份一页，横向）", cmd_print, plan_sub)
    p.add_argument("ids", nargs="*", metavar="ID", help="计划编号")
    p.add_argument("--all", action="store_true", help="全部计划")
    filters(p)
    p.add_argument("--paper", choices=["A4", "A3"], default="A4", help="纸张（默认 A4）")
    p.add_argument(
        "--month",
        type=int,
        choices=range(1, 13),
        metavar="月份",
        help="打印某月月度更新时保存的版本",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="输出 PDF 文件")
    p = add(
        "progress", "计划进度汇总：按部门或层面统计某月的审核与任务进展", cmd_progress, plan_sub
    )
    p.add_argument("--year", type=int, metavar="年份", help="计划年度（默认今年）")
    p.add_argument(
        "--month", type=int, choices=range(1, 13), metavar="月份", help="统计到哪个月（默认本月）"
    )
    p.add_argument(
        "--by", choices=["unit", "level"], default="unit", help="unit 按部门（默认）或 level 按层面"
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p = add("export-xlsx", "把一份计划导出为 Excel（表2/表3 版式）", cmd_export_xlsx, plan_sub)
    p.add_argument("id", metavar="ID", help="计划编号")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .xlsx 文件")
    p = add("import-xlsx", "从 Excel 导入一份计划", cmd_import_xlsx, plan_sub)
    p.add_argument("file", metavar="FILE", help=".xlsx 文件")
