"""A year's catalog as one in-memory document, and the edits an editor makes to it.

The editor loads a :class:`CatalogDoc` (:func:`app.services.standards.store.load_catalog_doc`),
changes it with the methods below (each returns what its inverse needs, so a
``QUndoCommand`` is two calls), and saves it in one transaction
(:func:`~app.services.standards.store.save_catalog`), which writes only what changed.
The same document feeds the PDF and ``catalog list``, without a session.

Versioning rule, and why: **a saved entry is never deleted, only retired (已停用).**
A catalog travels to every unit with the office's next bundle, and units write their own
targets against its points offline; this PC cannot know that nobody refers to an entry,
so deleting one could orphan a subject's targets. A retired entry costs little: it is
left out of the printed catalog and of the points offered for new targets, still shown
where someone's own targets use it, and dropped when the next year's catalog is copied
(the copy also closes the gaps in the numbering). An entry added in this editing
session and not yet saved has reached no one, so :meth:`CatalogDoc.remove` simply drops it.
Renaming is allowed at any time (correcting wording is what editing is for); own
targets remember the name they were written against, so a rename shows beside them.
Numbers are stored labels, so retiring or reordering never renumbers what others cite.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from app.models.base import new_uuid
from app.services.errors import UserError
from app.services.smart import SmartVerdict
from app.services.standards import levels as lv
from app.services.standards.targets import TargetValues, smart_hint

_KEEP: Any = object()  # "parent unchanged" in :meth:`CatalogDoc.move`


@dataclass
class TargetDoc:
    """The college's target on a point (one of possibly several)."""

    measure: str = ""
    target_value: str = ""
    unit: str = ""
    deadline: str = ""
    evidence: str = ""
    id: str = field(default_factory=new_uuid)

    @property
    def values(self) -> TargetValues:
        return TargetValues.of(self)

    @classmethod
    def from_values(cls, values: TargetValues, *, id: str | None = None) -> TargetDoc:
        return cls(**values.as_dict(), id=id or new_uuid())


@dataclass
class EntryDoc:
    """One node: a section, dimension, standard, control point, type, element, item or point."""

    level: str
    name: str
    number: str = ""
    key: str = ""
    hint: str = ""
    platform_refs: list[str] = field(default_factory=list)
    retired: bool = False
    targets: list[TargetDoc] = field(default_factory=list)
    children: list[EntryDoc] = field(default_factory=list)
    origin_id: str | None = None
    id: str = field(default_factory=new_uuid)

    @property
    def label(self) -> str:
        """ "7 双师教师培养", or the name alone when the entry has no number."""
        return f"{self.number} {self.name}" if self.number else self.name

    def smart(self, target: TargetDoc) -> SmartVerdict:
        """The SMART hint of one of this point's targets, judged against the point's name."""
        return smart_hint(target.values, point_name=self.name)

    def children_of(self, level: str) -> list[EntryDoc]:
        """Children of one level, in order (the three lists of 表5–表7 share a parent)."""
        return [c for c in self.children if c.level == level]


@dataclass(frozen=True)
class Located:
    """An entry with its ancestors (top first) and whether it is in force."""

    entry: EntryDoc
    ancestors: tuple[EntryDoc, ...]

    @property
    def active(self) -> bool:
        """Neither the entry nor any ancestor is retired."""
        return not self.entry.retired and not any(a.retired for a in self.ancestors)

    @property
    def parent(self) -> EntryDoc | None:
        return self.ancestors[-1] if self.ancestors else None

    def ancestor(self, level: str) -> EntryDoc | None:
        """The nearest ancestor of ``level`` (a point's standard, its section …)."""
        return next((a for a in reversed(self.ancestors) if a.level == level), None)


@dataclass(frozen=True)
class Removal:
    """What :meth:`CatalogDoc.remove` did, for :meth:`CatalogDoc.undo_remove`."""

    entry: EntryDoc
    parent_id: str | None
    index: int  # in the parent's full child list
    retired: bool  # True: the entry was retired, not dropped


@dataclass
class CatalogDoc:
    """One kind's catalog for one year: header and the tree of entries."""

    kind: str
    year: int
    title: str = ""
    source: str = ""
    notes: list[str] = field(default_factory=list)  # 原表注 (附件2)
    entries: list[EntryDoc] = field(default_factory=list)  # top level
    based_on_id: str | None = None
    id: str = field(default_factory=new_uuid)
    # Context from the store, not content.
    stored_ids: set[str] = field(default_factory=set, compare=False, repr=False)
    own_target_count: int = field(default=0, compare=False)
    shipped: bool = field(default=False, compare=False)  # the shipped file, not yet edited

    # -- reading ------------------------------------------------------------------------
    @property
    def point_level(self) -> str:
        """The level that carries targets in this kind."""
        return lv.POINT_LEVEL[self.kind]

    @property
    def in_use(self) -> bool:
        """Some subject has written own targets against this catalog (known on this PC)."""
        return self.own_target_count > 0

    def walk(self) -> Iterator[Located]:
        """Every entry depth-first in order, with its ancestors."""

        def visit(entries: list[EntryDoc], above: tuple[EntryDoc, ...]) -> Iterator[Located]:
            for entry in entries:
                yield Located(entry, above)
                yield from visit(entry.children, (*above, entry))

        return visit(self.entries, ())

    def locate(self, entry_id: str) -> Located:
        """An entry with its ancestors; a Chinese error if it is not in this catalog."""
        for located in self.walk():
            if located.entry.id == entry_id:
                return located
        raise UserError("找不到该条目（可能已被删除或不属于本目录）。")

    def find(self, entry_id: str) -> EntryDoc:
        return self.locate(entry_id).entry

    def points(self, *, include_retired: bool = False, section: str | None = None) -> list[Located]:
        """The entries that carry targets, in order; ``section`` limits to one section key."""
        result = []
        for located in self.walk():
            if located.entry.level != self.point_level:
                continue
            if not include_retired and not located.active:
                continue
            sect = located.ancestor(lv.SECTION)
            if section is not None and sect is not None and sect.key != section:
                continue
            result.append(located)
        return result

    def count(self, level: str, *, include_retired: bool = False) -> int:
        """How many entries of a level (active ones unless asked)."""
        return sum(
            1 for x in self.walk() if x.entry.level == level and (include_retired or x.active)
        )

    # -- editing --------------------------------------------------------------------------
    def add_entry(
        self,
        *,
        level: str,
        name: str,
        parent_id: str | None = None,
        index: int | None = None,
        number: str | None = None,
        key: str = "",
        hint: str = "",
        platform_refs: list[str] | None = None,
    ) -> EntryDoc:
        """Add an entry under ``parent_id`` (None: top level) at ``index`` among its
        same-level siblings (None: last). Numbered after the highest number in its list
        unless ``number`` is given. Inverse: :meth:`remove` (drops it until saved)."""
        parent = self.find(parent_id) if parent_id else None
        self._check_child(parent, level)
        entry = EntryDoc(
            level=level,
            name=_name(name, lv.level_label(self.kind, level)),
            key=key,
            hint=hint.strip(),
            platform_refs=[r.strip() for r in platform_refs or [] if r.strip()],
        )
        siblings = parent.children if parent else self.entries
        siblings.insert(_full_index(siblings, level, index), entry)
        entry.number = number if number is not None else self._next_number(entry)
        return entry

    def edit_entry(self, entry_id: str, **changes: Any) -> dict[str, Any]:
        """Change ``name``, ``hint``, ``platform_refs``, ``number`` or ``key``; returns the
        previous values (inverse: ``edit_entry(entry_id, **previous)``)."""
        entry = self.find(entry_id)
        allowed = {"name", "hint", "platform_refs", "number", "key"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)}")
        previous = {k: copy.deepcopy(getattr(entry, k)) for k in changes}
        for key, value in changes.items():
            if key == "name":
                value = _name(value, lv.level_label(self.kind, entry.level))
            elif key == "platform_refs":
                value = [r.strip() for r in value if r.strip()]
            elif isinstance(value, str):
                value = value.strip()
            setattr(entry, key, value)
        return previous

    def rename(self, entry_id: str, name: str) -> str:
        """Rename an entry; returns the old name."""
        return self.edit_entry(entry_id, name=name)["name"]

    def remove(self, entry_id: str) -> Removal:
        """Drop an entry added since the last save, or retire a saved one (see the module
        docstring). Inverse: :meth:`undo_remove`."""
        located = self.locate(entry_id)
        entry, parent = located.entry, located.parent
        siblings = parent.children if parent else self.entries
        index = siblings.index(entry)
        subtree = {x.entry.id for x in _walk_from(entry)}
        if subtree & self.stored_ids:
            if entry.retired:
                raise UserError(f"“{entry.name}”已停用。")
            entry.retired = True
            return Removal(entry, parent.id if parent else None, index, retired=True)
        siblings.pop(index)
        return Removal(entry, parent.id if parent else None, index, retired=False)

    def undo_remove(self, removal: Removal) -> None:
        """Put back what :meth:`remove` took away."""
        if removal.retired:
            self.find(removal.entry.id).retired = False
            return
        parent = self.find(removal.parent_id) if removal.parent_id else None
        siblings = parent.children if parent else self.entries
        siblings.insert(min(removal.index, len(siblings)), removal.entry)

    def set_retired(self, entry_id: str, retired: bool) -> bool:
        """Retire (停用) or restore (恢复) an entry; returns the previous state."""
        entry = self.find(entry_id)
        previous, entry.retired = entry.retired, retired
        return previous

    def move(
        self, entry_id: str, *, index: int, parent_id: str | None = _KEEP
    ) -> tuple[str | None, int]:
        """Move an entry to ``index`` among its same-level siblings, optionally under
        another parent (nesting a point under a standard, say). Returns the old
        ``(parent_id, index)``: inverse is ``move(entry_id, index=i, parent_id=p)``.

        Moving into another numbering scope (another section, or a diagnostic element
        into another item) gives the entry the next free number there.
        """
        located = self.locate(entry_id)
        entry, old_parent = located.entry, located.parent
        old_siblings = old_parent.children if old_parent else self.entries
        old_index = old_siblings.index(entry)
        old_level_index = sum(1 for s in old_siblings[:old_index] if s.level == entry.level)
        old_parent_id = old_parent.id if old_parent else None
        new_parent_id = old_parent_id if parent_id is _KEEP else parent_id
        new_parent = self.find(new_parent_id) if new_parent_id else None
        if new_parent is not None and (
            new_parent.id == entry.id or new_parent.id in {x.entry.id for x in _walk_from(entry)}
        ):
            raise UserError("不能把条目移到它自己的下级。")
        self._check_child(new_parent, entry.level)
        old_scope = self._scope(entry)
        old_siblings.pop(old_index)
        siblings = new_parent.children if new_parent else self.entries
        siblings.insert(_full_index(siblings, entry.level, index), entry)
        if self._scope(entry) != old_scope:
            entry.number = ""
            entry.number = self._next_number(entry)
        return old_parent_id, old_level_index

    def set_targets(self, entry_id: str, targets: list[TargetDoc]) -> list[TargetDoc]:
        """Replace a point's targets; returns the previous list (inverse: set it back)."""
        entry = self.find(entry_id)
        if entry.level != self.point_level:
            label = lv.level_label(self.kind, self.point_level)
            raise UserError(f"只有{label}可以设置目标。")
        previous = entry.targets
        entry.targets = [copy.deepcopy(t) for t in targets]
        return previous

    # -- plain data ---------------------------------------------------------------------
    def to_data(self) -> dict[str, Any]:
        """JSON-ready content (context fields left out)."""

        def entry_data(e: EntryDoc) -> dict[str, Any]:
            data: dict[str, Any] = {"id": e.id, "level": e.level, "name": e.name}
            for key in ("number", "key", "hint", "origin_id"):
                if getattr(e, key):
                    data[key] = getattr(e, key)
            if e.platform_refs:
                data["platform_refs"] = list(e.platform_refs)
            if e.retired:
                data["retired"] = True
            if e.targets:
                data["targets"] = [{**TargetValues.of(t).as_dict(), "id": t.id} for t in e.targets]
            if e.children:
                data["children"] = [entry_data(c) for c in e.children]
            return data

        return {
            "id": self.id,
            "kind": self.kind,
            "year": self.year,
            "title": self.title,
            "source": self.source,
            "notes": list(self.notes),
            "based_on_id": self.based_on_id,
            "entries": [entry_data(e) for e in self.entries],
        }

    # -- helpers ----------------------------------------------------------------------------
    def _check_child(self, parent: EntryDoc | None, level: str) -> None:
        allowed = lv.allowed_children(self.kind, parent.level if parent else None)
        if level not in allowed:
            where = f"“{parent.name}”下" if parent else "顶层"
            names = "、".join(lv.level_label(self.kind, a) for a in allowed) or "任何条目"
            raise UserError(f"{where}不能添加{lv.level_label(self.kind, level)}；只能添加{names}。")

    def _scope(self, entry: EntryDoc) -> tuple[str, str | None]:
        """What an entry's number counts within: its section (表5–表7) or its parent."""
        located = self.locate(entry.id)
        if self.kind in lv.STANDARD_KINDS:
            section = located.ancestor(lv.SECTION)
            return entry.level, section.id if section else None
        parent = located.parent
        return entry.level, parent.id if parent else None

    def _next_number(self, entry: EntryDoc) -> str:
        """One more than the highest number in the entry's list; "" where the kind
        prints no numbers (表8's types and elements, 附件2's points)."""
        if self.kind == "student" or (self.kind == "diagnosis" and entry.level == lv.POINT):
            return ""
        if entry.level == lv.SECTION:
            return ""
        scope = self._scope(entry)
        used = [
            x.entry.number
            for x in self.walk()
            if x.entry is not entry
            and x.entry.level == entry.level
            and self._scope(x.entry) == scope
        ]
        if self.kind == "diagnosis" and entry.level == lv.ELEMENT:
            item = self.locate(entry.id).parent
            prefix = item.number if item else ""
            tails = [int(n.rsplit(".", 1)[1]) for n in used if n.rsplit(".", 1)[-1].isdigit()]
            return f"{prefix}.{max(tails, default=0) + 1}"
        return str(max((int(n) for n in used if n.isdigit()), default=0) + 1)


def _walk_from(entry: EntryDoc) -> Iterator[Located]:
    yield Located(entry, ())
    for child in entry.children:
        yield from _walk_from(child)


def _full_index(siblings: list[EntryDoc], level: str, index: int | None) -> int:
    """Where the ``index``-th sibling of ``level`` goes in the mixed child list."""
    same = [i for i, s in enumerate(siblings) if s.level == level]
    if index is None or index >= len(same):
        return (same[-1] + 1) if same else len(siblings)
    return same[max(index, 0)]


def _name(value: str, label: str) -> str:
    name = " ".join(str(value).split())
    if not name:
        raise UserError(f"{label}名称不能为空。")
    return name
