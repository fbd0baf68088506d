"""Standards PDFs read back: catalogs, a subject's own standard, the SMART report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports.standards_catalog import catalog_pdf_bytes, render_catalog
from app.reports.standards_own import render_own_standard
from app.reports.standards_smart import render_smart_report
from app.services.catalogs import KINDS, load_catalog
from app.services.errors import UserError
from app.services.smart_report import JOB, PLAN, SmartReport, Text, tally
from app.services.standards.doc import TargetDoc
from app.services.standards.own import OwnRow, OwnStandardDoc
from app.services.standards.seed import shipped_doc
from app.services.standards.targets import TargetValues


def _pages(path_or_bytes: Path | bytes) -> list[str]:
    import io

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    reader = PdfReader(source)
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


def _fonts(path: Path) -> set[str]:
    reader = PdfReader(path)
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


@pytest.mark.parametrize("kind", KINDS)
def test_every_catalog_prints_every_entry_with_page_numbers(kind: str, tmp_path: Path) -> None:
    """The printed catalog lists what the file lists, in an embedded CJK font, numbered pages."""
    path = tmp_path / f"{kind}.pdf"
    pages = render_catalog(shipped_doc(kind, year=2026), path)
    text = "".join(_pages(path))
    assert pages == len(PdfReader(path).pages)
    assert f"第{pages}页共{pages}页" in text and "出厂默认内容" in text
    assert _fonts(path), "the CJK font must be embedded"
    catalog = load_catalog(kind)
    names: list[str] = []
    if kind == "student":
        names = [e for t in catalog.types for e in t.elements]
    elif kind == "diagnosis":
        names = [p.name for p in catalog.points()] + [e.name for e in catalog.elements()]
    else:
        names = [e.name for s in catalog.sections for e in s.control_points]
    for name in names:
        assert re.sub(r"\s+", "", name) in text, name


def test_catalog_table_header_repeats_and_targets_print(tmp_path: Path) -> None:
    """A table that runs onto the next page repeats its header; targets and hints print."""
    doc = shipped_doc("major", year=2026)
    first = doc.points()[0].entry
    doc.set_targets(first.id, [TargetDoc("规划修订完成率", "100", "%", "2026-06-30", "规划文本")])
    doc.set_targets(doc.points()[1].entry.id, [TargetDoc("进一步加强方案建设")])
    retired = doc.points()[2].entry
    doc.set_retired(retired.id, True)
    pages = _pages(catalog_pdf_bytes(doc))
    assert len(pages) >= 2
    assert all("测量内容目标值完成期限佐证材料SMART" in p for p in pages)
    text = "".join(pages)
    assert "规划修订完成率" in text and "2026年6月30日前" in text and "提示S、M、T" in text
    assert retired.name not in text and "另有1个已停用的条目未列出" in text


def test_diagnosis_prints_hints_references_and_the_table_notes() -> None:
    """附件2: hints, platform numbers and 原表注 are on the page."""
    text = "".join(_pages(catalog_pdf_bytes(shipped_doc("diagnosis", year=2026))))
    assert "特殊学生群体服务与资助" in text and "5.2、8.8" in text
    assert "原表注" in text and "1.2组织构架" in text


def _own_doc() -> OwnStandardDoc:
    from app.services.plans.subjects import Subject

    college = TargetValues("双师型教师占比", "≥60", "%", "2026-12-31", "教师名册")
    own = TargetValues("双师型教师占比", "≥70", "%", "2026-12-31", "教师名册")
    rows = (
        OwnRow("p1", "8", "双师教师培养", ("专业建设标准",), False, "t1", college, "o1", own,
               note="已达 65%，上调"),
        OwnRow("p2", "9", "兼职教师队伍建设", ("专业建设标准",), False, None, None, None, None),
        OwnRow("p3", "10", "校内实践教学条件", ("专业建设标准",), True, None, None, "o2",
               TargetValues("进一步加强实训"), renamed_from="校内实训条件"),
    )  # fmt: skip
    subject = Subject("major", "m1", "水利工程", "u1", "水利工程系")
    return OwnStandardDoc(subject, 2026, "c1", "major", "专业建设标准主要内容一览表", rows)


def test_own_standard_prints_college_beside_own(tmp_path: Path) -> None:
    """The subject's target beside the college's, its note, a rename, a retired point, hints."""
    path = tmp_path / "own.pdf"
    render_own_standard(_own_doc(), path)
    text = "".join(_pages(path))
    assert "水利工程专业2026年度自身发展标准" in text
    assert "双师型教师占比≥60%" in text and "双师型教师占比≥70%" in text
    assert "已达65%，上调" in text and "原名“校内实训条件”" in text and "已停用" in text
    assert "（学院未设目标）" in text and "SMART提示S、M、R、T" in text
    assert "专业负责人（签字）" in text and "第1页共1页" in text


def _report() -> SmartReport:
    texts = [
        Text("教务科研处", JOB, "教学管理岗位", "每年的 7 月 20 日前完成秋季学期教学进程表的备案"),
        Text("教务科研处", JOB, "教学管理岗位", "进一步加强质量意识"),
        *[Text("水利工程系", PLAN, f"任务 {n:02d}", f"积极配合相关工作（{n}）", letters=("S",))
          for n in range(1, 80)],
    ]  # fmt: skip
    return SmartReport(2026, tuple(tally(texts)), jobs_included=True)


def test_smart_report_counts_letters_and_lists_reasons(tmp_path: Path) -> None:
    """Per unit: counts per letter, the failing lines with one line per letter, long lists cut."""
    report = _report()
    unit = next(u for u in report.units if u.unit_name == "教务科研处")
    assert unit.total == 2 and unit.all_ok == 1 and unit.failures["M"] == 1
    path = tmp_path / "smart.pdf"
    render_smart_report(report, path, max_lines=10)
    pages = _pages(path)
    text = "".join(pages)
    assert "2026年SMART检查汇总" in text and "合计" in text
    assert "进一步加强质量意识" in text and "M“进一步”“加强”之后没有可度量的目标" in text
    assert "另有69条有提示未列出" in text
    full = tmp_path / "full.pdf"
    render_smart_report(report, full)
    assert "积极配合相关工作（79）" in "".join(_pages(full))
    assert len(PdfReader(full).pages) > len(pages)


def test_an_unwritable_target_leaves_no_file(tmp_path: Path) -> None:
    """A missing folder is a Chinese error, and nothing is left behind."""
    with pytest.raises(UserError, match="不存在"):
        render_catalog(shipped_doc("course", year=2026), tmp_path / "nope" / "x.pdf")
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    render_catalog(shipped_doc("course", year=2026), target)
    assert target.read_bytes().startswith(b"%PDF") and list(tmp_path.glob("*.part")) == []
