# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_trust_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SyncTrustDialog(object):
    def setupUi(self, SyncTrustDialog):
        if not SyncTrustDialog.objectName():
            SyncTrustDialog.setObjectName(u"SyncTrustDialog")
        SyncTrustDialog.resize(900, 560)
        self.layout = QVBoxLayout(SyncTrustDialog)
        self.layout.setObjectName(u"layout")
        self.ownBox = QGroupBox(SyncTrustDialog)
        self.ownBox.setObjectName(u"ownBox")
        self.ownLayout = QGridLayout(self.ownBox)
        self.ownLayout.setObjectName(u"ownLayout")
        self.keyIdCaption = QLabel(self.ownBox)
        self.keyIdCaption.setObjectName(u"keyIdCaption")

        self.ownLayout.addWidget(self.keyIdCaption, 0, 0, 1, 1)

        self.keyIdValue = QLabel(self.ownBox)
        self.keyIdValue.setObjectName(u"keyIdValue")
        self.keyIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ownLayout.addWidget(self.keyIdValue, 0, 1, 1, 1)

        self.fingerprintCaption = QLabel(self.ownBox)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.ownLayout.addWidget(self.fingerprintCaption, 1, 0, 1, 1)

        self.fingerprintValue = QLabel(self.ownBox)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setStyleSheet(u"font-family: monospace; font-size: 15pt; letter-spacing: 1px;")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ownLayout.addWidget(self.fingerprintValue, 1, 1, 1, 1)

        self.ownHintLabel = QLabel(self.ownBox)
        self.ownHintLabel.setObjectName(u"ownHintLabel")
        self.ownHintLabel.setWordWrap(True)

        self.ownLayout.addWidget(self.ownHintLabel, 2, 0, 1, 2)

        self.ownButtons = QVBoxLayout()
        self.ownButtons.setObjectName(u"ownButtons")
        self.exportKeyButton = QPushButton(self.ownBox)
        self.exportKeyButton.setObjectName(u"exportKeyButton")

        self.ownButtons.addWidget(self.exportKeyButton)

        self.passphraseButton = QPushButton(self.ownBox)
        self.passphraseButton.setObjectName(u"passphraseButton")

        self.ownButtons.addWidget(self.passphraseButton)

        self.replaceKeyButton = QPushButton(self.ownBox)
        self.replaceKeyButton.setObjectName(u"replaceKeyButton")

        self.ownButtons.addWidget(self.replaceKeyButton)

        self.ownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ownButtons.addItem(self.ownSpacer)


        self.ownLayout.addLayout(self.ownButtons, 0, 2, 3, 1)


        self.layout.addWidget(self.ownBox)

        self.trustedBox = QGroupBox(SyncTrustDialog)
        self.trustedBox.setObjectName(u"trustedBox")
        self.trustedLayout = QVBoxLayout(self.trustedBox)
        self.trustedLayout.setObjectName(u"trustedLayout")
        self.keysView = QTableView(self.trustedBox)
        self.keysView.setObjectName(u"keysView")
        self.keysView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keysView.setAlternatingRowColors(True)
        self.keysView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keysView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.keysView.verticalHeader().setVisible(False)

        self.trustedLayout.addWidget(self.keysView)

        self.trustButtons = QHBoxLayout()
        self.trustButtons.setObjectName(u"trustButtons")
        self.addFileButton = QPushButton(self.trustedBox)
        self.addFileButton.setObjectName(u"addFileButton")

        self.trustButtons.addWidget(self.addFileButton)

        self.addFingerprintButton = QPushButton(self.trustedBox)
        self.addFingerprintButton.setObjectName(u"addFingerprintButton")

        self.trustButtons.addWidget(self.addFingerprintButton)

        self.revokeButton = QPushButton(self.trustedBox)
        self.revokeButton.setObjectName(u"revokeButton")

        self.trustButtons.addWidget(self.revokeButton)

        self.trustSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trustButtons.addItem(self.trustSpacer)


        self.trustedLayout.addLayout(self.trustButtons)


        self.layout.addWidget(self.trustedBox)

        self.buttons = QDialogButtonBox(SyncTrustDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.keysView, self.addFileButton)
        QWidget.setTabOrder(self.addFileButton, self.addFingerprintButton)
        QWidget.setTabOrder(self.addFingerprintButton, self.revokeButton)
        QWidget.setTabOrder(self.revokeButton, self.exportKeyButton)
        QWidget.setTabOrder(self.exportKeyButton, self.passphraseButton)
        QWidget.setTabOrder(self.passphraseButton, self.replaceKeyButton)

        self.retranslateUi(SyncTrustDialog)
        self.buttons.rejected.connect(SyncTrustDialog.reject)

        QMetaObject.connectSlotsByName(SyncTrustDialog)
    # setupUi

    def retranslateUi(self, SyncTrustDialog):
        SyncTrustDialog.setWindowTitle(QCoreApplication.translate("SyncTrustDialog", u"Keys and Trust", None))
        self.ownBox.setTitle(QCoreApplication.translate("SyncTrustDialog", u"This PC's Key", None))
        self.keyIdCaption.setText(QCoreApplication.translate("SyncTrustDialog", u"Key ID:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("SyncTrustDialog", u"Fingerprint:", None))
        self.ownHintLabel.setText(QCoreApplication.translate("SyncTrustDialog", u"Read this fingerprint to the other side over the phone, or give them this PC's key file, so that they can trust bundles from this PC.", None))
        self.exportKeyButton.setText(QCoreApplication.translate("SyncTrustDialog", u"E&xport Key File\u2026", None))
        self.passphraseButton.setText(QCoreApplication.translate("SyncTrustDialog", u"&Passphrase\u2026", None))
#if QT_CONFIG(tooltip)
        self.passphraseButton.setToolTip(QCoreApplication.translate("SyncTrustDialog", u"Protect this PC's private key with a passphrase, change it, or remove it; the key stays the same", None))
#endif // QT_CONFIG(tooltip)
        self.replaceKeyButton.setText(QCoreApplication.translate("SyncTrustDialog", u"Repl&ace Key\u2026", None))
#if QT_CONFIG(tooltip)
        self.replaceKeyButton.setToolTip(QCoreApplication.translate("SyncTrustDialog", u"Make a new key for this PC (its key file was lost or leaked); the other side must trust the new key", None))
#endif // QT_CONFIG(tooltip)
        self.trustedBox.setTitle(QCoreApplication.translate("SyncTrustDialog", u"Keys This PC Trusts", None))
#if QT_CONFIG(accessibility)
        self.keysView.setAccessibleName(QCoreApplication.translate("SyncTrustDialog", u"Trusted keys", None))
#endif // QT_CONFIG(accessibility)
        self.addFileButton.setText(QCoreApplication.translate("SyncTrustDialog", u"Add from Key &File\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFileButton.setToolTip(QCoreApplication.translate("SyncTrustDialog", u"Trust the key in a key file (or in a unit's first bundle) after comparing its fingerprint", None))
#endif // QT_CONFIG(tooltip)
        self.addFingerprintButton.setText(QCoreApplication.translate("SyncTrustDialog", u"Add by Fin&gerprint\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFingerprintButton.setToolTip(QCoreApplication.translate("SyncTrustDialog", u"Type the fingerprint a unit reads aloud; its key comes from its first bundle, refused until now", None))
#endif // QT_CONFIG(tooltip)
        self.revokeButton.setText(QCoreApplication.translate("SyncTrustDialog", u"&Revoke\u2026", None))
#if QT_CONFIG(tooltip)
        self.revokeButton.setToolTip(QCoreApplication.translate("SyncTrustDialog", u"Refuse every bundle signed with the selected key from now on", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

