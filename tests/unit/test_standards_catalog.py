"""Editable standards catalogs: seeding from the shipped files, editing, versioning per year."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.standards import CatalogEntry, CatalogTarget, StandardCatalog
from app.services.catalogs import KINDS, load_catalog
from app.services.database import Database
from app.services.errors import UserError
from app.services.identity import set_unit
from app.services.standards import levels as lv
from app.services.standards.doc import CatalogDoc, TargetDoc
from app.services.standards.seed import shipped_from_doc
from app.services.standards.store import (
    catalog_to_show,
    list_catalogs,
    load_catalog_doc,
    save_catalog,
    seed_catalog,
)
from tests.unit.plan_fixtures import small_college


def _content(data: dict) -> dict:
    """A catalog file's content without its transcription notes (not catalog content)."""
    return {k: v for k, v in data.items() if k not in ("_about", "_notes")}


@pytest.fixture
def college(db: Database) -> dict[str, str]:
    with db.session() as s:
        return small_college(s)


@pytest.mark.parametrize("kind", KINDS)
def test_seeded_catalog_is_the_shipped_one_item_by_item(db: Database, kind: str) -> None:
    """First use copies the shipped defaults: every entry, number, hint and reference."""
    with db.session() as s:
        doc = seed_catalog(s, kind=kind, year=2025)
    with db.session() as s:
        stored = load_catalog_doc(s, catalog_id=doc.id)
    assert _content(shipped_from_doc(stored).to_data()) == _content(load_catalog(kind).to_data())


def test_seeding_counts_what_the_files_list(db: Database) -> None:
    """Counts come from the files (表5: 19 points, 附件2: the points the table lists)."""
    with db.session() as s:
        for kind in KINDS:
            seed_catalog(s, kind=kind, year=2025)
        summaries = {c.kind: c for c in list_catalogs(s)}
    diagnosis = load_catalog("diagnosis")
    assert summaries["major"].points == len(load_catalog("major").sections[0].control_points)
    assert summaries["diagnosis"].points == len(diagnosis.points())
    assert all(c.year == 2025 and c.retired == 0 for c in summaries.values())


def test_seed_is_idempotent_and_a_new_year_copies_the_last(db: Database) -> None:
    """Seeding a year twice returns the same catalog; 2026 starts from 2025's edits."""
    with db.session() as s:
        first = seed_catalog(s, kind="major", year=2025)
        again = seed_catalog(s, kind="major", year=2025)
        assert again.id == first.id
        point = first.points()[0].entry
        first.rename(point.id, "专业建设规划（修订）")
        first.set_targets(point.id, [TargetDoc("规划修订完成率", "100", "%", "2025-06-30")])
        save_catalog(s, doc=first)
        nxt = seed_catalog(s, kind="major", year=2026)
    copied = nxt.points()[0].entry
    assert copied.name == "专业建设规划（修订）" and copied.id != point.id
    assert copied.origin_id == point.id and nxt.based_on_id == first.id
    assert (
        copied.targets[0].measure == "规划修订完成率"
        and copied.targets[0].id != point.targets[0].id
    )


def test_editing_round_trip_add_rename_move_retire(db: Database) -> None:
    """Add, rename, reorder and retire, save, and read back exactly what was saved."""
    with db.session() as s:
        doc = seed_catalog(s, kind="course", year=2025)
        section = doc.entries[0]
        added = doc.add_entry(level=lv.CONTROL_POINT, name="  课程思政  ", parent_id=section.id)
        assert added.name == "课程思政" and added.number == str(doc.count(lv.CONTROL_POINT))
        first = section.children_of(lv.CONTROL_POINT)[0]
        doc.move(added.id, index=0)
        assert section.children_of(lv.CONTROL_POINT)[0] is added
        doc.rename(first.id, "课程标准（新版）")
        doc.remove(first.id)
        assert first.retired  # saved before: retired, not dropped
        assert save_catalog(s, doc=doc) is True
        assert save_catalog(s, doc=doc) is False  # nothing changed: no version moves
    with db.session() as s:
        again = load_catalog_doc(s, catalog_id=doc.id)
    assert again == doc
    live = [x.entry.name for x in again.points()]
    assert live[0] == "课程思政" and "课程标准（新版）" not in live


def test_removing_an_unsaved_entry_drops_it_and_undo_puts_it_back(db: Database) -> None:
    """An entry nobody can have seen goes away; every edit returns what undo needs."""
    with db.session() as s:
        doc = seed_catalog(s, kind="diagnosis", year=2025)
    item = doc.entries[1]
    element = doc.add_entry(level=lv.ELEMENT, name="专业群建设", parent_id=item.id)
    assert element.number == f"{item.number}.{len(item.children)}"
    removal = doc.remove(element.id)
    assert not removal.retired and element not in item.children
    doc.undo_remove(removal)
    assert item.children[-1] is element
    old_parent, old_index = doc.move(element.id, index=0)
    doc.move(element.id, index=old_index, parent_id=old_parent)
    assert item.children[-1] is element
    old = doc.edit_entry(element.id, hint="看专业群", platform_refs=["8.1", " "])
    assert element.platform_refs == ["8.1"]
    doc.edit_entry(element.id, **old)
    assert element.hint == "" and element.platform_refs == []


def test_saved_entries_are_retired_never_deleted(db: Database) -> None:
    """Versioning: a saved entry missing from a document is refused; retire restores."""
    with db.session() as s:
        doc = seed_catalog(s, kind="major", year=2025)
        point = doc.points()[3].entry
        removal = doc.remove(point.id)
        assert removal.retired
        doc.undo_remove(removal)
        assert not point.retired
        doc.entries[0].children.remove(point)
        with pytest.raises(UserError, match="只能停用"):
            save_catalog(s, doc=doc)
    with db.session() as s:
        rows = s.scalars(select(CatalogEntry).where(CatalogEntry.catalog_id == doc.id)).all()
        assert not any(r.deleted for r in rows)


def test_retired_entries_stay_behind_and_numbers_close_up_next_year(db: Database) -> None:
    """Retired points are left out of the next year's copy, which renumbers 1, 2, 3 …"""
    with db.session() as s:
        doc = seed_catalog(s, kind="major", year=2025)
        retired = doc.points()[1].entry
        doc.set_retired(retired.id, True)
        save_catalog(s, doc=doc)
        assert [x.entry.number for x in doc.points()][:3] == ["1", "3", "4"]
        nxt = seed_catalog(s, kind="major", year=2026)
    names = [x.entry.name for x in nxt.points()]
    assert retired.name not in names
    assert [x.entry.number for x in nxt.points()] == [str(i) for i in range(1, len(names) + 1)]


def test_nesting_a_point_under_a_standard_is_allowed_but_not_the_reverse() -> None:
    """Levels follow the kind's shape: points may go under a standard, not under a point."""
    from app.services.standards.seed import shipped_doc

    doc = shipped_doc("major", year=2025)
    section = doc.entries[0]
    standard = section.children_of(lv.STANDARD)[1]
    point = section.children_of(lv.CONTROL_POINT)[1]
    doc.move(point.id, index=0, parent_id=standard.id)
    assert standard.children == [point] and point.number == "2"  # same section: same number
    # Tree order: a nested point is listed with its standard, before the loose ones.
    assert doc.points()[0].entry is point and doc.points()[0].ancestor(lv.STANDARD) is standard
    with pytest.raises(UserError, match="下不能添加标准"):
        doc.move(standard.id, index=0, parent_id=doc.points()[1].entry.id)
    with pytest.raises(UserError, match="自己的下级"):
        doc.move(standard.id, index=0, parent_id=point.id)
    with pytest.raises(UserError, match="只有质控点可以设置目标"):
        doc.set_targets(standard.id, [TargetDoc("x")])
    flat = shipped_from_doc(doc).to_data()
    assert [e["name"] for e in flat["sections"][0]["control_points"]][:2] == [
        "专业人才培养方案",
        "专业建设规划",
    ]


def test_targets_are_saved_changed_and_removed(db: Database) -> None:
    """A point's targets: five fields each, in order; removing one tombstones it."""
    with db.session() as s:
        doc = seed_catalog(s, kind="teacher", year=2025)
        point = doc.points(section="individual")[0].entry
        doc.set_targets(
            point.id,
            [
                TargetDoc("师德考核合格率", "100", "%", "每学年末", "师德考核表"),
                TargetDoc("师德失范行为", "0", "起", "2025-12-31", "督导记录"),
            ],
        )
        save_catalog(s, doc=doc)
        old = doc.set_targets(point.id, point.targets[:1])
        assert len(old) == 2
        save_catalog(s, doc=doc)
        rows = s.scalars(select(CatalogTarget).where(CatalogTarget.entry_id == point.id)).all()
    assert sorted(r.deleted for r in rows) == [False, True]
    assert (
        point.targets[0].values.sentence() == "师德考核合格率为100%，每学年末（佐证：师德考核表）"
    )


def test_one_catalog_per_kind_and_year(db: Database) -> None:
    """A second 2025 major catalog is refused, with what to do instead."""
    with db.session() as s:
        seed_catalog(s, kind="major", year=2025)
        other = CatalogDoc(kind="major", year=2025, title="另一份")
        with pytest.raises(UserError, match="已有 2025 年度的专业建设标准"):
            save_catalog(s, doc=other)


def test_a_units_pc_may_not_author_catalogs(db: Database, college: dict) -> None:
    """Catalogs are the quality office's: a unit's PC is told so."""
    with db.session() as s:
        set_unit(s, unit_id=college["dept"])
        with pytest.raises(UserError, match="质量督导处编制"):
            seed_catalog(s, kind="major", year=2025)


def test_catalog_to_show_falls_back_to_the_shipped_file(db: Database) -> None:
    """Without an edited catalog the shipped one is shown; with one, the college's."""
    with db.session() as s:
        assert catalog_to_show(s, kind="student").shipped
        doc = seed_catalog(s, kind="student", year=2024)
        shown = catalog_to_show(s, kind="student")
        assert shown.id == doc.id and not shown.shipped
        assert catalog_to_show(s, kind="student", year=2030).shipped
        catalog_row = s.get(StandardCatalog, doc.id)
        assert catalog_row is not None and catalog_row.owner_unit_id is None  # no office yet
