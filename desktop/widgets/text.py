"""A multi-line text box that behaves like the other fields on the keyboard: Tab and Shift+Tab leave it,
Ctrl+Tab types a tab character."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextBox(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None, *, min_height: int = 0) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if min_height:
            self.setMinimumHeight(min_height)

    def event(self, e: QEvent) -> bool:
        if (e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) and e.key() == Qt.Key.Key_Tab
                and e.modifiers() == Qt.KeyboardModifier.ControlModifier and not self.isReadOnly()):
            self.insertPlainText("\t")
            return True
        return super().event(e)
