# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 320)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.layout.addWidget(self.titleLabel)

        self.purposeLabel = QLabel(AboutDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")
        self.purposeLabel.setWordWrap(True)

        self.layout.addWidget(self.purposeLabel)

        self.facts = QFormLayout()
        self.facts.setObjectName(u"facts")
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.facts.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.dataFileCaption = QLabel(AboutDialog)
        self.dataFileCaption.setObjectName(u"dataFileCaption")

        self.facts.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataFileCaption)

        self.dataFileValue = QLabel(AboutDialog)
        self.dataFileValue.setObjectName(u"dataFileValue")
        self.dataFileValue.setWordWrap(True)
        self.dataFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataFileValue)

        self.identityCaption = QLabel(AboutDialog)
        self.identityCaption.setObjectName(u"identityCaption")

        self.facts.setWidget(2, QFormLayout.ItemRole.LabelRole, self.identityCaption)

        self.identityValue = QLabel(AboutDialog)
        self.identityValue.setObjectName(u"identityValue")
        self.identityValue.setWordWrap(True)

        self.facts.setWidget(2, QFormLayout.ItemRole.FieldRole, self.identityValue)

        self.installationCaption = QLabel(AboutDialog)
        self.installationCaption.setObjectName(u"installationCaption")

        self.facts.setWidget(3, QFormLayout.ItemRole.LabelRole, self.installationCaption)

        self.installationValue = QLabel(AboutDialog)
        self.installationValue.setObjectName(u"installationValue")
        self.installationValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(3, QFormLayout.ItemRole.FieldRole, self.installationValue)

        self.keyIdCaption = QLabel(AboutDialog)
        self.keyIdCaption.setObjectName(u"keyIdCaption")

        self.facts.setWidget(4, QFormLayout.ItemRole.LabelRole, self.keyIdCaption)

        self.keyIdValue = QLabel(AboutDialog)
        self.keyIdValue.setObjectName(u"keyIdValue")
        self.keyIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(4, QFormLayout.ItemRole.FieldRole, self.keyIdValue)

        self.fingerprintCaption = QLabel(AboutDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.facts.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintValue = QLabel(AboutDialog)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setWordWrap(True)
        self.fingerprintValue.setStyleSheet(u"font-family: monospace; font-weight: bold;")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.facts.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)


        self.layout.addLayout(self.facts)

        self.creditsLabel = QLabel(AboutDialog)
        self.creditsLabel.setObjectName(u"creditsLabel")
        self.creditsLabel.setWordWrap(True)

        self.layout.addWidget(self.creditsLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Zhengai Workbench", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"Zhengai Workbench", None))
        self.purposeLabel.setText(QCoreApplication.translate("AboutDialog", u"Offline workbench for a vocational college's internal quality assurance (diagnosis and improvement).", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.dataFileCaption.setText(QCoreApplication.translate("AboutDialog", u"Data file:", None))
        self.identityCaption.setText(QCoreApplication.translate("AboutDialog", u"This PC:", None))
        self.installationCaption.setText(QCoreApplication.translate("AboutDialog", u"Installation ID:", None))
        self.keyIdCaption.setText(QCoreApplication.translate("AboutDialog", u"Key ID:", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("AboutDialog", u"Key fingerprint:", None))
        self.creditsLabel.setText(QCoreApplication.translate("AboutDialog", u"Chinese text is set in WenQuanYi Micro Hei (Apache License 2.0).", None))
    # retranslateUi

