# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_enrol_widget.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncEnrolWidget(object):
    def setupUi(self, SyncEnrolWidget):
        if not SyncEnrolWidget.objectName():
            SyncEnrolWidget.setObjectName(u"SyncEnrolWidget")
        SyncEnrolWidget.resize(600, 360)
        self.layout = QVBoxLayout(SyncEnrolWidget)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.introLabel = QLabel(SyncEnrolWidget)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileCaption = QLabel(SyncEnrolWidget)
        self.fileCaption.setObjectName(u"fileCaption")

        self.fileRow.addWidget(self.fileCaption)

        self.fileEdit = QLineEdit(SyncEnrolWidget)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(SyncEnrolWidget)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileRow.addWidget(self.browseButton)


        self.layout.addLayout(self.fileRow)

        self.previewBox = QGroupBox(SyncEnrolWidget)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QFormLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.unitCaption = QLabel(self.previewBox)
        self.unitCaption.setObjectName(u"unitCaption")

        self.previewLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.previewBox)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setStyleSheet(u"font-weight: bold;")

        self.previewLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.officeCaption = QLabel(self.previewBox)
        self.officeCaption.setObjectName(u"officeCaption")

        self.previewLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.officeCaption)

        self.officeValue = QLabel(self.previewBox)
        self.officeValue.setObjectName(u"officeValue")

        self.previewLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeValue)

        self.fingerprintCaption = QLabel(self.previewBox)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.previewLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintValue = QLabel(self.previewBox)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setStyleSheet(u"font-family: monospace; font-size: 15pt; font-weight: bold;")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)


        self.layout.addWidget(self.previewBox)

        self.compareLabel = QLabel(SyncEnrolWidget)
        self.compareLabel.setObjectName(u"compareLabel")
        self.compareLabel.setWordWrap(True)

        self.layout.addWidget(self.compareLabel)

        self.checkLayout = QFormLayout()
        self.checkLayout.setObjectName(u"checkLayout")
        self.typedCaption = QLabel(SyncEnrolWidget)
        self.typedCaption.setObjectName(u"typedCaption")

        self.checkLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typedCaption)

        self.typedEdit = QLineEdit(SyncEnrolWidget)
        self.typedEdit.setObjectName(u"typedEdit")

        self.checkLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typedEdit)


        self.layout.addLayout(self.checkLayout)

        self.matchCheck = QCheckBox(SyncEnrolWidget)
        self.matchCheck.setObjectName(u"matchCheck")

        self.layout.addWidget(self.matchCheck)

        self.problemValue = QLabel(SyncEnrolWidget)
        self.problemValue.setObjectName(u"problemValue")
        self.problemValue.setWordWrap(True)
        self.problemValue.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.problemValue)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.fileCaption.setBuddy(self.fileEdit)
        self.typedCaption.setBuddy(self.typedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.typedEdit)
        QWidget.setTabOrder(self.typedEdit, self.matchCheck)

        self.retranslateUi(SyncEnrolWidget)

        QMetaObject.connectSlotsByName(SyncEnrolWidget)
    # setupUi

    def retranslateUi(self, SyncEnrolWidget):
        self.introLabel.setText(QCoreApplication.translate("SyncEnrolWidget", u"The quality office writes an enrolment file for your unit. It sets this PC up as your unit, brings the organisation and your unit's records, and makes this PC trust the quality office's key.", None))
        self.fileCaption.setText(QCoreApplication.translate("SyncEnrolWidget", u"&Enrolment file:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("SyncEnrolWidget", u"Choose the file from the USB stick", None))
        self.browseButton.setText(QCoreApplication.translate("SyncEnrolWidget", u"&Browse\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("SyncEnrolWidget", u"What the File Says", None))
        self.unitCaption.setText(QCoreApplication.translate("SyncEnrolWidget", u"This PC becomes:", None))
        self.officeCaption.setText(QCoreApplication.translate("SyncEnrolWidget", u"Issued by:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("SyncEnrolWidget", u"Office fingerprint:", None))
        self.compareLabel.setText(QCoreApplication.translate("SyncEnrolWidget", u"Ask the quality office to read its fingerprint aloud and follow the digits above. Type them to have them checked, or tick the box if they match.", None))
        self.typedCaption.setText(QCoreApplication.translate("SyncEnrolWidget", u"&Digits they read:", None))
        self.typedEdit.setPlaceholderText(QCoreApplication.translate("SyncEnrolWidget", u"Optional: type the 30 digits to have them checked", None))
        self.matchCheck.setText(QCoreApplication.translate("SyncEnrolWidget", u"The fingerprint the quality office read &matches, digit for digit", None))
        pass
    # retranslateUi

