# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_owners_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PlanOwnersDialog(object):
    def setupUi(self, PlanOwnersDialog):
        if not PlanOwnersDialog.objectName():
            PlanOwnersDialog.setObjectName(u"PlanOwnersDialog")
        PlanOwnersDialog.resize(460, 400)
        self.layout = QVBoxLayout(PlanOwnersDialog)
        self.layout.setObjectName(u"layout")
        self.taskValue = QLabel(PlanOwnersDialog)
        self.taskValue.setObjectName(u"taskValue")
        self.taskValue.setStyleSheet(u"font-weight: bold;")
        self.taskValue.setWordWrap(True)

        self.layout.addWidget(self.taskValue)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.personCombo = QComboBox(PlanOwnersDialog)
        self.personCombo.setObjectName(u"personCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCombo.sizePolicy().hasHeightForWidth())
        self.personCombo.setSizePolicy(sizePolicy)
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.addRow.addWidget(self.personCombo)

        self.priorityCombo = QComboBox(PlanOwnersDialog)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.addRow.addWidget(self.priorityCombo)

        self.addButton = QPushButton(PlanOwnersDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.addRow.addWidget(self.addButton)


        self.layout.addLayout(self.addRow)

        self.allPeopleCheck = QCheckBox(PlanOwnersDialog)
        self.allPeopleCheck.setObjectName(u"allPeopleCheck")

        self.layout.addWidget(self.allPeopleCheck)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.ownersTable = QTableWidget(PlanOwnersDialog)
        if (self.ownersTable.columnCount() < 2):
            self.ownersTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.ownersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.ownersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.ownersTable.setObjectName(u"ownersTable")
        self.ownersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ownersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ownersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ownersTable.horizontalHeader().setStretchLastSection(False)
        self.ownersTable.verticalHeader().setVisible(False)

        self.listRow.addWidget(self.ownersTable)

        self.listButtons = QVBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.removeButton = QPushButton(PlanOwnersDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.listButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(PlanOwnersDialog)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.listButtons.addWidget(self.upButton)

        self.downButton = QPushButton(PlanOwnersDialog)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.listButtons.addWidget(self.downButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listButtons.addItem(self.listSpacer)


        self.listRow.addLayout(self.listButtons)


        self.layout.addLayout(self.listRow)

        self.hintLabel = QLabel(PlanOwnersDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5f6368;")

        self.layout.addWidget(self.hintLabel)

        self.buttons = QDialogButtonBox(PlanOwnersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(PlanOwnersDialog)
        self.buttons.accepted.connect(PlanOwnersDialog.accept)
        self.buttons.rejected.connect(PlanOwnersDialog.reject)

        QMetaObject.connectSlotsByName(PlanOwnersDialog)
    # setupUi

    def retranslateUi(self, PlanOwnersDialog):
        PlanOwnersDialog.setWindowTitle(QCoreApplication.translate("PlanOwnersDialog", u"Owners and Priority", None))
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("PlanOwnersDialog", u"Type part of a name or staff number to find a person", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.priorityCombo.setToolTip(QCoreApplication.translate("PlanOwnersDialog", u"A owner, B primary helper, C secondary helper", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("PlanOwnersDialog", u"&Add", None))
        self.allPeopleCheck.setText(QCoreApplication.translate("PlanOwnersDialog", u"Show people of &all units", None))
        ___qtablewidgetitem = self.ownersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PlanOwnersDialog", u"Person", None))
        ___qtablewidgetitem1 = self.ownersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PlanOwnersDialog", u"Priority", None))
#if QT_CONFIG(accessibility)
        self.ownersTable.setAccessibleName(QCoreApplication.translate("PlanOwnersDialog", u"Owners", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("PlanOwnersDialog", u"&Remove", None))
        self.upButton.setText(QCoreApplication.translate("PlanOwnersDialog", u"Move &Up", None))
        self.downButton.setText(QCoreApplication.translate("PlanOwnersDialog", u"Move &Down", None))
        self.hintLabel.setText(QCoreApplication.translate("PlanOwnersDialog", u"Every task needs one owner with priority A. B and C are helpers.", None))
    # retranslateUi

