"""Helpers for the sync tests: three installations on disk, bundles, tampering, hashes.

The trio (the quality office, 水利工程系 and its reviewer 教务科研处, each its own
database file in its own folder) is built once per test session with the real
services (enrolment, key files, fingerprint trust) and copied for each test.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import OnePagePlan
from app.services.database import Database, open_database
from app.services.sync import keys
from app.services.sync.bundle_format import MANIFEST, SIGNATURE, SIGNED_PREFIX, signature_bytes
from app.services.sync.enrol import export_enrolment, import_enrolment
from app.services.sync.export import ExportResult, export_bundle
from app.services.sync.importer import BundleResult, import_bundle
from app.services.sync.trust import add_trust

NAMES = {"office": "质量督导处", "unit": "水利工程系", "reviewer": "教务科研处"}


@contextmanager
def opened(path: Path) -> Iterator[Database]:
    """Open a PC's database for one step, and close it (checkpointing the WAL)."""
    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


def digest(path: Path) -> str:
    """SHA-256 of a closed database file: "byte-for-byte unchanged"."""
    assert not path.with_name(path.name + "-wal").exists() or (
        path.with_name(path.name + "-wal").stat().st_size == 0
    )
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Trio:
    """Three installations under ``root``: office, unit (水利工程系), reviewer (教务科研处)."""

    root: Path
    ids: dict[str, str]

    def db(self, who: str) -> Path:
        """Database file of ``who``."""
        return self.root / who / "zhengai.sqlite3"

    def export(self, who: str, *, to: str | None = None, everything: bool = False) -> Path:
        """A bundle from ``who`` (to the office, or from the office to unit ``to``)."""
        with opened(self.db(who)) as db:
            result: ExportResult = export_bundle(
                db,
                output=self.root / "usb",
                to_unit_id=self.ids[to] if to else None,
                everything=everything,
            )
        return result.path

    def import_(self, who: str, bundle: Path, **kwargs: Any) -> BundleResult:
        """Import ``bundle`` into ``who``."""
        with opened(self.db(who)) as db:
            return import_bundle(db, bundle, **kwargs)

    def edit(self, who: str, change: Callable[[Any], Any]) -> Any:
        """Run ``change(session)`` in one transaction on ``who``'s database."""
        with opened(self.db(who)) as db, db.session() as session:
            return change(session)


def build_office(path: Path) -> dict[str, str]:
    """The office's database: a small college and two draft major plans of 水利工程系."""
    from app.services import org
    from app.services.identity import set_office
    from app.services.plans.store import save_plan
    from tests.unit.plan_fixtures import complete_plan

    with opened(path) as db, db.session() as s:
        ids = {
            "office": org.create(
                s,
                kind="unit",
                values={"name": "质量督导处", "kind": "office", "is_quality_office": True},
            ),
            "reviewer": org.create(s, kind="unit", values={"name": "教务科研处", "kind": "office"}),
            "unit": org.create(s, kind="unit", values={"name": "水利工程系", "kind": "academic"}),
        }
        ids["dept"] = ids["unit"]
        ids["academic_affairs"] = ids["reviewer"]
        ids["major"] = org.create(
            s, kind="major", values={"name": "水利工程", "unit_id": ids["unit"]}
        )
        ids["major2"] = org.create(
            s, kind="major", values={"name": "水电站运行", "unit_id": ids["unit"]}
        )
        ids["zhang"] = org.create(
            s, kind="person", values={"name": "张伟", "staff_no": "1001", "unit_id": ids["unit"]}
        )
        ids["li"] = org.create(
            s, kind="person", values={"name": "李娜", "staff_no": "1002", "unit_id": ids["unit"]}
        )
        set_office(s)
        first = complete_plan(s, ids)
        save_plan(s, doc=first)
        second = complete_plan(s, {**ids, "major": ids["major2"]})
        save_plan(s, doc=second)
        ids["plan"], ids["plan2"] = first.id, second.id
    return ids


def build_trio(root: Path) -> Trio:
    """Office, unit and reviewer: enrolled, and the office trusts both units' keys."""
    for who in NAMES:
        (root / who).mkdir(parents=True)
    trio = Trio(root, build_office(root / "office" / "zhengai.sqlite3"))
    for who in ("unit", "reviewer"):
        enrol_file = root / f"{who}.enrol.zgb"
        with opened(trio.db("office")) as db:
            export_enrolment(db, unit_id=trio.ids[who], output=enrol_file)
        with opened(trio.db(who)) as db:
            import_enrolment(db, path=enrol_file)
        with opened(trio.db(who)) as db, db.session() as s:
            from app.services.sync.peers import me

            info, key = keys.signing_key(s, db_path=db.path)
            keys.write_key_file(
                root / f"{who}.key",
                key=key,
                unit_id=trio.ids[who],
                unit_name=NAMES[who],
                installation_id=me(s).installation_id,
            )
            fingerprint = info.fingerprint
        offer = keys.read_key_file(root / f"{who}.key")
        with opened(trio.db("office")) as db, db.session() as s:
            add_trust(s, offer, method="fingerprint", typed_fingerprint=fingerprint)
    (root / "usb").mkdir()
    return trio


def copy_trio(template: Trio, root: Path) -> Trio:
    """A private copy of a built trio (databases and key files)."""
    shutil.copytree(template.root, root)
    return Trio(root, dict(template.ids))


# -- tampering ---------------------------------------------------------------------------------
def members(bundle: Path) -> dict[str, bytes]:
    """Every member of a bundle, by name."""
    with zipfile.ZipFile(bundle) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    """A zip with exactly these entries (ZipInfo entries keep their flags)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def unit_key(trio: Trio, who: str = "unit") -> Any:
    """The private key of ``who`` (to re-sign a manifest as a buggy or newer program would)."""
    with opened(trio.db(who)) as db, db.session() as s:
        return keys.signing_key(s, db_path=db.path)[1]


def resign(
    trio: Trio,
    bundle: Path,
    out: Path,
    *,
    manifest: Callable[[dict[str, Any]], None] | None = None,
    records: dict[str, bytes] | None = None,
    fix_hashes: bool = True,
    who: str = "unit",
    key: Any = None,
) -> Path:
    """Rewrite a bundle, optionally changing records and manifest, signed with ``who``'s key."""
    parts = members(bundle)
    parts.update(records or {})
    doc = json.loads(parts[MANIFEST])
    if fix_hashes:
        for m in doc["members"]:
            data = parts[m["name"]]
            m["size"], m["sha256"] = len(data), hashlib.sha256(data).hexdigest()
        for name in records or {}:
            data = parts[name]
            if name not in {m["name"] for m in doc["members"]}:
                doc["members"].append(
                    {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                )
            doc["counts"][name.removesuffix(".jsonl")] = len(data.splitlines())
    if manifest:
        manifest(doc)
    body = json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    key = key or unit_key(trio, who)
    raw = keys._raw(key)
    parts[MANIFEST] = body
    parts[SIGNATURE] = signature_bytes(
        key_id=keys.key_id_of(raw), signature=key.sign(SIGNED_PREFIX + body)
    )
    return write_zip(out, list(parts.items()))


def record_lines(bundle: Path, member: str) -> list[dict[str, Any]]:
    """The records of one member."""
    return [json.loads(line) for line in members(bundle)[member].decode().splitlines()]


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    """Rows as a member."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def set_plan(trio: Trio, who: str, plan_id: str, **values: Any) -> None:
    """Edit a plan's header through the plan store on ``who``'s PC (stamps its version)."""
    from app.services.plans.store import load_plan, save_plan

    def change(s: Any) -> None:
        doc = load_plan(s, plan_id=plan_id)
        for name, value in values.items():
            setattr(doc, name, value)
        save_plan(s, doc=doc)

    trio.edit(who, change)


def plan_row(trio: Trio, who: str, plan_id: str) -> dict[str, Any]:
    """A plan's stored row on ``who``'s PC."""

    def read(s: Any) -> dict[str, Any]:
        table = OnePagePlan.__table__
        return dict(s.execute(select(table).where(table.c.id == plan_id)).mappings().one())

    return trio.edit(who, read)


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """An in-memory zip (for zips built by hand)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buffer.getvalue()


# -- pytest fixtures (imported by the test modules) ----------------------------------------------
import pytest  # noqa: E402


@pytest.fixture(scope="session")
def trio_template(tmp_path_factory: pytest.TempPathFactory) -> Trio:
    """The three installations, built once per test session."""
    return build_trio(tmp_path_factory.mktemp("trio") / "pcs")


@pytest.fixture
def trio(trio_template: Trio, tmp_path: Path) -> Trio:
    """A private copy of the three installations for one test."""
    return copy_trio(trio_template, tmp_path / "pcs")
