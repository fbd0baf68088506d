"""How long the sample college takes: ``uv run python benchmarks/bench_demo.py``.

Times :func:`app.services.demo.create_demo` — the college and its year of one-page
plans (~900, with reviews, monthly progress, notes and snapshots), built in memory,
bulk-inserted and committed — on a fresh temporary database, separately from opening
and migrating that database, and a second, no-op call on the same file. It also
prints the database's size, which the plans' monthly snapshots dominate. The budget
for the whole ``zhengai demo --no-gui`` is well under 10 s; this script only prints
the figures.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.services.database import open_database
from app.services.demo import create_demo


def run_once(*, folder: Path) -> tuple[float, float, float, str, int]:
    """Seconds to open+migrate, to create the demo, to call it again; its summary; bytes."""
    path = folder / "bench.sqlite3"
    started = time.perf_counter()
    db = open_database(path)
    opened = time.perf_counter()
    try:
        with db.session() as session:
            result = create_demo(session)
        created = time.perf_counter()
        with db.session() as session:
            create_demo(session)
        again = time.perf_counter()
    finally:
        db.close()
    size = path.stat().st_size
    return opened - started, created - opened, again - created, result.describe(), size


def main() -> None:
    """Run a few rounds, each on its own fresh database, and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="fresh databases to time (5)")
    args = parser.parse_args()
    opens: list[float] = []
    creates: list[float] = []
    agains: list[float] = []
    summary = ""
    size = 0
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="zhengai-bench-") as tmp:
            opened, created, again, summary, size = run_once(folder=Path(tmp))
        opens.append(opened)
        creates.append(created)
        agains.append(again)
    print(summary)
    print(f"database size after the demo: {size / 1e6:.1f} MB")
    for label, values in (
        ("open + migrate", opens),
        ("create_demo", creates),
        ("create_demo again (no-op)", agains),
    ):
        print(
            f"{label:<27} median {statistics.median(values) * 1000:7.1f} ms"
            f"   min {min(values) * 1000:7.1f} ms   max {max(values) * 1000:7.1f} ms"
            f"   ({len(values)} rounds)"
        )


if __name__ == "__main__":
    main()
