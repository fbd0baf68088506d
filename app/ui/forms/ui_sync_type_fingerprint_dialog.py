# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_type_fingerprint_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncTypeFingerprintDialog(object):
    def setupUi(self, SyncTypeFingerprintDialog):
        if not SyncTypeFingerprintDialog.objectName():
            SyncTypeFingerprintDialog.setObjectName(u"SyncTypeFingerprintDialog")
        SyncTypeFingerprintDialog.resize(560, 260)
        self.layout = QVBoxLayout(SyncTypeFingerprintDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SyncTypeFingerprintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.unitCaption = QLabel(SyncTypeFingerprintDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitCombo = QComboBox(SyncTypeFingerprintDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.fingerprintCaption = QLabel(SyncTypeFingerprintDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintEdit = QLineEdit(SyncTypeFingerprintDialog)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)

        self.byCaption = QLabel(SyncTypeFingerprintDialog)
        self.byCaption.setObjectName(u"byCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.byCaption)

        self.byEdit = QLineEdit(SyncTypeFingerprintDialog)
        self.byEdit.setObjectName(u"byEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.byEdit)


        self.layout.addLayout(self.form)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SyncTypeFingerprintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.unitCaption.setBuddy(self.unitCombo)
        self.fingerprintCaption.setBuddy(self.fingerprintEdit)
        self.byCaption.setBuddy(self.byEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SyncTypeFingerprintDialog)
        self.buttons.accepted.connect(SyncTypeFingerprintDialog.accept)
        self.buttons.rejected.connect(SyncTypeFingerprintDialog.reject)

        QMetaObject.connectSlotsByName(SyncTypeFingerprintDialog)
    # setupUi

    def retranslateUi(self, SyncTypeFingerprintDialog):
        SyncTypeFingerprintDialog.setWindowTitle(QCoreApplication.translate("SyncTypeFingerprintDialog", u"Trust a Key by Its Fingerprint", None))
        self.introLabel.setText(QCoreApplication.translate("SyncTypeFingerprintDialog", u"Type the fingerprint the unit reads aloud over the phone. The key itself comes from that unit's first bundle, which was refused because its key was not trusted yet; import that bundle first.", None))
        self.unitCaption.setText(QCoreApplication.translate("SyncTypeFingerprintDialog", u"&Unit:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("SyncTypeFingerprintDialog", u"&Fingerprint:", None))
        self.fingerprintEdit.setPlaceholderText(QCoreApplication.translate("SyncTypeFingerprintDialog", u"30 digits, spaces allowed", None))
        self.byCaption.setText(QCoreApplication.translate("SyncTypeFingerprintDialog", u"Confirmed &by:", None))
    # retranslateUi

