"""Start-up figures: time to a visible main window and to the sample college shown; idle memory.

Targets (issue 2): window visible ≤ 0.6 s warm, college shown ≤ 1.2 s, idle ≤ 150 MiB.
Run: ``uv run python benchmarks/bench_startup.py`` (prints figures; asserts nothing).
Each run is a fresh process, as a user's start is; the first run warms the disk cache.

An installed app starts from bytecode (the frozen build ships .pyc files; a source
install writes them on its first start). A shell with PYTHONDONTWRITEBYTECODE=1, as
this project's build machine has, never writes them, and every start would then
compile SQLAlchemy from source (~0.5 s more). So the packages the start imports are
compiled first, explicitly, as an installation would have them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import os, sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QTimer
from app.ui.application import create_application
app = create_application()
from app.ui import main_window_loader
marks = {}
orig_show = main_window_loader.MainWindow.show
def show(self):
    orig_show(self)
    app.processEvents()
    marks["visible"] = time.perf_counter() - t0
main_window_loader.MainWindow.show = show
from pathlib import Path
window = main_window_loader.open_main_window(Path(sys.argv[1]), show_wizard=False)
app.processEvents()
marks["college"] = time.perf_counter() - t0
def finish():
    import resource
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{marks['visible']:.3f} {marks['college']:.3f} {rss:.0f}")
    app.quit()
QTimer.singleShot(500, finish)
app.exec()
"""


STARTUP_PACKAGES = ("sqlalchemy", "PySide6", "shiboken6", "platformdirs", "typing_extensions")


def compile_bytecode() -> None:
    """Write the .pyc files of what the start imports (see the module docstring)."""
    import importlib.util

    folders = [str(Path(__file__).resolve().parent.parent / "app")]
    for name in STARTUP_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec and spec.origin:
            folders.append(
                str(Path(spec.origin).parent) if spec.submodule_search_locations else spec.origin
            )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", *folders],
        check=False,
        capture_output=True,
    )


def main() -> int:
    """Print median figures over a few cold-process runs."""
    compile_bytecode()
    tmp = Path(tempfile.mkdtemp())
    db = tmp / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "app", "demo", "--no-gui", "--db", str(db)],
        check=True,
        capture_output=True,
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
    }
    rows = []
    for _ in range(6):
        import time

        start = time.perf_counter()
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import time,sys; sys.argv=['x', {str(db)!r}, repr({start}-0)]; "
                + "exec("
                + repr(CHILD)
                + ")",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.split()
        rows.append(tuple(float(x) for x in out[:3]))
    rows = rows[1:]  # first run warms caches
    visible = statistics.median(r[0] for r in rows)
    college = statistics.median(r[1] for r in rows)
    rss = statistics.median(r[2] for r in rows)
    print(f"main window visible:   {visible:.2f} s   (target ≤ 0.6 s)")
    print(f"sample college shown:  {college:.2f} s   (target ≤ 1.2 s)")
    print(f"memory after start:    {rss:.0f} MiB (target ≤ 150 MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
