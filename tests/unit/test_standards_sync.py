"""Standards travel: catalogs from the office to the units, own targets from a unit back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.services.errors import UserError
from app.services.standards.doc import TargetDoc
from app.services.standards.own import adopt_college_targets, own_standard, set_own_target
from app.services.standards.store import load_catalog_doc, save_catalog, seed_catalog
from app.services.standards.targets import TargetValues
from app.services.sync.registry import record_type
from tests.unit.sync_fixtures import Trio

YEAR = 2026
CATALOG_TYPES = ("standard_catalogs", "catalog_entries", "catalog_targets")


def _rows(trio: Trio, who: str, types: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """Every record of ``types`` on ``who``'s PC, column by column, sorted by id."""

    def read(s: Any) -> dict[str, list[dict[str, Any]]]:
        return {
            name: sorted(
                (dict(r) for r in s.execute(select(record_type(name).table)).mappings()),
                key=lambda r: r["id"],
            )
            for name in types
        }

    return trio.edit(who, read)


def _office_catalog(trio: Trio) -> dict[str, str]:
    """The office's 2026 major catalog with a target on 专业人才培养方案."""

    def seed(s: Any) -> dict[str, str]:
        doc = seed_catalog(s, kind="major", year=YEAR)
        point = doc.points()[1].entry
        target = TargetDoc("人才培养方案修订", "1", "份", f"{YEAR}-06-30", "人才培养方案")
        doc.set_targets(point.id, [target])
        save_catalog(s, doc=doc)
        return {"catalog": doc.id, "point": point.id, "target": target.id}

    return trio.edit("office", seed)


def _to_unit(trio: Trio) -> None:
    result = trio.import_("unit", trio.export("office", to="unit"))
    assert result.ok, result.describe()


def test_a_catalog_reaches_every_unit_exactly(trio: Trio) -> None:
    """Seeded and edited at the office, it arrives at 水利工程系 column for column."""
    ids = _office_catalog(trio)
    _to_unit(trio)
    assert _rows(trio, "unit", CATALOG_TYPES) == _rows(trio, "office", CATALOG_TYPES)
    unit_doc = trio.edit("unit", lambda s: load_catalog_doc(s, catalog_id=ids["catalog"]))
    assert unit_doc.find(ids["point"]).targets[0].measure == "人才培养方案修订"
    with pytest.raises(UserError, match="质量督导处编制"):
        trio.edit("unit", lambda s: seed_catalog(s, kind="course", year=YEAR))


def test_own_targets_go_from_the_unit_to_the_office_and_its_reviewer(trio: Trio) -> None:
    """水利工程系 writes its major's own standard; the office and 教务科研处 receive it."""
    ids = _office_catalog(trio)
    _to_unit(trio)
    major = trio.ids["major"]

    def write(s: Any) -> None:
        adopt_college_targets(s, subject_level="major", subject_id=major, year=YEAR)
        set_own_target(
            s,
            subject_level="major",
            subject_id=major,
            year=YEAR,
            point_id=ids["point"],
            base_target_id=ids["target"],
            values=TargetValues("人才培养方案修订", "1", "份", f"{YEAR}-04-30", "人才培养方案"),
            note="提前完成",
        )

    trio.edit("unit", write)
    result = trio.import_("office", trio.export("unit"))
    assert result.ok, result.describe()
    assert result.counts["own_targets"].added == 1
    assert _rows(trio, "office", ("own_targets",)) == _rows(trio, "unit", ("own_targets",))
    office_view = trio.edit(
        "office", lambda s: own_standard(s, subject_level="major", subject_id=major, year=YEAR)
    )
    row = next(r for r in office_view.rows if r.point_id == ids["point"])
    assert row.own.deadline == f"{YEAR}-04-30" and row.note == "提前完成"
    # 教务科研处 reviews major plans: the hub sends it the own targets (and the catalog).
    relayed = trio.import_("reviewer", trio.export("office", to="reviewer"))
    assert relayed.ok, relayed.describe()
    assert _rows(trio, "reviewer", ("own_targets",)) == _rows(trio, "unit", ("own_targets",))


def test_a_point_retired_later_keeps_the_units_target(trio: Trio) -> None:
    """The office retires a point a unit has a target on: at the unit it shows as retired,
    with the unit's target unchanged (the catalog never changes under it silently)."""
    ids = _office_catalog(trio)
    _to_unit(trio)
    major = trio.ids["major"]
    kw = {"subject_level": "major", "subject_id": major, "year": YEAR}
    trio.edit("unit", lambda s: adopt_college_targets(s, **kw))
    trio.import_("office", trio.export("unit"))

    def retire(s: Any) -> None:
        doc = load_catalog_doc(s, catalog_id=ids["catalog"])
        assert doc.in_use
        doc.remove(ids["point"])
        save_catalog(s, doc=doc)

    trio.edit("office", retire)
    _to_unit(trio)
    rows = trio.edit("unit", lambda s: own_standard(s, **kw)).rows
    row = next(r for r in rows if r.point_id == ids["point"])
    assert row.point_retired and row.own is not None and row.own.measure == "人才培养方案修订"
