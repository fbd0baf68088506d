"""A year's standards catalog to PDF (A4 landscape): 表5–表8 with their targets, or 附件2.

- 表5–表7: per section, the overview the seed prints (维度 | 标准 | 质控点, numbered lists
  side by side), then every control point with its targets (测量内容, 目标值, 完成期限,
  佐证材料) and a SMART column. A college that nested points under standards gets a
  所属标准 column.
- 表8: per type a group row, then each element with its targets.
- 附件2: per item a group row, then 诊断要素 (spanning its points) | 诊断点 | 提示 |
  数据平台编号, with target columns only if the college set any; the table's notes last.

Retired entries are left out (the page says how many), so the print is the catalog in force.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app.reports.standards_common import (
    HINT,
    MM,
    build_pdf,
    chinese_number,
    frame_width,
    heading,
    para,
    pdf_bytes,
    ruled_table,
    styles,
    write_pdf,
)
from app.services.catalogs import KIND_LABELS
from app.services.standards import levels as lv
from app.services.standards.doc import CatalogDoc, EntryDoc, Located

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.reports.standards_common import Styles

TARGET_HEADS = ("测量内容", "目标值", "完成期限", "佐证材料", "SMART")
TARGET_SHARES = (0.30, 0.12, 0.17, 0.27, 0.14)  # of the width the target columns get


def catalog_title(doc: CatalogDoc) -> str:
    """ "2026 年度专业建设标准"."""
    return f"{doc.year} 年度{KIND_LABELS[doc.kind]}"


def render_catalog(doc: CatalogDoc, path: Path, *, printed_on: date | None = None) -> int:
    """Write the catalog to ``path`` (atomically); returns the page count."""
    return write_pdf(path, lambda fh: _render(doc, fh, printed_on))


def catalog_pdf_bytes(doc: CatalogDoc) -> bytes:
    """The catalog as PDF bytes (preview)."""
    return pdf_bytes(lambda fh: _render(doc, fh, None))


def _render(doc: CatalogDoc, target: BinaryIO, printed_on: date | None) -> int:
    st = styles()
    story = _header(doc, st)
    if doc.kind in lv.STANDARD_KINDS:
        sections = [x for x in doc.walk() if x.entry.level == lv.SECTION and x.active]
        for n, section in enumerate(sections, start=1):
            story.extend(_section(doc, section.entry, n, len(sections), st))
    elif doc.kind == "student":
        story.append(_grouped(doc, lv.TYPE, st))
    else:
        story.append(_diagnosis(doc, st))
        if doc.notes:
            story.extend(heading("原表注：", st))
            story.extend(para(f"{n}. {note}", st.body) for n, note in enumerate(doc.notes, 1))
    return build_pdf(target, story, title=catalog_title(doc), landscape=True, printed_on=printed_on)


def _header(doc: CatalogDoc, st: Styles) -> list[Flowable]:
    from reportlab.platypus import Spacer

    story = [para(catalog_title(doc), st.title)]
    if doc.title:
        story.append(para(doc.title, st.subtitle))
    version = "出厂默认内容（学院尚未编辑）" if doc.shipped else "学院编辑版本"
    point_label = lv.level_label(doc.kind, doc.point_level)
    counts = f"{doc.count(doc.point_level)} 个{point_label}"
    retired = sum(1 for x in doc.walk() if x.entry.retired)
    if retired:
        counts += f"；另有 {retired} 个已停用的条目未列出"
    story.append(para(f"{version}；{counts}", st.meta))
    if doc.source:
        story.append(para(f"出处：{doc.source}", st.meta))
    story.append(Spacer(1, 2 * MM))
    return story


def _target_cells(entry: EntryDoc, st: Styles) -> list[list[Any]]:
    """One row of target cells per target of ``entry`` (one empty row if it has none)."""
    if not entry.targets:
        return [[para("（未设目标）", st.small), "", "", "", ""]]
    rows = []
    for t in entry.targets:
        values = t.values
        verdict = entry.smart(t)
        smart = (
            para("通过", st.small)
            if verdict.ok
            else para("提示 " + "、".join(verdict.failures), st.cell, color=HINT)
        )
        rows.append(
            [
                para(values.measure, st.cell),
                para(values.value_text, st.cell),
                para(values.deadline_text, st.cell),
                para(values.evidence, st.cell),
                smart,
            ]
        )
    return rows


def _target_widths(width: float) -> list[float]:
    return [width * share for share in TARGET_SHARES]


def _section(doc: CatalogDoc, section: EntryDoc, n: int, count: int, st: Styles) -> list[Flowable]:
    """The overview of one section and its control points with targets."""
    live = [x for x in doc.walk() if x.active and x.ancestor(lv.SECTION) is section]
    lists = {
        level: [x.entry for x in live if x.entry.level == level]
        for level in (lv.DIMENSION, lv.STANDARD, lv.CONTROL_POINT)
    }
    counts = "、".join(
        f"{len(entries)} 个{lv.level_label(doc.kind, level)}" for level, entries in lists.items()
    )
    title = (
        f"{chinese_number(n)}、{section.name}（{counts}）" if count > 1 or section.name else counts
    )
    story: list[Flowable] = heading(title, st)
    width = frame_width(landscape=True)
    overview = [
        [para(lv.level_label(doc.kind, level), st.head) for level in lists],
        [para("\n".join(_numbered(e) for e in entries), st.cell) for entries in lists.values()],
    ]
    story.append(ruled_table(overview, [width * 0.3, width * 0.3, width * 0.4], valign="TOP"))
    points = [x for x in live if x.entry.level == lv.CONTROL_POINT]
    nested = any(x.ancestor(lv.STANDARD) for x in points)
    story.extend(heading(f"{lv.level_label(doc.kind, lv.CONTROL_POINT)}与目标", st))
    story.append(
        _points_table(doc, points, width, st, parent_level=lv.STANDARD if nested else None)
    )
    return story


def _numbered(entry: EntryDoc) -> str:
    """ "1. 专业建设规划制订标准", as the seed lists them."""
    return f"{entry.number}. {entry.name}" if entry.number else entry.name


def _points_table(
    doc: CatalogDoc,
    points: list[Located],
    width: float,
    st: Styles,
    *,
    parent_level: str | None,
) -> Flowable:
    """序号 | 质控点 | (所属标准) | targets…, the point cells spanning its target rows."""
    lead = [12 * MM, 48 * MM] + ([40 * MM] if parent_level else [])
    heads = ["序号", lv.level_label(doc.kind, lv.CONTROL_POINT)]
    if parent_level:
        heads.append(f"所属{lv.level_label(doc.kind, parent_level)}")
    rows: list[list[Any]] = [[para(h, st.head) for h in (*heads, *TARGET_HEADS)]]
    spans = []
    for located in points:
        entry = located.entry
        parent = located.ancestor(parent_level) if parent_level else None
        first = [para(entry.number, st.num), para(entry.name, st.cell)]
        if parent_level:
            first.append(para(parent.label if parent else "", st.cell))
        targets = _target_cells(entry, st)
        start = len(rows)
        for i, cells in enumerate(targets):
            rows.append((first if i == 0 else [""] * len(first)) + cells)
        if len(targets) > 1:
            spans.extend((c, start, c, start + len(targets) - 1) for c in range(len(first)))
    widths = lead + _target_widths(width - sum(lead))
    return ruled_table(rows, widths, spans=spans)


def _grouped(doc: CatalogDoc, group_level: str, st: Styles) -> Flowable:
    """表8: a group row per type, then its elements with their targets."""
    width = frame_width(landscape=True)
    lead = [12 * MM, 50 * MM]
    rows: list[list[Any]] = [
        [
            para(h, st.head)
            for h in ("序号", lv.level_label(doc.kind, doc.point_level), *TARGET_HEADS)
        ]
    ]
    groups, spans = [], []
    live = [x for x in doc.walk() if x.active]
    for n, group in enumerate((x.entry for x in live if x.entry.level == group_level), start=1):
        elements = [x.entry for x in live if x.parent is group]
        groups.append(len(rows))
        rows.append(
            [para(f"{chinese_number(n)}、{group.name}（{len(elements)} 个要素）", st.group)]
        )
        for k, element in enumerate(elements, start=1):
            targets = _target_cells(element, st)
            start = len(rows)
            for i, cells in enumerate(targets):
                first = [para(str(k), st.num), para(element.name, st.cell)] if i == 0 else ["", ""]
                rows.append(first + cells)
            if len(targets) > 1:
                spans.extend((c, start, c, start + len(targets) - 1) for c in (0, 1))
    width_rest = width - sum(lead)
    rows = [r + [""] * (len(rows[0]) - len(r)) for r in rows]
    return ruled_table(rows, lead + _target_widths(width_rest), spans=spans, group_rows=groups)


def _diagnosis(doc: CatalogDoc, st: Styles) -> Flowable:
    """附件2: item group rows; element spanning its points; hint and platform numbers."""
    width = frame_width(landscape=True)
    has_targets = any(x.entry.targets for x in doc.walk() if x.active)
    heads = ["诊断要素", "诊断点", "影响因素参考提示", "数据平台编号"]
    widths = [42 * MM, 48 * MM, 0.0, 26 * MM]
    if has_targets:
        heads += ["目标"]
        widths += [62 * MM]
    widths[2] = width - sum(widths)
    rows: list[list[Any]] = [[para(h, st.head) for h in heads]]
    groups, spans = [], []
    live = [x for x in doc.walk() if x.active]
    for item in (x.entry for x in live if x.entry.level == lv.ITEM):
        groups.append(len(rows))
        elements = [x.entry for x in live if x.parent is item]
        label = f"{item.number}. {item.name}" if item.number else item.name
        rows.append([para(f"{label}（{len(elements)} 个诊断要素）", st.group)])
        for element in elements:
            points = [x.entry for x in live if x.parent is element]
            start = len(rows)
            for i, point in enumerate(points or [None]):
                row: list[Any] = [para(element.label, st.cell) if i == 0 else ""]
                if point is None:
                    row += [para("（未列诊断点）", st.small), "", ""]
                else:
                    refs = "、".join(point.platform_refs)
                    row += [
                        para(point.name, st.cell),
                        para(point.hint, st.cell),
                        para(refs, st.cell),
                    ]
                if has_targets:
                    text = "\n".join(t.values.sentence() for t in point.targets) if point else ""
                    row.append(para(text, st.cell))
                rows.append(row)
            if len(points) > 1:
                spans.append((0, start, 0, start + len(points) - 1))
    rows = [r + [""] * (len(heads) - len(r)) for r in rows]
    return ruled_table(rows, widths, spans=spans, group_rows=groups)
