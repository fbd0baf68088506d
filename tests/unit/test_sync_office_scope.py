"""The office's bundle for a unit carries exactly what the rules send there.

When the quality office writes a unit's bundle it reads only the records of the
plans that go to that unit (found through the plan column's index) instead of
asking each rule about every record of the college. On the sample college, for
reviewers and plain units alike, the bundle must hold exactly the records whose
rule's ``destined_for`` says so: nothing missing, nothing extra.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Installation
from app.services.database import Database, open_database
from app.services.demo import create_demo
from app.services.identity import find_unit, set_office
from app.services.sync import keys
from app.services.sync.export import export_bundle
from app.services.sync.ownership import OwnershipContext
from app.services.sync.registry import record_types


@pytest.fixture(scope="module")
def college(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The sample college at its quality office, with the office's key."""
    db = open_database(tmp_path_factory.mktemp("office") / "zhengai.sqlite3")
    with db.session() as s:
        create_demo(s, today=date(2026, 9, 20))
        set_office(s)
        keys.ensure_key(s, db_path=db.path)
    yield db
    db.close()


def _sent(bundle: Path) -> set[tuple[str, str]]:
    with zipfile.ZipFile(bundle) as zf:
        return {
            (name.removesuffix(".jsonl"), json.loads(line)["id"])
            for name in zf.namelist()
            if name.endswith(".jsonl")
            for line in zf.read(name).decode("utf-8").splitlines()
        }


def _by_the_rules(db: Database, unit_id: str) -> set[tuple[str, str]]:
    with db.session() as s:
        office = s.get(Installation, 1)
        assert office is not None
        ctx = OwnershipContext(s, office_unit_id=office.unit_id)
        return {
            (rtype.name, row["id"])
            for rtype in record_types()
            for row in s.execute(select(rtype.table)).mappings()
            if rtype.rule.destined_for(ctx, row, unit_id)
        }


@pytest.mark.parametrize("name", ["教务科研处", "人事处", "学生工作处", "水利工程系", "保卫处"])
def test_office_bundle_holds_what_the_rules_send(
    college: Database, tmp_path: Path, name: str
) -> None:
    with college.session() as s:
        unit_id = find_unit(s, name).id
    result = export_bundle(college, output=tmp_path, to_unit_id=unit_id, everything=True)
    expected = _by_the_rules(college, unit_id)
    assert _sent(result.path) == expected
    plans = {i for t, i in expected if t == "one_page_plans"}
    assert plans, f"{name} gets plans: its own, or those it reviews"
