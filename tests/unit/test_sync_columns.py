"""Every organisation record carries identity, owner, version vector, times and tombstones."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.models import Major, Unit
from app.services import org
from app.services.database import Database
from app.services.errors import UserError
from app.services.identity import installation_id


def _office_and_department(db: Database) -> tuple[str, str]:
    with db.session() as s:
        office = org.create(
            s,
            kind="unit",
            values={"name": "质量督导处", "kind": "office", "is_quality_office": True},
        )
        dept = org.create(s, kind="unit", values={"name": "水利工程系", "kind": "academic"})
    return office, dept


def test_new_record_has_uuid_owner_and_first_version(db: Database) -> None:
    """A created record gets a random UUID, the quality office as author and {this PC: 1}."""
    office, dept = _office_and_department(db)
    with db.session() as s:
        unit = s.get(Unit, dept)
        me = installation_id(s)
        assert uuid.UUID(unit.id).version == 4
        assert unit.owner_unit_id == office
        assert unit.version == {me: 1}
        assert unit.created_at is not None and unit.updated_at is not None
        assert unit.deleted is False


def test_edit_bumps_only_this_installations_counter(db: Database) -> None:
    """An edit increments this PC's counter and keeps other PCs' counters as they were."""
    _, dept = _office_and_department(db)
    with db.session() as s:
        unit = s.get(Unit, dept)
        unit.version = {**unit.version, "other-pc": 7}
    with db.session() as s:
        old = org.update(s, kind="unit", record_id=dept, changes={"name": "水利系"})
        assert old == {"name": "水利工程系"}
    with db.session() as s:
        unit = s.get(Unit, dept)
        assert unit.name == "水利系"
        assert unit.version == {installation_id(s): 2, "other-pc": 7}


def test_unchanged_edit_does_not_bump_version(db: Database) -> None:
    """Saving the same value is not a change: sync must not see a new version."""
    _, dept = _office_and_department(db)
    with db.session() as s:
        org.update(s, kind="unit", record_id=dept, changes={"name": "水利工程系"})
        assert s.get(Unit, dept).version == {installation_id(s): 1}


def test_delete_leaves_a_tombstone_and_restore_revives_it(db: Database) -> None:
    """Deleting keeps the row (deleted=True, new version) so the deletion can travel."""
    _, dept = _office_and_department(db)
    with db.session() as s:
        org.set_deleted(s, kind="unit", record_id=dept, deleted=True)
    with db.session() as s:
        unit = s.get(Unit, dept)
        assert unit.deleted is True
        assert unit.version[installation_id(s)] == 2
        assert dept not in [u.id for u in org.units(s)]
        org.set_deleted(s, kind="unit", record_id=dept, deleted=False)
        assert s.get(Unit, dept).version[installation_id(s)] == 3


def test_unit_with_majors_cannot_be_deleted(db: Database) -> None:
    """A department that still has majors is not deleted; the message says why."""
    _, dept = _office_and_department(db)
    with db.session() as s:
        org.create(s, kind="major", values={"name": "水利工程", "unit_id": dept})
    with db.session() as s, pytest.raises(UserError, match="还有 1 个专业"):
        org.set_deleted(s, kind="unit", record_id=dept, deleted=True)


@pytest.mark.parametrize(
    ("kind", "values", "message"),
    [
        ("unit", {"name": "", "kind": "office"}, "部门名称”不能为空"),
        ("unit", {"name": "某处", "kind": "lab"}, "职能部门"),
        ("unit", {"name": "长" * 61, "kind": "office"}, "过长"),
        ("course", {"name": "水力学", "major_id": "no-such-major"}, "不存在"),
        ("class", {"name": "水利2401班", "major_id": None, "grade": "二〇二四"}, "所属专业"),
    ],
)
def test_invalid_values_are_refused_in_chinese(
    db: Database, kind: str, values: dict[str, object], message: str
) -> None:
    """Bad input names the field in Chinese and writes nothing."""
    with db.session() as s, pytest.raises(UserError, match=message):
        org.create(s, kind=kind, values=values)
    with db.session() as s:
        assert s.scalars(select(Major)).all() == []


def test_major_must_belong_to_an_academic_unit(db: Database) -> None:
    """A major under a functional office is refused."""
    office, _ = _office_and_department(db)
    with db.session() as s, pytest.raises(UserError, match="只能隶属于系部"):
        org.create(s, kind="major", values={"name": "水利工程", "unit_id": office})


def test_roles_are_edited_like_other_records(db: Database) -> None:
    """A person's role (部门秘书 …) is a travelling record; the Chinese label is accepted."""
    from app.models import RoleAssignment

    office, dept = _office_and_department(db)
    with db.session() as s:
        person = org.create(
            s, kind="person", values={"name": "王芳", "staff_no": "2001", "unit_id": dept}
        )
        role_id = org.create(
            s, kind="role", values={"person_id": person, "role": "部门秘书", "unit_id": dept}
        )
        role = s.get(RoleAssignment, role_id)
        assert (role.role, role.owner_unit_id) == ("secretary", office)
        with pytest.raises(UserError, match="角色"):
            org.update(s, kind="role", record_id=role_id, changes={"role": "校长"})
