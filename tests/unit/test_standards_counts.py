"""Own-target counts per subject: what the subject list of the standards page shows."""

from __future__ import annotations

import pytest

from app.services.database import Database
from app.services.errors import UserError
from app.services.standards.counts import own_target_counts
from app.services.standards.doc import TargetDoc
from app.services.standards.own import clear_own_target, set_own_target
from app.services.standards.store import save_catalog, seed_catalog
from app.services.standards.targets import TargetValues
from tests.unit.plan_fixtures import small_college


def test_counts_live_own_targets_per_subject_and_year(db: Database) -> None:
    """Two own targets counted, a cleared one not, another year's not; unit level refused."""
    with db.session() as s:
        ids = small_college(s)
        doc = seed_catalog(s, kind="major", year=2025)
        point = doc.points()[0].entry
        doc.set_targets(point.id, [TargetDoc("规划修订", "1", "份", "2025-03-31", "规划")])
        save_catalog(s, doc=doc)
        seed_catalog(s, kind="major", year=2026)
        values = TargetValues("规划修订", "2", "份", "2025-03-31", "规划")
        common = {"subject_level": "major", "subject_id": ids["major"], "point_id": point.id}
        set_own_target(s, year=2025, values=values, base_target_id=point.targets[0].id, **common)
        set_own_target(s, year=2025, values=values, **common)
        extra = set_own_target(s, year=2025, values=values, **common)
        clear_own_target(s, own_target_id=extra)
        assert own_target_counts(s, subject_level="major", year=2025) == {ids["major"]: 2}
        assert own_target_counts(s, subject_level="major", year=2026) == {}
        assert own_target_counts(s, subject_level="course", year=2025) == {}
        with pytest.raises(UserError):
            own_target_counts(s, subject_level="unit", year=2025)
