"""Structural edits of a post's 岗位职责 as pure functions on a :class:`ManualDoc`.

The editor runs them on a copy of the manual inside one snapshot undo command
(:meth:`ManualDocument.apply`), as it does the services' own operations
(``copy_post_in``, ``move_post``, ``remove_duty``). No Qt here: they are tested alone.
Records are found by id, so the same call works on the copy and on the original.
"""

from __future__ import annotations

import re

from app.services.jobs.doc import (
    CategoryDoc,
    ManualDoc,
    PostDoc,
    StandardDoc,
    WorkItemDoc,
    move_in_list,
)

CATEGORY = "category"
ITEM = "item"
STANDARD = "standard"

_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*")
_CATEGORY_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*")


def plain_item_text(text: str) -> str:
    """A work item as typed or pasted, without the “1.” the form prints by position."""
    return _ITEM_NUMBER.sub("", " ".join(text.split()), count=1)


def plain_category_name(text: str) -> str:
    """A duty type without the “一、” the form prints by position."""
    return _CATEGORY_NUMBER.sub("", " ".join(text.split()), count=1)


def _post(doc: ManualDoc, post_id: str) -> PostDoc:
    return doc.post(post_id)


def _category(post: PostDoc, category_id: str) -> CategoryDoc:
    for cat in post.categories:
        if cat.id == category_id:
            return cat
    raise KeyError(category_id)


def _item(post: PostDoc, item_id: str) -> tuple[CategoryDoc, WorkItemDoc]:
    for cat in post.categories:
        for item in cat.items:
            if item.id == item_id:
                return cat, item
    raise KeyError(item_id)


def _standard(post: PostDoc, standard_id: str) -> tuple[WorkItemDoc, StandardDoc]:
    for item in post.items():
        for std in item.standards:
            if std.id == standard_id:
                return item, std
    raise KeyError(standard_id)


def _after(items: list, after_id: str | None) -> int:
    """Index just after the element ``after_id`` (the end when None or missing)."""
    for n, element in enumerate(items):
        if element.id == after_id:
            return n + 1
    return len(items)


def add_category(
    doc: ManualDoc, post_id: str, *, after_id: str | None = None, name: str = ""
) -> CategoryDoc:
    """A new 职责类型 after ``after_id`` (at the end without one).

    The catch-all type 其它工作 stays last, as the form ends with it: a type added
    after it goes just before it.
    """
    post = _post(doc, post_id)
    cat = CategoryDoc(name=name)
    at = _after(post.categories, after_id)
    if at == len(post.categories) and post.categories and is_catch_all_type(post.categories[-1]):
        at -= 1
    post.categories.insert(at, cat)
    return cat


def is_catch_all_type(category: CategoryDoc) -> bool:
    """The 其它工作 duty type every post ends with."""
    return category.name.strip() in ("其它工作", "其他工作", "其它", "其他")


def add_item(
    doc: ManualDoc,
    post_id: str,
    category_id: str,
    *,
    after_id: str | None = None,
    text: str = "",
) -> WorkItemDoc:
    """A new 工作内容 in a duty type, after ``after_id`` (at the end without one)."""
    cat = _category(_post(doc, post_id), category_id)
    item = WorkItemDoc(text=text)
    cat.items.insert(_after(cat.items, after_id), item)
    return item


def add_standards(
    doc: ManualDoc,
    post_id: str,
    item_id: str,
    texts: list[str],
    *,
    after_id: str | None = None,
) -> list[StandardDoc]:
    """New 工作标准 lines in a work item, after ``after_id`` (at the end without one)."""
    _cat, item = _item(_post(doc, post_id), item_id)
    made = [StandardDoc(text=t) for t in texts]
    at = _after(item.standards, after_id)
    item.standards[at:at] = made
    return made


def replace_standard(
    doc: ManualDoc, post_id: str, standard_id: str, texts: list[str]
) -> list[StandardDoc]:
    """A pasted cell “1.…；2.…” in place of one line: the first keeps its id, the rest follow."""
    item, std = _standard(_post(doc, post_id), standard_id)
    if not texts:
        texts = [""]
    std.text = texts[0]
    made = [StandardDoc(text=t) for t in texts[1:]]
    at = item.standards.index(std) + 1
    item.standards[at:at] = made
    return [std, *made]


def remove(doc: ManualDoc, post_id: str, kind: str, record_id: str) -> None:
    """Delete a duty type, a work item or a standard line (with what it holds)."""
    post = _post(doc, post_id)
    if kind == CATEGORY:
        post.categories.remove(_category(post, record_id))
    elif kind == ITEM:
        cat, item = _item(post, record_id)
        cat.items.remove(item)
    elif kind == STANDARD:
        item, std = _standard(post, record_id)
        item.standards.remove(std)
    else:
        raise ValueError(kind)


def siblings(post: PostDoc, kind: str, record_id: str) -> list:
    """The list a record sits in (its duty type's items, its item's standards …)."""
    if kind == CATEGORY:
        return post.categories
    if kind == ITEM:
        return _item(post, record_id)[0].items
    if kind == STANDARD:
        return _standard(post, record_id)[0].standards
    raise ValueError(kind)


def can_move(post: PostDoc, kind: str, record_id: str, delta: int) -> bool:
    """Whether a record can move ``delta`` places within its list."""
    items = siblings(post, kind, record_id)
    position = next(n for n, e in enumerate(items) if e.id == record_id)
    return 0 <= position + delta < len(items)


def move(doc: ManualDoc, post_id: str, kind: str, record_id: str, delta: int) -> None:
    """Move a record up (−1) or down (+1) within its list."""
    items = siblings(_post(doc, post_id), kind, record_id)
    position = next(n for n, e in enumerate(items) if e.id == record_id)
    move_in_list(items, record_id, position + delta)
