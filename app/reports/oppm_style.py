"""Colours, rule weights and symbols of the printed one-page plan, in one place.

Colours are chosen to stay distinguishable on a grey-scale office printer too:
the state marks differ in lightness (yellow light, green middle, red dark), and
已完成 carries a white tick so it never depends on colour alone.
"""

from __future__ import annotations

from app.models.plans import TASK_STATE_LABELS, TaskState

INK = "#1a1a1a"
MUTED = "#5f6b76"
RULE = "#36414c"  # block edges
GRID = "#a7b0b9"  # cell rules
LABEL_FILL = "#e4ebf2"  # caption cells
ZEBRA = "#f4f6f8"  # every other task row
AS_OF_FILL = "#fff5d1"  # the snapshot's month, down the matrix
AS_OF_HEAD_FILL = "#f7dd8a"
BAR_BACK = "#eef1f4"
BAR_FILL = "#5b8db8"
BAR_OVER = "#d93025"
MARK_OUTLINE = "#36414c"  # ring of a planned month

THIN, MEDIUM = 0.35, 0.9

STATE_COLORS: dict[str, str] = {
    TaskState.ON_TRACK: "#34a853",
    TaskState.DONE: "#1e7b3a",
    TaskState.AT_RISK: "#f4c20d",
    TaskState.LATE: "#d93025",
    TaskState.NOT_STARTED: "#c3c8cd",
}

# (mark kind, caption) in legend order, two per row.
LEGEND: list[tuple[str, str]] = [
    ("plan", "计划月份（空心）"),
    ("dot", "任务对应的目标"),
    (TaskState.ON_TRACK, TASK_STATE_LABELS[TaskState.ON_TRACK]),
    (TaskState.DONE, TASK_STATE_LABELS[TaskState.DONE]),
    (TaskState.AT_RISK, TASK_STATE_LABELS[TaskState.AT_RISK]),
    (TaskState.LATE, TASK_STATE_LABELS[TaskState.LATE]),
    (TaskState.NOT_STARTED, TASK_STATE_LABELS[TaskState.NOT_STARTED]),
]

PRIORITY_LEGEND = "优先级：A 负责  B 主要协助  C 次要协助"

# Every mark the layout may place: a planned month, an objective dot, each state
# alone (not planned that month) and with the planned ring ("on_track+plan").
MARK_KINDS: list[str] = [
    "plan",
    "dot",
    *STATE_COLORS,
    *(f"{state}+plan" for state in STATE_COLORS),
]
