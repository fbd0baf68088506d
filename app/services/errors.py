"""Errors meant for the user: they carry a complete Chinese message."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can act on; ``str(err)`` is shown as is, never a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Cancelled(Exception):
    """The user cancelled a long task; whatever it did has been rolled back."""
