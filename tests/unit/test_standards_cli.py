"""`catalog seed|list|print`, `standard show|print`, `smart report` on a small college."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.services.catalogs import catalog_path
from app.services.database import open_database
from app.services.plans.store import save_plan
from tests.unit.plan_fixtures import complete_plan, small_college


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    """A small college (quality office PC) with one major plan, as a file for ``--db``."""
    path = tmp_path / "z.sqlite3"
    database = open_database(path, daily_backup=False)
    with database.session() as s:
        ids = small_college(s)
        save_plan(s, doc=complete_plan(s, ids))
    database.close()
    return str(path)


def _text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages).replace(" ", "")


def test_seed_then_list_shows_the_colleges_catalog(
    db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalog seed` makes the year's catalogs once; `catalog list` then shows them."""
    assert main(["catalog", "seed", "--year", "2026", "--db", db_file]) == 0
    out = capsys.readouterr().out
    assert out.count("已从出厂默认内容建立") == 5
    assert main(["catalog", "seed", "--year", "2026", "--kind", "专业", "--db", db_file]) == 0
    assert "已存在，未改动" in capsys.readouterr().out
    assert main(["catalog", "list", "--kind", "major", "--db", db_file]) == 0
    assert "（学院 2026 年度版本）" in capsys.readouterr().out
    assert main(["catalog", "list", "--kind", "major", "--json", "--db", db_file]) == 0
    data = json.loads(capsys.readouterr().out)
    shipped = json.loads(catalog_path("major").read_text(encoding="utf-8"))
    assert data["year"] == 2026 and data["targets"] == []
    assert data["sections"] == shipped["sections"]


def test_list_without_a_database_shows_the_shipped_file_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Looking never creates a data file."""
    missing = tmp_path / "none.sqlite3"
    assert main(["catalog", "list", "--kind", "course", "--db", str(missing)]) == 0
    assert "课程建设标准" in capsys.readouterr().out and not missing.exists()
    out = tmp_path / "c.pdf"
    assert main(["catalog", "print", "course", "-o", str(out), "--db", str(missing)]) == 0
    assert "出厂默认内容" in _text(out) and not missing.exists()


def test_catalog_print_and_standard_show_print(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Print a catalog and a major's own standard; show it as JSON."""
    main(["catalog", "seed", "--year", "2026", "--db", db_file])
    pdf = tmp_path / "major.pdf"
    assert (
        main(["catalog", "print", "专业", "--year", "2026", "-o", str(pdf), "--db", db_file]) == 0
    )
    assert "2026年度专业建设标准" in _text(pdf) and "学院编辑版本" in _text(pdf)
    capsys.readouterr()
    assert main(["standard", "show", "--major", "水利工程", "--json", "--db", db_file]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["unit"] == "水利工程系" and len(shown["rows"]) == 19
    own = tmp_path / "own.pdf"
    assert main(["standard", "print", "--major", "水利工程", "-o", str(own), "--db", db_file]) == 0
    assert "水利工程专业2026年度自身发展标准" in _text(own)
    assert main(["standard", "show", "--teacher", "1001", "--db", db_file]) == 0
    assert "教师张伟 2026 年度自身发展标准" in capsys.readouterr().out


def test_standard_errors_are_chinese(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    """No catalog for the year, an unknown name: a message, exit code 2."""
    assert main(["standard", "show", "--major", "水利工程", "--year", "2030", "--db", db_file]) == 2
    assert "尚未编制 2030 年度的专业建设标准" in capsys.readouterr().err
    assert main(["standard", "show", "--course", "不存在的课", "--db", db_file]) == 2
    assert "找不到名为“不存在的课”的课程" in capsys.readouterr().err


def test_smart_report_command(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`smart report` checks the plan's texts per unit and writes the PDF."""
    out = tmp_path / "smart.pdf"
    assert main(["smart", "report", "--unit", "水利工程系", "-o", str(out), "--db", db_file]) == 0
    printed = capsys.readouterr().out
    assert "已检查" in printed and str(out) in printed
    text = _text(out)
    assert "2026年SMART检查汇总" in text and "水利工程系" in text
    assert "共检查" in text and "项目目标" in text
