"""A unit's job description manual (岗位说明书汇编) as plain data.

The editor edits one :class:`ManualDoc` in memory (undo is a copy of it, autosave
is :func:`app.services.jobs.store.save_manual`, which writes only what changed);
the PDF and the workbook read and write the same document without a database.

The operations below (add, copy, move, link) are pure functions on the document, so
an editor's undo command can call them and keep the document before as its inverse.
Numbers printed on the form (一、二、…; 1. 2. …) are positions, never stored text.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from app.models.base import new_uuid

_NUMERALS = "零一二三四五六七八九"


@dataclass
class StandardDoc:
    """工作标准: one numbered line."""

    text: str = ""
    id: str = field(default_factory=new_uuid)


@dataclass
class WorkItemDoc:
    """工作内容, the unit duty it carries out, and its standards."""

    text: str = ""
    duty_id: str | None = None
    standards: list[StandardDoc] = field(default_factory=list)
    id: str = field(default_factory=new_uuid)


@dataclass
class CategoryDoc:
    """职责类型 (printed 一、name) and its work items."""

    name: str = ""
    items: list[WorkItemDoc] = field(default_factory=list)
    id: str = field(default_factory=new_uuid)


@dataclass
class PostDoc:
    """One post's 岗位说明书 (表4)."""

    title: str = ""
    headcount: int | None = None  # 定员
    coefficient: str = ""  # 岗位系数, as typed
    supervisor: str = ""  # 直接上级
    subordinates: str = ""  # 直接下级
    education: str = ""  # 学历/职称
    knowledge: str = ""  # 专业知识和技能
    experience: str = ""  # 工作经验
    certificates: str = ""  # 资格证书
    categories: list[CategoryDoc] = field(default_factory=list)
    id: str = field(default_factory=new_uuid)

    def items(self) -> list[WorkItemDoc]:
        """Every work item of the post, in form order."""
        return [item for cat in self.categories for item in cat.items]

    def standards(self) -> list[tuple[WorkItemDoc, StandardDoc]]:
        """Every standard line with its work item, in form order."""
        return [(item, std) for item in self.items() for std in item.standards]


@dataclass
class DutyDoc:
    """部门职责: one duty of the unit."""

    text: str = ""
    id: str = field(default_factory=new_uuid)


@dataclass
class ManualDoc:
    """A unit's duties and all its posts."""

    unit_id: str
    duties: list[DutyDoc] = field(default_factory=list)
    posts: list[PostDoc] = field(default_factory=list)
    # Context for display and printing; not part of the content.
    unit_name: str = ""
    institution_name: str = ""

    # -- lookups -----------------------------------------------------------------------
    def post(self, post_id: str) -> PostDoc:
        """A post by id; KeyError if the manual has none."""
        for post in self.posts:
            if post.id == post_id:
                return post
        raise KeyError(post_id)

    def duty_number(self, duty_id: str | None) -> int | None:
        """1-based position of a duty (how the form and the workbook refer to it)."""
        for n, duty in enumerate(self.duties, start=1):
            if duty.id == duty_id:
                return n
        return None

    def standard_count(self) -> int:
        """How many 工作标准 lines the whole manual has."""
        return sum(len(post.standards()) for post in self.posts)

    # -- plain data ------------------------------------------------------------------
    def to_data(self) -> dict[str, Any]:
        """JSON-ready dict (for `jobs show`, undo snapshots and tests)."""
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ManualDoc:
        """Inverse of :meth:`to_data`."""
        d = dict(data)
        d["duties"] = [DutyDoc(**x) for x in d.get("duties") or []]
        d["posts"] = [post_from_data(p) for p in d.get("posts") or []]
        return cls(**d)

    def content_data(self) -> dict[str, Any]:
        """What the manual says, without ids or display context: equal manuals, equal data."""
        numbers = {duty.id: n for n, duty in enumerate(self.duties, start=1)}
        return {
            "duties": [d.text for d in self.duties],
            "posts": [
                {
                    **{k: v for k, v in asdict(post).items() if k not in ("id", "categories")},
                    "categories": [
                        {
                            "name": cat.name,
                            "items": [
                                {
                                    "text": item.text,
                                    "duty": numbers.get(item.duty_id or ""),
                                    "standards": [s.text for s in item.standards],
                                }
                                for item in cat.items
                            ],
                        }
                        for cat in post.categories
                    ],
                }
                for post in self.posts
            ],
        }

    def fingerprint(self) -> str:
        """Short hash of the content, printed in the footer to match paper to data."""
        canonical = json.dumps(self.content_data(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def post_from_data(data: dict[str, Any]) -> PostDoc:
    """A :class:`PostDoc` from :func:`dataclasses.asdict` output."""
    d = dict(data)
    d["categories"] = [
        CategoryDoc(
            name=c["name"],
            id=c["id"],
            items=[
                WorkItemDoc(
                    text=i["text"],
                    duty_id=i.get("duty_id"),
                    id=i["id"],
                    standards=[StandardDoc(**s) for s in i.get("standards") or []],
                )
                for i in c.get("items") or []
            ],
        )
        for c in d.get("categories") or []
    ]
    return PostDoc(**d)


# -- numbering ----------------------------------------------------------------------------
def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (职责类型 are numbered this way; n < 100)."""
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUMERALS[tens] + "十")
    return head + (_NUMERALS[ones] if ones else "")


def category_label(n: int, name: str) -> str:
    """How a duty type is printed: 一、管理体系建设."""
    return f"{chinese_number(n)}、{name}"


# -- editing operations (pure; the editor wraps them in undo commands) ------------------------
def fresh_ids(post: PostDoc) -> PostDoc:
    """A deep copy of ``post`` with new ids everywhere (duty links kept)."""
    clone = copy.deepcopy(post)
    clone.id = new_uuid()
    for cat in clone.categories:
        cat.id = new_uuid()
        for item in cat.items:
            item.id = new_uuid()
            for std in item.standards:
                std.id = new_uuid()
    return clone


def copy_post_in(doc: ManualDoc, post_id: str, *, title: str | None = None) -> PostDoc:
    """Insert a copy of a post right after it (“复制岗位”); returns the copy.

    The copy keeps its duty links, so a similar post starts already covered; its title
    gets “（副本）” unless one is given, so two posts are never silently alike.
    """
    source = doc.post(post_id)
    clone = fresh_ids(source)
    clone.title = title if title is not None else f"{source.title}（副本）"
    doc.posts.insert(doc.posts.index(source) + 1, clone)
    return clone


def move_post(doc: ManualDoc, post_id: str, index: int) -> None:
    """Move a post to ``index`` (clamped) in the manual's order."""
    post = doc.post(post_id)
    doc.posts.remove(post)
    doc.posts.insert(max(0, min(index, len(doc.posts))), post)


def move_in_list(items: list[Any], item_id: str, index: int) -> None:
    """Move the element whose ``id`` is ``item_id`` to ``index`` (clamped)."""
    for element in items:
        if element.id == item_id:
            items.remove(element)
            items.insert(max(0, min(index, len(items))), element)
            return
    raise KeyError(item_id)


def remove_duty(doc: ManualDoc, duty_id: str) -> None:
    """Drop a unit duty and unlink the work items that pointed to it."""
    doc.duties = [d for d in doc.duties if d.id != duty_id]
    for post in doc.posts:
        for item in post.items():
            if item.duty_id == duty_id:
                item.duty_id = None


def standards_from_text(text: str) -> list[str]:
    """Split a pasted 工作标准 cell ("1.分析…； 2.调研…；") into its lines, numbers removed.

    The paper form keeps all standards of a work item in one cell; secretaries paste
    that cell, so the editor and the importer accept it and store one line each.
    """
    import re

    parts = re.split(r"(?:^|[；;。\n]\s*)(?=\d{1,2}\s*[.、．])|\n", text.strip())
    lines = []
    for part in parts:
        line = re.sub(r"^\d{1,2}\s*[.、．]\s*", "", part.strip()).strip()
        line = line.rstrip("；;")
        if line:
            lines.append(line)
    return lines
