"""The members of the family (בני משפחה); for those who may edit the file: add a member (a known person, or
a new one after the duplicate check), edit a member's details, change a member's relation, remove a member
from the file (after a confirmation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.families.edit_dialogs import AddMemberDialog, PersonDialog, RelationDialog
from desktop.families.tabs.base import FileTab
from desktop.messages import relation_label
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.tables import Item, Table, select_row
from models.families.dto import FileDetail, MemberDTO

if TYPE_CHECKING:
    from desktop.families.file_view import FileView


class MembersTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.members: list[MemberDTO] = []
        self.table = Table([QCoreApplication.translate("FileView", "Name"),
                            QCoreApplication.translate("FileView", "Name in Arabic"),
                            QCoreApplication.translate("FileView", "ID number"),
                            QCoreApplication.translate("FileView", "Birth date"),
                            QCoreApplication.translate("FileView", "Relation"),
                            QCoreApplication.translate("FileView", "Phones")], self, stretch=5,
                           empty_text=self.tr("No members are recorded in this file."), name="membersTable")
        self.table.setAccessibleName(QCoreApplication.translate("FileView", "Members"))
        # the member actions: their shortcuts work while the focus is in this tab
        self.add_action = ViewAction(self, self.tr("Add a member…"), "Ctrl+Shift+M", self.open_add_member,
                                     name="addMemberButton")
        self.edit_action = ViewAction(self, self.tr("Edit person…"), QKeySequence(Qt.Key.Key_F2),
                                      self.open_edit_person, name="editPersonButton")
        self.relation_action = ViewAction(self, self.tr("Change relation…"), "Ctrl+Shift+L",
                                          self.open_change_relation, name="changeRelationButton")
        self.remove_action = ViewAction(self, self.tr("Remove from file…"), QKeySequence(Qt.Key.Key_Delete),
                                        self.remove_selected, name="removeMemberButton")
        self.actions_ = (self.add_action, self.edit_action, self.relation_action, self.remove_action)
        bar = QHBoxLayout()
        for a in self.actions_:
            a.setVisible(False)  # until the file says the user may edit it
            bar.addWidget(a.button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def show_detail(self, detail: FileDetail) -> None:
        keep = self.selected_member()
        self.members = list(detail.file.members)
        rows = []
        for m in self.members:
            p = m.person
            arabic = f"{p.first_name_ar} {p.last_name_ar}".strip()
            rows.append([Item(p.full_name, p.id), Item(arabic, p.id), Item(p.id_number or "", p.id),
                         Item(fmt_date(p.birth_date), p.id, p.birth_date.toordinal() if p.birth_date else 0),
                         Item(relation_label(m.relation), p.id), Item(", ".join(p.phones), p.id)])
        self.table.set_rows(rows)
        for a in self.actions_:
            a.setVisible(detail.can.edit)
        if keep is not None:
            self.select_person(keep.person.id)
        self._selection_changed()

    def focus_target(self) -> QWidget:
        return self.table

    # ---- the selected member ---------------------------------------------------------------------------
    def selected_member(self) -> MemberDTO | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None or not self.table.selectionModel().hasSelection():
            return None
        pid = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.members if m.person.id == pid), None)

    def select_person(self, person_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == person_id:
                select_row(self.table, row)
                return

    def _selection_changed(self) -> None:
        chosen = self.selected_member() is not None
        for a in (self.edit_action, self.relation_action, self.remove_action):
            a.setEnabled(chosen)

    # ---- the actions ---------------------------------------------------------------------------------------
    def _can_edit(self) -> bool:
        d = self.view.detail
        return d is not None and d.can.edit

    def open_add_member(self) -> AddMemberDialog | None:
        d = self.view.detail
        if d is None or not d.can.edit:
            return None
        services = self.view.services
        return self.view.open_dialog(AddMemberDialog(self.view.ops, services.families, services.people, d.file,
                                                     self.view), self.table)

    def open_edit_person(self) -> PersonDialog | None:
        m = self.selected_member()
        if m is None or not self._can_edit():
            return None
        return self.view.open_dialog(PersonDialog(self.view.ops, self.view.services.people, m.person, self.view),
                                     self.table)

    def open_change_relation(self) -> RelationDialog | None:
        m, d = self.selected_member(), self.view.detail
        if m is None or d is None or not d.can.edit:
            return None
        return self.view.open_dialog(RelationDialog(self.view.ops, self.view.services.families, d.file, m.person,
                                                    m.relation, self.view), self.table)

    def remove_selected(self) -> None:
        """Remove from file (Delete), after a confirmation: the person stays in the department's records
        (and in their other files); only the link to this family goes, recorded in the access log."""
        m, d = self.selected_member(), self.view.detail
        if m is None or d is None or not d.can.edit:
            return
        families, file_id, version, pid = self.view.services.families, d.file.id, d.file.version, m.person.id
        text = self.tr("Remove %1 from the file of %2? The person stays in the department's records; only "
                       "their link to this family is removed (recorded in the access log).").replace(
            "%1", m.person.full_name).replace("%2", d.file.family_name)
        # a refusal (the only member; a stale file) is said in the view and stays said: nothing changed
        def remove() -> None:
            self.view.ops.write(self, lambda: families.remove_member(file_id, version, pid),
                                failure=self.view.show_error)

        self.view.ask(self.tr("Remove from file"), text, self.tr("Remove"), remove)
