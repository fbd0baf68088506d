"""One-page plans printed to PDF: real files read back with pypdf, and the layout's promises.

Scenarios from issue 3 ("Printing"): one landscape page per plan, the plan's texts
in the PDF, the CJK font embedded, 20 tasks and 6 objectives (and the store's
limits) still on one page with every string inside its box, A3 on request, cancel
leaves no file, and ``zhengai plan print`` end to end.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.models.plans import PlanLevel, PlanStatus
from app.reports.oppm import render_plan_bytes, render_plans
from app.reports.oppm_fit import ELLIPSIS, fit, text_width, wrap
from app.reports.oppm_geometry import PAGE_H, PAGE_W, Box, PageLayout
from app.reports.oppm_layout import layout_plan, plan_title
from app.reports.oppm_sample import sample_plan
from app.services.errors import Cancelled, UserError
from app.services.plans.doc import PlanDoc
from app.services.plans.store import MAX_OBJECTIVES, MAX_TASKS
from app.services.progress import NullProgress

A4_LANDSCAPE = (841.89, 595.28)
A3_LANDSCAPE = (1190.55, 841.89)


def _squash(text: str) -> str:
    """Extractors break lines and space glyphs out; compare without whitespace."""
    return "".join(text.split())


def _page_size(reader: PdfReader, n: int = 0) -> tuple[float, float]:
    box = reader.pages[n].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)


def _plans() -> list[PlanDoc]:
    small = sample_plan(tasks=4, objectives=2, as_of=0)
    small.subject_name, small.work_name = "工程造价", "工程造价专业建设年度计划"
    return [sample_plan(), small, sample_plan(tasks=MAX_TASKS, objectives=MAX_OBJECTIVES)]


# -- the PDF -------------------------------------------------------------------------------
def test_one_landscape_page_per_plan(tmp_path: Path) -> None:
    """Several plans go into one PDF with exactly one landscape A4 page each."""
    pdf = tmp_path / "plans.pdf"
    progress = NullProgress()
    assert render_plans(_plans(), pdf, progress=progress) == 3
    reader = PdfReader(pdf)
    assert len(reader.pages) == 3
    assert all(_page_size(reader, n) == A4_LANDSCAPE for n in range(3))
    assert progress.done == progress.total == 3 and progress.labels


def test_pdf_text_holds_the_plan(tmp_path: Path) -> None:
    """A printout can be read and matched: names, objectives, tasks, owners and fingerprint."""
    doc = sample_plan()
    pdf = tmp_path / "plan.pdf"
    render_plans([doc], pdf, printed_on=date(2026, 7, 1))
    text = _squash(PdfReader(pdf).pages[0].extract_text())
    expected = [
        doc.work_name,
        doc.leader,
        *(o.text for o in doc.objectives),
        *(t.name for t in doc.tasks),
        *(o.name for t in doc.tasks for o in t.owners),
        doc.fingerprint(),
        "第2版",
        "2026-07-01",
        "草稿",
        "水利工程系水利水电建筑工程专业2026年一页纸工作计划报表",
    ]
    missing = [s for s in expected if _squash(s) not in text]
    assert missing == []


def test_font_is_embedded_as_truetype_subset(tmp_path: Path) -> None:
    """Other PCs show Chinese, not boxes: the WenQuanYi program is in the file (FontFile2)."""
    pdf = tmp_path / "plan.pdf"
    render_plans([sample_plan()], pdf)
    fonts = PdfReader(pdf).pages[0]["/Resources"]["/Font"]
    descriptors = [
        f.get_object()["/FontDescriptor"]
        for f in fonts.values()
        if "/FontDescriptor" in f.get_object()
    ]
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    assert all("WenQuanYiMicroHei" in str(d["/FontName"]) for d in descriptors)


def test_a3_is_the_same_single_page_larger(tmp_path: Path) -> None:
    """paper="A3" gives an A3 landscape page with the same content."""
    pdf = tmp_path / "a3.pdf"
    doc = sample_plan()
    assert render_plans([doc], pdf, paper="A3") == 1
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    assert _page_size(reader) == A3_LANDSCAPE
    assert doc.fingerprint() in reader.pages[0].extract_text()


def test_unknown_paper_is_refused_in_chinese(tmp_path: Path) -> None:
    """Only A4 and A3 are offered; anything else is a clear message, not a traceback."""
    with pytest.raises(UserError, match="纸张"):
        render_plans([sample_plan()], tmp_path / "x.pdf", paper="Letter")


def test_preview_bytes_are_a_one_page_pdf() -> None:
    """The in-app preview gets the same page from memory."""
    import io

    data = render_plan_bytes(sample_plan())
    assert data.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(data)).pages) == 1


def test_snapshot_page_says_which_month_it_shows(tmp_path: Path) -> None:
    """A monthly snapshot prints "截至 N 月" so nobody mistakes it for the current state."""
    doc = sample_plan()
    doc.as_of_month = 6
    doc.status = PlanStatus.APPROVED
    pdf = tmp_path / "june.pdf"
    render_plans([doc], pdf)
    text = _squash(PdfReader(pdf).pages[0].extract_text())
    assert "截至6月" in text and "已通过" in text


def test_empty_plan_still_prints(tmp_path: Path) -> None:
    """A brand-new plan (no objectives, tasks or costs) prints as the blank form."""
    doc = PlanDoc(level=PlanLevel.UNIT, subject_id="u", unit_id="u", year=2026)
    doc.subject_name = doc.unit_name = "教务科研处"
    pdf = tmp_path / "blank.pdf"
    assert render_plans([doc], pdf) == 1
    text = _squash(PdfReader(pdf).pages[0].extract_text())
    assert "教务科研处2026年一页纸工作计划报表" in text and "主要任务" in text


def test_batch_stays_small_per_page(tmp_path: Path) -> None:
    """Many plans share one font subset: well under the 10 KB a page budget."""
    docs = [sample_plan() for _ in range(60)]
    for n, doc in enumerate(docs):
        doc.subject_name = f"专业{n}"
    pdf = tmp_path / "batch.pdf"
    render_plans(docs, pdf)
    assert pdf.stat().st_size / len(docs) < 10 * 1024


# -- cancel and failures -------------------------------------------------------------------
def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    """Cancelling mid-way leaves neither the PDF nor a temporary file behind."""
    pdf = tmp_path / "plans.pdf"
    with pytest.raises(Cancelled):
        render_plans(_plans(), pdf, progress=NullProgress(cancel_after=2))
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_the_previous_file(tmp_path: Path) -> None:
    """An earlier printout of the same name survives a cancelled run untouched."""
    pdf = tmp_path / "plans.pdf"
    pdf.write_bytes(b"earlier")
    with pytest.raises(Cancelled):
        render_plans(_plans(), pdf, progress=NullProgress(cancel_after=1))
    assert pdf.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["plans.pdf"]


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    """A typo in the folder gives a Chinese message naming it."""
    with pytest.raises(UserError, match="不存在"):
        render_plans([sample_plan()], tmp_path / "nope" / "plans.pdf")


# -- the layout keeps its promises -----------------------------------------------------------
def _assert_everything_fits(page: PageLayout) -> None:
    """Every drawn line fits its box, every box is on the page, no two texts overlap."""
    for item in page.texts:
        box, fitted = item.box, item.fitted
        assert fitted.height <= box.h + 1e-6, (fitted.lines, box)
        for line in fitted.lines:
            assert text_width(line, fitted.size) <= box.w + 1e-6, (line, box)
        assert box.x >= 0 and box.y >= 0 and box.right <= PAGE_W and box.top <= PAGE_H
    for a, b in itertools.combinations([t.box for t in page.texts], 2):
        overlap_w = min(a.right, b.right) - max(a.x, b.x)
        overlap_h = min(a.top, b.top) - max(a.y, b.y)
        assert overlap_w <= 1e-6 or overlap_h <= 1e-6, (a, b)


@pytest.mark.parametrize(
    ("tasks", "objectives"), [(20, 6), (MAX_TASKS, MAX_OBJECTIVES)], ids=["20x6", "limits"]
)
def test_crowded_plan_with_long_texts_fits_one_page(
    tmp_path: Path, tasks: int, objectives: int
) -> None:
    """20 tasks and 6 objectives (and the store's limits) with very long texts: one page,
    every string wrapped/shrunk/cut to stay inside its cell, reportlab's stringWidth agreeing."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.reports.fonts import cjk_font

    doc = sample_plan(tasks=tasks, objectives=objectives, long_text=True)
    page = layout_plan(doc)
    _assert_everything_fits(page)
    for item in page.texts:  # the same check with reportlab's own measure
        for line in item.fitted.lines:
            assert stringWidth(line, cjk_font(), item.fitted.size) <= item.box.w + 1e-6
    assert any(t.fitted.truncated for t in page.texts), "long texts end with …"
    names = [t for t in page.texts if t.fitted.lines and t.fitted.lines[0].startswith("专业建设")]
    assert names and min(t.fitted.size for t in names) >= 4

    pdf = tmp_path / "crowded.pdf"
    assert render_plans([doc, doc], pdf) == 2
    assert len(PdfReader(pdf).pages) == 2


def test_ordinary_plan_is_not_shrunk_or_cut() -> None:
    """With normal texts the 20-task page keeps readable sizes and cuts nothing."""
    page = layout_plan(sample_plan())
    _assert_everything_fits(page)
    assert not any(t.fitted.truncated for t in page.texts)
    task_names = {t.name for t in sample_plan().tasks}
    sizes = {t.fitted.size for t in page.texts if t.fitted.lines[0] in task_names}
    assert sizes and min(sizes) >= 7.5


def test_titles_follow_the_level() -> None:
    """Each level prints the seed's form name: 部门/专业 …工作计划报表, 教师 职业发展…"""
    doc = sample_plan()
    assert plan_title(doc) == "水利工程系水利水电建筑工程专业 2026 年一页纸工作计划报表"
    doc.level, doc.subject_name = PlanLevel.TEACHER, "张伟"
    assert plan_title(doc) == "水利工程系教师张伟 2026 年职业发展一页纸计划报表"
    doc.level, doc.subject_name = PlanLevel.CLASS, "水利2301班"
    assert plan_title(doc) == "水利工程系水利2301班 2026 年一页纸工作计划报表"
    doc.level, doc.subject_name = PlanLevel.UNIT, "水利工程系"
    assert plan_title(doc) == "水利工程系 2026 年一页纸工作计划报表"


# -- fitting ------------------------------------------------------------------------------
def test_wrap_follows_chinese_line_breaking() -> None:
    """Closing punctuation never starts a line; a Latin word or number stays whole."""
    size = 10.0
    text = "专业建设水平进入区内同类专业前列，人才培养质量稳步提升。Python3 与 2026 年计划"
    for width in range(40, 200, 7):
        lines = wrap(text, width, size)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(text_width(line, size) <= width + 1e-6 for line in lines)
        assert not any(line[:1] in "，。" for line in lines[1:])
        if width >= text_width("Python3", size):
            assert any("Python3" in line for line in lines)


def test_fit_wraps_then_shrinks_then_cuts() -> None:
    """Wrap at the full size if it fits, shrink next, and "…" only as the last resort."""
    text = "智慧水利实训室建设方案论证与采购"
    wide = fit(text, 300, 12, max_size=9, min_size=5)
    assert wide.size == 9 and len(wide.lines) == 1 and not wide.truncated
    two_lines = fit(text, 80, 24, max_size=9, min_size=5)
    assert two_lines.size == 9 and len(two_lines.lines) == 2
    shrunk = fit(text, 80, 12, max_size=9, min_size=5)
    assert 5 <= shrunk.size < 9 and len(shrunk.lines) == 1 and not shrunk.truncated
    cut = fit(text * 5, 80, 12, max_size=9, min_size=5)
    assert cut.truncated and cut.size == 5 and cut.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, cut.size) <= 80 for line in cut.lines)
    tiny = fit(text, 80, 3, max_size=9, min_size=5)
    assert tiny.height <= 3 + 1e-9 and len(tiny.lines) == 1


def test_owner_names_are_never_broken_across_lines() -> None:
    """Six owners in the narrow owner cell: lines break between people, not inside a name,
    and the joiner that keeps a name whole is never drawn."""
    import dataclasses

    from app.reports.oppm_fit import JOIN

    doc = sample_plan()
    names = ["上官婉儿", "欧阳晓明", "司马相如", "诸葛孔明", "张三", "李四"]
    owner = doc.tasks[1].owners[0]
    doc.tasks[1].owners = [
        dataclasses.replace(owner, name=n, priority="ABCCCC"[i]) for i, n in enumerate(names)
    ]
    page = layout_plan(doc)
    _assert_everything_fits(page)
    (cell,) = [t for t in page.texts if t.fitted.lines[0].startswith("上官婉儿")]
    assert len(cell.fitted.lines) >= 2 and not cell.fitted.truncated
    for line in cell.fitted.lines:
        assert JOIN not in line
        for piece in line.split():
            assert piece.endswith(("(A)", "(B)", "(C)")) and piece[:-3] in names


def test_long_objectives_and_leader_wrap_before_they_are_cut() -> None:
    """An objective or a 项目领导 too long for one line takes a second line, uncut."""
    doc = sample_plan(objectives=6)
    doc.objectives[0].text = "建成自治区级品牌专业，专业综合评价进入区内同类专业前三，" * 2
    doc.leader = "张伟（系主任）、李娜（专业带头人）、王芳（教研室主任）、陈静（骨干教师）" * 2
    page = layout_plan(doc)
    _assert_everything_fits(page)
    for start in ("建成自治区级品牌专业", "张伟（系主任）"):
        (item,) = [t for t in page.texts if t.fitted.lines[0].startswith(start)]
        assert len(item.fitted.lines) == 2 and not item.fitted.truncated, start


def test_fit_box_helper_keeps_padding() -> None:
    """PageLayout.text fits to the cell less its padding, the box the tests check."""
    page = PageLayout()
    page.text(Box(10, 10, 100, 20), "专业建设")
    (item,) = page.texts
    assert item.box.w < 100 and item.box.h < 20


# -- start-up cost and the command line ---------------------------------------------------------
def test_importing_oppm_does_not_load_reportlab() -> None:
    """The window imports the print module freely; reportlab loads only when printing."""
    code = "import sys, app.reports.oppm; sys.exit(1 if 'reportlab' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def _stub_tracking_if_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """cmd_print imports the tracking module; print tests must not depend on it existing."""
    try:
        import app.services.plans.tracking  # noqa: F401
    except ImportError:
        stub = types.ModuleType("app.services.plans.tracking")
        stub.snapshot_doc = None  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "app.services.plans.tracking", stub)


def test_cli_prints_every_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`zhengai plan print --all -o FILE` writes one page per stored plan with its texts."""
    from app.cli import main
    from app.services.database import open_database
    from app.services.plans import store
    from tests.unit.plan_fixtures import complete_plan, small_college

    db_file = tmp_path / "college.sqlite3"
    database = open_database(db_file, daily_backup=False)
    try:
        with database.session() as session:
            ids = small_college(session)
            major = complete_plan(session, ids)
            store.save_plan(session, doc=major)
            unit = store.create_plan(session, level="unit", subject_id=ids["dept"], year=2026)
    finally:
        database.close()

    _stub_tracking_if_missing(monkeypatch)
    out = tmp_path / "plans.pdf"
    assert main(["plan", "print", "--all", "-o", str(out), "--db", str(db_file)]) == 0
    assert "已打印 2 份计划" in capsys.readouterr().out
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    text = _squash("".join(p.extract_text() for p in reader.pages))
    for expected in ("专业建设水平进入区内同类专业前列", "师资队伍建设", "张伟", "李娜"):
        assert expected in text
    assert unit.work_name and _squash(unit.work_name) in text
    assert major.fingerprint() in text  # the stored version's fingerprint, in the footer
