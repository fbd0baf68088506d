"""Autosave for a document edited in memory through an undo stack.

The plan editor, the job-description manual and the standards catalog all work the same
way: edits are undo commands on an in-memory document (cheap, never fail), and the
document writes itself about a second after the last edit, and at once when its page is
left. The rules that make that safe live here once, so the three cannot drift apart:

- every step on the undo stack (an edit, an undo, a redo) marks the document pending and
  restarts the timer, so a crash loses at most a second of typing;
- a refused save (another PC's unit, a locked plan, a full disk …) leaves the edits in
  memory, marks the document failed and reports each distinct reason once, not on
  every keystroke that follows;
- the status bar reads the same words everywhere (:meth:`state_text`).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import UserError
from app.ui.workspace import Workspace

# Save states, as :attr:`AutosavingDocument.state` holds them.
SAVED, PENDING, FAILED = "saved", "pending", "failed"


class AutosavingDocument(QObject):
    """A document with an undo stack that saves itself; subclasses say how to write it."""

    # SAVED, PENDING or FAILED
    save_state_did_change = Signal(str)
    # a save was refused; each distinct reason once
    save_refused = Signal(str)

    autosave_ms = 1000
    # a read-only document never writes (subclasses may make this a property)
    read_only: bool = False

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.state = SAVED
        self.saved_at: datetime | None = None
        self._last_refusal = ""
        self._save_timer = QTimer(self, singleShot=True)
        self._save_timer.timeout.connect(self.save_now)
        self.undo_stack.indexChanged.connect(self._edited)

    # -- for subclasses ----------------------------------------------------------------
    def _write(self) -> bool:
        """Write the document through its store; True if anything changed in the database."""
        raise NotImplementedError

    def _did_write(self, changed: bool) -> None:
        """Called after a successful save (``changed``: the database changed)."""

    # -- saving ------------------------------------------------------------------------
    @Slot(int)
    def _edited(self, _index: int) -> None:
        self._set_state(PENDING)
        self._save_timer.start(self.autosave_ms)

    @property
    def dirty(self) -> bool:
        """Edits not yet written to the database."""
        return self.state != SAVED

    @Slot()
    def save_now(self) -> bool:
        """Write now if anything is unsaved; False if the store refused it."""
        self._save_timer.stop()
        if not self.dirty or self.read_only:
            return True
        try:
            changed = self._write()
        except UserError as exc:
            self._set_state(FAILED)
            if str(exc) != self._last_refusal:
                self._last_refusal = str(exc)
                self.save_refused.emit(str(exc))
            return False
        self._last_refusal = ""
        self.saved_at = datetime.now()
        self._set_state(SAVED)
        self._did_write(changed)
        return True

    def mark_saved(self) -> None:
        """The document now shows what is stored (read again): nothing is pending."""
        self._save_timer.stop()
        self._set_state(SAVED)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.save_state_did_change.emit(state)

    def state_text(self) -> str:
        """The save state in words, for a status bar: 正在保存… / 未保存 / 已保存 12:03:05."""
        if self.state == PENDING:
            return QCoreApplication.translate("Autosave", "Saving…")
        if self.state == FAILED:
            return QCoreApplication.translate("Autosave", "Not saved")
        if self.saved_at is not None:
            return QCoreApplication.translate("Autosave", "Saved %1").replace(
                "%1", self.saved_at.strftime("%H:%M:%S")
            )
        return QCoreApplication.translate("Autosave", "Saved")


def warn_save_refused(parent: QWidget, message: str) -> None:
    """Tell the user a save was refused, and that the edit is kept and can be undone."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Autosave", "Cannot Save"),
        message
        + "\n\n"
        + QCoreApplication.translate(
            "Autosave", "The change stays in the editor; undo it with Ctrl+Z."
        ),
    )
