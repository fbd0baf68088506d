"""Save PNG screenshots of the standards area, and printed catalogs, for looking at them.

Run under Xvfb (or offscreen): ``uv run python tools/screenshot_standards.py DB OUTDIR [WxH]``.
The database should be the sample college (``zhengai demo``), whose catalogs of this year
exist and some of whose majors have own targets. The tool works on a copy of it. Besides
the window it writes the major catalog, the diagnostic table and one major's own standard
as PDF, and their first pages as PNG when ``pdftoppm`` is installed (``-r 80``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    """Open the window, visit the catalogs (表5, 诊断要素表) and an own standard."""
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    copy = Path(tempfile.mkdtemp(prefix="zhengai-shots-")) / db.name
    shutil.copy(db, copy)
    from app.ui.application import create_application
    from app.ui.main_window_loader import open_main_window

    app = create_application()
    window = open_main_window(copy, show_wizard=False)
    assert window is not None
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x860").split("x"))
    window.resize(width, height)
    window.select_node("area", "standards")
    area = window.current_page()
    catalog = area.catalog_page

    def kind(name: str) -> Callable[[], None]:
        def show() -> None:
            area.setCurrentWidget(catalog)
            combo = catalog.ui.kindCombo
            combo.setCurrentIndex(combo.findData(name))
            doc = catalog.document.doc
            point = next(x.entry for x in doc.walk() if x.entry.level == doc.point_level)
            catalog._select(point.id)

        return show

    def own() -> None:
        area.setCurrentWidget(area.own_page)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("standards-01-major-catalog", kind("major")),
        ("standards-02-diagnosis", kind("diagnosis")),
        ("standards-03-teacher", kind("teacher")),
        ("standards-04-own", own),
    ]

    def run(i: int = 0) -> None:
        if i == len(steps):
            _write_pdfs(area, out)
            app.quit()
            return
        name, action = steps[i]
        result = action()

        def shoot() -> None:
            target = result if isinstance(result, QWidget) else window
            target.grab().save(str(out / f"{name}.png"))
            run(i + 1)

        QTimer.singleShot(500, shoot)

    QTimer.singleShot(500, run)
    code = app.exec()
    QApplication.processEvents()
    return code


def _write_pdfs(area: object, out: Path) -> None:
    """The printed catalogs and own standard; their first pages as PNG if pdftoppm is there."""
    from app.ui.standards.preview import catalog_bytes, own_bytes

    page = area.catalog_page  # type: ignore[attr-defined]
    files: dict[str, bytes] = {"standards-printed-own": own_bytes(area.own_page.doc)}  # type: ignore[attr-defined]
    for name in ("major", "diagnosis"):
        combo = page.ui.kindCombo
        combo.setCurrentIndex(combo.findData(name))
        files[f"standards-printed-{name}"] = catalog_bytes(page.document.doc)
    for name, data in files.items():
        pdf = out / f"{name}.pdf"
        pdf.write_bytes(data)
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2", str(pdf), str(out / name)],
                check=True,
            )


if __name__ == "__main__":
    raise SystemExit(main())
