# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standards_own_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_StandardsOwnPage(object):
    def setupUi(self, StandardsOwnPage):
        if not StandardsOwnPage.objectName():
            StandardsOwnPage.setObjectName(u"StandardsOwnPage")
        StandardsOwnPage.resize(1100, 720)
        self.layout = QVBoxLayout(StandardsOwnPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.chooseRow = QHBoxLayout()
        self.chooseRow.setObjectName(u"chooseRow")
        self.levelCaption = QLabel(StandardsOwnPage)
        self.levelCaption.setObjectName(u"levelCaption")

        self.chooseRow.addWidget(self.levelCaption)

        self.levelCombo = QComboBox(StandardsOwnPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.chooseRow.addWidget(self.levelCombo)

        self.unitCaption = QLabel(StandardsOwnPage)
        self.unitCaption.setObjectName(u"unitCaption")

        self.chooseRow.addWidget(self.unitCaption)

        self.unitCombo = QComboBox(StandardsOwnPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooseRow.addWidget(self.unitCombo)

        self.searchEdit = QLineEdit(StandardsOwnPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.chooseRow.addWidget(self.searchEdit)

        self.yearCaption = QLabel(StandardsOwnPage)
        self.yearCaption.setObjectName(u"yearCaption")

        self.chooseRow.addWidget(self.yearCaption)

        self.yearCombo = QComboBox(StandardsOwnPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.chooseRow.addWidget(self.yearCombo)


        self.layout.addLayout(self.chooseRow)

        self.splitter = QSplitter(StandardsOwnPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.subjectsView = QTableView(self.splitter)
        self.subjectsView.setObjectName(u"subjectsView")
        self.subjectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subjectsView.setAlternatingRowColors(True)
        self.subjectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjectsView.setTabKeyNavigation(False)
        self.splitter.addWidget(self.subjectsView)
        self.subjectsView.verticalHeader().setVisible(False)
        self.standardPane = QWidget(self.splitter)
        self.standardPane.setObjectName(u"standardPane")
        self.standardLayout = QVBoxLayout(self.standardPane)
        self.standardLayout.setObjectName(u"standardLayout")
        self.standardLayout.setContentsMargins(0, 0, 0, 0)
        self.headingValue = QLabel(self.standardPane)
        self.headingValue.setObjectName(u"headingValue")
        self.headingValue.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.headingValue.setWordWrap(True)

        self.standardLayout.addWidget(self.headingValue)

        self.summaryValue = QLabel(self.standardPane)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setStyleSheet(u"color: #5f6368;")
        self.summaryValue.setWordWrap(True)

        self.standardLayout.addWidget(self.summaryValue)

        self.banner = QFrame(self.standardPane)
        self.banner.setObjectName(u"banner")
        self.banner.setStyleSheet(u"QFrame#banner { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 3px; }")
        self.bannerLayout = QHBoxLayout(self.banner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(8, 4, 4, 4)
        self.bannerLabel = QLabel(self.banner)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.bannerLabel)


        self.standardLayout.addWidget(self.banner)

        self.rowsView = QTableView(self.standardPane)
        self.rowsView.setObjectName(u"rowsView")
        self.rowsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsView.setWordWrap(True)
        self.rowsView.setAlternatingRowColors(True)
        self.rowsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rowsView.setTabKeyNavigation(False)

        self.standardLayout.addWidget(self.rowsView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.setButton = QPushButton(self.standardPane)
        self.setButton.setObjectName(u"setButton")

        self.buttonRow.addWidget(self.setButton)

        self.extraButton = QPushButton(self.standardPane)
        self.extraButton.setObjectName(u"extraButton")

        self.buttonRow.addWidget(self.extraButton)

        self.clearButton = QPushButton(self.standardPane)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.adoptButton = QPushButton(self.standardPane)
        self.adoptButton.setObjectName(u"adoptButton")

        self.buttonRow.addWidget(self.adoptButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(self.standardPane)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonRow.addWidget(self.previewButton)


        self.standardLayout.addLayout(self.buttonRow)

        self.standardLayout.setStretch(3, 1)
        self.splitter.addWidget(self.standardPane)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.levelCaption.setBuddy(self.levelCombo)
        self.unitCaption.setBuddy(self.unitCombo)
        self.yearCaption.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.levelCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.subjectsView)
        QWidget.setTabOrder(self.subjectsView, self.rowsView)
        QWidget.setTabOrder(self.rowsView, self.setButton)
        QWidget.setTabOrder(self.setButton, self.extraButton)
        QWidget.setTabOrder(self.extraButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.adoptButton)
        QWidget.setTabOrder(self.adoptButton, self.previewButton)

        self.retranslateUi(StandardsOwnPage)

        QMetaObject.connectSlotsByName(StandardsOwnPage)
    # setupUi

    def retranslateUi(self, StandardsOwnPage):
        self.levelCaption.setText(QCoreApplication.translate("StandardsOwnPage", u"&Subject:", None))
#if QT_CONFIG(tooltip)
        self.levelCombo.setToolTip(QCoreApplication.translate("StandardsOwnPage", u"Majors and courses set targets against their standards (Tables 5, 6), teachers against the individual part of Table 7, classes against Table 8", None))
#endif // QT_CONFIG(tooltip)
        self.unitCaption.setText(QCoreApplication.translate("StandardsOwnPage", u"&Department:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StandardsOwnPage", u"Find a subject by name\u2026 (Ctrl+F)", None))
        self.yearCaption.setText(QCoreApplication.translate("StandardsOwnPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.subjectsView.setAccessibleName(QCoreApplication.translate("StandardsOwnPage", u"Subjects", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rowsView.setAccessibleName(QCoreApplication.translate("StandardsOwnPage", u"Own standard", None))
#endif // QT_CONFIG(accessibility)
        self.setButton.setText(QCoreApplication.translate("StandardsOwnPage", u"&Set Own Target\u2026", None))
#if QT_CONFIG(tooltip)
        self.setButton.setToolTip(QCoreApplication.translate("StandardsOwnPage", u"Set the subject's own target on the current row, starting from the college's (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.extraButton.setText(QCoreApplication.translate("StandardsOwnPage", u"Add E&xtra Target\u2026", None))
#if QT_CONFIG(tooltip)
        self.extraButton.setToolTip(QCoreApplication.translate("StandardsOwnPage", u"A target of the subject's own on the current point, beside the college's (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("StandardsOwnPage", u"&Clear Own Target", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("StandardsOwnPage", u"Remove the own target: the college's applies again (Del, can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.adoptButton.setText(QCoreApplication.translate("StandardsOwnPage", u"&Adopt the College's Targets", None))
#if QT_CONFIG(tooltip)
        self.adoptButton.setToolTip(QCoreApplication.translate("StandardsOwnPage", u"Start the subject's own standard from the college's: an own copy of every college target not replaced yet (can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("StandardsOwnPage", u"&Preview / Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("StandardsOwnPage", u"See the subject's own standard beside the college's as it prints, print it or save it as PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

