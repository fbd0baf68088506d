"""Property: what one installation sends, the other stores exactly (issue 5).

Hypothesis writes arbitrary (but valid) records of *every* registered record
type straight into an installation's tables: any Unicode text up to each
column's length (and exactly at it), extreme integers, dates and times to the
microsecond, nested JSON, odd ids, tombstones, odd version vectors. Rows are
generated from the registry's column specs, not written out per type, so a type
registered later is covered without touching this file; only what the specs
cannot say is declared here: which unit authors a row (per ownership *rule*
class) and the values a type's extra ``check`` allows.

Two paths are checked, and every travelling row must come out equal, column by
column (JSON compared by its canonical text, so ``true`` never passes for ``1``):

- enrolment: the office writes an enrolment file and a brand-new PC imports it;
- normal bundles: the office sends the unit what it needs (``export_bundle`` to
  the unit), then the unit adds and edits what it authors and sends it back.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from app.models.org import ROLE_LABELS, UnitKind
from app.models.plans import PlanLevel, ReviewAction
from app.services.catalogs import KINDS as STANDARD_KINDS
from app.services.database import open_database
from app.services.standards.levels import LEVELS as ENTRY_LEVELS
from app.services.standards.levels import SUBJECT_KINDS
from app.services.sync.codec import ColumnSpec, from_wire, normalised, to_wire
from app.services.sync.enrol import export_enrolment, import_enrolment
from app.services.sync.importer import IMPORTED
from app.services.sync.registry import (
    AuthorRule,
    OfficeAuthored,
    PlanAuthored,
    PlanPartAuthored,
    RecordType,
    ReviewAuthored,
    SubjectTargetAuthored,
    UnitAuthored,
    record_type,
    record_types,
)
from tests.unit.sync_fixtures import Trio, copy_trio, opened

Row = dict[str, Any]
Tables = dict[str, list[Row]]

# -- values, by column kind ------------------------------------------------------------------
ID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-"
#: Record ids: UUIDs as the app makes them, and anything else the codec accepts.
ids = st.uuids().map(str) | st.text(alphabet=ID_CHARS, min_size=1, max_size=36)
versions = st.dictionaries(
    st.text(alphabet=ID_CHARS, min_size=1, max_size=36),
    st.integers(1, 2**62 - 1),
    min_size=1,
    max_size=4,
)
times = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59))
days = st.dates(date(1, 1, 1), date(9999, 12, 31))
big_int = st.integers(-(2**63), 2**63 - 1)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=6,
)


def text(limit: int) -> st.SearchStrategy[str]:
    """Any Unicode (control characters and NUL included) up to ``limit``, or exactly ``limit``.

    Long free texts are drawn short (drawing 20 000 characters one by one is slow);
    the full-length case is one character repeated, which is cheap and still hits the
    codec's length bound exactly.
    """
    short = st.text(max_size=min(limit, 24))
    return short | st.characters(codec="utf-8").map(lambda c: c * limit)


def _json(spec: ColumnSpec) -> st.SearchStrategy[Any]:
    # A NOT NULL JSON column holds a JSON value; a top-level JSON ``null`` would be
    # stored as the text 'null' by SQLAlchemy but is refused by the codec as a missing
    # value (see test_json_null_in_a_required_json_column_travels).
    return json_values.filter(lambda v: v is not None) if not spec.nullable else json_values


#: One strategy per column kind of :class:`~app.services.sync.codec.ColumnSpec`. A kind
#: missing here fails test_every_registered_type_has_a_generator.
KIND_VALUES: dict[str, Callable[[ColumnSpec], st.SearchStrategy[Any]]] = {
    "str": lambda spec: text(spec.max_len),
    "text": lambda spec: text(spec.max_len),
    "int": lambda spec: big_int,
    "bool": lambda spec: st.booleans(),
    "date": lambda spec: days,
    "datetime": lambda spec: times,
    "json": _json,
}

#: Columns a type's extra ``check`` limits to a set of values (the specs cannot say so).
CHOICES: dict[tuple[str, str], tuple[Any, ...]] = {
    ("units", "kind"): tuple(k.value for k in UnitKind),
    # A college has one quality office; a second one would make "the reviewer of a
    # level" depend on the order of units in the bundle.
    ("units", "is_quality_office"): (False,),
    ("role_assignments", "role"): tuple(ROLE_LABELS),
    ("one_page_plans", "level"): tuple(lv.value for lv in PlanLevel),
    ("plan_reviews", "action"): tuple(a.value for a in ReviewAction),
    ("standard_catalogs", "kind"): tuple(STANDARD_KINDS),
    ("catalog_entries", "level"): tuple(ENTRY_LEVELS),
    ("own_targets", "subject_level"): tuple(SUBJECT_KINDS),
}


# -- the organisation rows are generated into ----------------------------------------------
@dataclass
class World:
    """What generated rows may point at and whose they must be.

    ``ids`` holds the ids stored (or generated so far) per type, which a foreign key
    may reference; ``plans`` each plan's (unit, level), which decide the author of a
    plan's parts and reviews.
    """

    office: str
    unit: str
    reviewer_of: dict[str, str]
    ids: dict[str, list[str]] = field(default_factory=dict)
    plans: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, tables: Tables, *, office: str, unit: str, reviewer_of: dict[str, str]) -> World:
        """The world of an installation whose travelling rows are ``tables``."""
        world = cls(office, unit, reviewer_of)
        for name, rows in tables.items():
            for row in rows:
                world.add(record_type(name), row)
        return world

    def add(self, rtype: RecordType, row: Row) -> None:
        """``row`` exists now: it may be referenced (and, if a plan, owns its parts)."""
        self.ids.setdefault(rtype.name, []).append(row["id"])
        if isinstance(rtype.rule, PlanAuthored):
            self.plans[row["id"]] = (row["unit_id"], row["level"])


#: Per ownership rule: the columns that make ``row`` the destination would accept from
#: the office for the unit (its owner, and the unit a unit's own record belongs to).
#: ``owner_unit_id`` is then the row's author. A rule missing here fails
#: test_every_registered_type_has_a_generator.
OWNERS: dict[type[AuthorRule], Callable[[World, Row], Row]] = {
    OfficeAuthored: lambda w, row: {"owner_unit_id": w.office},
    PlanAuthored: lambda w, row: {"unit_id": w.unit, "owner_unit_id": w.unit},
    PlanPartAuthored: lambda w, row: {"owner_unit_id": w.plans[row["plan_id"]][0]},
    ReviewAuthored: lambda w, row: {
        "owner_unit_id": w.plans[row["plan_id"]][0]
        if row["action"] == ReviewAction.SUBMIT
        else w.reviewer_of[w.plans[row["plan_id"]][1]]
    },
    UnitAuthored: lambda w, row: {"unit_id": w.unit, "owner_unit_id": w.unit},
    SubjectTargetAuthored: lambda w, row: {"unit_id": w.unit, "owner_unit_id": w.unit},
}


def references(rtype: RecordType) -> dict[str, str]:
    """Foreign-key columns of ``rtype`` and the travelling type each points at."""
    out = {}
    for col in rtype.table.columns:
        for fk in col.foreign_keys:
            out[col.name] = next(
                t.name for t in record_types() if t.table.name == fk.column.table.name
            )
    return out


def dominating(draw: st.DrawFn, old: dict[str, int]) -> dict[str, int]:
    """A version vector strictly newer than ``old`` (an edit made after seeing it)."""
    new = {k: min(v + draw(st.integers(0, 3)), 2**62 - 1) for k, v in old.items()}
    key = draw(st.text(alphabet=ID_CHARS, min_size=1, max_size=36).filter(lambda k: k not in old))
    new[key] = draw(st.integers(1, 2**62 - 1))
    return new


def draw_row(
    draw: st.DrawFn, rtype: RecordType, world: World, keep: Row | None = None
) -> Row | None:
    """A valid row of ``rtype`` from its column specs (None: nothing it could point at).

    ``keep``: an edit of that stored row: its id, references, owner and the values a
    check restricts stay; everything else (content, times, tombstone) is drawn anew
    and the version dominates the old one.
    """
    refs = references(rtype)
    taken = set(world.ids.get(rtype.name, ()))
    row: Row = {}
    for spec in rtype.specs:
        key = (rtype.name, spec.name)
        if keep is not None and (spec.name in refs or key in CHOICES or spec.name == "id"):
            row[spec.name] = keep[spec.name]
        elif spec.name == "id":
            row["id"] = draw(ids.filter(lambda i: i not in taken))
        elif spec.name == "version":
            row["version"] = dominating(draw, keep["version"]) if keep else draw(versions)
        elif spec.name in refs:
            targets = world.ids.get(refs[spec.name], [])
            if not targets and not spec.nullable:
                return None
            choice = st.sampled_from(targets) if targets else st.none()
            row[spec.name] = draw(choice | st.none() if spec.nullable else choice)
        elif key in CHOICES:
            row[spec.name] = draw(st.sampled_from(CHOICES[key]))
        else:
            value = KIND_VALUES[spec.kind](spec)
            row[spec.name] = draw(value | st.none() if spec.nullable else value)
    row.update(OWNERS[type(rtype.rule)](world, row))
    if keep is not None:
        assert row["owner_unit_id"] == keep["owner_unit_id"]
    return row


@st.composite
def college(draw: st.DrawFn, world: World, *, sender: str, new: range) -> Tables:
    """New rows of every type (``new`` of each) that ``sender`` authors or relays.

    From the office (the hub) every row is for the unit; from the unit only what the
    unit itself authors. Types are drawn parents first, so children point at rows
    that exist or travel with them.
    """
    out: Tables = {}
    for rtype in record_types():
        rows = out.setdefault(rtype.name, [])
        for _ in range(draw(st.integers(new.start, new.stop - 1))):
            row = draw_row(draw, rtype, world)
            if row is None or (sender != world.office and row["owner_unit_id"] != sender):
                continue
            world.add(rtype, row)
            rows.append(row)
    return out


@st.composite
def edits(draw: st.DrawFn, world: World, stored: Tables, *, by: str) -> Tables:
    """New versions of some stored rows that ``by`` authors."""
    out: Tables = {}
    for rtype in record_types():
        mine = [r for r in stored.get(rtype.name, []) if r["owner_unit_id"] == by]
        if not mine or isinstance(rtype.rule, OfficeAuthored):
            continue
        chosen = draw(st.lists(st.sampled_from(mine), max_size=2, unique_by=lambda r: r["id"]))
        out[rtype.name] = [r for r in (draw_row(draw, rtype, world, keep=r) for r in chosen) if r]
    return out


# -- databases ---------------------------------------------------------------------------------
def snapshot(path: Path) -> Tables:
    """Every travelling table, rows as stored, sorted by id."""
    with opened(path) as db, db.session() as s:
        return {
            rtype.name: sorted(
                (dict(r) for r in s.execute(select(rtype.table)).mappings()), key=lambda r: r["id"]
            )
            for rtype in record_types()
        }


def write(path: Path, added: Tables, edited: Tables | None = None) -> None:
    """Store rows as a program writing them would (parents first), in one transaction."""
    with opened(path) as db, db.session() as s:
        for rtype in record_types():
            if added.get(rtype.name):
                s.execute(insert(rtype.table), added[rtype.name])
            for row in (edited or {}).get(rtype.name, []):
                table = rtype.table
                s.execute(update(table).where(table.c.id == row["id"]).values(row))


def _comparable(spec: ColumnSpec, value: Any) -> Any:
    """A stored value for comparing: JSON by canonical text (``1.0``, ``1``, ``true`` differ)."""
    if spec.kind == "json":
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return (type(value).__name__, value)


def assert_same(actual: Tables, expected: Tables) -> None:
    """Every row of ``expected`` in ``actual`` and nothing else, column by column."""
    problems: list[str] = []
    for rtype in record_types():
        have = {r["id"]: r for r in actual[rtype.name]}
        want = {r["id"]: r for r in expected[rtype.name]}
        problems += [f"{rtype.name} {i!r}: missing" for i in sorted(want.keys() - have.keys())]
        problems += [f"{rtype.name} {i!r}: unexpected" for i in sorted(have.keys() - want.keys())]
        for record_id in sorted(want.keys() & have.keys()):
            for spec in rtype.specs:
                a, b = have[record_id][spec.name], want[record_id][spec.name]
                if _comparable(spec, a) != _comparable(spec, b):
                    problems.append(f"{rtype.name}.{spec.name} of {record_id!r}: {a!r} != {b!r}")
    assert not problems, "\n".join(problems[:20])


def fresh_copy(template: Trio, root: Path) -> Trio:
    """A private copy of the three installations."""
    return copy_trio(template, root / "pcs")


@dataclass(frozen=True)
class Prepared:
    """Built once per module: the trio's rows and a migrated empty database to copy."""

    tables: Tables
    reviewer_of: dict[str, str]
    empty_db: Path

    def world(self, trio: Trio) -> World:
        """The organisation as the office stores it (a fresh copy for each example)."""
        return World.of(
            self.tables,
            office=trio.ids["office"],
            unit=trio.ids["unit"],
            reviewer_of=self.reviewer_of,
        )


@pytest.fixture(scope="module")
def prepared(trio_template: Trio, tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """What every example starts from (migrating takes longer than an example)."""
    from app.services.plans.workflow import reviewer_unit

    empty = tmp_path_factory.mktemp("empty") / "zhengai.sqlite3"
    open_database(empty).close()
    tables = snapshot(trio_template.db("office"))
    # The organisation is the same on both PCs before anything is generated.
    assert_same(snapshot(trio_template.db("unit")), tables)
    with opened(trio_template.db("office")) as db, db.session() as s:
        reviewer_of = {lv.value: reviewer_unit(s, level=lv.value).id for lv in PlanLevel}
    return Prepared(tables, reviewer_of, empty)


EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)


def assert_every_type(tables: Tables) -> None:
    """The example really has rows of every registered type (no type silently skipped)."""
    empty = [rtype.name for rtype in record_types() if not tables.get(rtype.name)]
    assert not empty, f"no rows generated for {empty}: the generator cannot reach them"


# -- the generator itself ------------------------------------------------------------------------
def _fake_world() -> World:
    """A world with one stored row of every type to point at (no database needed)."""
    world = World("office-id", "unit-id", {lv.value: "reviewer-id" for lv in PlanLevel})
    for rtype in record_types():
        world.ids[rtype.name] = [f"{rtype.name[:20]}-1"]
    for level in PlanLevel:
        world.plans[f"plan-{level.value}"] = ("unit-id", level.value)
    world.ids["one_page_plans"] = list(world.plans)
    return world


@st.composite
def one_row(draw: st.DrawFn, rtype: RecordType, world: World) -> Row | None:
    """A single row of ``rtype`` (the strategy form of :func:`draw_row`)."""
    return draw_row(draw, rtype, world)


@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_every_registered_type_has_a_generator(data: st.DataObject) -> None:
    """Each registered type gets rows its codec and check accept, owned as its rule says.

    Fails for a type added later whose column kind, author rule or checked values this
    file does not know yet: that is the moment to teach it here.
    """
    assert record_types(), "the registry is empty"
    for rtype in record_types():
        unknown = {s.kind for s in rtype.specs} - KIND_VALUES.keys()
        assert not unknown, f"{rtype.name}: no generator for column kind(s) {unknown}"
        assert type(rtype.rule) in OWNERS, f"{rtype.name}: no owner for {type(rtype.rule)}"
        row = data.draw(one_row(rtype, _fake_world()))
        assert row is not None, f"{rtype.name}: nothing to point at"
        if rtype.check is not None:
            rtype.check(row)  # a check-restricted column not listed in CHOICES fails here
        wire = json.loads(json.dumps(to_wire(rtype.specs, row)))
        back = from_wire(rtype.specs, wire, type_name=rtype.name, line=1)
        assert back == normalised(rtype.specs, row)


# -- path (a): enrolment -------------------------------------------------------------------------
@EXAMPLES
@given(data=st.data())
def test_enrolment_into_an_empty_database_is_exact(
    trio_template: Trio, prepared: Prepared, data: st.DataObject
) -> None:
    """What the office sends a new unit PC in its enrolment file arrives exactly."""
    with tempfile.TemporaryDirectory() as tmp:
        trio = fresh_copy(trio_template, Path(tmp))
        world = prepared.world(trio)
        generated = data.draw(college(world, sender=trio.ids["office"], new=range(1, 3)))
        assert_every_type(generated)
        write(trio.db("office"), generated)
        target = Path(tmp) / "new" / "zhengai.sqlite3"
        target.parent.mkdir()
        shutil.copy(prepared.empty_db, target)
        with opened(trio.db("office")) as db:
            export_enrolment(db, unit_id=trio.ids["unit"], output=Path(tmp) / "enrol.zgb")
        with opened(target) as db:
            import_enrolment(db, path=Path(tmp) / "enrol.zgb")
        assert_same(snapshot(target), snapshot(trio.db("office")))


# -- path (b): ordinary bundles, both ways ---------------------------------------------------------
@EXAMPLES
@given(data=st.data())
def test_bundles_between_office_and_unit_are_exact(
    trio_template: Trio, prepared: Prepared, data: st.DataObject
) -> None:
    """Office → unit (everything the unit gets), then unit → office (what it authors, new
    and edited): after each import both PCs hold the same rows, column by column."""
    with tempfile.TemporaryDirectory() as tmp:
        trio = fresh_copy(trio_template, Path(tmp))
        office, unit = trio.ids["office"], trio.ids["unit"]
        world = prepared.world(trio)
        from_office = data.draw(college(world, sender=office, new=range(1, 2)))
        assert_every_type(from_office)
        write(trio.db("office"), from_office)
        result = trio.import_("unit", trio.export("office", to="unit"))
        assert result.result == IMPORTED and not result.refusals
        assert_same(snapshot(trio.db("unit")), snapshot(trio.db("office")))

        stored = snapshot(trio.db("unit"))
        from_unit = data.draw(college(world, sender=unit, new=range(0, 2)))
        edited = data.draw(edits(world, stored, by=unit))
        write(trio.db("unit"), from_unit, edited)
        result = trio.import_("office", trio.export("unit"))
        assert result.result == IMPORTED and not result.refusals
        assert_same(snapshot(trio.db("office")), snapshot(trio.db("unit")))
