"""Step 3 of importing: write the good rows in the caller's transaction.

New rows go in with bulk inserts (thousands of rows stay well under a second);
changed records are updated and stamped one by one, and an unchanged record is
never stamped, so re-importing an export changes nothing (sync compares version
vectors). Rows with a problem, and rows depending on them, are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from app.models import Course, Institution, Major, Person, RoleAssignment, StudentClass, Unit
from app.models.base import SyncRecord
from app.services.errors import UserError
from app.services.org_import.parse import ParsedOrg
from app.services.org_import.plan import Plan
from app.services.org_import.sheets import (
    SHEET_BY_NAME,
    SHEET_CLASS,
    SHEET_COURSE,
    SHEET_INSTITUTION,
    SHEET_MAJOR,
    SHEET_PERSON,
    SHEET_ROLE,
    SHEET_UNIT,
    SHEETS,
    SheetSpec,
)
from app.services.org_import.summary import ImportSummary, RowProblem, SheetCounts
from app.services.progress import Progress
from app.services.records import new_row_values, stamp

_MODELS: dict[str, type[SyncRecord]] = {
    SHEET_INSTITUTION: Institution,
    SHEET_UNIT: Unit,
    SHEET_PERSON: Person,
    SHEET_MAJOR: Major,
    SHEET_COURSE: Course,
    SHEET_CLASS: StudentClass,
}


def import_org(
    session: Session,
    parsed: ParsedOrg,
    *,
    progress: Progress | None = None,
    skip_bad_rows: bool = True,
) -> ImportSummary:
    """Write the file's good rows in the caller's transaction (the caller commits).

    With ``skip_bad_rows=False`` any problem raises :class:`UserError` before
    anything is written. An exception (including :class:`Cancelled` from
    ``progress``) leaves the rollback to the caller's transaction.
    """
    plan = Plan(session, parsed)
    problems = sorted([*parsed.problems, *plan.problems], key=RowProblem.sort_key)
    if problems and not skip_bad_rows:
        raise UserError(_problem_message(problems))
    counts = {
        s.name: SheetCounts(
            skipped=len(plan.rejected[s.name]) + len(plan.items[s.name]) - len(plan.good(s.name))
        )
        for s in SHEETS
    }
    if progress is not None:
        progress.start(sum(len(plan.good(s.name)) for s in SHEETS), "导入组织机构")
    _Writer(session, plan, counts, progress).run()
    return ImportSummary(counts, problems)


def _problem_message(problems: Sequence[RowProblem], limit: int = 20) -> str:
    lines = [p.describe() for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"……另有 {len(problems) - limit} 处")
    return (
        f"文件中有 {len(problems)} 处问题，未导入任何内容：\n"
        + "\n".join(lines)
        + "\n请修改后重试，或选择只导入无误的行。"
    )


def _defaults(spec: SheetSpec) -> dict[str, Any]:
    """Values for columns a new row does not give (the model's own defaults)."""
    model = _MODELS[spec.name]
    out: dict[str, Any] = {}
    for col in spec.columns:
        if col.is_ref:
            out[col.field] = None
        elif col.type == "int":
            out[col.field] = 0
        elif col.type == "bool":
            default = model.__table__.c[col.field].default  # type: ignore[attr-defined]
            out[col.field] = bool(default.arg) if default is not None else False
        else:
            out[col.field] = ""
    return out


def _is_bool(spec: SheetSpec, name: str) -> bool:
    return any(c.field == name and c.type == "bool" for c in spec.columns)


class _Writer:
    """Inserts and updates in an order the foreign keys accept."""

    def __init__(
        self,
        session: Session,
        plan: Plan,
        counts: dict[str, SheetCounts],
        progress: Progress | None,
    ) -> None:
        self.session = session
        self.plan = plan
        self.counts = counts
        self.progress = progress

    def run(self) -> None:
        """Units before people (heads after both), then majors, courses, classes, roles."""
        self._write(SHEET_INSTITUTION)
        heads = self._write(SHEET_UNIT, defer=("head_id",))
        self._write(SHEET_PERSON)
        self._set_unit_heads(heads)
        for sheet in (SHEET_MAJOR, SHEET_COURSE, SHEET_CLASS):
            self._write(sheet)
        self._write_roles()
        self.session.flush()

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress.advance()

    def _write(self, sheet: str, defer: tuple[str, ...] = ()) -> dict[str, tuple[Any, Any]]:
        """Insert new rows in bulk, update changed ones; returns deferred values by id."""
        spec = SHEET_BY_NAME[sheet]
        model = _MODELS[sheet]
        counts = self.counts[sheet]
        defaults = _defaults(spec)
        deferred: dict[str, tuple[Any, Any]] = {}
        new_rows: list[dict[str, Any]] = []
        for item in self.plan.good(sheet):
            self._tick()
            values = dict(item.values)
            if item.existing is None:
                row = {**defaults, **{k: v for k, v in values.items() if v is not None}}
                row.update(new_row_values(self.session, owner_unit_id=self.plan.office_id))
                row["id"] = item.target_id
                for name in defer:
                    deferred[item.target_id] = (None, row.pop(name))
                new_rows.append(row)
                counts.added += 1
                continue
            record = item.existing
            # An empty 是/否 cell means "leave as is" for an existing record.
            values = {k: v for k, v in values.items() if not (v is None and _is_bool(spec, k))}
            if all(getattr(record, k) == v for k, v in values.items()):
                counts.unchanged += 1
                continue
            for name in defer:
                if name in values:
                    deferred[item.target_id] = (record, values.pop(name))
            for name, value in values.items():
                setattr(record, name, value)
            stamp(self.session, record)
            counts.updated += 1
        self.session.flush()
        if new_rows:
            self.session.execute(insert(model), new_rows)
        return deferred

    def _set_unit_heads(self, heads: dict[str, tuple[Any, Any]]) -> None:
        """Heads point at people, who point at units: set them once both exist."""
        bulk = []
        for unit_id, (record, head_id) in heads.items():
            if record is None:
                if head_id is not None:
                    bulk.append({"id": unit_id, "head_id": head_id})
            else:
                record.head_id = head_id  # already stamped with the unit's other changes
        self.session.flush()
        if bulk:
            self.session.execute(update(Unit), bulk)

    def _write_roles(self) -> None:
        """Roles have no fields to update: a role is either held already or added."""
        counts = self.counts[SHEET_ROLE]
        rows = []
        for item in self.plan.good(SHEET_ROLE):
            self._tick()
            if item.existing is not None:
                counts.unchanged += 1
                continue
            row = {
                "person_id": item.values["person_id"],
                "role": item.values["role"],
                "unit_id": item.values.get("unit_id"),
            }
            row.update(new_row_values(self.session, owner_unit_id=self.plan.office_id))
            rows.append(row)
            counts.added += 1
        if rows:
            self.session.execute(insert(RoleAssignment), rows)
