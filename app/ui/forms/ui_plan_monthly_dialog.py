# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_monthly_dialog.ui'
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
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PlanMonthlyDialog(object):
    def setupUi(self, PlanMonthlyDialog):
        if not PlanMonthlyDialog.objectName():
            PlanMonthlyDialog.setObjectName(u"PlanMonthlyDialog")
        PlanMonthlyDialog.resize(820, 640)
        self.layout = QVBoxLayout(PlanMonthlyDialog)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.planValue = QLabel(PlanMonthlyDialog)
        self.planValue.setObjectName(u"planValue")
        self.planValue.setStyleSheet(u"font-weight: bold;")

        self.topRow.addWidget(self.planValue)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.monthCaption = QLabel(PlanMonthlyDialog)
        self.monthCaption.setObjectName(u"monthCaption")

        self.topRow.addWidget(self.monthCaption)

        self.monthCombo = QComboBox(PlanMonthlyDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.topRow.addWidget(self.monthCombo)


        self.layout.addLayout(self.topRow)

        self.tasksBox = QGroupBox(PlanMonthlyDialog)
        self.tasksBox.setObjectName(u"tasksBox")
        self.tasksLayout = QVBoxLayout(self.tasksBox)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksTable = QTableWidget(self.tasksBox)
        if (self.tasksTable.columnCount() < 4):
            self.tasksTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.tasksTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tasksTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tasksTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.tasksTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.tasksTable.setObjectName(u"tasksTable")
        self.tasksTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tasksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasksTable.verticalHeader().setVisible(False)

        self.tasksLayout.addWidget(self.tasksTable)

        self.tasksButtons = QHBoxLayout()
        self.tasksButtons.setObjectName(u"tasksButtons")
        self.allOnTrackButton = QPushButton(self.tasksBox)
        self.allOnTrackButton.setObjectName(u"allOnTrackButton")
        self.allOnTrackButton.setAutoDefault(False)

        self.tasksButtons.addWidget(self.allOnTrackButton)

        self.tasksButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tasksButtons.addItem(self.tasksButtonsSpacer)


        self.tasksLayout.addLayout(self.tasksButtons)


        self.layout.addWidget(self.tasksBox)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.costsBox = QGroupBox(PlanMonthlyDialog)
        self.costsBox.setObjectName(u"costsBox")
        self.costsLayout = QVBoxLayout(self.costsBox)
        self.costsLayout.setObjectName(u"costsLayout")
        self.costsTable = QTableWidget(self.costsBox)
        if (self.costsTable.columnCount() < 3):
            self.costsTable.setColumnCount(3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.costsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.costsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.costsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        self.costsTable.setObjectName(u"costsTable")
        self.costsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.costsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.costsTable.verticalHeader().setVisible(False)

        self.costsLayout.addWidget(self.costsTable)


        self.bottomRow.addWidget(self.costsBox)

        self.summaryBox = QGroupBox(PlanMonthlyDialog)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryEdit = QPlainTextEdit(self.summaryBox)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.summaryEdit)


        self.bottomRow.addWidget(self.summaryBox)


        self.layout.addLayout(self.bottomRow)

        self.buttons = QDialogButtonBox(PlanMonthlyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 3)
        self.layout.setStretch(2, 2)
#if QT_CONFIG(shortcut)
        self.monthCaption.setBuddy(self.monthCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanMonthlyDialog)
        self.buttons.rejected.connect(PlanMonthlyDialog.reject)

        QMetaObject.connectSlotsByName(PlanMonthlyDialog)
    # setupUi

    def retranslateUi(self, PlanMonthlyDialog):
        PlanMonthlyDialog.setWindowTitle(QCoreApplication.translate("PlanMonthlyDialog", u"Monthly Update", None))
        self.monthCaption.setText(QCoreApplication.translate("PlanMonthlyDialog", u"&Month:", None))
        self.tasksBox.setTitle(QCoreApplication.translate("PlanMonthlyDialog", u"State of each task this month", None))
        ___qtablewidgetitem = self.tasksTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlanMonthlyDialog", u"No.", None))
        ___qtablewidgetitem1 = self.tasksTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlanMonthlyDialog", u"Major task", None))
        ___qtablewidgetitem2 = self.tasksTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("PlanMonthlyDialog", u"Planned months", None))
        ___qtablewidgetitem3 = self.tasksTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("PlanMonthlyDialog", u"State this month", None))
#if QT_CONFIG(accessibility)
        self.tasksTable.setAccessibleName(QCoreApplication.translate("PlanMonthlyDialog", u"Task states", None))
#endif // QT_CONFIG(accessibility)
        self.allOnTrackButton.setText(QCoreApplication.translate("PlanMonthlyDialog", u"Tasks Planned This Month: &On Track", None))
#if QT_CONFIG(tooltip)
        self.allOnTrackButton.setToolTip(QCoreApplication.translate("PlanMonthlyDialog", u"Set every task planned for this month and not yet filled in to \"On track\"", None))
#endif // QT_CONFIG(tooltip)
        self.costsBox.setTitle(QCoreApplication.translate("PlanMonthlyDialog", u"Spent this month", None))
        ___qtablewidgetitem4 = self.costsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("PlanMonthlyDialog", u"Cost item", None))
        ___qtablewidgetitem5 = self.costsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("PlanMonthlyDialog", u"Budget (10k yuan)", None))
        ___qtablewidgetitem6 = self.costsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("PlanMonthlyDialog", u"This month (10k yuan)", None))
#if QT_CONFIG(accessibility)
        self.costsTable.setAccessibleName(QCoreApplication.translate("PlanMonthlyDialog", u"Spending", None))
#endif // QT_CONFIG(accessibility)
        self.summaryBox.setTitle(QCoreApplication.translate("PlanMonthlyDialog", u"Summary and forecast", None))
    # retranslateUi

