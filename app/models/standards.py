"""Editable standards catalogs (表5–表8, 附件2) per year, their targets, and subjects' own targets.

Design notes, because editing, versioning, printing and sync depend on them:

- One :class:`StandardCatalog` per kind (major, course, teacher, student, diagnosis) and
  year (年度版本). A new year starts as a copy of the previous year's (or of the shipped
  file), so last year's catalog, and every own target written against it, stays as it was.
- Its content is one general tree of :class:`CatalogEntry` rows (``parent_id`` + ``level``
  + ``position``), because the kinds differ in shape: 表5–表7 list dimensions, standards
  and control points side by side under a section (the seed does not say which point
  belongs to which standard, so they start as siblings and a college may nest them);
  表8 has types → elements; 附件2 has items → elements → diagnostic points with a hint
  and data-platform references. The levels allowed under each parent live in
  :mod:`app.services.standards.levels`, not in the schema, so a new shape needs no migration.
- ``number`` is a stored label ("7", "2.3"), not a position: people cite "质控点 7", so
  reordering or retiring never renumbers a catalog others refer to.
- A saved entry is retired (``retired``), never deleted: the catalog travels to every
  unit, whose own targets may point at it (see :mod:`app.services.standards.doc`).
- :class:`CatalogTarget` is the college's target on a point; :class:`OwnTarget` is a
  subject's own (自身发展标准). An own target carries all its values (not a diff), so it
  stays readable whatever later happens to the college's target, and it keeps the point's
  name as it read when written (``point_name``) so a later rename is shown, not hidden.
- ``parent_id``, ``origin_id`` and ``base_target_id`` are plain ids, not foreign keys:
  rows of one table arrive from a bundle in any order, and a link to last year's entry or
  to a college target must survive those being retired or tombstoned.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncRecord


class StandardCatalog(SyncRecord, Base):
    """One year's version of one catalog kind; authored by the quality office."""

    __tablename__ = "standard_catalogs"

    kind: Mapped[str] = mapped_column(String(16), index=True)  # catalogs.KINDS
    year: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(Text, default="")  # 出处
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)  # 原表注 (附件2)
    # The catalog this one was copied from (None: from the shipped file).
    based_on_id: Mapped[str | None] = mapped_column(String(36))


class CatalogEntry(SyncRecord, Base):
    """A node of a catalog: section, dimension, standard, control point, type, element, item …"""

    __tablename__ = "catalog_entries"

    catalog_id: Mapped[str] = mapped_column(ForeignKey("standard_catalogs.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(36))  # None: top level
    level: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(30), default="")  # a section's key ("individual")
    number: Mapped[str] = mapped_column(String(12), default="")  # printed label
    name: Mapped[str] = mapped_column(Text, default="")
    hint: Mapped[str] = mapped_column(Text, default="")  # 影响因素参考提示 (diagnosis)
    platform_refs: Mapped[list[str]] = mapped_column(JSON, default=list)  # 数据平台编号
    position: Mapped[int] = mapped_column(Integer, default=0)  # among its parent's children
    retired: Mapped[bool] = mapped_column(Boolean, default=False)  # 已停用
    origin_id: Mapped[str | None] = mapped_column(String(36))  # last year's entry it continues


class CatalogTarget(SyncRecord, Base):
    """The college's target on a point: what is measured, the value, deadline and evidence."""

    __tablename__ = "catalog_targets"

    catalog_id: Mapped[str] = mapped_column(ForeignKey("standard_catalogs.id"), index=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("catalog_entries.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str] = mapped_column(Text, default="")  # 测量内容
    target_value: Mapped[str] = mapped_column(String(40), default="")  # 目标值 ("≥60")
    unit: Mapped[str] = mapped_column(String(20), default="")  # 单位 ("%", "次")
    deadline: Mapped[str] = mapped_column(String(60), default="")  # 完成期限, as written
    evidence: Mapped[str] = mapped_column(Text, default="")  # 佐证材料


class OwnTarget(SyncRecord, Base):
    """A subject's own target (自身发展标准) on a point of its catalog for a year.

    Authored by ``unit_id``, the unit the subject belongs to (a major's, course's or
    class's academic unit, a teacher's unit); equals ``owner_unit_id``.
    """

    __tablename__ = "own_targets"

    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    subject_level: Mapped[str] = mapped_column(String(10))  # major/course/teacher/class
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    catalog_id: Mapped[str] = mapped_column(ForeignKey("standard_catalogs.id"), index=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("catalog_entries.id"), index=True)
    # The college target this one replaces (None: an extra target of the subject's own).
    base_target_id: Mapped[str | None] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str] = mapped_column(Text, default="")
    target_value: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    deadline: Mapped[str] = mapped_column(String(60), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")  # 说明: why the subject differs
    point_name: Mapped[str] = mapped_column(Text, default="")  # the point's name when written


TARGET_FIELDS: tuple[str, ...] = ("measure", "target_value", "unit", "deadline", "evidence")
"""The value columns a college target and an own target share, in printed order."""
