# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standards_catalog_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolButton, QTreeView, QVBoxLayout, QWidget)

class Ui_StandardsCatalogPage(object):
    def setupUi(self, StandardsCatalogPage):
        if not StandardsCatalogPage.objectName():
            StandardsCatalogPage.setObjectName(u"StandardsCatalogPage")
        StandardsCatalogPage.resize(1100, 720)
        self.layout = QVBoxLayout(StandardsCatalogPage)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(6, 6, 6, 6)
        self.chooseRow = QHBoxLayout()
        self.chooseRow.setObjectName(u"chooseRow")
        self.kindCaption = QLabel(StandardsCatalogPage)
        self.kindCaption.setObjectName(u"kindCaption")

        self.chooseRow.addWidget(self.kindCaption)

        self.kindCombo = QComboBox(StandardsCatalogPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chooseRow.addWidget(self.kindCombo)

        self.yearCaption = QLabel(StandardsCatalogPage)
        self.yearCaption.setObjectName(u"yearCaption")

        self.chooseRow.addWidget(self.yearCaption)

        self.yearCombo = QComboBox(StandardsCatalogPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.chooseRow.addWidget(self.yearCombo)

        self.createButton = QPushButton(StandardsCatalogPage)
        self.createButton.setObjectName(u"createButton")

        self.chooseRow.addWidget(self.createButton)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseRow.addItem(self.chooseSpacer)

        self.findEdit = QLineEdit(StandardsCatalogPage)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)
        self.findEdit.setMinimumSize(QSize(220, 0))

        self.chooseRow.addWidget(self.findEdit)

        self.previewButton = QPushButton(StandardsCatalogPage)
        self.previewButton.setObjectName(u"previewButton")

        self.chooseRow.addWidget(self.previewButton)


        self.layout.addLayout(self.chooseRow)

        self.banner = QFrame(StandardsCatalogPage)
        self.banner.setObjectName(u"banner")
        self.banner.setStyleSheet(u"QFrame#banner { background: #fff4d6; border: 1px solid #e8c46a; border-radius: 3px; }")
        self.bannerLayout = QHBoxLayout(self.banner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(8, 4, 4, 4)
        self.bannerLabel = QLabel(self.banner)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)

        self.bannerLayout.addWidget(self.bannerLabel)


        self.layout.addWidget(self.banner)

        self.keysLabel = QLabel(StandardsCatalogPage)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)
        self.keysLabel.setStyleSheet(u"color: #5f6368;")

        self.layout.addWidget(self.keysLabel)

        self.splitter = QSplitter(StandardsCatalogPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.treePane = QWidget(self.splitter)
        self.treePane.setObjectName(u"treePane")
        self.treeLayout = QVBoxLayout(self.treePane)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.treeView = QTreeView(self.treePane)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked)
        self.treeView.setAlternatingRowColors(True)
        self.treeView.setUniformRowHeights(True)

        self.treeLayout.addWidget(self.treeView)

        self.treeButtons = QHBoxLayout()
        self.treeButtons.setObjectName(u"treeButtons")
        self.addButton = QToolButton(self.treePane)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)

        self.treeButtons.addWidget(self.addButton)

        self.renameButton = QPushButton(self.treePane)
        self.renameButton.setObjectName(u"renameButton")

        self.treeButtons.addWidget(self.renameButton)

        self.retireButton = QPushButton(self.treePane)
        self.retireButton.setObjectName(u"retireButton")

        self.treeButtons.addWidget(self.retireButton)

        self.upButton = QToolButton(self.treePane)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setText(u"\u2191")

        self.treeButtons.addWidget(self.upButton)

        self.downButton = QToolButton(self.treePane)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setText(u"\u2193")

        self.treeButtons.addWidget(self.downButton)

        self.treeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.treeButtons.addItem(self.treeButtonsSpacer)

        self.countValue = QLabel(self.treePane)
        self.countValue.setObjectName(u"countValue")
        self.countValue.setStyleSheet(u"color: #5f6368;")

        self.treeButtons.addWidget(self.countValue)


        self.treeLayout.addLayout(self.treeButtons)

        self.splitter.addWidget(self.treePane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.entryBox = QGroupBox(self.detailPane)
        self.entryBox.setObjectName(u"entryBox")
        self.entryForm = QFormLayout(self.entryBox)
        self.entryForm.setObjectName(u"entryForm")
        self.entryCaption = QLabel(self.entryBox)
        self.entryCaption.setObjectName(u"entryCaption")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryCaption)

        self.entryValue = QLabel(self.entryBox)
        self.entryValue.setObjectName(u"entryValue")
        self.entryValue.setWordWrap(True)
        self.entryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.entryValue)

        self.hintCaption = QLabel(self.entryBox)
        self.hintCaption.setObjectName(u"hintCaption")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hintCaption)

        self.hintEdit = QPlainTextEdit(self.entryBox)
        self.hintEdit.setObjectName(u"hintEdit")
        self.hintEdit.setTabChangesFocus(True)
        self.hintEdit.setMaximumSize(QSize(16777215, 90))

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hintEdit)

        self.refsCaption = QLabel(self.entryBox)
        self.refsCaption.setObjectName(u"refsCaption")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.refsCaption)

        self.refsEdit = QLineEdit(self.entryBox)
        self.refsEdit.setObjectName(u"refsEdit")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.refsEdit)


        self.detailLayout.addWidget(self.entryBox)

        self.targetsBox = QGroupBox(self.detailPane)
        self.targetsBox.setObjectName(u"targetsBox")
        self.targetsLayout = QVBoxLayout(self.targetsBox)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsView = QTableView(self.targetsBox)
        self.targetsView.setObjectName(u"targetsView")
        self.targetsView.setWordWrap(True)
        self.targetsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.targetsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.targetsLayout.addWidget(self.targetsView)

        self.sentenceValue = QLabel(self.targetsBox)
        self.sentenceValue.setObjectName(u"sentenceValue")
        self.sentenceValue.setWordWrap(True)
        self.sentenceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.targetsLayout.addWidget(self.sentenceValue)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addTargetButton = QPushButton(self.targetsBox)
        self.addTargetButton.setObjectName(u"addTargetButton")

        self.targetButtons.addWidget(self.addTargetButton)

        self.removeTargetButton = QPushButton(self.targetsBox)
        self.removeTargetButton.setObjectName(u"removeTargetButton")

        self.targetButtons.addWidget(self.removeTargetButton)

        self.targetButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetButtonsSpacer)


        self.targetsLayout.addLayout(self.targetButtons)


        self.detailLayout.addWidget(self.targetsBox)

        self.detailLayout.setStretch(1, 1)
        self.splitter.addWidget(self.detailPane)

        self.layout.addWidget(self.splitter)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kindCaption.setBuddy(self.kindCombo)
        self.yearCaption.setBuddy(self.yearCombo)
        self.hintCaption.setBuddy(self.hintEdit)
        self.refsCaption.setBuddy(self.refsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.createButton)
        QWidget.setTabOrder(self.createButton, self.findEdit)
        QWidget.setTabOrder(self.findEdit, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.treeView)
        QWidget.setTabOrder(self.treeView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.hintEdit)
        QWidget.setTabOrder(self.hintEdit, self.refsEdit)
        QWidget.setTabOrder(self.refsEdit, self.targetsView)
        QWidget.setTabOrder(self.targetsView, self.addTargetButton)
        QWidget.setTabOrder(self.addTargetButton, self.removeTargetButton)

        self.retranslateUi(StandardsCatalogPage)

        QMetaObject.connectSlotsByName(StandardsCatalogPage)
    # setupUi

    def retranslateUi(self, StandardsCatalogPage):
        self.kindCaption.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Catalog:", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Which catalog: the major, course, teacher or student standards (Tables 5\u20138), or the diagnostic reference table (Annex 2)", None))
#endif // QT_CONFIG(tooltip)
        self.yearCaption.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Each year has its own version of the catalog; last year's stays as it was, with the targets written against it", None))
#endif // QT_CONFIG(tooltip)
        self.createButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Create the Year's Standards", None))
#if QT_CONFIG(tooltip)
        self.createButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Make this year's editable catalog: a copy of the latest earlier year's, or of the shipped defaults (quality office only)", None))
#endif // QT_CONFIG(tooltip)
        self.findEdit.setPlaceholderText(QCoreApplication.translate("StandardsCatalogPage", u"Find an entry\u2026 (Ctrl+F, Enter for the next)", None))
        self.previewButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Preview / Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"See the catalog as it prints (retired entries left out), print it or save it as PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.keysLabel.setText(QCoreApplication.translate("StandardsCatalogPage", u"Insert adds after the current entry, Shift+Insert adds inside it; F2 renames; Del retires; Ctrl+Up/Down moves. Saved entries are retired, never deleted: subjects' own targets may refer to them.", None))
#if QT_CONFIG(accessibility)
        self.treeView.setAccessibleName(QCoreApplication.translate("StandardsCatalogPage", u"Catalog entries", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Add", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Add an entry after the current one (Insert) or inside it (Shift+Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.renameButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"Re&name", None))
#if QT_CONFIG(tooltip)
        self.renameButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Rename the current entry in place (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.retireButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Retire", None))
#if QT_CONFIG(tooltip)
        self.retireButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Retire the current entry: greyed here, left out of the printed catalog and of new targets (Del, can be undone)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Move up among entries of the same level (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Move down among entries of the same level (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.entryBox.setTitle(QCoreApplication.translate("StandardsCatalogPage", u"Entry", None))
        self.entryCaption.setText(QCoreApplication.translate("StandardsCatalogPage", u"Where:", None))
        self.hintCaption.setText(QCoreApplication.translate("StandardsCatalogPage", u"&Hint:", None))
#if QT_CONFIG(tooltip)
        self.hintEdit.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"\u5f71\u54cd\u56e0\u7d20\u53c2\u8003\u63d0\u793a: what to look at when diagnosing this point (saved when you leave the field)", None))
#endif // QT_CONFIG(tooltip)
        self.refsCaption.setText(QCoreApplication.translate("StandardsCatalogPage", u"Data &platform:", None))
#if QT_CONFIG(tooltip)
        self.refsEdit.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"\u6570\u636e\u7ba1\u7406\u5e73\u53f0\u76f8\u5e94\u7f16\u53f7, separated by \u201c/\u201d, e.g. 1.3/7 (guidance, not rules)", None))
#endif // QT_CONFIG(tooltip)
        self.targetsBox.setTitle(QCoreApplication.translate("StandardsCatalogPage", u"Targets", None))
#if QT_CONFIG(accessibility)
        self.targetsView.setAccessibleName(QCoreApplication.translate("StandardsCatalogPage", u"Targets of the control point", None))
#endif // QT_CONFIG(accessibility)
        self.addTargetButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"Add &Target", None))
#if QT_CONFIG(tooltip)
        self.addTargetButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Add a target to the control point (Insert in the table)", None))
#endif // QT_CONFIG(tooltip)
        self.removeTargetButton.setText(QCoreApplication.translate("StandardsCatalogPage", u"Remove Target", None))
#if QT_CONFIG(tooltip)
        self.removeTargetButton.setToolTip(QCoreApplication.translate("StandardsCatalogPage", u"Remove the current target (Del in the table); subjects' own targets copied from it stay theirs", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

