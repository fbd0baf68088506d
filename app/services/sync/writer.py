"""Writing many records fast: prepared values straight to SQLite's executemany.

SQLAlchemy Core spends most of a bulk insert processing each parameter in Python;
for tens of thousands of rows (the quality office's March import) that is most of
the time. Values are converted here exactly as SQLAlchemy's SQLite types store
them (the round-trip property test holds us to it), then handed to the driver
inside the session's own transaction.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.services.sync import jsonio
from app.services.sync.driver import execute_many
from app.services.sync.registry import RecordType


def sqlite_datetime(value: datetime) -> str:
    """SQLAlchemy's SQLite DATETIME storage format: naive, six fractional digits."""
    if value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _date(value: date) -> str:
    return value.isoformat()


def json_text(value: Any) -> str:
    """How merged JSON columns are stored (and indexed: the text is the version key)."""
    return jsonio.dumps(value)


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
    """Each row's values in ``names`` order, converted where a converter is given.

    The values are taken all at once (itemgetter, in C; there are always at least
    two names, the id and another, so it returns tuples) and only the few columns
    that need it are converted: this runs for every record of an import.
    """
    take = operator.itemgetter(*names)
    changed = [(i, f) for i, f in enumerate(convert) if f is not None]
    if not changed:
        return [take(row) for row in rows]
    out: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(take(row))
        for i, f in changed:
            if values[i] is not None:
                values[i] = f(values[i])
        out.append(tuple(values))
    return out


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
