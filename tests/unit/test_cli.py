"""The command line: help, version, identity, and Chinese errors instead of tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`zhengai --version` prints the version."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`zhengai --help` names every command and sub-command."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in (
        "gui",
        "demo",
        "org",
        "import-xlsx",
        "export-xlsx",
        "template",
        "identity",
        "show",
        "set",
        "selftest",
    ):
        assert name in out


def test_identity_set_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`identity set --office` / `--unit NAME` store the same choice as the first-start wizard."""
    db = str(tmp_path / "z.sqlite3")
    assert main(["demo", "--no-gui", "--db", db]) == 0
    assert main(["identity", "set", "--unit", " 水利工程系 ", "--db", db]) == 0  # spaces as typed
    capsys.readouterr()
    assert main(["identity", "show", "--json", "--db", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["role"] == "unit" and shown["unit_name"] == "水利工程系"
    assert main(["identity", "set", "--office", "--db", db]) == 0
    assert main(["identity", "show", "--db", db]) == 0
    assert "质量督导处" in capsys.readouterr().out


def test_unknown_unit_is_a_chinese_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt unit name exits 2 with a message that suggests the near names."""
    db = str(tmp_path / "z.sqlite3")
    main(["demo", "--no-gui", "--db", db])
    capsys.readouterr()
    assert main(["identity", "set", "--unit", "水利", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "找不到名为“水利”的部门" in err and "水利工程系" in err
    assert "Traceback" not in err


def test_refused_database_file_exits_with_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pointing --db at a non-database gives a Chinese message and exit code 2, file untouched."""
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello", encoding="utf-8")
    assert main(["identity", "show", "--db", str(bogus)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "不是 SQLite 数据库" in err
    assert bogus.read_text(encoding="utf-8") == "hello"


def test_python_dash_m_app_is_the_same_command(tmp_path: Path) -> None:
    """`python -m app` runs the same command line as `zhengai`."""
    out = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert __version__ in out.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["org", "import-xlsx"], "缺少必需的参数：FILE"),
        (["identity", "set"], "必须给出以下参数之一"),
        (["identity", "set", "--office", "--unit", "教务科研处"], "不能与参数 --office 同时使用"),
        (["nosuchcmd"], "无效的选择"),
        (["demo", "--bogus"], "无法识别的参数：--bogus"),
        (["plan", "list", "--year", "abc"], "无效的值：'abc'"),
    ],
)
def test_bad_arguments_are_told_in_chinese(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse's own messages (usage, errors) reach the user in Chinese, exit code 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：") and "错误：" in err and expected in err
    assert "error:" not in err and "usage:" not in err


def test_help_headings_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """`--help` shows Chinese headings and option help, not argparse's English."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "用法：" in out and "显示此帮助并退出" in out and "显示版本号并退出" in out
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


def test_file_system_failures_are_told_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder where a file should be, for --db or an output, is named as such in Chinese;
    no internal error, and no crash log in the user's data folder."""
    folder = tmp_path / "adir"
    folder.mkdir()
    assert main(["--db", str(folder), "identity", "show"]) == 2
    assert "是一个文件夹" in capsys.readouterr().err
    assert main(["org", "template", "-o", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "这是一个文件夹" in err and "Is a directory" not in err
    assert list(folder.iterdir()) == []


def test_os_reason_names_the_usual_usb_failures() -> None:
    """The reasons an office PC meets (pulled stick, full disk, read-only) read in Chinese."""
    import errno

    from app.services.errors import os_reason

    assert "拔出" in os_reason(OSError(errno.EIO, "Input/output error"))
    assert "已满" in os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert "只读" in os_reason(OSError(errno.EROFS, "Read-only file system"))
    assert os_reason(OSError(errno.EDOM, "odd")) == "odd"  # unknown: the system's words
