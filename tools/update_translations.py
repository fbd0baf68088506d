"""Keep resources/i18n current: extract strings with pyside6-lupdate, compile with lrelease.

Run after changing any user-visible string: ``uv run python tools/update_translations.py``.
New strings arrive marked unfinished; translate them in the .ts (Qt Linguist or an
editor), run again, and commit both the .ts and the .qm.
tests/unit/test_translations.py fails when a string lacks its Chinese.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)


def sources() -> list[Path]:
    """Every file that may hold a translatable string."""
    files = sorted((ROOT / "app" / "ui").rglob("*.py"))
    files = [f for f in files if "forms" not in f.parts]  # the .ui files are the source
    return files + sorted((ROOT / "forms").glob("*.ui"))


def tool(name: str) -> str:
    """Path of a PySide6 command-line tool in this environment."""
    return str(Path(sys.executable).with_name(name))


def lupdate(ts: Path, *, extra: list[str] | None = None) -> None:
    """Merge current source strings into ``ts`` (obsolete ones are dropped)."""
    args = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *(extra or [])]
    subprocess.run([*args, *map(str, sources()), "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def main() -> int:
    """Update every language's .ts and .qm."""
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = I18N / f"zhengai_{language}.ts"
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
