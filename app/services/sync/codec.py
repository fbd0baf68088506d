"""Records to and from their JSON form, validated column by column.

The rules come from the SQLAlchemy table itself (type, length, nullability), so a
new record type needs no codec of its own. Everything that arrives in a bundle is
checked here before the database sees it: a wrong type, an over-long text, a
missing or unknown field refuses the bundle with a Chinese reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Table, Text

from app.services.errors import UserError

MAX_TEXT = 20_000  # characters in a Text column (a plan's objective is a few hundred)
MAX_JSON = 200_000  # characters of one JSON column once serialised (a plan snapshot)
MAX_LINE = 3_000_000  # bytes of one record line in a bundle (a million CJK characters)
MAX_VECTOR_ENTRIES = 200
_INT_RANGE = (-(2**63), 2**63 - 1)
_ID = re.compile(r"^[0-9A-Za-z_-]{1,36}$")


class RecordInvalid(UserError):
    """A record in a bundle that cannot be stored as it is."""


@dataclass(frozen=True)
class ColumnSpec:
    """What a column accepts."""

    name: str
    kind: str  # str | text | int | bool | date | datetime | json
    max_len: int
    nullable: bool


class ColumnSpecs(tuple[ColumnSpec, ...]):
    """A table's column specs in table order, and their names sorted as sync needs them.

    Made once per type, not per record: every incoming record's keys are compared
    with ``names``, and every outgoing line is written from ``plain_names`` and
    ``json_names`` (hashing the specs for a cache cost more than the work).
    """

    names: frozenset[str]
    plain_names: tuple[str, ...]  # every column but the JSON ones
    json_names: tuple[str, ...]

    def __new__(cls, specs: Iterable[ColumnSpec]) -> ColumnSpecs:
        self = super().__new__(cls, specs)
        self.names = frozenset(s.name for s in self)
        self.plain_names = tuple(s.name for s in self if s.kind != "json")
        self.json_names = tuple(s.name for s in self if s.kind == "json")
        return self


def column_specs(table: Table) -> ColumnSpecs:
    """The specs of every column of ``table`` (in table order)."""
    specs = []
    for col in table.columns:
        t = col.type
        if isinstance(t, JSON):
            kind, max_len = "json", MAX_JSON
        elif isinstance(t, Boolean):
            kind, max_len = "bool", 0
        elif isinstance(t, DateTime):
            kind, max_len = "datetime", 0
        elif isinstance(t, Date):
            kind, max_len = "date", 0
        elif isinstance(t, Integer):
            kind, max_len = "int", 0
        elif isinstance(t, Text):
            kind, max_len = "text", MAX_TEXT
        elif isinstance(t, String):
            kind, max_len = "str", t.length or MAX_TEXT
        else:  # pragma: no cover - a new column type needs a rule here
            raise TypeError(f"sync cannot carry column {table.name}.{col.name} of type {t!r}")
        specs.append(ColumnSpec(col.name, kind, max_len, bool(col.nullable)))
    return ColumnSpecs(specs)


# -- to the wire ------------------------------------------------------------------
def _utc_naive(value: datetime) -> datetime:
    """SQLite keeps naive UTC; an aware value is converted so both forms compare equal."""
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def to_wire(specs: tuple[ColumnSpec, ...], row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row as plain JSON data (dates as ISO text)."""
    out: dict[str, Any] = {}
    for spec in specs:
        value = row[spec.name]
        if value is not None:
            if spec.kind == "datetime":
                value = _utc_naive(value).isoformat()
            elif spec.kind == "date":
                value = value.isoformat()
        out[spec.name] = value
    return out


def normalised(specs: tuple[ColumnSpec, ...], row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row in the same Python form :func:`from_wire` produces (for comparing)."""
    out = {}
    for spec in specs:
        value = row[spec.name]
        if spec.kind == "datetime" and value is not None:
            value = _utc_naive(value)
        out[spec.name] = value
    return out


# -- from the wire ----------------------------------------------------------------
def check_vector(value: Any) -> dict[str, int]:
    """A version vector: {installation id: positive counter}, not empty."""
    if not isinstance(value, dict) or not value or len(value) > MAX_VECTOR_ENTRIES:
        raise ValueError("版本向量应为非空的对象")
    for key, count in value.items():
        if not isinstance(key, str) or not _ID.match(key):
            raise ValueError("版本向量中的安装标识格式不对")
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count < 2**62:
            raise ValueError("版本向量中的计数应为正整数")
    return dict(value)


def _field(spec: ColumnSpec, value: Any) -> Any:
    """One value in the database's Python form; ValueError with a Chinese reason."""
    if value is None:
        if not spec.nullable:
            raise ValueError("不能为空")
        return None
    kind = spec.kind
    if kind in ("str", "text"):
        if not isinstance(value, str):
            raise ValueError("应为文本")
        if len(value) > spec.max_len:
            raise ValueError(f"过长（{len(value)} 字，最多 {spec.max_len} 字）")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("应为整数")
        if not _INT_RANGE[0] <= value <= _INT_RANGE[1]:
            raise ValueError("超出整数范围")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError("应为是/否")
        return value
    if kind == "date":
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError("应为日期（YYYY-MM-DD）")
        return date.fromisoformat(value)
    if kind == "datetime":
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError("应为时间")
        return _utc_naive(datetime.fromisoformat(value))
    # json: the value came from json.loads, so it is plain JSON already; its size is
    # bounded by the line it came in (verify caps every line at MAX_LINE).
    return value


def from_wire(specs: ColumnSpecs, data: Any, *, type_name: str, line: int) -> dict[str, Any]:
    """Validate one incoming record and convert it for the database.

    Every column must be present (we always write all of them) and nothing else:
    a field we do not know means a newer program wrote it, and guessing is worse
    than refusing. Plain values that pass take a fast path (an import checks tens
    of thousands of records); anything unusual goes through :func:`_field`.
    """
    if type(data) is not dict:
        raise RecordInvalid(f"{type_name} 第 {line} 条记录不是一个对象。")
    names = specs.names
    if data.keys() != names:
        where = f"{type_name} 第 {line} 条记录"
        unknown = sorted(set(data) - names)
        if unknown:
            raise RecordInvalid(f"{where}含有未知字段：{'、'.join(unknown[:5])}。")
        missing = [s.name for s in specs if s.name not in data]
        raise RecordInvalid(f"{where}缺少字段：{'、'.join(missing[:5])}。")
    out: dict[str, Any] = {}
    for spec in specs:
        name = spec.name
        value = data[name]
        kind = spec.kind
        if (
            (kind in ("str", "text") and type(value) is str and len(value) <= spec.max_len)
            or (kind == "bool" and type(value) is bool)
            or (kind == "json" and name != "version" and value is not None)
        ):
            out[name] = value
            continue
        try:
            if name == "version":
                out[name] = check_vector(value)
            else:
                out[name] = _field(spec, value)
        except ValueError as exc:
            where = f"{type_name} 第 {line} 条记录"
            raise RecordInvalid(f"{where}的字段“{name}”{_reason(exc)}。") from None
    if not _ID.match(out["id"]):
        raise RecordInvalid(f"{type_name} 第 {line} 条记录的编号格式不对。")
    return out


def _reason(exc: ValueError) -> str:
    """Our own messages are Chinese; the standard library's (dates) become one."""
    text = str(exc)
    if text and not text.isascii():
        return text
    return "格式不对"
