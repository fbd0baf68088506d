# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(1100, 640)
        self.layout = QVBoxLayout(SyncConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(SyncConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.splitter = QSplitter(SyncConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listCaption = QLabel(self.listPanel)
        self.listCaption.setObjectName(u"listCaption")

        self.listLayout.addWidget(self.listCaption)

        self.conflictsView = QTableView(self.listPanel)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsView.setAlternatingRowColors(True)
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.conflictsView)

        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.recordValue = QLabel(self.detailPanel)
        self.recordValue.setObjectName(u"recordValue")
        self.recordValue.setWordWrap(True)
        self.recordValue.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.recordValue)

        self.fieldsCaption = QLabel(self.detailPanel)
        self.fieldsCaption.setObjectName(u"fieldsCaption")
        self.fieldsCaption.setWordWrap(True)

        self.detailLayout.addWidget(self.fieldsCaption)

        self.fieldsView = QTableView(self.detailPanel)
        self.fieldsView.setObjectName(u"fieldsView")
        self.fieldsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsView.setWordWrap(True)
        self.fieldsView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.fieldsView)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.takeLocalButton = QPushButton(self.detailPanel)
        self.takeLocalButton.setObjectName(u"takeLocalButton")

        self.resolveRow.addWidget(self.takeLocalButton)

        self.takeIncomingButton = QPushButton(self.detailPanel)
        self.takeIncomingButton.setObjectName(u"takeIncomingButton")

        self.resolveRow.addWidget(self.takeIncomingButton)

        self.mergeButton = QPushButton(self.detailPanel)
        self.mergeButton.setObjectName(u"mergeButton")

        self.resolveRow.addWidget(self.mergeButton)

        self.resolveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveRow.addItem(self.resolveSpacer)


        self.detailLayout.addLayout(self.resolveRow)

        self.splitter.addWidget(self.detailPanel)

        self.layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(SyncConflictsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listCaption.setBuddy(self.conflictsView)
        self.fieldsCaption.setBuddy(self.fieldsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.conflictsView, self.fieldsView)
        QWidget.setTabOrder(self.fieldsView, self.mergeButton)
        QWidget.setTabOrder(self.mergeButton, self.takeLocalButton)
        QWidget.setTabOrder(self.takeLocalButton, self.takeIncomingButton)

        self.retranslateUi(SyncConflictsDialog)
        self.buttons.rejected.connect(SyncConflictsDialog.reject)

        self.mergeButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Sync Conflicts", None))
        self.introLabel.setText(QCoreApplication.translate("SyncConflictsDialog", u"Both sides changed these records since they last agreed. Both versions are kept until you decide: keep one side whole, or choose field by field. The result travels to the other side with the next bundle.", None))
        self.listCaption.setText(QCoreApplication.translate("SyncConflictsDialog", u"Open &conflicts:", None))
#if QT_CONFIG(accessibility)
        self.conflictsView.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Open conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsCaption.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Fields that differ (click a version, or press Space on it, to keep it):", None))
#if QT_CONFIG(accessibility)
        self.fieldsView.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"The two versions side by side", None))
#endif // QT_CONFIG(accessibility)
        self.takeLocalButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Keep &This PC's Version", None))
        self.takeIncomingButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"Keep the &Other Version", None))
        self.mergeButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"&Resolve with the Chosen Fields", None))
    # retranslateUi

