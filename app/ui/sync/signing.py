"""Work that signs with this PC's key: ask for the passphrase only when the key has one.

The services raise :class:`~app.services.sync.keys.PassphraseNeeded` when the
private key is encrypted and no passphrase was given; here the window asks in a
password field and runs the work again. The passphrase lives only as long as
the operation (it is never stored).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.services.errors import Cancelled
from app.services.sync.keys import PassphraseNeeded
from app.ui.messages import show_error
from app.ui.tasks import Task, run_task

T = TypeVar("T")


def ask_passphrase(parent: QWidget | None) -> str | None:
    """The private key's passphrase, typed in a password field; None if cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SyncSigning", "Passphrase"),
        QCoreApplication.translate(
            "SyncSigning", "This PC's private key is protected by a passphrase.\nPassphrase:"
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def run_signed(
    parent: QWidget,
    *,
    title: str,
    fn: Callable[[str | None, Any], T],
    on_success: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    passphrase: str | None = None,
) -> Task:
    """Run ``fn(passphrase, progress)`` in the background; ask and retry if the key needs it."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, PassphraseNeeded) and passphrase is None:
            typed = ask_passphrase(parent)
            if typed is None:
                show_error(parent, Cancelled())
                return
            run_signed(
                parent,
                title=title,
                fn=fn,
                on_success=on_success,
                on_error=on_error,
                passphrase=typed,
            )
            return
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)

    return run_task(
        parent,
        title=title,
        fn=lambda progress: fn(passphrase, progress),
        on_success=on_success,
        on_error=failed,
    )


def call_signed(parent: QWidget, fn: Callable[[str | None], T]) -> T | None:
    """Run a quick ``fn(passphrase)`` on the UI thread; errors shown, None on failure."""
    try:
        try:
            return fn(None)
        except PassphraseNeeded:
            typed = ask_passphrase(parent)
            if typed is None:
                raise Cancelled() from None
            return fn(typed)
    except Exception as exc:
        show_error(parent, exc)
        return None
