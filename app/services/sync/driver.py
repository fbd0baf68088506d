"""Sync's bulk reads and writes, straight to SQLite's driver inside the session's transaction.

An import or export touches tens of thousands of rows; SQLAlchemy's handling of
each row and statement cost several times SQLite's own work there. Values pass
as SQLite stores them (text, not datetimes): the callers convert (see
:mod:`.writer`) or read only columns that need no conversion.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session


@contextmanager
def _cursor(session: Session) -> Iterator[Any]:
    connection = session.connection().connection.driver_connection
    assert connection is not None
    cursor = connection.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def fetch(session: Session, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows ``sql`` selects, as tuples of plain values."""
    with _cursor(session) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def execute_many(session: Session, sql: str, values: list[tuple[Any, ...]]) -> None:
    """Run ``sql`` for every tuple of ``values``."""
    if values:
        with _cursor(session) as cursor:
            cursor.executemany(sql, values)
