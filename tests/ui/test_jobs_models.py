"""The 岗位职责 table model and the structural edits, without a view (no window needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
)
from app.ui.jobs import post_ops
from app.ui.jobs.document import ITEM, STANDARD, ManualDocument
from app.ui.jobs.post_model import COL_DUTY, COL_ITEM, COL_STANDARD, PostTableModel, build_rows


def _manual() -> ManualDoc:
    duty = DutyDoc(text="负责教学运行管理")
    item = WorkItemDoc(
        text="组织期初、期中、期末教学检查",
        duty_id=duty.id,
        standards=[
            StandardDoc(text="每学期开学第 1 周内完成期初检查"),
            StandardDoc(text="加强检查"),
        ],
    )
    post = PostDoc(
        title="教学管理岗位",
        headcount=1,
        supervisor="处长",
        education="本科",
        categories=[
            CategoryDoc(name="教学运行管理", items=[item, WorkItemDoc(text="编排课表")]),
            CategoryDoc(name="新类型"),
            CategoryDoc(name="其它工作", items=[WorkItemDoc(text="完成上级交办的其它工作。")]),
        ],
    )
    return ManualDoc(unit_id="u", duties=[duty], posts=[post], unit_name="教务科研处")


def test_rows_follow_the_form_with_placeholders_and_spans() -> None:
    """One row per standard; an item without standards and a type without work keep a row."""
    rows = build_rows(_manual().posts[0])
    assert [(r.category_no, r.item_no, r.standard_no) for r in rows] == [
        (1, 1, 1),
        (1, 1, 2),
        (1, 2, 0),
        (2, 0, 0),
        (3, 1, 0),
    ]
    assert (rows[0].category_rows, rows[0].item_rows) == (3, 2)


def test_model_shows_numbers_links_hints_and_edits_through_undo(qapp) -> None:
    """Numbers are positions; the duty column names the duty; a vague line has a hint icon;
    setData is an undo command."""
    doc = _manual()
    document = ManualDocument(workspace=None, doc=doc)  # type: ignore[arg-type]
    post = doc.posts[0]
    model = PostTableModel(document, post.id)
    assert model.index(0, 0).data() == "一、教学运行管理"
    assert model.index(1, COL_STANDARD).data() == "2.加强检查"
    assert model.index(0, COL_DUTY).data() == "1. 负责教学运行管理"
    assert model.index(1, COL_STANDARD).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(2, COL_STANDARD).data().startswith(("（", "("))  # a placeholder
    assert model.index(4, COL_STANDARD).data() == ""  # 其它工作 needs no standard
    assert model.index(2, COL_DUTY).data(Qt.ItemDataRole.BackgroundRole) is not None  # unlinked
    assert not model.flags(model.index(3, COL_STANDARD)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, COL_ITEM), "3.组织教学检查")
    assert post.categories[0].items[0].text == "组织教学检查"
    document.undo_stack.undo()
    assert doc.posts[0].categories[0].items[0].text == "组织期初、期中、期末教学检查"


def test_structural_edits_keep_the_catch_all_type_last_and_split_pasted_cells() -> None:
    """A type added at the end goes before 其它工作; a pasted cell replaces one line with many."""
    doc = _manual()
    post = doc.posts[0]
    made = post_ops.add_category(doc, post.id)
    assert [c.name for c in post.categories][-2:] == ["", "其它工作"] and made.name == ""
    std = post.categories[0].items[0].standards[1]
    lines = post_ops.replace_standard(doc, post.id, std.id, ["第一条", "第二条", "第三条"])
    assert lines[0].id == std.id
    assert [s.text for s in post.categories[0].items[0].standards] == [
        "每学期开学第 1 周内完成期初检查",
        "第一条",
        "第二条",
        "第三条",
    ]
    assert post_ops.can_move(post, STANDARD, std.id, -1)
    post_ops.move(doc, post.id, STANDARD, std.id, -1)
    assert post.categories[0].items[0].standards[0].id == std.id
    item = post.categories[0].items[1]
    assert not post_ops.can_move(post, ITEM, item.id, 1)
    post_ops.remove(doc, post.id, ITEM, item.id)
    assert len(post.categories[0].items) == 1
    assert post_ops.plain_item_text(" 2、 编排课表 ") == "编排课表"
    assert post_ops.plain_category_name("三、教学运行管理") == "教学运行管理"
