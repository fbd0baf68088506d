"""Table models of the sync window: bundle results, counts per type, units, keys, conflicts.

Each shows a list of the services' plain result objects (read once, replaced
whole): the lists are short (a file per unit, ~20 units, a few keys), so a reset
per refresh is simpler than tracking rows and costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.services.sync.conflicts import ConflictView
from app.services.sync.importer import BundleResult
from app.services.sync.merge import TypeCounts
from app.services.sync.status import PeerStatus
from app.services.sync.trust import TrustView
from app.ui.sync import labels

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of ``rows``; subclasses give the headers and each cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def headers(self) -> Sequence[str]:
        """Translated column titles."""
        raise NotImplementedError

    def cell(self, row: T, column: int) -> Any:
        """The text of one cell."""
        raise NotImplementedError

    def color(self, row: T, column: int) -> str | None:
        """A text colour for a cell, if it carries a state."""
        return None

    def tooltip(self, row: T, column: int) -> str | None:
        """Longer text for a cell that is cut short."""
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.color(row, index.column())
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None


# -- bundle results -------------------------------------------------------------------------
def counts_summary(counts: dict[str, TypeCounts]) -> str:
    """ "12 added, 3 updated …" over every type (only the numbers that are not zero)."""
    total = TypeCounts()
    for c in counts.values():
        total.added += c.added
        total.updated += c.updated
        total.unchanged += c.unchanged
        total.conflicts += c.conflicts
        total.refused += c.refused
    parts = [
        (total.added, QCoreApplication.translate("SyncModels", "%1 added")),
        (total.updated, QCoreApplication.translate("SyncModels", "%1 updated")),
        (total.unchanged, QCoreApplication.translate("SyncModels", "%1 unchanged")),
        (total.conflicts, QCoreApplication.translate("SyncModels", "%1 conflicts")),
        (total.refused, QCoreApplication.translate("SyncModels", "%1 refused")),
    ]
    text = QCoreApplication.translate("SyncModels", ", ").join(
        t.replace("%1", str(n)) for n, t in parts if n
    )
    return text or QCoreApplication.translate("SyncModels", "no records")


class BundleResultsModel(RowsModel[BundleResult]):
    """One row per bundle file of an import: file, unit, number, result, reason or summary."""

    COL_FILE, COL_UNIT, COL_SEQUENCE, COL_RESULT, COL_REASON = range(5)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "File"),
            QCoreApplication.translate("SyncModels", "From"),
            QCoreApplication.translate("SyncModels", "No."),
            QCoreApplication.translate("SyncModels", "Result"),
            QCoreApplication.translate("SyncModels", "Reason or records"),
        )

    def cell(self, row: BundleResult, column: int) -> Any:
        if column == self.COL_FILE:
            return row.path.name
        if column == self.COL_UNIT:
            return row.origin_name or "—"
        if column == self.COL_SEQUENCE:
            return row.sequence or ""
        if column == self.COL_RESULT:
            return labels.result_label(row.result)
        if row.brief:
            return row.brief.split("\n", 1)[0]
        return counts_summary(row.counts)

    def color(self, row: BundleResult, column: int) -> str | None:
        return labels.RESULT_COLORS.get(row.result) if column == self.COL_RESULT else None

    def tooltip(self, row: BundleResult, column: int) -> str | None:
        if column == self.COL_FILE:
            return str(row.path)
        return row.reason or None if column == self.COL_REASON else None


class CountsModel(RowsModel[tuple[str, TypeCounts]]):
    """What an import did per record type: added, updated, unchanged, conflicts, refused."""

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "Record type"),
            QCoreApplication.translate("SyncModels", "Added"),
            QCoreApplication.translate("SyncModels", "Updated"),
            QCoreApplication.translate("SyncModels", "Unchanged"),
            QCoreApplication.translate("SyncModels", "Conflicts"),
            QCoreApplication.translate("SyncModels", "Refused"),
        )

    def set_counts(self, counts: dict[str, TypeCounts]) -> None:
        """Show the types that had records, in the registry's order."""
        from app.services.sync.registry import record_types

        order = [t.name for t in record_types()]
        rows = [(n, c) for n, c in counts.items() if c.total()]
        rows.sort(key=lambda r: order.index(r[0]) if r[0] in order else len(order))
        self.set_rows(rows)

    def cell(self, row: tuple[str, TypeCounts], column: int) -> Any:
        name, c = row
        if column == 0:
            from app.services.sync.registry import record_type

            try:
                fallback = record_type(name).label
            except KeyError:
                fallback = name
            return labels.type_label(name, fallback)
        return (c.added, c.updated, c.unchanged, c.conflicts, c.refused)[column - 1]

    def color(self, row: tuple[str, TypeCounts], column: int) -> str | None:
        _name, c = row
        if column == 4 and c.conflicts:
            return "#8a5a00"
        if column == 5 and c.refused:
            return "#b3261e"
        return None


# -- units (the office's overview) -------------------------------------------------------------
class PeerStatusModel(RowsModel[PeerStatus]):
    """Per unit: what it sent and when, what is missing, what we sent back, conflicts, key."""

    COL_UNIT, COL_KEY, COL_RECEIVED, COL_SEQUENCE, COL_MISSING = range(5)
    COL_SENT_AT, COL_SENT, COL_ACKED, COL_CONFLICTS = range(5, 9)

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "Unit"),
            QCoreApplication.translate("SyncModels", "Key"),
            QCoreApplication.translate("SyncModels", "Last received"),
            QCoreApplication.translate("SyncModels", "Its No."),
            QCoreApplication.translate("SyncModels", "Missing"),
            QCoreApplication.translate("SyncModels", "Last sent to it"),
            QCoreApplication.translate("SyncModels", "Our No."),
            QCoreApplication.translate("SyncModels", "It confirmed"),
            QCoreApplication.translate("SyncModels", "Open conflicts"),
        )

    def cell(self, row: PeerStatus, column: int) -> Any:
        if column == self.COL_UNIT:
            return row.unit_name
        if column == self.COL_KEY:
            return (
                QCoreApplication.translate("SyncModels", "Trusted")
                if row.trusted
                else QCoreApplication.translate("SyncModels", "Not trusted")
            )
        if column == self.COL_RECEIVED:
            return labels.local_time(row.last_received_at)
        if column == self.COL_SEQUENCE:
            return row.last_received_sequence or "—"
        if column == self.COL_MISSING:
            return missing_text(row.missing)
        if column == self.COL_SENT_AT:
            return labels.local_time(row.last_sent_at)
        if column == self.COL_SENT:
            return row.sent_sequence or "—"
        if column == self.COL_ACKED:
            return row.acked_sequence or "—"
        return row.open_conflicts or ""

    def color(self, row: PeerStatus, column: int) -> str | None:
        if column == self.COL_KEY and not row.trusted:
            return "#b3261e"
        if column == self.COL_MISSING and row.missing:
            return "#8a5a00"
        if column == self.COL_CONFLICTS and row.open_conflicts:
            return "#b3261e"
        return None

    def tooltip(self, row: PeerStatus, column: int) -> str | None:
        if column == self.COL_MISSING and row.missing:
            return QCoreApplication.translate(
                "SyncModels",
                "Bundles never imported here. Nothing is lost: their content came "
                "with later bundles.",
            )
        return None


def missing_text(missing: list[int]) -> str:
    """ "No. 3, 5" (the first ten), or "—"."""
    if not missing:
        return "—"
    shown = ", ".join(map(str, missing[:10]))
    more = "…" if len(missing) > 10 else ""
    return QCoreApplication.translate("SyncModels", "No. %1").replace("%1", shown + more)


# -- keys ----------------------------------------------------------------------------------------
class TrustModel(RowsModel[TrustView]):
    """Every key this PC knows: unit, key id, fingerprint, state, how and when confirmed."""

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "Unit"),
            QCoreApplication.translate("SyncModels", "Key ID"),
            QCoreApplication.translate("SyncModels", "Fingerprint"),
            QCoreApplication.translate("SyncModels", "State"),
            QCoreApplication.translate("SyncModels", "Confirmed by"),
            QCoreApplication.translate("SyncModels", "Person"),
            QCoreApplication.translate("SyncModels", "Date"),
        )

    def cell(self, row: TrustView, column: int) -> Any:
        unit = row.unit_name + (
            QCoreApplication.translate("SyncModels", " (quality office)") if row.is_office else ""
        )
        return (
            unit,
            row.key_id,
            row.fingerprint,
            labels.state_label(row.state),
            labels.method_label(row.method),
            row.confirmed_by or "—",
            labels.local_time(row.confirmed_at)[:10],
        )[column]

    def color(self, row: TrustView, column: int) -> str | None:
        if column == 3:
            return "#1e7b3a" if row.state == "trusted" else "#b3261e"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() in (1, 2):
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return super().data(index, role)


# -- conflicts ------------------------------------------------------------------------------------
class ConflictListModel(RowsModel[ConflictView]):
    """Open conflicts: number, record type, record, what kind, from whom, since when."""

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("SyncModels", "No."),
            QCoreApplication.translate("SyncModels", "Record type"),
            QCoreApplication.translate("SyncModels", "Record"),
            QCoreApplication.translate("SyncModels", "Kind"),
            QCoreApplication.translate("SyncModels", "From"),
        )

    def cell(self, row: ConflictView, column: int) -> Any:
        return (
            row.id,
            labels.type_label(row.type_name, row.type_label),
            row.title,
            labels.severity_label(row.kind, row.severity),
            row.origin_name,
        )[column]

    def tooltip(self, row: ConflictView, column: int) -> str | None:
        return QCoreApplication.translate("SyncModels", "Arrived %1").replace(
            "%1", labels.local_time(row.created_at)
        )
