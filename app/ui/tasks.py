"""Long work off the UI thread, with a progress dialog that can cancel.

The work is a plain service function taking a ``progress`` object
(:mod:`app.services.progress`). Here it runs on a single-thread pool (database
writes are serial, like Anki's taskman), reports through throttled signals, and
never touches a widget; results come back to the UI thread by signal.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.errors import Cancelled

_POOL: QThreadPool | None = None
_THROTTLE_S = 0.05


def pool() -> QThreadPool:
    """The serial executor for long work."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _ThreadProgress:
    """The :class:`~app.services.progress.Progress` a worker sees."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel
        self._total = 0
        self._done = 0
        self._label = ""
        self._last = 0.0

    def start(self, total: int, label: str) -> None:
        self._total, self._done, self._label = total, 0, label
        self._signals.progress.emit(0, total, label)
        self._check()

    def advance(self, steps: int = 1) -> None:
        self._done += steps
        now = time.monotonic()
        if now - self._last >= _THROTTLE_S or self._done >= self._total:
            self._last = now
            self._signals.progress.emit(self._done, self._total, self._label)
        self._check()

    def _check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Any], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._fn(_ThreadProgress(self._signals, self._cancel))
        except BaseException as exc:  # reported to the UI thread, which decides
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A running job with its dialog. Keep a reference until it finishes."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        fn: Callable[[Any], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._on_success = on_success
        self._on_error = on_error
        self.last_progress = (0, 0)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._signals.progress.connect(self._show_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        pool().start(_Job(fn, self._signals, self._cancel))

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next progress step (it rolls back)."""
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, label: str) -> None:
        self.last_progress = (done, total)
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        if label and not self._cancel.is_set():
            self.dialog.setLabelText(label)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._close()
        self._on_error(exc)


_running: set[Task] = set()


def run_task(
    parent: QWidget,
    *,
    title: str,
    fn: Callable[[Any], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start ``fn(progress)`` in the background; callbacks run on the UI thread."""
    task = Task(parent, title=title, fn=fn, on_success=on_success, on_error=on_error)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    return task
