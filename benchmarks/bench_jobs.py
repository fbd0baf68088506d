"""How fast job description manuals print, save and travel (``benchmarks/bench_jobs.py``).

Builds a realistic 20-post manual (:func:`app.services.demo_jobs.sample_manual`:
the sample 教务科研处 plus posts borrowed from the other offices, ~300 standards),
then times:

* loading the CJK font (once per process, not counted below);
* the whole manual (cover, contents, duties, 20 posts) to PDF — budget 1 s;
* one post to PDF bytes (the editor's preview);
* saving the manual into a fresh database, loading it, and saving it unchanged
  (the editor's autosave when nothing changed);
* SMART hints of every standard of the manual (the editor refreshes them as one types);
* export to Excel and reading it back;
* the demo's manuals for the whole sample college (Core inserts).

The script prints the figures (and flags an overrun) but never fails, so it can
run on slow machines too.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MANUAL_S = 1.0


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def _median(fn: Callable[[], Any], runs: int = 5) -> float:
    return statistics.median(_timed(fn)[0] for _ in range(runs))


def main() -> None:
    """Print the figures."""
    from app.reports.fonts import cjk_font
    from app.reports.jobs import render_manual, render_manual_bytes
    from app.services import org
    from app.services.database import open_database
    from app.services.demo_jobs import sample_manual
    from app.services.jobs.checks import smart_hints
    from app.services.jobs.store import load_manual, save_manual

    folder = Path(tempfile.mkdtemp(prefix="bench-jobs-"))
    font_s, _ = _timed(cjk_font)
    print(f"CJK font loaded once: {font_s:.2f} s")
    db = open_database(folder / "bench.sqlite3", daily_backup=False)
    with db.session() as session:
        unit_id = org.create(session, kind="unit", values={"name": "教务科研处", "kind": "office"})
    doc = sample_manual(unit_id, posts=20)
    print(f"Manual: {len(doc.posts)} posts, {doc.standard_count()} standards")

    pdf = folder / "manual.pdf"
    first_s, pages = _timed(lambda: render_manual(doc, pdf))
    manual_s = _median(lambda: render_manual(doc, pdf))
    flag = "" if manual_s <= MANUAL_S else "  ** over budget **"
    print(
        f"Whole manual to PDF: {manual_s * 1000:.0f} ms median (first run {first_s * 1000:.0f} ms),"
        f" {pages} pages, {pdf.stat().st_size / 1024:.0f} KB — budget {MANUAL_S:.0f} s{flag}"
    )
    one_s = _median(lambda: render_manual_bytes(doc, post_ids=[doc.posts[2].id]))
    print(f"One post to PDF bytes (preview): {one_s * 1000:.0f} ms median")

    with db.session() as session:
        save_s, _ = _timed(lambda: save_manual(session, doc=doc))
    with db.session() as session:
        load_s, loaded = _timed(lambda: load_manual(session, unit_id=unit_id))
        same_s, changed = _timed(lambda: save_manual(session, doc=loaded))
    print(
        f"Save new manual: {save_s * 1000:.0f} ms; load: {load_s * 1000:.0f} ms; "
        f"save unchanged: {same_s * 1000:.0f} ms (changed={changed})"
    )
    smart_hints(doc)  # compile the rules once
    hints_s = _median(lambda: smart_hints(doc))
    print(f"SMART hints for {doc.standard_count()} standards: {hints_s * 1000:.0f} ms median")

    from app.excel.jobs_read import read_manual
    from app.excel.jobs_write import export_manual

    xlsx = folder / "manual.xlsx"
    export_s, _ = _timed(lambda: export_manual(doc, xlsx))
    read_s, _ = _timed(lambda: read_manual(xlsx))
    print(f"Excel: export {export_s * 1000:.0f} ms, read back {read_s * 1000:.0f} ms")
    db.close()

    from app.services.demo import _build_college, _write
    from app.services.demo_jobs import create_demo_manuals
    from app.services.progress import NullProgress

    demo = open_database(folder / "demo.sqlite3", daily_backup=False)
    with demo.session() as session:
        _write(session, rows=_build_college(session), progress=NullProgress())
        demo_s, posts = _timed(lambda: create_demo_manuals(session))
    demo.close()
    print(f"Demo manuals for the sample college: {posts} posts in {demo_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
