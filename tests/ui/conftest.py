"""Fixtures for widget tests: the sample college on disk and the real main window."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services.database import open_database
from app.services.demo import create_demo
from app.services.identity import set_office


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample college, built once per test run (copied for each test)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    with db.session() as session:
        create_demo(session)
        set_office(session)
    db.close()
    return path


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample college database for one test."""
    target = tmp_path / "zhengai.sqlite3"
    shutil.copy(_demo_template, target)
    return target


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pytest-qt's QApplication, set up as the real start-up does (font, zh_CN)."""
    from app.ui import i18n
    from app.ui.application import create_application

    create_application()
    i18n.install_translators(qapp, "zh_CN")
    return qapp


@pytest.fixture
def window(app: QApplication, qtbot, demo_db: Path) -> Iterator[object]:
    """The main window on the sample college, as `zhengai demo` shows it."""
    from app.ui.main_window_loader import open_main_window

    win = open_main_window(demo_db, show_wizard=False)
    assert win is not None
    qtbot.addWidget(win)
    yield win
    win.close()


class ModalAnswerer:
    """Closes message boxes and dialogs that a test's action opens, keeping their texts."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.handlers: list[Callable[[QWidget], None]] = []
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def then(self, handler: Callable[[QWidget], None]) -> None:
        """Handle the next modal widget with ``handler`` instead of just closing it."""
        self.handlers.append(handler)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
        if self.handlers:
            self.handlers.pop(0)(widget)
        elif isinstance(widget, QMessageBox):
            widget.accept()
        else:
            widget.close()

    def stop(self) -> None:
        """Stop watching."""
        self._timer.stop()


@pytest.fixture
def modals(app: QApplication) -> Iterator[ModalAnswerer]:
    """Answers modal dialogs during the test."""
    answerer = ModalAnswerer()
    yield answerer
    answerer.stop()
