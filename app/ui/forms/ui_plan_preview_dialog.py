# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_preview_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PlanPreviewDialog(object):
    def setupUi(self, PlanPreviewDialog):
        if not PlanPreviewDialog.objectName():
            PlanPreviewDialog.setObjectName(u"PlanPreviewDialog")
        PlanPreviewDialog.resize(1100, 800)
        self.layout = QVBoxLayout(PlanPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.paperCaption = QLabel(PlanPreviewDialog)
        self.paperCaption.setObjectName(u"paperCaption")

        self.toolRow.addWidget(self.paperCaption)

        self.paperCombo = QComboBox(PlanPreviewDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.toolRow.addWidget(self.paperCombo)

        self.monthCaption = QLabel(PlanPreviewDialog)
        self.monthCaption.setObjectName(u"monthCaption")

        self.toolRow.addWidget(self.monthCaption)

        self.monthCombo = QComboBox(PlanPreviewDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.toolRow.addWidget(self.monthCombo)

        self.zoomOutButton = QToolButton(PlanPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.toolRow.addWidget(self.zoomOutButton)

        self.fitButton = QToolButton(PlanPreviewDialog)
        self.fitButton.setObjectName(u"fitButton")

        self.toolRow.addWidget(self.fitButton)

        self.zoomInButton = QToolButton(PlanPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.toolRow.addWidget(self.zoomInButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.infoValue = QLabel(PlanPreviewDialog)
        self.infoValue.setObjectName(u"infoValue")
        self.infoValue.setStyleSheet(u"color: #5f6368;")

        self.toolRow.addWidget(self.infoValue)

        self.saveButton = QPushButton(PlanPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.toolRow.addWidget(self.saveButton)

        self.printButton = QPushButton(PlanPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolRow.addWidget(self.printButton)

        self.closeButton = QPushButton(PlanPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.toolRow.addWidget(self.closeButton)


        self.layout.addLayout(self.toolRow)

        self.pdfView = QPdfView(PlanPreviewDialog)
        self.pdfView.setObjectName(u"pdfView")

        self.layout.addWidget(self.pdfView)

#if QT_CONFIG(shortcut)
        self.paperCaption.setBuddy(self.paperCombo)
        self.monthCaption.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanPreviewDialog)
        self.closeButton.clicked.connect(PlanPreviewDialog.reject)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(PlanPreviewDialog)
    # setupUi

    def retranslateUi(self, PlanPreviewDialog):
        PlanPreviewDialog.setWindowTitle(QCoreApplication.translate("PlanPreviewDialog", u"Print Preview", None))
        self.paperCaption.setText(QCoreApplication.translate("PlanPreviewDialog", u"P&aper:", None))
        self.monthCaption.setText(QCoreApplication.translate("PlanPreviewDialog", u"As &of:", None))
#if QT_CONFIG(tooltip)
        self.monthCombo.setToolTip(QCoreApplication.translate("PlanPreviewDialog", u"Print the plan as it is now, or exactly as it stood when a month was recorded", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PlanPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.fitButton.setText(QCoreApplication.translate("PlanPreviewDialog", u"Fit", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("PlanPreviewDialog", u"Fit the page in the window", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PlanPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PlanPreviewDialog", u"&Save as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PlanPreviewDialog", u"&Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PlanPreviewDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("PlanPreviewDialog", u"Page preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

