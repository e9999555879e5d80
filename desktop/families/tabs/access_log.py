"""Who saw and changed the file (team head and manager): the file's events of the access log, newest first,
who by name and role (the review of desktop/audit, filtered to this file: the lists that showed it too, and
for a change what changed from what to what). Loaded when the tab is shown; viewing it is itself recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.audit.review import changes_text, describe
from desktop.families.tabs.base import FileTab
from desktop.messages import role_label
from desktop.widgets.tables import Item, Table
from models.audit.dto import AuditFilter, AuditPage
from models.families.dto import FileDetail

if TYPE_CHECKING:
    from desktop.families.file_view import FileView

SHOWN = 500  # the newest events; the Access log screen pages through all of them


class AccessLogTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.table = Table([QCoreApplication.translate("FileView", "Time"),
                            QCoreApplication.translate("FileView", "User"),
                            QCoreApplication.translate("FileView", "Role"),
                            QCoreApplication.translate("FileView", "Action"),
                            QCoreApplication.translate("FileView", "Allowed"),
                            QCoreApplication.translate("FileView", "What changed")], self, stretch=5,
                           empty_text=self.tr("No entries."), name="auditTable")
        self.table.setAccessibleName(QCoreApplication.translate("FileView", "Access log"))
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.more_label)
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
        audit, file_id = self.view.services.audit, self.view.file_id
        self.loading = True
        self.view.ops.query(self, lambda: audit.review(AuditFilter(file_id=file_id), limit=SHOWN), self._show,
                            failure=self._failed, key=("access-log", id(self)))

    def _failed(self, exc) -> None:
        self.loading = False
        self.view.show_error(exc)

    def _show(self, page: AuditPage) -> None:
        self.loading = False
        self.loaded = True
        yes, no = QCoreApplication.translate("FileView", "yes"), QCoreApplication.translate("FileView", "no")
        rows = []
        for e in page.rows:
            at = e.at.astimezone()
            row = [Item(at.strftime("%d/%m/%Y %H:%M:%S"), e.id, e.at.timestamp()), Item(e.actor_name),
                   Item(role_label(e.actor_role) if e.actor_role else ""), Item(describe(e)),
                   Item(yes if e.allowed else no), Item(changes_text(e) or e.summary)]
            if not e.allowed:
                row[4].setForeground(Qt.GlobalColor.darkRed)
            rows.append(row)
        self.table.set_rows(rows)
        self.more_label.setVisible(page.has_more)
        self.more_label.setText(QCoreApplication.translate(
            "FileView", "The newest %1 events; the Access log shows them all.").replace("%1", str(SHOWN)))

    def focus_target(self) -> QWidget:
        return self.table
