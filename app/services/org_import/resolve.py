"""References by natural key -> the ids they will name after import.

A reference may point at a row of the same file (then the row depends on it and
is skipped with it) or at a live record; a key matching nothing, or several
records, is a problem with a hint (a near name, or the 工号 for a typed 姓名).
Courses and roles are matched here, once their parents are known.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from app.models.base import new_uuid
from app.services.org_import.sheets import (
    REF_NOUN,
    SHEET_CLASS,
    SHEET_COURSE,
    SHEET_INSTITUTION,
    SHEET_MAJOR,
    SHEET_PERSON,
    SHEET_ROLE,
    SHEET_UNIT,
    Column,
)

if TYPE_CHECKING:  # plan imports this module
    from app.services.org_import.plan import Item, Plan


def resolve(plan: Plan) -> None:
    """Resolve every good row's references, then match courses and roles."""
    for sheet in (SHEET_INSTITUTION, SHEET_UNIT, SHEET_PERSON, SHEET_MAJOR, SHEET_CLASS):
        for item in plan.items[sheet]:
            _resolve_refs(plan, item)
    for item in plan.items[SHEET_COURSE]:
        _resolve_refs(plan, item)
        _match_course(plan, item)
    for item in plan.items[SHEET_ROLE]:
        _resolve_refs(plan, item)
        _check_role_name(plan, item)
        key = (
            item.values.get("person_id"),
            item.values.get("role"),
            item.values.get("unit_id"),
        )
        if key in plan.role_keys:
            item.existing = key  # already held: nothing to write
    _duplicate_targets(plan, SHEET_COURSE, "课程")
    _duplicate_role_targets(plan)


def _resolve_refs(plan: Plan, item: Item) -> None:
    for col in item.spec.columns:
        if col.field not in item.parsed.values:
            continue
        raw = item.parsed.values[col.field]
        if col.is_ref:
            item.values[col.field] = _ref(plan, item, col, raw)
        elif col.field != "person_name":
            item.values[col.field] = raw


def _ref(plan: Plan, item: Item, col: Column, key: str) -> str | None:
    """The id ``key`` will name after import; records a dependency or a problem."""
    if not key:
        return None
    kind = col.type
    noun = REF_NOUN[kind]
    file_item: Item | None
    if kind == "unit":
        file_item = plan.f_unit.get(key)
        found = plan.unit_by_name.get(key, [])
    elif kind == "person":
        file_item = plan.f_person.get(key)
        found = plan.person_by_no.get(key, [])
    else:
        file_item = plan.f_major_name.get(key) or plan.f_major_code.get(key)
        found = plan.major_by_name.get(key, []) or plan.major_by_code.get(key, [])
    if file_item is not None:
        item.deps.append((col.label, noun, key, file_item))
        return file_item.target_id or None
    if len(found) == 1:
        return cast(str, found[0].id)
    if len(found) > 1:
        item.problem(col.label, f"数据库中有 {len(found)} 个{noun}“{key}”，无法确定是哪一个")
        return None
    item.problem(col.label, _not_found(plan, kind, key))
    return None


def _not_found(plan: Plan, kind: str, key: str) -> str:
    if kind == "person":
        names = [p.staff_no for p in plan.person_by_name.get(key, [])]
        names += [
            i.parsed.values.get("staff_no", "")
            for i in plan.items[SHEET_PERSON]
            if i.parsed.values.get("name") == key
        ]
        hint = (
            f"（“{key}”是姓名？请填写工号：{'、'.join(sorted(set(names))[:5])}）" if names else ""
        )
        return f"找不到工号为“{key}”的人员{hint}"
    if kind == "unit":
        names = [*plan.unit_by_name, *plan.f_unit]
        return f"找不到部门“{key}”{_near(names, key)}"
    names = [*plan.major_by_name, *plan.f_major_name]
    return f"找不到专业“{key}”{_near(names, key)}"


def _near(names: Iterable[str], key: str) -> str:
    near = sorted({n for n in names if key and n and (key in n or n in key)})
    return f"，是否指：{'、'.join(near[:5])}" if near else ""


def _match_course(plan: Plan, item: Item) -> None:
    """A course is the one of its major with the same code, or else the same name."""
    major_id = item.values.get("major_id")
    if not major_id:
        item.target_id = new_uuid()
        return
    candidates = plan.courses_by_major.get(major_id, [])
    code, name = item.values.get("code", ""), item.values["name"]
    found = [c for c in candidates if code and c.code == code]
    if not found:
        found = [c for c in candidates if c.name == name]
    item.match(found, f"该专业下代码为“{code}”或名为“{name}”的课程")


def _duplicate_targets(plan: Plan, sheet: str, noun: str) -> None:
    """Two rows resolving to one existing record (e.g. course by name and by code)."""
    by_target: dict[str, list[Item]] = defaultdict(list)
    for item in plan.items[sheet]:
        if item.bad:
            continue
        if item.existing is not None:
            by_target[item.target_id].append(item)
        elif item.values.get("major_id"):
            for attr in ("code", "name"):
                if item.values.get(attr):
                    key = f"{item.values['major_id']}|{attr}|{item.values[attr]}"
                    by_target[key].append(item)
    for group in by_target.values():
        rows = sorted({i.parsed.row for i in group})
        if len(rows) < 2:
            continue
        for i in group:
            others = "、".join(str(r) for r in rows if r != i.parsed.row)
            i.problem("", f"与第 {others} 行是同一门{noun}")


def _duplicate_role_targets(plan: Plan) -> None:
    """Two rows naming the same role once references are resolved (e.g. 工号 typed twice)."""
    groups: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    for item in plan.items[SHEET_ROLE]:
        if not item.bad:
            key = (item.values["person_id"], item.values["role"], item.values.get("unit_id"))
            groups[key].append(item)
    for group in groups.values():
        if len(group) > 1:
            rows = [i.parsed.row for i in group]
            for i in group:
                others = "、".join(str(r) for r in rows if r != i.parsed.row)
                i.problem("角色", f"与第 {others} 行是同一个角色")


def _check_role_name(plan: Plan, item: Item) -> None:
    """A name next to a 工号 catches typos in the 工号."""
    typed = item.parsed.values.get("person_name")
    staff_no = item.parsed.values.get("person_id")
    if not typed or not staff_no:
        return
    file_person = plan.f_person.get(staff_no)
    if file_person is not None:
        actual = file_person.parsed.values.get("name")
    else:
        found = plan.person_by_no.get(staff_no, [])
        actual = found[0].name if len(found) == 1 else None
    if actual is not None and actual != typed:
        item.problem("姓名", f"工号“{staff_no}”的人员是“{actual}”，不是“{typed}”")
