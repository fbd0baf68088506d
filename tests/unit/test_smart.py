"""SMART hints on real-looking standards, the seed's own examples first; rules file; CLI."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from app.cli import main
from app.services.errors import UserError
from app.services.smart import LETTERS, check_text, load_rules, rules_path, summarize

# (text, letters expected to get a hint). The first block is the seed's own text: 表4's
# 教学管理岗位 standards and 表10's 工作标准, which the college offers as SMART examples.
TABLE: list[tuple[str, str]] = [
    ("每年的 7 月 20 日前完成秋季学期教学进程表的备案", ""),
    ("每年的 8 月 20 日前完成教学进程表的汇编", ""),
    ("每年的 8 月 30 日前完成教学进程表送出印刷", ""),
    ("教学进程表汇编的出错率为 0", "T"),
    ("1.分析学院教学日常管理工作中存在的问题，制订问题清单；", "T"),
    ("2.调研、学习教学管理成熟的高校，制订问题解决方案；", "T"),
    ("3.将调研成果运用于制度的制（修）订过程中。", "MT"),
    ("(1) 建立以数据分析为依据的专业质量动态优化机制;", "MT"),
    ("(5) 每年 1 月份完成年度重点工作任务分解表并严格执行。", ""),
    ("(1) 各部门组织一页纸工作计划报表编制培训至少 1 次;", "T"),
    (
        "(3) 一页纸任务与目标匹配准确, 与负责人对应关系清晰, 进度标注规范, 差错率小于 5%;",
        "T",
    ),
    ("(4) 3 月份, 各部门完成一页纸工作计划报表, 推广覆盖率达 100%。", ""),
    ("(2) 专业教学团队每年行业企业调研不少于 1 次, 组织撰写《专业调研分析报告》;", ""),
    ("(1) 每年开展至少 1 次师资队伍建设的调研, 调研以专业建设的师资需求为导向;", ""),
    (
        "(1) 辅导员每年年底前指导新生编制完成三年职业生涯规划, 规划目标明确, 切合学生发展基础;",
        "",
    ),
    (
        "每年 6 月份开展学校、专业、课程、教师、学生五个层面内部质量保证体系诊断与改进"
        "中期检查, 覆盖率达 100%。",
        "",
    ),
    (
        "每年12月份开展内部质量保证体系诊断与改进校内复核，形成诊断改进结论，编制校内复核报告。",
        "",
    ),
    ("完成上级交办的其它工作。", "SMRT"),
    # Vague ones.
    ("进一步加强质量意识", "SMT"),
    ("努力提高学生就业率", "SMT"),
    ("大力推进课程思政建设", "SMT"),
    ("技能竞赛获奖率达 30%，不断提高学生实践能力", "MT"),
    ("定期检查实训室安全", "MT"),
    ("按期完成各项任务", "MT"),
    ("及时处理学生诉求等等", "SMT"),
    ("做好", "SMT"),
    # Measured and time-bound in other ways.
    ("学生就业率提高到 95% 以上", "T"),
    ("每学期听课不少于 8 节", ""),
    ("每月 5 日前报送上月听课记录 2 份", ""),
    ("3 个工作日内答复学生投诉，答复率 100%", ""),
    ("2021年12月31日前建成 2 个校内实训基地", ""),
    ("本学期内完成全部课程标准修订", ""),
    ("开学前完成教材发放，发放准确率 100%", ""),
    ("每周三下午组织教研室活动 1 次", ""),
    # Not achievable as written.
    ("2 月 30 日前提交专业调研报告", "A"),
    ("截至 6 月底，完成率 120%", "A"),
    ("学生满意度达 100%", "AT"),
    ("力争建成国内领先的实训基地", "MAT"),
]


@pytest.mark.parametrize(("text", "hints"), TABLE, ids=[t for t, _ in TABLE])
def test_verdicts(text: str, hints: str) -> None:
    verdict = check_text(text)
    assert "".join(verdict.failures) == hints
    assert [v.letter for v in verdict.letters] == list(LETTERS)
    for v in verdict.letters:
        assert v.reason and "\n" not in v.reason and v.status == ("ok" if v.ok else "hint")


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 25


def test_seed_reasons_quote_what_was_found() -> None:
    """Reasons point at the words that decided, so the secretary knows what to change."""
    v = check_text("每年的 7 月 20 日前完成秋季学期教学进程表的备案")
    assert "7 月 20 日" in v["T"].reason
    assert "完成秋季学期教学进程表的备案" in v["M"].reason
    assert "出错率为 0" in check_text("教学进程表汇编的出错率为 0")["M"].reason
    assert "差错率小于 5%" in check_text("进度标注规范, 差错率小于 5%")["M"].reason
    assert "覆盖率达 100%" in check_text("每年 6 月份开展五个层面检查, 覆盖率达 100%")["M"].reason
    assert "至少 1 次" in check_text("各部门组织编制培训至少 1 次")["M"].reason
    vague = check_text("进一步加强质量意识")
    assert "“进一步”“加强”" in vague["M"].reason and "“进一步”“加强”" in vague["S"].reason
    assert "没有时间要求" in check_text("分析存在的问题，制订问题清单")["T"].reason
    assert "“定期”" in check_text("定期检查实训室安全")["T"].reason


def test_vague_verb_is_fine_when_a_measure_follows() -> None:
    """ "提高" with a figure after it is a target, not a slogan; the figure must follow it."""
    assert check_text("每年就业率提高 5 个百分点")["M"].ok
    assert not check_text("就业率达 95%，不断提高服务质量")["M"].ok


def test_numbering_and_dates_are_not_quantities() -> None:
    """ "1." and "7 月 20 日" are not measures; "三年" (a plan's horizon) is not a deadline."""
    assert not check_text("1.每年 7 月 20 日前检查教学秩序")["M"].ok
    assert not check_text("编制三年职业生涯规划")["T"].ok


def test_relevance_against_the_work_item() -> None:
    work = "备案、汇编全校各专业教学进程表"
    related = check_text("每年的 7 月 20 日前完成秋季学期教学进程表的备案", context=work)["R"]
    assert related.ok and "教学进程表" in related.reason
    unrelated = check_text("每年 3 月组织学生运动会，参赛率 90%", context=work)["R"]
    assert not unrelated.ok and work in unrelated.reason
    # Generic words such as 工作 do not make two texts related.
    assert not check_text("做好本部门各项工作，完成率 100%", context="后勤保障工作")["R"].ok


def test_empty_text() -> None:
    verdict = check_text("  (3)  ")
    assert verdict.failures == LETTERS


def test_summarize_counts_hints_per_letter() -> None:
    summary = summarize(text for text, _ in TABLE)
    assert summary.total == len(TABLE)
    assert summary.all_ok == sum(1 for _, hints in TABLE if not hints)
    assert summary.failures == {x: sum(x in hints for _, hints in TABLE) for x in LETTERS}
    assert summarize([]).failures == dict.fromkeys(LETTERS, 0)


def test_three_thousand_lines_are_fast() -> None:
    """Budget 0.5 s (benchmarks/bench_smart.py); a loose bound here keeps slow CI green."""
    lines = [text for text, _ in TABLE] * (3000 // len(TABLE) + 1)
    rules = load_rules()
    started = time.perf_counter()
    summarize(lines[:3000], rules=rules)
    assert time.perf_counter() - started < 2.0


# --- the rules file ---------------------------------------------------------------------


def _rules(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(rules_path().read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "smart_rules.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_college_can_tune_the_rules(tmp_path: Path) -> None:
    """Adding "定期" as a time bound (a college's choice) changes the verdict."""
    shipped = json.loads(rules_path().read_text(encoding="utf-8"))
    path = _rules(
        tmp_path,
        time_bound=[*shipped["time_bound"], "定期"],
        vague_time=[w for w in shipped["vague_time"] if w != "定期"],
    )
    assert check_text("定期检查实训室安全", rules=load_rules(path))["T"].ok
    assert not check_text("定期检查实训室安全")["T"].ok


def test_bad_regex_names_the_rule(tmp_path: Path) -> None:
    path = _rules(tmp_path, quantity=[r"\d+\s*[%", r"\d+次"])
    with pytest.raises(UserError) as err:
        load_rules(path)
    assert str(path) in str(err.value) and "quantity 第 1 条" in str(err.value)


def test_bad_rules_file_shapes(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="vague_verbs 第 2 条：应为文字"):
        load_rules(_rules(tmp_path, vague_verbs=["加强", 3]))
    with pytest.raises(UserError, match="min_chars：应为不小于 0 的整数"):
        load_rules(_rules(tmp_path, min_chars="六"))
    broken = tmp_path / "broken.json"
    broken.write_text("{ 'quantity': [] }", encoding="utf-8")
    with pytest.raises(UserError, match=r"SMART 规则文件 .* 有误：第 1 行"):
        load_rules(broken)


# --- the command line ---------------------------------------------------------------------


def test_cli_smart_check_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smart", "check", "教学进程表汇编的出错率为 0"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("M 可度量  通过")
    assert lines[4].startswith("T 有时限  提示")
    assert lines[-1] == "共 1 项提示：T。"


def test_cli_smart_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    text = "进一步加强质量意识"
    assert main(["smart", "check", text, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == text and data["ok"] is False
    assert {k: v["status"] for k, v in data["letters"].items()} == {
        "S": "hint",
        "M": "hint",
        "A": "ok",
        "R": "ok",
        "T": "hint",
    }
    assert main(["smart", "check", "每年的 7 月 20 日前完成教学进程表的备案", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_cli_smart_check_with_context(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["smart", "check", "每年 3 月组织学生运动会，参赛率 90%", "--json"]
    assert main([*args, "--context", "备案、汇编全校各专业教学进程表"]) == 0
    assert json.loads(capsys.readouterr().out)["letters"]["R"]["status"] == "hint"
