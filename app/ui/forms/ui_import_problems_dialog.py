# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_problems_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportProblemsDialog(object):
    def setupUi(self, ImportProblemsDialog):
        if not ImportProblemsDialog.objectName():
            ImportProblemsDialog.setObjectName(u"ImportProblemsDialog")
        ImportProblemsDialog.resize(760, 460)
        self.layout = QVBoxLayout(ImportProblemsDialog)
        self.layout.setObjectName(u"layout")
        self.summaryLabel = QLabel(ImportProblemsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.problemsView = QTableView(ImportProblemsDialog)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.problemsView)

        self.buttons = QDialogButtonBox(ImportProblemsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(ImportProblemsDialog)
        self.buttons.rejected.connect(ImportProblemsDialog.reject)

        QMetaObject.connectSlotsByName(ImportProblemsDialog)
    # setupUi

    def retranslateUi(self, ImportProblemsDialog):
        ImportProblemsDialog.setWindowTitle(QCoreApplication.translate("ImportProblemsDialog", u"Problems in the Workbook", None))
    # retranslateUi

