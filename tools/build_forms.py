"""Compile forms/*.ui into app/ui/forms/ui_*.py with pyside6-uic.

Generated modules are committed (a fresh clone runs without a build step) and
never edited by hand; tests/unit/test_generated_files.py fails when one is stale.
Run: ``uv run python tools/build_forms.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "app" / "ui" / "forms"


def compile_form(ui: Path) -> str:
    """The Python source pyside6-uic generates for ``ui``."""
    exe = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run(
        [str(exe), "--from-imports", str(ui)], check=True, capture_output=True, text=True
    )
    return result.stdout


def target_for(ui: Path) -> Path:
    """Where the generated module of ``ui`` lives."""
    return TARGET / f"ui_{ui.stem}.py"


def main() -> int:
    """Regenerate every form module."""
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Generated from forms/*.ui; do not edit."""\n')
    for ui in sorted(FORMS.glob("*.ui")):
        target_for(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.relative_to(ROOT)} -> {target_for(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
