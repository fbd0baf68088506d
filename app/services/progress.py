"""How long work reports progress and learns it was cancelled.

A long task is a plain function ``run(..., progress)``; the UI passes an object
that forwards to a progress dialog from a worker thread, tests and the CLI pass
:class:`NullProgress` or their own. Workers never touch widgets.
"""

from __future__ import annotations

from typing import Protocol

from app.services.errors import Cancelled


class Progress(Protocol):
    """What a long task may call."""

    def start(self, total: int, label: str) -> None:
        """A new phase with ``total`` steps (0: unknown)."""

    def advance(self, steps: int = 1) -> None:
        """``steps`` more done; raises :class:`Cancelled` if the user cancelled."""


class NullProgress:
    """Progress that nobody watches (CLI, tests); can be cancelled after N steps."""

    def __init__(self, *, cancel_after: int | None = None) -> None:
        self.done = 0
        self.total = 0
        self.labels: list[str] = []
        self._cancel_after = cancel_after

    def start(self, total: int, label: str) -> None:
        """Record the phase."""
        self.total = total
        self.labels.append(label)

    def advance(self, steps: int = 1) -> None:
        """Count, and cancel when told to (used by tests of rollback)."""
        self.done += steps
        if self._cancel_after is not None and self.done >= self._cancel_after:
            raise Cancelled()
