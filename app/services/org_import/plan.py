"""Step 2 of importing: what each good row will do, worked out before writing anything.

A :class:`Plan` reads the live organisation once, matches every row to the record
it updates (by natural key: 部门名称, 工号, 专业名称, 班级名称), resolves the
references (:mod:`.resolve`), applies the rules across records (:mod:`.rules`)
and finally marks every row that depends on a bad one, so :func:`validate_org`
can list all problems and :func:`import_org` can skip exactly those rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Course, Institution, Major, Person, RoleAssignment, StudentClass, Unit
from app.models.base import SyncRecord, new_uuid
from app.services.org_import.parse import ParsedOrg, ParsedRow
from app.services.org_import.resolve import resolve
from app.services.org_import.rules import check_rules
from app.services.org_import.sheets import (
    SHEET_CLASS,
    SHEET_INSTITUTION,
    SHEET_MAJOR,
    SHEET_PERSON,
    SHEET_UNIT,
    SHEETS,
    SheetSpec,
)
from app.services.org_import.summary import RowProblem


@dataclass(eq=False)
class Item:
    """A row on its way into the database."""

    spec: SheetSpec
    parsed: ParsedRow
    bad: bool = False  # rejected already, or by validation, or by dependency
    existing: Any = None  # the live record it updates, if any
    target_id: str = ""  # the id it has after import
    values: dict[str, Any] = field(default_factory=dict)  # resolved values to write
    # (column label, noun, key as typed, the row it names): skipped if that row is
    deps: list[tuple[str, str, str, Item]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def problem(self, column: str, message: str) -> None:
        """Record a direct problem; the row will be skipped."""
        self.problems.append(RowProblem(self.spec.name, self.parsed.row, column, message))
        self.bad = True

    def match(self, found: list[Any], what: str) -> None:
        """Update the one live record ``found``, or create a new one; ``what`` names
        the record for the problem when several match, e.g. 名为“教务处”的部门."""
        if len(found) > 1:
            self.problem("", f"数据库中有 {len(found)} 个{what}，无法确定要更新哪一个")
        elif found:
            self.existing = found[0]
            self.target_id = found[0].id
        else:
            self.target_id = new_uuid()


class Plan:
    """Everything :func:`import_org` will do, worked out before writing anything."""

    def __init__(self, session: Session, parsed: ParsedOrg) -> None:
        self.session = session
        self.parsed = parsed
        self.items: dict[str, list[Item]] = {s.name: [] for s in SHEETS}
        self.rejected: dict[str, list[Item]] = {s.name: [] for s in SHEETS}
        for spec in SHEETS:
            for r in parsed.rows.get(spec.name, []):
                self.items[spec.name].append(Item(spec, r))
            for r in parsed.rejected.get(spec.name, []):
                self.rejected[spec.name].append(Item(spec, r, bad=True))
        self._load_db()
        self._index_file()
        self._match()
        resolve(self)
        check_rules(self)
        self._propagate()
        self.office_id = self._office_id()

    def _load_db(self) -> None:
        """The live organisation, once, with the lookups matching needs."""
        s = self.session

        def live(model: type[SyncRecord]) -> list[Any]:
            return list(s.scalars(select(model).where(model.deleted.is_(False))))

        self.db_institution: Institution | None = next(iter(live(Institution)), None)
        self.db_units = live(Unit)
        self.db_people = live(Person)
        self.db_majors = live(Major)
        self.db_courses = live(Course)
        self.db_classes = live(StudentClass)
        self.db_roles = live(RoleAssignment)
        self.unit_by_name = _group(self.db_units, "name")
        self.person_by_no = _group(self.db_people, "staff_no")
        self.person_by_name = _group(self.db_people, "name")
        self.major_by_name = _group(self.db_majors, "name")
        self.major_by_code = _group([m for m in self.db_majors if m.code], "code")
        self.class_by_name = _group(self.db_classes, "name")
        self.courses_by_major: dict[str, list[Course]] = defaultdict(list)
        for c in self.db_courses:
            self.courses_by_major[c.major_id].append(c)
        self.unit_by_id = {u.id: u for u in self.db_units}
        self.role_keys = {(r.person_id, r.role, r.unit_id) for r in self.db_roles}

    def _index_file(self) -> None:
        """Rows by natural key, including rejected ones (a reference to them must fail)."""
        self.f_unit: dict[str, Item] = {}
        self.f_person: dict[str, Item] = {}
        self.f_major_name: dict[str, Item] = {}
        self.f_major_code: dict[str, Item] = {}
        for sheet, index, attr in (
            (SHEET_UNIT, self.f_unit, "name"),
            (SHEET_PERSON, self.f_person, "staff_no"),
            (SHEET_MAJOR, self.f_major_name, "name"),
            (SHEET_MAJOR, self.f_major_code, "code"),
        ):
            for item in [*self.items[sheet], *self.rejected[sheet]]:
                key = item.parsed.values.get(attr)
                if key:
                    index.setdefault(key, item)

    def _match(self) -> None:
        """Which record each row updates; courses and roles wait for their parents."""
        for item in self.items[SHEET_INSTITUTION]:
            item.existing = self.db_institution
            item.target_id = self.db_institution.id if self.db_institution else new_uuid()
        for item in self.items[SHEET_UNIT]:
            key = item.parsed.values["name"]
            item.match(self.unit_by_name.get(key, []), f"名为“{key}”的部门")
        for item in self.items[SHEET_PERSON]:
            key = item.parsed.values["staff_no"]
            item.match(self.person_by_no.get(key, []), f"工号为“{key}”的人员")
        for item in self.items[SHEET_MAJOR]:
            key = item.parsed.values["name"]
            item.match(self.major_by_name.get(key, []), f"名为“{key}”的专业")
        for item in self.items[SHEET_CLASS]:
            key = item.parsed.values["name"]
            item.match(self.class_by_name.get(key, []), f"名为“{key}”的班级")

    def _propagate(self) -> None:
        """Skip what depends on a skipped row, transitively, saying which row it was."""
        dependents: dict[int, list[tuple[Item, str, str, str]]] = defaultdict(list)
        for items in self.items.values():
            for item in items:
                for label, noun, key, dep in item.deps:
                    dependents[id(dep)].append((item, label, noun, key))
        queue = [
            i for group in (*self.items.values(), *self.rejected.values()) for i in group if i.bad
        ]
        while queue:
            dep = queue.pop()
            for item, label, noun, key in dependents.get(id(dep), []):
                if item.bad:
                    continue
                item.problem(
                    label,
                    f"所指的{noun}“{key}”（工作表“{dep.spec.name}”第 {dep.parsed.row} 行）"
                    "有问题不能导入，本行也不能导入",
                )
                queue.append(item)

    def _office_id(self) -> str | None:
        """The quality office after import: owner of every organisation record."""
        for item in self.items[SHEET_UNIT]:
            if not item.bad and item.values.get("is_quality_office"):
                return item.target_id
        leaving = {
            i.target_id
            for i in self.items[SHEET_UNIT]
            if not i.bad and i.values.get("is_quality_office") is False
        }
        for unit in self.db_units:
            if unit.is_quality_office and unit.id not in leaving:
                return cast(str, unit.id)
        return None

    @property
    def problems(self) -> list[RowProblem]:
        """Problems found by matching and resolving (not those of parsing)."""
        out = [p for items in self.items.values() for i in items for p in i.problems]
        return sorted(out, key=RowProblem.sort_key)

    def good(self, sheet: str) -> list[Item]:
        """Rows that will be written (or are already identical)."""
        return [i for i in self.items[sheet] if not i.bad]


def _group(records: Iterable[Any], attr: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for r in records:
        out[getattr(r, attr)].append(r)
    return out


def validate_org(session: Session, parsed: ParsedOrg) -> list[RowProblem]:
    """The problems only the database can reveal, in reading order.

    Unresolvable or ambiguous references, rule breaches (a major under an office, a
    second quality office …) and rows depending on a bad row. ``parsed.problems``
    are *not* repeated: show ``parsed.problems + validate_org(...)``. Writes
    nothing, so the UI can list everything and offer "import only the good rows".
    """
    return Plan(session, parsed).problems
