"""Pages of work areas that later releases build: they say so, and pretend nothing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# area key -> (title, what it will hold); English sources, context "WorkAreas".
AREAS: dict[str, tuple[str, str]] = {
    "goal_chain": (
        QT_TRANSLATE_NOOP("WorkAreas", "Goal Chain"),
        QT_TRANSLATE_NOOP(
            "WorkAreas",
            "Development plans and the annual key task breakdown (Table 1), "
            "with level 1–3 indicators assigned to responsible units.",
        ),
    ),
    "plans": (
        QT_TRANSLATE_NOOP("WorkAreas", "One-Page Plans"),
        QT_TRANSLATE_NOOP(
            "WorkAreas",
            "One-page work plans (OPPM) at unit, major, course, teacher and class level: "
            "editing, review, monthly tracking and printing.",
        ),
    ),
    "jobs": (
        QT_TRANSLATE_NOOP("WorkAreas", "Job Descriptions"),
        QT_TRANSLATE_NOOP(
            "WorkAreas",
            "Job description manuals (Table 4): duties, work items and SMART work standards.",
        ),
    ),
    "standards": (
        QT_TRANSLATE_NOOP("WorkAreas", "Standards"),
        QT_TRANSLATE_NOOP(
            "WorkAreas",
            "Major, course, teacher and student standards with their quality control points.",
        ),
    ),
    "alerts": (
        QT_TRANSLATE_NOOP("WorkAreas", "Alerts"),
        QT_TRANSLATE_NOOP(
            "WorkAreas", "Warnings for units that miss a deadline, and their improvement."
        ),
    ),
    "report": (
        QT_TRANSLATE_NOOP("WorkAreas", "Self-Diagnosis Report"),
        QT_TRANSLATE_NOOP(
            "WorkAreas",
            "The yearly self-diagnosis and improvement report along the 15 diagnostic elements.",
        ),
    ),
    "exchange": (
        QT_TRANSLATE_NOOP("WorkAreas", "Data Exchange"),
        QT_TRANSLATE_NOOP(
            "WorkAreas",
            "Signed data bundles between the units and the quality office on a USB stick: "
            "export, import, conflicts, keys and trust.",
        ),
    ),
}


def area_title(key: str) -> str:
    """Translated title of a work area."""
    return QCoreApplication.translate("WorkAreas", AREAS[key][0])


class PlaceholderPage(QWidget):
    """Says what the area will hold and that it is not available yet."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, purpose = AREAS[key]
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("WorkAreas", title))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        body = QLabel(QCoreApplication.translate("WorkAreas", purpose))
        body.setWordWrap(True)
        status = QLabel(
            QCoreApplication.translate(
                "WorkAreas",
                "This area is not available in this version yet. "
                "It will arrive in a later release; nothing here is saved or sent.",
            )
        )
        status.setWordWrap(True)
        status.setStyleSheet("color: #8a5a00;")
        for widget in (heading, body, status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
