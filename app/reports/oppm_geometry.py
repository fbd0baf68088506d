"""Geometry of the printed one-page plan: page size, primitives and the matrix's columns.

Shared by the layout modules (:mod:`app.reports.oppm_layout`, :mod:`app.reports.oppm_band`)
and the painter (:mod:`app.reports.oppm`). Units are PDF points on A4 landscape; A3
scales the whole page. Every text goes through :meth:`PageLayout.text`, which fits it
to its cell, so the layout can be checked for overflow without drawing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.reports import oppm_style as st
from app.reports.oppm_fit import Fitted, fit

MM = 72 / 25.4
PAGE_W, PAGE_H = 297 * MM, 210 * MM  # A4 landscape
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 10 * MM, 8 * MM, 7 * MM
PAD_X, PAD_Y = 2.0, 1.0

TITLE_H, INFO_H = 21.0, 12.0
HEAD1_H, HEAD2_H = 17.0, 24.0  # 项目领导… row, 项目目标 row
MHEAD1_H, MHEAD2_H = 13.0, 12.0  # matrix header rows
BAND_HEAD_H = 13.0
SUMMARY_MIN_H = 38.0
FOOTER_H = 11.0
MIN_ROWS, MAX_ROW_H = 12, 19.0
NO_W, MONTH_W, DATE_W, OWNER_W = 17.0, 24.0, 48.0, 124.0
OBJ_SLOT_MAX_W, OBJ_BLOCK_MAX_W, MIN_OBJ_SLOTS = 16.0, 128.0, 5


# -- primitives --------------------------------------------------------------------
@dataclass(frozen=True)
class Box:
    """A rectangle; ``y`` is its bottom (PDF coordinates)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def inset(self, dx: float, dy: float) -> Box:
        """The box shrunk by ``dx`` left and right, ``dy`` top and bottom."""
        return Box(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))


@dataclass(frozen=True)
class Text:
    """Fitted lines drawn inside ``box`` (the box they were fitted to)."""

    box: Box
    fitted: Fitted
    align: str = "left"  # left | center | right
    valign: str = "middle"  # middle | top
    color: str = st.INK
    bold: bool = False


@dataclass(frozen=True)
class Rect:
    """A filled and/or stroked rectangle."""

    box: Box
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.5


@dataclass(frozen=True)
class Line:
    """A straight rule."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = st.THIN
    color: str = st.GRID


@dataclass(frozen=True)
class Mark:
    """A symbol centred at (cx, cy) with radius ``r``: see :data:`oppm_style.MARKS`."""

    kind: str
    cx: float
    cy: float
    r: float


@dataclass
class PageLayout:
    """Everything to draw on one page, in drawing order (fills, marks, rules, text)."""

    width: float = PAGE_W
    height: float = PAGE_H
    rects: list[Rect] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)

    def text(
        self,
        cell: Box,
        value: str,
        *,
        size: float = 8.5,
        min_size: float = 5.0,
        align: str = "left",
        valign: str = "middle",
        color: str = st.INK,
        bold: bool = False,
        max_lines: int | None = None,
        pad_x: float = PAD_X,
    ) -> None:
        """Fit ``value`` into ``cell`` (less padding) and remember it for drawing."""
        inner = cell.inset(pad_x, PAD_Y)
        fitted = fit(value, inner.w, inner.h, max_size=size, min_size=min_size, max_lines=max_lines)
        if fitted.lines:
            self.texts.append(Text(inner, fitted, align, valign, color, bold))

    @staticmethod
    def column_size(
        values: list[str], cell_w: float, cell_h: float, *, size: float, floor: float
    ) -> float:
        """One size for a column of cells: the largest at which all fit, but not below ``floor``.

        Rows of a printed table read better at one size; a single very long entry
        may pull the column down only to ``floor``, below which it shrinks alone.
        """
        w, h = max(0.0, cell_w - 2 * PAD_X), max(0.0, cell_h - 2 * PAD_Y)
        sizes = [fit(v, w, h, max_size=size, min_size=floor).size for v in values if v.strip()]
        return min(sizes, default=size)

    def label(self, cell: Box, value: str, *, size: float = 8.5) -> None:
        """A shaded caption cell such as 项目领导."""
        self.rects.append(Rect(cell, fill=st.LABEL_FILL))
        self.text(cell, value, size=size, min_size=5.0, align="center", bold=True)

    def hline(self, x1: float, x2: float, y: float, width: float = st.THIN, color: str = st.GRID):
        self.lines.append(Line(x1, y, x2, y, width, color))

    def vline(self, x: float, y1: float, y2: float, width: float = st.THIN, color: str = st.GRID):
        self.lines.append(Line(x, y1, x, y2, width, color))

    def frame(self, box: Box, width: float = st.MEDIUM, color: str = st.RULE) -> None:
        """Four rules around ``box``."""
        self.hline(box.x, box.right, box.y, width, color)
        self.hline(box.x, box.right, box.top, width, color)
        self.vline(box.x, box.y, box.top, width, color)
        self.vline(box.right, box.y, box.top, width, color)


# -- columns -------------------------------------------------------------------------
@dataclass(frozen=True)
class Columns:
    """x positions of the matrix blocks, shared by every band so edges line up."""

    left: float
    slot_w: float
    slots: int
    name_w: float

    @property
    def obj_w(self) -> float:
        return self.slot_w * self.slots

    @property
    def no_x(self) -> float:
        return self.left + self.obj_w

    @property
    def name_x(self) -> float:
        return self.no_x + NO_W

    @property
    def months_x(self) -> float:
        return self.name_x + self.name_w

    @property
    def date_x(self) -> float:
        return self.months_x + 12 * MONTH_W

    @property
    def owner_x(self) -> float:
        return self.date_x + DATE_W

    @property
    def right(self) -> float:
        return self.owner_x + OWNER_W

    def month_x(self, month: int) -> float:
        """Left edge of month ``month`` (1–12)."""
        return self.months_x + (month - 1) * MONTH_W


def columns_for(objectives: int) -> Columns:
    """Objective slots (at least five, like the blank form) share a bounded block."""
    slots = max(objectives, MIN_OBJ_SLOTS)
    slot_w = min(OBJ_SLOT_MAX_W, OBJ_BLOCK_MAX_W / slots)
    inner = PAGE_W - 2 * MARGIN_X
    name_w = inner - slots * slot_w - NO_W - 12 * MONTH_W - DATE_W - OWNER_W
    return Columns(MARGIN_X, slot_w, slots, name_w)
