"""Writing many records fast: prepared values straight to SQLite's executemany.

SQLAlchemy Core spends most of a bulk insert processing each parameter in Python;
for tens of thousands of rows (the quality office's March import) that is most of
the time. Values are converted here exactly as SQLAlchemy's SQLite types store
them (the round-trip property test holds us to it), then handed to the driver
inside the session's own transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.services.sync.registry import RecordType


def sqlite_datetime(value: datetime) -> str:
    # SQLAlchemy's SQLite DATETIME storage format (always six fractional digits).
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def _date(value: date) -> str:
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def json_text(value: Any) -> str:
    """How merged JSON columns are stored (and indexed: the text is the version key)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "datetime": sqlite_datetime,
    "date": _date,
    "bool": int,
    "json": json_text,
}


def _converters(rtype: RecordType, names: list[str]) -> list[Callable[[Any], Any] | None]:
    kinds = {s.name: s.kind for s in rtype.specs}
    return [_CONVERT.get(kinds[n]) for n in names]


def _values(
    rows: Iterable[dict[str, Any]], names: list[str], convert: list[Callable[[Any], Any] | None]
) -> list[tuple[Any, ...]]:
    pairs = list(zip(names, convert, strict=True))
    return [
        tuple(row[n] if f is None or row[n] is None else f(row[n]) for n, f in pairs)
        for row in rows
    ]


def _quoted(names: list[str], suffix: str = "") -> str:
    return ", ".join(f'"{n}"{suffix}' for n in names)


def insert_rows(session: Session, rtype: RecordType, rows: list[dict[str, Any]]) -> None:
    """INSERT every row (all columns present) in one executemany."""
    if not rows:
        return
    names = [s.name for s in rtype.specs]
    marks = ", ".join("?" for _ in names)
    sql = f'INSERT INTO "{rtype.table.name}" ({_quoted(names)}) VALUES ({marks})'
    execute_many(session, sql, _values(rows, names, _converters(rtype, names)))


def update_rows(
    session: Session,
    rtype: RecordType,
    rows: list[dict[str, Any]],
    *,
    names: list[str] | None = None,
) -> None:
    """UPDATE the given columns (default: all but id) of every row, matched by id."""
    if not rows:
        return
    names = names or [s.name for s in rtype.specs if s.name != "id"]
    sql = f'UPDATE "{rtype.table.name}" SET {_quoted(names, " = ?")} WHERE "id" = ?'
    values = _values(rows, [*names, "id"], [*_converters(rtype, names), None])
    execute_many(session, sql, values)


def execute_many(session: Session, sql: str, values: list[tuple[Any, ...]]) -> None:
    """Run ``sql`` for every tuple of ``values`` in the session's transaction."""
    if not values:
        return
    connection = session.connection().connection.driver_connection
    assert connection is not None
    cursor = connection.cursor()
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()
