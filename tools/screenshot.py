"""Save PNG screenshots of the main window on a database, for looking at the UI.

Run under Xvfb or offscreen: ``uv run python tools/screenshot.py DB OUTDIR``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer


def main() -> int:
    """Open the window, visit a few pages, save one PNG per page."""
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    from app.ui.application import create_application
    from app.ui.main_window_loader import open_main_window

    app = create_application()
    window = open_main_window(db, show_wizard=False)
    assert window is not None
    window.resize(1280, 800)
    shots = [("college", None)]
    tree = window.nav_model
    # first academic unit, its first major, and one work area
    academic = tree.index(1, 0, tree.index(0, 0))
    unit = tree.index(0, 0, academic)
    major = tree.index(0, 0, unit)
    steps = [
        ("01-college", lambda: None),
        ("02-unit", lambda: window.ui.navTree.setCurrentIndex(unit)),
        ("03-major", lambda: window.ui.navTree.setCurrentIndex(major)),
        ("04-area", lambda: window.select_node("area", "plans")),
    ]
    del shots

    def run(i: int = 0) -> None:
        if i == len(steps):
            app.quit()
            return
        name, action = steps[i]
        action()
        QTimer.singleShot(300, lambda: (window.grab().save(str(out / f"{name}.png")), run(i + 1)))

    QTimer.singleShot(500, run)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
