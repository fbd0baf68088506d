# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_fingerprint_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncFingerprintDialog(object):
    def setupUi(self, SyncFingerprintDialog):
        if not SyncFingerprintDialog.objectName():
            SyncFingerprintDialog.setObjectName(u"SyncFingerprintDialog")
        SyncFingerprintDialog.resize(620, 380)
        self.layout = QVBoxLayout(SyncFingerprintDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SyncFingerprintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.unitCaption = QLabel(SyncFingerprintDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(SyncFingerprintDialog)
        self.unitValue.setObjectName(u"unitValue")

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.keyIdCaption = QLabel(SyncFingerprintDialog)
        self.keyIdCaption.setObjectName(u"keyIdCaption")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keyIdCaption)

        self.keyIdValue = QLabel(SyncFingerprintDialog)
        self.keyIdValue.setObjectName(u"keyIdValue")
        self.keyIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keyIdValue)

        self.fingerprintCaption = QLabel(SyncFingerprintDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintValue = QLabel(SyncFingerprintDialog)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setStyleSheet(u"font-family: monospace; font-size: 16pt; font-weight: bold;")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)

        self.typedCaption = QLabel(SyncFingerprintDialog)
        self.typedCaption.setObjectName(u"typedCaption")

        self.facts.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typedCaption)

        self.typedEdit = QLineEdit(SyncFingerprintDialog)
        self.typedEdit.setObjectName(u"typedEdit")

        self.facts.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typedEdit)

        self.byCaption = QLabel(SyncFingerprintDialog)
        self.byCaption.setObjectName(u"byCaption")

        self.facts.setWidget(4, QFormLayout.ItemRole.LabelRole, self.byCaption)

        self.byEdit = QLineEdit(SyncFingerprintDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.facts.setWidget(4, QFormLayout.ItemRole.FieldRole, self.byEdit)


        self.layout.addLayout(self.facts)

        self.matchCheck = QCheckBox(SyncFingerprintDialog)
        self.matchCheck.setObjectName(u"matchCheck")

        self.layout.addWidget(self.matchCheck)

        self.checkValue = QLabel(SyncFingerprintDialog)
        self.checkValue.setObjectName(u"checkValue")
        self.checkValue.setWordWrap(True)

        self.layout.addWidget(self.checkValue)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SyncFingerprintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.typedCaption.setBuddy(self.typedEdit)
        self.byCaption.setBuddy(self.byEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typedEdit, self.byEdit)
        QWidget.setTabOrder(self.byEdit, self.matchCheck)

        self.retranslateUi(SyncFingerprintDialog)
        self.buttons.rejected.connect(SyncFingerprintDialog.reject)

        QMetaObject.connectSlotsByName(SyncFingerprintDialog)
    # setupUi

    def retranslateUi(self, SyncFingerprintDialog):
        SyncFingerprintDialog.setWindowTitle(QCoreApplication.translate("SyncFingerprintDialog", u"Compare the Fingerprint", None))
        self.introLabel.setText(QCoreApplication.translate("SyncFingerprintDialog", u"A key file can come from anyone. Before trusting it, call the unit: they read their fingerprint aloud (Help \u2192 About shows it) while you follow the digits below. Trust the key only if every digit matches.", None))
        self.unitCaption.setText(QCoreApplication.translate("SyncFingerprintDialog", u"Unit:", None))
        self.keyIdCaption.setText(QCoreApplication.translate("SyncFingerprintDialog", u"Key ID:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("SyncFingerprintDialog", u"Fingerprint:", None))
        self.typedCaption.setText(QCoreApplication.translate("SyncFingerprintDialog", u"&Digits they read:", None))
        self.typedEdit.setPlaceholderText(QCoreApplication.translate("SyncFingerprintDialog", u"Optional: type the 30 digits to have them checked", None))
        self.byCaption.setText(QCoreApplication.translate("SyncFingerprintDialog", u"Confirmed &by:", None))
        self.matchCheck.setText(QCoreApplication.translate("SyncFingerprintDialog", u"The fingerprint they read &matches, digit for digit", None))
    # retranslateUi

