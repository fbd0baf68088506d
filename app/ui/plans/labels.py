"""Translated names of levels, statuses and monthly task states, and the colours of the marks.

The models keep Chinese labels for the CLI and the printed form; the window shows
English sources through ``tr`` so that the English UI stays English. The mark
colours are those of the printed legend (app/reports/oppm_style.py), so screen and
paper agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.models.plans import PlanLevel, PlanStatus, ReviewAction, TaskState

_CONTEXT = "PlanLabels"

LEVELS: dict[str, str] = {
    PlanLevel.UNIT: QT_TRANSLATE_NOOP("PlanLabels", "Department"),
    PlanLevel.MAJOR: QT_TRANSLATE_NOOP("PlanLabels", "Major"),
    PlanLevel.COURSE: QT_TRANSLATE_NOOP("PlanLabels", "Course"),
    PlanLevel.TEACHER: QT_TRANSLATE_NOOP("PlanLabels", "Teacher"),
    PlanLevel.CLASS: QT_TRANSLATE_NOOP("PlanLabels", "Class"),
}
STATUSES: dict[str, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("PlanLabels", "Draft"),
    PlanStatus.SUBMITTED: QT_TRANSLATE_NOOP("PlanLabels", "Submitted"),
    PlanStatus.APPROVED: QT_TRANSLATE_NOOP("PlanLabels", "Approved"),
    PlanStatus.RETURNED: QT_TRANSLATE_NOOP("PlanLabels", "Returned"),
}
STATES: dict[str, str] = {
    TaskState.NOT_STARTED: QT_TRANSLATE_NOOP("PlanLabels", "Not started"),
    TaskState.ON_TRACK: QT_TRANSLATE_NOOP("PlanLabels", "On track"),
    TaskState.AT_RISK: QT_TRANSLATE_NOOP("PlanLabels", "At risk"),
    TaskState.LATE: QT_TRANSLATE_NOOP("PlanLabels", "Late"),
    TaskState.DONE: QT_TRANSLATE_NOOP("PlanLabels", "Done"),
}
ACTIONS: dict[str, str] = {
    ReviewAction.SUBMIT: QT_TRANSLATE_NOOP("PlanLabels", "Submitted"),
    ReviewAction.APPROVE: QT_TRANSLATE_NOOP("PlanLabels", "Approved"),
    ReviewAction.RETURN: QT_TRANSLATE_NOOP("PlanLabels", "Returned"),
}

# Same colours as the printed legend.
STATE_COLORS: dict[str, QColor] = {
    TaskState.ON_TRACK: QColor("#34a853"),
    TaskState.DONE: QColor("#1e7b3a"),
    TaskState.AT_RISK: QColor("#f4c20d"),
    TaskState.LATE: QColor("#d93025"),
    TaskState.NOT_STARTED: QColor("#c3c8cd"),
}
STATUS_COLORS: dict[str, str] = {
    PlanStatus.DRAFT: "#5f6368",
    PlanStatus.SUBMITTED: "#1a73e8",
    PlanStatus.APPROVED: "#1e7b3a",
    PlanStatus.RETURNED: "#d93025",
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def level_label(level: str) -> str:
    """部门, 专业 … in the UI language."""
    return _tr(LEVELS[level]) if level in LEVELS else level


def status_label(status: str) -> str:
    """草稿, 已提交 … in the UI language."""
    return _tr(STATUSES[status]) if status in STATUSES else status


def state_label(state: str) -> str:
    """未开始, 按计划 … in the UI language."""
    return _tr(STATES[state]) if state in STATES else state


def action_label(action: str) -> str:
    """What a review step did."""
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def month_label(month: int) -> str:
    """ "3月" / "March"."""
    return QCoreApplication.translate("PlanLabels", "Month %1").replace("%1", str(month))


def dot_icon(color: QColor | str) -> QIcon:
    """A filled dot in a colour (task states, review steps), as the form draws marks."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


_HINT_ICON: list[QIcon] = []


def hint_icon() -> QIcon:
    """The mark beside a text with a SMART hint: an amber dot with a white “!”.

    Amber, not the red of a check problem: a hint is advice and never blocks a submission.
    """
    if not _HINT_ICON:
        pixmap = QPixmap(14, 14)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(HINT_COLOR))
        painter.drawEllipse(1, 1, 12, 12)
        painter.setBrush(QColor("white"))
        painter.drawRect(6, 3, 2, 5)
        painter.drawRect(6, 9, 2, 2)
        painter.end()
        _HINT_ICON.append(QIcon(pixmap))
    return _HINT_ICON[0]


HINT_COLOR = "#e8a000"


def smart_hint_text(message: str) -> str:
    """A SMART hint as shown in a tooltip or the checks list."""
    return QCoreApplication.translate("PlanLabels", "SMART hint: %1").replace("%1", message)


def objective_mark(number: int) -> str:
    """How an objective is referred to in the matrix: ① … ⑩ (the form has room for ten)."""
    return chr(0x2460 + number - 1) if 1 <= number <= 20 else str(number)
