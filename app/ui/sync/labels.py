"""Translated names for what the sync services report: results, record types, fields, states.

The services keep Chinese labels for the command line; the window shows English
sources through ``tr`` so the English UI stays English, and falls back to the
service's Chinese label for a record type or field added later.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "SyncLabels"

RESULTS: dict[str, str] = {
    "imported": QT_TRANSLATE_NOOP("SyncLabels", "Imported"),
    "partial": QT_TRANSLATE_NOOP("SyncLabels", "Partly imported"),
    "skipped": QT_TRANSLATE_NOOP("SyncLabels", "Nothing to do"),
    "refused": QT_TRANSLATE_NOOP("SyncLabels", "Refused"),
    "verified": QT_TRANSLATE_NOOP("SyncLabels", "Checked"),
    "cancelled": QT_TRANSLATE_NOOP("SyncLabels", "Cancelled"),
}
RESULT_COLORS = {
    "imported": "#1e7b3a",
    "partial": "#8a5a00",
    "skipped": "#5f6368",
    "refused": "#b3261e",
    "cancelled": "#8a5a00",
}

TYPES: dict[str, str] = {
    "institutions": QT_TRANSLATE_NOOP("SyncLabels", "College"),
    "units": QT_TRANSLATE_NOOP("SyncLabels", "Unit"),
    "people": QT_TRANSLATE_NOOP("SyncLabels", "Person"),
    "majors": QT_TRANSLATE_NOOP("SyncLabels", "Major"),
    "courses": QT_TRANSLATE_NOOP("SyncLabels", "Course"),
    "student_classes": QT_TRANSLATE_NOOP("SyncLabels", "Class"),
    "role_assignments": QT_TRANSLATE_NOOP("SyncLabels", "Role"),
    "one_page_plans": QT_TRANSLATE_NOOP("SyncLabels", "One-page plan"),
    "plan_objectives": QT_TRANSLATE_NOOP("SyncLabels", "Plan objective"),
    "plan_tasks": QT_TRANSLATE_NOOP("SyncLabels", "Plan task"),
    "plan_cost_lines": QT_TRANSLATE_NOOP("SyncLabels", "Plan cost"),
    "plan_month_notes": QT_TRANSLATE_NOOP("SyncLabels", "Monthly summary"),
    "plan_snapshots": QT_TRANSLATE_NOOP("SyncLabels", "Plan snapshot"),
    "plan_reviews": QT_TRANSLATE_NOOP("SyncLabels", "Plan review"),
    "unit_duties": QT_TRANSLATE_NOOP("SyncLabels", "Unit duty"),
    "job_descriptions": QT_TRANSLATE_NOOP("SyncLabels", "Job description"),
    "job_duty_categories": QT_TRANSLATE_NOOP("SyncLabels", "Duty type"),
    "job_work_items": QT_TRANSLATE_NOOP("SyncLabels", "Work item"),
    "job_work_standards": QT_TRANSLATE_NOOP("SyncLabels", "Work standard"),
}

# Column names of the travelling tables; a field not listed shows its column name.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("SyncLabels", "Name"),
    "code": QT_TRANSLATE_NOOP("SyncLabels", "Code"),
    "kind": QT_TRANSLATE_NOOP("SyncLabels", "Kind"),
    "president": QT_TRANSLATE_NOOP("SyncLabels", "President"),
    "head_id": QT_TRANSLATE_NOOP("SyncLabels", "Head"),
    "is_quality_office": QT_TRANSLATE_NOOP("SyncLabels", "Quality office"),
    "sort_order": QT_TRANSLATE_NOOP("SyncLabels", "Order"),
    "owner_unit_id": QT_TRANSLATE_NOOP("SyncLabels", "Author unit"),
    "deleted": QT_TRANSLATE_NOOP("SyncLabels", "Deleted"),
    "staff_no": QT_TRANSLATE_NOOP("SyncLabels", "Staff number"),
    "gender": QT_TRANSLATE_NOOP("SyncLabels", "Gender"),
    "unit_id": QT_TRANSLATE_NOOP("SyncLabels", "Unit"),
    "title": QT_TRANSLATE_NOOP("SyncLabels", "Title"),
    "education": QT_TRANSLATE_NOOP("SyncLabels", "Education"),
    "is_teacher": QT_TRANSLATE_NOOP("SyncLabels", "Teacher"),
    "is_dual_qualified": QT_TRANSLATE_NOOP("SyncLabels", "Dual-qualified"),
    "phone": QT_TRANSLATE_NOOP("SyncLabels", "Phone"),
    "lead_id": QT_TRANSLATE_NOOP("SyncLabels", "Lead"),
    "major_id": QT_TRANSLATE_NOOP("SyncLabels", "Major"),
    "hours": QT_TRANSLATE_NOOP("SyncLabels", "Hours"),
    "grade": QT_TRANSLATE_NOOP("SyncLabels", "Grade"),
    "counsellor_id": QT_TRANSLATE_NOOP("SyncLabels", "Counsellor"),
    "student_count": QT_TRANSLATE_NOOP("SyncLabels", "Students"),
    "person_id": QT_TRANSLATE_NOOP("SyncLabels", "Person"),
    "role": QT_TRANSLATE_NOOP("SyncLabels", "Role"),
    "level": QT_TRANSLATE_NOOP("SyncLabels", "Level"),
    "subject_id": QT_TRANSLATE_NOOP("SyncLabels", "Subject"),
    "year": QT_TRANSLATE_NOOP("SyncLabels", "Year"),
    "revision": QT_TRANSLATE_NOOP("SyncLabels", "Revision"),
    "previous_id": QT_TRANSLATE_NOOP("SyncLabels", "Previous revision"),
    "leader": QT_TRANSLATE_NOOP("SyncLabels", "Project leader"),
    "work_name": QT_TRANSLATE_NOOP("SyncLabels", "Work name"),
    "plan_date": QT_TRANSLATE_NOOP("SyncLabels", "Plan date"),
    "objective": QT_TRANSLATE_NOOP("SyncLabels", "Project objective"),
    "plan_id": QT_TRANSLATE_NOOP("SyncLabels", "Plan"),
    "position": QT_TRANSLATE_NOOP("SyncLabels", "Position"),
    "text": QT_TRANSLATE_NOOP("SyncLabels", "Text"),
    "target_date": QT_TRANSLATE_NOOP("SyncLabels", "Target date"),
    "objective_ids": QT_TRANSLATE_NOOP("SyncLabels", "Objectives"),
    "owners": QT_TRANSLATE_NOOP("SyncLabels", "Owners"),
    "planned_months": QT_TRANSLATE_NOOP("SyncLabels", "Planned months"),
    "month_states": QT_TRANSLATE_NOOP("SyncLabels", "Monthly states"),
    "category": QT_TRANSLATE_NOOP("SyncLabels", "Cost category"),
    "budget_yuan": QT_TRANSLATE_NOOP("SyncLabels", "Budget (yuan)"),
    "spent_yuan": QT_TRANSLATE_NOOP("SyncLabels", "Spent (yuan)"),
    "month": QT_TRANSLATE_NOOP("SyncLabels", "Month"),
    "summary": QT_TRANSLATE_NOOP("SyncLabels", "Summary"),
    "content": QT_TRANSLATE_NOOP("SyncLabels", "Content"),
    "fingerprint": QT_TRANSLATE_NOOP("SyncLabels", "Fingerprint"),
    "step": QT_TRANSLATE_NOOP("SyncLabels", "Step"),
    "action": QT_TRANSLATE_NOOP("SyncLabels", "Action"),
    "comment": QT_TRANSLATE_NOOP("SyncLabels", "Comment"),
    "actor": QT_TRANSLATE_NOOP("SyncLabels", "By"),
    "acted_at": QT_TRANSLATE_NOOP("SyncLabels", "When"),
    "headcount": QT_TRANSLATE_NOOP("SyncLabels", "Headcount"),
    "coefficient": QT_TRANSLATE_NOOP("SyncLabels", "Post coefficient"),
    "supervisor": QT_TRANSLATE_NOOP("SyncLabels", "Direct superior"),
    "subordinates": QT_TRANSLATE_NOOP("SyncLabels", "Direct subordinates"),
    "knowledge": QT_TRANSLATE_NOOP("SyncLabels", "Knowledge and skills"),
    "experience": QT_TRANSLATE_NOOP("SyncLabels", "Experience"),
    "certificates": QT_TRANSLATE_NOOP("SyncLabels", "Certificates"),
    "post_id": QT_TRANSLATE_NOOP("SyncLabels", "Post"),
    "category_id": QT_TRANSLATE_NOOP("SyncLabels", "Duty type"),
    "duty_id": QT_TRANSLATE_NOOP("SyncLabels", "Unit duty"),
    "work_item_id": QT_TRANSLATE_NOOP("SyncLabels", "Work item"),
}

TRUST_STATES: dict[str, str] = {
    "trusted": QT_TRANSLATE_NOOP("SyncLabels", "Trusted"),
    "revoked": QT_TRANSLATE_NOOP("SyncLabels", "Revoked"),
}
TRUST_METHODS: dict[str, str] = {
    "enrolment": QT_TRANSLATE_NOOP("SyncLabels", "Enrolment file"),
    "fingerprint": QT_TRANSLATE_NOOP("SyncLabels", "Fingerprint typed"),
    "screen": QT_TRANSLATE_NOOP("SyncLabels", "Fingerprint compared"),
}
SEVERITIES: dict[str, str] = {
    "hard": QT_TRANSLATE_NOOP("SyncLabels", "Same field changed"),
    "soft": QT_TRANSLATE_NOOP("SyncLabels", "Different fields changed"),
    "integrity": QT_TRANSLATE_NOOP("SyncLabels", "Integrity alarm"),
}


def _translate(source: str) -> str:
    """Translate a source marked above."""
    return QCoreApplication.translate(_CONTEXT, source)


def result_label(result: str) -> str:
    """ "Imported", "Refused" … translated."""
    return _translate(RESULTS[result]) if result in RESULTS else result


def type_label(type_name: str, fallback: str = "") -> str:
    """A record type's name; the service's Chinese label for a type this window does not know."""
    return _translate(TYPES[type_name]) if type_name in TYPES else (fallback or type_name)


def field_label(name: str) -> str:
    """A column's name for people (the column name itself if unknown)."""
    return _translate(FIELDS[name]) if name in FIELDS else name


def state_label(state: str) -> str:
    """Trusted or revoked."""
    return _translate(TRUST_STATES[state]) if state in TRUST_STATES else state


def method_label(method: str) -> str:
    """How a fingerprint was confirmed."""
    return _translate(TRUST_METHODS[method]) if method in TRUST_METHODS else method


def severity_label(kind: str, severity: str) -> str:
    """Hard, soft, or an integrity alarm (the same version with different content)."""
    return _translate(SEVERITIES["integrity" if kind == "integrity" else severity])


def local_time(value: datetime | None) -> str:
    """A stored time (naive means UTC) on this PC's clock, to the minute; "—" if none."""
    if value is None:
        return "—"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def show_value(value: Any) -> str:
    """A field's value as text: lists and objects as compact JSON, yes/no, ids shortened."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncLabels", "Yes")
            if value
            else QCoreApplication.translate("SyncLabels", "No")
        )
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
