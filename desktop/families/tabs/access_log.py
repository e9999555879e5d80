"""Who saw and changed the file (team head and manager). Loaded when the tab is shown; viewing it is itself
recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.families.tabs.base import FileTab
from desktop.messages import audit_action_label
from desktop.widgets.tables import Item, Table
from models.audit.dto import AuditEntryDTO
from models.families.dto import FileDetail

if TYPE_CHECKING:
    from desktop.families.file_view import FileView


class AccessLogTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.table = Table([QCoreApplication.translate("FileView", "Time"),
                            QCoreApplication.translate("FileView", "User"),
                            QCoreApplication.translate("FileView", "Action"),
                            QCoreApplication.translate("FileView", "Allowed")], self, stretch=2,
                           empty_text=self.tr("No entries."), name="auditTable")
        self.table.setAccessibleName(QCoreApplication.translate("FileView", "Access log"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.loaded = False
        self.loading = False

    def show_detail(self, detail: FileDetail) -> None:
        self.loaded = False
        if self.view.tabs.currentWidget() is self:
            self.load()

    def activated(self) -> None:
        if not self.loaded:
            self.load()

    def load(self) -> None:
        families, file_id = self.view.services.families, self.view.file_id
        self.loading = True
        self.view.ops.query(self, lambda: families.audit_trail(file_id), self._show, failure=self._failed,
                            key=("access-log", id(self)))

    def _failed(self, exc) -> None:
        self.loading = False
        self.view.show_error(exc)

    def _show(self, entries: list[AuditEntryDTO]) -> None:
        self.loading = False
        self.loaded = True
        yes, no = QCoreApplication.translate("FileView", "yes"), QCoreApplication.translate("FileView", "no")
        rows = []
        for e in entries:
            at = e.at.astimezone() if e.at.tzinfo else e.at
            rows.append([Item(at.strftime("%d/%m/%Y %H:%M:%S"), None, e.at.timestamp()), Item(e.user_name),
                         Item(audit_action_label(e.action)), Item(yes if e.allowed else no)])
        self.table.set_rows(rows)

    def focus_target(self) -> QWidget:
        return self.table
