"""How long the SMART check takes: ``uv run python benchmarks/bench_smart.py``.

The editor re-checks as the secretary types and the quality office summarises the whole
college, so the budget is every standard of the college (~3,000 lines) in ≤ 0.5 s. The
lines are variations of the seed's own standards (表4, 表10) and typical vague ones; the
rules file is compiled once (timed separately), as it is in the app.

Then, on the sample college (``zhengai demo`` in a temporary folder; ``--no-college`` skips
it): ``smart report`` end to end — reading every plan objective and task, job standard and
own target (~10,000 texts), checking each distinct one, tallying per unit — and printing it
to PDF, the whole college (30 lines a unit) and one department in full.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from app.services.smart import check_text, clear_rules_cache, load_rules, summarize

TEMPLATES = [
    "{n}.每年的 {m} 月 {d} 日前完成秋季学期教学进程表的备案；",
    "{n}.教学进程表汇编的出错率为 0；",
    "{n}.分析学院教学日常管理工作中存在的问题，制订问题清单；",
    "{n}.调研、学习教学管理成熟的高校，制订问题解决方案；",
    "{n}.将调研成果运用于制度的制（修）订过程中。",
    "({n}) 每年 {m} 月份完成年度重点工作任务分解表并严格执行。",
    "({n}) 各部门组织一页纸工作计划报表编制培训至少 {d} 次;",
    "({n}) 一页纸任务与目标匹配准确, 与负责人对应关系清晰, 进度标注规范, 差错率小于 5%;",
    "({n}) 专业教学团队每年行业企业调研不少于 {d} 次, 组织撰写《专业调研分析报告》;",
    "（{n}）辅导员每年年底前指导新生编制完成三年职业生涯规划，规划目标明确。",
    "{n}、每学期听课不少于 {d} 节，并于期末前提交听课记录。",
    "{n}、进一步加强质量意识，不断提高服务水平。",
    "{n}、完成上级交办的其它工作。",
    "{n}、{d} 个工作日内答复学生投诉，满意率达到 9{n}%。",
    "{n}、定期检查实训室安全，及时整改安全隐患。",
]


def make_lines(count: int) -> list[str]:
    """``count`` distinct real-looking lines."""
    lines = []
    for i in range(count):
        template = TEMPLATES[i % len(TEMPLATES)]
        lines.append(template.format(n=i % 9 + 1, m=i % 12 + 1, d=i % 28 + 1))
    return lines


def main() -> None:
    """Time compiling the rules, then several rounds of checking and summarising."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-college", action="store_true", help="不测示例学院的 smart report")
    args = parser.parse_args()
    lines = make_lines(args.lines)

    clear_rules_cache()
    started = time.perf_counter()
    rules = load_rules()
    compile_s = time.perf_counter() - started

    checks, sums = [], []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for line in lines:
            check_text(line, rules=rules)
        checks.append(time.perf_counter() - started)
        started = time.perf_counter()
        summary = summarize(lines, rules=rules)
        sums.append(time.perf_counter() - started)

    print(f"规则编译：{compile_s * 1000:.1f} ms")
    print(
        f"检查 {len(lines)} 行：中位数 {statistics.median(checks):.3f} s，"
        f"最慢 {max(checks):.3f} s（预算 0.5 s）"
    )
    print(f"汇总 {len(lines)} 行：中位数 {statistics.median(sums):.3f} s")
    print(f"各字母提示数：{summary.failures}，全部通过 {summary.all_ok} 行")
    if not args.no_college:
        bench_college(rounds=args.rounds)


def bench_college(*, rounds: int) -> None:
    """``smart report`` on the sample college: collecting and checking, then the PDFs."""
    from app.reports.standards_smart import render_smart_report
    from app.services.database import open_database
    from app.services.demo import create_demo
    from app.services.identity import find_unit
    from app.services.smart_report import collect_texts, latest_plan_year, smart_report

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite3", daily_backup=False)
        try:
            with db.session() as session:
                create_demo(session)
            with db.session() as session:
                year = latest_plan_year(session)
                texts, _ = collect_texts(session, year=year)
                distinct = len({(t.text, t.context) for t in texts})
                times = []
                for _ in range(rounds):
                    started = time.perf_counter()
                    report = smart_report(session, year=year)
                    times.append(time.perf_counter() - started)
                unit = find_unit(session, "水利工程系").id
                one = smart_report(session, unit_id=unit, year=year)
            started = time.perf_counter()
            pages = render_smart_report(report, Path(folder) / "all.pdf", max_lines=30)
            all_pdf = time.perf_counter() - started
            started = time.perf_counter()
            unit_pages = render_smart_report(one, Path(folder) / "unit.pdf")
            unit_pdf = time.perf_counter() - started
        finally:
            db.close()
    print(
        f"示例学院 smart report：{len(texts)} 条（不同文字 {distinct} 条），"
        f"读取+检查+汇总 中位数 {statistics.median(times):.3f} s"
    )
    print(f"  全院 PDF（每部门 30 条）{pages} 页 {all_pdf:.2f} s；")
    print(f"  水利工程系全部 {len(one.units[0].failing)} 条提示 {unit_pages} 页 {unit_pdf:.2f} s")


if __name__ == "__main__":
    main()
