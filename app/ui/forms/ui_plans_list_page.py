# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_list_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PlansListPage(object):
    def setupUi(self, PlansListPage):
        if not PlansListPage.objectName():
            PlansListPage.setObjectName(u"PlansListPage")
        PlansListPage.resize(1000, 640)
        self.layout = QVBoxLayout(PlansListPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(PlansListPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.countLabel = QLabel(PlansListPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setStyleSheet(u"color: #5f6368;")

        self.titleRow.addWidget(self.countLabel)


        self.layout.addLayout(self.titleRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.yearCaption = QLabel(PlansListPage)
        self.yearCaption.setObjectName(u"yearCaption")

        self.filterRow.addWidget(self.yearCaption)

        self.yearCombo = QComboBox(PlansListPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterRow.addWidget(self.yearCombo)

        self.levelCaption = QLabel(PlansListPage)
        self.levelCaption.setObjectName(u"levelCaption")

        self.filterRow.addWidget(self.levelCaption)

        self.levelCombo = QComboBox(PlansListPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.filterRow.addWidget(self.levelCombo)

        self.unitCaption = QLabel(PlansListPage)
        self.unitCaption.setObjectName(u"unitCaption")

        self.filterRow.addWidget(self.unitCaption)

        self.unitCombo = QComboBox(PlansListPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.unitCombo)

        self.statusCaption = QLabel(PlansListPage)
        self.statusCaption.setObjectName(u"statusCaption")

        self.filterRow.addWidget(self.statusCaption)

        self.statusCombo = QComboBox(PlansListPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(PlansListPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)


        self.layout.addLayout(self.filterRow)

        self.plansView = QTableView(PlansListPage)
        self.plansView.setObjectName(u"plansView")
        self.plansView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansView.setAlternatingRowColors(True)
        self.plansView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansView.setSortingEnabled(True)
        self.plansView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.plansView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(PlansListPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.copyButton = QPushButton(PlansListPage)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.openButton = QPushButton(PlansListPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.deleteButton = QPushButton(PlansListPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.progressButton = QPushButton(PlansListPage)
        self.progressButton.setObjectName(u"progressButton")

        self.buttonRow.addWidget(self.progressButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(PlansListPage)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)

        self.exportXlsxButton = QPushButton(PlansListPage)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.buttonRow.addWidget(self.exportXlsxButton)

        self.importXlsxButton = QPushButton(PlansListPage)
        self.importXlsxButton.setObjectName(u"importXlsxButton")

        self.buttonRow.addWidget(self.importXlsxButton)

        self.printPdfButton = QPushButton(PlansListPage)
        self.printPdfButton.setObjectName(u"printPdfButton")

        self.buttonRow.addWidget(self.printPdfButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.yearCaption.setBuddy(self.yearCombo)
        self.levelCaption.setBuddy(self.levelCombo)
        self.unitCaption.setBuddy(self.unitCombo)
        self.statusCaption.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlansListPage)

        QMetaObject.connectSlotsByName(PlansListPage)
    # setupUi

    def retranslateUi(self, PlansListPage):
        self.titleLabel.setText(QCoreApplication.translate("PlansListPage", u"One-Page Plans", None))
        self.yearCaption.setText(QCoreApplication.translate("PlansListPage", u"&Year:", None))
        self.levelCaption.setText(QCoreApplication.translate("PlansListPage", u"&Level:", None))
        self.unitCaption.setText(QCoreApplication.translate("PlansListPage", u"&Department:", None))
        self.statusCaption.setText(QCoreApplication.translate("PlansListPage", u"S&tatus:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PlansListPage", u"Search subject or work name\u2026", None))
#if QT_CONFIG(accessibility)
        self.plansView.setAccessibleName(QCoreApplication.translate("PlansListPage", u"Plans", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("PlansListPage", u"&New Plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("PlansListPage", u"Start a plan for a department, major, course, teacher or class (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("PlansListPage", u"&Copy Last Year's Plan", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("PlansListPage", u"Make the following year's draft from the selected plan: objectives, tasks, owners, months and budgets (no progress)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("PlansListPage", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PlansListPage", u"Open the selected plan in the editor (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("PlansListPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("PlansListPage", u"Delete the selected drafts (submitted and approved plans cannot be deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("PlansListPage", u"Pro&gress\u2026", None))
#if QT_CONFIG(tooltip)
        self.progressButton.setToolTip(QCoreApplication.translate("PlansListPage", u"How the year's plans stand at the end of a month, per department or per level: reviews, task progress, spending", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("PlansListPage", u"&Preview / Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("PlansListPage", u"See the selected plan as it prints, and print it", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsxButton.setText(QCoreApplication.translate("PlansListPage", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportXlsxButton.setToolTip(QCoreApplication.translate("PlansListPage", u"Write the selected plan to an Excel workbook laid out like the paper form, to fill in Excel or WPS", None))
#endif // QT_CONFIG(tooltip)
        self.importXlsxButton.setText(QCoreApplication.translate("PlansListPage", u"&Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.importXlsxButton.setToolTip(QCoreApplication.translate("PlansListPage", u"Read a plan workbook back: it replaces the same plan here, or adds the plan if this PC has none for its subject and year", None))
#endif // QT_CONFIG(tooltip)
        self.printPdfButton.setText(QCoreApplication.translate("PlansListPage", u"Print Selected to P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.printPdfButton.setToolTip(QCoreApplication.translate("PlansListPage", u"All selected plans into one PDF, one page each (for a meeting)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

