"""Job descriptions travel: a unit's manual reaches the office exactly, edits and deletions too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.services.jobs.store import load_manual, save_manual
from app.services.sync.registry import record_type
from tests.unit.jobs_fixtures import small_manual
from tests.unit.sync_fixtures import Trio

JOB_TYPES = ("unit_duties", "job_descriptions", "job_duty_categories", "job_work_items",
             "job_work_standards")  # fmt: skip


def _rows(trio: Trio, who: str) -> dict[str, list[dict[str, Any]]]:
    """Every job record on ``who``'s PC, column by column, sorted by id."""

    def read(s: Any) -> dict[str, list[dict[str, Any]]]:
        out = {}
        for name in JOB_TYPES:
            table = record_type(name).table
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
            out[name] = sorted(rows, key=lambda r: r["id"])
        return out

    return trio.edit(who, read)


def test_a_units_manual_reaches_the_office_exactly(trio: Trio) -> None:
    """Written on 水利工程系's PC, exported, imported at the office: every column equal."""
    unit_id = trio.ids["unit"]
    trio.edit("unit", lambda s: save_manual(s, doc=small_manual(unit_id, unit_name="水利工程系")))
    result = trio.import_("office", trio.export("unit"))
    assert result.ok, result.describe()
    assert result.counts["job_work_standards"].added == 6
    assert _rows(trio, "office") == _rows(trio, "unit")
    office_doc = trio.edit("office", lambda s: load_manual(s, unit_id=unit_id))
    unit_doc = trio.edit("unit", lambda s: load_manual(s, unit_id=unit_id))
    assert office_doc.to_data() == unit_doc.to_data()


def test_edits_and_deleted_posts_follow(trio: Trio) -> None:
    """A changed standard and a removed post arrive as an update and a tombstone."""
    unit_id = trio.ids["unit"]
    trio.edit("unit", lambda s: save_manual(s, doc=small_manual(unit_id, unit_name="水利工程系")))
    trio.import_("office", trio.export("unit"))

    def edit(s: Any) -> None:
        doc = load_manual(s, unit_id=unit_id)
        doc.posts[0].categories[0].items[0].standards[
            0
        ].text = "每年 12 月 31 日前完成，完成率 100%"
        del doc.posts[1]
        save_manual(s, doc=doc)

    trio.edit("unit", edit)
    result = trio.import_("office", trio.export("unit"))
    assert result.ok, result.describe()
    assert _rows(trio, "office") == _rows(trio, "unit")
    office_doc = trio.edit("office", lambda s: load_manual(s, unit_id=unit_id))
    assert [p.title for p in office_doc.posts] == ["处长"]
    assert office_doc.posts[0].standards()[0][1].text.startswith("每年 12 月 31 日前")


def test_a_manual_goes_only_to_its_own_unit(trio: Trio) -> None:
    """The office relays 水利工程系's manual back to it, never to 教务科研处."""
    unit_id = trio.ids["unit"]
    trio.edit("unit", lambda s: save_manual(s, doc=small_manual(unit_id, unit_name="水利工程系")))
    trio.import_("office", trio.export("unit"))
    trio.import_("reviewer", trio.export("office", to="reviewer"))
    assert all(rows == [] for rows in _rows(trio, "reviewer").values())
