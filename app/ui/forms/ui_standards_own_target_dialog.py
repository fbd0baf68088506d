# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'standards_own_target_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OwnTargetDialog(object):
    def setupUi(self, OwnTargetDialog):
        if not OwnTargetDialog.objectName():
            OwnTargetDialog.setObjectName(u"OwnTargetDialog")
        OwnTargetDialog.resize(620, 460)
        self.layout = QVBoxLayout(OwnTargetDialog)
        self.layout.setObjectName(u"layout")
        self.aboutForm = QFormLayout()
        self.aboutForm.setObjectName(u"aboutForm")
        self.pointCaption = QLabel(OwnTargetDialog)
        self.pointCaption.setObjectName(u"pointCaption")

        self.aboutForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pointCaption)

        self.pointValue = QLabel(OwnTargetDialog)
        self.pointValue.setObjectName(u"pointValue")
        self.pointValue.setWordWrap(True)
        self.pointValue.setStyleSheet(u"font-weight: bold;")

        self.aboutForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pointValue)

        self.collegeCaption = QLabel(OwnTargetDialog)
        self.collegeCaption.setObjectName(u"collegeCaption")

        self.aboutForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.collegeCaption)

        self.collegeValue = QLabel(OwnTargetDialog)
        self.collegeValue.setObjectName(u"collegeValue")
        self.collegeValue.setWordWrap(True)
        self.collegeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.collegeValue)


        self.layout.addLayout(self.aboutForm)

        self.ownBox = QGroupBox(OwnTargetDialog)
        self.ownBox.setObjectName(u"ownBox")
        self.ownForm = QFormLayout(self.ownBox)
        self.ownForm.setObjectName(u"ownForm")
        self.measureCaption = QLabel(self.ownBox)
        self.measureCaption.setObjectName(u"measureCaption")

        self.ownForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measureCaption)

        self.measureEdit = QLineEdit(self.ownBox)
        self.measureEdit.setObjectName(u"measureEdit")

        self.ownForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measureEdit)

        self.valueCaption = QLabel(self.ownBox)
        self.valueCaption.setObjectName(u"valueCaption")

        self.ownForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.valueCaption)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueEdit = QLineEdit(self.ownBox)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueRow.addWidget(self.valueEdit)

        self.unitEdit = QLineEdit(self.ownBox)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setMaximumSize(QSize(120, 16777215))

        self.valueRow.addWidget(self.unitEdit)


        self.ownForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.deadlineCaption = QLabel(self.ownBox)
        self.deadlineCaption.setObjectName(u"deadlineCaption")

        self.ownForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineCaption)

        self.deadlineEdit = QLineEdit(self.ownBox)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.ownForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.evidenceCaption = QLabel(self.ownBox)
        self.evidenceCaption.setObjectName(u"evidenceCaption")

        self.ownForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidenceCaption)

        self.evidenceEdit = QLineEdit(self.ownBox)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.ownForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.noteCaption = QLabel(self.ownBox)
        self.noteCaption.setObjectName(u"noteCaption")

        self.ownForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteCaption)

        self.noteEdit = QLineEdit(self.ownBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.ownForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addWidget(self.ownBox)

        self.sentenceValue = QLabel(OwnTargetDialog)
        self.sentenceValue.setObjectName(u"sentenceValue")
        self.sentenceValue.setWordWrap(True)
        self.sentenceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.sentenceValue)

        self.smartValue = QLabel(OwnTargetDialog)
        self.smartValue.setObjectName(u"smartValue")
        self.smartValue.setWordWrap(True)

        self.layout.addWidget(self.smartValue)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(OwnTargetDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.measureCaption.setBuddy(self.measureEdit)
        self.valueCaption.setBuddy(self.valueEdit)
        self.deadlineCaption.setBuddy(self.deadlineEdit)
        self.evidenceCaption.setBuddy(self.evidenceEdit)
        self.noteCaption.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measureEdit, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.evidenceEdit)
        QWidget.setTabOrder(self.evidenceEdit, self.noteEdit)

        self.retranslateUi(OwnTargetDialog)
        self.buttons.accepted.connect(OwnTargetDialog.accept)
        self.buttons.rejected.connect(OwnTargetDialog.reject)

        QMetaObject.connectSlotsByName(OwnTargetDialog)
    # setupUi

    def retranslateUi(self, OwnTargetDialog):
        OwnTargetDialog.setWindowTitle(QCoreApplication.translate("OwnTargetDialog", u"Own Target", None))
        self.pointCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"Control point:", None))
        self.collegeCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"College target:", None))
        self.ownBox.setTitle(QCoreApplication.translate("OwnTargetDialog", u"The subject's own target", None))
        self.measureCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"&What is measured:", None))
        self.valueCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"Target &value and unit:", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("OwnTargetDialog", u"e.g. \u226560", None))
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("OwnTargetDialog", u"unit, e.g. %", None))
        self.deadlineCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"&Deadline:", None))
        self.deadlineEdit.setPlaceholderText(QCoreApplication.translate("OwnTargetDialog", u"2026-12-31, or words such as \u6bcf\u5b66\u671f\u672b", None))
        self.evidenceCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"&Evidence expected:", None))
        self.noteCaption.setText(QCoreApplication.translate("OwnTargetDialog", u"Why it &differs:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("OwnTargetDialog", u"Optional: why this subject sets another target than the college's", None))
    # retranslateUi

