"""Reading and writing a year's catalog as a :class:`CatalogDoc`, and choosing which to show.

Saving compares the document with what is stored and writes only what changed, so version
vectors move only for records that really changed (sync relies on it). Catalogs are the
quality office's: a unit's PC receives them in bundles and may not author them (its
bundle would be refused), so creating or saving one there is refused with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import SyncRecord
from app.models.standards import CatalogEntry, CatalogTarget, OwnTarget, StandardCatalog
from app.services.catalogs import KIND_LABELS
from app.services.errors import UserError
from app.services.identity import UNIT, get_identity, quality_office
from app.services.records import stamp
from app.services.standards import levels as lv
from app.services.standards.doc import CatalogDoc, EntryDoc, TargetDoc
from app.services.standards.seed import copy_for_year, shipped_doc

MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class CatalogSummary:
    """A row of the catalogs list."""

    id: str
    kind: str
    year: int
    title: str
    points: int  # live points (质控点, 要素 or 诊断点)
    retired: int  # retired entries
    targets: int  # college targets
    own_targets: int  # subjects' own targets written against it (on this PC)


# -- reading ---------------------------------------------------------------------------
def _live(session: Session, model: type[SyncRecord], catalog_id: str) -> list[Any]:
    stmt = select(model).where(model.catalog_id == catalog_id, model.deleted.is_(False))
    return list(session.scalars(stmt))


def _own_count(session: Session, catalog_id: str) -> int:
    stmt = select(func.count()).where(
        OwnTarget.catalog_id == catalog_id, OwnTarget.deleted.is_(False)
    )
    return session.scalar(stmt) or 0


def load_catalog_doc(session: Session, *, catalog_id: str) -> CatalogDoc:
    """The stored catalog as a document the editor can change and save."""
    row = session.get(StandardCatalog, catalog_id)
    if row is None or row.deleted:
        raise UserError("找不到该标准目录（可能已被删除）。")
    entries = sorted(_live(session, CatalogEntry, catalog_id), key=lambda e: e.position)
    targets: dict[str, list[TargetDoc]] = {}
    for t in sorted(_live(session, CatalogTarget, catalog_id), key=lambda t: t.position):
        targets.setdefault(t.entry_id, []).append(
            TargetDoc(t.measure, t.target_value, t.unit, t.deadline, t.evidence, id=t.id)
        )
    docs = {
        e.id: EntryDoc(
            level=e.level,
            name=e.name,
            number=e.number,
            key=e.key,
            hint=e.hint,
            platform_refs=list(e.platform_refs or []),
            retired=e.retired,
            targets=targets.get(e.id, []),
            origin_id=e.origin_id,
            id=e.id,
        )
        for e in entries
    }
    top: list[EntryDoc] = []
    for e in entries:  # sorted by position, so children arrive in order
        parent = docs.get(e.parent_id) if e.parent_id else None
        (parent.children if parent else top).append(docs[e.id])
    return CatalogDoc(
        kind=row.kind,
        year=row.year,
        title=row.title,
        source=row.source,
        notes=list(row.notes or []),
        entries=top,
        based_on_id=row.based_on_id,
        id=row.id,
        stored_ids=set(docs),
        own_target_count=_own_count(session, catalog_id),
    )


def catalog_id_for(session: Session, *, kind: str, year: int) -> str | None:
    """The stored catalog of ``kind`` for ``year``, if the college has one."""
    stmt = select(StandardCatalog.id).where(
        StandardCatalog.kind == lv.check_kind(kind),
        StandardCatalog.year == year,
        StandardCatalog.deleted.is_(False),
    )
    return session.scalars(stmt.order_by(StandardCatalog.created_at)).first()


def list_catalogs(session: Session, *, kind: str | None = None) -> list[CatalogSummary]:
    """Every stored catalog (optionally of one kind), by kind then newest year first."""
    stmt = select(StandardCatalog).where(StandardCatalog.deleted.is_(False))
    if kind:
        stmt = stmt.where(StandardCatalog.kind == lv.check_kind(kind))
    rows = list(session.scalars(stmt))
    if not rows:
        return []
    ids = [r.id for r in rows]
    entry_rows = session.execute(
        select(CatalogEntry.catalog_id, CatalogEntry.level, CatalogEntry.retired).where(
            CatalogEntry.catalog_id.in_(ids), CatalogEntry.deleted.is_(False)
        )
    ).all()

    def counted(model: Any) -> dict[str, int]:
        return dict(
            session.execute(
                select(model.catalog_id, func.count())
                .where(model.catalog_id.in_(ids), model.deleted.is_(False))
                .group_by(model.catalog_id)
            ).all()
        )

    targets, owns = counted(CatalogTarget), counted(OwnTarget)
    kinds = {r.id: r.kind for r in rows}
    points: dict[str, int] = {}
    retired: dict[str, int] = {}
    for catalog_id, level, is_retired in entry_rows:
        if is_retired:
            retired[catalog_id] = retired.get(catalog_id, 0) + 1
        elif level == lv.POINT_LEVEL[kinds[catalog_id]]:
            points[catalog_id] = points.get(catalog_id, 0) + 1
    order = {k: i for i, k in enumerate(lv.CHILD_LEVELS)}
    return [
        CatalogSummary(
            r.id,
            r.kind,
            r.year,
            r.title,
            points.get(r.id, 0),
            retired.get(r.id, 0),
            targets.get(r.id, 0),
            owns.get(r.id, 0),
        )
        for r in sorted(rows, key=lambda r: (order.get(r.kind, 99), -r.year))
    ]


def college_catalog(session: Session, *, kind: str, year: int | None = None) -> CatalogDoc | None:
    """The college's edited catalog to show: of ``year`` if given, else the latest year
    not after this one (or the earliest if all are later). None if it has none."""
    stmt = select(StandardCatalog.id, StandardCatalog.year).where(
        StandardCatalog.kind == lv.check_kind(kind), StandardCatalog.deleted.is_(False)
    )
    found = session.execute(stmt).all()
    if year is not None:
        found = [f for f in found if f.year == year]
    if not found:
        return None
    this_year = date.today().year
    past = [f for f in found if f.year <= this_year]
    chosen = max(past, key=lambda f: f.year) if past else min(found, key=lambda f: f.year)
    return load_catalog_doc(session, catalog_id=chosen.id)


def catalog_to_show(session: Session | None, *, kind: str, year: int | None = None) -> CatalogDoc:
    """What ``catalog list``/``print`` show: the college's catalog, else the shipped one."""
    doc = college_catalog(session, kind=kind, year=year) if session is not None else None
    return doc or shipped_doc(kind, year=year or date.today().year)


# -- creating ----------------------------------------------------------------------------
def seed_catalog(session: Session, *, kind: str, year: int) -> CatalogDoc:
    """The editable catalog of ``kind`` for ``year``, created on first use.

    Idempotent: an existing catalog is returned as it is. A new one copies the latest
    earlier year's catalog (live entries and targets), or, if the college has none, the
    shipped file; a year before every stored one starts from the shipped file too, so a
    later year's edits never leak backwards.
    """
    kind = lv.check_kind(kind)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UserError(f"年度应在 {MIN_YEAR}—{MAX_YEAR} 之间，而不是 {year}。")
    existing = catalog_id_for(session, kind=kind, year=year)
    if existing:
        return load_catalog_doc(session, catalog_id=existing)
    _require_office(session)
    earlier = session.scalars(
        select(StandardCatalog.id)
        .where(
            StandardCatalog.kind == kind,
            StandardCatalog.year < year,
            StandardCatalog.deleted.is_(False),
        )
        .order_by(StandardCatalog.year.desc())
    ).first()
    if earlier:
        doc = copy_for_year(load_catalog_doc(session, catalog_id=earlier), year=year)
    else:
        doc = shipped_doc(kind, year=year)
        doc.shipped = False
    save_catalog(session, doc=doc)
    return load_catalog_doc(session, catalog_id=doc.id)


# -- saving ------------------------------------------------------------------------------
def save_catalog(session: Session, *, doc: CatalogDoc) -> bool:
    """Write ``doc`` (one transaction, the caller's); returns whether anything changed.

    Refused: on a unit's PC; a second catalog of the same kind and year; an entry in a
    place its kind does not allow; a saved entry missing from the document (saved
    entries are retired, never deleted: see :mod:`app.services.standards.doc`).
    """
    _require_office(session)
    _validate(doc)
    row = session.get(StandardCatalog, doc.id)
    if row is not None and row.deleted:
        raise UserError("该标准目录已被删除，不能保存。")
    other = catalog_id_for(session, kind=doc.kind, year=doc.year)
    if other and other != doc.id:
        raise UserError(f"学院已有 {doc.year} 年度的{KIND_LABELS[doc.kind]}，请打开它继续编辑。")
    office = quality_office(session)
    owner = office.id if office else None
    changed = False
    header = {
        "title": doc.title.strip()[:100],
        "source": doc.source.strip(),
        "notes": list(doc.notes),
        "based_on_id": doc.based_on_id,
    }
    if row is None:
        row = StandardCatalog(
            id=doc.id, owner_unit_id=owner, kind=doc.kind, year=doc.year, version={}, **header
        )
        session.add(row)
        stamp(session, row)
        changed = True
    elif any(getattr(row, k) != v for k, v in header.items()):
        for key, value in header.items():
            setattr(row, key, value)
        stamp(session, row)
        changed = True
    entries, targets = _rows(doc)
    stored = {
        e.id: e
        for e in session.scalars(select(CatalogEntry).where(CatalogEntry.catalog_id == doc.id))
    }
    missing = [e for i, e in stored.items() if not e.deleted and i not in entries]
    if missing:
        raise UserError(
            f"已保存的条目“{missing[0].name}”不能删除，只能停用（各单位的自身发展标准可能引用它）。"
        )
    changed |= _write(session, CatalogEntry, stored, entries, catalog_id=doc.id, owner=owner)
    stored_targets = {
        t.id: t
        for t in session.scalars(select(CatalogTarget).where(CatalogTarget.catalog_id == doc.id))
    }
    changed |= _write(
        session, CatalogTarget, stored_targets, targets, catalog_id=doc.id, owner=owner
    )
    for target_id, target in stored_targets.items():
        if target_id not in targets and not target.deleted:
            target.deleted = True  # a college target may go: own targets keep their own copy
            stamp(session, target)
            changed = True
    session.flush()
    doc.stored_ids = set(entries)
    doc.shipped = False
    return changed


def _rows(doc: CatalogDoc) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The stored values of every entry and target of ``doc``, by id."""
    entries: dict[str, dict[str, Any]] = {}
    targets: dict[str, dict[str, Any]] = {}
    for located in doc.walk():
        e, parent = located.entry, located.parent
        siblings = parent.children if parent else doc.entries
        entries[e.id] = {
            "parent_id": parent.id if parent else None,
            "level": e.level,
            "key": e.key,
            "number": e.number,
            "name": e.name,
            "hint": e.hint,
            "platform_refs": list(e.platform_refs),
            "position": siblings.index(e) + 1,
            "retired": e.retired,
            "origin_id": e.origin_id,
        }
        for position, t in enumerate(e.targets, start=1):
            targets[t.id] = {"entry_id": e.id, "position": position, **t.values.cleaned().as_dict()}
    return entries, targets


def _write(
    session: Session,
    model: type[SyncRecord],
    stored: dict[str, Any],
    wanted: dict[str, dict[str, Any]],
    *,
    catalog_id: str,
    owner: str | None,
) -> bool:
    """Insert new rows and update changed ones (entries before targets: foreign keys)."""
    changed = False
    for record_id, values in wanted.items():
        row = stored.get(record_id)
        if row is None:
            row = model(
                id=record_id, catalog_id=catalog_id, owner_unit_id=owner, version={}, **values
            )
            session.add(row)
        elif row.deleted or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.deleted = False
        else:
            continue
        stamp(session, row)
        changed = True
    session.flush()
    return changed


def _validate(doc: CatalogDoc) -> None:
    lv.check_kind(doc.kind)
    if not MIN_YEAR <= doc.year <= MAX_YEAR:
        raise UserError(f"年度应在 {MIN_YEAR}—{MAX_YEAR} 之间，而不是 {doc.year}。")
    seen: set[str] = set()
    for located in doc.walk():
        entry, parent = located.entry, located.parent
        if entry.id in seen:
            raise UserError(f"条目“{entry.name}”在目录中出现了两次。")
        seen.add(entry.id)
        allowed = lv.allowed_children(doc.kind, parent.level if parent else None)
        if entry.level not in allowed:
            label = lv.level_label(doc.kind, entry.level)
            raise UserError(f"{label}“{entry.name}”放错了位置。")
        if not entry.name.strip():
            raise UserError(f"有一个{lv.level_label(doc.kind, entry.level)}没有名称。")
        if entry.targets and entry.level != doc.point_level:
            raise UserError(f"“{entry.name}”不能设置目标。")


def _require_office(session: Session) -> None:
    """Catalogs are authored by the quality office; a unit's PC only receives them."""
    if get_identity(session).role == UNIT:
        raise UserError("标准目录由质量督导处编制并随同步包下发，本机（部门）不能新建或修改。")
