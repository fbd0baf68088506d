"""Job descriptions to PDF, read back with pypdf: the 表4 form, the manual, repeated headers."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports.jobs import render_manual, render_manual_bytes
from app.services.errors import Cancelled, UserError
from app.services.jobs.doc import StandardDoc, WorkItemDoc
from app.services.progress import NullProgress
from tests.unit.jobs_fixtures import small_manual

DAY = date(2026, 3, 15)


def _pages(data: bytes) -> list[str]:
    """Each page's text with whitespace removed (CJK extraction spaces at random)."""
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in reader.pages]


def test_one_post_prints_as_the_paper_form() -> None:
    """One page with the form's labels, the numbered duty types, work and standards."""
    doc = small_manual("u")
    post = doc.posts[1]
    pages = _pages(render_manual_bytes(doc, post_ids=[post.id], printed_on=DAY))
    assert len(pages) == 1
    text = pages[0]
    for label in (
        "教学管理岗位说明书",
        "基本信息",
        "定员",
        "1人",
        "岗位系数",
        "直接上级",
        "处长",
        "直接下级",
        "工作职责",
        "职责类型",
        "工作内容",
        "工作标准",
        "一、管理体系建设",
        "二、教学信息管理",
        "三、其它工作",
        "1.每年的7月20日前完成秋季学期教学进程表的备案",
        "2.教学进程表汇编的出错率为0",
        "任职资格要求",
        "学历/职称",
        "专业知识和技能",
        "工作经验",
        "资格证书",
        "高等学校教师资格证书",
        "对应部门职责2",
        "第1页/共1页",
    ):
        assert label in text, label
    assert "目录" not in text  # chosen posts print without cover and contents


def test_the_font_is_embedded() -> None:
    """Chinese shows on a PC without the font: the subset travels in the file."""
    reader = PdfReader(io.BytesIO(render_manual_bytes(small_manual("u"), printed_on=DAY)))
    fonts = reader.pages[1]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object() for f in fonts.values()
                   if "/DescendantFonts" in f.get_object()]  # fmt: skip
    if not descriptors:  # reportlab writes TrueType subsets as simple fonts
        descriptors = [f.get_object() for f in fonts.values()]
    assert any("/FontFile2" in d["/FontDescriptor"] for d in descriptors)


def test_whole_manual_has_cover_contents_duties_and_page_numbers() -> None:
    """Cover, contents whose page numbers point at each post, duties with their posts."""
    doc = small_manual("u")
    pages = _pages(render_manual_bytes(doc, printed_on=DAY))
    assert "岗位说明书汇编" in pages[0] and "岗位2个" in pages[0]
    assert "目录" in pages[1]
    contents = pages[1]
    duties = pages[2]
    assert "教务科研处部门职责" in duties
    assert "承担岗位：处长、教学管理岗位" in duties
    assert "尚无岗位承担" in duties  # duty 3
    for n, title in enumerate(["处长", "教学管理岗位"], start=1):
        match = re.search(rf"{n}\.{title}(\d)", contents)  # small manual: one-digit pages
        assert match, title
        page = int(match.group(1))
        assert f"{title}岗位说明书" in pages[page - 1] or f"{title}说明书" in pages[page - 1]
    assert f"第2页/共{len(pages)}页" in pages[1]


def test_a_long_post_repeats_the_table_header_on_every_page() -> None:
    """工作职责's header rows appear again on each page the table continues on."""
    doc = small_manual("u")
    post = doc.posts[1]
    cat = post.categories[1]
    for n in range(40):
        lines = [
            StandardDoc(f"每年 {m + 1} 月底前完成第 {n + 1} 项工作第 {m + 1} 步") for m in range(4)
        ]
        cat.items.append(WorkItemDoc(f"第 {n + 1} 项补充工作内容", doc.duties[1].id, lines))
    pages = _pages(render_manual_bytes(doc, post_ids=[post.id], printed_on=DAY))
    assert len(pages) >= 3
    for text in pages:
        assert "职责类型工作内容工作标准" in text
    for text in pages[1:]:
        assert "教学管理岗位说明书（续）" in text
    assert "任职资格要求" in pages[-1]


def test_file_written_atomically_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    """A cancelled print leaves no file and no temporary file behind."""
    doc = small_manual("u")
    out = tmp_path / "manual.pdf"
    assert render_manual(doc, out, printed_on=DAY) == 5
    assert out.read_bytes().startswith(b"%PDF")
    cancelled = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        render_manual(doc, cancelled, progress=NullProgress(cancel_after=1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["manual.pdf"]


def test_printing_nothing_is_refused_in_chinese(tmp_path: Path) -> None:
    """An empty manual, an unknown post, or a missing folder: a message, not a traceback."""
    empty = small_manual("u")
    empty.posts, empty.duties = [], []
    with pytest.raises(UserError, match="还没有岗位说明书"):
        render_manual(empty, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="没有要打印的岗位"):
        render_manual(small_manual("u"), tmp_path / "x.pdf", post_ids=["nope"])
    with pytest.raises(UserError, match="不存在"):
        render_manual(small_manual("u"), tmp_path / "missing" / "x.pdf")
