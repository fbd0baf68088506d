"""Cell editors: a searchable combo box for references, the default otherwise."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.org.table_model import ChoicesRole

_Index = QModelIndex | QPersistentModelIndex


class OrgItemDelegate(QStyledItemDelegate):
    """Offers the model's choices (units, majors, people) where a cell refers to one."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        choices = index.data(ChoicesRole)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices:
            combo.addItem(label, value)
        if len(choices) > 15:  # people: type to find by name or staff number
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.setCurrentIndex(max(position, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findText(editor.currentText()) if editor.isEditable() else -1
            if position < 0:
                position = editor.currentIndex()
            model.setData(index, editor.itemData(position), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
