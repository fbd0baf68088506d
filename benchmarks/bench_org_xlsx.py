"""How long the organisation workbook takes: ``uv run python benchmarks/bench_org_xlsx.py``.

Builds the sample college (:func:`app.services.demo.create_demo`, ~1,500 rows:
units, majors, courses, people, classes, roles) in a temporary database, then
times, each on its own step:

* ``export_org`` of that college to an .xlsx;
* ``read_org`` of the file (open + parse + row checks);
* ``validate_org`` + ``import_org`` into a fresh database (everything is new);
* the same into the source database (everything matches and is unchanged);
* ``write_template``.

Budgets: read + validate + import well under 2 s, export under 1 s. The script
prints the figures (and flags a budget overrun) but never fails, so it can run on
slow machines too.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.excel.org_workbook import export_org, read_org, write_template
from app.services.database import open_database
from app.services.demo import create_demo
from app.services.org_import import import_org, validate_org


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def run_once(folder: Path) -> dict[str, float]:
    """One round on fresh files; seconds per step."""
    source = open_database(folder / "source.sqlite3", daily_backup=False)
    fresh = open_database(folder / "fresh.sqlite3", daily_backup=False)
    workbook = folder / "org.xlsx"
    times: dict[str, float] = {}
    try:
        with source.session() as session:
            create_demo(session)
        with source.session() as session:
            times["export_org"], _ = _timed(lambda: export_org(session, workbook))
        times["read_org"], parsed = _timed(lambda: read_org(workbook))
        assert not parsed.problems, parsed.problems[:3]

        def into(db: Any) -> Any:
            with db.session() as session:
                problems = validate_org(session, parsed)
                assert not problems, problems[:3]
                return import_org(session, parsed)

        times["validate+import (new)"], added = _timed(lambda: into(fresh))
        times["validate+import (same)"], same = _timed(lambda: into(source))
        assert same.changed == 0, same.describe()
        times["write_template"], _ = _timed(lambda: write_template(folder / "t.xlsx"))
        times["_rows"] = parsed.row_count
        times["_added"] = sum(c.added for c in added.counts.values())
    finally:
        source.close()
        fresh.close()
    return times


def main() -> None:
    """Run a few rounds and print median/min/max per step."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds on fresh files (5)")
    args = parser.parse_args()
    rounds: list[dict[str, float]] = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="zhengai-bench-") as tmp:
            rounds.append(run_once(Path(tmp)))
    print(
        f"rows in the workbook: {int(rounds[0]['_rows'])} (added into a fresh db: "
        f"{int(rounds[0]['_added'])})"
    )
    for step in [k for k in rounds[0] if not k.startswith("_")]:
        values = [r[step] for r in rounds]
        print(
            f"{step:<24} median {statistics.median(values) * 1000:7.1f} ms"
            f"   min {min(values) * 1000:7.1f} ms   max {max(values) * 1000:7.1f} ms"
        )
    total = statistics.median(r["read_org"] + r["validate+import (new)"] for r in rounds)
    export = statistics.median(r["export_org"] for r in rounds)
    print(
        f"read + validate + import: {total * 1000:.0f} ms (budget 2000 ms)"
        + ("  OVER BUDGET" if total > 2 else "")
    )
    print(
        f"export: {export * 1000:.0f} ms (budget 1000 ms)" + ("  OVER BUDGET" if export > 1 else "")
    )


if __name__ == "__main__":
    main()
