"""How long one plan takes to and from Excel: ``uv run python benchmarks/bench_oppm_xlsx.py``.

Builds a small college (:func:`app.services.demo.create_demo`) in a temporary
database and one full major plan (20 tasks, 6 objectives, owners A/B/C, planned
months, month states, 3 cost lines with spending, notes in several months), then
times, warm (openpyxl already imported, one untimed round first):

* ``export_plan`` of that plan to an .xlsx;
* ``read_plan`` of the file;
* ``import_plan_doc`` of what was read into the same database (an unchanged re-import).

Budget (issue 3): export and import of one plan ≤ 100 ms each. The script prints the
median of several rounds and flags an overrun, but never fails, so it can run on
slow machines too.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.excel.oppm_workbook import export_plan, read_plan
from app.models import Major, Person
from app.services.database import Database, open_database
from app.services.demo import create_demo
from app.services.plans.doc import CostDoc, ObjectiveDoc, Owner, PlanDoc, TaskDoc
from app.services.plans.store import load_plan, new_plan_doc, save_plan
from app.services.plans.transfer import import_plan_doc, staff_numbers

BUDGET_S = 0.100
YEAR = 2035  # far from the demo's own plan year


def _full_plan(db: Database) -> tuple[PlanDoc, dict[str, str]]:
    """A stored 20-task plan and its owners' 工号."""
    rng = random.Random(3)
    with db.session() as session:
        major = session.scalars(select(Major).where(Major.deleted.is_(False))).first()
        assert major is not None
        people = session.scalars(select(Person).where(Person.unit_id == major.unit_id)).all()
        doc = new_plan_doc(session, level="major", subject_id=major.id, year=YEAR)
        doc.leader, doc.objective = people[0].name, "专业建设水平进入区内同类专业前列"
        doc.objectives = [ObjectiveDoc(f"目标内容 {n}") for n in range(1, 7)]
        doc.tasks = [
            TaskDoc(
                name=f"主要任务 {n}：专业建设与教学标准修订",
                objective_ids=[o.id for o in rng.sample(doc.objectives, 2)],
                owners=[
                    Owner(p.id, pr) for p, pr in zip(rng.sample(people, 3), "ABC", strict=True)
                ],
                target_date=date(YEAR, rng.randint(1, 12), 28),
                planned_months=sorted(rng.sample(range(1, 13), 4)),
                month_states={
                    m: rng.choice(["on_track", "at_risk", "late", "done"]) for m in (1, 2)
                },
            )
            for n in range(1, 21)
        ]
        doc.costs = [
            CostDoc(c, 50000, {1: 3000, 2: 4500}) for c in ("公用经费", "培训经费", "耗材")
        ]
        doc.notes = {1: "完成年度计划编制。", 2: "按计划推进。"}
        save_plan(session, doc=doc)
        stored = load_plan(session, plan_id=doc.id)
        return stored, staff_numbers(session, doc=stored)


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print the median export, read and import times over ``--rounds`` rounds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "bench.sqlite3", daily_backup=False)
        try:
            with db.session() as session:
                create_demo(session)
            doc, staff = _full_plan(db)
            path = folder / "plan.xlsx"

            def reimport() -> None:
                read = read_plan(path)
                with db.session() as session:
                    import_plan_doc(session, doc=read)

            export_plan(doc, path, staff_nos=staff)  # warm: imports openpyxl
            reimport()
            times: dict[str, list[float]] = {"export_plan": [], "read_plan": [], "read+import": []}
            for _ in range(args.rounds):
                times["export_plan"].append(_timed(lambda: export_plan(doc, path, staff_nos=staff)))
                times["read_plan"].append(_timed(lambda: read_plan(path)))
                times["read+import"].append(_timed(reimport))
        finally:
            db.close()
    print(f"One 20-task plan, median of {args.rounds} rounds (warm):")
    for step, values in times.items():
        median = statistics.median(values)
        flag = "" if median <= BUDGET_S else f"   ← over the {BUDGET_S * 1000:.0f} ms budget"
        print(f"  {step:<12} {median * 1000:7.1f} ms{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
