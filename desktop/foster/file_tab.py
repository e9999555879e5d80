"""The foster-care tab of the family file (אומנה): the family's referrals (the child, kind, status and since
when, the foster-care service, the committee decision or the red "committee decision missing" of an emergency
referral, the placement, the annual review). Actions: New foster referral… (Ctrl+Shift+F), Open the referral
(Enter: its window with the pipeline, documents, visits and printing), Move to… (Ctrl+Shift+T) and Print the
referral. Shown to the roles that read foster referrals; loads off the GUI thread when the tab is first shown
and again when the file or a referral changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.families.tabs.base import FileTab
from desktop.foster.common import committee_missing_text, kind_label, mark_warning, status_label
from desktop.foster.dialogs import FosterMoveDialog, FosterReferralDialog
from desktop.foster.printing import FosterPreview, print_package
from desktop.foster.referral_view import FosterReferralView, created_message, open_referral
from desktop.messages import decision_kind_label, message_for
from desktop.widgets.actions import ViewAction
from desktop.widgets.dates import fmt_date
from desktop.widgets.due import is_overdue, mark_overdue
from desktop.widgets.tables import Item, Table, select_row
from models.changes import Changes
from models.errors import DomainError
from models.families.dto import FileDetail
from models.foster.dto import FosterReferralDTO
from models.roles import Action, allowed

if TYPE_CHECKING:
    from desktop.families.file_view import FileView
    from models.families.dto import FileCapabilities
    from models.users.dto import CurrentUser

COL_CHILD, COL_KIND, COL_STATUS, COL_SINCE, COL_SERVICE, COL_DECISION, COL_PLACEMENT, COL_REVIEW = range(8)


def visible(_can: FileCapabilities, user: CurrentUser) -> bool:
    return allowed(user.role, Action.VIEW_FOSTER)


class FosterTab(FileTab):
    def __init__(self, view: FileView) -> None:
        super().__init__(view)
        self.can_manage = allowed(view.services.user.role, Action.MANAGE_FOSTER)
        self.referrals: list[FosterReferralDTO] = []
        self.loaded_once = False
        self.loading = False
        self.dialog: QWidget | None = None
        self.referral_view: FosterReferralView | None = None
        self.preview: FosterPreview | None = None
        self.message_box: QMessageBox | None = None

        self.error_label = QLabel(self)
        self.error_label.setObjectName("fosterTabError")
        self.error_label.setStyleSheet("color: #a61b1b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.new_action = ViewAction(view, self.tr("New &foster referral…"), "Ctrl+Shift+F", self.open_new,
                                     button_parent=self, name="newFosterReferral")
        self.move_action = ViewAction(view, self.tr("&Move to…"), "Ctrl+Shift+T", self.open_move,
                                      button_parent=self, name="moveFosterReferral")
        self.open_button = QPushButton(self.tr("&Open the referral"), self)
        self.open_button.setObjectName("openFosterReferral")
        self.open_button.setToolTip(self.tr("Its pipeline, documents, visits and printing (Enter)"))
        self.open_button.clicked.connect(lambda _c=False: self.open_selected())
        self.print_button = QPushButton(self.tr("Print the re&ferral"), self)
        self.print_button.setObjectName("printFosterReferral")
        self.print_button.setToolTip(self.tr("The referral form, the committee's protocol and the attached documents "
                                             "as one PDF"))
        self.print_button.clicked.connect(lambda _c=False: self.print_selected())
        self.new_action.setVisible(self.can_manage)
        self.move_action.setVisible(self.can_manage)
        bar = QHBoxLayout()
        for b in (self.new_action.button, self.open_button, self.move_action.button, self.print_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.table = Table([self.tr("Child"), self.tr("Kind"), self.tr("Status"), self.tr("Since"),
                            self.tr("Foster-care service"), self.tr("Committee decision"), self.tr("Placement"),
                            self.tr("Annual review")], self, stretch=COL_DECISION,
                           empty_text=self.tr("No foster-care referral for the family's children."),
                           name="fosterReferralsTable")
        self.table.setAccessibleName(self.tr("Foster-care referrals"))
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        view.ops.bus.subscribe(self, self._changed)
        self._update_actions()

    # ---- loading -------------------------------------------------------------------------------------------
    def show_detail(self, detail: FileDetail) -> None:
        if self.loaded_once or self.view.tabs.currentWidget() is self:
            self.load()

    def activated(self) -> None:
        if not self.loaded_once:
            self.load()

    def load(self) -> None:
        self.loaded_once = True
        self.loading = True
        foster, file_id = self.view.services.foster, self.view.file_id
        self.view.ops.query(self, lambda: foster.file_referrals(file_id), self.show_referrals, failure=self._failed,
                            key=("file-foster", id(self)))

    def _failed(self, exc: DomainError) -> None:
        self.loading = False
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _changed(self, changes: Changes, _origin: object) -> None:
        # a referral of this file changed (the file view reloads itself, and this tab, when the file is named)
        mine = {r.id for r in self.referrals}
        if self.loaded_once and (mine & set(changes.foster)) and not changes.touches_file(self.view.file_id):
            self.load()

    def show_referrals(self, referrals: list[FosterReferralDTO]) -> None:
        self.loading = False
        self.error_label.hide()
        selected = self.selected_id()
        self.referrals = list(referrals)
        rows = []
        for r in self.referrals:
            status = Item(status_label(r.status), r.id)
            if r.status_reason:
                status.setToolTip(r.status_reason)
            if r.decision is not None:
                decision = Item(f"{fmt_date(r.decision.held_on)} · {decision_kind_label(r.decision.kind)}", r.id)
                decision.setToolTip(r.decision.text)
            else:
                text = committee_missing_text()
                if r.committee_due_on is not None:
                    text += " · " + self.tr("due %1").replace("%1", fmt_date(r.committee_due_on))
                decision = Item(text, r.id)
                if r.open:
                    mark_warning(decision, r.emergency_reason)
            placement = ""
            if r.placed_on is not None:
                placement = " · ".join(x for x in (r.foster_family_code, r.foster_locality, fmt_date(r.placed_on)) if x)
                if r.ended_on is not None:
                    placement += " – " + fmt_date(r.ended_on)
            review = Item(fmt_date(r.annual_review_on), r.id,
                          r.annual_review_on.toordinal() if r.annual_review_on else 10**7)
            if r.annual_review_on is not None and r.status == "placed" and is_overdue(r.annual_review_on):
                mark_overdue(review)
            rows.append([Item(r.child.full_name, r.id), Item(kind_label(r.kind), r.id), status,
                         Item(fmt_date(r.status_on), r.id, r.status_on.toordinal()), Item(r.service_name, r.id),
                         decision, Item(placement, r.id), review])
        self.table.set_rows(rows)
        ids = [r.id for r in self.referrals]
        if ids:
            select_row(self.table, ids.index(selected) if selected in ids else 0)
        self._update_actions()

    # ---- the selection and actions -------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_CHILD) if row >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> FosterReferralDTO | None:
        rid = self.selected_id()
        return next((r for r in self.referrals if r.id == rid), None)

    def _update_actions(self) -> None:
        r = self.selected()
        self.open_button.setEnabled(r is not None)
        self.print_button.setEnabled(r is not None)
        self.move_action.setEnabled(r is not None and bool(r.next_statuses))

    def _after(self) -> None:
        QTimer.singleShot(0, lambda: self.view._after_dialog(self.table))

    def open_new(self) -> FosterReferralDialog | None:
        if not self.can_manage:
            return None
        family = self.view.detail.file.family_name if self.view.detail is not None else ""
        dialog = FosterReferralDialog(self.view.services, self.view.ops, self.view.file_id, self.view, family_name=family)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.saved.connect(self._created)
        dialog.finished.connect(lambda _r: self._after())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, referral: FosterReferralDTO) -> None:
        self.message_box = created_message(self.view, referral)

    def open_selected(self) -> FosterReferralView | None:
        r = self.selected()
        if r is None:
            return None
        window = self.view.window()
        opener = getattr(window, "open_file", None)
        self.referral_view = open_referral(self.view, self.view.services, self.view.ops, r.id,
                                           (lambda fid: opener(fid, "foster")) if callable(opener) else None)
        return self.referral_view

    def open_move(self) -> FosterMoveDialog | None:
        r = self.selected()
        if r is None or not self.can_manage or not r.next_statuses:
            return None
        dialog = FosterMoveDialog(self.view.services, self.view.ops, r, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        foster, rid = self.view.services.foster, r.id

        def reloaded(fresh: FosterReferralDTO) -> None:  # after a conflict: as it is now; the input stays
            dialog.set_referral(fresh)
            dialog.set_version(fresh.version)

        dialog.reload_requested.connect(lambda: self.view.ops.query(self, lambda: foster.referral(rid), reloaded,
                                                                    failure=dialog.show_error))
        dialog.finished.connect(lambda _r: self._after())
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_selected(self) -> FosterPreview | None:
        r = self.selected()
        if r is None:
            return None
        self.preview = print_package(self, self.view.services, self.view.ops, r.id, r.child.full_name)
        return self.preview

    def focus_target(self) -> QWidget:
        return self.table
