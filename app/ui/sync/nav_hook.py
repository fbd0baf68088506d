"""How the navigator shows the "Data Exchange" area and wires the File menu's bundle actions.

Every menu action first shows the exchange page, so the result of an import
(the per-file table) is on screen when the work finishes, whichever page the
user was on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

if TYPE_CHECKING:
    from app.ui.navigator import Navigator
    from app.ui.sync.exchange_page import ExchangePage


def exchange_area(navigator: Navigator) -> ExchangePage:
    """The exchange page, wired to the window's status bar."""
    from app.ui.sync.exchange_page import ExchangePage

    page = ExchangePage(navigator.workspace)
    status = navigator.ui.statusBar
    page.status_message.connect(lambda message: status.showMessage(message, 8000))
    return page


def show_exchange(navigator: Navigator) -> ExchangePage | None:
    """Select the exchange area in the tree and return its page."""
    from app.ui.sync.exchange_page import ExchangePage

    navigator.select_node("area", "exchange")
    page = navigator.window.current_page()
    return page if isinstance(page, ExchangePage) else None


def connect_sync_actions(navigator: Navigator) -> None:
    """File → export / import bundles, keys and trust, enrolment."""
    ui = navigator.ui

    def on_page(run: Callable[[ExchangePage], None]) -> None:
        page = show_exchange(navigator)
        if page is not None:
            run(page)

    ui.actionExportBundle.triggered.connect(lambda: on_page(lambda p: export_from_menu(p)))
    ui.actionImportBundle.triggered.connect(lambda: on_page(lambda p: p.import_files()))
    ui.actionImportBundleFolder.triggered.connect(lambda: on_page(lambda p: p.import_folder()))
    ui.actionKeysTrust.triggered.connect(lambda: on_page(lambda p: p.open_trust()))
    ui.actionEnrol.triggered.connect(lambda: on_page(lambda p: p.set_up_from_enrolment()))


def export_from_menu(page: ExchangePage) -> None:
    """A unit exports for the office; the office picks the unit (or all) to send to."""
    page.refresh()
    if not page.is_office():
        if page.ui.unitBox.isVisible():
            page.export_bundle()
        else:
            page.set_up_from_enrolment()
        return
    everyone = QCoreApplication.translate("SyncMenu", "All units whose key is trusted")
    peers = page.peers_model.rows
    names = [everyone] + [p.unit_name for p in peers]
    chosen, ok = QInputDialog.getItem(
        page,
        QCoreApplication.translate("SyncMenu", "Export Data Bundle"),
        QCoreApplication.translate("SyncMenu", "Write the bundle for:"),
        names,
        0,
        False,
    )
    if not ok:
        return
    if chosen == everyone:
        page.send(None)
    else:
        page.send([next(p.unit_id for p in peers if p.unit_name == chosen)])
