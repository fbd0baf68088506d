"""``zhengai catalog …`` and ``zhengai smart …``: the standards catalogs and SMART hints.

Kept apart from :mod:`app.cli` so each area's commands live in their own module;
:func:`register` adds them to the shared parser. ``catalog list`` shows the college's
edited catalog when the database has one and the shipped file otherwise (it never creates
a database just to look); ``smart check`` works on the text alone. The commands built on
the editable catalogs (``catalog seed|print``, ``smart report``) live in
:mod:`app.cli_standards`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

Handler = Callable[[argparse.Namespace], int]

# ``--kind`` takes the file name or the level's Chinese name.
_KIND_ALIASES = {
    "专业": "major",
    "课程": "course",
    "教师": "teacher",
    "学生": "student",
    "诊断": "diagnosis",
}


def _kind(value: str) -> str:
    from app.services.catalogs import KINDS

    kind = _KIND_ALIASES.get(value, value)
    if kind not in KINDS:
        raise argparse.ArgumentTypeError(
            f"应为 {'/'.join(KINDS)} 或 {'/'.join(_KIND_ALIASES)} 之一"
        )
    return kind


def cmd_catalog_list(args: argparse.Namespace) -> int:
    """Print one catalog, or all of them, as text or JSON (the college's where it has one)."""
    from app.cli_standards import catalog_docs, edited_catalog_data, edited_catalog_lines
    from app.services.catalogs import KINDS, load_catalog

    kinds = [args.kind] if args.kind else list(KINDS)
    edited = catalog_docs(args, kinds)
    if args.json:
        datas = {
            k: edited_catalog_data(doc) if doc else load_catalog(k).to_data()
            for k, doc in zip(kinds, edited, strict=True)
        }
        print(json.dumps(datas[args.kind] if args.kind else datas, ensure_ascii=False, indent=1))
        return 0
    blocks = [
        "\n".join(edited_catalog_lines(doc) if doc else catalog_lines(load_catalog(k)))
        for k, doc in zip(kinds, edited, strict=True)
    ]
    print("\n\n".join(blocks))
    return 0


def catalog_lines(catalog: Any) -> list[str]:
    """A catalog as indented text lines, counts taken from what the file lists."""
    from app.services.catalogs import (
        KIND_LABELS,
        LIST_LABELS,
        DiagnosisCatalog,
        StandardsCatalog,
    )

    lines = [f"{KIND_LABELS[catalog.kind]}（{catalog.kind}）：{catalog.title}"]
    if catalog.source:
        lines.append(f"  出处：{catalog.source}")
    if isinstance(catalog, StandardsCatalog):
        for section in catalog.sections:
            counts = "、".join(
                f"{len(entries)} 个{LIST_LABELS[field]}" for field, entries in section.lists()
            )
            lines.append(f"  {section.name}：{counts}")
            for field, entries in section.lists():
                lines.append(f"    {LIST_LABELS[field]}：")
                lines.extend(f"      {e.number}. {e.name}" for e in entries)
    elif isinstance(catalog, DiagnosisCatalog):
        lines.append(
            f"  {len(catalog.items)} 个诊断项目、{len(catalog.elements())} 个诊断要素、"
            f"{len(catalog.points())} 个诊断点"
        )
        for item in catalog.items:
            lines.append(f"  {item.number} {item.name}")
            for element in item.elements:
                lines.append(f"    {element.label}")
                for point in element.points:
                    refs = "/".join(point.platform_refs) or "无"
                    lines.append(f"      · {point.name}（数据管理平台编号：{refs}）")
                    if point.hint:
                        lines.append(f"        提示：{point.hint}")
    else:
        total = sum(len(t.elements) for t in catalog.types)
        lines.append(f"  {len(catalog.types)} 种类型、{total} 个要素")
        lines.extend(
            f"  {t.name}（{len(t.elements)}）：{'、'.join(t.elements)}" for t in catalog.types
        )
    return lines


def cmd_smart_check(args: argparse.Namespace) -> int:
    """Print the SMART verdict of one text; hints are advice, so the exit code stays 0."""
    from app.services.smart import check_text

    verdict = check_text(args.text, context=args.context or "")
    if args.json:
        print(json.dumps(verdict.to_data(), ensure_ascii=False, indent=1))
        return 0
    for v in verdict.letters:
        print(f"{v.letter} {v.label}  {'通过' if v.ok else '提示'}  {v.reason}")
    if verdict.ok:
        print("五项均通过。")
    else:
        print(f"共 {len(verdict.failures)} 项提示：{'、'.join(verdict.failures)}。")
    return 0


def register(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``catalog`` and ``smart`` with their sub-commands to the command tree."""
    catalog = sub.add_parser(
        "catalog",
        help="标准目录：专业、课程、教师、学生标准与诊断项目参考表",
        description="标准目录：专业、课程、教师、学生标准与诊断项目参考表",
    )
    catalog_sub = catalog.add_subparsers(dest="catalog_command", metavar="子命令", required=True)
    p = add(
        "list",
        "列出标准目录的内容（维度、标准、质控点；诊断要素与诊断点）",
        cmd_catalog_list,
        catalog_sub,
    )
    p.add_argument(
        "--kind",
        type=_kind,
        metavar="种类",
        help="major/course/teacher/student/diagnosis 或 专业/课程/教师/学生/诊断（默认全部）",
    )
    p.add_argument("--year", type=int, metavar="年度", help="学院版本的年度（默认：最近的）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    from app.cli_standards import add_catalog_commands, add_smart_commands

    add_catalog_commands(catalog_sub, add, _kind)

    smart = sub.add_parser(
        "smart",
        help="SMART 检查：工作标准是否具体、可度量、可实现、相关、有时限",
        description="SMART 检查",
    )
    smart_sub = smart.add_subparsers(dest="smart_command", metavar="子命令", required=True)
    p = add("check", "按 SMART 原则检查一条工作标准，逐项给出提示", cmd_smart_check, smart_sub)
    p.add_argument("text", metavar="TEXT", help="要检查的工作标准、目标或任务")
    p.add_argument("--context", metavar="TEXT", help="所属工作内容（用于检查是否相关）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_smart_commands(smart_sub, add)
