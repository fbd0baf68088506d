# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'job_post_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QToolButton,
    QVBoxLayout, QWidget)

from app.ui.jobs.post_view import PostTableView

class Ui_JobPostEditor(object):
    def setupUi(self, JobPostEditor):
        if not JobPostEditor.objectName():
            JobPostEditor.setObjectName(u"JobPostEditor")
        JobPostEditor.resize(1100, 760)
        self.pageLayout = QVBoxLayout(JobPostEditor)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(6, 6, 6, 6)
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.backButton = QToolButton(JobPostEditor)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoRaise(True)

        self.topBar.addWidget(self.backButton)

        self.titleValue = QLabel(JobPostEditor)
        self.titleValue.setObjectName(u"titleValue")
        self.titleValue.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.titleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.topBar.addWidget(self.titleValue)

        self.previousButton = QToolButton(JobPostEditor)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")

        self.topBar.addWidget(self.previousButton)

        self.positionValue = QLabel(JobPostEditor)
        self.positionValue.setObjectName(u"positionValue")
        self.positionValue.setStyleSheet(u"color: #5f6368;")

        self.topBar.addWidget(self.positionValue)

        self.nextButton = QToolButton(JobPostEditor)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")

        self.topBar.addWidget(self.nextButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.copyButton = QPushButton(JobPostEditor)
        self.copyButton.setObjectName(u"copyButton")

        self.topBar.addWidget(self.copyButton)

        self.previewButton = QPushButton(JobPostEditor)
        self.previewButton.setObjectName(u"previewButton")

        self.topBar.addWidget(self.previewButton)


        self.pageLayout.addLayout(self.topBar)

        self.readOnlyBanner = QFrame(JobPostEditor)
        self.readOnlyBanner.setObjectName(u"readOnlyBanner")
        self.readOnlyBanner.setStyleSheet(u"QFrame#readOnlyBanner { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 3px; }")
        self.bannerLayout = QHBoxLayout(self.readOnlyBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(8, 4, 4, 4)
        self.readOnlyLabel = QLabel(self.readOnlyBanner)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.readOnlyLabel)


        self.pageLayout.addWidget(self.readOnlyBanner)

        self.mainSplitter = QSplitter(JobPostEditor)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.formPanel = QWidget(self.mainSplitter)
        self.formPanel.setObjectName(u"formPanel")
        self.formLayout = QVBoxLayout(self.formPanel)
        self.formLayout.setSpacing(6)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.basicBox = QGroupBox(self.formPanel)
        self.basicBox.setObjectName(u"basicBox")
        self.basicGrid = QGridLayout(self.basicBox)
        self.basicGrid.setObjectName(u"basicGrid")
        self.basicGrid.setHorizontalSpacing(8)
        self.basicGrid.setVerticalSpacing(4)
        self.titleCaption = QLabel(self.basicBox)
        self.titleCaption.setObjectName(u"titleCaption")

        self.basicGrid.addWidget(self.titleCaption, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.basicBox)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(100)

        self.basicGrid.addWidget(self.titleEdit, 0, 1, 1, 5)

        self.unitCaption = QLabel(self.basicBox)
        self.unitCaption.setObjectName(u"unitCaption")

        self.basicGrid.addWidget(self.unitCaption, 0, 6, 1, 1)

        self.unitValue = QLabel(self.basicBox)
        self.unitValue.setObjectName(u"unitValue")

        self.basicGrid.addWidget(self.unitValue, 0, 7, 1, 1)

        self.headcountCaption = QLabel(self.basicBox)
        self.headcountCaption.setObjectName(u"headcountCaption")

        self.basicGrid.addWidget(self.headcountCaption, 1, 0, 1, 1)

        self.headcountSpin = QSpinBox(self.basicBox)
        self.headcountSpin.setObjectName(u"headcountSpin")
        self.headcountSpin.setMaximum(9999)

        self.basicGrid.addWidget(self.headcountSpin, 1, 1, 1, 1)

        self.coefficientCaption = QLabel(self.basicBox)
        self.coefficientCaption.setObjectName(u"coefficientCaption")

        self.basicGrid.addWidget(self.coefficientCaption, 1, 2, 1, 1)

        self.coefficientEdit = QLineEdit(self.basicBox)
        self.coefficientEdit.setObjectName(u"coefficientEdit")
        self.coefficientEdit.setMaxLength(20)
        self.coefficientEdit.setMaximumSize(QSize(90, 16777215))

        self.basicGrid.addWidget(self.coefficientEdit, 1, 3, 1, 1)

        self.supervisorCaption = QLabel(self.basicBox)
        self.supervisorCaption.setObjectName(u"supervisorCaption")

        self.basicGrid.addWidget(self.supervisorCaption, 1, 4, 1, 1)

        self.supervisorEdit = QLineEdit(self.basicBox)
        self.supervisorEdit.setObjectName(u"supervisorEdit")
        self.supervisorEdit.setMaxLength(100)

        self.basicGrid.addWidget(self.supervisorEdit, 1, 5, 1, 1)

        self.subordinatesCaption = QLabel(self.basicBox)
        self.subordinatesCaption.setObjectName(u"subordinatesCaption")

        self.basicGrid.addWidget(self.subordinatesCaption, 1, 6, 1, 1)

        self.subordinatesEdit = QLineEdit(self.basicBox)
        self.subordinatesEdit.setObjectName(u"subordinatesEdit")
        self.subordinatesEdit.setMaxLength(200)

        self.basicGrid.addWidget(self.subordinatesEdit, 1, 7, 1, 1)


        self.formLayout.addWidget(self.basicBox)

        self.dutiesBox = QGroupBox(self.formPanel)
        self.dutiesBox.setObjectName(u"dutiesBox")
        self.dutiesLayout = QVBoxLayout(self.dutiesBox)
        self.dutiesLayout.setObjectName(u"dutiesLayout")
        self.postView = PostTableView(self.dutiesBox)
        self.postView.setObjectName(u"postView")

        self.dutiesLayout.addWidget(self.postView)

        self.tableButtons = QHBoxLayout()
        self.tableButtons.setObjectName(u"tableButtons")
        self.addCategoryButton = QPushButton(self.dutiesBox)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.tableButtons.addWidget(self.addCategoryButton)

        self.addItemButton = QPushButton(self.dutiesBox)
        self.addItemButton.setObjectName(u"addItemButton")

        self.tableButtons.addWidget(self.addItemButton)

        self.addStandardButton = QPushButton(self.dutiesBox)
        self.addStandardButton.setObjectName(u"addStandardButton")

        self.tableButtons.addWidget(self.addStandardButton)

        self.removeButton = QPushButton(self.dutiesBox)
        self.removeButton.setObjectName(u"removeButton")

        self.tableButtons.addWidget(self.removeButton)

        self.upButton = QToolButton(self.dutiesBox)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setText(u"\u2191")

        self.tableButtons.addWidget(self.upButton)

        self.downButton = QToolButton(self.dutiesBox)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setText(u"\u2193")

        self.tableButtons.addWidget(self.downButton)

        self.tableButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtons.addItem(self.tableButtonsSpacer)

        self.keysLabel = QLabel(self.dutiesBox)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setStyleSheet(u"color: #5f6368;")

        self.tableButtons.addWidget(self.keysLabel)


        self.dutiesLayout.addLayout(self.tableButtons)


        self.formLayout.addWidget(self.dutiesBox)

        self.qualificationsBox = QGroupBox(self.formPanel)
        self.qualificationsBox.setObjectName(u"qualificationsBox")
        self.qualificationsGrid = QGridLayout(self.qualificationsBox)
        self.qualificationsGrid.setObjectName(u"qualificationsGrid")
        self.qualificationsGrid.setHorizontalSpacing(8)
        self.qualificationsGrid.setVerticalSpacing(4)
        self.educationCaption = QLabel(self.qualificationsBox)
        self.educationCaption.setObjectName(u"educationCaption")

        self.qualificationsGrid.addWidget(self.educationCaption, 0, 0, 1, 1)

        self.educationEdit = QPlainTextEdit(self.qualificationsBox)
        self.educationEdit.setObjectName(u"educationEdit")
        self.educationEdit.setTabChangesFocus(True)
        self.educationEdit.setMaximumSize(QSize(16777215, 46))

        self.qualificationsGrid.addWidget(self.educationEdit, 0, 1, 1, 1)

        self.knowledgeCaption = QLabel(self.qualificationsBox)
        self.knowledgeCaption.setObjectName(u"knowledgeCaption")

        self.qualificationsGrid.addWidget(self.knowledgeCaption, 0, 2, 1, 1)

        self.knowledgeEdit = QPlainTextEdit(self.qualificationsBox)
        self.knowledgeEdit.setObjectName(u"knowledgeEdit")
        self.knowledgeEdit.setTabChangesFocus(True)
        self.knowledgeEdit.setMaximumSize(QSize(16777215, 46))

        self.qualificationsGrid.addWidget(self.knowledgeEdit, 0, 3, 1, 1)

        self.experienceCaption = QLabel(self.qualificationsBox)
        self.experienceCaption.setObjectName(u"experienceCaption")

        self.qualificationsGrid.addWidget(self.experienceCaption, 1, 0, 1, 1)

        self.experienceEdit = QPlainTextEdit(self.qualificationsBox)
        self.experienceEdit.setObjectName(u"experienceEdit")
        self.experienceEdit.setTabChangesFocus(True)
        self.experienceEdit.setMaximumSize(QSize(16777215, 46))

        self.qualificationsGrid.addWidget(self.experienceEdit, 1, 1, 1, 1)

        self.certificatesCaption = QLabel(self.qualificationsBox)
        self.certificatesCaption.setObjectName(u"certificatesCaption")

        self.qualificationsGrid.addWidget(self.certificatesCaption, 1, 2, 1, 1)

        self.certificatesEdit = QPlainTextEdit(self.qualificationsBox)
        self.certificatesEdit.setObjectName(u"certificatesEdit")
        self.certificatesEdit.setTabChangesFocus(True)
        self.certificatesEdit.setMaximumSize(QSize(16777215, 46))

        self.qualificationsGrid.addWidget(self.certificatesEdit, 1, 3, 1, 1)


        self.formLayout.addWidget(self.qualificationsBox)

        self.formLayout.setStretch(1, 1)
        self.mainSplitter.addWidget(self.formPanel)
        self.checksBox = QGroupBox(self.mainSplitter)
        self.checksBox.setObjectName(u"checksBox")
        self.checksLayout = QVBoxLayout(self.checksBox)
        self.checksLayout.setObjectName(u"checksLayout")
        self.checksView = QListView(self.checksBox)
        self.checksView.setObjectName(u"checksView")
        self.checksView.setWordWrap(True)

        self.checksLayout.addWidget(self.checksView)

        self.mainSplitter.addWidget(self.checksBox)

        self.pageLayout.addWidget(self.mainSplitter)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.titleCaption.setBuddy(self.titleEdit)
        self.headcountCaption.setBuddy(self.headcountSpin)
        self.coefficientCaption.setBuddy(self.coefficientEdit)
        self.supervisorCaption.setBuddy(self.supervisorEdit)
        self.subordinatesCaption.setBuddy(self.subordinatesEdit)
        self.educationCaption.setBuddy(self.educationEdit)
        self.knowledgeCaption.setBuddy(self.knowledgeEdit)
        self.experienceCaption.setBuddy(self.experienceEdit)
        self.certificatesCaption.setBuddy(self.certificatesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.headcountSpin)
        QWidget.setTabOrder(self.headcountSpin, self.coefficientEdit)
        QWidget.setTabOrder(self.coefficientEdit, self.supervisorEdit)
        QWidget.setTabOrder(self.supervisorEdit, self.subordinatesEdit)
        QWidget.setTabOrder(self.subordinatesEdit, self.postView)
        QWidget.setTabOrder(self.postView, self.educationEdit)
        QWidget.setTabOrder(self.educationEdit, self.knowledgeEdit)
        QWidget.setTabOrder(self.knowledgeEdit, self.experienceEdit)
        QWidget.setTabOrder(self.experienceEdit, self.certificatesEdit)

        self.retranslateUi(JobPostEditor)

        QMetaObject.connectSlotsByName(JobPostEditor)
    # setupUi

    def retranslateUi(self, JobPostEditor):
        self.backButton.setText(QCoreApplication.translate("JobPostEditor", u"\u2039 All Posts", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Back to the department's duties and posts (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Previous post (Ctrl+PgUp)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Next post (Ctrl+PgDown)", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("JobPostEditor", u"&Copy Post", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Copy this post with its duties, work and standards, and open the copy", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("JobPostEditor", u"&Preview / Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"See the post's form as it prints, and print it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.basicBox.setTitle(QCoreApplication.translate("JobPostEditor", u"Basic information", None))
        self.titleCaption.setText(QCoreApplication.translate("JobPostEditor", u"Post &title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("JobPostEditor", u"e.g. \u6559\u5b66\u7ba1\u7406\u5c97\u4f4d", None))
        self.unitCaption.setText(QCoreApplication.translate("JobPostEditor", u"Department:", None))
        self.headcountCaption.setText(QCoreApplication.translate("JobPostEditor", u"&Headcount:", None))
#if QT_CONFIG(tooltip)
        self.headcountSpin.setToolTip(QCoreApplication.translate("JobPostEditor", u"\u5b9a\u5458: how many people hold this post", None))
#endif // QT_CONFIG(tooltip)
        self.coefficientCaption.setText(QCoreApplication.translate("JobPostEditor", u"C&oefficient:", None))
#if QT_CONFIG(tooltip)
        self.coefficientEdit.setToolTip(QCoreApplication.translate("JobPostEditor", u"\u5c97\u4f4d\u7cfb\u6570, a positive number such as 1.2; may stay empty", None))
#endif // QT_CONFIG(tooltip)
        self.supervisorCaption.setText(QCoreApplication.translate("JobPostEditor", u"&Reports to:", None))
#if QT_CONFIG(tooltip)
        self.supervisorEdit.setToolTip(QCoreApplication.translate("JobPostEditor", u"\u76f4\u63a5\u4e0a\u7ea7: the post this one reports to", None))
#endif // QT_CONFIG(tooltip)
        self.subordinatesCaption.setText(QCoreApplication.translate("JobPostEditor", u"&Supervises:", None))
#if QT_CONFIG(tooltip)
        self.subordinatesEdit.setToolTip(QCoreApplication.translate("JobPostEditor", u"\u76f4\u63a5\u4e0b\u7ea7: the posts this one directs; write \u65e0 if none", None))
#endif // QT_CONFIG(tooltip)
        self.dutiesBox.setTitle(QCoreApplication.translate("JobPostEditor", u"Duties", None))
#if QT_CONFIG(accessibility)
        self.postView.setAccessibleName(QCoreApplication.translate("JobPostEditor", u"Duties of the post", None))
#endif // QT_CONFIG(accessibility)
        self.addCategoryButton.setText(QCoreApplication.translate("JobPostEditor", u"Add &Type", None))
#if QT_CONFIG(tooltip)
        self.addCategoryButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Add a duty type (\u804c\u8d23\u7c7b\u578b) below the current one (Insert in the first column)", None))
#endif // QT_CONFIG(tooltip)
        self.addItemButton.setText(QCoreApplication.translate("JobPostEditor", u"Add &Work", None))
#if QT_CONFIG(tooltip)
        self.addItemButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Add a work item (\u5de5\u4f5c\u5185\u5bb9) to the current duty type (Insert in the second column)", None))
#endif // QT_CONFIG(tooltip)
        self.addStandardButton.setText(QCoreApplication.translate("JobPostEditor", u"Add &Standard", None))
#if QT_CONFIG(tooltip)
        self.addStandardButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Add a standard line (\u5de5\u4f5c\u6807\u51c6) to the current work item (Insert in the third column)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("JobPostEditor", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Delete the type, work item or standard of the current cell (Del, can be undone)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Move up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("JobPostEditor", u"Move down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.keysLabel.setText(QCoreApplication.translate("JobPostEditor", u"F2 or typing edits a cell; paste a whole standards cell to split it into lines", None))
        self.qualificationsBox.setTitle(QCoreApplication.translate("JobPostEditor", u"Qualifications (the minimum for this post)", None))
        self.educationCaption.setText(QCoreApplication.translate("JobPostEditor", u"&Education / title:", None))
        self.knowledgeCaption.setText(QCoreApplication.translate("JobPostEditor", u"&Knowledge and skills:", None))
        self.experienceCaption.setText(QCoreApplication.translate("JobPostEditor", u"E&xperience:", None))
        self.certificatesCaption.setText(QCoreApplication.translate("JobPostEditor", u"Cer&tificates:", None))
        self.checksBox.setTitle(QCoreApplication.translate("JobPostEditor", u"Checks", None))
#if QT_CONFIG(accessibility)
        self.checksView.setAccessibleName(QCoreApplication.translate("JobPostEditor", u"Checks of the post", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.checksView.setToolTip(QCoreApplication.translate("JobPostEditor", u"Click a line to go to the cell or field it is about", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

