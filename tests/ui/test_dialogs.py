"""First-start wizard, identity change, About box, and long work with progress and cancel."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QWizard

from app import __version__
from app.services.database import open_database
from app.services.demo import create_demo
from app.services.errors import Cancelled
from app.services.identity import get_identity


def test_first_start_wizard_sets_the_unit(app, qtbot, modals, tmp_path: Path) -> None:
    """A PC opened for the first time asks who uses it; choosing a unit stores that identity."""
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    with db.session() as s:
        create_demo(s)
    db.close()

    def choose_unit(wizard: QWizard) -> None:
        wizard.next()  # past the welcome page
        page = wizard.identity_page
        page.ui.unitRadio.setChecked(True)
        page.ui.unitCombo.setCurrentIndex(page.ui.unitCombo.findText("电力工程系"))
        wizard.accept()

    modals.then(choose_unit)
    from app.ui.main_window_loader import open_main_window

    window = open_main_window(path, show_wizard=True)
    qtbot.addWidget(window)
    assert "电力工程系" in window.identity_label.text()
    ident = window.workspace.read(get_identity)
    assert ident.role == "unit" and ident.unit_name == "电力工程系"
    window.close()


def test_identity_can_be_changed_later(window, modals) -> None:
    """File → This PC's Identity re-opens the choice; picking the office updates the status bar."""

    def choose_office(wizard: QWizard) -> None:
        wizard.identity_page.ui.officeRadio.setChecked(True)
        wizard.accept()

    modals.then(choose_office)
    window.ui.actionIdentity.trigger()
    assert window.workspace.read(get_identity).role == "office"


def test_about_shows_version_and_data_file(window, demo_db: Path) -> None:
    """The About box tells a maintainer which version and which file."""
    from app.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.workspace, window)
    assert dialog.ui.versionValue.text() == __version__
    assert dialog.ui.dataFileValue.text() == str(demo_db)
    assert dialog.ui.identityValue.text() == "质量督导处"


def test_background_task_reports_progress_and_result(window, qtbot) -> None:
    """Long work runs off the UI thread; the dialog follows its progress; the result comes back."""
    from app.ui.tasks import run_task

    results: list[object] = []

    def work(progress) -> int:
        progress.start(5, "计算中")
        for _ in range(5):
            time.sleep(0.01)
            progress.advance()
        return 42

    task = run_task(
        window, title="测试", fn=work, on_success=results.append, on_error=results.append
    )
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert task.last_progress == (5, 5)


def test_background_task_can_be_cancelled(window, qtbot) -> None:
    """Cancel stops the work at its next step and reports Cancelled (the work rolls back)."""
    from app.ui.tasks import run_task

    errors: list[BaseException] = []
    started: list[bool] = []

    def work(progress) -> None:
        progress.start(1000, "慢慢来")
        started.append(True)
        for _ in range(1000):
            time.sleep(0.005)
            progress.advance()

    task = run_task(window, title="测试", fn=work, on_success=errors.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
