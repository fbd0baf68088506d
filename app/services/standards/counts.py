"""How many own targets each subject has written for a year (for choosing subjects in a list).

Kept apart from :mod:`app.services.standards.own`, which reads one subject at a time:
a list of 289 courses wants one grouped query, not 289 own standards.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.standards import OwnTarget
from app.services.standards import levels as lv


def own_target_counts(session: Session, *, subject_level: str, year: int) -> dict[str, int]:
    """Subject id → live own targets for ``year``, for every subject of a level that has any."""
    lv.subject_kind(subject_level)  # a Chinese error for a level without own standards
    rows = session.execute(
        select(OwnTarget.subject_id, func.count())
        .where(
            OwnTarget.subject_level == subject_level,
            OwnTarget.year == year,
            OwnTarget.deleted.is_(False),
        )
        .group_by(OwnTarget.subject_id)
    ).all()
    return {subject_id: count for subject_id, count in rows}
