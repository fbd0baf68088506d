"""Property: export then import into an empty database reproduces the data exactly.

Hypothesis writes arbitrary (but valid) records straight into the office's
tables — any Unicode text up to each column's length, extreme integers, dates,
times to the microsecond, nested JSON, tombstones, odd version vectors — then
the office writes an enrolment bundle and a brand-new installation imports it.
Every travelling row must come out equal, column by column.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select

from app.services.database import open_database
from app.services.sync.enrol import export_enrolment, import_enrolment
from app.services.sync.registry import record_type, record_types
from tests.unit.sync_fixtures import Trio, opened


def text(n: int, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Any Unicode (control characters and NUL included) up to ``n`` characters."""
    return st.text(min_size=min_size, max_size=n)


ids = st.uuids().map(str)
versions = st.dictionaries(
    st.text(alphabet="0123456789abcdef-", min_size=1, max_size=36),
    st.integers(1, 2**62 - 1),
    min_size=1,
    max_size=4,
)
times = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | text(20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text(8), inner, max_size=4),
    max_leaves=12,
)
big_int = st.integers(-(2**63), 2**63 - 1)


def sync_columns() -> st.SearchStrategy[dict[str, Any]]:
    """The columns every travelling record has (owner filled in by the caller)."""
    return st.fixed_dictionaries(
        {
            "id": ids,
            "version": versions,
            "created_at": times,
            "updated_at": times,
            "deleted": st.booleans(),
        }
    )


@st.composite
def college_data(draw: st.DrawFn, unit: str, office: str) -> dict[str, list[dict[str, Any]]]:
    """People of the unit, and plans of the unit with tasks, snapshots and reviews."""
    people = [
        {
            **draw(sync_columns()),
            "owner_unit_id": office,
            "staff_no": draw(text(20)),
            "name": draw(text(50, min_size=1)),
            "gender": draw(text(2)),
            "unit_id": draw(st.sampled_from([unit, None])),
            "title": draw(text(30)),
            "education": draw(text(30)),
            "is_teacher": draw(st.booleans()),
            "is_dual_qualified": draw(st.booleans()),
            "phone": draw(text(30)),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    plans, tasks, snapshots, reviews = [], [], [], []
    for _ in range(draw(st.integers(0, 3))):
        plan = {
            **draw(sync_columns()),
            "owner_unit_id": unit,
            "level": draw(st.sampled_from(["unit", "major", "course", "teacher", "class"])),
            "subject_id": draw(ids),
            "unit_id": unit,
            "year": draw(big_int),
            "revision": draw(big_int),
            "previous_id": draw(st.none() | ids),
            "leader": draw(text(50)),
            "work_name": draw(text(100)),
            "plan_date": draw(st.none() | st.dates(date(1, 1, 1), date(9999, 12, 31))),
            "objective": draw(text(300)),
        }
        plans.append(plan)
        for _ in range(draw(st.integers(0, 3))):
            tasks.append(
                {
                    **draw(sync_columns()),
                    "owner_unit_id": unit,
                    "plan_id": plan["id"],
                    "position": draw(big_int),
                    "name": draw(text(200)),
                    "target_date": draw(st.none() | st.dates()),
                    "objective_ids": draw(st.lists(ids, max_size=3)),
                    "owners": draw(st.lists(st.lists(text(10), max_size=2), max_size=3)),
                    "planned_months": draw(st.lists(st.integers(1, 12), max_size=12)),
                    "month_states": draw(st.dictionaries(text(2), text(12), max_size=4)),
                }
            )
        if draw(st.booleans()):
            snapshots.append(
                {
                    **draw(sync_columns()),
                    "owner_unit_id": unit,
                    "plan_id": plan["id"],
                    "month": draw(st.integers(1, 12)),
                    "content": draw(st.dictionaries(text(8), json_values, max_size=5)),
                    "fingerprint": draw(text(16)),
                }
            )
        if draw(st.booleans()):
            reviews.append(
                {
                    **draw(sync_columns()),
                    "owner_unit_id": unit,
                    "plan_id": plan["id"],
                    "step": draw(big_int),
                    "action": "submit",
                    "comment": draw(text(200)),
                    "actor": draw(text(50)),
                    "acted_at": draw(times),
                }
            )
    return {
        "people": people,
        "one_page_plans": plans,
        "plan_tasks": tasks,
        "plan_snapshots": snapshots,
        "plan_reviews": reviews,
    }


def snapshot(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every travelling table, rows as stored, sorted by id."""
    with opened(path) as db, db.session() as s:
        return {
            rtype.name: sorted(
                (dict(r) for r in s.execute(select(rtype.table)).mappings()), key=lambda r: r["id"]
            )
            for rtype in record_types()
        }


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty database to copy (migrating takes longer than the test)."""
    path = tmp_path_factory.mktemp("empty") / "zhengai.sqlite3"
    open_database(path).close()
    return path


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_export_then_import_into_an_empty_database_is_exact(
    trio_template: Trio, empty_db: Path, data: st.DataObject
) -> None:
    """Property of issue 5: what the office sends a new unit PC arrives exactly."""
    unit, office = trio_template.ids["unit"], trio_template.ids["office"]
    generated = data.draw(college_data(unit, office))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "office").mkdir()
        (root / "new").mkdir()
        for f in trio_template.db("office").parent.glob("zhengai*"):
            if f.is_file():
                shutil.copy(f, root / "office" / f.name)
        source = root / "office" / "zhengai.sqlite3"
        target = root / "new" / "zhengai.sqlite3"
        shutil.copy(empty_db, target)
        with opened(source) as db, db.session() as s:
            for name, rows in generated.items():
                if rows:
                    s.execute(insert(record_type(name).table), rows)
        with opened(source) as db:
            export_enrolment(db, unit_id=unit, output=root / "enrol.zgb")
        with opened(target) as db:
            import_enrolment(db, path=root / "enrol.zgb")
        assert snapshot(target) == snapshot(source)
