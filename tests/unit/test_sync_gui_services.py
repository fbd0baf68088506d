"""Service behaviour the sync window relies on: own bundles, cancelling, partial imports, previews.

Real database files on the three simulated PCs of :mod:`tests.unit.sync_fixtures`.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from app.services.errors import UserError
from app.services.progress import NullProgress
from app.services.sync import keys
from app.services.sync.enrol import peek_enrolment
from app.services.sync.importer import (
    CANCELLED,
    IMPORTED,
    REFUSED,
    SKIPPED,
    import_bundles,
)
from app.services.sync.status import peer_status
from app.services.sync.trust import offer_by_fingerprint, write_own_key_file
from tests.unit.sync_fixtures import Trio, jsonl, opened, resign, set_plan


def _folder_of(trio: Trio, *bundles: Path) -> Path:
    folder = trio.root / "stick"
    folder.mkdir(exist_ok=True)
    for bundle in bundles:
        shutil.move(bundle, folder / bundle.name)
    return folder


def test_own_outgoing_bundle_on_the_stick_is_skipped_not_refused(trio: Trio) -> None:
    """The office imports a folder that also holds the bundle it wrote for a unit: no alarm."""
    set_plan(trio, "unit", trio.ids["plan"], leader="系主任")
    folder = _folder_of(trio, trio.export("unit"), trio.export("office", to="unit"))
    with opened(trio.db("office")) as db:
        results = import_bundles(db, sorted(folder.glob("*.zgb")))
    by_result = {r.result: r for r in results}
    assert set(by_result) == {IMPORTED, SKIPPED}
    assert "本机自己导出" in by_result[SKIPPED].reason
    assert not (trio.db("office").parent / "refused").exists()


def test_cancelling_a_folder_import_keeps_what_was_done_and_names_the_rest(trio: Trio) -> None:
    """Cancel after the first file: it stays imported, the second is reported as cancelled."""
    set_plan(trio, "unit", trio.ids["plan"], leader="系主任")
    set_plan(trio, "reviewer", trio.ids["plan"], leader="不会被导入")  # any bundle will do
    folder = _folder_of(trio, trio.export("unit"), trio.export("reviewer"))
    with opened(trio.db("office")) as db:
        results = import_bundles(
            db, sorted(folder.glob("*.zgb")), progress=NullProgress(cancel_after=1)
        )
    assert [r.result for r in results][1:] == [CANCELLED]
    assert results[0].result != CANCELLED and not results[1].ok


def test_records_an_author_may_not_write_offer_a_partial_import(trio: Trio, tmp_path: Path) -> None:
    """A bundle refused only because of some records says so, so the window can offer the rest."""
    set_plan(trio, "unit", trio.ids["plan"], leader="系主任")
    bundle = trio.export("unit")

    def own_unit_row(s: Any) -> dict[str, Any]:
        from app.services.sync.codec import to_wire
        from app.services.sync.registry import record_type

        rtype = record_type("units")
        row = s.execute(rtype.table.select().where(rtype.table.c.id == trio.ids["unit"]))
        return to_wire(rtype.specs, row.mappings().one())

    row = trio.edit("unit", own_unit_row)
    row["name"], row["version"] = "水利工程学院", {**row["version"], "rogue": 9}
    bad = resign(trio, bundle, tmp_path / "bad.zgb", records={"units.jsonl": jsonl([row])})
    with opened(trio.db("office")) as db:
        (result,) = import_bundles(db, [bad])
        assert result.result == REFUSED and result.partial_possible
        (again,) = import_bundles(db, [bad], accept_partial=True)
    assert again.result == "partial" and again.refusals


def test_peer_status_tells_when_a_bundle_was_last_written(trio: Trio) -> None:
    """The unit's page shows when it last sent; the office's table when it last sent back."""
    with opened(trio.db("unit")) as db, db.session() as s:
        assert peer_status(s)[0].last_sent_at is None
    trio.export("unit")
    with opened(trio.db("unit")) as db, db.session() as s:
        (office,) = peer_status(s)
    assert office.last_sent_at is not None and office.sent_sequence == 1


def test_enrolment_preview_names_the_unit_and_the_office_key(trio: Trio) -> None:
    """Before importing, the secretary sees which unit the file sets up and whose key signed it."""
    preview = peek_enrolment(trio.root / "unit.enrol.zgb")
    assert preview.unit_name == "水利工程系" and preview.office_name == "质量督导处"
    with opened(trio.db("office")) as db, db.session() as s:
        office = keys.ensure_key(s, db_path=db.path)
    assert preview.office_fingerprint == office.fingerprint
    with pytest.raises(UserError, match="不是质量督导处签发的注册文件"):
        peek_enrolment(trio.export("unit"))


def test_fingerprint_trust_finds_the_key_in_a_refused_bundle(trio: Trio) -> None:
    """An unknown key's first bundle is kept aside; the typed fingerprint then finds it."""
    with opened(trio.db("unit")) as db, db.session() as s:
        new = keys.create_key(s, db_path=db.path, replace=True)
    bundle = trio.export("unit")
    with opened(trio.db("office")) as db:
        (refused,) = import_bundles(db, [bundle])
        assert refused.result == REFUSED and "未被本机信任" in refused.reason
        assert refused.brief.startswith("同步包签名所用的密钥")  # no file name, for a table
        with pytest.raises(UserError, match="都不一致"):
            offer_by_fingerprint(
                db.path, unit_id=trio.ids["unit"], unit_label="水利工程系", fingerprint="1" * 30
            )
        offer, kept = offer_by_fingerprint(
            db.path, unit_id=trio.ids["unit"], unit_label="水利工程系", fingerprint=new.fingerprint
        )
    assert offer.key_id == new.key_id and len(kept) == 1


def test_own_key_file_reads_back_as_this_unit(trio: Trio, tmp_path: Path) -> None:
    """The key file a unit writes names the unit and carries its key."""
    with opened(trio.db("unit")) as db, db.session() as s:
        info = write_own_key_file(s, db_path=db.path, output=tmp_path / "k.zgkey")
    offer = keys.read_key_file(tmp_path / "k.zgkey")
    assert (offer.unit_name, offer.key_id) == ("水利工程系", info.key_id)


def test_suggested_name_carries_unit_number_and_date(trio: Trio) -> None:
    """The save dialog proposes the name the bundle will have: unit, next number, date."""
    from datetime import date

    from app.services.sync.export import suggested_name

    with opened(trio.db("unit")) as db, db.session() as s:
        name = suggested_name(s, on=date(2025, 3, 5))
    assert name == "水利工程系-至-质量督导处-00001-20250305.zgb"
    trio.export("unit")
    with opened(trio.db("office")) as db, db.session() as s:
        to_unit = suggested_name(s, to_unit_id=trio.ids["unit"], on=date(2025, 3, 6))
    assert to_unit == "质量督导处-至-水利工程系-00002-20250306.zgb"  # No. 1: its enrolment
    with opened(trio.db("unit")) as db, db.session() as s:
        assert "-00002-" in suggested_name(s)


def test_a_new_pc_enrols_from_an_office_with_reviewed_plans(trio: Trio, tmp_path: Path) -> None:
    """Approvals in the enrolment file name their reviewer, whom the new PC learns from the file.

    The new PC's organisation is empty until the file is merged, so the reviewer
    of a major plan (教务科研处) must be found among the units arriving with it.
    """
    from app.services.database import open_database
    from app.services.plans import workflow
    from app.services.sync.enrol import export_enrolment, import_enrolment

    plan = trio.ids["plan"]
    trio.edit("office", lambda s: workflow.submit(s, plan_id=plan, actor="秘书"))
    trio.edit("office", lambda s: workflow.approve(s, plan_id=plan, actor="审核人"))
    enrol = tmp_path / "unit.zge"
    with opened(trio.db("office")) as db:
        export_enrolment(db, unit_id=trio.ids["unit"], output=enrol)
    fresh = open_database(tmp_path / "new" / "zhengai.sqlite3")
    try:
        result = import_enrolment(fresh, path=enrol)
        with fresh.session() as s:
            assert workflow.status_of(s, plan_id=plan) == "approved"
    finally:
        fresh.close()
    assert result.unit_name == "水利工程系" and result.record_count > 0
