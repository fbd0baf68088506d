"""Dependencies point one way: ui/cli → services → models, and the data layer never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ["app/models", "app/services", "app/excel", "app/reports", "app/migrations"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("folder", QT_FREE)
def test_data_layers_do_not_import_qt_or_ui(folder: str) -> None:
    """Models, services and file formats stay free of PySide6 and of app.ui (testable alone)."""
    offenders = []
    for path in (ROOT / folder).rglob("*.py"):
        for name in _imports(path):
            if name.startswith(("PySide6", "app.ui", "app.cli")):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_models_do_not_import_services() -> None:
    """Models know nothing of the rules built on them."""
    offenders = [
        f"{p.relative_to(ROOT)} imports {n}"
        for p in (ROOT / "app/models").rglob("*.py")
        for n in _imports(p)
        if n.startswith("app.services")
    ]
    assert offenders == []


def test_importing_services_loads_no_qt() -> None:
    """At run time too: a batch job using services never pulls in Qt."""
    code = (
        "import sys, app.services.database, app.services.org, app.services.org_queries, "
        "app.services.identity, app.services.demo; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
