"""Alembic migrations of the store.

``REVISIONS`` lists every revision in order, so opening a database needs no
Alembic import (it costs start-up time) unless an upgrade is due. A test checks
that the list matches Alembic's own view of ``versions/``.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = REVISIONS[-1]
