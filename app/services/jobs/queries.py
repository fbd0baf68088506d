"""College-wide reads of the manuals: every standard's text, SMART and coverage per unit.

These read with a few Core queries instead of loading each manual through the ORM,
because `smart report` and the quality office's overview look at every unit at once
(~3,000 standards) and should stay well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Unit
from app.models.jobs import DutyCategory, JobDescription, WorkItem, WorkStandard
from app.services.jobs.checks import Coverage, coverage
from app.services.jobs.store import load_manual
from app.services.smart import LETTERS, SmartRules, SmartSummary, check_text, load_rules


def work_standard_texts(session: Session, unit_id: str | None = None) -> list[tuple[str, str, str]]:
    """Every live 工作标准 as ``(unit name, post title, text)``, in manual order.

    One unit's when ``unit_id`` is given, else the whole college's (units in
    organisation order). Empty lines are left out. This is what `smart report` checks.
    """
    return [(u, p, t) for u, p, _, t in _standard_rows(session, unit_id)]


def _standard_rows(session: Session, unit_id: str | None) -> list[tuple[str, str, str, str]]:
    """(unit name, post title, work item text, standard text) in manual order."""
    s, i, c, p = (
        WorkStandard.__table__,
        WorkItem.__table__,
        DutyCategory.__table__,
        JobDescription.__table__,
    )
    u = Unit.__table__
    stmt = (
        select(u.c.name, p.c.title, i.c.text, s.c.text)
        .select_from(s)
        .join(i, i.c.id == s.c.work_item_id)
        .join(c, c.c.id == i.c.category_id)
        .join(p, p.c.id == i.c.post_id)
        .join(u, u.c.id == s.c.unit_id)
        .where(
            s.c.deleted.is_(False),
            i.c.deleted.is_(False),
            c.c.deleted.is_(False),
            p.c.deleted.is_(False),
            u.c.deleted.is_(False),
        )
        .order_by(u.c.sort_order, u.c.name, p.c.position, c.c.position, i.c.position, s.c.position)
    )
    if unit_id:
        stmt = stmt.where(s.c.unit_id == unit_id)
    return [(a, b, w, t) for a, b, w, t in session.execute(stmt) if t.strip()]


@dataclass(frozen=True)
class UnitSmart:
    """One unit's SMART summary of its 工作标准."""

    unit_name: str
    summary: SmartSummary


def smart_by_unit(
    session: Session, unit_id: str | None = None, *, rules: SmartRules | None = None
) -> list[UnitSmart]:
    """Per unit, how many standards fail which SMART letter (units without standards left out).

    Relevance is judged against each standard's own work item, as in the editor.
    """
    rules = rules or load_rules()
    order: list[str] = []
    tallies: dict[str, tuple[list[int], dict[str, int]]] = {}
    for unit_name, _post, work, text in _standard_rows(session, unit_id):
        if unit_name not in tallies:
            order.append(unit_name)
            tallies[unit_name] = ([0, 0], dict.fromkeys(LETTERS, 0))
        counts, failures = tallies[unit_name]
        verdict = check_text(text, context=work, rules=rules)
        counts[0] += 1
        counts[1] += verdict.ok
        for letter in verdict.failures:
            failures[letter] += 1
    return [
        UnitSmart(name, SmartSummary(tallies[name][0][0], tallies[name][0][1], tallies[name][1]))
        for name in order
    ]


@dataclass(frozen=True)
class UnitCoverage:
    """One unit's gaps in 部门职责 → 岗位工作."""

    unit_id: str
    unit_name: str
    duty_count: int
    post_count: int
    coverage: Coverage


def coverage_by_unit(session: Session, unit_id: str | None = None) -> list[UnitCoverage]:
    """Coverage of every unit that has a manual (or of one unit, even if empty)."""
    stmt = select(Unit.id).where(Unit.deleted.is_(False)).order_by(Unit.sort_order, Unit.name)
    if unit_id:
        stmt = stmt.where(Unit.id == unit_id)
    result = []
    for uid in session.scalars(stmt):
        doc = load_manual(session, unit_id=uid)
        if not unit_id and not (doc.duties or doc.posts):
            continue
        result.append(
            UnitCoverage(uid, doc.unit_name, len(doc.duties), len(doc.posts), coverage(doc))
        )
    return result
