# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QToolButton, QVBoxLayout, QWidget)

from app.ui.plans.task_view import TaskMatrixView

class Ui_PlanEditor(object):
    def setupUi(self, PlanEditor):
        if not PlanEditor.objectName():
            PlanEditor.setObjectName(u"PlanEditor")
        PlanEditor.resize(1000, 720)
        self.pageLayout = QVBoxLayout(PlanEditor)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.backButton = QToolButton(PlanEditor)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoRaise(True)

        self.topBar.addWidget(self.backButton)

        self.titleValue = QLabel(PlanEditor)
        self.titleValue.setObjectName(u"titleValue")
        self.titleValue.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.titleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.topBar.addWidget(self.titleValue)

        self.statusLabel = QLabel(PlanEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.topBar.addWidget(self.statusLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.monthlyButton = QPushButton(PlanEditor)
        self.monthlyButton.setObjectName(u"monthlyButton")

        self.topBar.addWidget(self.monthlyButton)

        self.previewButton = QPushButton(PlanEditor)
        self.previewButton.setObjectName(u"previewButton")

        self.topBar.addWidget(self.previewButton)

        self.submitButton = QPushButton(PlanEditor)
        self.submitButton.setObjectName(u"submitButton")

        self.topBar.addWidget(self.submitButton)

        self.approveButton = QPushButton(PlanEditor)
        self.approveButton.setObjectName(u"approveButton")

        self.topBar.addWidget(self.approveButton)

        self.returnButton = QPushButton(PlanEditor)
        self.returnButton.setObjectName(u"returnButton")

        self.topBar.addWidget(self.returnButton)


        self.pageLayout.addLayout(self.topBar)

        self.lockBanner = QFrame(PlanEditor)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setStyleSheet(u"QFrame#lockBanner { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 3px; }")
        self.bannerLayout = QHBoxLayout(self.lockBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(8, 4, 4, 4)
        self.lockLabel = QLabel(self.lockBanner)
        self.lockLabel.setObjectName(u"lockLabel")
        self.lockLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.lockLabel)

        self.reviseButton = QPushButton(self.lockBanner)
        self.reviseButton.setObjectName(u"reviseButton")

        self.bannerLayout.addWidget(self.reviseButton)

        self.bannerLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.lockBanner)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.headerBox = QGroupBox(PlanEditor)
        self.headerBox.setObjectName(u"headerBox")
        self.headerGrid = QGridLayout(self.headerBox)
        self.headerGrid.setObjectName(u"headerGrid")
        self.headerGrid.setHorizontalSpacing(8)
        self.headerGrid.setVerticalSpacing(4)
        self.workNameCaption = QLabel(self.headerBox)
        self.workNameCaption.setObjectName(u"workNameCaption")

        self.headerGrid.addWidget(self.workNameCaption, 0, 0, 1, 1)

        self.workNameEdit = QLineEdit(self.headerBox)
        self.workNameEdit.setObjectName(u"workNameEdit")
        self.workNameEdit.setMaxLength(100)

        self.headerGrid.addWidget(self.workNameEdit, 0, 1, 1, 3)

        self.leaderCaption = QLabel(self.headerBox)
        self.leaderCaption.setObjectName(u"leaderCaption")

        self.headerGrid.addWidget(self.leaderCaption, 1, 0, 1, 1)

        self.leaderEdit = QLineEdit(self.headerBox)
        self.leaderEdit.setObjectName(u"leaderEdit")
        self.leaderEdit.setMaxLength(50)

        self.headerGrid.addWidget(self.leaderEdit, 1, 1, 1, 1)

        self.dateCaption = QLabel(self.headerBox)
        self.dateCaption.setObjectName(u"dateCaption")

        self.headerGrid.addWidget(self.dateCaption, 1, 2, 1, 1)

        self.dateEdit = QDateEdit(self.headerBox)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.headerGrid.addWidget(self.dateEdit, 1, 3, 1, 1)

        self.objectiveCaption = QLabel(self.headerBox)
        self.objectiveCaption.setObjectName(u"objectiveCaption")
        self.objectiveCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerGrid.addWidget(self.objectiveCaption, 2, 0, 1, 1)

        self.objectiveEdit = QPlainTextEdit(self.headerBox)
        self.objectiveEdit.setObjectName(u"objectiveEdit")
        self.objectiveEdit.setTabChangesFocus(True)
        self.objectiveEdit.setMaximumSize(QSize(16777215, 58))

        self.headerGrid.addWidget(self.objectiveEdit, 2, 1, 1, 3)


        self.headerRow.addWidget(self.headerBox)

        self.objectivesBox = QGroupBox(PlanEditor)
        self.objectivesBox.setObjectName(u"objectivesBox")
        self.objectivesLayout = QHBoxLayout(self.objectivesBox)
        self.objectivesLayout.setObjectName(u"objectivesLayout")
        self.objectivesView = QTableView(self.objectivesBox)
        self.objectivesView.setObjectName(u"objectivesView")
        self.objectivesView.setMaximumSize(QSize(16777215, 120))

        self.objectivesLayout.addWidget(self.objectivesView)

        self.objectiveButtons = QVBoxLayout()
        self.objectiveButtons.setSpacing(2)
        self.objectiveButtons.setObjectName(u"objectiveButtons")
        self.addObjectiveButton = QToolButton(self.objectivesBox)
        self.addObjectiveButton.setObjectName(u"addObjectiveButton")
        self.addObjectiveButton.setText(u"+")

        self.objectiveButtons.addWidget(self.addObjectiveButton)

        self.removeObjectiveButton = QToolButton(self.objectivesBox)
        self.removeObjectiveButton.setObjectName(u"removeObjectiveButton")
        self.removeObjectiveButton.setText(u"\u2212")

        self.objectiveButtons.addWidget(self.removeObjectiveButton)

        self.objectiveUpButton = QToolButton(self.objectivesBox)
        self.objectiveUpButton.setObjectName(u"objectiveUpButton")
        self.objectiveUpButton.setText(u"\u2191")

        self.objectiveButtons.addWidget(self.objectiveUpButton)

        self.objectiveDownButton = QToolButton(self.objectivesBox)
        self.objectiveDownButton.setObjectName(u"objectiveDownButton")
        self.objectiveDownButton.setText(u"\u2193")

        self.objectiveButtons.addWidget(self.objectiveDownButton)

        self.objectiveButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.objectiveButtons.addItem(self.objectiveButtonsSpacer)


        self.objectivesLayout.addLayout(self.objectiveButtons)


        self.headerRow.addWidget(self.objectivesBox)


        self.pageLayout.addLayout(self.headerRow)

        self.mainSplitter = QSplitter(PlanEditor)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.tasksBox = QGroupBox(self.mainSplitter)
        self.tasksBox.setObjectName(u"tasksBox")
        self.tasksLayout = QVBoxLayout(self.tasksBox)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.taskView = TaskMatrixView(self.tasksBox)
        self.taskView.setObjectName(u"taskView")

        self.tasksLayout.addWidget(self.taskView)

        self.taskButtons = QHBoxLayout()
        self.taskButtons.setObjectName(u"taskButtons")
        self.addTaskButton = QPushButton(self.tasksBox)
        self.addTaskButton.setObjectName(u"addTaskButton")

        self.taskButtons.addWidget(self.addTaskButton)

        self.removeTaskButton = QPushButton(self.tasksBox)
        self.removeTaskButton.setObjectName(u"removeTaskButton")

        self.taskButtons.addWidget(self.removeTaskButton)

        self.taskUpButton = QToolButton(self.tasksBox)
        self.taskUpButton.setObjectName(u"taskUpButton")
        self.taskUpButton.setText(u"\u2191")

        self.taskButtons.addWidget(self.taskUpButton)

        self.taskDownButton = QToolButton(self.tasksBox)
        self.taskDownButton.setObjectName(u"taskDownButton")
        self.taskDownButton.setText(u"\u2193")

        self.taskButtons.addWidget(self.taskDownButton)

        self.ownersButton = QPushButton(self.tasksBox)
        self.ownersButton.setObjectName(u"ownersButton")

        self.taskButtons.addWidget(self.ownersButton)

        self.taskButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taskButtons.addItem(self.taskButtonsSpacer)

        self.legendLabel = QLabel(self.tasksBox)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        self.taskButtons.addWidget(self.legendLabel)


        self.tasksLayout.addLayout(self.taskButtons)

        self.mainSplitter.addWidget(self.tasksBox)
        self.bottomPanel = QWidget(self.mainSplitter)
        self.bottomPanel.setObjectName(u"bottomPanel")
        self.bottomLayout = QHBoxLayout(self.bottomPanel)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomLayout.setContentsMargins(0, 0, 0, 0)
        self.costsBox = QGroupBox(self.bottomPanel)
        self.costsBox.setObjectName(u"costsBox")
        self.costsLayout = QHBoxLayout(self.costsBox)
        self.costsLayout.setObjectName(u"costsLayout")
        self.costsView = QTableView(self.costsBox)
        self.costsView.setObjectName(u"costsView")

        self.costsLayout.addWidget(self.costsView)

        self.costButtons = QVBoxLayout()
        self.costButtons.setSpacing(2)
        self.costButtons.setObjectName(u"costButtons")
        self.addCostButton = QToolButton(self.costsBox)
        self.addCostButton.setObjectName(u"addCostButton")
        self.addCostButton.setText(u"+")

        self.costButtons.addWidget(self.addCostButton)

        self.removeCostButton = QToolButton(self.costsBox)
        self.removeCostButton.setObjectName(u"removeCostButton")
        self.removeCostButton.setText(u"\u2212")

        self.costButtons.addWidget(self.removeCostButton)

        self.costButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.costButtons.addItem(self.costButtonsSpacer)


        self.costsLayout.addLayout(self.costButtons)


        self.bottomLayout.addWidget(self.costsBox)

        self.summaryBox = QGroupBox(self.bottomPanel)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QVBoxLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.noteMonthRow = QHBoxLayout()
        self.noteMonthRow.setObjectName(u"noteMonthRow")
        self.noteMonthCaption = QLabel(self.summaryBox)
        self.noteMonthCaption.setObjectName(u"noteMonthCaption")

        self.noteMonthRow.addWidget(self.noteMonthCaption)

        self.noteMonthCombo = QComboBox(self.summaryBox)
        self.noteMonthCombo.setObjectName(u"noteMonthCombo")

        self.noteMonthRow.addWidget(self.noteMonthCombo)

        self.noteMonthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteMonthRow.addItem(self.noteMonthSpacer)


        self.summaryLayout.addLayout(self.noteMonthRow)

        self.noteEdit = QPlainTextEdit(self.summaryBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.summaryLayout.addWidget(self.noteEdit)


        self.bottomLayout.addWidget(self.summaryBox)

        self.sideTabs = QTabWidget(self.bottomPanel)
        self.sideTabs.setObjectName(u"sideTabs")
        self.checksTab = QWidget()
        self.checksTab.setObjectName(u"checksTab")
        self.checksLayout = QVBoxLayout(self.checksTab)
        self.checksLayout.setObjectName(u"checksLayout")
        self.errorRateLabel = QLabel(self.checksTab)
        self.errorRateLabel.setObjectName(u"errorRateLabel")

        self.checksLayout.addWidget(self.errorRateLabel)

        self.problemsList = QListWidget(self.checksTab)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setWordWrap(True)

        self.checksLayout.addWidget(self.problemsList)

        self.sideTabs.addTab(self.checksTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyView = QListWidget(self.historyTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setWordWrap(True)
        self.historyView.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.historyView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.historyLayout.addWidget(self.historyView)

        self.sideTabs.addTab(self.historyTab, "")

        self.bottomLayout.addWidget(self.sideTabs)

        self.mainSplitter.addWidget(self.bottomPanel)

        self.pageLayout.addWidget(self.mainSplitter)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.workNameCaption.setBuddy(self.workNameEdit)
        self.leaderCaption.setBuddy(self.leaderEdit)
        self.dateCaption.setBuddy(self.dateEdit)
        self.objectiveCaption.setBuddy(self.objectiveEdit)
        self.noteMonthCaption.setBuddy(self.noteMonthCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanEditor)

        QMetaObject.connectSlotsByName(PlanEditor)
    # setupUi

    def retranslateUi(self, PlanEditor):
        self.backButton.setText(QCoreApplication.translate("PlanEditor", u"\u2039 All Plans", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Back to the list of plans (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusLabel.setToolTip(QCoreApplication.translate("PlanEditor", u"Review status of this revision", None))
#endif // QT_CONFIG(tooltip)
        self.monthlyButton.setText(QCoreApplication.translate("PlanEditor", u"&Monthly Update\u2026", None))
#if QT_CONFIG(tooltip)
        self.monthlyButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Record this month's state of every task, the spending and the summary", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("PlanEditor", u"&Preview / Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("PlanEditor", u"See the one-page form as it prints, and print it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.submitButton.setText(QCoreApplication.translate("PlanEditor", u"&Submit for Review", None))
#if QT_CONFIG(tooltip)
        self.submitButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Send the plan to its reviewing office; refused while the checks find problems", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("PlanEditor", u"&Approve\u2026", None))
        self.returnButton.setText(QCoreApplication.translate("PlanEditor", u"&Return\u2026", None))
        self.reviseButton.setText(QCoreApplication.translate("PlanEditor", u"Re&vise Plan", None))
#if QT_CONFIG(tooltip)
        self.reviseButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Start a new revision of this approved plan; it goes through review again", None))
#endif // QT_CONFIG(tooltip)
        self.headerBox.setTitle(QCoreApplication.translate("PlanEditor", u"Plan", None))
        self.workNameCaption.setText(QCoreApplication.translate("PlanEditor", u"&Work name:", None))
        self.leaderCaption.setText(QCoreApplication.translate("PlanEditor", u"Project &leader:", None))
        self.dateCaption.setText(QCoreApplication.translate("PlanEditor", u"&Date:", None))
        self.objectiveCaption.setText(QCoreApplication.translate("PlanEditor", u"Project &goal:", None))
        self.objectivesBox.setTitle(QCoreApplication.translate("PlanEditor", u"Objectives", None))
#if QT_CONFIG(accessibility)
        self.objectivesView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Objectives", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addObjectiveButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Add an objective (Insert)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.removeObjectiveButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Delete the selected objective (Del)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.objectiveUpButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.objectiveDownButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.tasksBox.setTitle(QCoreApplication.translate("PlanEditor", u"Major tasks and schedule", None))
#if QT_CONFIG(accessibility)
        self.taskView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Major tasks", None))
#endif // QT_CONFIG(accessibility)
        self.addTaskButton.setText(QCoreApplication.translate("PlanEditor", u"&Add Task", None))
#if QT_CONFIG(tooltip)
        self.addTaskButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Add a task below the current one (Insert or Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.removeTaskButton.setText(QCoreApplication.translate("PlanEditor", u"&Delete Task", None))
#if QT_CONFIG(tooltip)
        self.removeTaskButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Delete the current task (Del)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.taskUpButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.taskDownButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.ownersButton.setText(QCoreApplication.translate("PlanEditor", u"&Owners\u2026", None))
#if QT_CONFIG(tooltip)
        self.ownersButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Choose the people on the current task and their priority (Enter on the owners cell)", None))
#endif // QT_CONFIG(tooltip)
        self.costsBox.setTitle(QCoreApplication.translate("PlanEditor", u"Costs", None))
#if QT_CONFIG(accessibility)
        self.costsView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Costs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addCostButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Add a cost line", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.removeCostButton.setToolTip(QCoreApplication.translate("PlanEditor", u"Delete the selected cost line", None))
#endif // QT_CONFIG(tooltip)
        self.summaryBox.setTitle(QCoreApplication.translate("PlanEditor", u"Summary and forecast", None))
        self.noteMonthCaption.setText(QCoreApplication.translate("PlanEditor", u"M&onth:", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Problems", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.checksTab), QCoreApplication.translate("PlanEditor", u"Checks", None))
#if QT_CONFIG(accessibility)
        self.historyView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Review history", None))
#endif // QT_CONFIG(accessibility)
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.historyTab), QCoreApplication.translate("PlanEditor", u"Review History", None))
        pass
    # retranslateUi

