# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_review_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanReviewDialog(object):
    def setupUi(self, PlanReviewDialog):
        if not PlanReviewDialog.objectName():
            PlanReviewDialog.setObjectName(u"PlanReviewDialog")
        PlanReviewDialog.resize(440, 300)
        self.layout = QVBoxLayout(PlanReviewDialog)
        self.layout.setObjectName(u"layout")
        self.planValue = QLabel(PlanReviewDialog)
        self.planValue.setObjectName(u"planValue")
        self.planValue.setStyleSheet(u"font-weight: bold;")
        self.planValue.setWordWrap(True)

        self.layout.addWidget(self.planValue)

        self.explanationLabel = QLabel(PlanReviewDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.actorCaption = QLabel(PlanReviewDialog)
        self.actorCaption.setObjectName(u"actorCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actorCaption)

        self.actorEdit = QLineEdit(PlanReviewDialog)
        self.actorEdit.setObjectName(u"actorEdit")
        self.actorEdit.setMaxLength(50)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actorEdit)

        self.commentCaption = QLabel(PlanReviewDialog)
        self.commentCaption.setObjectName(u"commentCaption")
        self.commentCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentCaption)

        self.commentEdit = QPlainTextEdit(PlanReviewDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(PlanReviewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.actorCaption.setBuddy(self.actorEdit)
        self.commentCaption.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanReviewDialog)
        self.buttons.accepted.connect(PlanReviewDialog.accept)
        self.buttons.rejected.connect(PlanReviewDialog.reject)

        QMetaObject.connectSlotsByName(PlanReviewDialog)
    # setupUi

    def retranslateUi(self, PlanReviewDialog):
        PlanReviewDialog.setWindowTitle(QCoreApplication.translate("PlanReviewDialog", u"Review", None))
        self.actorCaption.setText(QCoreApplication.translate("PlanReviewDialog", u"Your &name:", None))
        self.commentCaption.setText(QCoreApplication.translate("PlanReviewDialog", u"&Comment:", None))
    # retranslateUi

