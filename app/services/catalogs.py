"""The shipped standards catalogs (表5–表8) and the diagnostic reference table (附件2).

The defaults live as JSON in ``resources/catalogs/`` so a college can read and tune them
without a programmer, and so the quality office can send them out unchanged. A hand-edited
file is the likeliest thing to break, so loading validates everything and names the file
and the entry in a Chinese :class:`UserError` instead of failing somewhere later.

The structures are frozen dataclasses mirroring the files one to one; ``to_data()`` gives the
file's dict back. Editable, versioned catalog tables can therefore be seeded from
:func:`load_catalog` later: every entry has a stable position (section key, list name,
number) that can become its identity in the first version. Nothing here hard-codes how many
entries a table has: the seeds' own counts are facts about the files, not about the code.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from app.paths import resource
from app.services.errors import UserError

SCHEMA = 1

# Order of the five levels as the seed lists them (表5, 表6, 表7, 表8, then 附件2).
KINDS: tuple[str, ...] = ("major", "course", "teacher", "student", "diagnosis")
KIND_LABELS: dict[str, str] = {
    "major": "专业建设标准",
    "course": "课程建设标准",
    "teacher": "教师发展标准",
    "student": "学生全面发展标准",
    "diagnosis": "诊断项目参考表",
}
# The three parallel lists of 表5–表7, with their Chinese names for messages and output.
LIST_LABELS: dict[str, str] = {
    "dimensions": "维度",
    "standards": "标准",
    "control_points": "质控点",
}

_ELEMENT_NUMBER = re.compile(r"^(\d+)\.(\d+)$")
_PLATFORM_REF = re.compile(r"^\d+(?:\.\d+)*$")


@dataclass(frozen=True)
class Entry:
    """One numbered row of a dimension, standard or control-point list."""

    number: int
    name: str

    def to_data(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name}


@dataclass(frozen=True)
class StandardSection:
    """Dimensions, standards and control points side by side, as the seed prints them.

    The seed gives three parallel lists, not a tree (which control point belongs to which
    standard is not stated), so they are kept as three lists rather than guessed into one.
    """

    key: str
    name: str
    dimensions: tuple[Entry, ...]
    standards: tuple[Entry, ...]
    control_points: tuple[Entry, ...]

    def lists(self) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
        """The three lists with their field names, in the seed's column order."""
        return (
            ("dimensions", self.dimensions),
            ("standards", self.standards),
            ("control_points", self.control_points),
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "name": self.name}
        for field, entries in self.lists():
            data[field] = [e.to_data() for e in entries]
        return data


@dataclass(frozen=True)
class _Header:
    """What every catalog file carries besides its content."""

    kind: str
    title: str
    source: str
    about: str
    notes: tuple[str, ...]

    def header_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.about:
            data["_about"] = self.about
        if self.notes:
            data["_notes"] = list(self.notes)
        data.update(schema=SCHEMA, kind=self.kind, title=self.title, source=self.source)
        return data


@dataclass(frozen=True)
class StandardsCatalog(_Header):
    """表5 (major), 表6 (course) or 表7 (teacher: overall and individual sections)."""

    sections: tuple[StandardSection, ...]

    def to_data(self) -> dict[str, Any]:
        return {**self.header_data(), "sections": [s.to_data() for s in self.sections]}


@dataclass(frozen=True)
class StudentType:
    """One type of 表8 with its elements (主要标准要素)."""

    name: str
    elements: tuple[str, ...]

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "elements": list(self.elements)}


@dataclass(frozen=True)
class StudentCatalog(_Header):
    """表8: student development standards."""

    types: tuple[StudentType, ...]

    def to_data(self) -> dict[str, Any]:
        return {**self.header_data(), "types": [t.to_data() for t in self.types]}


@dataclass(frozen=True)
class DiagnosticPoint:
    """诊断点 with its hint (影响因素参考提示) and data-platform references (guidance only)."""

    name: str
    hint: str
    platform_refs: tuple[str, ...]

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "hint": self.hint, "platform_refs": list(self.platform_refs)}


@dataclass(frozen=True)
class DiagnosticElement:
    """诊断要素 such as "2.3 课程质量保证"; carries its item so a flat list stays readable."""

    number: str
    name: str
    item_number: int
    item_name: str
    points: tuple[DiagnosticPoint, ...]

    @property
    def label(self) -> str:
        """ "1.1 质量保证理念", as the report form (附件3) prints it."""
        return f"{self.number} {self.name}"

    def to_data(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "points": [p.to_data() for p in self.points],
        }


@dataclass(frozen=True)
class DiagnosticItem:
    """诊断项目 such as "2 专业质量保证"."""

    number: int
    name: str
    elements: tuple[DiagnosticElement, ...]

    def to_data(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "elements": [e.to_data() for e in self.elements],
        }


@dataclass(frozen=True)
class DiagnosisCatalog(_Header):
    """附件2: diagnostic items → elements → points."""

    table_notes: tuple[str, ...]
    items: tuple[DiagnosticItem, ...]

    def elements(self) -> tuple[DiagnosticElement, ...]:
        """Every element in table order (the rows of the self-diagnosis report)."""
        return tuple(e for item in self.items for e in item.elements)

    def points(self) -> tuple[DiagnosticPoint, ...]:
        return tuple(p for e in self.elements() for p in e.points)

    def to_data(self) -> dict[str, Any]:
        data = self.header_data()
        if self.table_notes:
            data["table_notes"] = list(self.table_notes)
        data["items"] = [i.to_data() for i in self.items]
        return data


Catalog = StandardsCatalog | StudentCatalog | DiagnosisCatalog


def catalog_path(kind: str) -> Path:
    """The shipped file of one catalog kind."""
    return resource("catalogs", f"{_check_kind(kind)}.json")


def load_catalog(kind: str, path: Path | None = None) -> Catalog:
    """Load and validate one catalog; the shipped file unless ``path`` is given.

    Raises :class:`UserError` naming the file and the entry when the file is malformed.
    """
    kind = _check_kind(kind)
    if path is None:
        return _load_shipped(kind)
    return _load(kind, Path(path))


def clear_catalog_cache() -> None:
    """Forget the loaded shipped catalogs (after the files were replaced on disk)."""
    _load_shipped.cache_clear()


def diagnostic_elements(catalog: DiagnosisCatalog | None = None) -> tuple[DiagnosticElement, ...]:
    """The diagnostic elements (1.1 … 5.4 in the shipped table), numbered, in table order.

    The self-diagnosis report (附件3) has one row per element, and the review conclusion
    counts matches per element; both take the list from here rather than counting themselves.
    """
    if catalog is None:
        loaded = load_catalog("diagnosis")
        assert isinstance(loaded, DiagnosisCatalog)
        catalog = loaded
    return catalog.elements()


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError(f"没有“{kind}”这种标准目录；可选：{'、'.join(KINDS)}。")
    return kind


@functools.cache
def _load_shipped(kind: str) -> Catalog:
    # Frozen dataclasses, so one shared copy per process is safe.
    return _load(kind, catalog_path(kind))


def _load(kind: str, path: Path) -> Catalog:
    check = DataFileCheck(path, KIND_LABELS[kind])
    obj = check.mapping(check.read_json(), "整个文件")
    header = _header(check, obj, kind)
    if kind == "student":
        return StudentCatalog(**header, types=_student_types(check, obj))
    if kind == "diagnosis":
        return DiagnosisCatalog(
            **header,
            table_notes=tuple(check.texts(obj.get("table_notes", []), "table_notes（原表注）")),
            items=_diagnostic_items(check, obj),
        )
    return StandardsCatalog(**header, sections=_sections(check, obj))


def _header(check: DataFileCheck, obj: dict[str, Any], kind: str) -> dict[str, Any]:
    schema = obj.get("schema", SCHEMA)
    if schema != SCHEMA:
        check.fail("schema", f"为 {schema!r}，本软件只认识格式 {SCHEMA}（文件可能来自其他版本）")
    if obj.get("kind") != kind:
        check.fail("kind", f"为 {obj.get('kind')!r}，应为 “{kind}”（是否放错了文件？）")
    return {
        "kind": kind,
        "title": check.text(obj.get("title"), "title（标题）"),
        "source": check.text(obj.get("source", ""), "source（出处）", allow_empty=True),
        "about": check.text(obj.get("_about", ""), "_about", allow_empty=True),
        "notes": tuple(check.texts(obj.get("_notes", []), "_notes")),
    }


def _sections(check: DataFileCheck, obj: dict[str, Any]) -> tuple[StandardSection, ...]:
    sections = []
    keys: set[str] = set()
    for i, raw in enumerate(check.items(obj.get("sections"), "sections（部分）"), start=1):
        where = f"第 {i} 部分"
        sec = check.mapping(raw, where)
        key = check.text(sec.get("key"), f"{where}的 key")
        if key in keys:
            check.fail(f"{where}的 key", f"“{key}”与前面的部分重复")
        keys.add(key)
        name = check.text(sec.get("name", ""), f"{where}的 name", allow_empty=True)
        where = f"第 {i} 部分“{name or key}”"
        lists = {
            field: _entries(check, sec.get(field), f"{where}的{label}")
            for field, label in LIST_LABELS.items()
        }
        sections.append(StandardSection(key=key, name=name, **lists))
    return tuple(sections)


def _entries(check: DataFileCheck, raw: Any, where: str) -> tuple[Entry, ...]:
    entries = []
    seen: set[int] = set()
    for i, item in enumerate(check.items(raw, where), start=1):
        at = f"{where}第 {i} 项"
        entry = check.mapping(item, at)
        number = check.number(entry.get("number"), f"{at}的 number（编号）")
        if number in seen:
            check.fail(f"{at}的 number（编号）", f"{number} 与前面的项重复")
        seen.add(number)
        entries.append(Entry(number=number, name=check.text(entry.get("name"), f"{at}的 name")))
    return tuple(entries)


def _student_types(check: DataFileCheck, obj: dict[str, Any]) -> tuple[StudentType, ...]:
    types = []
    for i, raw in enumerate(check.items(obj.get("types"), "types（类型）"), start=1):
        where = f"第 {i} 个类型"
        item = check.mapping(raw, where)
        name = check.text(item.get("name"), f"{where}的 name")
        where = f"类型“{name}”"
        elements = check.texts(
            check.items(item.get("elements"), f"{where}的要素"), f"{where}的要素"
        )
        dup = _first_duplicate(elements)
        if dup is not None:
            check.fail(f"{where}的要素", f"“{dup}”出现了两次")
        types.append(StudentType(name=name, elements=tuple(elements)))
    return tuple(types)


def _diagnostic_items(check: DataFileCheck, obj: dict[str, Any]) -> tuple[DiagnosticItem, ...]:
    items = []
    item_numbers: set[int] = set()
    element_numbers: set[str] = set()
    for i, raw in enumerate(check.items(obj.get("items"), "items（诊断项目）"), start=1):
        where = f"第 {i} 个诊断项目"
        item = check.mapping(raw, where)
        number = check.number(item.get("number"), f"{where}的 number（编号）")
        if number in item_numbers:
            check.fail(f"{where}的 number（编号）", f"{number} 与前面的诊断项目重复")
        item_numbers.add(number)
        name = check.text(item.get("name"), f"{where}的 name")
        where = f"诊断项目 {number}“{name}”"
        elements = []
        for j, raw_el in enumerate(check.items(item.get("elements"), f"{where}的诊断要素"), 1):
            at = f"{where}的第 {j} 个诊断要素"
            el = check.mapping(raw_el, at)
            el_number = check.text(el.get("number"), f"{at}的 number（编号）")
            match = _ELEMENT_NUMBER.match(el_number)
            if not match or int(match.group(1)) != number:
                check.fail(f"{at}的 number（编号）", f"“{el_number}”应形如 {number}.1")
            if el_number in element_numbers:
                check.fail(f"{at}的 number（编号）", f"“{el_number}”与前面的要素重复")
            element_numbers.add(el_number)
            el_name = check.text(el.get("name"), f"{at}的 name")
            at = f"诊断要素 {el_number}“{el_name}”"
            points = tuple(
                _diagnostic_point(check, p, f"{at}的第 {k} 个诊断点")
                for k, p in enumerate(check.items(el.get("points", []), at, allow_empty=True), 1)
            )
            elements.append(
                DiagnosticElement(
                    number=el_number,
                    name=el_name,
                    item_number=number,
                    item_name=name,
                    points=points,
                )
            )
        items.append(DiagnosticItem(number=number, name=name, elements=tuple(elements)))
    return tuple(items)


def _diagnostic_point(check: DataFileCheck, raw: Any, where: str) -> DiagnosticPoint:
    point = check.mapping(raw, where)
    name = check.text(point.get("name"), f"{where}的 name")
    where = f"{where}“{name}”"
    refs = check.texts(
        check.items(point.get("platform_refs", []), f"{where}的 platform_refs", allow_empty=True),
        f"{where}的 platform_refs",
    )
    for ref in refs:
        if not _PLATFORM_REF.match(ref):
            check.fail(f"{where}的 platform_refs", f"“{ref}”不是平台编号（应形如 8.1 或 7）")
    return DiagnosticPoint(
        name=name,
        hint=check.text(point.get("hint", ""), f"{where}的 hint", allow_empty=True),
        platform_refs=tuple(refs),
    )


def _first_duplicate(values: list[str]) -> str | None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None


class DataFileCheck:
    """Type checks that fail with one Chinese sentence naming the file and the entry.

    Shared with the SMART rules file, which a college edits by hand just the same.
    """

    def __init__(self, path: Path, label: str) -> None:
        self.path = path
        self.label = label

    def read_json(self) -> Any:
        """The parsed file, or a :class:`UserError` saying where the syntax breaks."""
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            self.fail("", "文件不存在")
        except (OSError, UnicodeDecodeError) as exc:
            self.fail("", f"无法读取（{exc.__class__.__name__}），文件须为 UTF-8 编码的文本")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail(
                f"第 {exc.lineno} 行第 {exc.colno} 列附近",
                "不是有效的 JSON（检查引号、逗号和括号）",
            )

    def fail(self, where: str, problem: str) -> NoReturn:
        at = f"{where}：" if where else ""
        raise UserError(
            f"{self.label}文件 {self.path} 有误：{at}{problem}。请按出厂文件的格式改正后重试。"
        )

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "应为 {…} 形式的对象")
        return value

    def items(self, value: Any, where: str, *, allow_empty: bool = False) -> list[Any]:
        if value is None:
            self.fail(where, "缺少该项")
        if not isinstance(value, list):
            self.fail(where, "应为 […] 形式的列表")
        if not value and not allow_empty:
            self.fail(where, "列表为空")
        return value

    def text(self, value: Any, where: str, *, allow_empty: bool = False) -> str:
        if value is None:
            self.fail(where, "缺少该项")
        if not isinstance(value, str):
            self.fail(where, "应为文字（用双引号括起）")
        if not value.strip() and not allow_empty:
            self.fail(where, "不能为空")
        return value

    def texts(self, values: Any, where: str) -> list[str]:
        values = self.items(values, where, allow_empty=True)
        sep = " " if where[-1:].isascii() else ""  # "vague_verbs 第 2 条", "…的要素第 2 条"
        return [self.text(v, f"{where}{sep}第 {i} 条") for i, v in enumerate(values, 1)]

    def number(self, value: Any, where: str) -> int:
        if value is None:
            self.fail(where, "缺少该项")
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.fail(where, f"应为正整数，而不是 {json.dumps(value, ensure_ascii=False)}")
        return value
