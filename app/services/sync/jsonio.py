"""Record JSON in and out of bundles, fast and exact.

The quality office's March import parses and stores every unit's records at
once: ~30,000 lines, most of the bytes in plans' monthly snapshots. The
standard ``json`` module spent half of that import parsing lines and
serialising JSON columns again; orjson does both several times faster.

orjson differs from ``json`` in what it accepts, and each difference is
handled here so that the result is the one ``json`` gives, or a refusal:

- integers beyond 64 bits become floats in orjson (``json`` keeps them exact):
  a line with a run of 19 or more digits (-2**63 - 1 has 19) goes through
  ``json`` instead, with the same refusals, and such an integer is written
  back by ``json`` too, as is nesting deeper than orjson writes (254 levels);
- NaN, Infinity, numbers that overflow to infinity, lone surrogates and
  invalid UTF-8 are refused by orjson (``json`` would let them in, and the
  database or the next export would fail on them later): a refused line is
  the right answer for a bundle;
- writing a line: orjson writes strings, integers, booleans, dates and times
  exactly as ``json.dumps(ensure_ascii=False)`` and ``isoformat()`` do;
- serialising JSON columns: orjson writes what ``json.dumps(ensure_ascii=False,
  separators=(",", ":"))`` writes, except how some floats are spelled (``1e-7``
  for ``1e-07``, ``0.00001`` for ``1e-05``): both are JSON for the same number,
  and nothing compares JSON column text except version vectors, which hold
  integers only.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

#: Every digit as "0", everything else as "x": a run of 19 digits becomes
#: ``_LONG_RUN``, possibly an integer beyond 64 bits (2**64 has 20 digits,
#: -2**63 - 1 has 19). bytes.translate and ``in`` look at 40 MB in 50 ms; a
#: regular expression takes 0.5 s.
_DIGITS = bytes(ord("0") if 0x30 <= i <= 0x39 else ord("x") for i in range(256))
_LONG_RUN = b"0" * 19


class LineInvalid(ValueError):
    """A line that is not JSON (or not UTF-8)."""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):
        raise ValueError(f"{text} is out of range")
    return value


def loads(line: bytes) -> Any:
    """One record line (UTF-8 bytes) as Python data, exactly as ``json.loads`` reads it."""
    if _LONG_RUN in line.translate(_DIGITS):
        try:
            value = json.loads(
                line.decode("utf-8"), parse_constant=_no_constant, parse_float=_finite
            )
            # A lone surrogate ("\ud800") parses, but no database can store it.
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except (ValueError, RecursionError) as exc:  # Unicode errors are ValueErrors
            raise LineInvalid(str(exc)) from None
        return value
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise LineInvalid(str(exc)) from None


def dumps(value: Any) -> str:
    """Compact JSON text of plain data (how merged JSON columns are stored)."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:  # an integer beyond 64 bits, or very deep nesting (see above)
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def record_line(plain: dict[str, Any], json_texts: list[tuple[str, Any]]) -> bytes:
    """One bundle line: the plain fields (sorted), then each JSON column's stored text.

    ``plain`` holds text, integers, booleans, dates and times (orjson writes those
    as ``isoformat()`` does, an aware time with its offset). ``json_texts`` pairs
    each JSON column's name (plain letters and ``_``) with the JSON text it is
    stored as: already JSON, it is spliced in, not parsed and written again. SQLite
    hands a JSON column that holds a bare number back as a number (the column's
    affinity is NUMERIC); its ``str`` is the same number in JSON.
    """
    head = orjson.dumps(plain, option=orjson.OPT_SORT_KEYS)
    parts = [head[:-1]]
    for name, text in json_texts:
        value = b"null" if text is None else str(text).encode("utf-8")
        parts += (b',"', name.encode("ascii"), b'":', value)
    parts.append(b"}")
    return b"".join(parts)
