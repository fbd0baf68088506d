"""The self-test passes on a correct installation, in-process and through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.selftest import run_selftest


def test_every_selftest_check_passes() -> None:
    """Database, resources, Qt with the bundled font, and the Chinese PDF all work here."""
    results = run_selftest()
    assert [c.name for c in results] == [
        "数据库",
        "资源文件",
        "Qt 界面库与字体",
        "中文 PDF 输出",
        "数据包签名（Ed25519）",
        "命令与模块",
    ]
    failed = [f"{c.name}：{c.detail}" for c in results if not c.ok]
    assert not failed, failed
    assert all(c.detail for c in results)


def test_selftest_command_exits_zero_and_reports_in_chinese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``zhengai selftest`` prints one line per check and exits 0 when all pass."""
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert out.count("通过  ") == 6
    assert out.rstrip().endswith("自检通过。")


def test_failing_check_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken part makes its own line fail and the command exit non-zero; others still run."""
    import app.selftest as selftest

    def broken() -> str:
        raise OSError("磁盘已满")

    monkeypatch.setattr(selftest, "_check_database", broken)
    results = run_selftest()
    assert not results[0].ok and "磁盘已满" in results[0].detail
    assert all(c.ok for c in results[1:])
    assert main(["selftest"]) == 1


def test_unreadable_icon_fails_the_qt_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An icon Qt cannot decode (e.g. an image plugin left out of the build) is reported."""
    import app.selftest as selftest

    real_resource = selftest.resource
    icons = tmp_path / "icons"
    icons.mkdir()
    (icons / "good.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">'
        '<rect width="16" height="16" fill="red"/></svg>',
        encoding="utf-8",
    )
    (icons / "broken.png").write_bytes(b"not a png")

    def fake_resource(*parts: str) -> Path:
        return icons if parts == ("icons",) else real_resource(*parts)

    monkeypatch.setattr(selftest, "resource", fake_resource)
    qt_check = run_selftest()[2]
    assert not qt_check.ok
    assert "broken.png" in qt_check.detail and "good.svg" not in qt_check.detail
