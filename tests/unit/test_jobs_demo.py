"""The sample college has a job description manual in every unit, the seed's 表4 among them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import JobDescription, WorkStandard
from app.services.database import Database, open_database
from app.services.demo import create_demo
from app.services.demo_jobs import create_demo_manuals
from app.services.jobs.checks import coverage
from app.services.jobs.queries import work_standard_texts
from app.services.jobs.store import find_posts, list_manuals, load_post


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3", daily_backup=False)
    with database.session() as s:
        create_demo(s, today=date(2026, 5, 15))
    yield database
    database.close()


def test_every_unit_has_a_manual_of_3_to_20_posts(demo: Database) -> None:
    """Offices and 系部 alike; every post has duties and standards."""
    with demo.session() as s:
        rows = list_manuals(s)
    assert len(rows) == 23
    for row in rows:
        assert 3 <= row.post_count <= 20, row.unit_name
        assert row.duty_count >= 3 and row.standard_count >= 10, row.unit_name


def test_the_seeds_teaching_management_post_is_there_verbatim(demo: Database) -> None:
    """教务科研处's 教学管理岗位: 1 人, 直接上级 处长, 直接下级 无, the seed's lines."""
    with demo.session() as s:
        (ref,) = find_posts(s, "教学管理岗位")
        doc, post = load_post(s, post_id=ref.post_id)
    assert doc.unit_name == "教务科研处"
    assert (post.headcount, post.coefficient, post.supervisor, post.subordinates) == (
        1, "", "处长", "无",
    )  # fmt: skip
    assert [c.name for c in post.categories][:2] == ["管理体系建设", "教学信息管理"]
    assert post.categories[-1].name == "其它工作"
    first = post.categories[0].items[0]
    assert first.text == "制定（修订）教学运行管理相关制度（教学日常管理相关制度）"
    assert [s.text for s in post.categories[1].items[0].standards] == [
        "每年的 7 月 20 日前完成秋季学期教学进程表的备案",
        "每年的 8 月 20 日前完成教学进程表的汇编",
        "每年的 8 月 30 日前完成教学进程表送出印刷",
        "教学进程表汇编的出错率为 0",
    ]
    assert post.categories[-1].items[0].text == "完成上级交办的其它工作。"


def test_demo_shows_some_coverage_gaps_and_smart_hints(demo: Database) -> None:
    """Realistic: a couple of duties without a post, a few vague standards."""
    from app.services.jobs.store import load_manual
    from app.services.smart import summarize

    with demo.session() as s:
        gaps = [
            r.unit_name
            for r in list_manuals(s)
            if not coverage(load_manual(s, unit_id=r.unit_id)).complete
        ]
        texts = [t for _, _, t in work_standard_texts(s)]
    assert gaps and len(gaps) <= 4
    summary = summarize(texts)
    assert summary.total > 1000
    assert 0 < summary.total - summary.all_ok < summary.total / 2


def test_running_the_demo_again_changes_nothing(demo: Database) -> None:
    """Twice is once: neither the whole demo nor the manuals step adds a row."""
    with demo.session() as s:
        before = (s.scalar(select(func.count()).select_from(JobDescription)),
                  s.scalar(select(func.count()).select_from(WorkStandard)))  # fmt: skip
        assert not create_demo(s).created
        assert create_demo_manuals(s) == 0
        after = (s.scalar(select(func.count()).select_from(JobDescription)),
                 s.scalar(select(func.count()).select_from(WorkStandard)))  # fmt: skip
    assert before == after


def test_demo_manuals_print(demo: Database, tmp_path: Path) -> None:
    """A whole sample manual prints (the largest unit's), one post per page or more."""
    from app.reports.jobs import render_manual
    from app.services.jobs.store import load_manual

    with demo.session() as s:
        biggest = max(list_manuals(s), key=lambda r: r.standard_count)
        doc = load_manual(s, unit_id=biggest.unit_id)
    pages = render_manual(doc, tmp_path / "m.pdf")
    assert pages >= 3 + len(doc.posts)
