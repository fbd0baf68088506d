# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_progress_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_PlanProgressDialog(object):
    def setupUi(self, PlanProgressDialog):
        if not PlanProgressDialog.objectName():
            PlanProgressDialog.setObjectName(u"PlanProgressDialog")
        PlanProgressDialog.resize(1100, 640)
        self.layout = QVBoxLayout(PlanProgressDialog)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.yearCaption = QLabel(PlanProgressDialog)
        self.yearCaption.setObjectName(u"yearCaption")

        self.filterRow.addWidget(self.yearCaption)

        self.yearCombo = QComboBox(PlanProgressDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterRow.addWidget(self.yearCombo)

        self.monthCaption = QLabel(PlanProgressDialog)
        self.monthCaption.setObjectName(u"monthCaption")

        self.filterRow.addWidget(self.monthCaption)

        self.monthCombo = QComboBox(PlanProgressDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.filterRow.addWidget(self.monthCombo)

        self.byCaption = QLabel(PlanProgressDialog)
        self.byCaption.setObjectName(u"byCaption")

        self.filterRow.addWidget(self.byCaption)

        self.byCombo = QComboBox(PlanProgressDialog)
        self.byCombo.setObjectName(u"byCombo")

        self.filterRow.addWidget(self.byCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.totalValue = QLabel(PlanProgressDialog)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setStyleSheet(u"color: #5f6368;")

        self.filterRow.addWidget(self.totalValue)


        self.layout.addLayout(self.filterRow)

        self.rollupView = QTableView(PlanProgressDialog)
        self.rollupView.setObjectName(u"rollupView")
        self.rollupView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rollupView.setAlternatingRowColors(True)
        self.rollupView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rollupView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rollupView.setSortingEnabled(True)
        self.rollupView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.rollupView)

        self.legendLabel = QLabel(PlanProgressDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setStyleSheet(u"color: #5f6368;")

        self.layout.addWidget(self.legendLabel)

        self.buttons = QDialogButtonBox(PlanProgressDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.yearCaption.setBuddy(self.yearCombo)
        self.monthCaption.setBuddy(self.monthCombo)
        self.byCaption.setBuddy(self.byCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanProgressDialog)
        self.buttons.rejected.connect(PlanProgressDialog.reject)

        QMetaObject.connectSlotsByName(PlanProgressDialog)
    # setupUi

    def retranslateUi(self, PlanProgressDialog):
        PlanProgressDialog.setWindowTitle(QCoreApplication.translate("PlanProgressDialog", u"Plan Progress", None))
        self.yearCaption.setText(QCoreApplication.translate("PlanProgressDialog", u"&Year:", None))
        self.monthCaption.setText(QCoreApplication.translate("PlanProgressDialog", u"At the end of &month:", None))
        self.byCaption.setText(QCoreApplication.translate("PlanProgressDialog", u"&Group by:", None))
#if QT_CONFIG(accessibility)
        self.rollupView.setAccessibleName(QCoreApplication.translate("PlanProgressDialog", u"Progress by department or level", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rollupView.setToolTip(QCoreApplication.translate("PlanProgressDialog", u"Double-click a department to list its plans", None))
#endif // QT_CONFIG(tooltip)
        self.legendLabel.setText(QCoreApplication.translate("PlanProgressDialog", u"Completion: the share of each plan's tasks done by the end of the month, averaged over the plans. Late: a task past its target date and not done, or marked late. Not updated: plans with nothing recorded for the month.", None))
    # retranslateUi

