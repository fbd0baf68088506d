# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'jobs_manual_page.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_JobsManualPage(object):
    def setupUi(self, JobsManualPage):
        if not JobsManualPage.objectName():
            JobsManualPage.setObjectName(u"JobsManualPage")
        JobsManualPage.resize(1100, 720)
        self.layout = QVBoxLayout(JobsManualPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(JobsManualPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")

        self.titleRow.addWidget(self.titleLabel)

        self.unitCaption = QLabel(JobsManualPage)
        self.unitCaption.setObjectName(u"unitCaption")

        self.titleRow.addWidget(self.unitCaption)

        self.unitCombo = QComboBox(JobsManualPage)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.titleRow.addWidget(self.unitCombo)

        self.summaryValue = QLabel(JobsManualPage)
        self.summaryValue.setObjectName(u"summaryValue")
        self.summaryValue.setStyleSheet(u"color: #5f6368;")

        self.titleRow.addWidget(self.summaryValue)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.previewManualButton = QPushButton(JobsManualPage)
        self.previewManualButton.setObjectName(u"previewManualButton")

        self.titleRow.addWidget(self.previewManualButton)

        self.exportXlsxButton = QPushButton(JobsManualPage)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.titleRow.addWidget(self.exportXlsxButton)

        self.importXlsxButton = QPushButton(JobsManualPage)
        self.importXlsxButton.setObjectName(u"importXlsxButton")

        self.titleRow.addWidget(self.importXlsxButton)


        self.layout.addLayout(self.titleRow)

        self.readOnlyBanner = QFrame(JobsManualPage)
        self.readOnlyBanner.setObjectName(u"readOnlyBanner")
        self.readOnlyBanner.setStyleSheet(u"QFrame#readOnlyBanner { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 3px; }")
        self.bannerLayout = QHBoxLayout(self.readOnlyBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(8, 4, 4, 4)
        self.readOnlyLabel = QLabel(self.readOnlyBanner)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.readOnlyLabel)


        self.layout.addWidget(self.readOnlyBanner)

        self.hintLabel = QLabel(JobsManualPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5f6368;")

        self.layout.addWidget(self.hintLabel)

        self.mainSplitter = QSplitter(JobsManualPage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.mainSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.dutiesBox = QGroupBox(self.topSplitter)
        self.dutiesBox.setObjectName(u"dutiesBox")
        self.dutiesLayout = QVBoxLayout(self.dutiesBox)
        self.dutiesLayout.setObjectName(u"dutiesLayout")
        self.dutiesView = QTableView(self.dutiesBox)
        self.dutiesView.setObjectName(u"dutiesView")
        self.dutiesView.setWordWrap(True)

        self.dutiesLayout.addWidget(self.dutiesView)

        self.dutyButtons = QHBoxLayout()
        self.dutyButtons.setObjectName(u"dutyButtons")
        self.addDutyButton = QPushButton(self.dutiesBox)
        self.addDutyButton.setObjectName(u"addDutyButton")

        self.dutyButtons.addWidget(self.addDutyButton)

        self.removeDutyButton = QPushButton(self.dutiesBox)
        self.removeDutyButton.setObjectName(u"removeDutyButton")

        self.dutyButtons.addWidget(self.removeDutyButton)

        self.dutyUpButton = QToolButton(self.dutiesBox)
        self.dutyUpButton.setObjectName(u"dutyUpButton")
        self.dutyUpButton.setText(u"\u2191")

        self.dutyButtons.addWidget(self.dutyUpButton)

        self.dutyDownButton = QToolButton(self.dutiesBox)
        self.dutyDownButton.setObjectName(u"dutyDownButton")
        self.dutyDownButton.setText(u"\u2193")

        self.dutyButtons.addWidget(self.dutyDownButton)

        self.dutyButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dutyButtons.addItem(self.dutyButtonsSpacer)


        self.dutiesLayout.addLayout(self.dutyButtons)

        self.topSplitter.addWidget(self.dutiesBox)
        self.postsBox = QGroupBox(self.topSplitter)
        self.postsBox.setObjectName(u"postsBox")
        self.postsLayout = QVBoxLayout(self.postsBox)
        self.postsLayout.setObjectName(u"postsLayout")
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.findEdit = QLineEdit(self.postsBox)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findRow.addWidget(self.findEdit)


        self.postsLayout.addLayout(self.findRow)

        self.postsView = QTableView(self.postsBox)
        self.postsView.setObjectName(u"postsView")
        self.postsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.postsView.setAlternatingRowColors(True)
        self.postsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.postsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.postsView.setTabKeyNavigation(False)
        self.postsView.verticalHeader().setVisible(False)

        self.postsLayout.addWidget(self.postsView)

        self.postButtons = QHBoxLayout()
        self.postButtons.setObjectName(u"postButtons")
        self.addPostButton = QPushButton(self.postsBox)
        self.addPostButton.setObjectName(u"addPostButton")

        self.postButtons.addWidget(self.addPostButton)

        self.copyPostButton = QPushButton(self.postsBox)
        self.copyPostButton.setObjectName(u"copyPostButton")

        self.postButtons.addWidget(self.copyPostButton)

        self.openPostButton = QPushButton(self.postsBox)
        self.openPostButton.setObjectName(u"openPostButton")

        self.postButtons.addWidget(self.openPostButton)

        self.removePostButton = QPushButton(self.postsBox)
        self.removePostButton.setObjectName(u"removePostButton")

        self.postButtons.addWidget(self.removePostButton)

        self.postUpButton = QToolButton(self.postsBox)
        self.postUpButton.setObjectName(u"postUpButton")
        self.postUpButton.setText(u"\u2191")

        self.postButtons.addWidget(self.postUpButton)

        self.postDownButton = QToolButton(self.postsBox)
        self.postDownButton.setObjectName(u"postDownButton")
        self.postDownButton.setText(u"\u2193")

        self.postButtons.addWidget(self.postDownButton)

        self.postButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.postButtons.addItem(self.postButtonsSpacer)

        self.previewPostButton = QPushButton(self.postsBox)
        self.previewPostButton.setObjectName(u"previewPostButton")

        self.postButtons.addWidget(self.previewPostButton)


        self.postsLayout.addLayout(self.postButtons)

        self.topSplitter.addWidget(self.postsBox)
        self.mainSplitter.addWidget(self.topSplitter)
        self.checksBox = QGroupBox(self.mainSplitter)
        self.checksBox.setObjectName(u"checksBox")
        self.checksLayout = QVBoxLayout(self.checksBox)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksView = QListView(self.checksBox)
        self.checksView.setObjectName(u"checksView")
        self.checksView.setWordWrap(True)

        self.checksLayout.addWidget(self.checksView)

        self.mainSplitter.addWidget(self.checksBox)

        self.layout.addWidget(self.mainSplitter)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.unitCaption.setBuddy(self.unitCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JobsManualPage)

        QMetaObject.connectSlotsByName(JobsManualPage)
    # setupUi

    def retranslateUi(self, JobsManualPage):
        self.titleLabel.setText(QCoreApplication.translate("JobsManualPage", u"Job Descriptions", None))
        self.unitCaption.setText(QCoreApplication.translate("JobsManualPage", u"&Department:", None))
#if QT_CONFIG(tooltip)
        self.unitCombo.setToolTip(QCoreApplication.translate("JobsManualPage", u"Whose manual to open: this PC's own department is chosen at start; the quality office can open any", None))
#endif // QT_CONFIG(tooltip)
        self.previewManualButton.setText(QCoreApplication.translate("JobsManualPage", u"&Print Manual\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewManualButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Preview and print the whole manual (\u5c97\u4f4d\u8bf4\u660e\u4e66\u6c47\u7f16) with its cover and contents (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsxButton.setText(QCoreApplication.translate("JobsManualPage", u"E&xport to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportXlsxButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Write the manual to an Excel workbook laid out like Table 4, one sheet per post", None))
#endif // QT_CONFIG(tooltip)
        self.importXlsxButton.setText(QCoreApplication.translate("JobsManualPage", u"&Import from Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.importXlsxButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Replace this department's manual with a workbook filled in Excel or WPS (can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("JobsManualPage", u"\u90e8\u95e8\u804c\u8d23 \u2192 \u5c97\u4f4d\u5de5\u4f5c \u2192 \u5de5\u4f5c\u6807\u51c6: list the department's duties, then each post's work and the duty it carries out. Enter opens a post; Insert adds, Del deletes, Ctrl+Up/Down moves.", None))
        self.dutiesBox.setTitle(QCoreApplication.translate("JobsManualPage", u"Unit duties (\u90e8\u95e8\u804c\u8d23)", None))
#if QT_CONFIG(accessibility)
        self.dutiesView.setAccessibleName(QCoreApplication.translate("JobsManualPage", u"Unit duties", None))
#endif // QT_CONFIG(accessibility)
        self.addDutyButton.setText(QCoreApplication.translate("JobsManualPage", u"Add D&uty", None))
#if QT_CONFIG(tooltip)
        self.addDutyButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Add a unit duty below the current one (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.removeDutyButton.setText(QCoreApplication.translate("JobsManualPage", u"Delete Duty", None))
#if QT_CONFIG(tooltip)
        self.removeDutyButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Delete the current duty; work items that served it are unlinked (Del, can be undone)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dutyUpButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dutyDownButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.postsBox.setTitle(QCoreApplication.translate("JobsManualPage", u"Posts (\u5c97\u4f4d)", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("JobsManualPage", u"Find a post by name\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.postsView.setAccessibleName(QCoreApplication.translate("JobsManualPage", u"Posts", None))
#endif // QT_CONFIG(accessibility)
        self.addPostButton.setText(QCoreApplication.translate("JobsManualPage", u"&New Post", None))
#if QT_CONFIG(tooltip)
        self.addPostButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Add a post below the current one and open it (Insert or Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.copyPostButton.setText(QCoreApplication.translate("JobsManualPage", u"&Copy Post", None))
#if QT_CONFIG(tooltip)
        self.copyPostButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Copy the current post with its duties, work and standards (a similar post starts from it)", None))
#endif // QT_CONFIG(tooltip)
        self.openPostButton.setText(QCoreApplication.translate("JobsManualPage", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openPostButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Edit the current post in the form (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removePostButton.setText(QCoreApplication.translate("JobsManualPage", u"&Delete Post", None))
#if QT_CONFIG(tooltip)
        self.removePostButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Delete the current post after asking (Del, can be undone)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.postUpButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.postDownButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.previewPostButton.setText(QCoreApplication.translate("JobsManualPage", u"P&rint Post\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewPostButton.setToolTip(QCoreApplication.translate("JobsManualPage", u"Preview and print the current post's form", None))
#endif // QT_CONFIG(tooltip)
        self.checksBox.setTitle(QCoreApplication.translate("JobsManualPage", u"Checks", None))
#if QT_CONFIG(accessibility)
        self.checksView.setAccessibleName(QCoreApplication.translate("JobsManualPage", u"Checks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.checksView.setToolTip(QCoreApplication.translate("JobsManualPage", u"Click a line to go to the place it is about", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

