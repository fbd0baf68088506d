"""Export, import, send back and enrolment files: choose files, run in the background, report.

Each flow takes explicit paths (tests, the menu's remembered folder) or asks
with a file dialog; the work itself is a service call on the worker thread,
never touching a widget; results come back to the UI thread by callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.errors import Cancelled
from app.services.sync.export import ExportResult
from app.services.sync.importer import BundleResult
from app.ui.messages import show_error
from app.ui.sync.models import counts_summary
from app.ui.sync.signing import run_signed
from app.ui.tasks import run_task
from app.ui.workspace import Workspace

_FOLDER_KEY = "sync/folder"


def bundle_filter() -> str:
    """File dialog filter for bundles."""
    return QCoreApplication.translate("SyncFlows", "Data bundles (*.zgb)")


def last_folder() -> str:
    """The folder used last for bundles (the USB stick, usually)."""
    value = QSettings().value(_FOLDER_KEY)
    return str(value) if value and Path(str(value)).is_dir() else str(Path.home())


def remember_folder(path: Path) -> None:
    """Offer this folder first next time."""
    QSettings().setValue(_FOLDER_KEY, str(path if path.is_dir() else path.parent))


def _refresh_views(workspace: Workspace) -> None:
    """An import or a resolution may change anything: the tree and the plans re-read."""
    workspace.changed_from_outside()


# -- export (a unit's PC) -----------------------------------------------------------------------
def export_flow(
    parent: QWidget,
    workspace: Workspace,
    *,
    everything: bool = False,
    path: Path | None = None,
    on_done: Callable[[ExportResult], None] | None = None,
) -> None:
    """Write this PC's bundle for the quality office (changes not yet confirmed, or all)."""
    from app.services.sync.export import export_bundle, suggested_name

    if path is None:
        try:
            suggested = workspace.run(lambda s: suggested_name(s))
        except Exception as exc:
            show_error(parent, exc)
            return
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SyncFlows", "Export Data Bundle"),
            str(Path(last_folder()) / suggested),
            bundle_filter(),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".zgb") else name + ".zgb")
        remember_folder(path)
    target = path

    def work(passphrase: str | None, progress: Any) -> ExportResult:
        return export_bundle(
            workspace.db,
            output=target,
            everything=everything,
            passphrase=passphrase,
            progress=progress,
        )

    def done(result: ExportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncFlows", "Bundle Exported"),
            QCoreApplication.translate(
                "SyncFlows",
                "Bundle No. %1 for %2 was written to\n%3\n%4 records. "
                "Take the file to the quality office (a lost stick loses nothing: "
                "the next bundle carries the same changes again).",
            )
            .replace("%1", str(result.sequence))
            .replace("%2", result.destination_name)
            .replace("%3", str(result.path))
            .replace("%4", str(result.record_count)),
        )
        if on_done:
            on_done(result)

    run_signed(
        parent,
        title=QCoreApplication.translate("SyncFlows", "Exporting the data bundle…"),
        fn=work,
        on_success=done,
    )


# -- import (both sides) -----------------------------------------------------------------------
def ask_bundle_files(parent: QWidget) -> list[Path]:
    """One or more bundle files chosen by the user (empty if cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("SyncFlows", "Import Data Bundles"),
        last_folder(),
        bundle_filter(),
    )
    paths = [Path(n) for n in names]
    if paths:
        remember_folder(paths[0])
    return paths


def ask_bundle_folder(parent: QWidget) -> list[Path] | None:
    """The bundles in a folder the user picks (None if cancelled; a message if it has none)."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("SyncFlows", "Import Bundle Folder"), last_folder()
    )
    if not name:
        return None
    folder = Path(name)
    remember_folder(folder)
    return bundles_in(parent, folder)


def bundles_in(parent: QWidget, folder: Path) -> list[Path] | None:
    """The ``*.zgb`` files of ``folder``, or None after telling the user there are none."""
    files = sorted(folder.glob("*.zgb"))
    if not files:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncFlows", "Import Bundle Folder"),
            QCoreApplication.translate(
                "SyncFlows", "There are no data bundles (*.zgb) in %1."
            ).replace("%1", str(folder)),
        )
        return None
    return files


def import_flow(
    parent: QWidget,
    workspace: Workspace,
    paths: list[Path],
    *,
    accept_partial: bool = False,
    on_done: Callable[[list[BundleResult]], None] | None = None,
) -> None:
    """Import bundles in the background (cancellable between files), then report each file."""
    from app.services.sync.importer import import_bundles

    def work(progress: Any) -> list[BundleResult]:
        return import_bundles(
            workspace.db, list(paths), accept_partial=accept_partial, progress=progress
        )

    def done(results: list[BundleResult]) -> None:
        _refresh_views(workspace)
        if on_done:
            on_done(results)
        tell_results(parent, results)

    run_task(
        parent,
        title=QCoreApplication.translate("SyncFlows", "Importing data bundles…"),
        fn=work,
        on_success=done,
        on_error=lambda exc: show_error(parent, exc),
    )


def tell_results(parent: QWidget, results: list[BundleResult]) -> None:
    """One message after an import: the file's own outcome, or the tally of a folder."""
    if not results:
        return
    title = QCoreApplication.translate("SyncFlows", "Import Finished")
    if len(results) == 1:
        r = results[0]
        if r.result == "refused":
            QMessageBox.warning(
                parent, QCoreApplication.translate("SyncFlows", "Bundle Refused"), r.reason
            )
        elif r.reason:
            QMessageBox.information(parent, title, r.reason)
        else:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate("SyncFlows", "%1 from %2 (No. %3): %4.")
                .replace("%1", r.path.name)
                .replace("%2", r.origin_name)
                .replace("%3", str(r.sequence))
                .replace("%4", counts_summary(r.counts)),
            )
        return
    tally = {key: sum(1 for r in results if r.result == key) for key in _TALLY}
    parts = [
        (
            tally["imported"] + tally["partial"],
            QCoreApplication.translate("SyncFlows", "%1 imported"),
        ),
        (tally["skipped"], QCoreApplication.translate("SyncFlows", "%1 with nothing to do")),
        (tally["refused"], QCoreApplication.translate("SyncFlows", "%1 refused")),
        (tally["cancelled"], QCoreApplication.translate("SyncFlows", "%1 cancelled")),
    ]
    text = (
        QCoreApplication.translate("SyncFlows", "%1 bundles: %2.")
        .replace("%1", str(len(results)))
        .replace(
            "%2",
            QCoreApplication.translate("SyncFlows", ", ").join(
                part.replace("%1", str(n)) for n, part in parts if n
            ),
        )
    )
    if tally["refused"]:
        text += "\n" + QCoreApplication.translate(
            "SyncFlows", "The table on the Data Exchange page gives each file's reason."
        )
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


_TALLY = ("imported", "partial", "skipped", "refused", "cancelled")


# -- send back (the office) -----------------------------------------------------------------------
@dataclass
class SendResult:
    """Bundles written for units, and whether the user stopped before the end."""

    folder: Path
    written: list[ExportResult]
    cancelled: bool


def send_flow(
    parent: QWidget,
    workspace: Workspace,
    unit_ids: list[str],
    *,
    folder: Path | None = None,
    on_done: Callable[[SendResult], None] | None = None,
) -> None:
    """Write each unit's bundle (what it has not confirmed) into one folder."""
    from app.services.sync.export import export_bundle, suggested_name

    if not unit_ids:
        return
    if folder is None:
        name = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate("SyncFlows", "Folder for the Units' Bundles"),
            last_folder(),
        )
        if not name:
            return
        folder = Path(name)
        remember_folder(folder)
    target = folder

    def work(passphrase: str | None, progress: Any) -> SendResult:
        written: list[ExportResult] = []
        progress.start(
            len(unit_ids), QCoreApplication.translate("SyncFlows", "Writing the units' bundles…")
        )
        try:
            for unit_id in unit_ids:
                name = workspace.run(lambda s, u=unit_id: suggested_name(s, to_unit_id=u))
                written.append(
                    export_bundle(
                        workspace.db,
                        output=target / name,
                        to_unit_id=unit_id,
                        passphrase=passphrase,
                    )
                )
                progress.advance()
        except Cancelled:
            return SendResult(target, written, True)
        return SendResult(target, written, False)

    def done(result: SendResult) -> None:
        lines = [
            QCoreApplication.translate("SyncFlows", "%1: No. %2, %3 records")
            .replace("%1", r.destination_name)
            .replace("%2", str(r.sequence))
            .replace("%3", str(r.record_count))
            for r in result.written
        ]
        head = QCoreApplication.translate("SyncFlows", "%1 bundles were written to %2.").replace(
            "%1", str(len(result.written))
        )
        head = head.replace("%2", str(result.folder))
        if result.cancelled:
            head += " " + QCoreApplication.translate(
                "SyncFlows", "Cancelled before the remaining units."
            )
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncFlows", "Bundles Written"),
            "\n".join([head, "", *lines]),
        )
        if on_done:
            on_done(result)

    run_signed(
        parent,
        title=QCoreApplication.translate("SyncFlows", "Writing the units' bundles…"),
        fn=work,
        on_success=done,
    )


# -- enrolment files (the office) --------------------------------------------------------------
def enrolment_export_flow(
    parent: QWidget,
    workspace: Workspace,
    *,
    unit_id: str,
    unit_name: str,
    path: Path | None = None,
    on_done: Callable[[ExportResult], None] | None = None,
) -> None:
    """Write the enrolment file that sets up ``unit_id``'s PC, and say what to read out."""
    from app.services.sync.enrol import export_enrolment
    from app.services.sync.keys import ensure_key

    if path is None:
        suggested = Path(last_folder()) / f"{unit_name}-注册文件.zge"
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SyncFlows", "Write Enrolment File"),
            str(suggested),
            QCoreApplication.translate("SyncFlows", "Enrolment files (*.zge)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".zge") else name + ".zge")
        remember_folder(path)
    target = path

    def work(passphrase: str | None, progress: Any) -> ExportResult:
        return export_enrolment(
            workspace.db, unit_id=unit_id, output=target, passphrase=passphrase, progress=progress
        )

    def done(result: ExportResult) -> None:
        info = workspace.read(ensure_key, db_path=workspace.db.path)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SyncFlows", "Enrolment File Written"),
            QCoreApplication.translate(
                "SyncFlows",
                "The enrolment file for %1 was written to\n%2\n\n"
                "When the unit sets up its PC from it, read it this PC's fingerprint:\n%3",
            )
            .replace("%1", result.destination_name)
            .replace("%2", str(result.path))
            .replace("%3", info.fingerprint),
        )
        if on_done:
            on_done(result)

    run_signed(
        parent,
        title=QCoreApplication.translate("SyncFlows", "Writing the enrolment file…"),
        fn=work,
        on_success=done,
    )
