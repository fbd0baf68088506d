"""A subject's own standard (自身发展标准) to PDF (A4 landscape), the college's target beside.

One row per target line of :class:`~app.services.standards.own.OwnStandardDoc`: the point,
the college's target, the subject's own (or "沿用学院目标"), the evidence expected of the
target in force, and remarks (the subject's note, a point renamed or retired since, SMART
hints on the target in force). Points are grouped under their section or type when the
catalog has more than one (a class's four 表8 types). A signature line closes the form,
since the subject's unit signs it before it goes to the reviewer.
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
    markup,
    para,
    pdf_bytes,
    ruled_table,
    styles,
    write_pdf,
)
from app.services.catalogs import KIND_LABELS
from app.services.standards import levels as lv
from app.services.standards.own import OwnRow, OwnStandardDoc

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.reports.standards_common import Styles

HEADS = ("序号", "{point}", "学院目标", "{subject}自身目标", "佐证材料", "说明")


def render_own_standard(doc: OwnStandardDoc, path: Path, *, printed_on: date | None = None) -> int:
    """Write the subject's standard to ``path`` (atomically); returns the page count."""
    return write_pdf(path, lambda fh: _render(doc, fh, printed_on))


def own_standard_pdf_bytes(doc: OwnStandardDoc) -> bytes:
    """The subject's standard as PDF bytes (preview)."""
    return pdf_bytes(lambda fh: _render(doc, fh, None))


def _render(doc: OwnStandardDoc, target: BinaryIO, printed_on: date | None) -> int:
    from reportlab.platypus import Spacer

    st = styles()
    subject_label = lv.SUBJECT_LABELS[doc.subject.level]
    story: list[Flowable] = [para(doc.heading, st.title)]
    point_label = lv.level_label(doc.kind, lv.POINT_LEVEL[doc.kind])
    story.append(
        para(
            f"所属部门：{doc.subject.unit_name}　依据：{doc.year} 年度{KIND_LABELS[doc.kind]}"
            f"　本{subject_label}自身目标 {doc.own_count} 条，其余沿用学院目标",
            st.meta,
        )
    )
    story.append(Spacer(1, 2 * MM))
    story.append(_table(doc, st, point_label, subject_label))
    story.append(Spacer(1, 10 * MM))
    story.append(
        para(
            f"{subject_label}负责人（签字）：＿＿＿＿＿＿＿＿　　"
            "部门负责人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日",
            st.body,
        )
    )
    return build_pdf(target, story, title=doc.heading, landscape=True, printed_on=printed_on)


def _table(doc: OwnStandardDoc, st: Styles, point_label: str, subject_label: str) -> Flowable:
    width = frame_width(landscape=True)
    widths = [11 * MM, 44 * MM, 0.0, 0.0, 40 * MM, 48 * MM]
    rest = width - sum(widths)
    widths[2], widths[3] = rest * 0.45, rest * 0.55
    heads = [h.format(point=point_label, subject=subject_label) for h in HEADS]
    rows: list[list[Any]] = [[para(h, st.head) for h in heads]]
    groups: list[int] = []
    spans: list[tuple[int, int, int, int]] = []
    tops = list(dict.fromkeys(r.path[0] for r in doc.rows if r.path))
    grouped = len(tops) > 1
    # Path parts every row shares (the one section of 表5) say nothing: leave them out.
    skip = 1 if len(tops) == 1 else 0
    group_no = 0
    current_top: str | None = None
    counter = 0
    previous_point: str | None = None
    start = 0

    def close_point() -> None:
        if previous_point is not None and len(rows) - start > 1:
            spans.extend((c, start, c, len(rows) - 1) for c in (0, 1))

    for row in doc.rows:
        top = row.path[0] if row.path else ""
        if grouped and top != current_top:
            close_point()
            previous_point = None
            current_top, group_no, counter = top, group_no + 1, 0
            groups.append(len(rows))
            rows.append([para(f"{chinese_number(group_no)}、{top}", st.group)] + [""] * 5)
        if row.point_id != previous_point:
            close_point()
            previous_point, start = row.point_id, len(rows)
            counter += 1
            number = row.point_number or str(counter)
            first = [para(number, st.num), _point_cell(row, st, skip=1 if grouped else skip)]
        else:
            first = ["", ""]
        rows.append(first + _target_cells(row, st))
    close_point()
    return ruled_table(rows, widths, spans=spans, group_rows=groups)


def _point_cell(row: OwnRow, st: Styles, *, skip: int) -> Flowable:
    """The point's name, under the part of its path no group row has said, with its changes."""
    path = [p for p in row.path[skip:] if p]
    lines = [f'<font color="#666666" size="7">{_esc(" › ".join(path))}</font>'] if path else []
    lines.append(_esc(row.point_name))
    notes = []
    if row.renamed_from:
        notes.append(f"原名“{row.renamed_from}”")
    if row.point_retired:
        notes.append("已停用")
    if notes:
        lines.append(f'<font color="#666666" size="7">（{_esc("；".join(notes))}）</font>')
    return markup("<br/>".join(lines), st.cell)


def _target_cells(row: OwnRow, st: Styles) -> list[Any]:
    has_college = row.college is not None and not row.college.blank
    college = row.college.sentence(evidence=False) if has_college else "（学院未设目标）"
    if row.own is not None and row.own == row.college:
        own = para("与学院目标相同", st.small)
    elif row.own is not None:
        own = para(row.own.sentence(evidence=False), st.cell)
    elif has_college:
        own = para("沿用学院目标", st.small)
    else:
        own = para("", st.cell)
    effective = row.effective
    evidence = effective.evidence if effective else ""
    remarks: list[str] = []
    if row.note:
        remarks.append(_esc(row.note))
    verdict = row.smart
    if verdict is not None and not verdict.ok:
        first = verdict[verdict.failures[0]]
        hint = f"SMART 提示 {'、'.join(verdict.failures)}：{first.reason}"
        remarks.append(f'<font color="{HINT}">{_esc(hint)}</font>')
    return [
        para(college, st.cell if has_college else st.small),
        own,
        para(evidence, st.cell),
        markup("<br/>".join(remarks), st.cell),
    ]


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)
