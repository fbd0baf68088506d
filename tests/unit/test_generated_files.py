"""Generated files are current: compiled forms and compiled translations match their sources."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_forms  # noqa: E402
import update_translations  # noqa: E402


def _normalise(source: str) -> str:
    # uic stamps its own version in a comment; that alone is not staleness
    return re.sub(r"## Created by: Qt User Interface Compiler version .*\n", "", source)


@pytest.mark.parametrize("ui", sorted((ROOT / "forms").glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_current(ui: Path) -> None:
    """app/ui/forms/ui_*.py equals what pyside6-uic makes of forms/*.ui (never hand-edited)."""
    target = build_forms.target_for(ui)
    assert target.exists(), f"run tools/build_forms.py: {target.name} is missing"
    assert _normalise(target.read_text(encoding="utf-8")) == _normalise(
        build_forms.compile_form(ui)
    ), f"{target.name} is stale: run `uv run python tools/build_forms.py`"


def test_translation_source_is_current(tmp_path: Path) -> None:
    """Running lupdate on today's code adds no string to the committed .ts."""
    committed = ROOT / "resources/i18n/zhengai_zh_CN.ts"
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    update_translations.lupdate(copy)
    sources = lambda p: sorted(re.findall(r"<source>(.*?)</source>", p.read_text(), re.S))  # noqa: E731
    assert sources(copy) == sources(committed), (
        "strings changed: run `uv run python tools/update_translations.py` and translate"
    )


def test_compiled_translation_is_current(tmp_path: Path) -> None:
    """The committed .qm is exactly lrelease's output for the committed .ts."""
    ts = ROOT / "resources/i18n/zhengai_zh_CN.ts"
    qm = tmp_path / "out.qm"
    update_translations.lrelease(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes()
