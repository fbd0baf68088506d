"""A subject's own standard (自身发展标准): its targets against the college's, per year.

A major, course, teacher or class reads its catalog's points with the college's targets,
and overrides any of them, or adds targets of its own, for one year. The *effective*
standard is the college's target unless the subject set its own. Own targets are written
by the subject's unit (a major's, course's or class's academic unit; a teacher's unit),
which owns them in sync; the office may enter them for a unit that sends paper.

Each own target keeps all five values, not a difference from the college's, so it stays
what the subject wrote whatever the office later does to its catalog; it also keeps the
point's name as it read then, so a later rename is shown beside it rather than hidden.

Edits for an editor's undo: :func:`set_own_target` returns the id it wrote; its inverse
is :func:`clear_own_target` for a new one, or :func:`set_own_target` with the previous
values (read from :func:`own_standard` first) for a changed one. Clearing tombstones the
row; setting it again with ``own_target_id`` brings it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.standards import OwnTarget
from app.services.catalogs import KIND_LABELS
from app.services.errors import UserError
from app.services.identity import UNIT, get_identity
from app.services.plans.subjects import Subject, subject_of
from app.services.records import stamp
from app.services.smart import SmartVerdict
from app.services.standards import levels as lv
from app.services.standards.doc import CatalogDoc, Located
from app.services.standards.store import catalog_id_for, load_catalog_doc
from app.services.standards.targets import TargetValues, smart_hint


@dataclass(frozen=True)
class OwnRow:
    """One line of a subject's standard: a point, the college's target and the subject's own.

    A point with neither shows as one row with both empty, so the form lists every point.
    """

    point_id: str
    point_number: str  # "7" ("" where the kind prints no numbers)
    point_name: str  # "双师教师培养"
    path: tuple[str, ...]  # the point's ancestors' labels (section, dimension, standard …)
    point_retired: bool
    college_target_id: str | None
    college: TargetValues | None
    own_target_id: str | None
    own: TargetValues | None
    note: str = ""
    renamed_from: str = ""  # the point's name when the own target was written, if since renamed

    @property
    def point_label(self) -> str:
        """ "7 双师教师培养"."""
        return f"{self.point_number} {self.point_name}" if self.point_number else self.point_name

    @property
    def effective(self) -> TargetValues | None:
        """What the subject is held to: its own target, else the college's."""
        return self.own if self.own is not None else self.college

    @property
    def is_own(self) -> bool:
        return self.own is not None

    @cached_property
    def smart(self) -> SmartVerdict | None:
        """The SMART hint of the effective target (None when there is none)."""
        values = self.effective
        if values is None or values.blank:
            return None
        return smart_hint(values, point_name=self.point_name)


@dataclass(frozen=True)
class OwnStandardDoc:
    """A subject's effective standard for a year."""

    subject: Subject
    year: int
    catalog_id: str
    kind: str
    title: str
    rows: tuple[OwnRow, ...]

    @property
    def own_count(self) -> int:
        return sum(1 for r in self.rows if r.is_own)

    @property
    def subject_title(self) -> str:
        """ "水利工程专业", "水力学课程", "教师张伟", "水利2301班"."""
        name, level = self.subject.name, self.subject.level
        if level == "teacher":
            return f"教师{name}"
        label = lv.SUBJECT_LABELS[level]
        if name.endswith(label) or (level == "class" and name.endswith("班")):
            return name
        return f"{name}{label}"

    @property
    def heading(self) -> str:
        """ "水利工程专业 2025 年度自身发展标准"."""
        return f"{self.subject_title} {self.year} 年度自身发展标准"


def subject_catalog(session: Session, *, subject_level: str, year: int) -> CatalogDoc:
    """The college's catalog a subject of ``subject_level`` writes against for ``year``."""
    kind = lv.subject_kind(subject_level)
    catalog_id = catalog_id_for(session, kind=kind, year=year)
    if catalog_id is None:
        raise UserError(
            f"学院尚未编制 {year} 年度的{KIND_LABELS[kind]}。"
            "请质量督导处先建立该年度的标准目录（zhengai catalog seed），并同步到本机。"
        )
    return load_catalog_doc(session, catalog_id=catalog_id)


def _points(doc: CatalogDoc, subject_level: str) -> list[Located]:
    return doc.points(include_retired=True, section=lv.SUBJECT_SECTIONS.get(subject_level))


def _own_rows(
    session: Session, subject: Subject, year: int, *, live: bool = True
) -> list[OwnTarget]:
    stmt = select(OwnTarget).where(
        OwnTarget.subject_level == subject.level,
        OwnTarget.subject_id == subject.id,
        OwnTarget.year == year,
    )
    if live:
        stmt = stmt.where(OwnTarget.deleted.is_(False))
    return sorted(session.scalars(stmt), key=lambda o: (o.position, o.created_at))


def own_standard(
    session: Session, *, subject_level: str, subject_id: str, year: int
) -> OwnStandardDoc:
    """The subject's standard for ``year``: every point in force (and retired points it
    still has own targets on), the college's targets, its own, and the effective one."""
    subject = subject_of(session, level=subject_level, subject_id=subject_id)
    doc = subject_catalog(session, subject_level=subject.level, year=year)
    owns = _own_rows(session, subject, year)
    rows = build_rows(doc, subject.level, owns)
    return OwnStandardDoc(subject, year, doc.id, doc.kind, doc.title, tuple(rows))


def build_rows(doc: CatalogDoc, subject_level: str, owns: Iterable[OwnTarget]) -> list[OwnRow]:
    """The rows of an own standard from a catalog and the subject's own target records."""
    by_point: dict[str, list[OwnTarget]] = {}
    for own in owns:
        by_point.setdefault(own.entry_id, []).append(own)
    rows: list[OwnRow] = []
    for located in _points(doc, subject_level):
        point = located.entry
        mine = by_point.get(point.id, [])
        if not located.active and not mine:
            continue
        path = tuple(a.label for a in located.ancestors)
        base = {
            "point_id": point.id,
            "point_number": point.number,
            "point_name": point.name,
            "path": path,
            "point_retired": not located.active,
        }
        replaced = {o.base_target_id: o for o in mine if o.base_target_id}
        college_ids = {t.id for t in point.targets}
        for target in point.targets:
            own = replaced.get(target.id)
            rows.append(_row(base, target.id, target.values, own, point.name))
        extras = [o for o in mine if o.base_target_id not in college_ids]
        rows.extend(_row(base, None, None, own, point.name) for own in extras)
        if not point.targets and not extras:
            rows.append(_row(base, None, None, None, point.name))
    return rows


def _row(
    base: dict[str, object],
    college_id: str | None,
    college: TargetValues | None,
    own: OwnTarget | None,
    point_name: str,
) -> OwnRow:
    return OwnRow(
        **base,  # type: ignore[arg-type]
        college_target_id=college_id,
        college=college,
        own_target_id=own.id if own else None,
        own=TargetValues.of(own) if own else None,
        note=own.note if own else "",
        renamed_from=own.point_name
        if own and own.point_name and own.point_name != point_name
        else "",
    )


def set_own_target(
    session: Session,
    *,
    subject_level: str,
    subject_id: str,
    year: int,
    point_id: str,
    values: TargetValues | None = None,
    base_target_id: str | None = None,
    own_target_id: str | None = None,
    note: str | None = None,
) -> str:
    """Write a subject's own target on a point; returns its id.

    ``own_target_id`` changes (or brings back) that target. Otherwise ``base_target_id``
    names the college target it replaces (one own target per college target: an existing
    one is updated), or None adds a target of the subject's own. ``values`` None starts
    from the college target's values (the subject "adopts and adjusts").
    """
    subject = _writable_subject(session, subject_level, subject_id)
    doc = subject_catalog(session, subject_level=subject.level, year=year)
    located = next((x for x in _points(doc, subject.level) if x.entry.id == point_id), None)
    if located is None:
        label = lv.level_label(doc.kind, doc.point_level)
        raise UserError(f"该{label}不在{subject.name}适用的 {year} 年度标准目录中。")
    row = session.get(OwnTarget, own_target_id) if own_target_id else None
    if own_target_id and (row is None or row.subject_id != subject.id or row.entry_id != point_id):
        raise UserError("找不到要修改的自身目标。")
    return _write_own(
        session,
        subject=subject,
        doc=doc,
        located=located,
        row=row,
        values=values,
        base_target_id=base_target_id,
        note=note,
        existing=_own_rows(session, subject, year, live=False),
    )


def _write_own(
    session: Session,
    *,
    subject: Subject,
    doc: CatalogDoc,
    located: Located,
    row: OwnTarget | None,
    values: TargetValues | None,
    base_target_id: str | None,
    note: str | None,
    existing: list[OwnTarget],
    flush: bool = True,
) -> str:
    """Write one own target; ``existing`` is every row of the subject's year, tombstones
    too (read once by the caller, and appended to here), so many writes cost no queries."""
    point = located.entry
    college = {t.id: t.values for t in point.targets}
    if base_target_id is not None and base_target_id not in college:
        raise UserError("所替代的学院目标不存在（可能已被删除）。")
    if row is None and base_target_id is not None:
        row = next(
            (o for o in existing if o.base_target_id == base_target_id and o.entry_id == point.id),
            None,
        )
    if row is None and not located.active:
        raise UserError(f"“{point.name}”已停用，不能再设置新的目标。")
    if values is None:
        if base_target_id is None and row is None:
            raise UserError("请填写目标内容。")
        values = college.get(base_target_id or "") or (
            TargetValues.of(row) if row else TargetValues()
        )
    values = values.cleaned()
    if values.blank:
        raise UserError("目标内容不能全部为空；如要沿用学院目标，请清除自身目标。")
    fields = {**values.as_dict(), "point_name": point.name}
    if note is not None:
        fields["note"] = note.strip()
    if row is None:
        position = 1 + max((o.position for o in existing if not o.deleted), default=0)
        row = OwnTarget(
            owner_unit_id=subject.unit_id,
            unit_id=subject.unit_id,
            subject_level=subject.level,
            subject_id=subject.id,
            year=doc.year,
            catalog_id=doc.id,
            entry_id=point.id,
            base_target_id=base_target_id,
            position=position,
            version={},
            **fields,
        )
        session.add(row)
        existing.append(row)
    elif row.deleted or any(getattr(row, k) != v for k, v in fields.items()):
        for key, value in fields.items():
            setattr(row, key, value)
        row.deleted = False
    else:
        return row.id
    stamp(session, row)
    if flush:
        session.flush()
    return row.id


def clear_own_target(session: Session, *, own_target_id: str) -> None:
    """Remove a subject's own target: the college's applies again (a tombstone, for sync)."""
    row = session.get(OwnTarget, own_target_id)
    if row is None or row.deleted:
        return
    _writable_subject(session, row.subject_level, row.subject_id)
    row.deleted = True
    stamp(session, row)
    session.flush()


def adopt_college_targets(
    session: Session, *, subject_level: str, subject_id: str, year: int
) -> int:
    """Start a subject's own standard from the college's: an own copy of every college
    target in force that it has not replaced yet. Returns how many were added."""
    subject = _writable_subject(session, subject_level, subject_id)
    doc = subject_catalog(session, subject_level=subject.level, year=year)
    existing = _own_rows(session, subject, year, live=False)
    done = {o.base_target_id for o in existing if not o.deleted}
    added = 0
    for located in _points(doc, subject.level):
        if not located.active:
            continue
        for target in located.entry.targets:
            if target.id not in done:
                _write_own(
                    session,
                    subject=subject,
                    doc=doc,
                    located=located,
                    row=None,
                    values=None,
                    base_target_id=target.id,
                    note=None,
                    existing=existing,
                    flush=False,
                )
                added += 1
    session.flush()
    return added


def find_subject(
    session: Session, *, subject_level: str, name: str, unit_id: str | None = None
) -> Subject:
    """A major, course, teacher or class by name (a teacher also by 工号), as typed on the
    command line; ``unit_id`` tells apart two of the same name in different units."""
    from app.services.plans.subjects import subjects

    lv.subject_kind(subject_level)
    label = lv.SUBJECT_LABELS[subject_level]
    wanted = name.strip()
    found = [s for s in subjects(session, level=subject_level, unit_id=unit_id) if s.name == wanted]
    if not found and subject_level == "teacher":
        from app.models import Person

        person = session.scalars(
            select(Person).where(Person.staff_no == wanted, Person.deleted.is_(False))
        ).first()
        if person is not None:
            found = [subject_of(session, level="teacher", subject_id=person.id)]
    if not found:
        raise UserError(f"找不到名为“{wanted}”的{label}。")
    if len(found) > 1:
        where = "、".join(sorted({s.unit_name for s in found}))
        raise UserError(
            f"有 {len(found)} 个名为“{wanted}”的{label}（{where}），请用 --unit 指明部门"
            + ("，或改用工号。" if subject_level == "teacher" else "。")
        )
    return found[0]


def _writable_subject(session: Session, subject_level: str, subject_id: str) -> Subject:
    """The subject, if this PC may write its own standard (its unit's PC, or the office)."""
    lv.subject_kind(subject_level)
    subject = subject_of(session, level=subject_level, subject_id=subject_id)
    if subject.deleted:
        raise UserError(f"“{subject.name}”已被删除，不能再设置自身发展标准。")
    ident = get_identity(session)
    if ident.role == UNIT and ident.unit_id != subject.unit_id:
        raise UserError(
            f"“{subject.name}”属于{subject.unit_name}，只有该部门（或质量督导处）可以设置其自身发展标准。"
        )
    return subject
