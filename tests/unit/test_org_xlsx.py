"""The organisation workbook: template, import, export, problems and the CLI around them.

Every test writes real .xlsx files into ``tmp_path`` and uses a real SQLite
database from the ``db`` fixture.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.excel.org_workbook import export_org, read_org, write_template
from app.models import (
    Course,
    Institution,
    Major,
    Person,
    RoleAssignment,
    StudentClass,
    Unit,
)
from app.services import org
from app.services.database import Database, open_database
from app.services.errors import Cancelled, UserError
from app.services.org_import import (
    SHEETS,
    ParsedOrg,
    RowProblem,
    import_org,
    validate_org,
)
from app.services.progress import NullProgress

ORG_MODELS = (Institution, Unit, Person, Major, Course, StudentClass, RoleAssignment)

# A small but complete college: every sheet, every reference kind, both unit kinds.
GOOD: dict[str, list[list[Any]]] = {
    "学院": [["某某职业技术学院", "14001", "王校长"]],
    "部门": [
        ["质量督导处", "职能部门", "ZD", "1001", "是", 1],
        ["教务科研处", "职能部门", "JW", "1002", "否", 2],
        ["机电工程系", "系部", "JD", "1003", "否", 3],
        ["信息工程系", "系部", "XX", "", "否", 4],
    ],
    "人员": [
        ["1001", "张督导", "男", "质量督导处", "副教授", "硕士研究生", "否", "否", "0351-1"],
        ["1002", "李教务", "女", "教务科研处", "讲师", "本科", "否", "否", ""],
        ["1003", "王主任", "男", "机电工程系", "教授", "博士研究生", "是", "是", "13800138000"],
        ["1004", "赵老师", "女", "机电工程系", "讲师", "硕士研究生", "是", "否", ""],
        ["1005", "钱老师", "男", "信息工程系", "助教", "硕士研究生", "是", "否", ""],
    ],
    "专业": [
        ["460301", "机电一体化技术", "机电工程系", "1003", 1],
        ["510201", "计算机应用技术", "信息工程系", "1005", 2],
    ],
    "课程": [
        ["JD101", "电工电子技术", "机电一体化技术", "1004", 64],
        ["JD102", "机械制图", "460301", "", 48],
        ["JS101", "程序设计基础", "计算机应用技术", "1005", 72],
    ],
    "班级": [
        ["机电2301班", "机电一体化技术", 2023, "1004", 45],
        ["计算机2301班", "计算机应用技术", 2023, "1005", 40],
    ],
    "角色": [
        ["1002", "李教务", "部门秘书", "教务科研处"],
        ["1004", "赵老师", "骨干教师", "机电工程系"],
    ],
}


def build_workbook(path: Path, rows: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """The template with ``rows`` appended under each sheet's header."""
    write_template(path)
    wb = openpyxl.load_workbook(path)
    for sheet, data in rows.items():
        for values in data:
            wb[sheet].append(list(values))
    wb.save(path)
    return path


def snapshot(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every organisation row, all columns, for before/after comparisons."""
    with db.session() as session:
        return {
            m.__tablename__: sorted(
                (r.as_dict() for r in session.scalars(select(m))), key=lambda d: d["id"]
            )
            for m in ORG_MODELS
        }


def logical(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every field of the live organisation with references as natural keys, ids dropped."""
    with db.session() as s:
        unit = {u.id: u.name for u in s.scalars(select(Unit))}
        person = {p.id: p.staff_no for p in s.scalars(select(Person))}
        major = {m.id: m.name for m in s.scalars(select(Major))}
        refs = {"unit": unit, "person": person, "major": major}
        out: dict[str, list[tuple[Any, ...]]] = {}
        for kind in org.KINDS.values():
            rows = []
            for r in org.live(s, kind.model):
                row = []
                for f in kind.fields:
                    value = getattr(r, f.name)
                    row.append(refs[f.type].get(value) if f.type in refs and value else value)
                rows.append(tuple(row))
            out[kind.key] = sorted(rows, key=repr)
        out["role"] = sorted(
            (person[r.person_id], r.role, unit.get(r.unit_id or ""))
            for r in org.live(s, RoleAssignment)
        )
        return out


def versions(db: Database) -> dict[str, tuple[Any, Any]]:
    """id -> (version vector, updated_at) of every organisation record."""
    with db.session() as s:
        return {
            r.id: (dict(r.version), r.updated_at) for m in ORG_MODELS for r in s.scalars(select(m))
        }


def do_import(db: Database, path: Path, **kwargs: Any) -> Any:
    with db.session() as session:
        return import_org(session, read_org(path), **kwargs)


def where(problems: Iterable[RowProblem]) -> set[tuple[str, int, str]]:
    return {(p.sheet, p.row, p.column) for p in problems}


# ---------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------


def test_template_has_every_sheet_with_documented_headers(tmp_path: Path) -> None:
    """The template has 说明 first, then 学院…角色, each with a bold frozen header and
    drop-down lists on fixed-value columns; 说明 documents every column."""
    path = tmp_path / "模板.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["说明", "学院", "部门", "人员", "专业", "课程", "班级", "角色"]
    for spec in SHEETS:
        ws = wb[spec.name]
        assert [c.value for c in ws[1]] == [c.label for c in spec.columns]
        assert all(c.font.bold for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.max_row == 1, "no example rows: they would be imported"
    headers = {c.value: c.column_letter for c in wb["部门"][1]}
    lists = {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
        for dv in wb["部门"].data_validations.dataValidation
    }
    assert lists[headers["类型"]] == '"职能部门,系部"'
    assert lists[headers["质量督导处"]] == '"是,否"'
    readme = [tuple(r) for r in wb["说明"].iter_rows(values_only=True)]
    documented = {(r[1], r[2]) for r in readme if r[1]}
    for spec in SHEETS:
        for col in spec.columns:
            assert (col.label, "必填" if col.required else "可不填") in documented
    assert any(r[1] == "部门名称" and r[4] for r in readme), "examples are in 说明"


def test_template_reads_back_as_an_empty_organisation(tmp_path: Path, db: Database) -> None:
    """An untouched template is a valid file with nothing in it."""
    path = tmp_path / "t.xlsx"
    write_template(path)
    parsed = read_org(path)
    assert parsed.problems == [] and parsed.row_count == 0
    with db.session() as s:
        assert import_org(s, parsed).changed == 0


# ---------------------------------------------------------------------------
# Good files
# ---------------------------------------------------------------------------


def test_good_file_imports_with_counts_and_relations(tmp_path: Path, db: Database) -> None:
    """A correct file lands completely: counts per sheet, and every reference resolved."""
    path = build_workbook(tmp_path / "org.xlsx", GOOD)
    summary = do_import(db, path)
    assert {k: (c.added, c.updated, c.unchanged, c.skipped) for k, c in summary.counts.items()} == {
        "学院": (1, 0, 0, 0),
        "部门": (4, 0, 0, 0),
        "人员": (5, 0, 0, 0),
        "专业": (2, 0, 0, 0),
        "课程": (3, 0, 0, 0),
        "班级": (2, 0, 0, 0),
        "角色": (2, 0, 0, 0),
    }
    assert "部门：新增 4，更新 0，未变 0，跳过 0" in summary.describe()
    with db.session() as s:
        units = {u.name: u for u in s.scalars(select(Unit))}
        people = {p.staff_no: p for p in s.scalars(select(Person))}
        office = units["质量督导处"]
        assert office.is_quality_office and office.kind == "office"
        assert units["机电工程系"].kind == "academic"
        assert units["机电工程系"].head_id == people["1003"].id
        assert units["信息工程系"].head_id is None
        assert people["1003"].is_dual_qualified and people["1003"].is_teacher
        assert not people["1001"].is_teacher
        assert people["1003"].phone == "13800138000"
        majors = {m.name: m for m in s.scalars(select(Major))}
        assert majors["机电一体化技术"].unit_id == units["机电工程系"].id
        assert majors["机电一体化技术"].lead_id == people["1003"].id
        courses = {c.name: c for c in s.scalars(select(Course))}
        assert courses["机械制图"].major_id == majors["机电一体化技术"].id, "by 专业代码"
        assert courses["机械制图"].lead_id is None and courses["机械制图"].hours == 48
        cls = s.scalars(select(StudentClass).where(StudentClass.name == "机电2301班")).one()
        assert (cls.grade, cls.counsellor_id, cls.student_count) == (2023, people["1004"].id, 45)
        role = s.scalars(select(RoleAssignment).where(RoleAssignment.role == "secretary")).one()
        assert (role.person_id, role.unit_id) == (people["1002"].id, units["教务科研处"].id)
        inst = s.scalars(select(Institution)).one()
        assert (inst.name, inst.code, inst.president) == ("某某职业技术学院", "14001", "王校长")
        every = [r for m in ORG_MODELS for r in s.scalars(select(m))]
        assert {r.owner_unit_id for r in every} == {office.id}, "the quality office owns all"
        assert all(len(r.version) == 1 and next(iter(r.version.values())) == 1 for r in every)


def test_lenient_cells_any_column_order_and_empty_rows(tmp_path: Path, db: Database) -> None:
    """Headers in any order (with spaces, * and (工号) notes), numbers typed as numbers or
    text, Y/N/1/0/√ for 是/否, whitespace and empty rows are all accepted."""
    path = build_workbook(tmp_path / "a.xlsx", {})
    wb = openpyxl.load_workbook(path)
    ws = wb["人员"]
    ws.delete_rows(1)
    ws.append(["姓名", " 工号* ", "教师", "双师型", "所属部门", "备注"])
    ws.append(["  孙老师 ", 1001, "Y", "√", "  机电工程系"])
    ws.append([None, None, None])
    ws.append(["周老师", "１００２", "0", "true", "机电工程系", "随便写"])
    ws.append(["吴老师", 1003.0, "", "N", None])
    wb["部门"].delete_rows(1)
    wb["部门"].append(["部门类型", "部门名称", "负责人(工号)"])
    wb["部门"].append(["系", "机电工程系", 1001])
    wb["班级"].append(["机电2301班", "机电一体化技术", "2023", " 1002 ", "45.0"])
    wb["专业"].append(["", "机电一体化技术", "机电工程系", None, None])
    wb.save(path)
    parsed = read_org(path)
    assert parsed.problems == []
    do_import(db, path)
    with db.session() as s:
        people = {p.staff_no: p for p in s.scalars(select(Person))}
        assert people["1001"].name == "孙老师" and people["1001"].is_dual_qualified
        assert not people["1002"].is_teacher and people["1002"].is_dual_qualified
        assert people["1003"].is_teacher, "empty 教师 means the default 是"
        assert people["1003"].unit_id is None
        unit = s.scalars(select(Unit)).one()
        assert (unit.kind, unit.head_id) == ("academic", people["1001"].id)
        cls = s.scalars(select(StudentClass)).one()
        assert (cls.grade, cls.student_count, cls.counsellor_id) == (2023, 45, people["1002"].id)


def test_references_may_point_at_records_already_in_the_database(
    tmp_path: Path, db: Database
) -> None:
    """A file with only 课程 rows resolves 所属专业 and 课程负责人 against the database."""
    do_import(db, build_workbook(tmp_path / "org.xlsx", GOOD))
    path = build_workbook(
        tmp_path / "more.xlsx", {"课程": [["JD201", "液压传动", "460301", "1003", 32]]}
    )
    summary = do_import(db, path)
    assert summary.counts["课程"].added == 1 and summary.changed == 1
    with db.session() as s:
        c = s.scalars(select(Course).where(Course.code == "JD201")).one()
        assert s.get(Major, c.major_id).name == "机电一体化技术"
        assert s.get(Person, c.lead_id).staff_no == "1003"


def test_changed_rows_update_and_stamp_once_missing_columns_keep_values(
    tmp_path: Path, db: Database
) -> None:
    """Matching by natural key updates in place (one version bump, same id); a column
    left out of the file keeps the database's values; identical rows are untouched."""
    do_import(db, build_workbook(tmp_path / "org.xlsx", GOOD))
    before = versions(db)
    path = build_workbook(tmp_path / "upd.xlsx", {})
    wb = openpyxl.load_workbook(path)
    ws = wb["人员"]
    ws.delete_rows(1)
    ws.append(["工号", "姓名", "职称"])  # no 电话, 所属部门 … columns
    ws.append(["1003", "王主任", "二级教授"])
    ws.append(["1004", "赵老师", "讲师"])  # unchanged
    wb["部门"].append(["信息工程系", "系部", "XX", "1005", "否", 4])  # head set
    wb.save(path)
    summary = do_import(db, path)
    assert (summary.counts["人员"].updated, summary.counts["人员"].unchanged) == (1, 1)
    assert summary.counts["部门"].updated == 1
    after = versions(db)
    assert set(after) == set(before), "no record added"
    changed = {k for k in after if after[k] != before[k]}
    with db.session() as s:
        p = s.scalars(select(Person).where(Person.staff_no == "1003")).one()
        u = s.scalars(select(Unit).where(Unit.name == "信息工程系")).one()
        assert changed == {p.id, u.id}
        assert p.title == "二级教授" and p.phone == "13800138000"
        assert sorted(p.version.values()) == [2]
        assert s.get(Person, u.head_id).staff_no == "1005"


# ---------------------------------------------------------------------------
# Export round trips
# ---------------------------------------------------------------------------


def test_export_then_import_into_fresh_db_reproduces_every_field(
    tmp_path: Path, db: Database
) -> None:
    """Export → import into an empty database gives the same organisation, field by field."""
    do_import(db, build_workbook(tmp_path / "org.xlsx", GOOD))
    with db.session() as s:  # also a deleted record, which must not travel
        org.set_deleted(
            s,
            kind="class",
            record_id=s.scalars(
                select(StudentClass.id).where(StudentClass.name == "计算机2301班")
            ).one(),
            deleted=True,
        )
    exported = tmp_path / "export.xlsx"
    with db.session() as s:
        export_org(s, exported)
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        summary = do_import(fresh, exported)
        assert summary.counts["班级"].added == 1
        assert logical(fresh) == logical(db)
    finally:
        fresh.close()


def test_reimporting_an_export_changes_nothing(tmp_path: Path, db: Database) -> None:
    """Export → import into the same database: all rows 未变, version vectors and update
    times identical (sync would otherwise ship the whole organisation again)."""
    do_import(db, build_workbook(tmp_path / "org.xlsx", GOOD))
    exported = tmp_path / "export.xlsx"
    with db.session() as s:
        export_org(s, exported)
    before = versions(db)
    summary = do_import(db, exported)
    assert summary.changed == 0
    assert sum(c.unchanged for c in summary.counts.values()) == len(before)
    assert versions(db) == before


def test_sample_college_round_trips_through_a_workbook(tmp_path: Path, db: Database) -> None:
    """The demo college (~1,100 rows) survives export → import into an empty database
    field by field, and re-importing the export into its own database changes nothing."""
    from app.services.demo import create_demo

    with db.session() as s:
        create_demo(s)
    exported = tmp_path / "demo.xlsx"
    with db.session() as s:
        export_org(s, exported)
    parsed = read_org(exported)
    assert parsed.problems == [] and parsed.row_count > 1000
    before = versions(db)
    with db.session() as s:
        assert validate_org(s, parsed) == []
        assert import_org(s, parsed).changed == 0
    assert versions(db) == before
    fresh = open_database(tmp_path / "fresh.sqlite3")
    try:
        with fresh.session() as s:
            assert import_org(s, parsed).changed == parsed.row_count
        assert logical(fresh) == logical(db)
    finally:
        fresh.close()


# ---------------------------------------------------------------------------
# Problems
# ---------------------------------------------------------------------------

BAD: dict[str, list[list[Any]]] = {
    "部门": [
        ["质量督导处", "职能部门", "ZD", "", "是", 1],  # row 2
        ["机电工程系", "系部", "JD", "", "否", 2],  # row 3
        ["后勤处", "科室", "", "", "否", 3],  # row 4: bad 类型
    ],
    "人员": [
        ["1001", "张三", "男", "机电工程系"],  # row 2
        ["1002", "李四", "女", "机电工程系"],  # row 3: duplicate 工号 with row 5
        ["1003", "", "女", "机电工程系"],  # row 4: missing 姓名
        ["1002", "王五", "男", "机电工程系"],  # row 5
    ],
    "专业": [
        ["460301", "机电一体化技术", "机电工程系", "1001", 1],  # row 2: good
        ["", "水利工程", "水利系", "", 2],  # row 3: unknown 所属系部
        ["", "专" * 61, "机电工程系", "", 3],  # row 4: over-long 专业名称
    ],
    "课程": [
        ["JD101", "电工电子技术", "机电一体化技术", "1001", "六十四"],  # row 2: 学时 not int
        ["JD102", "机械制图", "机电一体化技术", "1001", 48],  # row 3: good
        ["SL101", "水力学", "水利工程", "", 32],  # row 4: depends on a bad major
    ],
}


def test_bad_file_reports_exact_sheet_row_and_column(tmp_path: Path, db: Database) -> None:
    """Bad 部门类型, missing 姓名, unknown 所属系部, duplicate 工号, non-integer 学时 and an
    over-long name are each reported at their sheet, Excel row and column."""
    path = build_workbook(tmp_path / "bad.xlsx", BAD)
    parsed = read_org(path)
    assert where(parsed.problems) == {
        ("部门", 4, "类型"),
        ("人员", 3, "工号"),
        ("人员", 5, "工号"),
        ("人员", 4, "姓名"),
        ("专业", 4, "专业名称"),
        ("课程", 2, "学时"),
    }
    text = [p.describe() for p in parsed.problems]
    assert "工作表“部门”第 4 行“类型”：应为“职能部门”或“系部”，而不是“科室”" in text
    assert "工作表“人员”第 3 行“工号”：工号“1002”与第 5 行重复" in text
    assert "工作表“人员”第 5 行“工号”：工号“1002”与第 3 行重复" in text
    assert "工作表“人员”第 4 行“姓名”：不能为空" in text
    assert "工作表“专业”第 4 行“专业名称”：过长（61 字，最多 60 字）" in text
    assert "工作表“课程”第 2 行“学时”：应为整数，而不是“六十四”" in text
    with db.session() as s:
        problems = validate_org(s, parsed)
    assert where(problems) == {("专业", 3, "所属系部"), ("课程", 4, "所属专业")}, "no repeats"
    assert parsed.row_count == 13
    assert parsed.good_row_count() == 13 - 6
    assert parsed.good_row_count(problems) == 13 - 6 - 2
    text = [p.describe() for p in problems]
    assert "工作表“专业”第 3 行“所属系部”：找不到部门“水利系”" in text
    assert any(t.startswith("工作表“课程”第 4 行“所属专业”：所指的专业“水利工程”") for t in text)


def test_refusing_a_bad_file_leaves_the_database_unchanged(tmp_path: Path, db: Database) -> None:
    """import_org(skip_bad_rows=False) raises a UserError listing the problems and writes
    nothing, even when most rows are good."""
    do_import(db, build_workbook(tmp_path / "org.xlsx", GOOD))
    before = snapshot(db)
    parsed = read_org(build_workbook(tmp_path / "bad.xlsx", BAD))
    with pytest.raises(UserError) as err, db.session() as s:
        import_org(s, parsed, skip_bad_rows=False)
    assert "未导入任何内容" in str(err.value)
    assert "工作表“专业”第 3 行“所属系部”：找不到部门“水利系”" in str(err.value)
    assert snapshot(db) == before


def test_skip_bad_rows_imports_only_good_rows(tmp_path: Path, db: Database) -> None:
    """Skipping imports exactly the good rows; rows depending on a bad row are skipped too."""
    summary = do_import(db, build_workbook(tmp_path / "bad.xlsx", BAD))
    assert {k: (c.added, c.skipped) for k, c in summary.counts.items() if c.added or c.skipped} == {
        "部门": (2, 1),
        "人员": (1, 3),
        "专业": (1, 2),
        "课程": (1, 2),
    }
    with db.session() as s:
        assert sorted(s.scalars(select(Unit.name))) == ["机电工程系", "质量督导处"]
        assert list(s.scalars(select(Person.staff_no))) == ["1001"]
        assert list(s.scalars(select(Major.name))) == ["机电一体化技术"]
        assert list(s.scalars(select(Course.name))) == ["机械制图"]


def test_dependent_rows_are_skipped_across_sheets(tmp_path: Path, db: Database) -> None:
    """A person whose 部门 row is bad is skipped, and so is the major that names them."""
    rows = {
        "部门": [["机电工程系", "院系", "", "", "否", 1]],
        "人员": [["1001", "张三", "男", "机电工程系"]],
        "专业": [["", "机电一体化技术", "机电工程系", "1001", 1]],
    }
    parsed = read_org(build_workbook(tmp_path / "dep.xlsx", rows))
    with db.session() as s:
        problems = [*parsed.problems, *validate_org(s, parsed)]
    assert where(problems) == {
        ("部门", 2, "类型"),
        ("人员", 2, "所属部门"),
        ("专业", 2, "所属系部"),
    }
    summary = do_import(db, tmp_path / "dep.xlsx")
    assert summary.changed == 0


def test_database_rules_become_row_problems(tmp_path: Path, db: Database) -> None:
    """A major under a 职能部门, a 工号 typed as a name, a 姓名 not matching the 工号, and a
    second quality office are problems of their rows, not exceptions."""
    do_import(db, build_workbook(tmp_path / "org.xlsx", GOOD))
    rows = {
        "部门": [["督导二处", "职能部门", "", "", "是", 9]],
        "专业": [["", "会计", "教务科研处", "", 9], ["", "物联网", "信息工程系", "钱老师", 9]],
        "角色": [["1005", "赵老师", "骨干教师", "信息工程系"]],
    }
    parsed = read_org(build_workbook(tmp_path / "rules.xlsx", rows))
    with db.session() as s:
        text = [p.describe() for p in validate_org(s, parsed)]
    assert text == [
        "工作表“部门”第 2 行“质量督导处”：学院已有质量督导处“质量督导处”；"
        "如要更换，请在本文件中把“质量督导处”的“质量督导处”填为“否”",
        "工作表“专业”第 2 行“所属系部”：专业只能隶属于系部，而“教务科研处”是职能部门",
        "工作表“专业”第 3 行“专业负责人”："
        "找不到工号为“钱老师”的人员（“钱老师”是姓名？请填写工号：1005）",
        "工作表“角色”第 2 行“姓名”：工号“1005”的人员是“钱老师”，不是“赵老师”",
    ]


# ---------------------------------------------------------------------------
# Whole-file problems
# ---------------------------------------------------------------------------


def _user_error(path: Path) -> str:
    with pytest.raises(UserError) as err:
        read_org(path)
    return str(err.value)


def test_not_an_xlsx_file_is_a_user_error(tmp_path: Path) -> None:
    """Text, an old .xls/encrypted file, a damaged zip and a missing file all give Chinese
    messages naming the file, never a traceback."""
    text = tmp_path / "名单.xlsx"
    text.write_text("工号,姓名\n1001,张三\n", encoding="utf-8")
    assert "“名单.xlsx”不是 Excel 工作簿" in _user_error(text)
    ole = tmp_path / "加密.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "打开密码" in _user_error(ole)
    broken = tmp_path / "坏.xlsx"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    assert "无法读取“坏.xlsx”" in _user_error(broken)
    truncated = tmp_path / "半截.xlsx"
    write_template(truncated)
    truncated.write_bytes(truncated.read_bytes()[:2000])
    assert "半截.xlsx" in _user_error(truncated)
    assert "找不到文件" in _user_error(tmp_path / "没有.xlsx")


def test_missing_sheet_or_column_is_a_user_error(tmp_path: Path) -> None:
    """A workbook without the 课程 sheet, without the required 工号 column, or with an
    unknown column is refused with the sheet and column named."""
    path = build_workbook(tmp_path / "s.xlsx", {})
    wb = openpyxl.load_workbook(path)
    del wb["课程"]
    wb.save(path)
    assert "缺少工作表“课程”" in _user_error(path)

    path = build_workbook(tmp_path / "c.xlsx", {})
    wb = openpyxl.load_workbook(path)
    wb["人员"].delete_cols(1)  # 工号
    wb.save(path)
    message = _user_error(path)
    assert "工作表“人员”缺少必填列：工号" in message

    path = build_workbook(tmp_path / "u.xlsx", {})
    wb = openpyxl.load_workbook(path)
    wb["班级"].cell(1, 9).value = "班主任"
    wb.save(path)
    assert "工作表“班级”第 1 行有无法识别的列：I 列“班主任”" in _user_error(path)


def test_file_locked_by_excel_is_a_user_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a workbook open in Excel raises PermissionError on read and write; the
    user gets a Chinese message asking to close it, and no half-written file remains."""
    path = tmp_path / "组织机构.xlsx"
    write_template(path)
    real_open = Path.open

    def locked(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    assert "正在被其他程序（如 Excel）使用" in _user_error(path)
    monkeypatch.undo()

    import app.excel.org_workbook as workbook

    def replace_locked(src: Any, dst: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(workbook.os, "replace", replace_locked)
    with pytest.raises(UserError) as err:
        write_template(path)
    assert "可能正在 Excel 中打开" in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["组织机构.xlsx"]


def test_progress_is_reported_and_cancel_rolls_back(tmp_path: Path, db: Database) -> None:
    """read and import report phases; cancelling mid-import leaves the database unchanged."""
    path = build_workbook(tmp_path / "org.xlsx", GOOD)
    progress = NullProgress()
    parsed: ParsedOrg = read_org(path, progress=progress)
    with db.session() as s:
        import_org(s, parsed, progress=progress)
    assert progress.labels[-1] == "导入组织机构" and progress.done > 19
    other = open_database(tmp_path / "other.sqlite3")
    try:
        before = snapshot(other)
        with pytest.raises(Cancelled), other.session() as s:
            import_org(s, parsed, progress=NullProgress(cancel_after=10))
        assert snapshot(other) == before
    finally:
        other.close()


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------


def test_cli_template_import_and_skip_bad_rows(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``org template`` writes the template; ``org import-xlsx`` on a bad file exits 2 with
    located problems and changes nothing; with ``--skip-bad-rows`` it exits 0."""
    template = tmp_path / "模板.xlsx"
    assert main(["org", "template", "-o", str(template)]) == 0
    assert openpyxl.load_workbook(template).sheetnames[1:] == [s.name for s in SHEETS]

    good = build_workbook(tmp_path / "good.xlsx", GOOD)
    assert main(["org", "import-xlsx", str(good), "--db", str(db_path)]) == 0
    capsys.readouterr()
    database = open_database(db_path)
    before = snapshot(database)
    database.close()

    bad = build_workbook(tmp_path / "bad.xlsx", BAD)
    assert main(["org", "import-xlsx", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "工作表“课程”第 2 行“学时”：应为整数" in err and "未导入任何内容" in err
    database = open_database(db_path)
    assert snapshot(database) == before
    database.close()

    assert main(["org", "import-xlsx", str(bad), "--db", str(db_path), "--skip-bad-rows"]) == 0
    out = capsys.readouterr().out
    assert "组织机构导入完成" in out
    database = open_database(db_path)
    try:
        with database.session() as s:
            assert "机械制图" in set(s.scalars(select(Course.name)))
            assert "水利工程" not in set(s.scalars(select(Major.name)))
    finally:
        database.close()

    exported = tmp_path / "导出.xlsx"
    assert main(["org", "export-xlsx", "-o", str(exported), "--db", str(db_path)]) == 0
    assert main(["org", "import-xlsx", str(tmp_path / "nope.txt"), "--db", str(db_path)]) == 2
    assert "找不到文件" in capsys.readouterr().err


def test_cli_refuses_a_file_whose_only_problems_need_the_database(
    tmp_path: Path, db_path: Path
) -> None:
    """An unknown 所属系部 is only visible against the database; without --skip-bad-rows
    the CLI must still refuse the whole file."""
    path = build_workbook(tmp_path / "x.xlsx", {"专业": [["", "水利工程", "水利系", "", 1]]})
    assert main(["org", "import-xlsx", str(path), "--db", str(db_path)]) == 2


def test_cli_lists_every_problem_at_once_and_names_the_rows_it_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad cell, an unknown reference and a row depending on a bad row are all reported in
    one run; a refusal into a new data file leaves no file behind; ``--skip-bad-rows`` still
    names each row it left out, and a backup is taken before the import writes."""
    rows = {
        "部门": [["机电工程系", "院系", "", "", "否", 1], ["信息工程系", "系部", "", "", "否", 2]],
        "人员": [["1001", "张三", "男", "机电工程系"]],
        "专业": [["", "物联网", "信息工程系", "", 1], ["", "水利工程", "水利系", "", 2]],
    }
    path = build_workbook(tmp_path / "bad.xlsx", rows)
    new_db = tmp_path / "new" / "x.sqlite3"
    assert main(["org", "import-xlsx", str(path), "--db", str(new_db)]) == 2
    err = capsys.readouterr().err
    assert "工作表“部门”第 2 行“类型”" in err  # a bad cell
    assert "工作表“人员”第 2 行“所属部门”" in err  # depends on the bad 部门 row
    assert "工作表“专业”第 3 行“所属系部”" in err  # names a unit nowhere to be found
    assert "3 处问题" in err and "--skip-bad-rows" in err
    assert not new_db.exists() and not new_db.parent.exists()

    assert main(["org", "import-xlsx", str(path), "--db", str(new_db), "--skip-bad-rows"]) == 0
    captured = capsys.readouterr()
    assert "工作表“人员”第 2 行“所属部门”" in captured.err
    assert "以上 3 处问题所在的行未导入" in captured.err
    backups = list((new_db.parent / "backups").glob("*before-import*"))
    assert backups, "no backup was taken before the import"
    database = open_database(new_db)
    try:
        with database.session() as s:
            assert list(s.scalars(select(Major.name))) == ["物联网"]
    finally:
        database.close()


def test_read_only_commands_do_not_create_a_mistyped_data_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``identity show`` or ``org export-xlsx`` on a path that does not exist says so."""
    missing = tmp_path / "typo" / "x.sqlite3"
    for argv in (
        ["identity", "show"],
        ["org", "export-xlsx", "-o", str(tmp_path / "o.xlsx")],
        ["plan", "list"],
    ):
        assert main([*argv, "--db", str(missing)]) == 2
        assert "找不到数据文件" in capsys.readouterr().err
    assert not missing.parent.exists() and not (tmp_path / "o.xlsx").exists()


def test_services_do_not_import_openpyxl() -> None:
    """Checking a file's rules and importing need no openpyxl (slow to import): only
    app.excel loads it."""
    code = "import sys, app.services.org_import; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
