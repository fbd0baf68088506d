"""The "Data Exchange" page: a unit sends and receives; the quality office watches every unit.

One page for both roles (the identity decides which half shows): on a unit's
PC, what was last sent and received and the two buttons; at the office, the
units table (when each last sent, its number, what is missing), folder import
and sending back. Both see the result of the last import file by file, with
the records per type of the selected file, and the open conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from app.services import identity
from app.services.errors import UserError
from app.services.sync import conflicts, keys, status
from app.services.sync.importer import BundleResult
from app.services.sync.status import PeerStatus
from app.ui.forms.ui_sync_exchange_page import Ui_SyncExchangePage
from app.ui.sync import flows, labels
from app.ui.sync.models import BundleResultsModel, CountsModel, PeerStatusModel, counts_summary
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ExchangeState:
    """What the page shows, read in one session."""

    role: str | None
    identity_text: str
    key_id: str | None
    peers: list[PeerStatus]
    problem: str  # why this PC cannot exchange yet ("" if it can)
    open_conflicts: int


def read_state(session: Session) -> ExchangeState:
    """Identity, key, the peers' status and the open conflicts (never creates anything)."""
    ident = identity.get_identity(session)
    row = keys.local_key(session)
    peers: list[PeerStatus] = []
    problem = ""
    if ident.chosen:
        try:
            peers = status.peer_status(session)
        except UserError as exc:
            problem = exc.message
    count = len(conflicts.list_conflicts(session))
    return ExchangeState(
        ident.role, ident.describe(), row.key_id if row else None, peers, problem, count
    )


def _fit(view: QTableView, stretch: int) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setDefaultSectionSize(24)


class ExchangePage(QWidget):
    """The work area; the File menu's bundle actions come here too."""

    status_message = Signal(str)
    # an import finished (the results are on the page)
    bundles_did_import = Signal(list)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui = Ui_SyncExchangePage()
        self.ui.setupUi(self)
        self.state: ExchangeState | None = None
        self.results: list[BundleResult] = []
        self.peers_model = PeerStatusModel(self)
        self.results_model = BundleResultsModel(self)
        self.counts_model = CountsModel(self)
        self.ui.peersView.setModel(self.peers_model)
        self.ui.resultsView.setModel(self.results_model)
        self.ui.countsView.setModel(self.counts_model)
        _fit(self.ui.peersView, PeerStatusModel.COL_UNIT)
        _fit(self.ui.resultsView, BundleResultsModel.COL_REASON)
        _fit(self.ui.countsView, 0)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.resultsSplitter.setSizes([560, 420])
        self.ui.resultsBox.setVisible(False)
        self.ui.partialButton.setVisible(False)
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refresh_if_shown)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.setupButton.clicked.connect(self.set_up_from_enrolment)
        ui.exportButton.clicked.connect(lambda: self.export_bundle())
        ui.importButton.clicked.connect(lambda: self.import_files())
        ui.importFilesButton.clicked.connect(lambda: self.import_files())
        ui.importFolderButton.clicked.connect(lambda: self.import_folder())
        ui.sendButton.clicked.connect(lambda: self.send(self.selected_unit_ids()))
        ui.sendAllButton.clicked.connect(lambda: self.send(None))
        ui.enrolmentButton.clicked.connect(lambda: self.write_enrolment())
        ui.conflictsButton.clicked.connect(self.open_conflicts)
        ui.trustButton.clicked.connect(self.open_trust)
        ui.partialButton.clicked.connect(self._import_rest)
        # Enter or a double-click on units sends them their bundles.
        ui.peersView.activated.connect(lambda *_: self.send(self.selected_unit_ids()))
        ui.peersView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.resultsView.selectionModel().selectionChanged.connect(self._result_selected)
        for signal in (self.workspace.org_did_change, self.workspace.plan_did_change):
            signal.connect(lambda *_: self._mark_stale())
        self.workspace.identity_did_change.connect(self._mark_stale)

    # -- state ------------------------------------------------------------------------------
    def _mark_stale(self) -> None:
        self._stale = True
        self._timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Re-read when shown after something changed elsewhere."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read identity, units and conflicts again and show them."""
        self._stale = False
        self.state = state = self.workspace.run(read_state)
        ui = self.ui
        office = state.role == identity.OFFICE
        unit = state.role == identity.UNIT
        key = state.key_id or QCoreApplication.translate("SyncExchange", "not created yet")
        ui.identityValue.setText(
            QCoreApplication.translate("SyncExchange", "This PC: %1 · Key ID: %2")
            .replace("%1", state.identity_text)
            .replace("%2", key)
        )
        ui.setupBox.setVisible(not office and not unit)
        ui.unitBox.setVisible(unit)
        ui.officeBox.setVisible(office)
        ui.splitter.setVisible(office or bool(self.results))
        if office:
            ui.introLabel.setText(
                QCoreApplication.translate(
                    "SyncExchange",
                    "Import the bundles the units bring (a whole folder at once), check that "
                    "every unit has sent, and write each unit its bundle back: approvals, "
                    "comments and the college's catalogs.",
                )
            )
        elif unit:
            ui.introLabel.setText(
                QCoreApplication.translate(
                    "SyncExchange",
                    "Export a bundle of your unit's work for the quality office onto a USB "
                    "stick, and import the bundle the office sends back. Each bundle is "
                    "signed by this PC; nothing is lost if a stick goes missing.",
                )
            )
        else:
            ui.introLabel.setText(
                QCoreApplication.translate(
                    "SyncExchange",
                    "This PC exchanges data only after it knows which unit it belongs to.",
                )
            )
        if state.problem:
            ui.introLabel.setText(ui.introLabel.text() + "\n" + state.problem)
        self.peers_model.set_rows(state.peers if office else [])
        if unit:
            self._show_unit_state(state.peers[0] if state.peers else None)
        ui.conflictsButton.setText(
            QCoreApplication.translate("SyncExchange", "&Conflicts (%1)…").replace(
                "%1", str(state.open_conflicts)
            )
        )
        ui.conflictsValue.setText(
            QCoreApplication.translate(
                "SyncExchange", "%1 conflicts wait for your decision."
            ).replace("%1", str(state.open_conflicts))
            if state.open_conflicts
            else ""
        )
        self._update_buttons()

    def _show_unit_state(self, peer: PeerStatus | None) -> None:
        ui = self.ui
        if peer is not None and not peer.trusted:
            ui.introLabel.setText(
                ui.introLabel.text()
                + "\n"
                + QCoreApplication.translate(
                    "SyncExchange",
                    "This PC does not trust the quality office's key yet, so it cannot import "
                    "the office's bundles: set it up from the enrolment file.",
                )
            )
        if peer is None or not peer.sent_sequence:
            ui.sentValue.setText(QCoreApplication.translate("SyncExchange", "Nothing sent yet."))
        else:
            sent = (
                QCoreApplication.translate("SyncExchange", "No. %1 on %2")
                .replace("%1", str(peer.sent_sequence))
                .replace("%2", labels.local_time(peer.last_sent_at))
            )
            if peer.acked_sequence:
                sent += QCoreApplication.translate(
                    "SyncExchange", "; the quality office has confirmed up to No. %1"
                ).replace("%1", str(peer.acked_sequence))
            else:
                sent += QCoreApplication.translate(
                    "SyncExchange", "; not yet confirmed by the quality office"
                )
            ui.sentValue.setText(sent)
        if peer is None or not peer.last_received_at:
            ui.receivedValue.setText(
                QCoreApplication.translate(
                    "SyncExchange", "Nothing received from the quality office yet."
                )
            )
        else:
            ui.receivedValue.setText(
                QCoreApplication.translate("SyncExchange", "No. %1 on %2")
                .replace("%1", str(peer.last_received_sequence))
                .replace("%2", labels.local_time(peer.last_received_at))
            )

    def selected_unit_ids(self) -> list[str]:
        """The units selected in the office's table."""
        rows = sorted({i.row() for i in self.ui.peersView.selectionModel().selectedRows()})
        return [self.peers_model.rows[r].unit_id for r in rows]

    def select_unit(self, unit_id: str) -> bool:
        """Select a unit's row (tests, and the menu's unit choice)."""
        for row, peer in enumerate(self.peers_model.rows):
            if peer.unit_id == unit_id:
                self.ui.peersView.selectRow(row)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        chosen = len(self.selected_unit_ids())
        self.ui.sendButton.setEnabled(chosen > 0)
        self.ui.enrolmentButton.setEnabled(chosen == 1)

    # -- results --------------------------------------------------------------------------------
    def show_results(self, results: list[BundleResult]) -> None:
        """Show an import's per-file results; select the first refused file, else the first."""
        self.results = list(results)
        self.results_model.set_rows(self.results)
        ui = self.ui
        ui.resultsBox.setVisible(True)
        ui.splitter.setVisible(True)
        ok = sum(1 for r in results if r.result in ("imported", "partial"))
        refused = sum(1 for r in results if r.result == "refused")
        ui.resultsSummaryValue.setText(
            QCoreApplication.translate("SyncExchange", "%1 files: %2 imported, %3 refused.")
            .replace("%1", str(len(results)))
            .replace("%2", str(ok))
            .replace("%3", str(refused))
        )
        first = next((i for i, r in enumerate(results) if r.result == "refused"), 0)
        if results:
            ui.resultsView.selectRow(first)
        self._result_selected()
        self._mark_stale()

    @Slot()
    def _result_selected(self, *_: QItemSelection) -> None:
        rows = self.ui.resultsView.selectionModel().selectedRows()
        result = self.results[rows[0].row()] if rows else None
        self.counts_model.set_counts(result.counts if result else {})
        # A refused file has no counts: its reason gets the whole panel.
        has_counts = self.counts_model.rowCount() > 0
        self.ui.countsView.setVisible(has_counts)
        self.ui.detailText.setMaximumHeight(110 if has_counts else 16777215)
        lines: list[str] = []
        if result is not None:
            if result.reason:
                lines.append(result.reason)
            elif result.counts:
                lines.append(counts_summary(result.counts))
            lines += [
                QCoreApplication.translate("SyncExchange", "Refused: %1").replace("%1", r)
                for r in result.refusals[:50]
            ]
        self.ui.detailText.setPlainText("\n".join(lines))
        self.ui.partialButton.setVisible(bool(result and result.partial_possible))

    def selected_result(self) -> BundleResult | None:
        """The file selected in the results table."""
        rows = self.ui.resultsView.selectionModel().selectedRows()
        return self.results[rows[0].row()] if rows else None

    # -- actions ----------------------------------------------------------------------------------
    def export_bundle(self, path: Path | None = None) -> None:
        """A unit's bundle for the office (the "all data" box decides what it carries)."""
        flows.export_flow(
            self,
            self.workspace,
            everything=self.ui.allCheck.isChecked(),
            path=path,
            on_done=lambda _r: self._mark_stale(),
        )

    def import_files(self, paths: list[Path] | None = None) -> None:
        """Import bundle files (asked for if not given)."""
        paths = paths if paths is not None else flows.ask_bundle_files(self)
        if paths:
            flows.import_flow(self, self.workspace, paths, on_done=self._imported)

    def import_folder(self, folder: Path | None = None) -> None:
        """Import every bundle of a folder (asked for if not given)."""
        paths = flows.bundles_in(self, folder) if folder else flows.ask_bundle_folder(self)
        if paths:
            flows.import_flow(self, self.workspace, paths, on_done=self._imported)

    def _imported(self, results: list[BundleResult]) -> None:
        self.show_results(results)
        self.bundles_did_import.emit(results)
        done = sum(1 for r in results if r.ok)
        self.status_message.emit(
            QCoreApplication.translate(
                "SyncExchange", "%1 of %2 bundles imported or already known."
            )
            .replace("%1", str(done))
            .replace("%2", str(len(results)))
        )

    def _import_rest(self) -> None:
        result = self.selected_result()
        if result is None or not result.partial_possible:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SyncExchange", "Import the Rest"),
            QCoreApplication.translate(
                "SyncExchange",
                "Import every record of %1 except the refused ones? The refused records "
                "are listed after the import; tell the sender why.",
            ).replace("%1", result.path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            flows.import_flow(
                self, self.workspace, [result.path], accept_partial=True, on_done=self._imported
            )

    def send(self, unit_ids: list[str] | None, folder: Path | None = None) -> None:
        """The office writes each unit's bundle; ``None`` means every unit with a trusted key."""
        if unit_ids is None:
            unit_ids = [p.unit_id for p in self.peers_model.rows if p.trusted]
            if not unit_ids:
                QMessageBox.information(
                    self,
                    QCoreApplication.translate("SyncExchange", "Send to All Units"),
                    QCoreApplication.translate(
                        "SyncExchange",
                        "No unit's key is trusted yet, so no unit can take part in the "
                        "exchange. Trust a unit's key first (Keys and Trust).",
                    ),
                )
                return
        flows.send_flow(
            self, self.workspace, unit_ids, folder=folder, on_done=lambda _r: self._mark_stale()
        )

    def write_enrolment(self, unit_id: str | None = None, path: Path | None = None) -> None:
        """The office writes the enrolment file of the selected unit."""
        ids = [unit_id] if unit_id else self.selected_unit_ids()
        if len(ids) != 1:
            QMessageBox.information(
                self,
                QCoreApplication.translate("SyncExchange", "Enrolment File"),
                QCoreApplication.translate("SyncExchange", "Select one unit in the table first."),
            )
            return
        name = next((p.unit_name for p in self.peers_model.rows if p.unit_id == ids[0]), "")
        flows.enrolment_export_flow(self, self.workspace, unit_id=ids[0], unit_name=name, path=path)

    def open_conflicts(self) -> None:
        """The conflicts dialog (modal); the page re-reads after it closes."""
        from app.ui.sync.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.workspace, self).exec()
        self.refresh()

    def open_trust(self) -> None:
        """Keys and trust (modal)."""
        from app.ui.sync.trust_dialog import TrustDialog

        TrustDialog(self.workspace, self, on_imported=self._imported).exec()
        self.refresh()

    def set_up_from_enrolment(self) -> None:
        """Set this PC up from the office's enrolment file."""
        from app.ui.sync.enrol import EnrolDialog

        EnrolDialog(self.workspace, self).exec()
        self.refresh()

    def is_office(self) -> bool:
        """Is this PC the quality office (as last read)?"""
        if self.state is None:
            self.refresh()
        return self.state is not None and self.state.role == identity.OFFICE
