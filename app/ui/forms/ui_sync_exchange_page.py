# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_exchange_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_SyncExchangePage(object):
    def setupUi(self, SyncExchangePage):
        if not SyncExchangePage.objectName():
            SyncExchangePage.setObjectName(u"SyncExchangePage")
        SyncExchangePage.resize(1000, 680)
        self.layout = QVBoxLayout(SyncExchangePage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(SyncExchangePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.identityValue = QLabel(SyncExchangePage)
        self.identityValue.setObjectName(u"identityValue")
        self.identityValue.setStyleSheet(u"color: #5f6368;")
        self.identityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleRow.addWidget(self.identityValue)


        self.layout.addLayout(self.titleRow)

        self.introLabel = QLabel(SyncExchangePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.setupBox = QGroupBox(SyncExchangePage)
        self.setupBox.setObjectName(u"setupBox")
        self.setupLayout = QHBoxLayout(self.setupBox)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLabel = QLabel(self.setupBox)
        self.setupLabel.setObjectName(u"setupLabel")
        self.setupLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.setupLabel)

        self.setupButton = QPushButton(self.setupBox)
        self.setupButton.setObjectName(u"setupButton")

        self.setupLayout.addWidget(self.setupButton)


        self.layout.addWidget(self.setupBox)

        self.unitBox = QGroupBox(SyncExchangePage)
        self.unitBox.setObjectName(u"unitBox")
        self.unitLayout = QGridLayout(self.unitBox)
        self.unitLayout.setObjectName(u"unitLayout")
        self.sentCaption = QLabel(self.unitBox)
        self.sentCaption.setObjectName(u"sentCaption")

        self.unitLayout.addWidget(self.sentCaption, 0, 0, 1, 1)

        self.sentValue = QLabel(self.unitBox)
        self.sentValue.setObjectName(u"sentValue")
        self.sentValue.setWordWrap(True)

        self.unitLayout.addWidget(self.sentValue, 0, 1, 1, 3)

        self.receivedCaption = QLabel(self.unitBox)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.unitLayout.addWidget(self.receivedCaption, 1, 0, 1, 1)

        self.receivedValue = QLabel(self.unitBox)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setWordWrap(True)

        self.unitLayout.addWidget(self.receivedValue, 1, 1, 1, 3)

        self.exportButton = QPushButton(self.unitBox)
        self.exportButton.setObjectName(u"exportButton")

        self.unitLayout.addWidget(self.exportButton, 2, 0, 1, 2)

        self.allCheck = QCheckBox(self.unitBox)
        self.allCheck.setObjectName(u"allCheck")

        self.unitLayout.addWidget(self.allCheck, 2, 2, 1, 1)

        self.importButton = QPushButton(self.unitBox)
        self.importButton.setObjectName(u"importButton")

        self.unitLayout.addWidget(self.importButton, 2, 3, 1, 1)

        self.unitSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitLayout.addItem(self.unitSpacer, 0, 4, 3, 1)


        self.layout.addWidget(self.unitBox)

        self.splitter = QSplitter(SyncExchangePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.officeBox = QGroupBox(self.splitter)
        self.officeBox.setObjectName(u"officeBox")
        self.officeLayout = QVBoxLayout(self.officeBox)
        self.officeLayout.setObjectName(u"officeLayout")
        self.peersView = QTableView(self.officeBox)
        self.peersView.setObjectName(u"peersView")
        self.peersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peersView.setAlternatingRowColors(True)
        self.peersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peersView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.peersView.verticalHeader().setVisible(False)

        self.officeLayout.addWidget(self.peersView)

        self.officeButtons = QHBoxLayout()
        self.officeButtons.setObjectName(u"officeButtons")
        self.importFolderButton = QPushButton(self.officeBox)
        self.importFolderButton.setObjectName(u"importFolderButton")

        self.officeButtons.addWidget(self.importFolderButton)

        self.importFilesButton = QPushButton(self.officeBox)
        self.importFilesButton.setObjectName(u"importFilesButton")

        self.officeButtons.addWidget(self.importFilesButton)

        self.sendButton = QPushButton(self.officeBox)
        self.sendButton.setObjectName(u"sendButton")

        self.officeButtons.addWidget(self.sendButton)

        self.sendAllButton = QPushButton(self.officeBox)
        self.sendAllButton.setObjectName(u"sendAllButton")

        self.officeButtons.addWidget(self.sendAllButton)

        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.officeButtons.addItem(self.officeSpacer)

        self.enrolmentButton = QPushButton(self.officeBox)
        self.enrolmentButton.setObjectName(u"enrolmentButton")

        self.officeButtons.addWidget(self.enrolmentButton)


        self.officeLayout.addLayout(self.officeButtons)

        self.splitter.addWidget(self.officeBox)
        self.resultsBox = QGroupBox(self.splitter)
        self.resultsBox.setObjectName(u"resultsBox")
        self.resultsLayout = QVBoxLayout(self.resultsBox)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsSummaryValue = QLabel(self.resultsBox)
        self.resultsSummaryValue.setObjectName(u"resultsSummaryValue")
        self.resultsSummaryValue.setWordWrap(True)

        self.resultsLayout.addWidget(self.resultsSummaryValue)

        self.resultsSplitter = QSplitter(self.resultsBox)
        self.resultsSplitter.setObjectName(u"resultsSplitter")
        self.resultsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.resultsSplitter.setChildrenCollapsible(False)
        self.resultsView = QTableView(self.resultsSplitter)
        self.resultsView.setObjectName(u"resultsView")
        self.resultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsView.setAlternatingRowColors(True)
        self.resultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.resultsView.setWordWrap(False)
        self.resultsSplitter.addWidget(self.resultsView)
        self.resultsView.verticalHeader().setVisible(False)
        self.detailPanel = QWidget(self.resultsSplitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.countsView = QTableView(self.detailPanel)
        self.countsView.setObjectName(u"countsView")
        self.countsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsView.setAlternatingRowColors(True)
        self.countsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countsView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.countsView)

        self.detailText = QPlainTextEdit(self.detailPanel)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setReadOnly(True)
        self.detailText.setMaximumSize(QSize(16777215, 110))

        self.detailLayout.addWidget(self.detailText)

        self.partialButton = QPushButton(self.detailPanel)
        self.partialButton.setObjectName(u"partialButton")

        self.detailLayout.addWidget(self.partialButton)

        self.resultsSplitter.addWidget(self.detailPanel)

        self.resultsLayout.addWidget(self.resultsSplitter)

        self.splitter.addWidget(self.resultsBox)

        self.layout.addWidget(self.splitter)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.pageSpacer)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.conflictsButton = QPushButton(SyncExchangePage)
        self.conflictsButton.setObjectName(u"conflictsButton")

        self.bottomRow.addWidget(self.conflictsButton)

        self.trustButton = QPushButton(SyncExchangePage)
        self.trustButton.setObjectName(u"trustButton")

        self.bottomRow.addWidget(self.trustButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.conflictsValue = QLabel(SyncExchangePage)
        self.conflictsValue.setObjectName(u"conflictsValue")
        self.conflictsValue.setStyleSheet(u"color: #b3261e;")

        self.bottomRow.addWidget(self.conflictsValue)


        self.layout.addLayout(self.bottomRow)

        self.layout.setStretch(4, 1)
        QWidget.setTabOrder(self.setupButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.allCheck)
        QWidget.setTabOrder(self.allCheck, self.importButton)
        QWidget.setTabOrder(self.importButton, self.peersView)
        QWidget.setTabOrder(self.peersView, self.importFolderButton)
        QWidget.setTabOrder(self.importFolderButton, self.importFilesButton)
        QWidget.setTabOrder(self.importFilesButton, self.sendButton)
        QWidget.setTabOrder(self.sendButton, self.sendAllButton)
        QWidget.setTabOrder(self.sendAllButton, self.enrolmentButton)
        QWidget.setTabOrder(self.enrolmentButton, self.resultsView)
        QWidget.setTabOrder(self.resultsView, self.countsView)
        QWidget.setTabOrder(self.countsView, self.detailText)
        QWidget.setTabOrder(self.detailText, self.partialButton)
        QWidget.setTabOrder(self.partialButton, self.conflictsButton)
        QWidget.setTabOrder(self.conflictsButton, self.trustButton)

        self.retranslateUi(SyncExchangePage)

        QMetaObject.connectSlotsByName(SyncExchangePage)
    # setupUi

    def retranslateUi(self, SyncExchangePage):
        self.titleLabel.setText(QCoreApplication.translate("SyncExchangePage", u"Data Exchange", None))
        self.setupBox.setTitle(QCoreApplication.translate("SyncExchangePage", u"This PC Is Not Set Up Yet", None))
        self.setupLabel.setText(QCoreApplication.translate("SyncExchangePage", u"A unit's PC is set up from the enrolment file the quality office writes for it. Then this PC signs its bundles in the unit's name and trusts the quality office's key.", None))
        self.setupButton.setText(QCoreApplication.translate("SyncExchangePage", u"Set Up from &Enrolment File\u2026", None))
        self.unitBox.setTitle(QCoreApplication.translate("SyncExchangePage", u"Exchange with the Quality Office", None))
        self.sentCaption.setText(QCoreApplication.translate("SyncExchangePage", u"Last sent:", None))
        self.receivedCaption.setText(QCoreApplication.translate("SyncExchangePage", u"Last received:", None))
        self.exportButton.setText(QCoreApplication.translate("SyncExchangePage", u"&Export Bundle\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Write a signed bundle for the quality office, e.g. onto a USB stick", None))
#endif // QT_CONFIG(tooltip)
        self.allCheck.setText(QCoreApplication.translate("SyncExchangePage", u"Include all &data (not only the changes the office has not confirmed)", None))
        self.importButton.setText(QCoreApplication.translate("SyncExchangePage", u"&Import Bundle\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Read a bundle the quality office sent back", None))
#endif // QT_CONFIG(tooltip)
        self.officeBox.setTitle(QCoreApplication.translate("SyncExchangePage", u"Units", None))
#if QT_CONFIG(accessibility)
        self.peersView.setAccessibleName(QCoreApplication.translate("SyncExchangePage", u"Units", None))
#endif // QT_CONFIG(accessibility)
        self.importFolderButton.setText(QCoreApplication.translate("SyncExchangePage", u"Import &Folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.importFolderButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Import every bundle in a folder, e.g. the USB stick", None))
#endif // QT_CONFIG(tooltip)
        self.importFilesButton.setText(QCoreApplication.translate("SyncExchangePage", u"&Import Bundles\u2026", None))
        self.sendButton.setText(QCoreApplication.translate("SyncExchangePage", u"&Send to Selected Units\u2026", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Write a bundle for each selected unit into a folder", None))
#endif // QT_CONFIG(tooltip)
        self.sendAllButton.setText(QCoreApplication.translate("SyncExchangePage", u"Send to &All Units\u2026", None))
#if QT_CONFIG(tooltip)
        self.sendAllButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Write a bundle for every unit whose key is trusted into a folder", None))
#endif // QT_CONFIG(tooltip)
        self.enrolmentButton.setText(QCoreApplication.translate("SyncExchangePage", u"Enrolment File for &Unit\u2026", None))
#if QT_CONFIG(tooltip)
        self.enrolmentButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Write the file that sets up the selected unit's PC", None))
#endif // QT_CONFIG(tooltip)
        self.resultsBox.setTitle(QCoreApplication.translate("SyncExchangePage", u"Last Import", None))
#if QT_CONFIG(accessibility)
        self.resultsView.setAccessibleName(QCoreApplication.translate("SyncExchangePage", u"Bundle files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countsView.setAccessibleName(QCoreApplication.translate("SyncExchangePage", u"Records by type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("SyncExchangePage", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.partialButton.setText(QCoreApplication.translate("SyncExchangePage", u"Import the &Rest of This Bundle\u2026", None))
#if QT_CONFIG(tooltip)
        self.partialButton.setToolTip(QCoreApplication.translate("SyncExchangePage", u"Import every record of this bundle except those refused", None))
#endif // QT_CONFIG(tooltip)
        self.conflictsButton.setText(QCoreApplication.translate("SyncExchangePage", u"&Conflicts\u2026", None))
        self.trustButton.setText(QCoreApplication.translate("SyncExchangePage", u"&Keys and Trust\u2026", None))
        pass
    # retranslateUi

