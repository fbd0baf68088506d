"""The local change feed: which records changed since a destination last acknowledged us.

Every travelling record's version vector changes on every edit (``stamp``), on
every bulk insert (``new_row_values``) and on every merge. So instead of hooks or
triggers that each new record type would need, :func:`refresh` compares each
record's vector with the one indexed and gives changed records the next local
``change_seq`` (CouchDB's ``_changes?since=``). A destination's high-water mark is
the ``change_seq`` covered by the last bundle it acknowledged; the next bundle
carries everything above it. A lost USB stick is never acknowledged, so its
changes simply ride in the next bundle too, and a bundle imported twice changes
nothing (versions decide).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, Text, func, select, tuple_, type_coerce
from sqlalchemy.orm import Session

from app.models import RecordIndex
from app.services.sync.registry import record_types

CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """Slices of ``items`` of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def existing_ids(session: Session, table: Table, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are stored in ``table``.

    Asked straight of the driver: an import asks it for every incoming record,
    mostly of records not stored yet, and SQLAlchemy's handling of a statement
    costs more than SQLite's lookups (a tenth of the office's March import).
    """
    connection = session.connection().connection.driver_connection
    assert connection is not None
    found: set[str] = set()
    cursor = connection.cursor()
    try:
        for chunk in chunks(list(ids)):
            marks = ", ".join("?" * len(chunk))
            cursor.execute(f'SELECT "id" FROM "{table.name}" WHERE "id" IN ({marks})', chunk)
            found.update(row[0] for row in cursor.fetchall())
    finally:
        cursor.close()
    return found


@dataclass(frozen=True)
class IndexEntry:
    """One row of the change feed."""

    type_name: str
    record_id: str
    version_key: str  # the version as stored (JSON text)
    change_seq: int
    received_from: str | None
    snap_key: str | None


def max_change_seq(session: Session) -> int:
    """The highest change number handed out so far."""
    return session.scalar(select(func.max(RecordIndex.change_seq))) or 0


def refresh(session: Session) -> int:
    """Index every record whose version changed since last seen; the new maximum.

    Versions are compared as the text stored (no JSON parsing: the office has tens
    of thousands of records). All local edits found in one refresh share one change
    number: they are exported together, so a finer order would buy nothing.
    """
    idx: Table = RecordIndex.__table__  # type: ignore[assignment]
    known: dict[tuple[str, str], str] = {
        (t, r): k
        for t, r, k in session.execute(select(idx.c.type_name, idx.c.record_id, idx.c.version_key))
    }
    current = max_change_seq(session)
    stamp = current + 1
    rows: list[tuple[str, str, str, int]] = []
    for rtype in record_types():
        table = rtype.table
        stmt = select(table.c.id, type_coerce(table.c.version, Text))
        for record_id, text in session.execute(stmt):
            if known.get((rtype.name, record_id)) != text:
                rows.append((rtype.name, record_id, text, stamp))
    if not rows:
        return current
    from app.services.sync.writer import execute_many

    execute_many(
        session,
        'INSERT INTO "sync_record_index" (type_name, record_id, version_key, change_seq)'
        " VALUES (?, ?, ?, ?) ON CONFLICT (type_name, record_id) DO UPDATE SET"
        " version_key = excluded.version_key, change_seq = excluded.change_seq,"
        " received_from = NULL",
        rows,
    )
    return stamp


def entries_since(session: Session, since: int) -> list[IndexEntry]:
    """Index rows changed after ``since`` (everything for 0)."""
    idx = RecordIndex.__table__
    stmt = select(
        idx.c.type_name,
        idx.c.record_id,
        idx.c.version_key,
        idx.c.change_seq,
        idx.c.received_from,
        idx.c.snap_key,
    ).where(idx.c.change_seq > since)
    return [IndexEntry(*row) for row in session.execute(stmt)]


def entries_for(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """``snap_key`` of the given (type, id) pairs that are indexed."""
    wanted = list(keys)
    found: dict[tuple[str, str], str] = {}
    for chunk in chunks(wanted):
        stmt = select(RecordIndex.type_name, RecordIndex.record_id, RecordIndex.snap_key).where(
            tuple_(RecordIndex.type_name, RecordIndex.record_id).in_(chunk)
        )
        for t, r, snap in session.execute(stmt):
            found[(t, r)] = snap
    return found
