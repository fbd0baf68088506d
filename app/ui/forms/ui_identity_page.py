# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identity_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_IdentityPage(object):
    def setupUi(self, IdentityPage):
        if not IdentityPage.objectName():
            IdentityPage.setObjectName(u"IdentityPage")
        IdentityPage.resize(520, 300)
        self.layout = QVBoxLayout(IdentityPage)
        self.layout.setObjectName(u"layout")
        self.officeRadio = QRadioButton(IdentityPage)
        self.officeRadio.setObjectName(u"officeRadio")
        self.officeRadio.setChecked(True)

        self.layout.addWidget(self.officeRadio)

        self.unitRadio = QRadioButton(IdentityPage)
        self.unitRadio.setObjectName(u"unitRadio")

        self.layout.addWidget(self.unitRadio)

        self.unitCombo = QComboBox(IdentityPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEnabled(False)

        self.layout.addWidget(self.unitCombo)

        self.enrolRadio = QRadioButton(IdentityPage)
        self.enrolRadio.setObjectName(u"enrolRadio")

        self.layout.addWidget(self.enrolRadio)

        self.hintLabel = QLabel(IdentityPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #8a5a00;")

        self.layout.addWidget(self.hintLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(IdentityPage)
        self.unitRadio.toggled.connect(self.unitCombo.setEnabled)

        QMetaObject.connectSlotsByName(IdentityPage)
    # setupUi

    def retranslateUi(self, IdentityPage):
        IdentityPage.setTitle(QCoreApplication.translate("IdentityPage", u"Who Uses This PC?", None))
        IdentityPage.setSubTitle(QCoreApplication.translate("IdentityPage", u"Bundles from this PC will be signed in the name of the unit you choose here. You can change it later under File.", None))
        self.officeRadio.setText(QCoreApplication.translate("IdentityPage", u"The &quality office (collects every unit's work, reviews and reports)", None))
        self.unitRadio.setText(QCoreApplication.translate("IdentityPage", u"A &unit of the college:", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("IdentityPage", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.enrolRadio.setText(QCoreApplication.translate("IdentityPage", u"Set up from an &enrolment file from the quality office (recommended for a unit's PC)", None))
    # retranslateUi

