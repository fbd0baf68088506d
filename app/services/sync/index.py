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
from typing import Any, NamedTuple

from sqlalchemy import Table, func, select, tuple_
from sqlalchemy.orm import Session

from app.models import RecordIndex
from app.services.sync.driver import execute_many, fetch
from app.services.sync.registry import record_types

CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """Slices of ``items`` of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def existing_ids(session: Session, table: Table, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are stored in ``table``."""
    return ids_where(session, table, "id", ids)


def ids_where(session: Session, table: Table, column: str, values: Iterable[str]) -> set[str]:
    """The ids of the rows of ``table`` whose ``column`` is one of ``values``."""
    found: set[str] = set()
    for chunk in chunks(list(values)):
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT "id" FROM "{table.name}" WHERE "{column}" IN ({marks})'
        found.update(row[0] for row in fetch(session, sql, chunk))
    return found


class IndexEntry(NamedTuple):
    """One row of the change feed (a tuple: an export makes one per record)."""

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
    known: dict[tuple[str, str], str] = {
        (t, r): k
        for t, r, k in fetch(
            session, 'SELECT type_name, record_id, version_key FROM "sync_record_index"'
        )
    }
    current = max_change_seq(session)
    stamp = current + 1
    rows: list[tuple[str, str, str, int]] = []
    for rtype in record_types():
        for record_id, text in fetch(session, f'SELECT id, version FROM "{rtype.table.name}"'):
            if known.get((rtype.name, record_id)) != text:
                rows.append((rtype.name, record_id, text, stamp))
    if not rows:
        return current
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
    sql = (
        "SELECT type_name, record_id, version_key, change_seq, received_from, snap_key"
        ' FROM "sync_record_index" WHERE change_seq > ?'
    )
    return [IndexEntry._make(row) for row in fetch(session, sql, (since,))]


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
