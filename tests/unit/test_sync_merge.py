"""Merging by version vectors: conflicts kept and resolved, clocks ignored, crashes undone.

Real database files on three simulated PCs (the quality office, 水利工程系 and
its reviewer 教务科研处), real bundle files between them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import OnePagePlan, PlanReview, RecordHistory, SyncConflict
from app.services.errors import UserError
from app.services.plans import workflow
from app.services.plans.store import delete_plan
from app.services.sync import conflicts, importer, merge
from app.services.sync.conflicts import list_conflicts, resolve
from tests.unit.sync_fixtures import Trio, digest, jsonl, plan_row, record_lines, resign, set_plan

CONTENT = ("leader", "work_name", "objective", "deleted", "version")


def same_plan(trio: Trio, plan_id: str, *pcs: str) -> None:
    """The plan row is identical (content and version) on every PC named."""
    rows = [{k: plan_row(trio, pc, plan_id)[k] for k in CONTENT} for pc in pcs]
    assert all(r == rows[0] for r in rows), rows


def open_conflicts(trio: Trio, who: str) -> list[conflicts.ConflictView]:
    """The open conflicts on ``who``'s PC."""
    return trio.edit(who, lambda s: list_conflicts(s))


def test_two_pcs_edit_the_same_field_hard_conflict_resolved_and_converged(trio: Trio) -> None:
    """Office and unit change the same plan's 项目领导: both kept, resolution travels back."""
    plan = trio.ids["plan"]
    set_plan(trio, "office", plan, leader="督导处填写")
    set_plan(trio, "unit", plan, leader="系里填写")
    result = trio.import_("office", trio.export("unit"))
    assert result.counts["one_page_plans"].conflicts == 1
    assert plan_row(trio, "office", plan)["leader"] == "督导处填写"  # local kept
    (conflict,) = open_conflicts(trio, "office")
    assert conflict.severity == "hard" and [d.name for d in conflict.diffs] == ["leader"]
    assert conflict.diffs[0].incoming == "系里填写"  # the other version kept too
    trio.edit("office", lambda s: resolve(s, conflict_id=conflict.id, take="incoming"))
    assert plan_row(trio, "office", plan)["leader"] == "系里填写"
    trio.import_("unit", trio.export("office", to="unit"))
    same_plan(trio, plan, "office", "unit")
    # The reviewer gets the settled version too, and a further round changes nothing.
    trio.import_("reviewer", trio.export("office", to="reviewer"))
    same_plan(trio, plan, "office", "unit", "reviewer")
    again = trio.import_("office", trio.export("unit"))
    assert again.counts["one_page_plans"].total() == 0
    assert open_conflicts(trio, "unit") == [] and open_conflicts(trio, "office") == []


def test_different_fields_make_a_soft_conflict_and_a_merge_converges(trio: Trio) -> None:
    """Different fields changed on each side: a soft conflict (the sent version is the ancestor)."""
    plan = trio.ids["plan"]
    set_plan(trio, "office", plan, objective="督导处改了目标")
    set_plan(trio, "unit", plan, leader="系里改了领导")
    trio.import_("office", trio.export("unit"))
    (conflict,) = open_conflicts(trio, "office")
    assert conflict.severity == "soft"
    changed = {d.name: (d.changed_here, d.changed_there) for d in conflict.diffs}
    assert changed == {"leader": (False, True), "objective": (True, False)}
    trio.edit(
        "office",
        lambda s: resolve(
            s, conflict_id=conflict.id, merge={"leader": "incoming", "objective": "local"}
        ),
    )
    trio.import_("unit", trio.export("office", to="unit"))
    same_plan(trio, plan, "office", "unit")
    row = plan_row(trio, "unit", plan)
    assert (row["leader"], row["objective"]) == ("系里改了领导", "督导处改了目标")


def test_conflict_in_both_directions_closes_on_both_sides(trio: Trio) -> None:
    """Each side imports the other's concurrent edit; one resolution settles both."""
    plan = trio.ids["plan"]
    set_plan(trio, "office", plan, leader="甲")
    set_plan(trio, "unit", plan, leader="乙")
    to_unit = trio.export("office", to="unit")
    trio.import_("office", trio.export("unit"))
    trio.import_("unit", to_unit)
    assert len(open_conflicts(trio, "unit")) == 1
    (conflict,) = open_conflicts(trio, "office")
    trio.edit("office", lambda s: resolve(s, conflict_id=conflict.id, take="local"))
    trio.import_("unit", trio.export("office", to="unit"))
    assert open_conflicts(trio, "unit") == []
    same_plan(trio, plan, "office", "unit")
    assert plan_row(trio, "unit", plan)["leader"] == "甲"


def test_clocks_a_year_apart_change_no_decision(
    trio: Trio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unit's clock is a year behind the office's: the newer *version* still wins."""
    plan = trio.ids["plan"]
    import app.services.records as records

    monkeypatch.setattr(records, "utcnow", lambda: datetime(2027, 6, 1, tzinfo=UTC))
    set_plan(trio, "office", plan, objective="督导处（时钟超前一年）")
    trio.import_("unit", trio.export("office", to="unit"))
    monkeypatch.setattr(records, "utcnow", lambda: datetime(2025, 6, 1, tzinfo=UTC))
    set_plan(trio, "unit", plan, leader="系里（时钟落后一年）")
    assert plan_row(trio, "unit", plan)["updated_at"].year == 2025
    result = trio.import_("office", trio.export("unit"))
    # The unit's edit is older by the clock but newer by version: it replaces the office's.
    assert result.counts["one_page_plans"].updated == 1
    row = plan_row(trio, "office", plan)
    assert (row["leader"], row["objective"]) == ("系里（时钟落后一年）", "督导处（时钟超前一年）")
    assert row["updated_at"].year == 2025
    # And concurrent edits stay a conflict whatever the clocks say.
    monkeypatch.setattr(records, "utcnow", lambda: datetime(2030, 1, 1, tzinfo=UTC))
    set_plan(trio, "unit", plan, leader="未来")
    monkeypatch.setattr(records, "utcnow", lambda: datetime(2001, 1, 1, tzinfo=UTC))
    set_plan(trio, "office", plan, leader="过去")
    trio.import_("office", trio.export("unit"))
    assert len(open_conflicts(trio, "office")) == 1
    assert plan_row(trio, "office", plan)["leader"] == "过去"


@pytest.mark.parametrize("where", ["after-merge", "mid-merge"])
def test_crash_during_import_leaves_the_database_as_it_was(
    trio: Trio, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """An exception injected inside the import's transaction rolls everything back."""
    set_plan(trio, "unit", trio.ids["plan"], leader="王五")
    bundle = trio.export("unit")
    before = digest(trio.db("office"))

    def boom(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("injected")

    if where == "after-merge":
        monkeypatch.setattr(importer, "_fault_point", boom)
    else:
        # Records, history and index already written; conflicts, log, acks not yet.
        monkeypatch.setattr(merge, "_store_conflicts", boom)
    with pytest.raises(UserError, match=r"内部错误.*数据未作任何改动"):
        trio.import_("office", bundle)
    assert digest(trio.db("office")) == before
    monkeypatch.undo()
    assert trio.import_("office", bundle).result == "imported"  # the same file later imports


def test_lost_usb_stick_loses_nothing(trio: Trio) -> None:
    """Bundle 2 is lost; bundle 3 still carries its change (it was never acknowledged)."""
    plan = trio.ids["plan"]
    set_plan(trio, "unit", plan, leader="丢失的修改")
    lost = trio.export("unit")
    set_plan(trio, "unit", trio.ids["plan2"], leader="后来的修改")
    later = trio.export("unit")
    trio.import_("office", later)
    assert plan_row(trio, "office", plan)["leader"] == "丢失的修改"
    assert plan_row(trio, "office", trio.ids["plan2"])["leader"] == "后来的修改"
    assert trio.import_("office", lost).result == "skipped"


def test_acknowledged_changes_are_not_sent_again(trio: Trio) -> None:
    """Once the office's bundle acknowledges the unit's, the unit's next bundle is empty."""
    set_plan(trio, "unit", trio.ids["plan"], leader="王五")
    first = trio.export("unit")
    assert sum(c for c in [len(record_lines(first, "one_page_plans.jsonl"))]) == 1
    trio.import_("office", first)
    second = trio.export("unit")  # not yet acknowledged: sent again (harmless)
    assert len(record_lines(second, "one_page_plans.jsonl")) == 1
    trio.import_("unit", trio.export("office", to="unit"))
    third = trio.export("unit")
    from tests.unit.sync_fixtures import members

    assert "one_page_plans.jsonl" not in members(third)


def test_replaced_version_is_kept_in_history(trio: Trio) -> None:
    """When an incoming version dominates, the local one it replaces stays in history."""
    plan = trio.ids["plan"]
    set_plan(trio, "unit", plan, leader="第一版")
    trio.import_("office", trio.export("unit"))
    set_plan(trio, "unit", plan, leader="第二版")
    trio.import_("office", trio.export("unit"))

    def kept(s: Any) -> list[str]:
        stmt = select(RecordHistory.data).where(RecordHistory.record_id == plan)
        return [d["leader"] for d in s.scalars(stmt)]

    assert {"第一版", "第二版"} <= set(trio.edit("office", kept))
    assert plan_row(trio, "office", plan)["leader"] == "第二版"


def test_deletion_travels_as_a_tombstone(trio: Trio) -> None:
    """A draft deleted on the unit's PC is deleted (kept as a tombstone) at the office."""
    plan = trio.ids["plan2"]
    trio.edit("unit", lambda s: delete_plan(s, plan_id=plan))
    trio.import_("office", trio.export("unit"))
    assert plan_row(trio, "office", plan)["deleted"] is True


def test_plans_are_relayed_to_the_reviewer_and_reviews_back(trio: Trio) -> None:
    """The office relays the unit's plan to 教务科研处 and its approval back; authors kept."""
    plan = trio.ids["plan"]
    trio.edit("unit", lambda s: workflow.submit(s, plan_id=plan, actor="秘书"))
    trio.import_("office", trio.export("unit"))
    trio.import_("reviewer", trio.export("office", to="reviewer"))
    trio.edit("reviewer", lambda s: workflow.approve(s, plan_id=plan, actor="审核人"))
    trio.import_("office", trio.export("reviewer"))
    trio.import_("unit", trio.export("office", to="unit"))
    status = trio.edit("unit", lambda s: workflow.status_of(s, plan_id=plan))
    assert status == "approved"

    def authors(s: Any) -> list[str]:
        stmt = select(PlanReview.owner_unit_id).order_by(PlanReview.step)
        return list(s.scalars(stmt.where(PlanReview.plan_id == plan)))

    assert trio.edit("unit", authors) == [trio.ids["unit"], trio.ids["reviewer"]]


def test_a_unit_cannot_approve_its_own_plan(trio: Trio, tmp_path: Path) -> None:
    """An approval authored by the plan's own unit is refused (only the reviewer may)."""
    plan = trio.ids["plan"]
    trio.edit("unit", lambda s: workflow.submit(s, plan_id=plan))
    bundle = trio.export("unit")
    (review,) = record_lines(bundle, "plan_reviews.jsonl")
    forged = dict(review, id="0" * 8 + review["id"][8:], step=2, action="approve")
    bad = resign(
        trio, bundle, tmp_path / "bad.zgb", records={"plan_reviews.jsonl": jsonl([review, forged])}
    )
    with pytest.raises(UserError, match=r"无权审核|审核记录"):
        trio.import_("office", bad)


def test_a_unit_cannot_take_over_another_units_plan(trio: Trio, tmp_path: Path) -> None:
    """The reviewer rewrites the unit's plan as its own: refused (the author may not change)."""
    plan = trio.ids["plan"]
    trio.import_("reviewer", trio.export("office", to="reviewer"))
    set_plan(trio, "unit", plan, leader="x")  # make sure a plan row exists in the bundle
    rows = record_lines(trio.export("unit"), "one_page_plans.jsonl")
    hijack = dict(rows[0], unit_id=trio.ids["reviewer"], owner_unit_id=trio.ids["reviewer"])
    hijack["version"] = {**hijack["version"], "reviewer-pc": 50}
    base = trio.export("reviewer")
    bad = resign(
        trio,
        base,
        tmp_path / "bad.zgb",
        records={"one_page_plans.jsonl": jsonl([hijack])},
        who="reviewer",
    )
    with pytest.raises(UserError, match="属于“水利工程系”"):
        trio.import_("office", bad)


def test_same_edit_on_both_sides_is_no_conflict(trio: Trio) -> None:
    """Both PCs typed the same value: no conflict; they agree on a version that has seen both."""
    plan = trio.ids["plan"]
    set_plan(trio, "office", plan, leader="同一个人")
    set_plan(trio, "unit", plan, leader="同一个人")
    trio.import_("office", trio.export("unit"))
    assert open_conflicts(trio, "office") == []
    trio.import_("unit", trio.export("office", to="unit"))
    same_plan(trio, plan, "office", "unit")


def test_conflict_rows_keep_both_versions(trio: Trio) -> None:
    """The stored conflict has the local and the incoming data and versions."""
    plan = trio.ids["plan"]
    set_plan(trio, "office", plan, leader="甲")
    set_plan(trio, "unit", plan, leader="乙")
    trio.import_("office", trio.export("unit"))

    def stored(s: Any) -> tuple[str, str, dict[str, int], dict[str, int]]:
        c = s.scalars(select(SyncConflict)).one()
        return (
            c.local_data["leader"],
            c.incoming_data["leader"],
            c.local_version,
            c.incoming_version,
        )

    local, incoming, lv, iv = trio.edit("office", stored)
    assert (local, incoming) == ("甲", "乙") and lv != iv
    assert trio.edit("office", lambda s: s.get(OnePagePlan, plan).version) == lv


def test_deleted_here_edited_there_merges_content_but_never_the_deletion(
    trio: Trio, capsys: pytest.CaptureFixture[str]
) -> None:
    """The office deleted a plan the unit edited. The list says who changed each field and
    suggests a side; a field-by-field merge may not pick the deletion nor the author (the
    other side is adopted whole with --take), so no merge makes a record nobody may write."""
    from app.cli import main

    plan = trio.ids["plan"]
    trio.edit("office", lambda s: delete_plan(s, plan_id=plan))
    set_plan(trio, "unit", plan, leader="系里改了领导")
    trio.import_("office", trio.export("unit"))
    (conflict,) = open_conflicts(trio, "office")
    diffs = {d.name: d for d in conflict.diffs}
    assert set(diffs) == {"deleted", "leader"}
    assert not diffs["deleted"].mergeable and diffs["deleted"].suggested == "local"
    assert diffs["deleted"].changed_by == "本机"
    assert diffs["leader"].mergeable and diffs["leader"].suggested == "incoming"
    assert diffs["leader"].changed_by == "对方"
    assert "owner_unit_id" not in conflicts.mergeable_fields("one_page_plans")
    assert "unit_id" not in conflicts.mergeable_fields("one_page_plans")
    assert "unit_id" in conflicts.mergeable_fields("people")  # a person's unit is content
    before = digest(trio.db("office"))
    for field in ("deleted", "owner_unit_id", "unit_id"):
        with pytest.raises(UserError, match="不能逐项合并"):
            trio.edit(
                "office",
                lambda s, f=field: resolve(s, conflict_id=conflict.id, merge={f: "incoming"}),
            )
    assert digest(trio.db("office")) == before
    assert main(["--db", str(trio.db("office")), "conflicts", "list"]) == 0
    listed = capsys.readouterr().out
    assert "leader：" in listed and "改动方：对方  建议：对方" in listed
    assert "deleted：" in listed and "不能逐项合并" in listed
    trio.edit("office", lambda s: resolve(s, conflict_id=conflict.id, merge={"leader": "incoming"}))
    row = plan_row(trio, "office", plan)
    assert (row["leader"], row["deleted"]) == ("系里改了领导", True)
