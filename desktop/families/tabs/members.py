"""The members of the family (בני משפחה)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.families.tabs.base import FileTab
from desktop.messages import relation_label
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table
from models.families.dto import FileDetail

if TYPE_CHECKING:
    from desktop.families.file_view import FileView


class MembersTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.table = Table([QCoreApplication.translate("FileView", "Name"),
                            QCoreApplication.translate("FileView", "Name in Arabic"),
                            QCoreApplication.translate("FileView", "ID number"),
                            QCoreApplication.translate("FileView", "Birth date"),
                            QCoreApplication.translate("FileView", "Relation"),
                            QCoreApplication.translate("FileView", "Phones")], self, stretch=5,
                           empty_text=self.tr("No members are recorded in this file."), name="membersTable")
        self.table.setAccessibleName(QCoreApplication.translate("FileView", "Members"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_detail(self, detail: FileDetail) -> None:
        rows = []
        for m in detail.file.members:
            p = m.person
            arabic = f"{p.first_name_ar} {p.last_name_ar}".strip()
            rows.append([Item(p.full_name, p.id), Item(arabic, p.id), Item(p.id_number or "", p.id),
                         Item(fmt_date(p.birth_date), p.id, p.birth_date.toordinal() if p.birth_date else 0),
                         Item(relation_label(m.relation), p.id), Item(", ".join(p.phones), p.id)])
        self.table.set_rows(rows)

    def focus_target(self) -> QWidget:
        return self.table
