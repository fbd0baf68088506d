"""What the checks found, as a list the secretary can click to go to the place.

Three kinds of entries, in this order: form problems (``check_manual``: an empty
field, a post without work …), gaps in the chain 部门职责 → 岗位工作 (a duty no
post carries out, work that serves no duty), and SMART hints on 工作标准 lines
(amber: advice, never blocking). The manual page lists the whole manual with one
SMART line per post; the post editor lists one post with every hint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.jobs.doc import PostDoc
from app.services.smart import SmartVerdict
from app.ui.jobs.document import DUTY, ITEM, STANDARD, Focus, ManualDocument
from app.ui.plans.labels import dot_icon, hint_icon, smart_hint_text

_Index = QModelIndex | QPersistentModelIndex

PROBLEM, GAP, HINT, OK = "problem", "gap", "hint", "ok"
PROBLEM_COLOR = "#d93025"
HINT_TEXT_COLOR = "#8a5a00"
OK_COLOR = "#1e7b3a"

EntryRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CheckEntry:
    """One line of the list and the place it is about."""

    text: str
    severity: str  # PROBLEM, GAP, HINT or OK
    focus: Focus | None = None
    field: str | None = None  # the field at fault (a header field, "standards" …)


def short(text: str, limit: int = 18) -> str:
    """A long text cut for a one-line mention."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def smart_reason(verdict: SmartVerdict) -> str:
    """Which letters failed and the first reason: “M（可度量）、T（有时限）：没有时间要求…”."""
    failed = [v for v in verdict.letters if not v.ok]
    names = "、".join(f"{v.letter}（{v.label}）" for v in failed)
    return f"{names}：{failed[0].reason}" if failed else ""


def _untitled(title: str) -> str:
    return title.strip() or QCoreApplication.translate("JobChecks", "(untitled)")


def _problem_entries(document: ManualDocument, post_id: str | None) -> list[CheckEntry]:
    entries = []
    for problem in document.problems:
        if post_id is not None and problem.post_id != post_id:
            continue
        kind = problem.section
        record = problem.item_id or problem.post_id or ""
        focus = Focus(kind, record, problem.post_id) if record else None
        if kind == DUTY and not record:
            focus = None
        entries.append(CheckEntry(problem.message, PROBLEM, focus, problem.field))
    return entries


def _gap_entries(document: ManualDocument, post_id: str | None) -> list[CheckEntry]:
    entries = []
    if post_id is None:
        for number, duty in document.coverage.uncovered_duties:
            text = (
                QCoreApplication.translate(
                    "JobChecks", "Unit duty %1 “%2” is carried out by no post."
                )
                .replace("%1", str(number))
                .replace("%2", short(duty.text, 30))
            )
            entries.append(CheckEntry(text, GAP, Focus(DUTY, duty.id), "text"))
    for gap in document.coverage.unlinked_items:
        if post_id is not None and gap.post_id != post_id:
            continue
        text = (
            QCoreApplication.translate("JobChecks", "Post “%1”: the work “%2” serves no unit duty.")
            .replace("%1", _untitled(gap.post_title))
            .replace("%2", short(gap.text or "…"))
        )
        entries.append(CheckEntry(text, GAP, Focus(ITEM, gap.item_id, gap.post_id), "duty_id"))
    return entries


def _hint_entries(document: ManualDocument, post: PostDoc) -> list[CheckEntry]:
    entries = []
    for item in post.items():
        for number, std in enumerate(item.standards, start=1):
            verdict = document.smart_at(std.id)
            if verdict is None:
                continue
            text = (
                QCoreApplication.translate("JobChecks", "“%1” standard %2: %3")
                .replace("%1", short(item.text, 14))
                .replace("%2", str(number))
                .replace("%3", smart_reason(verdict))
            )
            entries.append(
                CheckEntry(smart_hint_text(text), HINT, Focus(STANDARD, std.id, post.id), "text")
            )
    return entries


def manual_entries(document: ManualDocument) -> list[CheckEntry]:
    """The whole manual: problems and gaps, then one SMART line per post that has hints."""
    entries = _problem_entries(document, None) + _gap_entries(document, None)
    if not entries:
        entries.append(
            CheckEntry(
                QCoreApplication.translate(
                    "JobChecks", "No problems: every duty is carried out and every field is filled."
                ),
                OK,
            )
        )
    for post in document.doc.posts:
        hinted = [std for _item, std in post.standards() if document.smart_at(std.id)]
        count = len(hinted)
        if count:
            text = (
                QCoreApplication.translate(
                    "JobChecks", "Post “%1”: %2 standard line(s) with a SMART hint."
                )
                .replace("%1", _untitled(post.title))
                .replace("%2", str(count))
            )
            # A click opens the post at its first line with a hint.
            focus = Focus(STANDARD, hinted[0].id, post.id)
            entries.append(CheckEntry(smart_hint_text(text), HINT, focus, "text"))
    return entries


def post_entries(document: ManualDocument, post_id: str) -> list[CheckEntry]:
    """One post: its problems and unlinked work, then a SMART hint per standard line."""
    post = document.post(post_id)
    if post is None:
        return []
    entries = _problem_entries(document, post_id) + _gap_entries(document, post_id)
    if not entries:
        entries.append(
            CheckEntry(QCoreApplication.translate("JobChecks", "No problems in this post."), OK)
        )
    return entries + _hint_entries(document, post)


class ChecksModel(QAbstractListModel):
    """The entries as a list; the view's click hands :data:`EntryRole` to the page."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[CheckEntry] = []

    def set_entries(self, entries: list[CheckEntry]) -> None:
        """Show a new list (the checks re-ran)."""
        if entries == self.entries:
            return
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def count(self, *severities: str) -> int:
        """How many entries are of these severities."""
        return sum(1 for e in self.entries if e.severity in severities)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return entry.text
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DecorationRole:
            if entry.severity == HINT:
                return hint_icon()
            if entry.severity in (PROBLEM, GAP):
                return dot_icon(PROBLEM_COLOR)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.severity == HINT:
                return QColor(HINT_TEXT_COLOR)
            if entry.severity == OK:
                return QColor(OK_COLOR)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()].focus is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
