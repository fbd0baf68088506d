"""Sync at college scale: ``uv run python benchmarks/bench_sync.py``.

The sample college (``create_demo``: ~20 units, ~900 one-page plans with their
objectives, tasks, costs, monthly notes, snapshots and reviews) is split the way
March looks: the quality office holds the organisation only, and each unit's PC
holds the organisation and its own plans. Then:

- each unit exports its bundle to the office (target ≤ 0.5 s for one unit);
- the office imports every unit's bundle in one run (target ≤ 3 s in total);
- the office sends 教务科研处 everything it reviews, then every unit its bundle;
- peak memory of the import (tracemalloc, in a second run) and of the process;
- a zip bomb is refused (target ≤ 0.2 s whatever its declared size).

Prints the figures; the targets are issue 5's. With ``--profile`` the office's
import runs under cProfile and the 30 costliest functions are printed after.
"""

from __future__ import annotations

import contextlib
import cProfile
import pstats
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
import zipfile
from contextlib import closing
from pathlib import Path

from sqlalchemy import delete, select, text, update

from app.models import Installation, LocalKey, OnePagePlan, TrustedKey, Unit
from app.services.database import open_database
from app.services.demo import create_demo
from app.services.errors import UserError
from app.services.identity import find_unit, set_office
from app.services.sync import keys
from app.services.sync.export import export_bundle
from app.services.sync.importer import import_bundle, import_bundles
from app.services.sync.registry import record_types

#: Where --keep leaves the bundles and the databases as they were before the
#: timed steps (each unit before its export, the office before its import).
KEPT = Path(tempfile.gettempdir()) / "bench_sync"
PLAN_TYPES = [t for t in record_types() if t.rule.plan_id({"id": "x", "plan_id": "x"})]


def copy_db(src: Path, dst: Path) -> None:
    """A database (with what its WAL holds, even while open) and its key file."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(src)) as source, closing(sqlite3.connect(dst)) as target:
        source.backup(target)
    key = keys.key_path(src)
    if key.exists():
        shutil.copy(key, keys.key_path(dst))


def keep_plans_of(path: Path, unit_id: str | None) -> None:
    """Delete every plan row not of ``unit_id`` (all of them for None)."""
    db = open_database(path, daily_backup=False)
    with db.session() as s:
        plans = OnePagePlan.__table__
        others = select(plans.c.id)
        if unit_id is not None:
            others = others.where(plans.c.unit_id != unit_id)
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        for rtype in reversed(PLAN_TYPES):
            table = rtype.table
            column = table.c.id if rtype.name == "one_page_plans" else table.c.plan_id
            s.execute(delete(table).where(column.in_(others)))
    db.engine.dispose()
    # As a PC that never held those plans: without the 50 MB of free pages the
    # deletions leave, which would make every backup and write of the run slower.
    with closing(sqlite3.connect(path)) as con:
        con.execute("VACUUM")


def main() -> None:
    if "--keep" in sys.argv:
        shutil.rmtree(KEPT, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        full = root / "full" / "zhengai.sqlite3"
        full.parent.mkdir()
        db = open_database(full)
        with db.session() as s:
            demo = create_demo(s)
            set_office(s)
            office_key = keys.ensure_key(s, db_path=full)
            office_unit = s.get(Installation, 1).unit_id
            unit_ids = sorted(set(s.scalars(select(OnePagePlan.unit_id))))
        db.close()
        print(demo.describe())

        office = root / "office" / "zhengai.sqlite3"
        copy_db(full, office)
        keep_plans_of(office, None)

        (root / "usb").mkdir()
        bundles: list[Path] = []
        export_times: list[float] = []
        trusted: list[tuple[str, keys.KeyInfo]] = []
        for n, unit_id in enumerate(unit_ids):
            path = root / f"unit{n}" / "zhengai.sqlite3"
            copy_db(full, path)
            keep_plans_of(path, unit_id)
            keys.key_path(path).unlink()
            udb = open_database(path, daily_backup=False)
            with udb.session() as s:
                s.execute(
                    update(Installation).values(
                        installation_id=str(uuid.uuid4()), role="unit", unit_id=unit_id
                    )
                )
                s.execute(delete(LocalKey))
                s.add(
                    TrustedKey(
                        key_id=office_key.key_id,
                        unit_id=office_unit,
                        public_key=office_key.public_hex,
                        is_office=True,
                    )
                )
                info = keys.ensure_key(s, db_path=path)
            if "--keep" in sys.argv:  # each unit as it was before its export
                copy_db(path, KEPT / f"unit{n}" / "zhengai.sqlite3")
            started = time.perf_counter()
            result = export_bundle(udb, output=root / "usb")
            export_times.append(time.perf_counter() - started)
            udb.close()
            bundles.append(result.path)
            trusted.append((unit_id, info))

        odb = open_database(office)
        with odb.session() as s:
            for unit_id, info in trusted:
                s.add(TrustedKey(key_id=info.key_id, unit_id=unit_id, public_key=info.public_hex))
        odb.close()
        spare = root / "office2" / "zhengai.sqlite3"
        copy_db(office, spare)
        if "--keep" in sys.argv:  # for profiling the import alone, again and again
            shutil.copytree(root / "usb", KEPT / "usb")
            copy_db(office, KEPT / "office" / "zhengai.sqlite3")

        odb = open_database(office)
        profile = cProfile.Profile() if "--profile" in sys.argv else None
        started = time.perf_counter()
        if profile:
            profile.enable()
        results = import_bundles(odb, bundles)
        if profile:
            profile.disable()
        import_time = time.perf_counter() - started
        records = sum(c.added + c.updated for r in results for c in r.counts.values())
        refused = [r.describe() for r in results if not r.ok]
        with odb.session() as s:
            reviewer = find_unit(s, "教务科研处").id
        started = time.perf_counter()
        relay = export_bundle(odb, output=root / "usb", to_unit_id=reviewer)
        relay_time = time.perf_counter() - started
        with odb.session() as s:
            others = [u for u in s.scalars(select(Unit.id)) if u != office_unit]
        send_times = []
        (root / "back").mkdir()
        for unit_id in others:
            started = time.perf_counter()
            export_bundle(odb, output=root / "back", to_unit_id=unit_id)
            send_times.append(time.perf_counter() - started)
        odb.close()

        sdb = open_database(spare)
        tracemalloc.start()
        import_bundles(sdb, bundles)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        sdb.close()

        bomb = root / "bomb.zgb"
        with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", b"{}")
            zf.writestr("manifest.sig", b"{}")
            zf.writestr("units.jsonl", bytes(100 * 1024 * 1024))
        raw = bytearray(bomb.read_bytes())
        entry = raw.index(b"PK\x01\x02")
        raw[entry + 24 : entry + 28] = (0xFFFFFFF0).to_bytes(4, "little")
        huge = root / "huge.zgb"
        huge.write_bytes(bytes(raw))
        odb = open_database(office)
        bomb_times = []
        for path in (bomb, huge):
            started = time.perf_counter()
            with contextlib.suppress(UserError):
                import_bundle(odb, path)
            bomb_times.append(time.perf_counter() - started)
        odb.close()

        sizes = [p.stat().st_size for p in bundles]
        print(
            f"units with plans: {len(bundles)}; bundle sizes: "
            f"median {statistics.median(sizes) // 1024} KiB, max {max(sizes) // 1024} KiB"
        )
        print(
            f"unit bundle export: median {statistics.median(export_times):.3f} s, "
            f"max {max(export_times):.3f} s (target ≤ 0.5 s)"
        )
        print(
            f"office imports all {len(bundles)} bundles ({records} records): {import_time:.2f} s "
            f"(target ≤ 3 s); refused: {len(refused)}"
        )
        for line in refused:
            print("   ", line)
        print(
            f"office → 教务科研处 (what it reviews): {relay.record_count} records, "
            f"{relay.size // 1024} KiB, {relay_time:.2f} s"
        )
        print(
            f"office sends every unit its bundle: {len(send_times)} bundles, "
            f"{sum(send_times):.1f} s in total, at most {max(send_times):.2f} s"
        )
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"peak memory: import {peak / 2**20:.0f} MiB (tracemalloc), "
            f"process {rss:.0f} MiB (target ≤ 300 MiB)"
        )
        print(
            f"zip bomb refused in {bomb_times[0] * 1000:.1f} ms (ratio), "
            f"{bomb_times[1] * 1000:.1f} ms (declares ~4 GiB) (target ≤ 200 ms)"
        )
        if profile:
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
