"""From the shipped files to a year's editable catalog, from one year to the next, and back.

:func:`doc_from_shipped` turns a shipped catalog (:mod:`app.services.catalogs`) into a
:class:`CatalogDoc` entry by entry; :func:`shipped_from_doc` is its inverse (retired
entries and targets left out), so the tests can prove a seeded catalog *is* the shipped
one, and ``catalog list --json`` prints an edited catalog in the shipped file's shape.
:func:`copy_for_year` starts next year from this year: live entries and their targets
with new ids, each remembering the entry it continues (``origin_id``), numbers closed up.
"""

from __future__ import annotations

from app.models.base import new_uuid
from app.services.catalogs import (
    Catalog,
    DiagnosisCatalog,
    DiagnosticElement,
    DiagnosticItem,
    DiagnosticPoint,
    Entry,
    StandardsCatalog,
    StandardSection,
    StudentCatalog,
    StudentType,
    load_catalog,
)
from app.services.standards import levels as lv
from app.services.standards.doc import CatalogDoc, EntryDoc, Located, TargetDoc

_LISTS = (
    ("dimensions", lv.DIMENSION),
    ("standards", lv.STANDARD),
    ("control_points", lv.CONTROL_POINT),
)


def shipped_doc(kind: str, *, year: int) -> CatalogDoc:
    """The shipped catalog of ``kind`` as an unsaved document for ``year``."""
    return doc_from_shipped(load_catalog(lv.check_kind(kind)), year=year)


def doc_from_shipped(catalog: Catalog, *, year: int) -> CatalogDoc:
    """A shipped catalog as a document (new ids; nothing stored)."""
    doc = CatalogDoc(
        kind=catalog.kind,
        year=year,
        title=catalog.title,
        source=catalog.source,
        shipped=True,
    )
    if isinstance(catalog, StandardsCatalog):
        doc.entries = [
            EntryDoc(
                level=lv.SECTION,
                key=section.key,
                name=section.name,
                children=[
                    EntryDoc(level=level, number=str(e.number), name=e.name)
                    for field, level in _LISTS
                    for e in getattr(section, field)
                ],
            )
            for section in catalog.sections
        ]
    elif isinstance(catalog, StudentCatalog):
        doc.entries = [
            EntryDoc(
                level=lv.TYPE,
                name=t.name,
                children=[EntryDoc(level=lv.ELEMENT, name=e) for e in t.elements],
            )
            for t in catalog.types
        ]
    else:
        doc.notes = list(catalog.table_notes)
        doc.entries = [
            EntryDoc(
                level=lv.ITEM,
                number=str(item.number),
                name=item.name,
                children=[
                    EntryDoc(
                        level=lv.ELEMENT,
                        number=el.number,
                        name=el.name,
                        children=[
                            EntryDoc(
                                level=lv.POINT,
                                name=p.name,
                                hint=p.hint,
                                platform_refs=list(p.platform_refs),
                            )
                            for p in el.points
                        ],
                    )
                    for el in item.elements
                ],
            )
            for item in catalog.items
        ]
    return doc


def shipped_from_doc(doc: CatalogDoc) -> Catalog:
    """The live content of a document in the shipped file's structures.

    Nesting (a point under a standard) flattens back into the three lists in tree order;
    retired entries and targets have no place in the file and are left out.
    """
    live = [x for x in doc.walk() if x.active]
    header = {"kind": doc.kind, "title": doc.title, "source": doc.source, "about": "", "notes": ()}
    if doc.kind in lv.STANDARD_KINDS:
        sections = []
        for section in (x.entry for x in live if x.entry.level == lv.SECTION):
            inside = [x.entry for x in live if x.ancestor(lv.SECTION) is section]
            lists = {
                field: tuple(
                    Entry(number=_int(e.number), name=e.name) for e in inside if e.level == level
                )
                for field, level in _LISTS
            }
            sections.append(StandardSection(key=section.key, name=section.name, **lists))
        return StandardsCatalog(**header, sections=tuple(sections))
    if doc.kind == "student":
        types = tuple(
            StudentType(
                name=t.name,
                elements=tuple(x.entry.name for x in live if x.parent is t),
            )
            for t in (x.entry for x in live if x.entry.level == lv.TYPE)
        )
        return StudentCatalog(**header, types=types)
    items = []
    for item in (x.entry for x in live if x.entry.level == lv.ITEM):
        elements = tuple(
            DiagnosticElement(
                number=el.number,
                name=el.name,
                item_number=_int(item.number),
                item_name=item.name,
                points=tuple(
                    DiagnosticPoint(
                        name=p.entry.name,
                        hint=p.entry.hint,
                        platform_refs=tuple(p.entry.platform_refs),
                    )
                    for p in live
                    if p.parent is el
                ),
            )
            for el in (x.entry for x in live if x.parent is item)
        )
        items.append(DiagnosticItem(number=_int(item.number), name=item.name, elements=elements))
    return DiagnosisCatalog(**header, table_notes=tuple(doc.notes), items=tuple(items))


def copy_for_year(source: CatalogDoc, *, year: int) -> CatalogDoc:
    """Next year's catalog from ``source``: live entries and targets, new ids, numbers closed up.

    Retired entries stay behind with last year (that is what retiring promised). Each
    copy's ``origin_id`` names the entry it continues, so year-on-year comparisons and a
    subject's "copy last year's own targets" can follow a point across versions.
    """

    def copy_entry(located: Located) -> EntryDoc:
        e = located.entry
        return EntryDoc(
            level=e.level,
            name=e.name,
            number=e.number,
            key=e.key,
            hint=e.hint,
            platform_refs=list(e.platform_refs),
            targets=[TargetDoc(**{**t.values.as_dict()}, id=new_uuid()) for t in e.targets],
            origin_id=e.id,
            children=[
                copy_entry(Located(c, (*located.ancestors, e))) for c in e.children if not c.retired
            ],
        )

    doc = CatalogDoc(
        kind=source.kind,
        year=year,
        title=source.title,
        source=source.source,
        notes=list(source.notes),
        based_on_id=None if source.shipped else source.id,
        entries=[copy_entry(Located(e, ())) for e in source.entries if not e.retired],
    )
    renumber(doc)
    return doc


def renumber(doc: CatalogDoc) -> None:
    """Close the gaps: 1, 2, 3 … per list (and "2.1, 2.2" under diagnostic item 2).

    Only for a catalog nobody can have cited yet: a new year's copy, made before it is saved.
    """
    counters: dict[tuple[str, str | None], int] = {}
    for located in doc.walk():
        entry = located.entry
        if not entry.number:
            continue
        if doc.kind in lv.STANDARD_KINDS:
            section = located.ancestor(lv.SECTION)
            scope = (entry.level, section.id if section else None)
        else:
            scope = (entry.level, located.parent.id if located.parent else None)
        counters[scope] = counters.get(scope, 0) + 1
        n = counters[scope]
        if doc.kind == "diagnosis" and entry.level == lv.ELEMENT and located.parent:
            entry.number = f"{located.parent.number}.{n}"
        else:
            entry.number = str(n)


def _int(number: str) -> int:
    """A stored number as the shipped files' integer (0 if a college typed something else)."""
    return int(number) if number.isdigit() else 0
