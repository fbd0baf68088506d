"""Keys and trust: this PC's key, the keys it trusts, adding one after comparing fingerprints.

A key file or a first bundle arrives on a USB stick anyone could have prepared,
so nothing is trusted until a person compared the fingerprint with the owner
(read aloud over the phone, or typed and checked digit by digit). Revoking is
final: a revoked key is never trusted again (:mod:`app.services.sync.trust`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.services import identity, org
from app.services.errors import UserError
from app.services.sync import keys, trust
from app.services.sync.importer import BundleResult
from app.services.sync.keys import KeyOffer
from app.services.sync.peers import unit_name
from app.ui.forms.ui_sync_fingerprint_dialog import Ui_SyncFingerprintDialog
from app.ui.forms.ui_sync_trust_dialog import Ui_SyncTrustDialog
from app.ui.forms.ui_sync_type_fingerprint_dialog import Ui_SyncTypeFingerprintDialog
from app.ui.messages import show_error
from app.ui.sync import flows
from app.ui.sync.models import TrustModel
from app.ui.sync.signing import call_signed
from app.ui.workspace import Workspace


def key_file_filter() -> str:
    """File dialog filter for key files (a first bundle carries a key too)."""
    return QCoreApplication.translate(
        "SyncTrust", "Key files and bundles (*.zgkey *.key *.zgb);;All files (*)"
    )


class FingerprintDialog(QDialog):
    """Shows an offered key's fingerprint; OK only once the user confirmed it matches.

    Typing the digits the owner reads makes the check exact (the service compares
    them); ticking the box records a comparison on screen.
    """

    def __init__(self, offer: KeyOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.ui = Ui_SyncFingerprintDialog()
        self.ui.setupUi(self)
        self.ui.unitValue.setText(offer.unit_name)
        self.ui.keyIdValue.setText(offer.key_id)
        self.ui.fingerprintValue.setText(offer.fingerprint)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("SyncTrust", "&Trust This Key"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.typedEdit.textChanged.connect(self._update)
        self.ui.matchCheck.toggled.connect(self._update)
        self._update()

    def typed(self) -> str | None:
        """The digits typed, if any."""
        return keys.normalise_fingerprint(self.ui.typedEdit.text()) or None

    def confirmed_by(self) -> str:
        """Who compared the fingerprint (the login name if left empty)."""
        return self.ui.byEdit.text().strip()

    @Slot()
    def _update(self) -> None:
        typed = self.typed()
        check = self.ui.checkValue
        if typed is None:
            check.setText("")
            self.ok_button.setEnabled(self.ui.matchCheck.isChecked())
            return
        full = len(typed) == keys.FINGERPRINT_DIGITS
        matches = keys.fingerprint_matches(typed, self.offer.public_raw)
        if matches:
            check.setStyleSheet("color: #1e7b3a;")
            check.setText(
                QCoreApplication.translate(
                    "SyncTrust", "The digits you typed match the key's fingerprint."
                )
            )
        elif full:
            check.setStyleSheet("color: #b3261e;")
            check.setText(
                QCoreApplication.translate(
                    "SyncTrust",
                    "The digits you typed do NOT match. Do not trust this key; "
                    "call the unit again.",
                )
            )
        else:
            check.setStyleSheet("")
            check.setText(
                QCoreApplication.translate("SyncTrust", "%1 of %2 digits typed.")
                .replace("%1", str(len(typed)))
                .replace("%2", str(keys.FINGERPRINT_DIGITS))
            )
        self.ok_button.setEnabled(matches)


class TypeFingerprintDialog(QDialog):
    """A unit and the fingerprint it reads aloud (its key comes from its refused bundle)."""

    def __init__(self, units: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncTypeFingerprintDialog()
        self.ui.setupUi(self)
        for unit_id, name in units:
            self.ui.unitCombo.addItem(name, unit_id)


class TrustDialog(QDialog):
    """This PC's key and the keys it trusts."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        on_imported: Callable[[list[BundleResult]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.on_imported = on_imported
        self.ui = Ui_SyncTrustDialog()
        self.ui.setupUi(self)
        self.model = TrustModel(self)
        view = self.ui.keysView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.exportKeyButton.clicked.connect(lambda: self.export_key_file())
        self.ui.passphraseButton.clicked.connect(lambda: self.change_passphrase())
        self.ui.replaceKeyButton.clicked.connect(lambda: self.replace_key())
        self.ui.addFileButton.clicked.connect(lambda: self.add_from_file())
        self.ui.addFingerprintButton.clicked.connect(lambda: self.add_by_fingerprint())
        self.ui.revokeButton.clicked.connect(lambda: self.revoke_selected())
        self.is_office = workspace.read(identity.get_identity).role == identity.OFFICE
        # A unit's PC trusts only the office, whose key comes with the enrolment file.
        self.ui.addFingerprintButton.setVisible(self.is_office)
        self._show_own_key()
        self.reload()

    def _show_own_key(self) -> None:
        db_path = self.workspace.db.path
        info = call_signed(
            self, lambda p: self.workspace.write(keys.ensure_key, db_path=db_path, passphrase=p)
        )
        self.ui.keyIdValue.setText(info.key_id if info else "—")
        self.ui.fingerprintValue.setText(info.fingerprint if info else "—")

    def reload(self) -> None:
        """Read the trusted and revoked keys again."""
        self.model.set_rows(self.workspace.read(trust.list_trusted))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.revokeButton.setEnabled(row is not None and row.state == trust.TRUSTED)

    def selected(self) -> trust.TrustView | None:
        """The key selected in the table."""
        rows = self.ui.keysView.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    # -- this PC's key file -------------------------------------------------------------------
    def export_key_file(self, path: Path | None = None) -> Path | None:
        """Write this PC's public key file for the other side."""
        if path is None:
            who = self.workspace.read(identity.get_identity)
            suggested = Path(flows.last_folder()) / f"{who.unit_name or '本机'}-公钥.zgkey"
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("SyncTrust", "Export Key File"),
                str(suggested),
                QCoreApplication.translate("SyncTrust", "Key files (*.zgkey)"),
            )
            if not name:
                return None
            path = Path(name if name.lower().endswith(".zgkey") else name + ".zgkey")
            flows.remember_folder(path)
        target, db_path = path, self.workspace.db.path
        info = call_signed(
            self,
            lambda p: self.workspace.write(
                trust.write_own_key_file, db_path=db_path, output=target, passphrase=p
            ),
        )
        if info is None:
            return None
        QMessageBox.information(
            self,
            QCoreApplication.translate("SyncTrust", "Key File Exported"),
            QCoreApplication.translate(
                "SyncTrust",
                "This PC's key file was written to\n%1\n\nGive it to the other side, then "
                "read them this fingerprint over the phone so they can check it:\n%2",
            )
            .replace("%1", str(target))
            .replace("%2", info.fingerprint),
        )
        return target

    def change_passphrase(self, new: str | None = None, *, ask: bool = True) -> bool:
        """Set, change or remove the private key's passphrase (the key itself stays).

        ``ask``: type the new passphrase twice (empty removes it); tests pass ``new``.
        """
        if ask:
            typed = self._ask_new_passphrase()
            if typed is None:
                return False
            new = typed or None
        db_path = self.workspace.db.path
        info = call_signed(
            self,
            lambda old: self.workspace.write(
                keys.set_passphrase, db_path=db_path, old=old, new=new
            ),
        )
        if info is None:
            return False
        QMessageBox.information(
            self,
            QCoreApplication.translate("SyncTrust", "Passphrase"),
            QCoreApplication.translate(
                "SyncTrust",
                "The private key is protected by the new passphrase now. You will be asked "
                "for it when a bundle is signed.",
            )
            if new
            else QCoreApplication.translate("SyncTrust", "The private key has no passphrase now."),
        )
        return True

    def _ask_new_passphrase(self) -> str | None:
        """The new passphrase typed twice ("" to remove it); None if cancelled or different."""
        title = QCoreApplication.translate("SyncTrust", "Passphrase")
        first, ok = QInputDialog.getText(
            self,
            title,
            QCoreApplication.translate(
                "SyncTrust", "New passphrase (leave empty to remove the passphrase):"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if first:
            again, ok = QInputDialog.getText(
                self,
                title,
                QCoreApplication.translate("SyncTrust", "Type the new passphrase again:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            if again != first:
                show_error(self, UserError("两次输入的口令不一致，口令未更改。"))
                return None
        return first

    def replace_key(self, *, confirm: bool = True) -> bool:
        """Make a new key pair for this PC (lost or leaked key); peers must trust it anew."""
        if confirm:
            answer = QMessageBox.warning(
                self,
                QCoreApplication.translate("SyncTrust", "Replace Key"),
                QCoreApplication.translate(
                    "SyncTrust",
                    "Make a new key for this PC?\n\nBundles signed with the new key are refused "
                    "until the other side has compared its fingerprint and trusted it; they "
                    "should then revoke the old key. Do this only when the key file was lost "
                    "or may have leaked.",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        db_path = self.workspace.db.path
        try:
            info = self.workspace.write(keys.create_key, db_path=db_path, replace=True)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.ui.keyIdValue.setText(info.key_id)
        self.ui.fingerprintValue.setText(info.fingerprint)
        if confirm:
            QMessageBox.information(
                self,
                QCoreApplication.translate("SyncTrust", "Replace Key"),
                QCoreApplication.translate(
                    "SyncTrust",
                    "This PC has a new key %1.\n\nExport its key file, or read this "
                    "fingerprint to the other side over the phone:\n%2",
                )
                .replace("%1", info.key_id)
                .replace("%2", info.fingerprint),
            )
        return True

    # -- trusting -------------------------------------------------------------------------------
    def add_from_file(self, path: Path | None = None) -> bool:
        """Read a key file (or first bundle), show its fingerprint, trust it once confirmed."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("SyncTrust", "Trust a Key"),
                flows.last_folder(),
                key_file_filter(),
            )
            if not name:
                return False
            path = Path(name)
        try:
            offer = trust.read_offer(path)
        except Exception as exc:
            show_error(self, exc)
            return False
        dialog = FingerprintDialog(offer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        typed = dialog.typed()
        return self._trust(
            offer,
            method="fingerprint" if typed else "screen",
            confirmed_by=dialog.confirmed_by(),
            typed=typed,
        )

    def add_by_fingerprint(
        self, unit_id: str | None = None, fingerprint: str | None = None, by: str = ""
    ) -> bool:
        """Trust a unit's key by the fingerprint it reads aloud (key from its refused bundle)."""
        if unit_id is None or fingerprint is None:
            units = [
                (u.id, u.name) for u in self.workspace.read(org.units) if not u.is_quality_office
            ]
            dialog = TypeFingerprintDialog(units, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            unit_id = dialog.ui.unitCombo.currentData()
            fingerprint = dialog.ui.fingerprintEdit.text()
            by = dialog.ui.byEdit.text().strip()
        if not unit_id or not fingerprint:
            return False
        label = self.workspace.read(lambda s, u=unit_id: unit_name(s, u))
        try:
            offer, _kept = trust.offer_by_fingerprint(
                self.workspace.db.path, unit_id=unit_id, unit_label=label, fingerprint=fingerprint
            )
        except UserError as exc:
            show_error(self, exc)
            return False
        return self._trust(offer, method="fingerprint", confirmed_by=by, typed=fingerprint)

    def _trust(self, offer: KeyOffer, *, method: str, confirmed_by: str, typed: str | None) -> bool:
        try:
            self.workspace.write(
                trust.add_trust,
                offer=offer,
                method=method,
                confirmed_by=confirmed_by,
                typed_fingerprint=typed,
            )
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        kept = [
            p
            for o, p in trust.offers_in_refused(self.workspace.db.path, unit_id=offer.unit_id)
            if o.key_id == offer.key_id
        ]
        text = QCoreApplication.translate("SyncTrust", "The key %1 of %2 is trusted now.").replace(
            "%1", offer.key_id
        )
        text = text.replace("%2", offer.unit_name)
        if not kept:
            QMessageBox.information(
                self, QCoreApplication.translate("SyncTrust", "Key Trusted"), text
            )
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("SyncTrust", "Key Trusted"),
            text
            + "\n\n"
            + QCoreApplication.translate(
                "SyncTrust",
                "%1 bundles from this unit were refused earlier because its key was not "
                "trusted. Import them now?",
            ).replace("%1", str(len(kept))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            flows.import_flow(self, self.workspace, kept, on_done=self.on_imported)
        return True

    def revoke_selected(self, *, confirm: bool = True) -> bool:
        """Revoke the selected key after the user confirmed (it can never be trusted again)."""
        row = self.selected()
        if row is None or row.state != trust.TRUSTED:
            return False
        if confirm:
            answer = QMessageBox.warning(
                self,
                QCoreApplication.translate("SyncTrust", "Revoke Key"),
                QCoreApplication.translate(
                    "SyncTrust",
                    "Revoke the key %1 of %2?\n\nEvery bundle signed with it will be refused "
                    "from now on, and it can never be trusted again. Do this when a PC was "
                    "lost or its key leaked; the unit then makes a new key and you trust that.",
                )
                .replace("%1", row.key_id)
                .replace("%2", row.unit_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.workspace.write(trust.revoke, unit_id=row.unit_id, key_id=row.key_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.reload()
        return True
