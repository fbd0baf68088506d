# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
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

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 900)
        self.layout = QVBoxLayout(PdfPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.choiceCaption = QLabel(PdfPreviewDialog)
        self.choiceCaption.setObjectName(u"choiceCaption")

        self.toolRow.addWidget(self.choiceCaption)

        self.choiceCombo = QComboBox(PdfPreviewDialog)
        self.choiceCombo.setObjectName(u"choiceCombo")
        self.choiceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolRow.addWidget(self.choiceCombo)

        self.zoomOutButton = QToolButton(PdfPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.toolRow.addWidget(self.zoomOutButton)

        self.fitButton = QToolButton(PdfPreviewDialog)
        self.fitButton.setObjectName(u"fitButton")

        self.toolRow.addWidget(self.fitButton)

        self.zoomInButton = QToolButton(PdfPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.toolRow.addWidget(self.zoomInButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.infoValue = QLabel(PdfPreviewDialog)
        self.infoValue.setObjectName(u"infoValue")
        self.infoValue.setStyleSheet(u"color: #5f6368;")

        self.toolRow.addWidget(self.infoValue)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.toolRow.addWidget(self.saveButton)

        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolRow.addWidget(self.printButton)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.toolRow.addWidget(self.closeButton)


        self.layout.addLayout(self.toolRow)

        self.pdfView = QPdfView(PdfPreviewDialog)
        self.pdfView.setObjectName(u"pdfView")

        self.layout.addWidget(self.pdfView)

#if QT_CONFIG(shortcut)
        self.choiceCaption.setBuddy(self.choiceCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfPreviewDialog)
        self.closeButton.clicked.connect(PdfPreviewDialog.reject)

        self.printButton.setDefault(True)


        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Print Preview", None))
        self.choiceCaption.setText(QCoreApplication.translate("PdfPreviewDialog", u"&What:", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.fitButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"Fit Width", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Fit the page width in the window", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save as PDF\u2026", None))
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Page preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

