"""``zhengai catalog seed|print``, ``zhengai standard show|print``, ``zhengai smart report``.

The handlers of the editable catalogs and the reports built on them. ``catalog`` and
``smart`` are created in :mod:`app.cli_catalog` (which adds these handlers to them);
:func:`register` adds the ``standard`` command. Nothing heavy is imported at module level:
every command of the program is parsed at start-up.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SUBJECT_OPTIONS = (("major", "专业"), ("course", "课程"), ("teacher", "教师"), ("class", "班级"))


def _open(args: argparse.Namespace) -> Any:
    from app.cli import _open as open_db

    return open_db(args)


def existing_db(args: argparse.Namespace) -> Path | None:
    """The database file if it exists (``catalog list`` never creates one just to look)."""
    from app.cli import _db_path

    path = _db_path(args)
    return path if path.is_file() else None


# -- catalog -------------------------------------------------------------------------------
def cmd_catalog_seed(args: argparse.Namespace) -> int:
    """Create the year's editable catalogs (from last year's, or the shipped files)."""
    from app.services.catalogs import KIND_LABELS, KINDS
    from app.services.standards.store import catalog_id_for, seed_catalog

    kinds = [args.kind] if args.kind else list(KINDS)
    db = _open(args)
    try:
        with db.session() as session:
            lines = []
            for kind in kinds:
                existed = catalog_id_for(session, kind=kind, year=args.year) is not None
                doc = seed_catalog(session, kind=kind, year=args.year)
                if existed:
                    how = "已存在，未改动"
                elif doc.based_on_id:
                    how = "已从上一年度的版本复制"
                else:
                    how = "已从出厂默认内容建立"
                points = doc.count(doc.point_level)
                lines.append(f"{args.year} 年度{KIND_LABELS[kind]}：{how}（{points} 项）")
    finally:
        db.close()
    print("\n".join(lines))
    return 0


def cmd_catalog_print(args: argparse.Namespace) -> int:
    """Print one catalog (the college's for the year, else the shipped one) to PDF."""
    from app.reports.standards_catalog import catalog_title, render_catalog
    from app.services.standards.store import catalog_to_show

    path = existing_db(args)
    if path is None:
        doc = catalog_to_show(None, kind=args.kind, year=args.year)
    else:
        db = _open(args)
        try:
            with db.session() as session:
                doc = catalog_to_show(session, kind=args.kind, year=args.year)
        finally:
            db.close()
    pages = render_catalog(doc, Path(args.output))
    version = "出厂默认内容" if doc.shipped else "学院版本"
    print(f"已打印 {catalog_title(doc)}（{version}，{pages} 页）到 {args.output}")
    return 0


def catalog_docs(args: argparse.Namespace, kinds: list[str]) -> list[Any]:
    """The catalogs ``catalog list`` shows: the college's where it has one, else None."""
    path = existing_db(args)
    if path is None:
        return [None] * len(kinds)
    from app.services.standards.store import college_catalog

    db = _open(args)
    try:
        with db.session() as session:
            return [college_catalog(session, kind=k, year=args.year) for k in kinds]
    finally:
        db.close()


def edited_catalog_data(doc: Any) -> dict[str, Any]:
    """An edited catalog in the shipped file's JSON shape, plus its year and targets."""
    from app.services.standards.seed import shipped_from_doc

    data = shipped_from_doc(doc).to_data()
    data["year"] = doc.year
    data["version"] = "college"
    targets = []
    for located in doc.points():
        path = [a.label for a in located.ancestors] + [located.entry.label]
        targets.extend({"path": path, **t.values.as_dict()} for t in located.entry.targets)
    data["targets"] = targets
    return data


def edited_catalog_lines(doc: Any) -> list[str]:
    """``catalog list`` text of an edited catalog: the shipped layout, then its targets."""
    from app.cli_catalog import catalog_lines
    from app.services.standards.seed import shipped_from_doc

    lines = catalog_lines(shipped_from_doc(doc))
    lines[0] += f"（学院 {doc.year} 年度版本）"
    retired = sum(1 for x in doc.walk() if x.entry.retired)
    if retired:
        lines.append(f"  已停用 {retired} 个条目（未列出）")
    with_targets = [x for x in doc.points() if x.entry.targets]
    if with_targets:
        lines.append("  目标：")
        for located in with_targets:
            for t in located.entry.targets:
                lines.append(f"    {located.entry.label}：{t.values.sentence()}")
    return lines


# -- a subject's own standard -----------------------------------------------------------------
def _subject(session: Any, args: argparse.Namespace) -> Any:
    from app.services.identity import find_unit
    from app.services.standards.own import find_subject

    level, name = next((lv, getattr(args, lv)) for lv, _ in SUBJECT_OPTIONS if getattr(args, lv))
    unit_id = find_unit(session, args.unit).id if args.unit else None
    return find_subject(session, subject_level=level, name=name, unit_id=unit_id)


def _own_doc(session: Any, args: argparse.Namespace) -> Any:
    from datetime import date

    from app.services.standards import levels as lv
    from app.services.standards.own import own_standard
    from app.services.standards.store import college_catalog

    subject = _subject(session, args)
    year = args.year
    if year is None:
        latest = college_catalog(session, kind=lv.subject_kind(subject.level))
        year = latest.year if latest else date.today().year
    return own_standard(session, subject_level=subject.level, subject_id=subject.id, year=year)


def cmd_standard_show(args: argparse.Namespace) -> int:
    """Print a subject's effective standard: the college's targets and its own."""
    db = _open(args)
    try:
        with db.session() as session:
            doc = _own_doc(session, args)
    finally:
        db.close()
    if args.json:
        rows = [
            {
                "point": r.point_label,
                "path": list(r.path),
                "retired": r.point_retired,
                "college": r.college.as_dict() if r.college else None,
                "own": r.own.as_dict() if r.own else None,
                "note": r.note,
                "smart": list(r.smart.failures) if r.smart else [],
            }
            for r in doc.rows
        ]
        data = {"subject": doc.subject.name, "unit": doc.subject.unit_name, "year": doc.year}
        print(json.dumps({**data, "kind": doc.kind, "rows": rows}, ensure_ascii=False, indent=1))
        return 0
    print(f"{doc.heading}（{doc.subject.unit_name}；自身目标 {doc.own_count} 条）")
    for r in doc.rows:
        effective = r.effective.sentence() if r.effective else "（未设目标）"
        mark = ("自身（同学院）" if r.own == r.college else "自身") if r.is_own else "学院"
        smart = (
            f"  [SMART 提示 {'、'.join(r.smart.failures)}]" if r.smart and not r.smart.ok else ""
        )
        retired = "（已停用）" if r.point_retired else ""
        print(f"  {r.point_label}{retired}  {mark}：{effective}{smart}")
    return 0


def cmd_standard_print(args: argparse.Namespace) -> int:
    """Print a subject's own standard beside the college's to PDF."""
    from app.reports.standards_own import render_own_standard

    db = _open(args)
    try:
        with db.session() as session:
            doc = _own_doc(session, args)
    finally:
        db.close()
    pages = render_own_standard(doc, Path(args.output))
    print(f"已打印 {doc.heading}（{pages} 页）到 {args.output}")
    return 0


# -- SMART report ----------------------------------------------------------------------------
def cmd_smart_report(args: argparse.Namespace) -> int:
    """Per unit, how many texts get a hint on which letter, and the texts, to PDF."""
    from app.reports.standards_smart import render_smart_report
    from app.services.identity import find_unit
    from app.services.smart_report import smart_report

    db = _open(args)
    try:
        with db.session() as session:
            unit_id = find_unit(session, args.unit).id if args.unit else None
            report = smart_report(session, unit_id=unit_id, year=args.year)
    finally:
        db.close()
    limit = args.limit if args.limit is not None else (None if args.unit else 30)
    pages = render_smart_report(report, Path(args.output), max_lines=limit or None)
    total = report.total
    print(
        f"已检查 {total.total} 条，{total.total - total.all_ok} 条有提示"
        f"（{len(report.units)} 个部门，{pages} 页）：{args.output}"
    )
    if not report.jobs_included:
        print("注意：本版本尚无岗位说明书，工作标准未包含在内。", file=sys.stderr)
    return 0


# -- parsers --------------------------------------------------------------------------------
def add_catalog_commands(
    catalog_sub: Any, add: Callable[..., argparse.ArgumentParser], kind: Callable[[str], str]
) -> None:
    """``catalog seed`` and ``catalog print`` (called by :func:`app.cli_catalog.register`)."""
    p = add(
        "seed",
        "建立某年度可编辑的标准目录（沿用上一年度，或出厂默认内容）",
        cmd_catalog_seed,
        catalog_sub,
    )
    p.add_argument("--year", type=int, required=True, metavar="年度", help="年度，如 2026")
    p.add_argument("--kind", type=kind, metavar="种类", help="只建立一种（默认五种全部）")
    p = add(
        "print", "把标准目录打印为 PDF（有学院版本时用学院版本）", cmd_catalog_print, catalog_sub
    )
    p.add_argument(
        "kind", type=kind, metavar="KIND", help="major/course/teacher/student/diagnosis 或中文名"
    )
    p.add_argument("--year", type=int, metavar="年度", help="年度（默认：最近的学院版本）")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .pdf 文件")


def add_smart_commands(smart_sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """``smart report`` (called by :func:`app.cli_catalog.register`)."""
    p = add("report", "各部门 SMART 检查汇总与提示清单（PDF）", cmd_smart_report, smart_sub)
    p.add_argument("--unit", metavar="部门", help="只检查一个部门（列出全部提示）")
    p.add_argument("--year", type=int, metavar="年度", help="计划与自身目标的年度（默认最近）")
    p.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="每个部门最多列出 N 条提示（默认全院 30 条、单个部门不限；0 为不限）",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .pdf 文件")


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``standard`` (a subject's own standard) to the command tree."""
    standard = sub.add_parser(
        "standard",
        help="自身发展标准：专业、课程、教师、班级的目标与学院标准对照",
        description="自身发展标准",
    )
    standard_sub = standard.add_subparsers(dest="standard_command", metavar="子命令", required=True)
    for name, help_, func in (
        ("show", "显示一个专业、课程、教师或班级的自身发展标准", cmd_standard_show),
        ("print", "把自身发展标准（与学院标准对照）打印为 PDF", cmd_standard_print),
    ):
        p = add(name, help_, func, standard_sub)
        who = p.add_mutually_exclusive_group(required=True)
        for level, label in SUBJECT_OPTIONS:
            extra = "（或工号）" if level == "teacher" else ""
            who.add_argument(f"--{level}", metavar="NAME", help=f"{label}名称{extra}")
        p.add_argument("--unit", metavar="部门", help="同名时指明所属部门")
        p.add_argument("--year", type=int, metavar="年度", help="年度（默认：最近的学院标准）")
        if name == "show":
            p.add_argument("--json", action="store_true", help="以 JSON 输出")
        else:
            p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出 .pdf 文件")
