"""How fast one-page plans print: ``uv run python benchmarks/bench_oppm_pdf.py``.

Builds realistic plans in memory (:func:`app.reports.oppm_sample.sample_plan`:
20 tasks, 6 objectives, Chinese text, half a year of progress; each of the 900
plans gets its own subject, leader and owners so the font subset grows as it
would for a real college), then times:

* loading the CJK font (once per process, not counted below);
* one plan to a PDF file (median of several runs) — budget 150 ms;
* one plan to bytes for the preview;
* 900 plans into one PDF — budget 30 s — and its size per page — budget 10 KB.

The script prints the figures (and flags an overrun) but never fails, so it can
run on slow machines too.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.reports.oppm_sample import PEOPLE, sample_plan
from app.services.plans.doc import PlanDoc

ONE_PLAN_MS, BATCH_S, PAGE_KB = 150.0, 30.0, 10.0
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍"
MAJORS = [
    "水利水电建筑工程",
    "水利工程",
    "工程造价",
    "建筑工程技术",
    "电力系统自动化技术",
    "发电厂及电力系统",
    "机电一体化技术",
    "计算机网络技术",
    "会计",
    "市场营销",
]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _person(n: int) -> str:
    return SURNAMES[n % len(SURNAMES)] + GIVEN[(n * 7) % len(GIVEN)] + GIVEN[(n * 3) % 5]


def realistic_plans(count: int) -> list[PlanDoc]:
    """``count`` distinct 20-task plans (different subjects, leaders and owners)."""
    docs = []
    for n in range(count):
        doc = sample_plan()
        major = MAJORS[n % len(MAJORS)]
        doc.subject_name = f"{major}（{2024 + n % 3}级{n // len(MAJORS) + 1}班）"
        doc.work_name = f"{doc.subject_name}建设年度计划"
        doc.leader = _person(n)
        for i, task in enumerate(doc.tasks):
            for owner in task.owners:
                owner.name = _person(n * 13 + i + PEOPLE.index(owner.name))
        docs.append(doc)
    return docs


def run(folder: Path, *, batch: int, repeats: int) -> dict[str, float]:
    """Each figure once (the single plan: median of ``repeats``)."""
    from app.reports.fonts import cjk_font
    from app.reports.oppm import render_plan_bytes, render_plans

    figures: dict[str, float] = {}
    figures["font_s"], _ = _timed(cjk_font)
    one = realistic_plans(1)
    render_plans(one, folder / "warm.pdf")  # first page also imports reportlab's pdfgen
    times = [_timed(lambda: render_plans(one, folder / "one.pdf"))[0] for _ in range(repeats)]
    figures["one_ms"] = statistics.median(times) * 1000
    times = [_timed(lambda: render_plan_bytes(one[0]))[0] for _ in range(repeats)]
    figures["bytes_ms"] = statistics.median(times) * 1000
    docs = realistic_plans(batch)
    out = folder / "batch.pdf"
    figures["batch_s"], pages = _timed(lambda: render_plans(docs, out))
    figures["pages"] = pages
    figures["kb_per_page"] = out.stat().st_size / 1024 / pages
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=900, help="plans in the big PDF")
    parser.add_argument("--repeats", type=int, default=7, help="runs of the single plan")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        f = run(Path(tmp), batch=args.batch, repeats=args.repeats)

    def flag(over: bool) -> str:
        return "  <-- over budget" if over else ""

    print(f"font load (once):          {f['font_s'] * 1000:7.0f} ms")
    print(
        f"one plan to PDF:           {f['one_ms']:7.1f} ms"
        f"   (budget {ONE_PLAN_MS:.0f}){flag(f['one_ms'] > ONE_PLAN_MS)}"
    )
    print(f"one plan to bytes:         {f['bytes_ms']:7.1f} ms   (preview)")
    print(
        f"{f['pages']:.0f} plans into one PDF:  {f['batch_s']:7.2f} s"
        f"    (budget {BATCH_S:.0f}){flag(args.batch >= 900 and f['batch_s'] > BATCH_S)}"
    )
    print(
        f"size per page:             {f['kb_per_page']:7.2f} KB"
        f"   (budget {PAGE_KB:.0f}){flag(f['kb_per_page'] > PAGE_KB)}"
    )


if __name__ == "__main__":
    main()
