"""SQLAlchemy models, one module per area. Importing this package registers all tables."""

from app.models.base import Base, SyncRecord
from app.models.installation import Installation
from app.models.jobs import (
    DutyCategory,
    JobDescription,
    UnitDuty,
    WorkItem,
    WorkStandard,
)
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
from app.models.standards import CatalogEntry, CatalogTarget, OwnTarget, StandardCatalog
from app.models.sync import (
    ImportedBundle,
    LocalKey,
    RecordHistory,
    RecordIndex,
    SentBundle,
    SyncConflict,
    SyncDestination,
    TrustedKey,
)

__all__ = [
    "Base",
    "CatalogEntry",
    "CatalogTarget",
    "Course",
    "DutyCategory",
    "ImportedBundle",
    "Installation",
    "Institution",
    "JobDescription",
    "LocalKey",
    "Major",
    "OnePagePlan",
    "OwnTarget",
    "Person",
    "PlanCostLine",
    "PlanMonthNote",
    "PlanObjective",
    "PlanReview",
    "PlanSnapshot",
    "PlanTask",
    "RecordHistory",
    "RecordIndex",
    "RoleAssignment",
    "RoleKind",
    "SentBundle",
    "StandardCatalog",
    "StudentClass",
    "SyncConflict",
    "SyncDestination",
    "SyncRecord",
    "TrustedKey",
    "Unit",
    "UnitDuty",
    "UnitKind",
    "WorkItem",
    "WorkStandard",
]
