"""Applying the author rules of :mod:`.registry` to records, on import and on export.

On import, a record from a unit's bundle must be authored by that unit, and so
must the version it replaces (a unit cannot take over another unit's plan by
rewriting its ``unit_id``). The office is the hub: it may relay anyone's record,
but the record must still name the author its rule gives, and that author may
not change. On export, a unit sends only what it authors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import OnePagePlan, Unit
from app.services.errors import UserError
from app.services.sync.registry import NotAuthor, PlanInfo, RecordType, plan_goes_to


class OwnershipContext:
    """The organisation and plans an author rule is checked against (cached per bundle)."""

    def __init__(self, session: Session, *, office_unit_id: str | None) -> None:
        self._session = session
        self._office = office_unit_id
        table = OnePagePlan.__table__
        self._plans: dict[str, PlanInfo] = {
            pid: PlanInfo(unit_id, level)
            for pid, unit_id, level in session.execute(
                select(table.c.id, table.c.unit_id, table.c.level)
            )
        }
        self._batch: dict[str, PlanInfo] = {}
        self._batch_units: list[Mapping[str, Any]] = []
        self._reviewers: dict[str, str | None] = {}
        self._names: dict[str, str] | None = None

    @property
    def office_unit_id(self) -> str | None:
        """The quality office's unit id."""
        return self._office

    def plan(self, plan_id: str) -> PlanInfo | None:
        """A stored plan (whose unit never changes) or one accepted in this bundle."""
        return self._plans.get(plan_id) or self._batch.get(plan_id)

    def plans_going_to(self, unit_id: str) -> list[str]:
        """The stored plans the hub sends to ``unit_id`` (see :func:`plan_goes_to`)."""
        return [pid for pid, plan in self._plans.items() if plan_goes_to(self, plan, unit_id)]

    def add_plan(self, row: Mapping[str, Any]) -> None:
        """A plan accepted from the bundle, so its parts can be checked against it."""
        if row["id"] not in self._plans:
            self._batch[row["id"]] = PlanInfo(row["unit_id"], row["level"])

    def drop_plan(self, plan_id: str) -> None:
        """A plan from the bundle that was refused after all."""
        self._batch.pop(plan_id, None)

    def add_unit(self, row: Mapping[str, Any]) -> None:
        """A unit accepted from the bundle: a new PC learns its organisation from it."""
        self._batch_units.append(row)
        self._reviewers = {k: v for k, v in self._reviewers.items() if v is not None}

    def reviewer(self, level: str) -> str | None:
        """The unit that reviews ``level`` in this PC's organisation.

        On a PC whose organisation is still empty (a new PC reading its enrolment
        file) the units arriving in the same bundle decide, by the same rule.
        """
        if level not in self._reviewers:
            from app.services.plans.workflow import reviewer_unit

            try:
                self._reviewers[level] = reviewer_unit(self._session, level=level).id
            except UserError:
                self._reviewers[level] = self._batch_reviewer(level)
        return self._reviewers[level]

    def _batch_reviewer(self, level: str) -> str | None:
        """:func:`~app.services.plans.workflow.reviewer_unit` over the bundle's units."""
        from app.services.plans.workflow import REVIEWER_NAMES

        live = [u for u in self._batch_units if not u.get("deleted")]
        for name in REVIEWER_NAMES.get(level, ()):
            for unit in live:
                if unit.get("name") == name:
                    return str(unit["id"])
        office = next((u for u in live if u.get("is_quality_office")), None)
        return str(office["id"]) if office else None

    def reviewer_levels(self, unit_id: str) -> list[str]:
        """The plan levels ``unit_id`` reviews."""
        from app.models.plans import PlanLevel

        return [lv.value for lv in PlanLevel if self.reviewer(lv.value) == unit_id]

    def name(self, unit_id: str | None) -> str:
        """A unit's name for messages."""
        if self._names is None:
            self._names = dict(self._session.execute(select(Unit.id, Unit.name)).all())
        return self._names.get(unit_id or "", "未知部门")


def author_of(rtype: RecordType, ctx: OwnershipContext, row: Mapping[str, Any]) -> str | None:
    """Who authors ``row`` by its rule (None if no one could)."""
    try:
        return rtype.rule.author(ctx, row)
    except NotAuthor:
        return None


def check_author(
    rtype: RecordType,
    ctx: OwnershipContext,
    row: Mapping[str, Any],
    local: Mapping[str, Any] | None,
    *,
    origin_unit_id: str,
    origin_is_office: bool,
) -> None:
    """Raise :class:`NotAuthor` (Chinese reason) if the origin may not bring this record."""
    author = rtype.rule.author(ctx, row)
    previous = None
    if local is not None:
        previous = author_of(rtype, ctx, local) or local.get("owner_unit_id")
    if origin_is_office:
        if previous is not None and previous != author:
            raise NotAuthor(f"记录的作者不能从“{ctx.name(previous)}”改为“{ctx.name(author)}”")
        return
    if author != origin_unit_id:
        raise NotAuthor(
            f"这条{rtype.label}只能由“{ctx.name(author)}”编写，"
            f"而同步包来自“{ctx.name(origin_unit_id)}”"
        )
    if previous is not None and previous != origin_unit_id:
        raise NotAuthor(
            f"这条{rtype.label}属于“{ctx.name(previous)}”，“{ctx.name(origin_unit_id)}”无权修改"
        )
