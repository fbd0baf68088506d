"""The shipped catalogs match the seeds item by item; malformed files get a clear message.

Two sources of truth, both from the seeds and never from a hard-coded count:
- literal cells copied verbatim from the seed tables (always run), split by the same small
  parsers, with every count derived from the lists;
- the seed text files themselves (``../shared/seeds`` or ``$ZHENGAI_SEEDS``) parsed directly,
  when present; these tests also check that the literal cells are still verbatim seed text.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from app.cli import main
from app.services.catalogs import (
    KINDS,
    DiagnosisCatalog,
    StandardsCatalog,
    StudentCatalog,
    catalog_path,
    diagnostic_elements,
    load_catalog,
)
from app.services.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
PLAN_SEED = "000_1b0657d51f01f44b.txt"
PROVINCE_SEED = "002_83acb5340c245763.txt"

# --- literal cells, copied verbatim from the seed (tabs separate the seed's columns) --------

MAJOR_CELLS = (  # 表5
    "1.专业建设规划制订标准 2.专业人才培养方案制订标准 3.专业资源配置标准",
    "1.专业建设组织措施 2.专业人才培养方案 3.专业师资队伍建设 4.实践教学条件建设 "
    "5.社会服务能力建设 6.教学资源建设 7.国际交流与合作 8.专业教学研究 9.特色与示范",
    "1.专业建设规划 2.专业人才培养方案 3.专业岗位标准 "
    "4.专业实习环节(实习指导书、实习周记、毕业论文或实践报告、实习指导记录本) "
    "5.专业职业资格证书 6 专业师资队伍建设 7.专业带头人培养 8.双师教师培养 "
    "9.兼职教师队伍建设 10.校内实践教学条件 11.校外实践教学条件 12.技术应用与社会服务 "
    "13.中高职衔接、高本衔接 14.信息技术运用 15.国际交流与合作 16.教学质量提升机制 "
    "17.教育教学改革 18.专业特色 19.专业示范",
)
COURSE_CELLS = (  # 表6
    "1.课程建设规划制定标准 2.课程教学标准 3.课程资源配置标准",
    "1.教学队伍 2.教学内容与质量保障 3.教学条件 4.教学方法与手段 5.教学效果 6.课程特色",
    "1.课程主讲教师 2.课程改革研究 3.课程指导、思想与定位 4.课程内容设计 5.教学组织与安排 "
    "6.实践教学 7.教材及教学文件相关资料 8.实践教学条件 9.信息化教学手段运用 10.教学手段 "
    "11.考核方式 12.教评学、学评教、教评教、督导评教及企业评学 13.课程特色与示范",
)
TEACHER_CELLS = {  # 表7
    "整体发展": (
        "1.教师规模 2.教师结构 3.教师水平",
        "1.师资规划 2.师资标准 3.师资规模 4.师资结构 5.师资质量 6.师资管理",
        "1.师资队伍建设规划、教师职业生涯规划 2.教师数量（专任教师、兼职教师、双师型教师） "
        "3.教师结构（年龄、职称、专业、学历学位、双师、专兼职教师） "
        "4.各层级、各类别优秀教师、教学团队的数量及影响力 "
        "5.教学名师、专业带头人、骨干教师、青年教师培养 6.教师企业实践 7.高层次人才培养 "
        "8.教师进修、培训 9.企业兼职教师",
    ),
    "教师个体发展": (
        "1.师德修养 2.教育教学 3.教研科研 4.社会实践",
        "1.师德考核评价标准 2.教育教学质量考核评价标准 3.教研科研管理 4.社会服务及企业实践管理",
        "1.伦理素养 2.教学态度 3.与生相处 4.信息素养 5.知识功底 6.课程教学 7.教学设计 "
        "8.激发动机 9.资源整合 10.项目研究 11.信息化教学及工作能力 12.培训学习 13.企业实践 "
        "14.参与专业发展 15.提升管理能力 16.教学拓展",
    ),
}
STUDENT_ROWS = {  # 表8; "社" / "会适应" is the seed's page break inside "社会适应"
    "思想政治素质标准": "政治表现、思想水平、道德品质、法纪观念、集体观念、劳动观念、生活态度、"
    "日常品行、审美情趣",
    "学习能力素质标准": "学习态度、专业素质、人文素养、实操技能、创新创业、拓展能力、课堂表现、"
    "考试诚信、学习活动",
    "身心健康素质标准": "身体素质、运动能力、健康情趣、自我评价、人际关系、社"
    + "会适应、心理综合测评",
    "实践能力素质标准": "创新能力、实践能力、组织协作能力、社会活动能力、"
    "自主学习能力和职业规划能力、语言表达能力、决策执行能力、志愿服务能力",
}
# 附件2 as printed: (诊断要素 cell of the element's first row, 诊断点, 数据管理平台相应编号).
DIAGNOSIS_ROWS = [
    ("1.1 质量 保证理念", "质量目标与定位", "1.3/7"),
    ("1.1 质量 保证理念", "质量保证规划", "1.3/7"),
    ("1.1 质量 保证理念", "质量文化建设", "2.2/8"),
    ("1.2 组织构架", "质量保证机构与分工", "8"),
    ("1.2 组织构架", "质量保证队伍", "8.2/8.6"),
    ("1.3 制度构架", "质量保证制度", "8.1"),
    ("1.3 制度构架", "执行与改进", "8.7"),
    ("1.4 信息系统", "信息采集与管理", "3.4/8.1"),
    ("1.4 信息系统", "信息应用", "3.4"),
    ("2.1 专业建设 规划", "规划制定与实施", ""),
    ("2.1 专业建设 规划", "目标与标准", "7.1/7.3/7.4"),
    ("2.1 专业建设 规划", "条件保障", "3.4/4/5.1/5.2/6/7.4/7.5"),
    ("2.2 专业诊改", "诊改制度与运行", "3.4/8.1/8.7/9.1/9.2"),
    ("2.2 专业诊改", "诊改效果", "4/5/6/7/9"),
    ("2.2 专业诊改", "外部诊断（评估） 结论应用", "4/5/6/7/9"),
    ("2.3 课程 质量保证", "课程建设规划", "7.2/7.5"),
    ("2.3 课程 质量保证", "目标与标准", "7.2/7.3"),
    ("2.3 课程 质量保证", "诊改制度实施与效果", "3.4/7.2/8.1/8.2/8.5/8.6/8.7"),
    ("3.1 师资队 伍建设规划", "规划制定", "6.1/6.2/6.3/6.4"),
    ("3.1 师资队 伍建设规划", "标准与制度制定", "6.1/6.2/6.3/6.4"),
    ("3.1 师资队 伍建设规划", "实施保障", "5.2/7.1/7.2/8.1"),
    ("3.2 师资建 设诊改工作", "诊改制度", "6. 1/6. 2/6. 3/6. 4/7 . 2"),
    ("3.2 师资建 设诊改工作", "实施效果", "6. 1/6. 2/6. 3/6. 4/8 . 7"),
    ("4. 1 育人体系", "育人规划", "5. 2/8. 3/8. 4"),
    ("4. 1 育人体系", "诊改制度", "8. 1"),
    ("4. 1 育人体系", "实施与效果", "2. 2/3/7. 2/9. 2"),
    ("4. 2 成长环境", "安全与生活保障", ""),
    ("4. 2 成长环境", "特殊学生群体服务 与资助", "5. 2/8. 8"),
    ("5.1 外部 环境改进", "政策环境", ""),
    ("5.1 外部 环境改进", "资源环境", ""),
    ("5.1 外部 环境改进", "合作发展环境", "7.5/9.3"),
    ("5.2 质量 事故管控", "管控制度", "8.1"),
    ("5.2 质量 事故管控", "发生率及影响", ""),
    ("5.2 质量 事故管控", "预警机制", "8.1"),
    ("5.3 质量 保证效果", "规划体系建设及效果", ""),
    ("5.3 质量 保证效果", "标准体系建设及效果", ""),
    ("5.3 质量 保证效果", "诊改机制建设及效果", ""),
    ("5.4 体系特色", "学校质量保证体系 特色", ""),
]
# 附件3's report form: one row per element, as printed.
REPORT_ELEMENTS = [
    "1.1 质量保证理念",
    "1.2 组织构架",
    "1.3 制度构架",
    "1.4 信息系统",
    "2.1 专业建设规划",
    "2.2 专业诊改",
    "2.3 课程质量保证",
    "3.1 师资队伍建 设规划",
    "3.2 师资建设诊改 工作",
    "4.1 育人体系",
    "4.2 成长环境",
    "5.1 外部环境改进",
    "5.2 质量事故管控",
    "5.3 质量保证效果",
    "5.4 体系特色",
]

# --- small parsers for seed text --------------------------------------------------------

_NUMBERED = re.compile(r"(?:^|\s+)(\d+)\s*\.?\s*(?=[^\d\s.])")
_ELEMENT = re.compile(r"^(\d)\.\s*(\d)\s*(.+)$")
_ITEM = re.compile(r"^(\d)\.?\s+([^\d\s].*)$")
_COUNTS = re.compile(r"(\d+)\s*个(维度|标准|质控点)")


def squash(text: str) -> str:
    """Drop the layout spaces the seed's OCR put inside names and numbers."""
    return re.sub(r"\s+", "", text)


def numbered(cell: str) -> list[tuple[int, str]]:
    """ "1.甲 2.乙 …" → [(1, "甲"), (2, "乙")]; also reads "6 丙" as item 6."""
    parts = _NUMBERED.split(cell.strip())
    assert parts[0] == "", f"cell does not start with a number: {cell[:20]}"
    result = [(int(n), name.strip()) for n, name in zip(parts[1::2], parts[2::2], strict=True)]
    assert [n for n, _ in result] == list(range(1, len(result) + 1)), cell[:40]
    return result


def refs(cell: str) -> list[str]:
    return squash(cell).split("/") if squash(cell) else []


def element_of(cell: str) -> tuple[str, str]:
    match = _ELEMENT.match(cell)
    assert match, cell
    return f"{match.group(1)}.{match.group(2)}", squash(match.group(3))


def _seed_dir() -> Path | None:
    candidates = [Path(os.environ["ZHENGAI_SEEDS"])] if os.environ.get("ZHENGAI_SEEDS") else []
    candidates += [parent / "shared" / "seeds" for parent in ROOT.parents]
    return next((c for c in candidates if (c / PLAN_SEED).exists()), None)


def seed_lines(name: str) -> list[str]:
    folder = _seed_dir()
    if folder is None:
        pytest.skip("seed files not found (set ZHENGAI_SEEDS); the literal-list tests still run")
    return (folder / name).read_text(encoding="utf-8").splitlines()


def rows_after(lines: list[str], title: str, stop: str) -> list[str]:
    """Non-blank lines after the line starting with ``title`` up to one starting with ``stop``."""
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(title))
    rows = []
    for line in lines[start + 1 :]:
        if line.strip().startswith(stop):
            break
        if line.strip():
            rows.append(line)
    return rows


def seed_sections(rows: list[str]) -> dict[str, tuple[dict[str, int], tuple[str, str, str]]]:
    """表5–表7: each section's header counts and its three cells."""
    sections: dict[str, tuple[dict[str, int], tuple[str, str, str]]] = {}
    counts: dict[str, int] = {}
    label = ""
    for row in rows:
        cells = row.split("\t")
        if set(row) <= set("-\t "):
            continue
        found = _COUNTS.findall(row)
        if found:
            counts = {kind: int(n) for n, kind in found}
            label = cells[0].strip() if not _COUNTS.match(cells[0]) else ""
            continue
        name = cells[0].strip() if len(cells) == 4 else ""
        sections[name or label] = (counts, (cells[-3], cells[-2], cells[-1]))
    return sections


def seed_student_rows(rows: list[str]) -> dict[str, str]:
    """表8: type → element text; a row starting with a tab continues the row before."""
    result: dict[str, str] = {}
    last = ""
    for row in rows[1:]:  # rows[0] is the header 类型 / 主要标准要素
        if row.startswith("\t"):
            result[last] += row.strip()
            continue
        last, elements = row.split("\t")
        result[last] = elements
    return result


def seed_diagnosis(lines: list[str]) -> list[dict[str, object]]:
    """附件2 row by row, each row's element recovered from the last element cell seen.

    Rows are broken across pages and shifted by a column here and there, so the hint (the
    cell ending with "。") anchors each row: the point is the cell before it, the
    platform reference the cell after it.
    """
    rows = rows_after(lines, "高职院校内部质量保证体系诊断项目参考表", "注：")
    points: list[dict[str, object]] = []
    item = element = ""
    items: dict[str, str] = {}
    for row in rows:
        cells = [c.strip() for c in row.split("\t")]
        if cells[0] == "诊断项目":
            continue
        hint_at = next(i for i, c in enumerate(cells) if c.endswith("。"))
        before = [c for c in cells[:hint_at] if c]
        after = [c for c in cells[hint_at + 1 :] if c]
        for cell in before[:-1]:
            if _ELEMENT.match(cell):
                element = cell
            elif _ITEM.match(cell):
                match = _ITEM.match(cell)
                assert match
                item = match.group(1)
                items[item] = squash(match.group(2))
        number, name = element_of(element)
        assert number.startswith(item + "."), (number, item)
        points.append(
            {
                "item": (int(item), items[item]),
                "element": (number, name),
                "point": squash(before[-1]),
                "hint": cells[hint_at],
                "refs": refs(after[0]) if after else [],
            }
        )
    return points


def catalog_rows(catalog: DiagnosisCatalog) -> list[dict[str, object]]:
    return [
        {
            "item": (e.item_number, e.item_name),
            "element": (e.number, e.name),
            "point": p.name,
            "hint": p.hint,
            "refs": list(p.platform_refs),
        }
        for e in catalog.elements()
        for p in e.points
    ]


def standards(kind: str) -> StandardsCatalog:
    catalog = load_catalog(kind)
    assert isinstance(catalog, StandardsCatalog)
    return catalog


def diagnosis() -> DiagnosisCatalog:
    catalog = load_catalog("diagnosis")
    assert isinstance(catalog, DiagnosisCatalog)
    return catalog


def section_lists(section) -> tuple[list[tuple[int, str]], ...]:
    return tuple([(e.number, e.name) for e in entries] for _, entries in section.lists())


# --- the shipped files against the literal seed cells -----------------------------------


@pytest.mark.parametrize(
    ("kind", "cells_by_section"),
    [
        ("major", {"专业建设标准": MAJOR_CELLS}),
        ("course", {"课程建设标准": COURSE_CELLS}),
        ("teacher", TEACHER_CELLS),
    ],
)
def test_standards_match_the_seed_cells(
    kind: str, cells_by_section: dict[str, tuple[str, str, str]]
) -> None:
    """Every dimension, standard and control point, in order, as three parallel lists."""
    catalog = standards(kind)
    assert [s.name for s in catalog.sections] == list(cells_by_section)
    for section, cells in zip(catalog.sections, cells_by_section.values(), strict=True):
        assert section_lists(section) == tuple(numbered(c) for c in cells)


def test_major_control_point_six_is_read_despite_the_missing_dot() -> None:
    """The seed prints "6 专业师资队伍建设" without the dot; it is item 6, not part of item 5."""
    points = standards("major").sections[0].control_points
    assert (points[4].number, points[4].name) == (5, "专业职业资格证书")
    assert (points[5].number, points[5].name) == (6, "专业师资队伍建设")


def test_student_types_match_the_seed_rows() -> None:
    """表8's four types with their elements; "社会适应" is joined across the page break."""
    catalog = load_catalog("student")
    assert isinstance(catalog, StudentCatalog)
    assert {t.name: list(t.elements) for t in catalog.types} == {
        name: text.split("、") for name, text in STUDENT_ROWS.items()
    }
    health = next(t for t in catalog.types if t.name == "身心健康素质标准")
    assert "社会适应" in health.elements


def test_diagnosis_matches_the_seed_rows() -> None:
    """Every diagnostic point under the element the seed's rows put it in, with its refs."""
    catalog = diagnosis()
    expected = [(*element_of(e), squash(p), refs(r)) for e, p, r in DIAGNOSIS_ROWS]
    got = [
        (e.number, e.name, p.name, list(p.platform_refs))
        for e in catalog.elements()
        for p in e.points
    ]
    assert got == expected
    assert all(p.hint.endswith("。") for p in catalog.points())


def test_diagnostic_elements_are_the_report_rows() -> None:
    """The elements are exactly the rows of the self-diagnosis report form (附件3)."""
    labels = [e.label for e in diagnostic_elements()]
    assert labels == [
        f"{n} {squash(name)}" for n, name in (r.split(" ", 1) for r in REPORT_ELEMENTS)
    ]
    assert [e.number for e in diagnostic_elements()] == sorted(
        {element_of(e)[0] for e, _, _ in DIAGNOSIS_ROWS}
    )


def test_points_without_a_reference_stay_empty() -> None:
    """Rows the seed leaves without a platform number are not filled in by guesswork."""
    empty = {
        (e.number, p.name) for e in diagnosis().elements() for p in e.points if not p.platform_refs
    }
    assert empty == {(element_of(e)[0], squash(p)) for e, p, r in DIAGNOSIS_ROWS if not r}


@pytest.mark.parametrize("kind", KINDS)
def test_file_round_trips_through_the_dataclasses(kind: str) -> None:
    """``to_data()`` gives back the file exactly: nothing is lost when seeding tables later."""
    data = json.loads(catalog_path(kind).read_text(encoding="utf-8"))
    assert load_catalog(kind).to_data() == data
    assert data["_notes"], "every catalog documents its normalisations"


# --- the shipped files against the seed text itself -------------------------------------


@pytest.mark.parametrize(
    ("kind", "title", "stop"),
    [
        ("major", "表 5 ", "#"),
        ("course", "表 6 ", "#"),
        ("teacher", "表 7 ", "#"),
    ],
)
def test_standards_match_the_seed_text(kind: str, title: str, stop: str) -> None:
    """Parsed from the seed: the lists and the header counts ("3 个维度 9 个标准 …")."""
    sections = seed_sections(rows_after(seed_lines(PLAN_SEED), title, stop))
    catalog = standards(kind)
    literal = {"major": {"专业建设标准": MAJOR_CELLS}, "course": {"课程建设标准": COURSE_CELLS}}
    for section, (name, (counts, cells)) in zip(catalog.sections, sections.items(), strict=True):
        lists = section_lists(section)
        assert lists == tuple(numbered(c) for c in cells)
        assert [len(x) for x in lists] == [counts["维度"], counts["标准"], counts["质控点"]]
        if kind == "teacher":
            assert section.name == name
            assert tuple(c.strip() for c in cells) == TEACHER_CELLS[name]
        else:
            assert tuple(c.strip() for c in cells) == literal[kind][section.name]


def test_student_matches_the_seed_text() -> None:
    rows = seed_student_rows(rows_after(seed_lines(PLAN_SEED), "表8 ", "#"))
    assert rows == STUDENT_ROWS


def test_diagnosis_matches_the_seed_text() -> None:
    """Items, elements, points, hints verbatim and normalised references, from the seed."""
    lines = seed_lines(PROVINCE_SEED)
    assert catalog_rows(diagnosis()) == seed_diagnosis(lines)


def test_diagnosis_counts_come_from_the_table_not_the_note() -> None:
    """The note's item and element counts agree; its point count is not trusted (the table
    is): the number of points is whatever the table lists."""
    lines = seed_lines(PROVINCE_SEED)
    note = next(line for line in lines if "个诊断项目" in line and "个诊断点" in line)
    items, elements, _claimed_points = map(int, re.findall(r"(\d+)\s*个", note))
    catalog = diagnosis()
    assert len(catalog.items) == items
    assert len(catalog.elements()) == elements
    assert len(catalog.points()) == len(seed_diagnosis(lines)) == len(DIAGNOSIS_ROWS)


def test_report_form_elements_match_the_seed_text() -> None:
    rows = rows_after(seed_lines(PROVINCE_SEED), "二、自我诊断与改进报告表", "校长")
    cells = [c.strip() for row in rows for c in row.split("\t") if _ELEMENT.match(c.strip())]
    assert cells == REPORT_ELEMENTS


def test_literal_cells_are_verbatim_seed_text() -> None:
    """Keeps the literal lists above honest."""
    plan = "\n".join(seed_lines(PLAN_SEED))
    province = "\n".join(seed_lines(PROVINCE_SEED))
    for cell in (*MAJOR_CELLS, *COURSE_CELLS, *(c for t in TEACHER_CELLS.values() for c in t)):
        assert cell in plan
    for element, point, ref in DIAGNOSIS_ROWS:
        assert element in province and point in province and ref in province


# --- validation: a college-edited file that is broken ------------------------------------


def _edited(tmp_path: Path, kind: str, edit) -> Path:
    data = json.loads(catalog_path(kind).read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / f"{kind}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_invalid_json_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "major.json"
    path.write_text('{\n  "kind": "major",\n  "title": "x"\n  "sections": []\n}', encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_catalog("major", path)
    message = str(err.value)
    assert str(path) in message and "专业建设标准" in message and "第 4 行" in message


@pytest.mark.parametrize(
    ("kind", "edit", "expected"),
    [
        (
            "major",
            lambda d: d["sections"][0]["control_points"][5].pop("name"),
            "第 1 部分“专业建设标准”的质控点第 6 项的 name：缺少该项",
        ),
        (
            "teacher",
            lambda d: d["sections"][1]["standards"][0].update(number="一"),
            "第 2 部分“教师个体发展”的标准第 1 项的 number（编号）：应为正整数",
        ),
        (
            "course",
            lambda d: d["sections"][0]["dimensions"][2].update(number=1),
            "维度第 3 项的 number（编号）：1 与前面的项重复",
        ),
        ("course", lambda d: d.update(kind="major"), "kind：为 'major'，应为 “course”"),
        (
            "student",
            lambda d: d["types"][2]["elements"].append("社会适应"),
            "类型“身心健康素质标准”的要素：“社会适应”出现了两次",
        ),
        (
            "diagnosis",
            lambda d: d["items"][1]["elements"][0].update(number="3.1"),
            "诊断项目 2“专业质量保证”的第 1 个诊断要素的 number（编号）：“3.1”应形如 2.1",
        ),
        (
            "diagnosis",
            lambda d: d["items"][2]["elements"][1]["points"][0].update(platform_refs=["6. 1"]),
            "诊断要素 3.2“师资建设诊改工作”的第 1 个诊断点“诊改制度”的 platform_refs："
            "“6. 1”不是平台编号",
        ),
        ("diagnosis", lambda d: d.update(items={}), "items（诊断项目）：应为 […] 形式的列表"),
    ],
)
def test_malformed_entry_is_named(tmp_path: Path, kind: str, edit, expected: str) -> None:
    """The message says which file and which entry, in Chinese, so a secretary can fix it."""
    path = _edited(tmp_path, kind, edit)
    with pytest.raises(UserError) as err:
        load_catalog(kind, path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_missing_file_and_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="文件不存在"):
        load_catalog("course", tmp_path / "none.json")
    with pytest.raises(UserError, match="没有“school”这种标准目录"):
        load_catalog("school")


def test_a_college_may_add_an_element(tmp_path: Path) -> None:
    """Nothing counts on 15 elements: an added one simply appears in the list."""

    def add(data: dict) -> None:
        data["items"][4]["elements"].append(
            {"number": "5.5", "name": "信息化特色", "points": [{"name": "平台应用", "hint": ""}]}
        )

    catalog = load_catalog("diagnosis", _edited(tmp_path, "diagnosis", add))
    assert isinstance(catalog, DiagnosisCatalog)
    elements = diagnostic_elements(catalog)
    assert len(elements) == len(diagnostic_elements()) + 1
    assert elements[-1].label == "5.5 信息化特色" and elements[-1].item_name == "体系运行效果"
    assert elements[-1].points[0].platform_refs == ()


# --- the command line ---------------------------------------------------------------------


def test_cli_catalog_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "list", "--kind", "major", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(catalog_path("major").read_text(encoding="utf-8"))
    assert main(["catalog", "list", "--json"]) == 0
    assert list(json.loads(capsys.readouterr().out)) == list(KINDS)


def test_cli_catalog_list_text(capsys: pytest.CaptureFixture[str]) -> None:
    """Counts in the text are those of the files, and Chinese kind names are accepted."""
    assert main(["catalog", "list", "--kind", "诊断"]) == 0
    out = capsys.readouterr().out
    catalog = diagnosis()
    assert f"{len(catalog.elements())} 个诊断要素、{len(catalog.points())} 个诊断点" in out
    assert "4.2 成长环境" in out and "特殊学生群体服务与资助（数据管理平台编号：5.2/8.8）" in out
    assert main(["catalog", "list"]) == 0
    out = capsys.readouterr().out
    for kind in KINDS:
        assert load_catalog(kind).title in out
    assert "教师个体发展：4 个维度、4 个标准、16 个质控点" in out


def test_cli_catalog_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["catalog", "list", "--kind", "school"])
    assert exit_info.value.code == 2
    assert "应为 major/course" in capsys.readouterr().err
