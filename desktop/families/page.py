"""The family-files page: the list, and the open file in its place (Escape goes back to the list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.families.file_view import FileView
from desktop.families.list_view import FamilyListView
from desktop.ops import Ops

if TYPE_CHECKING:
    from models.services import Services


class FamiliesPage(QStackedWidget):
    def __init__(self, services: Services, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.ops = services, ops
        self.family_list = FamilyListView(services, ops, self)
        self.family_list.open_file_requested.connect(self.open_file)
        self.addWidget(self.family_list)
        self.file_view: FileView | None = None
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.family_list)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.family_list.clear_search)

    def open_file(self, file_id: int, tab: str | None = None) -> FileView:
        if self.file_view is not None:
            self.removeWidget(self.file_view)
            self.file_view.deleteLater()
        self.file_view = FileView(self.services, self.ops, file_id, self, tab=tab)
        self.file_view.back_requested.connect(self.back_to_list)
        self.addWidget(self.file_view)
        self.setCurrentWidget(self.file_view)
        self.file_view.setFocus()
        return self.file_view

    def show_list(self) -> None:
        self.setCurrentWidget(self.family_list)

    def back_to_list(self) -> None:
        self.show_list()
        self.family_list.table.setFocus()
