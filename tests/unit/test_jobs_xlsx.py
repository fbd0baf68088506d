"""Job descriptions in Excel (表4 layout): exact round trip, precise refusals, safe import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.excel import jobs_layout as L
from app.excel.jobs_read import read_manual
from app.excel.jobs_write import export_manual
from app.services.database import Database
from app.services.errors import UserError
from app.services.jobs.store import load_manual, save_manual
from app.services.jobs.transfer import import_manual_doc
from tests.unit.jobs_fixtures import college, small_manual


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[Database, dict[str, str]]]:
    database, ids = college(tmp_path / "jobs.sqlite3")
    yield database, ids
    database.close()


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def test_export_then_read_gives_back_the_same_manual(tmp_path: Path) -> None:
    """Every text, number, order, duty link and id survives the workbook."""
    doc = small_manual("unit-id")
    doc.posts[0].coefficient = "1.20"
    doc.posts[1].categories.append(type(doc.posts[1].categories[0])(name="空的职责类型"))
    doc.posts[1].categories[0].items[0].standards[0].text = "含换行的标准\n第二行"
    path = tmp_path / "manual.xlsx"
    export_manual(doc, path)
    back = read_manual(path)
    assert back.to_data() == doc.to_data()


def test_the_workbook_looks_like_the_paper_form(tmp_path: Path) -> None:
    """A sheet per post named by its title, labels in place, merged cells, repeated header."""
    doc = small_manual("unit-id")
    path = tmp_path / "manual.xlsx"
    export_manual(doc, path)
    wb = load_workbook(path)
    assert wb.sheetnames == [L.DUTY_SHEET, "处长", "教学管理岗位", L.META_SHEET]
    assert wb[L.META_SHEET].sheet_state == "hidden"
    ws = wb["教学管理岗位"]
    assert ws["A1"].value == "教学管理岗位说明书"
    assert (ws["A3"].value, ws["B3"].value, ws["B4"].value) == ("岗位名称", "教学管理岗位", 1)
    assert ws["B4"].number_format == '0" 人"'
    assert ws["A9"].value is None  # 一、管理体系建设 is merged over its two standards
    assert ws["A8"].value == "一、管理体系建设"
    assert "A8:A9" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.print_title_rows == "$6:$7"
    assert ws.column_dimensions["F"].hidden


def test_bad_cells_are_refused_naming_sheet_and_cell(tmp_path: Path) -> None:
    """“两人” as 定员 and duty 9 of 3: both listed, each with its sheet and cell."""
    path = tmp_path / "manual.xlsx"
    export_manual(small_manual("unit-id"), path)
    _edit(path, "教学管理岗位", "B4", "两人")
    _edit(path, "教学管理岗位", "C8", 9)
    with pytest.raises(UserError) as err:
        read_manual(path)
    message = str(err.value)
    assert "2 处问题" in message
    assert "工作表“教学管理岗位”单元格 B4：定员应为人数（如 2），而不是“两人”" in message
    assert "工作表“教学管理岗位”单元格 C8：对应部门职责应为 1—3 之间的序号" in message


def test_a_changed_header_is_refused_with_its_cell(tmp_path: Path) -> None:
    """A renamed column header stops that sheet: nothing after it can be located."""
    path = tmp_path / "manual.xlsx"
    export_manual(small_manual("unit-id"), path)
    _edit(path, "处长", "E7", "标准")
    with pytest.raises(UserError, match="工作表“处长”单元格 E7：应为“工作标准”，而不是“标准”"):
        read_manual(path)


def test_a_standard_without_work_and_a_missing_duty_sheet_are_refused(tmp_path: Path) -> None:
    """Structure errors name the cell; a workbook without 部门职责 is not a manual."""
    path = tmp_path / "manual.xlsx"
    export_manual(small_manual("unit-id"), path)
    wb = load_workbook(path)
    wb["处长"]["B8"] = None  # the work item's text, so its standard has no work before it
    wb.save(path)
    with pytest.raises(UserError, match="单元格 E8：工作标准前面缺少工作内容"):
        read_manual(path)
    wb = load_workbook(path)
    del wb[L.DUTY_SHEET]
    wb.save(path)
    with pytest.raises(UserError, match="没有工作表“部门职责”"):
        read_manual(path)


def test_not_a_workbook_is_refused(tmp_path: Path) -> None:
    """A text file named .xlsx gets a sentence, not a traceback."""
    path = tmp_path / "fake.xlsx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match="不是 Excel 工作簿"):
        read_manual(path)


def test_a_pasted_paper_cell_is_read_as_several_standards(tmp_path: Path) -> None:
    """The seed's one-cell list of standards becomes numbered lines on import."""
    path = tmp_path / "manual.xlsx"
    export_manual(small_manual("unit-id"), path)
    _edit(path, "处长", "E8", "1.分析存在的问题，制订问题清单； 2.每年 6 月前制订问题解决方案；")
    back = read_manual(path)
    texts = [s.text for s in back.posts[0].categories[0].items[0].standards]
    assert texts == ["分析存在的问题，制订问题清单", "每年 6 月前制订问题解决方案"]


def test_import_updates_the_same_records(
    db: tuple[Database, dict[str, str]], tmp_path: Path
) -> None:
    """Export, edit one standard in Excel, import: one record changes, nothing duplicates."""
    database, ids = db
    with database.session() as s:
        save_manual(s, doc=small_manual(ids["academic_affairs"]))
        doc = load_manual(s, unit_id=ids["academic_affairs"])
    path = tmp_path / "manual.xlsx"
    export_manual(doc, path)
    with database.session() as s:
        assert import_manual_doc(s, doc=read_manual(path))[1] is False
    _edit(path, "处长", "E8", "每年 12 月 20 日前完成制度修订，修订完成率 100%，报院长办公会")
    with database.session() as s:
        stored, changed = import_manual_doc(s, doc=read_manual(path))
    assert changed
    assert [p.id for p in stored.posts] == [p.id for p in doc.posts]
    assert stored.posts[0].standards()[0][1].text.endswith("报院长办公会")
    assert stored.posts[0].standards()[0][1].id == doc.posts[0].standards()[0][1].id


def test_import_into_another_unit_gets_fresh_ids(
    db: tuple[Database, dict[str, str]], tmp_path: Path
) -> None:
    """--unit copies a manual to another unit without touching the first one's records."""
    database, ids = db
    with database.session() as s:
        save_manual(s, doc=small_manual(ids["academic_affairs"]))
        first = load_manual(s, unit_id=ids["academic_affairs"])
    path = tmp_path / "manual.xlsx"
    export_manual(first, path)
    with database.session() as s:
        copied, _ = import_manual_doc(s, doc=read_manual(path), unit_id=ids["dept"])
        again = load_manual(s, unit_id=ids["academic_affairs"])
    assert copied.unit_name == "水利工程系"
    assert copied.content_data() == first.content_data()
    assert not {p.id for p in copied.posts} & {p.id for p in first.posts}
    assert again.to_data() == first.to_data()


def test_a_refused_import_changes_nothing(
    db: tuple[Database, dict[str, str]], tmp_path: Path
) -> None:
    """A unit the file names but this PC lacks: refused, the database as it was."""
    database, ids = db
    doc = small_manual("not-here", unit_name="不存在的部门")
    path = tmp_path / "manual.xlsx"
    export_manual(doc, path)
    with database.session() as s, pytest.raises(UserError, match="找不到“不存在的部门”"):
        import_manual_doc(s, doc=read_manual(path))
    with database.session() as s:
        assert load_manual(s, unit_id=ids["academic_affairs"]).posts == []
