"""`zhengai jobs …` in process: list, show, print, Excel both ways, coverage, Chinese errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services.jobs.store import save_manual
from tests.unit.jobs_fixtures import college, small_manual


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "jobs.sqlite3"
    database, ids = college(path)
    with database.session() as s:
        save_manual(s, doc=small_manual(ids["academic_affairs"]))
    database.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path, code: int = 0) -> str:
    """Run ``zhengai``; check the exit code; return stdout and stderr."""
    result = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert result == code, out.err
    return out.out + out.err


def test_list_and_show(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The list counts posts; show prints a post with its SMART hints and a unit's gaps."""
    rows = json.loads(run(capsys, "jobs", "list", "--db", db_path, "--json"))
    by_name = {r["unit_name"]: r for r in rows}
    assert by_name["教务科研处"]["post_count"] == 2
    assert "共 3 个部门，其中 1 个已编写岗位说明书" in run(capsys, "jobs", "list", "--db", db_path)
    text = run(capsys, "jobs", "show", "教学管理岗位", "--db", db_path)
    assert "【教学管理岗位】教务科研处" in text
    assert "进一步加强档案管理工作  ⚠ SM" in text
    post = json.loads(run(capsys, "jobs", "show", "教学管理岗位", "--db", db_path, "--json"))
    assert post["title"] == "教学管理岗位" and post["smart"]
    unit = run(capsys, "jobs", "show", "教务科研处", "--db", db_path)
    assert "提示：部门职责 3“负责教材选用、征订和发放”没有任何岗位承担。" in unit


def test_print_export_import(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A whole manual and one post to PDF; Excel out and back in changes nothing."""
    out = run(
        capsys, "jobs", "print", "--db", db_path, "--unit", "教务科研处", "-o", tmp_path / "m.pdf"
    )
    assert "岗位说明书汇编（5 页）" in out
    out = run(capsys, "jobs", "print", "--db", db_path, "--unit", "教务科研处",
              "--post", "处长", "-o", tmp_path / "p.pdf")  # fmt: skip
    assert "的 1 个岗位（1 页）" in out
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "m.xlsx"
    run(capsys, "jobs", "export-xlsx", "--db", db_path, "--unit", "教务科研处", "-o", xlsx)
    assert "未作改动" in run(capsys, "jobs", "import-xlsx", "--db", db_path, xlsx)
    out = run(capsys, "jobs", "import-xlsx", "--db", db_path, xlsx, "--unit", "水利工程系")
    assert "已导入水利工程系岗位说明书" in out


def test_coverage(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Coverage lists the uncovered duty and the unlinked work, per unit."""
    text = run(capsys, "jobs", "coverage", "--db", db_path)
    assert "教务科研处：部门职责 3 项，岗位 2 个，2 处缺口" in text
    data = json.loads(run(capsys, "jobs", "coverage", "--db", db_path, "--json"))
    assert data[0]["complete"] is False


def test_user_errors_exit_2_in_chinese(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown unit or post, a bad workbook: a Chinese message and exit code 2."""
    err = run(capsys, "jobs", "show", "无此岗位", "--db", db_path, code=2)
    assert "找不到名为“无此岗位”的部门或岗位" in err
    err = run(capsys, "jobs", "print", "--db", db_path, "--unit", "无此部门", "-o",
              tmp_path / "x.pdf", code=2)  # fmt: skip
    assert "找不到名为“无此部门”的部门" in err
    err = run(capsys, "jobs", "print", "--db", db_path, "--unit", "教务科研处", "--post", "无",
              "-o", tmp_path / "x.pdf", code=2)  # fmt: skip
    assert "找不到名为“无”的岗位" in err
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    assert "不是 Excel 工作簿" in run(capsys, "jobs", "import-xlsx", "--db", db_path, bad, code=2)
    assert "Traceback" not in err
