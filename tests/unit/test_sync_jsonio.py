"""Bundle JSON through orjson gives exactly what the json module gives, or a refusal."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from app.services.sync import jsonio

IDS = ["plain", "big-ints", "below-int64", "long-digits", "floats", "long"]
EXACT = [
    {"a": 1, "b": [True, None, False], "c": '中文\u2028\x00/\\"'},
    [2**64, -(2**63) - 1, 2**63, 10**30],  # beyond 64 bits: orjson would make floats
    {"below": -(2**63) - 1},  # alone on its line: 19 digits, still beyond 64 bits
    {"身份证号": "450100199001011234", "n": 12345678901234567890123},
    [0.1, -0.0, 1e-7, 1.5e300],
    "x" * 1000,
]


@pytest.mark.parametrize("value", EXACT, ids=IDS)
def test_loads_reads_what_json_reads(value: Any) -> None:
    line = json.dumps(value, ensure_ascii=False).encode("utf-8")
    back = jsonio.loads(line)
    assert back == value
    assert [type(x) for x in _leaves(back)] == [type(x) for x in _leaves(value)]


@pytest.mark.parametrize("value", EXACT, ids=IDS)
def test_dumps_writes_what_json_writes(value: Any) -> None:
    """Compact, Chinese as it is; only a float's exponent may be spelled otherwise (1e-7)."""
    text = jsonio.dumps(value)
    assert json.loads(text) == value
    standard = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert text == standard or text == standard.replace("e-07", "e-7")


def test_dumps_handles_nesting_deeper_than_orjson_writes() -> None:
    deep: Any = 1
    for _ in range(300):
        deep = [deep]
    assert json.loads(jsonio.dumps(deep)) == deep


@pytest.mark.parametrize(
    "line",
    [b"[NaN]", b"[Infinity]", b"[1e400]", b'["\\ud800"]', b'["\xff"]', b"[1", b"", b"[" * 2000],
    ids=["nan", "infinity", "overflow", "lone-surrogate", "not-utf8", "cut", "empty", "deep"],
)
def test_loads_refuses_what_cannot_be_stored(line: bytes) -> None:
    with pytest.raises(jsonio.LineInvalid):
        jsonio.loads(line)


@pytest.mark.parametrize(
    "line",
    [
        b"[NaN, 12345678901234567890]",
        b"[1e400, 12345678901234567890]",
        b'["\\ud800", 12345678901234567890]',
    ],
    ids=["nan", "overflow", "lone-surrogate"],
)
def test_the_exact_path_refuses_the_same(line: bytes) -> None:
    """A line with 20 digits in a row is read by the json module, as strictly."""
    with pytest.raises(jsonio.LineInvalid):
        jsonio.loads(line)


def test_record_line_is_json_of_the_record() -> None:
    plain = {
        "id": "r1",
        "name": "教务科研处\n“引号”",
        "count": 2**62,
        "flag": False,
        "none": None,
        "day": date(1, 2, 3),
        "at": datetime(2026, 3, 1, 12, 0, 0, 5),
        "aware": datetime(2026, 1, 1, 8, tzinfo=timezone(timedelta(hours=8))),
    }
    json_texts = [
        ("content", '{"tasks":[1,2],"标题":"计划"}'),
        ("version", '{"pc":3}'),
        ("empty", None),
        ("number", 5),  # SQLite hands a JSON column holding a bare number back as one
    ]
    line = jsonio.record_line(plain, json_texts)
    assert b"\n" not in line
    back = json.loads(line)
    assert back == {
        "id": "r1",
        "name": "教务科研处\n“引号”",
        "count": 2**62,
        "flag": False,
        "none": None,
        "day": "0001-02-03",
        "at": "2026-03-01T12:00:00.000005",
        "aware": "2026-01-01T08:00:00+08:00",
        "content": {"tasks": [1, 2], "标题": "计划"},
        "version": {"pc": 3},
        "empty": None,
        "number": 5,
    }
    aware = datetime.fromisoformat(back["aware"]).astimezone(UTC)
    assert aware == datetime(2026, 1, 1, tzinfo=UTC)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]
