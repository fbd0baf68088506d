"""Save PNG screenshots of the one-page plans area, for looking at it.

Run offscreen or under Xvfb: ``uv run python tools/screenshot_plans.py DB OUTDIR [WxH]``.
The database should be the sample college (``zhengai demo``), which has plans. The
tool works on a copy of it: there it grows the returned major plan to ten tasks (the
sample's plans have four to seven), so the editor is seen as a full plan looks.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

EXTRA_TASKS = ("校企合作与产教融合", "课程思政示范课建设", "专业诊改与质量年报")


def _showcase_copy(db: Path) -> tuple[Path, str]:
    """A copy of ``db`` in which an editable major plan has ten tasks; the copy and the plan."""
    from app.services.database import open_database
    from app.services.plans import store
    from app.services.plans.doc import Owner, TaskDoc

    copy = Path(tempfile.mkdtemp(prefix="zhengai-shots-")) / db.name
    shutil.copy(db, copy)
    database = open_database(copy, daily_backup=False)
    try:
        with database.session() as session:
            rows = [r for r in store.list_plans(session) if r.status in store.EDITABLE]
            if not rows:
                raise SystemExit("no editable plan: use the sample college (zhengai demo)")
            row = max(rows, key=lambda r: (r.level == "major", r.task_count))
            doc = store.load_plan(session, plan_id=row.id)
            model = doc.tasks[-1]
            for name in EXTRA_TASKS[: max(0, 10 - len(doc.tasks))]:
                doc.tasks.append(
                    TaskDoc(
                        name=name,
                        objective_ids=list(model.objective_ids),
                        owners=[Owner(o.person_id, o.priority, o.name) for o in model.owners],
                        target_date=date(doc.year, 12, 20),
                        planned_months=[9, 10, 11, 12],
                    )
                )
            store.save_plan(session, doc=doc)
            return copy, row.id
    finally:
        database.close()


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
    db, plan_id = _showcase_copy(db)
    from app.ui.application import create_application
    from app.ui.main_window_loader import open_main_window

    app = create_application()
    window = open_main_window(db, show_wizard=False)
    assert window is not None
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "1366x860").split("x"))
    window.resize(width, height)
    window.select_node("area", "plans")
    area = window.current_page()
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
        area.editor.ui.sideTabs.setCurrentWidget(area.editor.ui.checksTab)
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
        (
            "plans-09-editor-history",
            lambda: area.editor.ui.sideTabs.setCurrentWidget(area.editor.ui.historyTab),
        ),
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
