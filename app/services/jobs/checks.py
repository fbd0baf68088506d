"""What the editor marks on a manual: duty coverage, missing fields, SMART hints.

The chain 部门职责 → 岗位工作 → 工作标准 is the point of the manual: every unit duty
should be carried out by some post's work, and every piece of work should serve a
duty. :func:`coverage` lists both gaps; :func:`check_manual` lists what is missing
on the form itself; :func:`smart_hints` gives each 工作标准 line its SMART verdict
(hints, never a block). All three work on the document alone, so they can run as the
secretary types.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.services.jobs.doc import (
    CategoryDoc,
    DutyDoc,
    ManualDoc,
    PostDoc,
    WorkItemDoc,
    chinese_number,
)
from app.services.smart import LETTERS, SmartRules, SmartSummary, SmartVerdict, check_text


# -- coverage -----------------------------------------------------------------------------
@dataclass(frozen=True)
class UnlinkedWork:
    """A work item that names no unit duty."""

    post_id: str
    post_title: str
    category_id: str
    item_id: str
    text: str


@dataclass
class Coverage:
    """The gaps in the chain 部门职责 → 岗位工作."""

    uncovered_duties: list[tuple[int, DutyDoc]] = field(default_factory=list)  # (number, duty)
    unlinked_items: list[UnlinkedWork] = field(default_factory=list)
    posts_without_duty: list[PostDoc] = field(default_factory=list)
    # duty id → titles of the posts that carry it out (for the editor's duty list)
    carried_by: dict[str, list[str]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Every duty covered and every work item linked."""
        return not (self.uncovered_duties or self.unlinked_items)

    def describe(self) -> list[str]:
        """The gaps as Chinese lines, for the CLI and the PDF's appendix."""
        lines = [f"部门职责 {n}“{d.text}”没有任何岗位承担。" for n, d in self.uncovered_duties]
        lines += [
            f"岗位“{p.title or '（未命名）'}”的工作内容都没有对应部门职责。"
            for p in self.posts_without_duty
        ]
        named = {p.id for p in self.posts_without_duty}  # already listed as a whole
        lines += [
            f"岗位“{u.post_title or '（未命名）'}”的工作内容“{u.text}”没有对应部门职责。"
            for u in self.unlinked_items
            if u.post_id not in named
        ]
        return lines


# Work every post carries as a catch-all ("完成上级交办的其它工作") needs no duty.
_CATCH_ALL_WORDS = ("上级交办", "领导交办", "临时交办")
_CATCH_ALL_CATEGORIES = ("其它工作", "其他工作", "其它", "其他")


def is_catch_all(item: WorkItemDoc, category: CategoryDoc | None = None) -> bool:
    """The 其它工作 line every post ends with: not expected to point to a duty."""
    if category is not None and category.name.strip() in _CATCH_ALL_CATEGORIES:
        return True
    return any(word in item.text for word in _CATCH_ALL_WORDS)


def coverage(doc: ManualDoc) -> Coverage:
    """Duties no post covers, work that points to no duty, posts whose work serves none."""
    result = Coverage(carried_by={d.id: [] for d in doc.duties})
    for post in doc.posts:
        linked = False
        for cat in post.categories:
            for item in cat.items:
                if item.duty_id in result.carried_by:
                    linked = True
                    titles = result.carried_by[item.duty_id]  # type: ignore[index]
                    if post.title not in titles:
                        titles.append(post.title)
                elif not is_catch_all(item, cat):
                    result.unlinked_items.append(
                        UnlinkedWork(post.id, post.title, cat.id, item.id, item.text)
                    )
        if not linked and post.items():
            result.posts_without_duty.append(post)
    result.uncovered_duties = [
        (n, d) for n, d in enumerate(doc.duties, start=1) if not result.carried_by[d.id]
    ]
    return result


# -- the form ----------------------------------------------------------------------------
@dataclass(frozen=True)
class JobProblem:
    """One gap on the form, located so the editor can mark the very cell."""

    post_id: str | None  # None: the unit's duties
    section: str  # duty | post | category | item | standard
    item_id: str | None  # the record at fault
    field: str  # the attribute at fault
    message: str


def check_manual(doc: ManualDoc) -> list[JobProblem]:
    """Every gap in ``doc`` in form order (empty fields, duplicates, posts with no work)."""
    problems: list[JobProblem] = []

    def add(post: str | None, section: str, item: str | None, fld: str, message: str) -> None:
        problems.append(JobProblem(post, section, item, fld, message))

    if not doc.duties:
        add(None, "duty", None, "duties", "请先列出本部门的部门职责。")
    for n, duty in enumerate(doc.duties, start=1):
        if not duty.text.strip():
            add(None, "duty", duty.id, "text", f"部门职责 {n}：内容为空。")
    titles: dict[str, int] = {}
    for post in doc.posts:
        titles[post.title.strip()] = titles.get(post.title.strip(), 0) + 1
    for post in doc.posts:
        name = post.title.strip()
        where = f"岗位“{name or '（未命名）'}”"
        if not name:
            add(post.id, "post", post.id, "title", f"{where}：请填写岗位名称。")
        elif titles[name] > 1:
            add(post.id, "post", post.id, "title", f"{where}：与本部门另一岗位同名。")
        if post.headcount is None or post.headcount < 1:
            add(post.id, "post", post.id, "headcount", f"{where}：请填写定员（人数）。")
        if not post.supervisor.strip():
            add(post.id, "post", post.id, "supervisor", f"{where}：请填写直接上级。")
        if not post.categories:
            add(post.id, "post", post.id, "categories", f"{where}：还没有岗位职责。")
        for c_no, cat in enumerate(post.categories, start=1):
            label = f"{where}职责类型{chinese_number(c_no)}"
            if not cat.name.strip():
                add(post.id, "category", cat.id, "name", f"{label}：名称为空。")
            if not cat.items:
                add(post.id, "category", cat.id, "items", f"{label}：没有工作内容。")
            for i_no, item in enumerate(cat.items, start=1):
                at = f"{label}第 {i_no} 项工作"
                if not item.text.strip():
                    add(post.id, "item", item.id, "text", f"{at}：工作内容为空。")
                if not item.standards and not is_catch_all(item, cat):
                    add(post.id, "item", item.id, "standards", f"{at}：没有工作标准。")
                for s_no, std in enumerate(item.standards, start=1):
                    if not std.text.strip():
                        add(post.id, "standard", std.id, "text", f"{at}标准 {s_no}：内容为空。")
        quals = (post.education, post.knowledge, post.experience, post.certificates)
        if not any(q.strip() for q in quals):
            add(post.id, "post", post.id, "qualifications", f"{where}：请填写任职资格要求。")
    return problems


# -- SMART ------------------------------------------------------------------------------
def smart_hints(
    doc: ManualDoc | PostDoc, *, rules: SmartRules | None = None
) -> dict[str, SmartVerdict]:
    """Each 工作标准 line's SMART verdict by standard id (relevance judged against its work).

    Empty lines are left out: the form check already names them, and five "没有内容"
    hints beside an empty line the secretary is about to type would only be noise.
    """
    posts = doc.posts if isinstance(doc, ManualDoc) else [doc]
    hints: dict[str, SmartVerdict] = {}
    for post in posts:
        for item, std in post.standards():
            if std.text.strip():
                hints[std.id] = check_text(std.text, context=item.text, rules=rules)
    return hints


def smart_summary(doc: ManualDoc, *, rules: SmartRules | None = None) -> SmartSummary:
    """How many of the unit's standards get a hint on each SMART letter."""
    verdicts = smart_hints(doc, rules=rules).values()
    failures = dict.fromkeys(LETTERS, 0)
    all_ok = 0
    for verdict in verdicts:
        all_ok += verdict.ok
        for letter in verdict.failures:
            failures[letter] += 1
    return SmartSummary(total=len(verdicts), all_ok=all_ok, failures=failures)
