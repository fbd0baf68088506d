"""Save PNG screenshots of the one-page plans area, for looking at it.

Run offscreen or under Xvfb: ``uv run python tools/screenshot_plans.py DB OUTDIR [WxH]``.
The database should be the sample college (``zhengai demo``), which has plans; the
editor is shown on a plan with about ten tasks, and the dialogs on the same plan.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def _pick_plan(workspace: object) -> str:
    """A plan with tasks closest to ten, preferring one that has monthly progress."""
    from app.services.plans import store

    rows = workspace.read(store.list_plans)  # type: ignore[attr-defined]
    if not rows:
        raise SystemExit("the database has no plans: use the sample college (zhengai demo)")
    return min(rows, key=lambda r: (abs(r.task_count - 10), r.level != "major")).id


def _plan_with(workspace: object, *, problems: bool, status: str) -> str | None:
    """A plan of ``status`` that has (or has no) check problems, the one with most tasks."""
    from app.services.plans import checks, store

    rows = [r for r in workspace.read(store.list_plans) if r.status == status]  # type: ignore[attr-defined]
    for row in sorted(rows, key=lambda r: -r.task_count):
        doc = workspace.read(store.load_plan, plan_id=row.id)  # type: ignore[attr-defined]
        if bool(checks.check_plan(doc)) == problems:
            return row.id
    return None


def main() -> int:
    """Open the window, visit the list, the editor and the dialogs; one PNG each."""
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    from app.ui.application import create_application
    from app.ui.main_window_loader import open_main_window

    app = create_application()
    window = open_main_window(db, show_wizard=False)
    assert window is not None
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x860").split("x"))
    window.resize(width, height)
    window.select_node("area", "plans")
    area = window.current_page()
    plan_id = _pick_plan(window.workspace)
    dialogs: list[QWidget] = []

    def dialog(make: Callable[[], QWidget]) -> Callable[[], QWidget]:
        def show() -> QWidget:
            widget = make()
            widget.show()
            dialogs.append(widget)
            return widget

        return show

    def owners() -> QWidget:
        from app.ui.plans.owners_dialog import OwnersDialog

        doc = area.document.doc
        task = doc.tasks[0]
        return OwnersDialog(
            window.workspace, unit_id=doc.unit_id, task_name=task.name, owners=task.owners
        )

    def monthly() -> QWidget:
        from app.ui.plans.monthly_dialog import MonthlyDialog

        doc = area.document.doc
        return MonthlyDialog(window.workspace, doc, month=area.editor.note_month)

    def preview() -> QWidget:
        from app.ui.plans.preview import PreviewDialog

        widget = PreviewDialog(area.document.doc)
        widget.resize(1200, 860)
        return widget

    def new_plan() -> QWidget:
        from app.ui.plans.new_plan_dialog import NewPlanDialog

        return NewPlanDialog(window.workspace)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("plans-01-list", lambda: area.list_page.select_plan(plan_id)),
        ("plans-02-editor", lambda: area.open_plan(plan_id)),
        ("plans-03-owners", dialog(owners)),
        ("plans-04-monthly", dialog(monthly)),
        ("plans-05-preview", dialog(preview)),
        ("plans-06-new", dialog(new_plan)),
    ]
    faulty = _plan_with(window.workspace, problems=True, status="draft")
    if faulty:
        steps.append(("plans-07-editor-problems", lambda: area.open_plan(faulty)))
    approved = _plan_with(window.workspace, problems=False, status="approved")
    if approved:
        steps.append(("plans-08-editor-approved", lambda: area.open_plan(approved)))

    def run(i: int = 0) -> None:
        if i == len(steps):
            for widget in dialogs:
                widget.close()
            app.quit()
            return
        name, action = steps[i]
        result = action()

        def shoot() -> None:
            target = result if isinstance(result, QWidget) else window
            target.grab().save(str(out / f"{name}.png"))
            if isinstance(result, QWidget):
                result.close()
            run(i + 1)

        QTimer.singleShot(400, shoot)

    QTimer.singleShot(500, run)
    code = app.exec()
    QApplication.processEvents()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
