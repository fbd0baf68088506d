"""Make text fit a box: wrap, then shrink, then cut with "…" — never overflow.

The one-page plan must stay one page whatever people type, so every string on it
goes through :func:`fit`. Measuring uses the CJK font's own advance widths
(reportlab's ``stringWidth`` per character, cached at size 1 and scaled), which is
exactly what the PDF viewer will draw; the tests re-measure every drawn line with
``stringWidth`` to prove it.

Line breaking follows the usual Chinese rules in a simple form: a break may fall
between any two Chinese characters, a run of Latin letters or digits stays whole
when it fits on a line, closing punctuation never starts a line and opening
punctuation never ends one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

ELLIPSIS = "…"
LEADING = 1.22  # line height as a multiple of the font size
SIZE_STEP = 0.5

# Kept with the character before them (may not start a line).
_CLOSING = set("，。、；：！？）》」』】〕〉”’%‰,.;:!?)]}…·")
# Kept with the character after them (may not end a line).
_OPENING = set("（《「『【〔〈“‘([{")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-_/+#%]*")
#: Put between characters that must stay on one line (a person's name with its priority);
#: it joins them into one token and is never drawn.
JOIN = "\u2060"


@dataclass(frozen=True)
class Fitted:
    """Lines to draw at ``size``; ``truncated`` when "…" replaced the rest."""

    lines: tuple[str, ...]
    size: float
    leading: float
    truncated: bool = False

    @property
    def height(self) -> float:
        """Height of the block of lines."""
        return len(self.lines) * self.leading


@lru_cache(maxsize=1)
def _font_name() -> str:
    from app.reports.fonts import cjk_font

    return cjk_font()


@lru_cache(maxsize=8192)
def char_width(ch: str) -> float:
    """Advance width of one character at size 1 in the CJK font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(ch, _font_name(), 1.0)


def text_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size`` points (no kerning: the sum of advances)."""
    return sum(map(char_width, text)) * size


def _tokens(line: str) -> list[str]:
    """Unbreakable pieces: a Latin word, one Chinese character, with their punctuation."""
    raw: list[str] = []
    i = 0
    while i < len(line):
        match = _WORD.match(line, i)
        end = match.end() if match else i + 1
        raw.append(line[i:end])
        i = end
    tokens: list[str] = []
    pending_open = ""
    glue = False
    for piece in raw:
        if piece == JOIN:
            glue = bool(tokens) and not pending_open
            continue
        if glue:
            tokens[-1] += piece
            glue = False
        elif piece in _OPENING:
            pending_open += piece
        elif piece in _CLOSING and tokens and not pending_open:
            tokens[-1] += piece
        else:
            tokens.append(pending_open + piece)
            pending_open = ""
    if pending_open:
        tokens.append(pending_open)
    return tokens


def _split_long(token: str, width: float, size: float) -> list[str]:
    """A token wider than the line (a long URL or number): break it anywhere."""
    parts, current = [], ""
    for ch in token:
        if current and text_width(current + ch, size) > width:
            parts.append(current)
            current = ch
        else:
            current += ch
    return [*parts, current] if current else parts


def wrap(text: str, width: float, size: float) -> list[str]:
    """Greedy line breaking of ``text`` into lines no wider than ``width``."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\t", " ").split("\n"):
        current, current_w = "", 0.0
        for token in _tokens(paragraph):
            w = text_width(token, size)
            if current and current_w + w > width:
                lines.append(current.rstrip())
                token = token.lstrip()
                current, current_w = "", 0.0
                w = text_width(token, size)
            if w > width:
                *full, token = _split_long(token, width, size) or [""]
                lines.extend(full)
                w = text_width(token, size)
            current += token
            current_w += w
        lines.append(current.rstrip())
    return lines


def ellipsize(text: str, width: float, size: float) -> str:
    """``text`` cut so that it and "…" fit ``width``."""
    text = text.rstrip()
    limit = width - text_width(ELLIPSIS, size)
    while text and text_width(text, size) > limit:
        text = text[:-1].rstrip()
    return text + ELLIPSIS if limit >= 0 else ""


def fit(
    text: str,
    width: float,
    height: float,
    *,
    max_size: float,
    min_size: float,
    max_lines: int | None = None,
) -> Fitted:
    """The largest size at which ``text`` fits the box, wrapped; cut with "…" at ``min_size``.

    Boxes too low for even one line at ``min_size`` get a single line at whatever
    size fits, so the guarantee "nothing leaves its box" holds for any input.
    """
    text = text.strip()
    if not text or width <= 0 or height <= 0:
        return Fitted((), max_size, max_size * LEADING)
    size = max_size
    while True:
        leading = size * LEADING
        room = min(max_lines or 10**6, math.floor(height / leading + 1e-9))
        lines = wrap(text, width, size) if room else []
        if room and len(lines) <= room:
            return Fitted(tuple(lines), size, leading)
        if size - SIZE_STEP < min_size - 1e-9:
            break
        size -= SIZE_STEP
    if room == 0:  # not even one line at min_size: one line, smaller still
        size = height / LEADING
        leading, room = height, 1
        lines = wrap(text, width, size)
    kept = lines[:room]
    rest = "".join(lines[room - 1 :])
    kept[-1] = ellipsize(rest, width, size)
    return Fitted(tuple(kept), size, leading, truncated=True)
