"""SQLAlchemy models, one module per area. Importing this package registers all tables."""

from app.models.base import Base, SyncRecord
from app.models.installation import Installation
from app.models.org import (
    Course,
    Institution,
    Major,
    Person,
    RoleAssignment,
    RoleKind,
    StudentClass,
    Unit,
    UnitKind,
)
from app.models.plans import (
    OnePagePlan,
    PlanCostLine,
    PlanMonthNote,
    PlanObjective,
    PlanReview,
    PlanSnapshot,
    PlanTask,
)

__all__ = [
    "Base",
    "Course",
    "Installation",
    "Institution",
    "Major",
    "OnePagePlan",
    "Person",
    "PlanCostLine",
    "PlanMonthNote",
    "PlanObjective",
    "PlanReview",
    "PlanSnapshot",
    "PlanTask",
    "RoleAssignment",
    "RoleKind",
    "StudentClass",
    "SyncRecord",
    "Unit",
    "UnitKind",
]
