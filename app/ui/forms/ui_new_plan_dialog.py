# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_plan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_NewPlanDialog(object):
    def setupUi(self, NewPlanDialog):
        if not NewPlanDialog.objectName():
            NewPlanDialog.setObjectName(u"NewPlanDialog")
        NewPlanDialog.resize(440, 240)
        self.layout = QVBoxLayout(NewPlanDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.levelCaption = QLabel(NewPlanDialog)
        self.levelCaption.setObjectName(u"levelCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelCaption)

        self.levelCombo = QComboBox(NewPlanDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.unitCaption = QLabel(NewPlanDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitCombo = QComboBox(NewPlanDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.subjectCaption = QLabel(NewPlanDialog)
        self.subjectCaption.setObjectName(u"subjectCaption")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectCaption)

        self.subjectCombo = QComboBox(NewPlanDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")
        self.subjectCombo.setEditable(True)
        self.subjectCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.yearCaption = QLabel(NewPlanDialog)
        self.yearCaption.setObjectName(u"yearCaption")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearCaption)

        self.yearSpin = QSpinBox(NewPlanDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(NewPlanDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5f6368;")

        self.layout.addWidget(self.hintLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(NewPlanDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.levelCaption.setBuddy(self.levelCombo)
        self.unitCaption.setBuddy(self.unitCombo)
        self.subjectCaption.setBuddy(self.subjectCombo)
        self.yearCaption.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewPlanDialog)
        self.buttons.rejected.connect(NewPlanDialog.reject)

        QMetaObject.connectSlotsByName(NewPlanDialog)
    # setupUi

    def retranslateUi(self, NewPlanDialog):
        NewPlanDialog.setWindowTitle(QCoreApplication.translate("NewPlanDialog", u"New One-Page Plan", None))
        self.levelCaption.setText(QCoreApplication.translate("NewPlanDialog", u"&Level:", None))
        self.unitCaption.setText(QCoreApplication.translate("NewPlanDialog", u"&Department:", None))
        self.subjectCaption.setText(QCoreApplication.translate("NewPlanDialog", u"&Subject:", None))
#if QT_CONFIG(tooltip)
        self.subjectCombo.setToolTip(QCoreApplication.translate("NewPlanDialog", u"Type part of a name to find it", None))
#endif // QT_CONFIG(tooltip)
        self.yearCaption.setText(QCoreApplication.translate("NewPlanDialog", u"&Year:", None))
        self.hintLabel.setText(QCoreApplication.translate("NewPlanDialog", u"The new plan starts from the level's template (its usual tasks and cost items).", None))
    # retranslateUi

